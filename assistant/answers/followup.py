"""Follow-up questions: an elliptic question ("Och för 2021?", "And the outcome?",
"Vilken nämnd hade störst avvikelse?") is merged with the previous user question."""

from __future__ import annotations

import re

from ingest.text import YEAR_RE, content_words
from assistant.models import Turn
from rodatraden.errors import HistoryTooLongError

_CONT = re.compile(r"^\s*(och|samt|men|även|också|hur är det med|vad gäller|and|also|what about|how about|same for|"
                   r"then|in that case|där|i så fall)\b", re.I)
_REF = re.compile(r"\b(den|det|dessa|denna|där|dem|it|its|they|them|that|those|this|these|there)\b", re.I)
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d(?:\s*[–\-—]\s*(?:19|20)\d\d)?(?!\d)")


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


def _previous_user(history: list[Turn]) -> str | None:
    for t in reversed(history):
        if t.role == "user" and t.content.strip():
            return t.content.strip()
    return None


def is_elliptic(question: str) -> bool:
    n = len([w for w in content_words(question) if not YEAR_RE.fullmatch(w)])
    return bool(_CONT.search(question)) or n <= 3 or (n <= 5 and bool(_REF.search(question)))


def merge_followup(question: str, history: list[Turn]) -> str:
    """The question to search and answer with: itself, or merged with the previous user turn."""
    prev = _previous_user(history)
    if not prev or not is_elliptic(question):
        return question
    new_years = _YEARS.findall(question)
    base = prev
    if new_years and _YEARS.search(prev):
        first = True

        def rep(m: re.Match) -> str:
            nonlocal first
            if first:
                first = False
                return " ".join(new_years)
            return ""

        base = _YEARS.sub(rep, prev)
    rest = _CONT.sub("", _YEARS.sub("", question)).strip(" ?.!,")
    if not content_words(rest):
        rest = ""
    merged = base.rstrip(" ?.!") + (" " + " ".join(new_years) if new_years and not _YEARS.search(prev) else "")
    return (merged + (". " + rest + "?" if rest else "?")).strip()
