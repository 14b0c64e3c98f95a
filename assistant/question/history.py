"""The chat history an answer may read, bounded before any work is done."""

from __future__ import annotations

from assistant.models import Turn
from rodatraden.errors import HistoryTooLongError

def bound_history(history: list[Turn] | None, max_turns: int, max_chars: int) -> list[Turn]:
    """The history an answer reads, bounded: the last ``max_turns`` turns; every user turn among them at most
    ``max_chars`` long (HistoryTooLongError otherwise: it is a question, held to the question limit), every
    assistant turn cut to ``max_chars`` (our own earlier answer, sent back by the client with its sources).
    So the work on a history is at most ``max_turns * max_chars`` characters, whatever the client sends."""
    kept = list(history or [])[-max_turns:] if max_turns > 0 else []
    out: list[Turn] = []
    for i, t in enumerate(kept):
        if len(t.content) <= max_chars:
            out.append(t)
        elif t.role == "user":
            raise HistoryTooLongError(
                f"En tidigare fråga i historiken är för lång ({len(t.content)} tecken, högst {max_chars}). / "
                f"An earlier question in the history is too long ({len(t.content)} characters, max {max_chars}).")
        else:
            out.append(Turn(role=t.role, content=t.content[:max_chars]))
    return out
