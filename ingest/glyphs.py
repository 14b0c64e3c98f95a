"""Repair of text layers whose glyphs map to the wrong characters, read against the Swedish word list.

Two kinds of broken text layer keep their words' positions and most of their letters, so mending the letters keeps
the layout (lines, headings, typed tables) that OCR would lose, and the characters OCR misreads ("10%" as "10960"):

- **dropped ligatures**: a ligature glyph (ti, tt, ft, fi, ...) extracted as a control character ("upprä\\x00as",
  "avgi\\x00erna"). Each word's gap is filled with the ligature that makes it a Swedish word form
  (``ingest.quality.is_word``); a word no ligature makes a word gets the ligature most often found in the document.
- **substituted letters**: a subset font whose encoding maps å, ä, ö (and their capitals) to punctuation or a space
  ("F\\"reningen", "inneb r", "v!r"). A glyph is its font and its extracted character; for each glyph of the
  document that is no letter, the letter (or the character itself) that makes the most words of its words Swedish
  word forms is chosen, a few rounds over all glyphs (a simple substitution decoding). A glyph maps to a letter
  only when that makes clearly more words than leaving it.

Entry points: ``glyph_map(pages_chars) -> {(fontname, char): letter}`` (learned over a document's broken pages) and
``restore_ligatures(texts) -> (texts, n)``. Both only read the word list when a page shows a trace of breakage
(``ingest.quality.assess``), so a sound document pays nothing.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import gzip
from functools import lru_cache
from itertools import product

from ingest.quality import BAD, DATA, LIGATURES, WORD_RE, is_word, word_forms

LETTERS = "åäöéü"  # what a broken Swedish subset font's punctuation stands for
# a gap of one or two control characters inside, at the end or at the start of a word
GAP_RE = re.compile(f"(?<=[^\\W\\d_])[{BAD}]{{1,2}}(?![{BAD}])|(?<![^\\W\\d_{BAD}])[{BAD}]{{1,2}}(?=[^\\W\\d_])")
MIN_GLYPH = 1  # occurrences of a glyph needed to judge it (a heading font may hold one word)
MIN_GAIN = 2  # words a mapping must make beyond leaving the glyph as it is
ROUNDS = 3
MAX_WORDS = 4000  # words of a document read to learn its glyphs (bounded work on a long document)


@lru_cache(maxsize=1)
def frequencies() -> dict[str, float]:
    """Zipf frequency of the 100,000 most frequent Swedish words (ingest/data/sv_freq.txt.gz, from wordfreq)."""
    raw = gzip.decompress((DATA / "sv_freq.txt.gz").read_bytes()).decode("utf-8")
    return {w: float(z) for w, _, z in (line.partition("\t") for line in raw.split("\n")) if z}


# -- dropped ligatures -------------------------------------------------------------------------------------------

def _fills(word: str, forms) -> list[tuple[str, ...]]:
    """The ligatures (one per gap, at most two gaps) that make ``word`` a word form, the likeliest first."""
    gaps = list(GAP_RE.finditer(word))
    if not gaps or len(gaps) > 2:
        return []
    freq = frequencies()
    found = []
    for ligs in product(LIGATURES, repeat=len(gaps)):
        it = iter(ligs)
        w = re.sub(r"[^\w-]", "", GAP_RE.sub(lambda _: next(it), word).lower())
        if is_word(w, forms):  # the more frequent word first; a word form before a compound the list allows
            found.append(((freq.get(w, 0.0), w in forms), ligs))
    return [ligs for _, ligs in sorted(found, key=lambda f: f[0], reverse=True)]


def restore_ligatures(texts: list[str]) -> tuple[list[str], int]:
    """Each word's control-character gaps filled with a ligature; returns the texts and the number filled."""
    if not any(GAP_RE.search(t) for t in texts):
        return texts, 0
    forms = word_forms()
    found: Counter[str] = Counter()
    chosen: dict[int, str] = {}
    for i, t in enumerate(texts):
        if GAP_RE.search(t):
            fills = _fills(t, forms)
            if fills:
                chosen[i] = fills[0]
                found.update(fills[0])
    default = found.most_common(1)[0][0] if found else LIGATURES[0]
    out, n = [], 0
    for i, t in enumerate(texts):
        if not GAP_RE.search(t):
            out.append(t)
            continue
        it = iter(chosen.get(i, ()))
        new, k = GAP_RE.subn(lambda _: next(it, default), t)
        out.append(new)
        n += k
    return out, n


