"""Follow-up questions: an elliptic question ("Och för 2021?", "And the outcome?",
"Vilken nämnd hade störst avvikelse?") is merged with the previous user question."""

from __future__ import annotations

import re

from assistant.answer_text import YEAR_RE, content_words
from assistant.models import Turn

_CONT = re.compile(r"^\s*(och|samt|men|även|också|hur är det med|vad gäller|and|also|what about|how about|same for|"
                   r"then|in that case|där|i så fall)\b", re.I)
_REF = re.compile(r"\b(den|det|dessa|denna|där|dem|it|its|they|them|that|those|this|these|there)\b", re.I)
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d(?:\s*[–\-—]\s*(?:19|20)\d\d)?(?!\d)")


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
