"""Check that every quote of the blind questions stands on its page.

    python -m eval.blind.verify_quotes [--ocr]

A quote is found when its words, in order, are in the page text read by pdfplumber (whitespace collapsed, words
hyphenated at a line end joined, bullets dropped), reading the whole page or each half of a two-column page.
Quotes marked ``quote_source: image`` (scanned pages, broken text layers) are compared with the page's OCR text
by fuzzy matching when ``--ocr`` is given (tesseract), and otherwise counted as not checked.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pdfplumber

from eval.tables_blind import pdf_path

HERE = Path(__file__).resolve().parent


def _norm(text: str) -> str:
    text = re.sub(r"[▪•●■◦·\uf0b7]", " ", text)
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text)
    return re.sub(r"\s+", " ", text).strip().lower()


@lru_cache(maxsize=64)
def _page_texts(path: Path, page: int) -> tuple[str, ...]:
    with pdfplumber.open(path) as pdf:
        if not 1 <= page <= len(pdf.pages):
            return ()
        p = pdf.pages[page - 1]
        full = p.extract_text() or ""
        mid = float(p.width) / 2
        left = p.crop((0, 0, mid, float(p.height))).extract_text() or ""
        right = p.crop((mid, 0, float(p.width), float(p.height))).extract_text() or ""
    return (_norm(full), _norm(left + "\n" + right), _norm(full).replace("- ", ""))


@lru_cache(maxsize=64)
def _ocr_text(path: Path, page: int) -> str:
    png = subprocess.run(["pdftoppm", "-r", "200", "-f", str(page), "-l", str(page), "-png", str(path)],
                         capture_output=True, check=True).stdout
    out = subprocess.run(["tesseract", "stdin", "stdout", "-l", "swe"], input=png, capture_output=True, check=True)
    return _norm(out.stdout.decode("utf-8", "replace"))


def quote_found(doc: str, pages: list[int], quote: str) -> bool:
    path = pdf_path(doc)
    if path is None:
        return False
    q = _norm(quote)
    return any(q in t or q.replace("- ", "") in t for p in pages for t in _page_texts(path, p))


def image_quote_score(doc: str, pages: list[int], quote: str) -> float:
    from rapidfuzz import fuzz

    path = pdf_path(doc)
    if path is None:
        return 0.0
    return max((fuzz.partial_ratio(_norm(quote), _ocr_text(path, p)) for p in pages), default=0.0)


def _items(files: list[Path]) -> list[dict]:
    return [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--ocr", action="store_true", help="fuzzy-check image quotes against tesseract OCR")
    args = ap.parse_args(argv)
    files = [HERE / n for n in ("dev.jsonl", "test.jsonl", "followups_dev.jsonl", "followups_test.jsonl")]
    ok = bad = unchecked = 0
    for q in _items(files):
        for quote in q.get("quotes") or []:
            if q.get("quote_source") == "image":
                if not args.ocr:
                    unchecked += 1
                    continue
                score = image_quote_score(q["doc"], q["pages"], quote)
                if score >= 80:
                    ok += 1
                else:
                    bad += 1
                    print(f"{q['id']}: image quote {score:.0f}/100 against OCR: {quote[:70]!r}")
                continue
            if quote_found(q["doc"], q["pages"], quote):
                ok += 1
            else:
                bad += 1
                print(f"{q['id']}: not on page {q['pages']} of {q['doc']}: {quote[:70]!r}")
    print(f"{ok} quotes found, {bad} not found, {unchecked} image quotes not checked (use --ocr)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
