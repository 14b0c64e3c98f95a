"""Generate an answer with a language model from numbered passages, then check it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from assistant.llm.checks import CheckedAnswer, Passage, check_answer
from assistant.llm.prompts import (
    EVIDENCE_HEADER_EN,
    EVIDENCE_HEADER_SV,
    QUESTION_HEADER_EN,
    QUESTION_HEADER_SV,
    system_prompt,
)
from assistant.models import AnswerTable, Turn
from rodatraden.errors import LLMError

if TYPE_CHECKING:  # pragma: no cover
    from llama_index.core.llms import LLM


def render_evidence(passages: list[Passage], tables: list[AnswerTable], language: str) -> str:
    lines = [EVIDENCE_HEADER_EN if language == "en" else EVIDENCE_HEADER_SV]
    for p in passages:
        lines.append(f"[{p.n}] {p.title}, s. {p.page}:\n{p.text}")
    for t in tables:
        lines.append(f"Tabell: {t.title}" + (f" ({t.unit})" if t.unit else ""))
        lines.append(" | ".join(t.columns))
        lines.extend(" | ".join("" if c is None else str(c) for c in row) for row in t.rows)
    return "\n\n".join(lines)


def build_messages(question: str, language: str, passages: list[Passage], tables: list[AnswerTable],
                   history: list[Turn] | None = None):
    from llama_index.core.llms import ChatMessage, MessageRole

    msgs = [ChatMessage(role=MessageRole.SYSTEM, content=system_prompt(language))]
    for turn in (history or [])[-4:]:
        role = MessageRole.ASSISTANT if turn.role == "assistant" else MessageRole.USER
        msgs.append(ChatMessage(role=role, content=turn.content))
    header = QUESTION_HEADER_EN if language == "en" else QUESTION_HEADER_SV
    msgs.append(ChatMessage(role=MessageRole.USER,
                            content=f"{render_evidence(passages, tables, language)}\n\n{header} {question}"))
    return msgs


class LLMAnswerer:
    """Wraps a llama-index LLM; every failure becomes LLMError so the caller can fall back."""

    def __init__(self, llm: "LLM") -> None:
        self.llm = llm

    def answer(self, question: str, language: str, passages: list[Passage], tables: list[AnswerTable],
               history: list[Turn] | None = None) -> CheckedAnswer:
        text = "".join(self.stream(question, language, passages, tables, history))
        return check_answer(text, passages, language)

    def stream(self, question: str, language: str, passages: list[Passage], tables: list[AnswerTable],
               history: list[Turn] | None = None) -> Iterator[str]:
        """Yield raw tokens as they arrive. Check the joined text with check_answer afterwards."""
        messages = build_messages(question, language, passages, tables, history)
        try:
            for chunk in self.llm.stream_chat(messages):
                if chunk.delta:
                    yield chunk.delta
        except Exception as exc:  # any transport/protocol failure of an external service
            raise LLMError(f"Språkmodellen svarade inte ({type(exc).__name__}: {exc}). Visar utdragssvaret.") from exc
