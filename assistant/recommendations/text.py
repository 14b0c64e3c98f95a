"""Small text helpers shared by extraction and follow-up: whitespace, bullets, headings, spans."""

from __future__ import annotations

import re
import unicodedata

from ingest.text import RECOMMENDATION_STOP_SV

BULLET_RE = re.compile(r"^\s*(?:[•▪◦●■□►➢✓*]|[o\-–—](?=\s)|\(?\d{1,2}[.)](?!\d)|\(?[a-h]\)(?=\s))\s*")
NUMBERED_HEADING_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\s?\.?\s+[A-ZÅÄÖ][^\n]{0,90}$")
SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\"”•])")

ORGAN_WORDS = (
    "styrelse", "styrelsen", "nämnd", "nämnden", "nämnderna", "nämnder", "fullmäktige", "direktion",
    "direktionen", "utskott", "utskottet", "beredning", "beredningen", "förvaltning", "förvaltningen",
    "förvaltningarna", "regionen", "kommunen", "bolaget", "ledningen",
)
# from the one stop list (ingest/lexicon/stopwords.toml)
STOPWORDS = RECOMMENDATION_STOP_SV


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def norm(s: str) -> str:
    """Case-folded, NFC, collapsed; typographic quotes and dashes unified, soft hyphens dropped."""
    s = nfc(s).replace("\u00ad", "")
    s = re.sub(r"[”“„\"«»]", '"', s)
    s = re.sub(r"[’‘´`]", "'", s)
    s = re.sub(r"[–—−]", "-", s)
    return collapse(s).lower()


def strip_bullet(line: str) -> tuple[bool, str]:
    m = BULLET_RE.match(line)
    if m and m.end() < len(line):
        return True, line[m.end():]
    return False, line


def is_heading(line: str) -> bool:
    """A numbered section heading such as "9 Rekommendationer" or "10 . Bilagor" (short, no final full stop)."""
    s = line.strip()
    if not s or len(s) > 90 or s.endswith((".", ",", ";", ":")):
        return False
    if re.search(r"[a-zåäö][.!?]\s", s):  # a sentence ended inside ("1. Ta fram en plan. (KS)"): an item, no heading
        return False
    return bool(NUMBERED_HEADING_RE.match(s)) or bool(re.match(r"^(Bilaga|Bilagor)\b", s))


def content_terms(s: str, min_len: int = 4) -> set[str]:
    """Content-word stems (first 6 letters) used for key-term overlap; a word split at a printed line break
    ("före- byggande") counts whole."""
    from .lexicon import dehyphenate

    words = re.findall(r"[a-zåäöéü]+", norm(dehyphenate(s)))
    return {w[:6] for w in words if len(w) >= min_len and w not in STOPWORDS}


ID_CHARS_RE = re.compile(r"[a-z0-9._-]+")  # the characters of a doc id (ingest/doc_ids.slugify)
ID_GRAM = 16  # an id at least this long is looked up by its first ID_GRAM characters
ID_RUNS_RE = re.compile(r"[a-z0-9._-]{%d,}" % ID_GRAM)


def id_runs(text: str) -> list[str]:
    """The maximal runs of doc-id characters at least ID_GRAM long: every doc id of that length the text names
    lies inside one of them."""
    return ID_RUNS_RE.findall(text)


def find_span(page_text: str, snippet: str, start: int = 0) -> tuple[int, int] | None:
    """Locate `snippet` in `page_text` allowing any whitespace between its words; returns the exact span."""
    words = snippet.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    m = re.compile(pattern).search(page_text, start)
    return (m.start(), m.end()) if m else None


def split_sentences(text: str) -> list[str]:
    parts = SENTENCE_END_RE.split(text)
    return [p.strip() for p in parts if p.strip()]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans over the raw text (sentences end at . ! ? followed by a capital, or at a line break
    that starts a bullet)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\"”])|\n(?=\s*[•▪◦●■\-–o]\s)|\n{2,}", text):
        if text[start:m.start()].strip():
            spans.append(_trim(text, start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
