"""pdfplumber words -> visual lines, with font size, boldness and superscript footnote markers."""

from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass, field

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
SUP_CHARS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
FILL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]{3,}")  # runs of invisible control glyphs (leader fill)


def to_superscript(digits: str) -> str:
    return digits.translate(SUPERSCRIPT)


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    sup: bool = False  # a raised, smaller footnote marker (rendered as superscript digits)
    spaced: bool = False  # a separate word for sure (OCR): a space before it however narrow the gap


@dataclass
class Line:
    words: list[Word]
    page: int = 0
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    size: float = 0.0
    bold: bool = False
    kind: str = "text"  # text | heading | footnote
    level: int = 1
    extra: dict = field(default_factory=dict)

    def refresh(self) -> None:
        ws = self.words
        body = [w for w in ws if not w.sup] or ws
        self.x0 = min(w.x0 for w in ws)
        self.x1 = max(w.x1 for w in ws)
        self.top = min(w.top for w in body)
        self.bottom = max(w.bottom for w in body)
        weights = [(w.size, len(w.text)) for w in body]
        self.size = max(set(s for s, _ in weights), key=lambda s: sum(n for t, n in weights if t == s))
        nb = sum(len(w.text) for w in body if w.bold)
        self.bold = nb >= 0.6 * sum(len(w.text) for w in body)
        self.text = join_words(ws)


def join_words(ws: list[Word]) -> str:
    """Join words, with no space where pdfplumber split a word at a font change (e.g. 'databasen' + '¹')."""
    out = ""
    prev: Word | None = None
    for w in ws:
        t = to_superscript(w.text) if w.sup else w.text
        if prev is not None:
            gap = w.x0 - prev.x1
            if (gap > 0.12 * min(prev.size, w.size) or w.spaced) and not w.sup:
                out += " "
            elif w.sup and gap > 0.5 * prev.size:
                out += " "
        out += t
        prev = w
    return out


def _is_bold(fontname: str) -> bool:
    f = fontname.lower()
    return "bold" in f or "black" in f or "heavy" in f or "semibold" in f or f.endswith(",b")


LONE_CID_RE = re.compile(r"\(cid:\d+\)")
SYMBOL = "•"
# fonts whose glyphs are pictures, not letters: Word's and reportlab's list bullets ("n", "§", "Ø" in the text layer)
# and ruled lines drawn with them ("nnnnnnnn")
SYMBOL_FONT_RE = re.compile(r"dingbat|wingding|webding", re.I)
RULE = "─"


def _symbol_text(text: str) -> str:
    """A word set in a symbol font: a repeated glyph is a drawn rule, anything else one symbol (a bullet)."""
    return RULE * len(text) if len(text) >= 3 and len(set(text)) == 1 else SYMBOL


def page_words(page, glyphs: dict[tuple[str, str], str] | None = None) -> list[Word]:
    """The page's words; ``glyphs``: letters in place of the glyphs of a broken font encoding (ingest.glyphs)."""
    options = dict(x_tolerance=1.5, y_tolerance=2.5, keep_blank_chars=False, use_text_flow=False,
                   extra_attrs=["size", "fontname"])
    if glyphs:
        from pdfplumber.utils import extract_words

        from ingest.glyphs import remap_chars

        raw = extract_words(remap_chars(page.chars, glyphs), **options)
    else:
        raw = page.extract_words(**options)
    words = []
    for w in raw:
        if not w.get("upright", True):
            continue
        text = unicodedata.normalize("NFC", FILL_RE.sub("", w["text"]))
        if not text.strip():
            continue
        if LONE_CID_RE.fullmatch(text):
            text = SYMBOL  # one glyph with no Unicode mapping, standing alone: a symbol (a list's bullet), not text
        elif SYMBOL_FONT_RE.search(w.get("fontname") or ""):
            text = _symbol_text(text)

        words.append(
            Word(text, float(w["x0"]), float(w["x1"]), float(w["top"]), float(w["bottom"]), round(float(w["size"]), 1), _is_bold(w["fontname"]))
        )
    return _join_fragments(words) if glyphs else words


