#!/usr/bin/env python3
"""Checks b20.jsonl / f17.jsonl.

* every line parses as JSON and has the required fields
* every non-image quote is found (whitespace collapsed) on one of its listed pages
  with pdfplumber page.extract_text()
* image quotes are compared fuzzily with an OCR of the page (tesseract -l swe),
  only as a sanity report
* quote length 8-30 words, numbers appear in the answer, counts per type/lang/doc
"""
import json, re, sys, os, subprocess, collections
import pdfplumber
from rapidfuzz import fuzz

PDF = "/work/blind/pdfs"
OCR_DIRS = ["/tmp/b20ocr", "/tmp/b20ocr2"]
TYPES = {"number", "table", "fact", "list", "recommendation", "unanswerable", "followup"}

_cache = {}


def page_text(doc, p):
    key = (doc, p)
    if key not in _cache:
        with pdfplumber.open(f"{PDF}/{doc}.pdf") as pdf:
            _cache[key] = pdf.pages[p - 1].extract_text() or ""
    return _cache[key]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def ocr_text(doc, p):
    for d in OCR_DIRS:
        for cand in (f"{d}/{doc}-{p}.txt", f"{d}/{doc}-{p:02d}.txt"):
            if os.path.exists(cand):
                return open(cand).read()
    img = f"/tmp/b20chk-{doc}-{p}"
    subprocess.run(["pdftoppm", "-r", "200", "-f", str(p), "-l", str(p), "-png",
                    f"{PDF}/{doc}.pdf", img], check=True)
    png = [f for f in os.listdir("/tmp") if f.startswith(os.path.basename(img)) and f.endswith(".png")][0]
    out = subprocess.run(["tesseract", f"/tmp/{png}", "-", "-l", "swe"],
                         capture_output=True, text=True).stdout
    return out


def dehyph(s):
    return norm(re.sub(r"-\s*\n\s*", "", s))


def check(path):
    bad = 0
    img_quotes = 0
    recs = []
    with open(path) as f:
        for ln, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except Exception as e:
                print(f"{path}:{ln} JSON ERROR {e}")
                bad += 1
    ids = set()
    for r in recs:
        rid = r["id"]
        if rid in ids:
            print(rid, "duplicate id"); bad += 1
        ids.add(rid)
        for k in ("lang", "type", "question", "answer", "numbers", "doc", "pages", "quotes"):
            if k not in r:
                print(rid, "missing", k); bad += 1
        if r["type"] not in TYPES:
            print(rid, "bad type", r["type"]); bad += 1
        if r["lang"] not in ("sv", "en"):
            print(rid, "bad lang"); bad += 1
        if r["type"] == "followup":
            if not r.get("history") or "standalone" not in r:
                print(rid, "followup fields missing"); bad += 1
        if r["type"] == "unanswerable":
            if r["quotes"] or r["pages"]:
                print(rid, "unanswerable with quotes/pages"); bad += 1
            continue
        if r["doc"] is None or not os.path.exists(f"{PDF}/{r['doc']}.pdf"):
            print(rid, "bad doc", r["doc"]); bad += 1
            continue
        for n in r["numbers"]:
            if n not in r["answer"] and n.replace(",", " ") not in r["answer"]:
                print(rid, "NOTE number not literally in answer:", n)
        image = r.get("quote_source") == "image"
        for q in r["quotes"]:
            nw = len(q.split())
            if nw < 8 or nw > 30:
                print(rid, f"quote length {nw} words:", q[:60])
            if image:
                img_quotes += 1
                best = 0
                for p in r["pages"]:
                    o = dehyph(ocr_text(r["doc"], p))
                    best = max(best, fuzz.partial_ratio(norm(q), o))
                flag = "" if best >= 90 else "  <-- CHECK"
                if flag:
                    print(rid, f"image quote ocr-similarity {best:.0f}{flag}:", q[:70])
                continue
            found = [p for p in r["pages"] if norm(q) in norm(page_text(r["doc"], p))]
            if not found:
                print(rid, "QUOTE NOT FOUND on pages", r["pages"], ":", q)
                bad += 1
        for p in r["pages"]:
            if image:
                continue
            if not any(norm(q) in norm(page_text(r["doc"], p)) for q in r["quotes"]):
                print(rid, "NOTE page without a quote:", p)
    c_type = collections.Counter(r["type"] for r in recs)
    c_lang = collections.Counter(r["lang"] for r in recs)
    c_doc = collections.Counter(r["doc"] for r in recs)
    print(f"\n{path}: {len(recs)} records, {bad} errors, {img_quotes} image quotes")
    print(" types:", dict(c_type))
    print(" langs:", dict(c_lang))
    if recs and recs[0]["type"] == "followup":
        print(" standalone:", collections.Counter(r["standalone"] for r in recs))
    for d, n in sorted(c_doc.items(), key=lambda x: str(x[0])):
        print(f"  {n:2d} {d}")
    return bad


if __name__ == "__main__":
    total = 0
    for p in sys.argv[1:] or ["/work/blind/out_b20/b20.jsonl", "/work/blind/out_b20/f17.jsonl"]:
        total += check(p)
    sys.exit(1 if total else 0)
