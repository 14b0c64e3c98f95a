"""Question checks shared by /v1/ask and /v1/chat/completions, made before any retrieval work."""

from __future__ import annotations

from typing import Any

from assistant.answers.followup import bound_history
from assistant.models import Answer, Turn
from rodatraden.errors import EmptyQuestionError, QuestionTooLongError
from rodatraden.settings import Settings


def check_question(question: str, settings: Settings) -> str:
    if not question or not question.strip():
        raise EmptyQuestionError()
    limit = settings.max_question_chars
    if len(question) > limit:
        raise QuestionTooLongError(
            f"Frågan är för lång ({len(question)} tecken, max {limit}). / "
            f"The question is too long ({len(question)} characters, max {limit})."
        )
    return question


def ask(assistant: Any, index: Any, settings: Settings, question: str,
        history: list[Turn] | None, doc_ids: list[str] | None) -> Answer:
    """Runs in a worker thread (the routes are sync), never on the event loop."""
    check_question(question, settings)
    bound_history(history, settings.max_history_turns, settings.max_question_chars)  # 413 before any work
    for doc_id in doc_ids or []:
        index.document(doc_id)  # UnknownDocumentError (404) before any retrieval
    return assistant.ask(question, history=history or None, doc_ids=doc_ids or None)
