"""Each page's words: from the PDF's text layer when it is sound, else from OCR of the rendered page.

The text layer of every page is checked (:mod:`ingest.quality`). A page without text, or whose text layer is
broken, is read by OCR when OCR is on (``RODATRADEN_OCR=auto``); its words carry bounding boxes in PDF points,
so they go through the same layout (lines, headings, tables) as text-layer words. With OCR off a broken page keeps
its text layer and the document gets a warning. A PDF with no text at all, after OCR, is a ScannedPdfError.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ingest.layout import Word, page_words
from ingest.models import IngestOptions
from ingest.pdf import read_page_chars
from ingest.quality import PageQuality, assess
from rodatraden.errors import OcrUnavailableError, ScannedPdfError

MIN_CHARS_PER_PAGE = 20  # fewer characters in the text layer: the page has no text layer (a scan, an image)

Progress = Callable[[str], None]


@dataclass
class PageText:
    number: int
    words: list[Word]
    ocr: bool = False
    quality: PageQuality = field(default_factory=PageQuality)
    chars: int = 0  # characters in the text layer
    mended: list[str] = field(default_factory=list)  # the faults the word list mended (ingest.glyphs), if any


def read_pages(path: Path, pages: list, options: IngestOptions, progress: Progress | None = None) -> tuple[list[PageText], list[str]]:
    """Words per page (text layer or OCR) and the document's warnings about its text."""
    out: list[PageText] = []
    for i, page in enumerate(pages):
        chars = read_page_chars(path, page)
        words = page_words(page) if chars else []
        quality = assess([w.text for w in words]) if chars >= MIN_CHARS_PER_PAGE else PageQuality(ok=False, issues=["no_text"])
        out.append(PageText(i + 1, words, quality=quality, chars=chars))
    warnings: list[str] = _repair(out, pages)
    todo = [p for p in out if not p.quality.ok]
    ocr_error = None
    if todo and options.ocr != "off":
        from ingest.ocr import ocr_pages  # OCR engines load only when a page needs them

        try:
            ocr_pages(path, pages, todo, options, progress)
        except OcrUnavailableError as exc:
            ocr_error = exc.message
            warnings.append(f"OCR unavailable: {exc.message}")
    for p in todo:
        if p.ocr:
            continue
        if p.quality.issues == ["no_text"]:
            if p.chars:
                warnings.append(f"page {p.number}: almost no text ({p.chars} characters) and not read by OCR")
        else:
            warnings.append(f"page {p.number}: broken text layer ({p.quality.describe()}), kept as it is (OCR is off)")
    ocr_done = [p.number for p in out if p.ocr]
    if ocr_done:
        warnings.insert(0, f"OCR: pages {_ranges(ocr_done)} read by OCR ({options.ocr_engine}); their text may contain recognition errors")
    if not any(p.words for p in out):
        why = "OCR is off (RODATRADEN_OCR=off)" if options.ocr == "off" else f"OCR failed ({ocr_error})" if ocr_error else "OCR found no text either"
        total = sum(p.chars for p in out)
        raise ScannedPdfError(path, f"no text layer (scanned/image-only PDF, {total} characters on {len(out)} pages) and {why}")
    return out, warnings


def _repair(out: list[PageText], pages: list) -> list[str]:
    """Broken text layers mended in place where the word list can tell what their glyphs stand for
    (ingest.glyphs): dropped ligatures filled, then letters a broken font encoding replaced learned over the
    document's broken pages. A page is mended only when its text then passes the quality check; else OCR reads it.
    A page too short to judge (a cover) written in the same broken fonts gets the same letters."""
    broken = [p for p in out if not p.quality.ok and "no_text" not in p.quality.issues]
    if not broken:
        return []
    from ingest.glyphs import glyph_map, restore_ligatures

    mended: list[int] = []
    for p in broken:
        texts, n = restore_ligatures([w.text for w in p.words])
        if n:
            quality = assess(texts)
            if quality.ok:
                for w, t in zip(p.words, texts):
                    w.text = t
                p.mended, p.quality = list(p.quality.issues), quality
                mended.append(p.number)
    rest = [p for p in broken if not p.quality.ok]
    glyphs = glyph_map([pages[p.number - 1].chars for p in rest]) if rest else {}
    if glyphs:
        for p in rest:
            words = page_words(pages[p.number - 1], glyphs)
            texts, _ = restore_ligatures([w.text for w in words])
            quality = assess(texts)
            if quality.ok:
                for w, t in zip(words, texts):
                    w.text = t
                p.words, p.mended, p.quality = words, list(p.quality.issues), quality
                mended.append(p.number)
        keys, seen = set(glyphs), {r.number for r in rest}
        for p in out:  # the document's other pages in the same fonts: a cover of a few words passed unjudged
            if p.number in seen or p.mended or not p.words or not any((c.get("fontname", ""), c.get("text")) in keys
                                                    for c in pages[p.number - 1].chars):
                continue
            words = page_words(pages[p.number - 1], glyphs)
            if assess([w.text for w in words]).ok:
                p.words, p.mended = words, ["glyphs"]
                mended.append(p.number)
    if not mended:
        return []
    return [f"text layer: pages {_ranges(sorted(mended))} had broken glyphs (dropped ligatures or a font encoding "
            f"without å/ä/ö), mended from the Swedish word list"]


def _ranges(numbers: list[int]) -> str:
    parts: list[str] = []
    start = prev = numbers[0]
    for n in numbers[1:] + [None]:  # type: ignore[list-item]
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(f"{start}" if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(parts)
