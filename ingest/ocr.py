"""OCR of rendered pages into page-true words (bounding boxes in PDF points), in Swedish.

Engines: Debian's ``tesseract`` with ``tesseract-ocr-swe`` (a subprocess, TSV output: words with boxes) and
``rapidocr`` (ONNX models bundled with the PyPI package; text lines, split into words). Pages are rendered with
pypdfium2 (shipped with pdfplumber). The engine is chosen by measurement: ``python -m eval.ocr_eval``.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import time
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from ingest.layout import Word
from ingest.models import IngestOptions
from rodatraden.errors import OcrUnavailableError

MIN_CONFIDENCE = 30  # tesseract word confidence (0-100) below this: noise (specks, rules, stamps)


def render_page(pdf_path: Path, page_index: int, dpi: int):
    """The page as a greyscale PIL image at ``dpi``."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf_path))
    try:
        page = doc[page_index]
        img = page.render(scale=dpi / 72, grayscale=True).to_pil()
        page.close()
    finally:
        doc.close()
    return img


def tesseract_available(lang: str = "swe") -> bool:
    return _tesseract_langs() is not None and lang in (_tesseract_langs() or ())


@lru_cache(maxsize=1)
def _tesseract_langs() -> tuple[str, ...] | None:
    exe = shutil.which("tesseract")
    if not exe:
        return None
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return tuple(x.strip() for x in out.splitlines()[1:] if x.strip())


def _tesseract(img, args: list[str], timeout: float) -> subprocess.CompletedProcess:
    """``tesseract stdin stdout ARGS`` on ``img`` as PNG, one thread (the pages are the parallel unit)."""
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return subprocess.run(["tesseract", "stdin", "stdout", *args], input=buf.getvalue(), capture_output=True,
                          env={**os.environ, "OMP_THREAD_LIMIT": "1"}, timeout=timeout)


def ocr_tesseract(img, dpi: int, lang: str = "swe") -> list[Word]:
    """Words with boxes from ``tesseract … tsv``; every word of a text line gets the line's top/bottom and size."""
    if not tesseract_available(lang):
        raise OcrUnavailableError(f"tesseract with the '{lang}' language is not installed (apt-get install tesseract-ocr tesseract-ocr-{lang})")
    proc = _tesseract(img, ["-l", lang, "--psm", "3", "--dpi", str(dpi), "tsv"], timeout=600)
    if proc.returncode != 0:
        raise OcrUnavailableError(f"tesseract failed: {proc.stderr.decode('utf-8', 'replace').strip()[:160]}")
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode("utf-8", "replace")), delimiter="\t", quoting=csv.QUOTE_NONE))
    k = 72.0 / dpi
    lines: dict[tuple, tuple[float, float]] = {}
    line_text: dict[tuple, str] = {}
    for r in rows:
        key = (r.get("block_num"), r.get("par_num"), r.get("line_num"))
        if r.get("level") == "4":
            top, h = float(r["top"]), float(r["height"])
            lines[key] = (top * k, (top + h) * k)
        elif r.get("level") == "5":
            line_text[key] = line_text.get(key, "") + (r.get("text") or "")
    words: list[Word] = []
    level5 = [r for r in rows if r.get("level") == "5" and (r.get("text") or "").strip()]
    for n, r in enumerate(level5):
        text = (r.get("text") or "").strip()
        if float(r.get("conf") or -1) < MIN_CONFIDENCE and not _number_head(r, level5[n + 1] if n + 1 < len(level5) else None):
            continue
        if STRAY_RULE.fullmatch(text):
            continue  # a table's vertical rule read as a glyph
        if PERCENT_DIGITS.fullmatch(text):
            text = _reread_number(img, r, dpi) or text
        key = (r["block_num"], r["par_num"], r["line_num"])
        x0, w = float(r["left"]) * k, float(r["width"]) * k
        top, bottom = lines.get(key, (float(r["top"]) * k, (float(r["top"]) + float(r["height"])) * k))
        words.append(Word(unicodedata.normalize("NFC", text), x0, x0 + w, top, bottom, _size(bottom - top, line_text.get(key, text)), False, spaced=True))
    return _bullets(words)


