#!/usr/bin/env python3
"""Checker for b13.jsonl and f10.jsonl.

- every line parses as JSON and has the required fields
- every non-image quote is found on its page(s) (pdfplumber page.extract_text(),
  whitespace collapsed); quotes marked quote_source=image are skipped
- every `numbers` entry appears in the answer
- quote length 8-30 words (all quotes, image ones included)
- counts per type / language / document

Usage: /work/blind/.venv/bin/python check_b13.py [files...]
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pdfplumber

PDF_DIR = Path("/work/blind/pdfs")
OUT_DIR = Path(__file__).resolve().parent
DEFAULT_FILES = [OUT_DIR / "b13.jsonl", OUT_DIR / "f10.jsonl"]
TYPES = {"number", "table", "fact", "list", "recommendation", "unanswerable", "followup"}

_page_cache = {}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def page_text(doc, page):
    key = (doc, page)
    if key not in _page_cache:
        with pdfplumber.open(PDF_DIR / f"{doc}.pdf") as pdf:
            _page_cache[key] = norm(pdf.pages[page - 1].extract_text() or "")
    return _page_cache[key]


def check_file(path):
    problems = []
    items = []
    n_checked = n_image = 0
    for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            problems.append(f"{path.name}:{ln}: empty line")
            continue
        try:
            it = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"{path.name}:{ln}: JSON error {e}")
            continue
        items.append(it)
        iid = it.get("id", f"line{ln}")
        for f in ("id", "lang", "type", "question", "answer", "numbers", "doc", "pages", "quotes"):
            if f not in it:
                problems.append(f"{iid}: missing field {f}")
        if it.get("type") not in TYPES:
            problems.append(f"{iid}: bad type {it.get('type')}")
        if it.get("lang") not in ("sv", "en"):
            problems.append(f"{iid}: bad lang {it.get('lang')}")
        if it.get("type") == "followup":
            if not isinstance(it.get("history"), list) or not it["history"]:
                problems.append(f"{iid}: followup without history")
            if not isinstance(it.get("standalone"), bool):
                problems.append(f"{iid}: followup without boolean standalone")
        # numbers must appear in the answer
        ans = it.get("answer", "")
        for num in it.get("numbers", []):
            if num not in ans:
                problems.append(f"{iid}: number {num!r} not in answer")
        doc = it.get("doc")
        if it.get("type") == "unanswerable":
            if it.get("quotes"):
                problems.append(f"{iid}: unanswerable with quotes")
            continue
        if doc and not (PDF_DIR / f"{doc}.pdf").exists():
            problems.append(f"{iid}: doc {doc} not found")
            continue
        if not it.get("quotes"):
            problems.append(f"{iid}: no quotes")
        for q in it.get("quotes", []):
            wc = len(norm(q).split())
            if wc < 8 or wc > 30:
                problems.append(f"{iid}: quote has {wc} words (8-30 wanted): {q[:60]!r}")
        if it.get("quote_source") == "image":
            n_image += len(it.get("quotes", []))
            continue
        pages = it.get("pages", [])
        for q in it.get("quotes", []):
            nq = norm(q)
            found = any(nq in page_text(doc, p) for p in pages)
            n_checked += 1
            if not found:
                problems.append(f"{iid}: QUOTE NOT FOUND on pages {pages}: {q!r}")
    return items, problems, n_checked, n_image


def main():
    files = [Path(a) for a in sys.argv[1:]] or [p for p in DEFAULT_FILES if p.exists()]
    all_problems = []
    tot_checked = tot_image = 0
    for f in files:
        items, problems, n_checked, n_image = check_file(f)
        all_problems += problems
        tot_checked += n_checked
        tot_image += n_image
        ids = [it.get("id") for it in items]
        dup = [i for i, c in Counter(ids).items() if c > 1]
        if dup:
            all_problems.append(f"{f.name}: duplicate ids {dup}")
        print(f"== {f.name}: {len(items)} items")
        print("  types:", dict(Counter(it.get("type") for it in items)))
        print("  langs:", dict(Counter(it.get("lang") for it in items)))
        if any(it.get("type") == "followup" for it in items):
            print("  standalone:", dict(Counter(it.get("standalone") for it in items)))
        print("  docs:")
        for d, c in sorted(Counter(it.get("doc") for it in items).items(), key=lambda x: str(x[0])):
            print(f"    {c:2d}  {d}")
    print(f"quotes checked against text layer: {tot_checked}; image quotes skipped: {tot_image}")
    if all_problems:
        print(f"\n{len(all_problems)} PROBLEM(S):")
        for p in all_problems:
            print("  " + p)
        sys.exit(1)
    print("OK: all lines parse, all text-layer quotes found, all numbers in answers")


if __name__ == "__main__":
    main()
