#!/usr/bin/env python3
"""Check b8.jsonl and f5.jsonl: JSON validity, required fields, and that every
quote is found on its cited page(s) via pdfplumber page.extract_text()
(whitespace collapsed, case kept). Quotes with "quote_source": "image" are skipped
(they were checked against the rendered page / tesseract separately).
Usage: python check.py [files...]"""
import json, os, re, sys
import pdfplumber

PDF_DIR = "/work/blind/pdfs"
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
FILES = sys.argv[1:] or [os.path.join(OUT_DIR, "b8.jsonl"), os.path.join(OUT_DIR, "f5.jsonl")]

BASE = ["id", "lang", "type", "question", "answer", "numbers", "doc", "pages", "quotes"]
FOLLOW = BASE + ["history", "standalone"]
TYPES = {"number", "table", "fact", "list", "recommendation", "unanswerable", "followup"}

_cache = {}


def page_text(doc, page):
    key = (doc, page)
    if key not in _cache:
        with pdfplumber.open(os.path.join(PDF_DIR, doc + ".pdf")) as pdf:
            for i, p in enumerate(pdf.pages, 1):
                _cache[(doc, i)] = re.sub(r"\s+", " ", p.extract_text() or "").strip()
            _cache.setdefault(("__n__", doc), len(pdf.pages))
    return _cache.get(key)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


problems = []
n_lines = n_quotes = n_checked = n_image = 0
for fn in FILES:
    with open(fn, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip():
                problems.append(f"{fn}:{ln}: empty line")
                continue
            n_lines += 1
            try:
                d = json.loads(line)
            except Exception as e:
                problems.append(f"{fn}:{ln}: JSON error {e}")
                continue
            qid = d.get("id", f"line{ln}")
            need = FOLLOW if d.get("type") == "followup" else BASE
            for k in need:
                if k not in d:
                    problems.append(f"{qid}: missing field {k}")
            if d.get("type") not in TYPES:
                problems.append(f"{qid}: bad type {d.get('type')}")
            if d.get("lang") not in ("sv", "en"):
                problems.append(f"{qid}: bad lang {d.get('lang')}")
            if not isinstance(d.get("numbers", []), list) or not isinstance(d.get("quotes", []), list):
                problems.append(f"{qid}: numbers/quotes must be lists")
            if d.get("type") == "followup":
                if not isinstance(d.get("history"), list) or not (1 <= len(d.get("history", [])) <= 2):
                    problems.append(f"{qid}: history must be a list of 1-2 questions")
                if not isinstance(d.get("standalone"), bool):
                    problems.append(f"{qid}: standalone must be boolean")
            doc = d.get("doc")
            if d.get("type") == "unanswerable":
                if d.get("quotes") or d.get("pages"):
                    problems.append(f"{qid}: unanswerable should have empty quotes/pages")
                if doc and not os.path.exists(os.path.join(PDF_DIR, doc + ".pdf")):
                    problems.append(f"{qid}: doc not found {doc}")
                continue
            if not doc or not os.path.exists(os.path.join(PDF_DIR, doc + ".pdf")):
                problems.append(f"{qid}: doc not found {doc}")
                continue
            if not d.get("pages"):
                problems.append(f"{qid}: no pages")
            if not d.get("quotes"):
                problems.append(f"{qid}: no quotes")
            for qt in d.get("quotes", []):
                n_quotes += 1
                nw = len(norm(qt).split())
                if nw < 8 or nw > 30:
                    problems.append(f"{qid}: quote has {nw} words (want 8-30): {qt[:60]}")
                if d.get("quote_source") == "image":
                    n_image += 1
                    continue
                n_checked += 1
                found = False
                for pg in d.get("pages", []):
                    t = page_text(doc, pg)
                    if t is None:
                        problems.append(f"{qid}: page {pg} out of range for {doc}")
                        continue
                    if norm(qt) in t:
                        found = True
                        break
                if not found:
                    problems.append(f"{qid}: quote NOT found on pages {d.get('pages')} of {doc}: {qt}")

print(f"lines: {n_lines}, quotes: {n_quotes} (checked via pdfplumber: {n_checked}, image-skipped: {n_image})")
if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("OK: no problems found")