STRAY_RULE = re.compile(r"[|¦]+")
# The Swedish model reads a percent sign glued to its number as digits ("25%" -> "2594", "10%" -> "1096"); the
# English model, which saw more percent signs, reads the same word right. Numbers are the same in both languages, so
# a number ending in those digits is read again on its own by the English model, which decides.
PERCENT_DIGITS = re.compile(r"\d+(?:94|96|946)[.,]?")


def _reread_number(img, r: dict, dpi: int) -> str | None:
    """The word of TSV row ``r`` read again alone (``--psm 8``) by the English model; its reading when it is the
    same number with a percent sign ("25%"), else None."""
    left, top, w, h = (int(r[k]) for k in ("left", "top", "width", "height"))
    pad = max(4, h // 3)
    crop = img.crop((max(0, left - pad), max(0, top - pad), left + w + pad, top + h + pad))
    try:
        proc = _tesseract(crop, ["-l", "eng", "--psm", "8", "--dpi", str(dpi)], timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    got = proc.stdout.decode("utf-8", "replace").strip()
    text = (r.get("text") or "").strip()
    m = re.fullmatch(r"(\d+)\s?%([.,]?)", got)
    return m.group(1) + "%" + m.group(2) if m and text.startswith(m.group(1)) else None
_HEAD = re.compile(r"[-−–—+]?\d{1,3}")
_GROUP = re.compile(r"\d{3}(?:[,.]\d+)?")


def _number_head(r: dict, nxt: dict | None) -> bool:
    """A low-confidence word that is the leading group of a number ("-175" before "526"): the next word on its
    line is a confident three-digit group right after it (tesseract often doubts the first group and its sign)."""
    if nxt is None or not _HEAD.fullmatch((r.get("text") or "").strip()):
        return False
    same_line = all(r.get(k) == nxt.get(k) for k in ("block_num", "par_num", "line_num"))
    gap = float(nxt["left"]) - (float(r["left"]) + float(r["width"]))
    return (same_line and _GROUP.fullmatch((nxt.get("text") or "").strip()) is not None
            and float(nxt.get("conf") or -1) >= MIN_CONFIDENCE and 0 <= gap <= 0.8 * float(r["height"]))


BULLET_MISREADS = {"e", "o", "«", "»", "°", "*", "¢", "©"}  # how tesseract (swe) reads a round list bullet


def _bullets(words: list[Word]) -> list[Word]:
    """A line that starts with a lone 'e' (or similar) set apart from a capitalised word is a bulleted item:
    the bullet becomes '•' so the item is found as in a text layer (ingest.clean.BULLET_RE)."""
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        first = i == 0 or words[i - 1].top != w.top or words[i - 1].x1 > w.x0
        if first and w.text in BULLET_MISREADS and nxt is not None and nxt.top == w.top and nxt.text[:1].isupper() \
                and nxt.x0 - w.x1 > 0.3 * (w.bottom - w.top):
            w.text = "•"
    return words


DESCENDERS = set("gjpqyQ,;()[]{}")


def _size(line_height: float, text: str) -> float:
    """A font size from an OCR line box, in half points. The box spans cap height to descender (about 0.93 of
    the size) when the line has a letter with a descender, else cap height to baseline (about 0.72)."""
    ratio = 0.93 if any(c in DESCENDERS for c in text) else 0.72
    return round(2 * line_height / ratio) / 2


@lru_cache(maxsize=1)
def _rapidocr_engine():
    from rapidocr import RapidOCR

    return RapidOCR(params={"Global.log_level": "error", "EngineConfig.onnxruntime.intra_op_num_threads": 2})


def ocr_rapidocr(img, dpi: int, lang: str = "swe") -> list[Word]:
    """Text lines from rapidocr, cut into words with x-positions in proportion to their characters."""
    import numpy as np

    res = _rapidocr_engine()(np.array(img.convert("RGB")))
    k = 72.0 / dpi
    words: list[Word] = []
    if res.boxes is None:
        return words
    for box, txt in zip(res.boxes, res.txts):
        xs, ys = [p[0] for p in box], [p[1] for p in box]
        x0, x1, top, bottom = min(xs) * k, max(xs) * k, min(ys) * k, max(ys) * k
        txt = unicodedata.normalize("NFC", txt.strip())
        if not txt:
            continue
        size = _size(bottom - top, txt)
        per = (x1 - x0) / max(len(txt), 1)
        pos = 0
        for part in txt.split(" "):
            if part:
                words.append(Word(part, x0 + pos * per, x0 + (pos + len(part)) * per, top, bottom, size, False, spaced=True))
            pos += len(part) + 1
    return words


ENGINES: dict[str, Callable] = {"tesseract": ocr_tesseract, "rapidocr": ocr_rapidocr}
SIZE_STEP = 0.12  # line sizes within 12 % of their neighbour are one font size (OCR boxes are noisy)


def snap_sizes(words: list[Word]) -> list[Word]:
    """One size per cluster of near-equal estimated sizes, so a heading's lines (with and without descenders)
    and a paragraph's lines each share one size, as they would in a text layer."""
    sizes = sorted({w.size for w in words})
    if not sizes:
        return words
    clusters: list[list[float]] = [[sizes[0]]]
    for s in sizes[1:]:
        if s <= clusters[-1][-1] * (1 + SIZE_STEP):
            clusters[-1].append(s)
        else:
            clusters.append([s])
    weight: dict[float, int] = {}
    for w in words:
        weight[w.size] = weight.get(w.size, 0) + len(w.text)
    snap = {}
    for c in clusters:
        common = max(c, key=lambda s: weight[s])
        snap.update({s: common for s in c})
    for w in words:
        w.size = snap[w.size]
    return words


# How OCR reads a percent sign: after a label word in parentheses ("Soliditet (%)" -> "(96)", "(926)", "(26)"),
# after a number on its own ("3,74 %" -> "3,74 Yo"). A bare "96" after a number stays a number.
PERCENT_IN_PARENS = {"96", "926", "26", "260", "9%", "%6", "Yo", "%o", "Y%", "0/0"}
PERCENT_AFTER_NUMBER = {"Yo", "%o", "Y%", "9%", "%6", "0/0", "°/o"}
_NUMBERISH = re.compile(r"[-−–]?\d[\d\s.,]*")


def percent_signs(words: list[Word]) -> list[Word]:
    """Percent signs that OCR misread, put back: "(96)" after a word -> "(%)", "Yo" after a number -> "%"."""
    for i, w in enumerate(words):
        prev = words[i - 1] if i else None
        if prev is None or prev.top != w.top or prev.x1 > w.x0:
            continue  # the first word of its line
        t = w.text
        if t.startswith("(") and t.endswith(")") and t[1:-1] in PERCENT_IN_PARENS and prev.text[-1:].isalpha():
            w.text = "(%)"
        elif t in PERCENT_AFTER_NUMBER and _NUMBERISH.fullmatch(prev.text):
            w.text = "%"
    return words


def ocr_page(pdf_path: Path, page_index: int, options: IngestOptions) -> list[Word]:
    img = render_page(pdf_path, page_index, options.ocr_dpi)
    return percent_signs(snap_sizes(ENGINES[options.ocr_engine](img, options.ocr_dpi, options.ocr_lang)))


def ocr_pages(pdf_path: Path, pages: list, todo: list, options: IngestOptions, progress: Callable[[str], None] | None = None) -> None:
    """OCR each page in ``todo`` (ingest.textlayer.PageText) in place: its words, ``ocr=True``.

    A page where OCR finds nothing keeps its text layer. Progress: one line per page, with the time it took."""
    for n, pt in enumerate(todo, 1):
        t0 = time.perf_counter()
        words = ocr_page(pdf_path, pt.number - 1, options)
        if words:
            pt.words, pt.ocr = words, True
        if progress:
            progress(f"OCR {pdf_path.name}: page {pt.number} ({n}/{len(todo)}), {len(words)} words, {time.perf_counter() - t0:.1f} s")
