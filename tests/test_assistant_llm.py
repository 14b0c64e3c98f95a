"""The LLM option inside the Assistant, over the real corpus index, with a real HTTP server on loopback speaking the
OpenAI protocol (the only faked part: the external, optional model)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import httpx
import pytest

from assistant.llm.stage import LLM_UNREACHABLE, StreamEvent
from assistant.api.launch import ApiProcess, free_port, ingest_corpus
from assistant.llm.backends import make_llm
from assistant.models import Answer
from assistant.service import Assistant, build_assistant
from rodatraden.settings import get_settings
from tests.fake_openai import FakeOpenAIServer
from tests.pdfs import make_pdf

RESERVE_Q = "Hur stor är resultatutjämningsreserven?"
BUDGET_Q = "Visa budgetuppföljningen per verksamhet."


def _llm_assistant(index, base_url: str, timeout: float = 30) -> Assistant:
    settings = get_settings(llm_backend="openai", llm_base_url=base_url, llm_model="fake", llm_timeout_s=timeout)
    return Assistant(index, index.settings, llm=make_llm(settings))


def _assert_verified(index, answer: Answer) -> None:
    for c in answer.citations:
        assert c.quote and c.quote in index.page(c.doc_id, c.page).text, c


@pytest.fixture(scope="module")
def extractive(corpus_index):
    return Assistant(corpus_index, corpus_index.settings)


@pytest.fixture(scope="module")
def reserve(extractive) -> Answer:
    answer = extractive.ask(RESERVE_Q)
    assert not answer.abstained and answer.citations
    return answer


def _sentence(quote: str) -> str:
    return quote.split("\n")[0].rstrip(" .")


def test_faithful_reply_keeps_verified_citations(corpus_index, reserve) -> None:
    first = reserve.citations[0]
    with FakeOpenAIServer() as server:
        server.reply = f"{_sentence(first.quote)} [1]."
        answer = _llm_assistant(corpus_index, server.base_url).ask(RESERVE_Q)
        prompt = server.requests[-1]["messages"][-1]["content"]
    assert "[1]" in prompt and first.quote[:40] in prompt  # the extractive evidence was passage 1
    assert not answer.abstained and answer.citations
    assert answer.answer.endswith("[1].")
    _assert_verified(corpus_index, answer)
    assert answer.citations[0].doc_id == first.doc_id and answer.citations[0].page == first.page
    assert any("language model" in n for n in answer.notes) and "llm" in answer.timings_ms


def test_invented_number_is_removed_with_a_note(corpus_index, reserve) -> None:
    first = reserve.citations[0]
    with FakeOpenAIServer() as server:
        server.reply = f"{_sentence(first.quote)} [1]. Underskottet blir 987 654 mnkr år 2031 [1]."
        answer = _llm_assistant(corpus_index, server.base_url).ask(RESERVE_Q)
    assert not answer.abstained
    assert "987" not in answer.answer and "2031" not in answer.answer
    assert any("987654" in n for n in answer.notes), answer.notes
    _assert_verified(corpus_index, answer)


def test_citation_to_a_passage_not_given_becomes_an_abstention(corpus_index) -> None:
    with FakeOpenAIServer() as server:
        server.reply = "Reserven är betryggande [42]."
        answer = _llm_assistant(corpus_index, server.base_url).ask(RESERVE_Q)
    assert answer.abstained and answer.answer == "Det framgår inte av dokumenten."
    assert any("42" in n for n in answer.notes)
    _assert_verified(corpus_index, answer)  # the closest passages are still shown, verified


def test_unreachable_model_falls_back_to_the_extractive_answer(corpus_index, reserve) -> None:
    answer = _llm_assistant(corpus_index, f"http://127.0.0.1:{free_port()}/v1", timeout=3).ask(RESERVE_Q)
    assert answer.answer == reserve.answer and answer.citations == reserve.citations
    assert LLM_UNREACHABLE in answer.notes


def test_streaming_yields_tokens_then_the_checked_answer(corpus_index, reserve) -> None:
    first = reserve.citations[0]
    with FakeOpenAIServer() as server:
        server.reply = f"{_sentence(first.quote)} [1]. Dessutom 555 miljoner [1]."
        events = list(_llm_assistant(corpus_index, server.base_url).ask_stream(RESERVE_Q))
    tokens = [e for e in events if e.type == "token"]
    assert len(tokens) > 3 and all(isinstance(e, StreamEvent) for e in events)
    assert "".join(e.text for e in tokens) == server.reply  # raw tokens as generated
    final = events[-1]
    assert final.type == "final" and [e.type for e in events].count("final") == 1
    assert "555" not in final.answer.answer and final.answer.citations  # the check ran on the whole answer
    _assert_verified(corpus_index, final.answer)


def test_streaming_without_a_model_streams_the_extractive_answer(extractive, reserve) -> None:
    events = list(extractive.ask_stream(RESERVE_Q))
    assert events[-1].type == "final" and events[-1].answer.answer == reserve.answer
    assert "".join(e.text for e in events[:-1]) == reserve.answer and len(events) > 2


def test_budget_table_is_computed_from_the_table_store(corpus_index, extractive) -> None:
    plain = extractive.ask(BUDGET_Q)
    assert plain.tables
    cell = next(v for row in plain.tables[0].rows for v in row if isinstance(v, (int, float)) and abs(v) >= 1000)
    with FakeOpenAIServer() as server:
        server.reply = f"Tabellen visar budgetuppföljningen per verksamhet, till exempel {cell:,.0f} [1].".replace(",", " ")
        answer = _llm_assistant(corpus_index, server.base_url).ask(BUDGET_Q)
        prompt = server.requests[-1]["messages"][-1]["content"]
    assert answer.tables == plain.tables  # passed through as computed, never generated
    assert "Tabell (ur [1]):" in prompt  # the model saw the table, under the passage of its page
    assert f"{cell:,.0f}".replace(",", " ") in prompt  # cells written as the documents write them
    assert not answer.abstained and f"{cell:,.0f}".replace(",", " ") in answer.answer
    _assert_verified(corpus_index, answer)


def test_misconfigured_backend_answers_extractively_with_a_note(corpus_index, reserve) -> None:
    settings = corpus_index.settings.model_copy(update={"llm_backend": "openai", "llm_base_url": None})
    answer = build_assistant(corpus_index, settings).ask(RESERVE_Q)
    assert answer.answer == reserve.answer
    assert any("felkonfigurerad" in n and "BASE_URL" in n for n in answer.notes)


@pytest.mark.integration
def test_api_streams_llm_tokens_and_the_checked_answer(repo_root: Path) -> None:
    data = Path(tempfile.mkdtemp(prefix="rodatraden-llm-api-"))
    pdf = data / "arsrapport-testkommun.pdf"
    pdf.write_bytes(make_pdf(["Årsrapport Testkommun\nResultatutjämningsreserven uppgick till 412 mnkr vid årets slut.\n"
                              "Kommunen har inga övriga reserver."], title="Årsrapport Testkommun"))
    ingest_corpus(data, [pdf])
    with FakeOpenAIServer() as server:
        server.reply = "Reserven uppgick till 412 mnkr vid årets slut [1]. Den växer till 777 mnkr [1]."
        env = {"RODATRADEN_LLM_BACKEND": "openai", "RODATRADEN_LLM_BASE_URL": server.base_url,
               "RODATRADEN_LLM_MODEL": "fake", "RODATRADEN_API_KEYS": ""}
        with ApiProcess(data, env=env) as api:
            body = {"model": "rodatraden", "stream": True,
                    "messages": [{"role": "user", "content": "Hur stor var resultatutjämningsreserven?"}]}
            with httpx.Client(base_url=api.url, timeout=120) as c, c.stream("POST", "/v1/chat/completions",
                                                                             json=body) as r:
                assert r.status_code == 200
                lines = [ln[6:] for ln in r.iter_lines() if ln.startswith("data: ")]
    assert lines[-1] == "[DONE]"
    chunks = [json.loads(ln) for ln in lines[:-1]]
    deltas = [ch["choices"][0]["delta"].get("content") or "" for ch in chunks]
    assert "".join(deltas).startswith(server.reply)  # the model's tokens were streamed as they came
    assert sum(1 for d in deltas if d) > 5
    answer = Answer.model_validate(chunks[-1]["rodatraden"])
    assert "412 mnkr" in answer.answer and "777" not in answer.answer and not answer.abstained
    assert answer.citations and "412 mnkr" in answer.citations[0].quote
    assert any("777" in n for n in answer.notes)
