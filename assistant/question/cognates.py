"""English cognates of the library's Swedish words: "introduction" is "introduktion", "systematic" "systematisk".

An English question's long word that the glossary does not know and no document uses is read as the library's
Swedish stem spelt nearly like it, once spelt the Swedish way (a hard c is a k, ph an f): the same first two letters,
a near spelling, and a word more than one unit uses (a word one unit uses would weigh as the question's rarest term
on a guess). Shared by the typed question reader and the rules' reading, over the same document frequencies.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from ingest.text import stem

MIN_LEN = 7  # letters of the English word
SCORE = 85  # rapidfuzz ratio, per cent
MIN_UNITS = 2  # units that use the Swedish stem


class Cognates:
    """``Cognates(df)(word) -> str | None``: the Swedish stem of ``df`` (stem -> units using it) the word stands for.
    Work: one fuzzy search over the stems that begin with the word's two first letters."""

    def __init__(self, df: dict[str, int]) -> None:
        self._df = df
        self._by_start: dict[str, list[str]] | None = None

    def __call__(self, word: str) -> str | None:
        if len(word) < MIN_LEN or not self._df:
            return None
        s = re.sub(r"c(?=[aoutlrk]|$)", "k", stem(word)).replace("ph", "f")
        if self._by_start is None:
            self._by_start = {}
            for k in self._df:
                if len(k) >= 4:
                    self._by_start.setdefault(k[:2], []).append(k)
        hit = process.extractOne(s, self._by_start.get(s[:2], []), scorer=fuzz.ratio, score_cutoff=SCORE)
        return hit[0] if hit and self._df.get(hit[0], 0) >= MIN_UNITS else None


_LAST: list[tuple] = [(None, None)]  # (the frequencies, their Cognates): the reader and the rules share a unit store


def cognates_of(df: dict[str, int]) -> Cognates:
    """The one ``Cognates`` of these frequencies (the unit store's per generation), built once however many readers
    ask for it."""
    pair = _LAST[0]  # a pair swapped whole: another thread may swap it meanwhile
    if pair[0] is not df:
        pair = (df, Cognates(df))
        _LAST[0] = pair
    return pair[1]