# -- substituted letters -----------------------------------------------------------------------------------------

def _runs(chars: list[dict]) -> list[list[dict]]:
    """A page's characters in runs without a gap wider than a letter's third: the words as glyphs, spaces kept
    (a glyph that is a space may be a letter)."""
    runs: list[list[dict]] = []
    prev = None
    for c in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])):
        if prev is not None and round(prev["top"]) == round(c["top"]) and \
                c["x0"] - prev["x1"] < 0.3 * max(float(c.get("size", 10)), 1.0):
            runs[-1].append(c)
        else:
            runs.append([c])
        prev = c
    return runs


def _suspect(c: dict) -> bool:
    t = c.get("text", "")
    return len(t) == 1 and not t.isalnum() and t not in ".,:;()-–/%+*§\t\n"


def _score(text: str, forms, cache: dict[str, bool]) -> int:
    """Words of 3+ letters that are word forms, less those that are not."""
    s = 0
    for m in WORD_RE.finditer(text.lower()):
        w = m.group(0)
        if len(w) < 3:
            continue
        ok = cache.get(w)
        if ok is None:
            ok = cache[w] = is_word(w, forms)
        s += 1 if ok else -1
    return s


def glyph_map(pages_chars: list[list[dict]]) -> dict[tuple[str, str], str]:
    """The letters a document's non-letter glyphs stand for, learned from its pages' characters (pdfplumber
    ``page.chars``). Empty when no glyph reads better as a letter."""
    runs = [r for chars in pages_chars for r in _runs(chars)]
    # only runs that hold a suspect glyph between or beside letters are evidence
    runs = [r for r in runs if any(_suspect(c) for c in r) and sum(c["text"].isalpha() for c in r) >= 2][:MAX_WORDS]
    if not runs:
        return {}
    keys: Counter[tuple[str, str]] = Counter((c.get("fontname", ""), c["text"]) for r in runs for c in r if _suspect(c))
    keys = Counter({k: n for k, n in keys.items() if n >= MIN_GLYPH})
    if not keys:
        return {}
    forms = word_forms()
    cache: dict[str, bool] = {}
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(runs):
        for k in {(c.get("fontname", ""), c["text"]) for c in r if _suspect(c)}:
            if k in keys:
                by_key[k].append(i)
    mapping: dict[tuple[str, str], str] = {}

    def text(r: list[dict], m: dict) -> str:
        return "".join(m.get((c.get("fontname", ""), c["text"]), c["text"]) for c in r)

    for _ in range(ROUNDS):
        changed = False
        for k in sorted(keys, key=lambda k: -keys[k]):
            idx = by_key[k]
            base = {**mapping}
            base.pop(k, None)
            keep = sum(_score(text(runs[i], base), forms, cache) for i in idx)
            best, best_score = None, keep + MIN_GAIN - 1
            for letter in LETTERS:
                trial = {**base, k: letter}
                s = sum(_score(text(runs[i], trial), forms, cache) for i in idx)
                if s > best_score:
                    best, best_score = letter, s
            if best is None:
                if k in mapping:
                    del mapping[k]
                    changed = True
            elif mapping.get(k) != best:
                mapping[k] = best
                changed = True
        if not changed:
            break
    # a glyph never written after a lower-case letter is a capital ("#rsavgift" -> "Årsavgift")
    for k, letter in list(mapping.items()):
        after_lower = any(j > 0 and r[j - 1]["text"].islower()
                          for i in by_key[k] for r in [runs[i]] for j, c in enumerate(r)
                          if (c.get("fontname", ""), c["text"]) == k)
        if not after_lower:
            mapping[k] = letter.upper()
    return mapping


def remap_chars(chars: list[dict], mapping: dict[tuple[str, str], str]) -> list[dict]:
    """A page's characters with the learned letters in place of the glyphs that stand for them."""
    if not mapping:
        return chars
    return [dict(c, text=mapping[(c.get("fontname", ""), c["text"])])
            if (c.get("fontname", ""), c.get("text")) in mapping else c for c in chars]