def _join_fragments(words: list[Word]) -> list[Word]:
    """Words split where a mended letter's font changes ("inneb" + "ä" + "r") joined again: the pieces touch on one
    line (join_words would print them without a space). The pieces may sit a little higher or lower than the word."""
    rows: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.top + w.bottom) / 2):
        mid = (w.top + w.bottom) / 2
        row = rows[-1] if rows else None
        if row is not None and abs(mid - (row[0].top + row[0].bottom) / 2) < 0.35 * max(w.size, 1.0):
            row.append(w)
        else:
            rows.append([w])
    out: list[Word] = []
    for row in rows:
        merged: list[Word] = []
        for w in sorted(row, key=lambda w: w.x0):
            prev = merged[-1] if merged else None
            if prev is not None and -0.1 * w.size <= w.x0 - prev.x1 <= 0.12 * min(prev.size, w.size) \
                    and not w.sup and not prev.sup:
                big = prev if len(prev.text) >= len(w.text) else w  # the longer piece's line and style
                merged[-1] = Word(prev.text + w.text, prev.x0, w.x1, big.top, big.bottom, big.size, big.bold)
            else:
                merged.append(w)
        out.extend(merged)
    return out


def group_lines(words: list[Word], page_no: int = 0) -> list[Line]:
    """Group words into lines by vertical overlap; mark small raised digit words as superscripts."""
    lines: list[Line] = []
    for w in sorted(words, key=lambda w: (w.bottom, w.x0)):
        best = None
        for ln in reversed(lines[-6:]):
            ov = min(ln.bottom, w.bottom) - max(ln.top, w.top)
            h = min(ln.bottom - ln.top, w.bottom - w.top)
            if h > 0 and ov >= 0.5 * h:
                best = ln
                break
        if best is None:
            best = Line(words=[], page=page_no, top=w.top, bottom=w.bottom)
            lines.append(best)
        best.words.append(w)
        best.top, best.bottom = min(best.top, w.top), max(best.bottom, w.bottom)
    for ln in lines:
        ln.words.sort(key=lambda w: w.x0)
        _mark_superscripts(ln)
        ln.refresh()
    lines.sort(key=lambda ln: (round(ln.top, 0), ln.x0))
    return _merge_sup_only_lines(lines)


def _mark_superscripts(ln: Line) -> None:
    sizes = [w.size for w in ln.words]
    main = statistics.median(sizes) if sizes else 0
    big = max(sizes) if sizes else 0
    for i, w in enumerate(ln.words):
        if not re.fullmatch(r"\d{1,3}", w.text):
            continue
        ref = max((o.size for o in ln.words if o is not w), default=big)
        raised = any(o.bottom - w.bottom > 0.15 * o.size for o in ln.words if o is not w and o.size > w.size)
        if w.size <= 0.8 * max(ref, main) and (raised or i == 0):
            w.sup = True


def _merge_sup_only_lines(lines: list[Line]) -> list[Line]:
    """A marker line of its own (raised above the text line) is attached to the line below it."""
    out: list[Line] = []
    for ln in lines:
        if out and all(w.sup or re.fullmatch(r"\d{1,3}", w.text) for w in ln.words) and ln.size < 0.8 * out[-1].size:
            pass
        out.append(ln)
    return out


def page_lines(page, page_no: int) -> list[Line]:
    return group_lines(page_words(page), page_no)


def body_size(all_lines: list[Line]) -> float:
    """Most common font size weighted by characters."""
    count: dict[float, int] = {}
    for ln in all_lines:
        for w in ln.words:
            count[w.size] = count.get(w.size, 0) + len(w.text)
    return max(count, key=count.get) if count else 10.0
