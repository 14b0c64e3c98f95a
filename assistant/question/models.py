"""The typed question: what the reader understood, read once and passed to every strategy."""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, Field

_YEAR_SPAN = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[–—-]\s*((?:19|20)\d\d)(?!\d)")


def year_spans(text: str) -> set[tuple[int, int]]:
    """The spans of years ``text`` names ("regionplan 2024–2026" -> (2024, 2026)); a span of more than 12 years is a
    plan's horizon, not a list of years, and is none."""
    return {(a, b) for m in _YEAR_SPAN.finditer(text) if 0 < (b := int(m.group(2))) - (a := int(m.group(1))) <= 12}


@lru_cache(maxsize=256)
def asked_period(text: str) -> frozenset[tuple[int, int]]:
    """The one period a question names, as a name its passages are judged by ("planen för 2026–2028"); none when it
    names several: a question over two plans compares them, and a passage of a third (assignments carried over from
    the plan before) may belong to one of them. Cached: the scorer asks it of the same question for every unit."""
    spans = year_spans(text)
    return frozenset(spans) if len(spans) == 1 else frozenset()


def span_years(text: str) -> set[int]:
    """The years inside the spans of ``text`` ("2020–2022" holds 2021 too)."""
    return {y for a, b in year_spans(text) for y in range(a, b + 1)}


class TermGroup(BaseModel):
    """One asked concept: alternatives, each a tuple of stems that must all occur (\"eget kapital\")."""

    word: str  # the question's own word or phrase
    alternatives: list[tuple[str, ...]]
    weight: float = 1.0  # rarity in the index (idf), set by the reader
    cue: bool = False  # a word of the question's form ("hur stora", "ökade", "året innan"), not of its subject


def phrase_words(terms: list[TermGroup]) -> set[str]:
    """The words that stand inside a glossary phrase of the question ("budget" in "budget process"): they ask what
    the phrase asks, not what they would ask alone."""
    return {w for g in terms if " " in g.word for w in g.word.split()}


class Question(BaseModel):
    text: str  # as asked
    effective: str  # the text searched: the question, or the previous question merged with this follow-up
    lang: str  # "sv" | "en"
    intent: str = "fact"  # amount, count, list, yesno, why, when, who, recommendation, table, comparison, fact
    terms: list[TermGroup] = Field(default_factory=list)
    years: list[int] = Field(default_factory=list)
    measures: list[str] = Field(default_factory=list)  # budget, outcome, forecast, deviation, share
    operation: str | None = None  # difference, sum, max, min
    unit: str | None = None  # the unit of the number asked for: money, percent, time (None: any number)
    doc_ids: list[str] = Field(default_factory=list)  # documents the question names (empty: no preference)
    naming: list[str] = Field(default_factory=list)  # the question's stems that named those documents
    # the one named document is named by a word no other document's text carries ("Norra Djurgårdsstaden"): the
    # answer is searched in it alone
    named_only: bool = False
    followup: bool = False  # merged with the previous question
    unknown: list[str] = Field(default_factory=list)  # names the question gives that no document mentions
    names: list[str] = Field(default_factory=list)  # stems of the names it gives (capitalised inside the sentence)

    @property
    def stems(self) -> set[str]:
        return {s for g in self.terms for alt in g.alternatives for s in alt}
