"""Headings: numbered report headings, 'Bilaga N: …', slide titles (largest font on a slide).

Font size and boldness from pdfplumber decide; numbering patterns are the fallback."""

from __future__ import annotations

import re

from ingest.layout import Line

NUMBERED_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+[A-ZÅÄÖ]")
MULTILEVEL_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+[A-ZÅÄÖ][^.]*$")
APPENDIX_RE = re.compile(r"^(Bilaga|Appendix|Kapitel)\s+\d+[:.]?\s*\S", re.IGNORECASE)
CAPTION_RE = re.compile(r"^(Tabell|Table|Tab\.|Figur|Figure|Diagram|Bild)\s*\d+", re.IGNORECASE)


# a word as printed: lower case, Capitalised or ALL CAPS letters ("Noter", "NYCKELTAL", "förvaltningsberättelse")
WORD_SHAPE_RE = re.compile(r"^(?:[A-ZÅÄÖÉ]?[a-zåäöéü]{2,}|[A-ZÅÄÖÉ]{3,})(?:-[A-Za-zÅÄÖåäöéü]+)*[.,:;]?$")


def _has_words(text: str) -> bool:
    """A heading has a word in it: a line of symbols and codes ("& B1YdNsc1A-rkxY EicJR", a verification stamp read
    by OCR) heads nothing."""
    return any(WORD_SHAPE_RE.match(t) for t in text.split())


def _level(text: str) -> int:
    m = NUMBERED_RE.match(text)
    if m:
        return m.group(1).count(".") + 1
    return 1


def mark_headings(lines: list[Line], body: float, page_width: float, page_height: float) -> None:
    """Set ``kind='heading'`` and ``level`` on heading lines of one page (footnotes and tables already removed)."""
    if not lines:
        return
    slide = page_width > page_height
    top_size = max(ln.size for ln in lines)
    for i, ln in enumerate(lines):
        if ln.kind != "text":
            continue
        t = ln.text.strip()
        if not t or CAPTION_RE.match(t) or len(t) > 140 or not _has_words(t):
            continue
        if slide:
            # slide titles: the line(s) in the largest font on the slide
            if ln.size >= top_size - 0.1 and ln.size >= 1.15 * body:
                ln.kind, ln.level = "heading", 1
            continue
        larger = ln.size >= 1.1 * body
        if larger and (ln.bold or ln.size >= 1.3 * body) and not t.endswith((",", ";")) and len(t) <= 120:
            ln.kind, ln.level = "heading", _level(t) if (NUMBERED_RE.match(t) or APPENDIX_RE.match(t)) else 1
        elif ln.bold and ln.size >= 0.98 * body and (NUMBERED_RE.match(t) or APPENDIX_RE.match(t)) and len(t) <= 100:
            ln.kind, ln.level = "heading", _level(t)
        elif MULTILEVEL_RE.match(t) and len(t) <= 80 and ln.size >= 0.98 * body and _isolated(lines, i):
            ln.kind, ln.level = "heading", _level(t)


def _isolated(lines: list[Line], i: int) -> bool:
    """Fallback without font cues: a numbered line standing apart from the text after it."""
    ln = lines[i]
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return nxt is None or nxt.top - ln.bottom > 0.5 * ln.size
