"""LLM option: the trust checks, and a real HTTP server speaking the OpenAI protocol with scripted replies."""

from __future__ import annotations

import socket

import pytest

from assistant.llm.backends import make_llm
from assistant.llm.checks import Passage, check_answer
from assistant.llm.generate import LLMAnswerer
from rodatraden.errors import ConfigError, LLMError
from rodatraden.settings import get_settings
from tests.fake_openai import FakeOpenAIServer

PASSAGES = [
    Passage(n=1, doc_id="rapport", title="Rapport", page=7,
            text="Vid årsskiftet 2022/2023 har Region Kalmar län en resultatutjämningsreserv på 341 mnkr."),
    Passage(n=2, doc_id="rapport", title="Rapport", page=19,
            text="Vad gäller granskningen från 2021 om god ekonomisk hushållning kvarstår bristerna i allt väsentligt."),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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
    port = _free_port()
    llm = make_llm(get_settings(llm_backend="openai", llm_base_url=f"http://127.0.0.1:{port}/v1",
                                llm_model="m", llm_timeout_s=2))
    with pytest.raises(LLMError):
        LLMAnswerer(llm).answer("Fråga?", "sv", PASSAGES, [])
