import json, re, sys, os
import pdfplumber
PDF = "/work/blind/pdfs"
cache = {}
def page_text(doc, p):
    key = (doc, p)
    if key not in cache:
        with pdfplumber.open(os.path.join(PDF, doc + ".pdf")) as pdf:
            for i, pg in enumerate(pdf.pages, 1):
                cache[(doc, i)] = pg.extract_text() or ""
    return cache.get(key, "")
norm = lambda s: re.sub(r"\s+", " ", s).strip()
bad = 0; total = 0; skipped = 0
for fn in sys.argv[1:]:
    for ln, line in enumerate(open(fn), 1):
        try:
            d = json.loads(line)
        except Exception as e:
            print(fn, ln, "JSON ERROR", e); bad += 1; continue
        quotes = d.get("quotes", [])
        img = d.get("quote_source") == "image"
        if d["type"] == "unanswerable":
            if quotes or d.get("pages"):
                print(d["id"], "unanswerable with quotes/pages")
            continue
        if not quotes:
            print(d["id"], "NO QUOTES"); bad += 1
        for qt in quotes:
            n = len(qt.split())
            if n < 8 or n > 30:
                print(d["id"], f"quote length {n} words:", qt[:60])
        texts = " ".join(norm(page_text(d["doc"], p)) for p in d["pages"])
        for qt in quotes:
            total += 1
            if img:
                skipped += 1; continue
            if norm(qt) not in texts:
                bad += 1
                print(d["id"], "QUOTE NOT FOUND:", qt)
        allq = norm(" ".join(quotes))
        for num in d.get("numbers", []):
            if num not in allq and (img or num not in texts):
                print(d["id"], "NUMBER not in quote/page:", num)
print(f"quotes total={total} image-skipped={skipped} not-found={bad}")
