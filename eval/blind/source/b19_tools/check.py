#!/work/blind/.venv/bin/python
"""Checker for b19.jsonl / f16.jsonl.

* every line parses as JSON and has the required fields
* non-image quotes: found verbatim (whitespace collapsed) in pdfplumber page.extract_text()
  of one of the cited pages
* image quotes (quote_source == "image"): fuzzy partial ratio >= 85 against tesseract OCR
  (pdftoppm -r 200 | tesseract - -l swe) of one of the cited pages
* numbers: each entry appears on one of the cited pages (pdfplumber text or OCR)
Usage: check.py [files...]   (default: b19.jsonl f16.jsonl next to this script)
"""
import json, os, re, subprocess, sys, hashlib
import pdfplumber
from rapidfuzz import fuzz

HERE = os.path.dirname(os.path.abspath(__file__))
PDFDIR = "/work/blind/pdfs"
CACHE = "/tmp/b19_check_cache"
os.makedirs(CACHE, exist_ok=True)
TYPES = {"number", "table", "fact", "list", "recommendation", "unanswerable", "followup"}

def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2212", "-").replace("\u2013", "–")
    return re.sub(r"\s+", " ", s).strip()

_text = {}
def page_text(doc, page):
    key = (doc, page)
    if key not in _text:
        with pdfplumber.open(os.path.join(PDFDIR, doc + ".pdf")) as pdf:
            for i, p in enumerate(pdf.pages, 1):
                _text[(doc, i)] = norm(p.extract_text() or "")
    return _text.get(key)

def n_pages(doc):
    with pdfplumber.open(os.path.join(PDFDIR, doc + ".pdf")) as pdf:
        return len(pdf.pages)

def ocr_text(doc, page):
    f = os.path.join(CACHE, f"{doc}-{page}.txt")
    if not os.path.exists(f):
        png = subprocess.run(["pdftoppm", "-r", "200", "-f", str(page), "-l", str(page), "-png",
                              os.path.join(PDFDIR, doc + ".pdf")], capture_output=True, check=True).stdout
        t = subprocess.run(["tesseract", "-", "-", "-l", "swe"], input=png, capture_output=True, check=True).stdout
        open(f, "wb").write(t)
    return norm(open(f, encoding="utf-8", errors="replace").read())

def num_found(num, hay):
    n = norm(num)
    if n in hay:
        return True
    return n.replace(" ", "") in hay.replace(" ", "")

def check_file(path):
    problems = []
    ids = []
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    for ln, line in enumerate(lines, 1):
        if not line.strip():
            problems.append(f"{path}:{ln}: empty line"); continue
        try:
            d = json.loads(line)
        except Exception as e:
            problems.append(f"{path}:{ln}: JSON error {e}"); continue
        qid = d.get("id", f"line{ln}")
        ids.append(qid)
        for k in ("id", "lang", "type", "question", "answer", "numbers", "doc", "pages", "quotes"):
            if k not in d:
                problems.append(f"{qid}: missing field {k}")
        if d.get("lang") not in ("sv", "en"):
            problems.append(f"{qid}: bad lang")
        t = d.get("type")
        if t not in TYPES:
            problems.append(f"{qid}: bad type {t}")
        if t == "followup":
            if not isinstance(d.get("history"), list) or not (1 <= len(d["history"]) <= 2):
                problems.append(f"{qid}: followup needs history of 1-2 questions")
            if not isinstance(d.get("standalone"), bool):
                problems.append(f"{qid}: followup needs boolean standalone")
        doc = d.get("doc")
        if t == "unanswerable":
            if d.get("quotes") or d.get("numbers"):
                problems.append(f"{qid}: unanswerable must have empty quotes/numbers")
            if doc is not None and not os.path.exists(os.path.join(PDFDIR, doc + ".pdf")):
                problems.append(f"{qid}: unknown doc {doc}")
            continue
        if not doc or not os.path.exists(os.path.join(PDFDIR, doc + ".pdf")):
            problems.append(f"{qid}: unknown doc {doc}"); continue
        pages = d.get("pages") or []
        npg = n_pages(doc)
        if not pages or any((not isinstance(p, int)) or p < 1 or p > npg for p in pages):
            problems.append(f"{qid}: bad pages {pages} (doc has {npg})"); continue
        quotes = d.get("quotes") or []
        if not quotes:
            problems.append(f"{qid}: no quotes")
        image = d.get("quote_source") == "image"
        for qt in quotes:
            nw = len(qt.split())
            if nw < 8 or nw > 30:
                problems.append(f"{qid}: quote has {nw} words (want 8-30): {qt[:60]}")
            nq = norm(qt)
            if image:
                best = max(fuzz.partial_ratio(nq, ocr_text(doc, p)) for p in pages)
                if best < 85:
                    problems.append(f"{qid}: image quote only {best:.0f} vs OCR: {qt[:70]}")
            else:
                if not any(nq in (page_text(doc, p) or "") for p in pages):
                    problems.append(f"{qid}: quote not found on pages {pages}: {qt[:70]}")
        for num in d.get("numbers") or []:
            ok = any(num_found(num, page_text(doc, p) or "") for p in pages)
            if not ok:
                ok = any(num_found(num, ocr_text(doc, p)) for p in pages)
            if not ok:
                problems.append(f"{qid}: number {num!r} not found on pages {pages}")
    if len(set(ids)) != len(ids):
        problems.append(f"{path}: duplicate ids")
    return problems, len(lines)

def main():
    files = sys.argv[1:] or [os.path.join(HERE, "b19.jsonl"), os.path.join(HERE, "f16.jsonl")]
    total = []
    for f in files:
        probs, n = check_file(f)
        print(f"{os.path.basename(f)}: {n} lines, {len(probs)} problems")
        for p in probs:
            print("  " + p)
        total += probs
    print("ALL OK" if not total else f"TOTAL PROBLEMS: {len(total)}")
    sys.exit(1 if total else 0)

if __name__ == "__main__":
    main()
