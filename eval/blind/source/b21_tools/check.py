"""Check every quote in b21.jsonl / f18.jsonl against pdfplumber page text (whitespace collapsed).
Also checks pdftotext (non-layout) as a second opinion, JSON validity and basic field sanity."""
import json, re, subprocess, sys, collections
import pdfplumber

PDF = "/work/blind/pdfs/{}.pdf"
_cache = {}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def page_text(doc, p):
    k = (doc, p)
    if k not in _cache:
        with pdfplumber.open(PDF.format(doc)) as pdf:
            t = pdf.pages[p - 1].extract_text() or ""
        try:
            t2 = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), PDF.format(doc), "-"],
                                capture_output=True, text=True).stdout
        except Exception:
            t2 = ""
        _cache[k] = (norm(t), norm(t2))
    return _cache[k]


REQ = ["id", "lang", "type", "question", "answer", "numbers", "doc", "pages", "quotes"]
bad = 0
stats = collections.Counter()
for fn in sys.argv[1:]:
    for ln, line in enumerate(open(fn), 1):
        try:
            d = json.loads(line)
        except Exception as e:
            print(f"{fn}:{ln} JSON ERROR {e}")
            bad += 1
            continue
        for k in REQ:
            if k not in d:
                print(f"{d.get('id')} missing {k}")
                bad += 1
        stats[(fn, d["type"], d["lang"])] += 1
        if d["type"] == "followup":
            if "history" not in d or "standalone" not in d:
                print(f"{d['id']} followup missing history/standalone")
                bad += 1
        img = d.get("quote_source") == "image"
        for qt in d["quotes"]:
            nw = len(qt.split())
            if nw < 8 or nw > 30:
                print(f"{d['id']} quote length {nw}: {qt[:60]}")
            if img:
                continue
            found = False
            found2 = False
            for p in d["pages"]:
                t1, t2 = page_text(d["doc"], p)
                if norm(qt) in t1:
                    found = True
                if norm(qt) in t2:
                    found2 = True
            if not found:
                bad += 1
                print(f"NOT FOUND {d['id']} p{d['pages']}: {qt}")
            elif not found2:
                print(f"(pdftotext differs) {d['id']}: {qt[:70]}")
        # numbers should appear in the answer
        for n in d["numbers"]:
            if n not in d["answer"] and n.replace(",", " ").replace(".", ",") not in d["answer"]:
                print(f"{d['id']} number {n!r} not literally in answer")
print("problems:", bad)
for k, v in sorted(stats.items()):
    print(k, v)
