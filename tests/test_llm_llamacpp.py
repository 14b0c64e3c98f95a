"""The opt-in real local model: llama.cpp with a GGUF file (RODATRADEN_LLM_MODEL_PATH). Skipped otherwise."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from assistant.llm.backends import make_llm
from assistant.service import Assistant
from rodatraden.settings import get_settings

pytestmark = [pytest.mark.llamacpp, pytest.mark.slow]

MODEL = Path(os.environ.get("RODATRADEN_LLM_MODEL_PATH", ""))


def _skip_reason() -> str | None:
    if not os.environ.get("RODATRADEN_LLM_MODEL_PATH") or not MODEL.is_file() or MODEL.suffix != ".gguf":
        return f"set RODATRADEN_LLM_MODEL_PATH to a .gguf file (now: {os.environ.get('RODATRADEN_LLM_MODEL_PATH')!r})"
    if importlib.util.find_spec("llama_cpp") is None or importlib.util.find_spec("llama_index.llms.llama_cpp") is None:
        return "llama-cpp-python is not installed: pip install -c constraints.txt '.[llamacpp]'"
    return None


@pytest.fixture(scope="module")
def local_llm():
    reason = _skip_reason()
    if reason:
        pytest.skip(reason)
    return make_llm(get_settings(llm_backend="llamacpp", llm_model_path=MODEL))


def test_local_model_answer_passes_the_checks(local_llm, corpus_index) -> None:
    assistant = Assistant(corpus_index, corpus_index.settings, llm=local_llm)
    answer = assistant.ask("Hur stor är resultatutjämningsreserven?")
    assert answer.answer.strip()
    assert answer.abstained or answer.citations, "a non-abstaining answer keeps at least one verified citation"
    for c in answer.citations:
        assert c.quote in corpus_index.page(c.doc_id, c.page).text
    assert "llm" in answer.timings_ms or any("utdragsbaserat" in n for n in answer.notes)


def test_local_model_streams_tokens(local_llm, corpus_index) -> None:
    events = list(Assistant(corpus_index, corpus_index.settings, llm=local_llm).ask_stream(
        "Vilka nämnder omfattas av granskningen?"))
    assert events[-1].type == "final" and events[-1].answer is not None
    assert sum(e.type == "token" for e in events) >= 2
