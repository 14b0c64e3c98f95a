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
    example_exchange,
    system_prompt,
)
from assistant.models import AnswerTable, Turn
from rodatraden.errors import LLMError

if TYPE_CHECKING:  # pragma: no cover
    from llama_index.core.llms import LLM


def cell_text(value: object) -> str:
    """A table cell as the documents write it: "204 846", "-7 208", "76,7" (so a model copies it verbatim)."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    sign = "-" if value < 0 else ""
    whole, _, frac = repr(abs(float(value))).partition(".")
    if not whole.isdigit():  # inf, nan, 1e+20
        return str(value)
    grouped = f"{int(whole):,}".replace(",", " ")
    return sign + grouped + ("" if frac in ("", "0") else "," + frac)


def _render_table(t: AnswerTable, cites: int | None) -> list[str]:
    head = f"Tabell (ur [{cites}])" if cites else "Tabell"
    lines = [f"{head}: {t.title}" + (f" ({t.unit})" if t.unit else "")]
    lines.append(" | ".join(t.columns))
    lines.extend(" | ".join(cell_text(c) for c in row) for row in t.rows)
    return ["\n".join(lines)]


def render_evidence(passages: list[Passage], tables: list[AnswerTable], language: str) -> str:
    """Numbered passages; a computed table follows the passage of its page and is cited by that number."""
    lines = [EVIDENCE_HEADER_EN if language == "en" else EVIDENCE_HEADER_SV]
    placed: set[int] = set()
    for p in passages:
        lines.append(f"[{p.n}] {p.title}, s. {p.page}:\n{p.text}")
        for i, t in enumerate(tables):
            if i not in placed and (t.source.doc_id, t.source.page) == (p.doc_id, p.page):
                lines.extend(_render_table(t, p.n))
                placed.add(i)
    for i, t in enumerate(tables):
        if i not in placed:
            lines.extend(_render_table(t, None))
    return "\n\n".join(lines)


def build_messages(question: str, language: str, passages: list[Passage], tables: list[AnswerTable],
                   history: list[Turn] | None = None):
    from llama_index.core.llms import ChatMessage, MessageRole

    example_user, example_reply = example_exchange(language)
    msgs = [ChatMessage(role=MessageRole.SYSTEM, content=system_prompt(language)),
            ChatMessage(role=MessageRole.USER, content=example_user),
            ChatMessage(role=MessageRole.ASSISTANT, content=example_reply)]
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
