"""Post-generation trust checks for language-model answers.

- every [n] must refer to a passage that was given (unknown markers are removed and noted);
- every number in the answer must appear in a cited passage or table cell; a sentence carrying a
  number that does not is removed and noted;
- an answer left with no valid citation becomes an abstention.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from assistant.llm.prompts import CANNOT_ANSWER_EN, CANNOT_ANSWER_SV, cannot_answer
from ingest.numbers import find_numbers

_MARKER = re.compile(r"\[(\d{1,3})\]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9\-−•▪])")


class Passage(BaseModel):
    """One numbered piece of evidence shown to the model."""

    n: int
    doc_id: str
    title: str
    page: int
    text: str
    numbers_extra: list[float] = Field(default_factory=list)  # e.g. cells of a table passage


class CheckedAnswer(BaseModel):
    text: str
    cited: list[int]  # passage numbers the checked text cites, in order of first use
    abstained: bool
    notes: list[str] = Field(default_factory=list)


def _values(text: str) -> list[float]:
    return [m.value for m in find_numbers(text) if m.value is not None]


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _split_sentences(text: str) -> list[str]:
    parts: list[str] = []
    for line in text.splitlines():
        parts.extend(p for p in _SENTENCE_END.split(line) if p.strip())
    return parts


def check_answer(text: str, passages: list[Passage], language: str) -> CheckedAnswer:
    """Apply the citation and number checks to a generated answer."""
    notes: list[str] = []
    given = {p.n: p for p in passages}
    stripped = text.strip()
    if not stripped or stripped in (CANNOT_ANSWER_SV, CANNOT_ANSWER_EN):
        return CheckedAnswer(text=cannot_answer(language), cited=[], abstained=True)

    kept: list[str] = []
    cited: list[int] = []
    for sentence in _split_sentences(stripped):
        markers = [int(m) for m in _MARKER.findall(sentence)]
        unknown = [m for m in markers if m not in given]
        if unknown:
            notes.append(f"removed citation(s) to passages that were not given: {unknown}")
            sentence = _MARKER.sub(lambda m: m.group(0) if int(m.group(1)) in given else "", sentence)
        valid = [m for m in markers if m in given]
        # Numbers must come from a cited passage (or, for an uncited sentence, from any given passage,
        # which the sentence then cites implicitly through the nearest marker-less rule below).
        sources = [given[m] for m in valid] if valid else []
        allowed: list[float] = []
        for p in sources:
            allowed.extend(_values(p.text))
            allowed.extend(p.numbers_extra)
        bare = _MARKER.sub("", sentence)
        unsupported = [v for v in _values(bare) if not any(_close(v, a) for a in allowed)]
        if unsupported:
            notes.append(
                "removed a sentence with number(s) not found in its cited sources: "
                + ", ".join(f"{v:g}" for v in unsupported)
            )
            continue
        if not valid and _values(bare):
            notes.append("removed an uncited sentence that states numbers")
            continue
        kept.append(sentence.strip())
        for m in valid:
            if m not in cited:
                cited.append(m)

    if not cited:
        notes.append("no valid citation left: the answer became an abstention")
        return CheckedAnswer(text=cannot_answer(language), cited=[], abstained=True, notes=notes)
    return CheckedAnswer(text=" ".join(kept), cited=cited, abstained=False, notes=notes)
