"""LLM option: the trust checks, and a real HTTP server speaking the OpenAI protocol with scripted replies."""

from __future__ import annotations


import pytest

from assistant.api.launch import free_port
from assistant.llm.backends import make_llm
from assistant.llm.checks import Passage, check_answer
from assistant.llm.generate import LLMAnswerer, build_messages
from assistant.llm.prompts import EXAMPLE_ASSISTANT_SV
from assistant.llm.support import SupportScorer, lexical_support
from rodatraden.errors import ConfigError, LLMError
from rodatraden.settings import get_settings
from tests.fake_openai import FakeOpenAIServer

PASSAGES = [
    Passage(n=1, doc_id="rapport", title="Rapport", page=7,
            text="Vid årsskiftet 2022/2023 har Region Kalmar län en resultatutjämningsreserv på 341 mnkr."),
    Passage(n=2, doc_id="rapport", title="Rapport", page=19,
            text="Vad gäller granskningen från 2021 om god ekonomisk hushållning kvarstår bristerna i allt väsentligt."),
]


def test_supported_answer_keeps_its_citations() -> None:
    checked = check_answer("Reserven var 341 mnkr vid årsskiftet 2022/2023 [1].", PASSAGES, "sv")
    assert not checked.abstained
    assert checked.cited == [1]
    assert "341" in checked.text


def test_invented_number_is_removed_and_noted() -> None:
    text = "Reserven var 341 mnkr [1]. Underskottet blir 999 mnkr [1]. Bristerna kvarstår [2]."
    checked = check_answer(text, PASSAGES, "sv")
    assert "999" not in checked.text
    assert "341" in checked.text and checked.cited == [1, 2]
    assert any("999" in note for note in checked.notes)


def test_citation_to_missing_passage_becomes_abstention() -> None:
    checked = check_answer("Reserven var 341 mnkr [7].", PASSAGES, "en")
    assert checked.abstained
    assert checked.text == "The documents do not say."
    assert any("[7]" in n or "7" in n for n in checked.notes)


def test_fixed_cannot_answer_phrase_is_an_abstention() -> None:
    assert check_answer("Det framgår inte av dokumenten.", PASSAGES, "sv").abstained


def test_sentence_citing_the_wrong_passage_has_its_citation_moved() -> None:
    text = "Reserven var 341 mnkr [1]. Bristerna från granskningen om god ekonomisk hushållning kvarstår [1]."
    checked = check_answer(text, PASSAGES, "sv", scorer=SupportScorer())
    assert checked.cited == [1, 2]
    assert checked.text.endswith("kvarstår [2].")
    assert any("moved citation [1] to [2]" in n for n in checked.notes)


def test_sentence_no_passage_supports_is_removed() -> None:
    text = "Reserven var 341 mnkr [1]. Nämnden har anställt fler handläggare inom kollektivtrafiken [2]."
    checked = check_answer(text, PASSAGES, "sv", scorer=SupportScorer())
    assert "handläggare" not in checked.text and "341 mnkr [1]" in checked.text
    assert any("do not support" in n for n in checked.notes)


def test_uncited_sentence_takes_the_next_citation_on_its_line_when_supported() -> None:
    text = "Reserven fanns vid årsskiftet. Den var 341 mnkr [1]."
    checked = check_answer(text, PASSAGES, "sv", scorer=SupportScorer())
    assert checked.text == "Reserven fanns vid årsskiftet [1]. Den var 341 mnkr [1]."
    assert checked.cited == [1]


def test_a_sentence_citing_only_missing_passages_is_not_salvaged() -> None:
    checked = check_answer("Reserven var betryggande [9].", PASSAGES, "sv", scorer=SupportScorer())
    assert checked.abstained and checked.cited == []


def test_lexical_support_matches_compound_parts() -> None:
    assert lexical_support("reserven 341 mnkr", PASSAGES[0].text) > 0.9  # "reserven" is part of a compound
    assert lexical_support("handläggare kollektivtrafiken", PASSAGES[0].text) == 0.0


def test_english_sentence_is_moved_to_its_swedish_source_by_the_embedding(embedder) -> None:
    text = ("The reserve was 341 mnkr at the turn of the year 2022/2023 [2]. "
            "The shortcomings found by the 2021 audit of good financial management remain [1].")
    checked = check_answer(text, PASSAGES, "en", scorer=SupportScorer(embedder))
    assert checked.cited == [1, 2]
    assert "2022/2023 [1]" in checked.text and "remain [2]" in checked.text


