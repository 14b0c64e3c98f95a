# fuzzy sanity check of image quotes against OCR (scans) or garbled text layer
import json, re, sys, os, subprocess
from rapidfuzz import fuzz
import pdfplumber
norm = lambda s: re.sub(r"\s+", " ", s).strip().lower()
def ocr(doc, p):
    f = f"/tmp/ocr/{doc}-{p:02d}.txt" if os.path.exists(f"/tmp/ocr/{doc}-{p:02d}.txt") else f"/tmp/ocr/{doc}-{p}.txt"
    return open(f).read() if os.path.exists(f) else ""
def layer(doc, p):
    with pdfplumber.open(f"/work/blind/pdfs/{doc}.pdf") as pdf:
        return pdf.pages[p-1].extract_text() or ""
for fn in sys.argv[1:]:
    for line in open(fn):
        d = json.loads(line)
        if d.get("quote_source") != "image": continue
        for qt in d["quotes"]:
            best = 0
            for p in d["pages"]:
                t = ocr(d["doc"], p) or layer(d["doc"], p)
                best = max(best, fuzz.partial_ratio(norm(qt), norm(t)))
            print(d["id"], d["doc"][:20], round(best), qt[:70])
