#!/usr/bin/env python3
"""Checks the fictional follow-up test documents in this folder.

- every .json parses and has the required fields
- every recommendation_quote is found on its audit_page of the audit PDF
  (whitespace collapsed; for the scanned audit: rapidfuzz partial_ratio >= 90
  against tesseract OCR of that page)
- every evidence sentence is found on its page of the .txt (pages split by \\f)
Run with /work/blind/.venv/bin/python verify.py
"""
import glob, json, os, re, subprocess, sys, tempfile
from collections import Counter
from rapidfuzz import fuzz

HERE = os.path.dirname(os.path.abspath(__file__))
PDFS = os.environ.get("AUDIT_PDFS", os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "real"))  # the real audits (../shared/real beside the checkout)
HDR = "FIKTIVT TESTDOKUMENT – påhittade uppgifter för test"
STATUSES = {"atgardad", "delvis", "ej_atgardad", "oklart"}
problems = []
_cache = {}

def norm(s):
    s = s.replace("\u00ad", "").replace("\ufb01", "fi").replace("\ufb02", "fl")
    return re.sub(r"\s+", " ", s).strip()

def page_text(audit, page):
    key = (audit, page)
    if key in _cache:
        return _cache[key]
    pdf = os.path.join(PDFS, audit + ".pdf")
    if audit.endswith("-scan"):
        with tempfile.TemporaryDirectory() as td:
            subprocess.run(["pdftoppm", "-r", "300", "-f", str(page), "-l", str(page), "-png", pdf,
                            os.path.join(td, "p")], check=True)
            png = sorted(glob.glob(os.path.join(td, "p*.png")))[0]
            txt = subprocess.run(["tesseract", png, "-", "-l", "swe"], capture_output=True, text=True).stdout
    else:
        txt = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), pdf, "-"],
                             capture_output=True, text=True).stdout
    _cache[key] = txt
    return txt

def check_quote(fname, fu):
    audit, page, q = fu["audit"], fu["audit_page"], fu["recommendation_quote"]
    pdf = os.path.join(PDFS, audit + ".pdf")
    if not os.path.exists(pdf):
        problems.append(f"{fname}: audit PDF missing: {audit}")
        return
    raw = page_text(audit, page)
    if audit.endswith("-scan"):
        variants = [norm(raw), norm(re.sub(r"-\s*\n\s*", "", raw))]
        score = max(fuzz.partial_ratio(norm(q).lower(), v.lower()) for v in variants)
        if score < 90:
            problems.append(f"{fname}: OCR quote score {score:.1f} < 90 on {audit} p{page}: {q[:70]}")
    else:
        if norm(q) not in norm(raw):
            problems.append(f"{fname}: quote not found on {audit} p{page}: {q[:70]}")

n_entries = 0
stat = Counter()
jsons = sorted(glob.glob(os.path.join(HERE, "*.json")))
if not jsons:
    problems.append("no json files")
for jp in jsons:
    fname = os.path.basename(jp)
    try:
        meta = json.load(open(jp, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{fname}: JSON does not parse: {e}")
        continue
    for k in ["file", "fictional", "kind", "sender", "date", "follows_up", "followups"]:
        if k not in meta:
            problems.append(f"{fname}: missing field {k}")
    if meta.get("file") + ".json" != fname:
        problems.append(f"{fname}: 'file' field does not match file name")
    if meta.get("fictional") is not True:
        problems.append(f"{fname}: fictional must be true")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("date"))):
        problems.append(f"{fname}: bad date")
    tp = os.path.join(HERE, meta["file"] + ".txt")
    if not os.path.exists(tp):
        problems.append(f"{fname}: txt missing")
        continue
    text = open(tp, encoding="utf-8").read()
    if text.split("\n", 1)[0] != HDR:
        problems.append(f"{fname}: first line is not the fictional header")
    pages = [norm(p) for p in text.split("\f")]
    fu_list = meta.get("followups", [])
    if not meta.get("follows_up") and fu_list:
        problems.append(f"{fname}: follows_up empty but followups present")
    seen = set()
    for i, fu in enumerate(fu_list):
        n_entries += 1
        for k in ["audit", "recommendation_quote", "audit_page", "addressee", "status", "evidence", "page", "how_stated"]:
            if k not in fu:
                problems.append(f"{fname}[{i}]: missing {k}")
        if fu["audit"] not in meta["follows_up"]:
            problems.append(f"{fname}[{i}]: audit {fu['audit']} not in follows_up")
        if fu["status"] not in STATUSES:
            problems.append(f"{fname}[{i}]: bad status {fu['status']}")
        stat[fu["status"]] += 1
        key = (fu["audit"], norm(fu["recommendation_quote"]), fu["addressee"])
        if key in seen:
            problems.append(f"{fname}[{i}]: duplicate (recommendation, addressee)")
        seen.add(key)
        check_quote(fname, fu)
        ev, pg = fu["evidence"], fu["page"]
        if fu["status"] == "oklart":
            if ev is not None or pg is not None:
                problems.append(f"{fname}[{i}]: oklart entry should have evidence/page null")
            continue
        if not ev or not isinstance(pg, int):
            problems.append(f"{fname}[{i}]: non-oklart entry needs evidence and page")
            continue
        if not (1 <= pg <= len(pages)):
            problems.append(f"{fname}[{i}]: page {pg} out of range (1..{len(pages)})")
            continue
        if norm(ev) not in pages[pg - 1]:
            other = [j + 1 for j, p in enumerate(pages) if norm(ev) in p]
            problems.append(f"{fname}[{i}]: evidence not on page {pg} (found on {other}): {ev[:70]}")
    for a in meta.get("follows_up", []):
        if not os.path.exists(os.path.join(PDFS, a + ".pdf")):
            problems.append(f"{fname}: follows_up audit not found: {a}")
        if not any(f["audit"] == a for f in fu_list):
            problems.append(f"{fname}: follows_up {a} has no entries")

for tp in glob.glob(os.path.join(HERE, "*.txt")):
    if not os.path.exists(tp[:-4] + ".json"):
        problems.append(f"{os.path.basename(tp)}: no json")

print(f"documents: {len(jsons)}, entries: {n_entries}, statuses: {dict(stat)}")
if problems:
    print(f"{len(problems)} PROBLEM(S):")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK: no problems found")