def test_prompt_shows_one_worked_example_before_the_evidence() -> None:
    msgs = build_messages("Hur stor är reserven?", "sv", PASSAGES, [])
    roles = [getattr(m.role, "value", m.role) for m in msgs]
    assert roles == ["system", "user", "assistant", "user"]
    assert msgs[2].content == EXAMPLE_ASSISTANT_SV and "[1]" in msgs[2].content
    assert "[2] Rapport, s. 19" in msgs[-1].content and msgs[-1].content.endswith("Hur stor är reserven?")


def test_a_number_with_the_wrong_unit_is_removed() -> None:
    checked = check_answer("Reserven var 341 tkr [1]. Bristerna kvarstår [2].", PASSAGES, "sv")
    assert "341" not in checked.text and checked.cited == [2]
    assert any("341" in n for n in checked.notes)
    spelled = check_answer("Reserven var 341 miljoner kronor [1].", PASSAGES, "sv")
    assert spelled.cited == [1] and "341 miljoner kronor" in spelled.text


def test_table_cells_are_shown_as_the_documents_write_them_under_their_passage() -> None:
    from assistant.models import AnswerTable, TableSource

    table = AnswerTable(title="Budgetuppföljning", columns=["Verksamhet", "Budget", "Avvikelse"], unit="tkr",
                        rows=[["Summa", 204846, -7208.0], ["Andel", 76.7, None]],
                        source=TableSource(doc_id="rapport", page=19))
    prompt = build_messages("Hur stor är budgeten?", "sv", PASSAGES, [table])[-1].content
    assert "Tabell (ur [2]): Budgetuppföljning (tkr)" in prompt
    assert prompt.index("[2] Rapport, s. 19") < prompt.index("Tabell (ur [2])")
    assert "Summa | 204 846 | -7 208" in prompt and "Andel | 76,7 | " in prompt
    cells = [Passage(n=1, doc_id="rapport", title="Rapport", page=19, text="Budgeten per verksamhet.",
                     numbers_extra=[204846.0, -7208.0], units_extra=["tkr"])]
    assert check_answer("Budgeten är 204 846 tkr [1].", cells, "sv").cited == [1]
    assert check_answer("Budgeten är 204 846 mnkr [1].", cells, "sv").abstained


def test_no_backend_is_built_by_default() -> None:
    assert make_llm(get_settings(llm_backend="none")) is None


def test_misconfigured_backend_gives_a_clear_error() -> None:
    with pytest.raises(ConfigError, match="BASE_URL"):
        make_llm(get_settings(llm_backend="openai", llm_model="m"))


def test_openai_compatible_server_answer_is_checked() -> None:
    with FakeOpenAIServer() as server:
        server.reply = "Resultatutjämningsreserven var 341 mnkr [1]. Prognosen säger 12 345 mnkr [1]."
        llm = make_llm(get_settings(llm_backend="openai", llm_base_url=server.base_url, llm_model="fake-model"))
        answer = LLMAnswerer(llm).answer("Hur stor var reserven?", "sv", PASSAGES, [])
        assert server.requests, "the server was called"
        sent = server.requests[-1]["messages"]
        assert "[1]" in sent[-1]["content"] and "341 mnkr" in sent[-1]["content"]
        assert "Det framgår inte av dokumenten." in sent[0]["content"]  # the fixed cannot-answer phrase
        assert not answer.abstained and "341 mnkr [1]" in answer.text
        assert "12 345" not in answer.text


def test_openai_compatible_server_streams_tokens() -> None:
    with FakeOpenAIServer() as server:
        server.reply = "Bristerna från 2021 kvarstår i allt väsentligt [2]."
        llm = make_llm(get_settings(llm_backend="openai", llm_base_url=server.base_url, llm_model="fake-model"))
        tokens = list(LLMAnswerer(llm).stream("Kvarstår bristerna?", "sv", PASSAGES, []))
        assert len(tokens) > 3
        assert "".join(tokens) == server.reply
        assert server.requests[-1]["stream"] is True


def test_unreachable_server_raises_llm_error() -> None:
    port = free_port()
    llm = make_llm(get_settings(llm_backend="openai", llm_base_url=f"http://127.0.0.1:{port}/v1",
                                llm_model="m", llm_timeout_s=2))
    with pytest.raises(LLMError):
        LLMAnswerer(llm).answer("Fråga?", "sv", PASSAGES, [])
