"""The one settings class: derived values that depend on other settings."""

from __future__ import annotations

from rodatraden.settings import Settings


def test_request_threads_are_few_for_extractive_answers_and_many_with_a_language_model(tmp_path):
    base = Settings(data_dir=tmp_path)
    assert base.request_threads == 4  # CPU-bound answers: more threads only contend for the GIL
    assert base.model_copy(update={"llm_backend": "openai"}).request_threads == 40  # they wait on the model
    assert base.model_copy(update={"api_threads": 12, "llm_backend": "openai"}).request_threads == 12
