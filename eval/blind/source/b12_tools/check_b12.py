#!/work/blind/.venv/bin/python
"""Check b12.jsonl / f9.jsonl: JSON validity, required fields, and that every quote
(except quote_source == "image") is found on its page(s) with pdfplumber
(page.extract_text(), whitespace collapsed)."""
import json
import re
import sys
from pathlib import Path

import pdfplumber

PDF_DIR = Path("/work/blind/pdfs")
OUT = Path("/work/blind/out")
FILES = [OUT / "b12.jsonl", OUT / "f9.jsonl"]
TYPES = {"number", "table", "fact", "list", "recommendation", "unanswerable", "followup"}
REQ = ["id", "lang", "type", "question", "answer", "numbers", "doc", "pages", "quotes"]
REQ_F = REQ + ["history", "standalone"]

_cache = {}
_cache_cols = {}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def page_text(doc, p):
    key = (doc, p)
    if key not in _cache:
        with pdfplumber.open(PDF_DIR / f"{doc}.pdf") as pdf:
            if p < 1 or p > len(pdf.pages):
                _cache[key] = None
            else:
                _cache[key] = norm(pdf.pages[p - 1].extract_text() or "")
    return _cache[key]


def page_text_columns(doc, p):
    """Fallback for two-column layouts: left half + right half, each read top-down."""
    key = (doc, p)
    if key not in _cache_cols:
        with pdfplumber.open(PDF_DIR / f"{doc}.pdf") as pdf:
            pg = pdf.pages[p - 1]
            w, h = pg.width, pg.height
            left = pg.crop((0, 0, w / 2, h)).extract_text() or ""
            right = pg.crop((w / 2, 0, w, h)).extract_text() or ""
            _cache_cols[key] = norm(left + " " + right)
    return _cache_cols[key]


def main(paths):
    problems = 0
    n_quotes = n_checked = n_cols = 0
    docs = {p.stem for p in PDF_DIR.glob("*.pdf")}
    for path in paths:
        ids = set()
        for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                o = json.loads(line)
            except Exception as e:  # noqa
                print(f"{path.name}:{ln} JSON ERROR {e}")
                problems += 1
                continue
            req = REQ_F if o.get("type") == "followup" else REQ
            miss = [k for k in req if k not in o]
            if miss:
                print(f"{path.name}:{ln} {o.get('id')} missing fields {miss}")
                problems += 1
            if o.get("id") in ids:
                print(f"{path.name}:{ln} duplicate id {o.get('id')}")
                problems += 1
            ids.add(o.get("id"))
            if o.get("type") not in TYPES:
                print(f"{o.get('id')}: bad type {o.get('type')}")
                problems += 1
            if o.get("lang") not in ("sv", "en"):
                print(f"{o.get('id')}: bad lang")
                problems += 1
            doc = o.get("doc")
            if o.get("type") == "unanswerable":
                if o.get("quotes"):
                    print(f"{o['id']}: unanswerable with quotes")
                    problems += 1
                if doc is not None and doc not in docs:
                    print(f"{o['id']}: unknown doc {doc}")
                    problems += 1
                continue
            if doc not in docs:
                print(f"{o.get('id')}: unknown doc {doc}")
                problems += 1
                continue
            if not o.get("pages") or not o.get("quotes"):
                print(f"{o['id']}: no pages or quotes")
                problems += 1
                continue
            for q in o["quotes"]:
                n_quotes += 1
                nw = len(q.split())
                if nw < 8 or nw > 30:
                    print(f"{o['id']}: quote length {nw} words: {q[:60]}")
                if o.get("quote_source") == "image":
                    continue
                n_checked += 1
                nq = norm(q)
                found = any((page_text(doc, p) or "").find(nq) >= 0 for p in o["pages"])
                if not found:
                    found = any(page_text_columns(doc, p).find(nq) >= 0 for p in o["pages"]
                                if page_text(doc, p) is not None)
                    if found:
                        n_cols += 1
                        print(f"{o['id']}: note: quote found only when reading the page as two columns")
                if not found:
                    print(f"{o['id']}: QUOTE NOT FOUND on pages {o['pages']} of {doc}: {q}")
                    problems += 1
            # numbers should appear in answer
            for num in o.get("numbers", []):
                if num not in o.get("answer", ""):
                    print(f"{o['id']}: number {num!r} not in answer")
        print(f"{path.name}: {len(ids)} records")
    print(f"quotes total {n_quotes}, text-checked {n_checked} (of which {n_cols} via two-column reading), "
          f"image quotes {n_quotes - n_checked}, problems {problems}")
    return problems


if __name__ == "__main__":
    paths = [Path(a) for a in sys.argv[1:]] or [p for p in FILES if p.exists()]
    sys.exit(1 if main(paths) else 0)
