"""Text-layer quality per page: is the extracted text what a reader sees?

Broken text layers come in a few kinds, each with a measurable trace in the extracted words:
- ``cid``: glyphs without a Unicode mapping, extracted as "(cid:425)";
- ``glyphs``: control, replacement or private-use characters inside words (dropped ligatures often leave "\\x00");
- ``stray``: punctuation inside or at the start of words ("F!rvaltning", 'f"r'), a font whose encoding maps
  letters to other characters;
- ``no_diacritics``: Swedish prose (its function words are there) with (almost) no å/ä/ö;
- ``non_words``: a high share of words that are no Swedish word form (hunspell-sv, compounds of two forms
  accepted), e.g. dropped ligatures ("Ne oomsä ning").

Vocabulary lives in ``ingest/data/`` (sv_quality.json, sv_words.txt.gz). The word list is loaded lazily, only for
pages that look like Swedish prose and show fragments or another trace, so clean documents pay nothing for it.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, Field

DATA = Path(__file__).resolve().parent / "data"

MIN_TOKENS = 25  # fewer alphabetic tokens than this: too little text to judge
CID_RE = re.compile(r"\(cid:\d+\)")
BAD = r"\x00-\x08\x0b\x0c\x0e-\x1f\ufffd\ue000-\uf8ff"
BAD_CHAR_RE = re.compile(f"[{BAD}]")
# one or two stray characters touching a letter ("berä\x00elsen"); longer runs are invisible fill such as leader dots
GLYPH_RE = re.compile(f"(?<![{BAD}])[{BAD}]{{1,2}}(?![{BAD}])")
LIGATURES = ("tt", "ti", "ft", "fi", "fl", "ff", "ffi", "ffl", "tf", "st")
STRAY_RE = re.compile(r"[a-zåäöéü][!\"#$%&*<=>@\\^_`|~]+[a-zåäöéü]|^[!\"#$%&*<=>@\\^_`|~][a-zåäöéü]{2,}", re.I)
WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

# thresholds (measured over every page of the real and bundled documents: eval/results/text-quality-latest.md)
CID_MIN = 3
BAD_CHAR_MIN = 3
STRAY_MIN, STRAY_SHARE = 4, 0.02
SWEDISH_FUNCTION_SHARE = 0.04  # share of tokens that are Swedish function words: the page is Swedish prose
DIACRITIC_LETTER_SHARE = 0.006  # å/ä/ö per letter below this on Swedish prose: no_diacritics (normal: 2-4 %)
FRAGMENT_SHARE = 0.03  # 1-2 letter non-words: the word-list check runs above this
NON_WORD_SHARE = 0.22  # share of tokens (3+ letters, lower-case) that are no Swedish word form
NON_WORD_MIN = 40  # tokens of 3+ letters needed to judge that share
LIGATURE_GAPS = 3  # adjacent fragments that make a word when a ligature is put back between them


class PageQuality(BaseModel):
    ok: bool = True
    issues: list[str] = Field(default_factory=list)  # cid | glyphs | stray | no_diacritics | non_words
    tokens: int = 0
    scores: dict[str, float] = Field(default_factory=dict)

    def describe(self) -> str:
        return ", ".join(self.issues)


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, frozenset[str]]:
    raw = json.loads((DATA / "sv_quality.json").read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}


@lru_cache(maxsize=1)
def word_forms() -> frozenset[str]:
    """Every hunspell-sv word form, lower-cased (about 820,000; loaded once, ~0.7 s)."""
    return frozenset(gzip.decompress((DATA / "sv_words.txt.gz").read_bytes()).decode("utf-8").split("\n"))


def is_word(w: str, forms: frozenset[str]) -> bool:
    """A word form, or a compound of two forms (with an optional linking s), or hyphenated known parts."""
    if w in forms:
        return True
    if "-" in w:
        return all(is_word(p, forms) for p in w.split("-") if p)
    for k in range(3, len(w) - 2):
        head, tail = w[:k], w[k:]
        if tail in forms and (head in forms or (head.endswith("s") and head[:-1] in forms)):
            return True
    return False


def _touches_letter(t: str, start: int, end: int) -> bool:
    return (start > 0 and t[start - 1].isalpha()) or (end < len(t) and t[end].isalpha())


def ligature_gaps(tokens: list[str], forms: frozenset[str]) -> int:
    """Pairs of neighbouring tokens, one of them no word, that make a word with a ligature put back between
    them ("förvaltningsberä" + "elsen" -> "förvaltningsberättelsen")."""
    n = 0
    for a, b in zip(tokens, tokens[1:]):
        if len(a) + len(b) < 4 or (is_word(a, forms) and is_word(b, forms)):
            continue
        if any(a + lig + b in forms for lig in LIGATURES):
            n += 1
    return n


def assess(texts: list[str], full: bool = False) -> PageQuality:
    """Judge one page from its words' texts (pdfplumber words, in reading order or not).

    ``full`` computes every score (the measurement in eval/text_quality.py) instead of only those needed."""
    voc = vocabulary()
    raw = " ".join(texts)
    scores: dict[str, float] = {}
    issues: list[str] = []
    cid = len(CID_RE.findall(raw))
    scores["cid"] = cid
    if cid >= CID_MIN:
        issues.append("cid")
    bad = sum(1 for t in texts for m in GLYPH_RE.finditer(t) if _touches_letter(t, m.start(), m.end()))
    scores["bad_chars"] = bad
    if bad >= BAD_CHAR_MIN:
        issues.append("glyphs")
    clean = unicodedata.normalize("NFC", CID_RE.sub(" ", raw))
    tokens = [m.group(0).lower() for m in WORD_RE.finditer(BAD_CHAR_RE.sub("", clean))]
    n = len(tokens)
    stray = sum(1 for t in clean.split() if STRAY_RE.search(t))
    scores["stray"] = stray
    if stray >= STRAY_MIN and stray >= STRAY_SHARE * max(n, 1):
        issues.append("stray")
    if n < MIN_TOKENS:
        return PageQuality(ok=not issues, issues=issues, tokens=n, scores=scores)
    function = sum(1 for t in tokens if t in voc["function_words"])
    swedish = function / n >= SWEDISH_FUNCTION_SHARE
    scores["function_share"] = round(function / n, 4)
    letters = sum(len(t) for t in tokens)
    dia = sum(t.count("å") + t.count("ä") + t.count("ö") for t in tokens)
    scores["diacritic_share"] = round(dia / max(letters, 1), 4)
    if swedish and dia / max(letters, 1) < DIACRITIC_LETTER_SHARE:
        issues.append("no_diacritics")
    short = [t for t in tokens if len(t) <= 2]
    fragments = sum(1 for t in short if t not in voc["short_words"] and t not in voc["function_words"])
    scores["fragment_share"] = round(fragments / n, 4)
    if full or (swedish and (issues or fragments / n >= FRAGMENT_SHARE)):
        forms = word_forms()
        long = [t for t in tokens if len(t) >= 3]
        unknown = sum(1 for t in long if not is_word(t, forms))
        share = unknown / max(len(long), 1)
        scores["non_word_share"] = round(share, 4)
        if swedish and len(long) >= NON_WORD_MIN and share >= NON_WORD_SHARE:
            issues.append("non_words")
        gaps = ligature_gaps(tokens, forms)
        scores["ligature_gaps"] = gaps
        if gaps >= LIGATURE_GAPS and "non_words" not in issues:
            issues.append("non_words")
    return PageQuality(ok=not issues, issues=issues, tokens=n, scores=scores)
