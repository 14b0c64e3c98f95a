"""A PDF page as a PNG (pdfplumber's pypdfium2 renderer), with a quote's words highlighted from their boxes.

The quote is found in the page's words by their letters and digits only (case, spaces, punctuation, hyphenation
and thousands separators ignored), so the cleaned page text a citation quotes maps back onto the printed words.
"""

from __future__ import annotations

import io
import re
import threading
import unicodedata
from collections import OrderedDict
from pathlib import Path

from rodatraden.errors import PageNotFoundError

_KEEP = re.compile(r"\w", re.UNICODE)
MAX_QUOTE = 2000
MIN_PIECE = 12  # letters: a shorter piece of a quote is not highlighted on its own
FILL = (255, 214, 0, 90)
STROKE = (224, 160, 0, 255)
_cache: OrderedDict[tuple, bytes] = OrderedDict()
_cache_lock = threading.Lock()
CACHE_SIZE = 48


def _norm(text: str) -> str:
    return "".join(_KEEP.findall(unicodedata.normalize("NFC", text).casefold())).replace("_", "")


def quote_boxes(words: list[dict], quote: str) -> list[tuple[float, float, float, float]]:
    """The boxes (x0, top, x1, bottom) of the words that carry ``quote``; [] when it is not on the page.
    A quote that is not found whole is tried line by line, then sentence by sentence."""
    letters: list[str] = []
    owner: list[int] = []
    for i, w in enumerate(words):
        n = _norm(w.get("text", ""))
        letters.append(n)
        owner.extend([i] * len(n))
    hay = "".join(letters)
    hit: set[int] = set()
    pieces = [quote]
    for splitter in (r"\n+", r"(?<=[.!?;:])\s+"):
        if not hit:
            found = _mark(hay, owner, pieces, hit)
            if found:
                break
            pieces = [p for q in pieces for p in re.split(splitter, q)]
    if not hit:
        _mark(hay, owner, pieces, hit)
    return _merge_lines(words, sorted(hit))


def _merge_lines(words: list[dict], hits: list[int]) -> list[tuple[float, float, float, float]]:
    """One box per run of consecutive marked words on the same line."""
    boxes: list[list[float]] = []
    last = -2
    for i in hits:
        w = words[i]
        box = [w["x0"], w["top"], w["x1"], w["bottom"]]
        if boxes and i == last + 1 and abs(boxes[-1][1] - box[1]) < 2.5 and box[0] >= boxes[-1][0]:
            b = boxes[-1]
            b[1], b[2], b[3] = min(b[1], box[1]), max(b[2], box[2]), max(b[3], box[3])
        else:
            boxes.append(box)
        last = i
    return [tuple(b) for b in boxes]  # type: ignore[misc]


def _mark(hay: str, owner: list[int], pieces: list[str], hit: set[int]) -> bool:
    found = False
    for piece in pieces:
        needle = _norm(piece)
        if len(needle) < min(MIN_PIECE, len(_norm(" ".join(pieces)))):
            continue
        start = hay.find(needle)
        if start < 0 or not needle:
            continue
        hit.update(owner[start : start + len(needle)])
        found = True
    return found


def render_page(pdf_path: Path, number: int, quote: str | None = None, resolution: int = 110) -> bytes:
    """PNG bytes of page ``number`` (1-based); the quote's words marked when given and found."""
    quote = (quote or "")[:MAX_QUOTE]
    stat = pdf_path.stat()
    key = (str(pdf_path), stat.st_mtime_ns, stat.st_size, number, quote, resolution)
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    png = _render(pdf_path, number, quote, resolution)
    with _cache_lock:
        _cache[key] = png
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return png


def _render(pdf_path: Path, number: int, quote: str, resolution: int) -> bytes:
    import pdfplumber

    with pdfplumber.open(pdf_path) as pdf:
        if not 1 <= number <= len(pdf.pages):
            raise PageNotFoundError(f"Sidan {number} finns inte / no page {number}")
        page = pdf.pages[number - 1]
        image = page.to_image(resolution=resolution)
        if quote.strip():
            words = page.extract_words(keep_blank_chars=False, use_text_flow=True)
            for x0, top, x1, bottom in quote_boxes(words, quote):
                image.draw_rect((x0 - 1, top - 1, x1 + 1, bottom + 1), fill=FILL, stroke=STROKE, stroke_width=1)
        buf = io.BytesIO()
        image.save(buf, format="PNG")
        return buf.getvalue()
