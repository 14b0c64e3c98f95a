#!/usr/bin/env python3
"""Verify ground-truth JSON files against their .txt reports."""
import json, os, re, sys, glob

OWN = os.path.dirname(os.path.abspath(__file__))
# the batch folder to check: this one, or one given (batches 3-5 were written against this same checker)
HERE = next((os.path.abspath(a) for a in sys.argv[1:] if not a.startswith("-")), OWN)
REQ = ["file", "fictional", "title", "organisation", "auditor", "date", "diary_number",
       "recommendations", "distractors"]

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def subseq(needle, hay):
    it = iter(hay)
    return all(any(w == h for h in it) for w in needle)

def main():
    problems = []
    jsons = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if not jsons:
        problems.append("no json files found")
    for jp in jsons:
        base = os.path.basename(jp)
        try:
            with open(jp, encoding="utf-8") as fh:
                d = json.load(fh)
        except Exception as e:
            problems.append(f"{base}: JSON parse error: {e}")
            continue
        for k in REQ:
            if k not in d:
                problems.append(f"{base}: missing key {k}")
        name = d.get("file", "")
        if name + ".json" != base:
            problems.append(f"{base}: 'file' field {name!r} does not match file name")
        tp = os.path.join(HERE, name + ".txt")
        if not os.path.exists(tp):
            problems.append(f"{base}: missing text file {name}.txt")
            continue
        raw = open(tp, encoding="utf-8").read()
        pages = raw.split("\f")
        npages = len(pages)
        if not (3 <= npages <= 8):
            problems.append(f"{base}: {npages} pages (expected 3-8)")
        npg = [norm(p) for p in pages]
        full = norm(raw.replace("\f", " "))
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(d.get("date", ""))):
            problems.append(f"{base}: bad date {d.get('date')!r}")
        recs = d.get("recommendations", [])
        for i, r in enumerate(recs, 1):
            tag = f"{base} rec {r.get('n')}"
            if r.get("n") != i:
                problems.append(f"{tag}: n should be {i}")
            for k in ("text", "quote", "page", "also_pages", "addressees"):
                if k not in r:
                    problems.append(f"{tag}: missing {k}")
            q = norm(r.get("quote", ""))
            nw = len(q.split())
            if not (6 <= nw <= 12):
                problems.append(f"{tag}: quote has {nw} words")
            if norm(r.get("quote", "")) not in norm(r.get("text", "")):
                problems.append(f"{tag}: quote not contained in text (warning)")
            if not r.get("addressees"):
                problems.append(f"{tag}: no addressees")
            for pg in [r.get("page")] + list(r.get("also_pages", [])):
                if not isinstance(pg, int) or not (1 <= pg <= npages):
                    problems.append(f"{tag}: page {pg!r} out of range 1..{npages}")
                    continue
                if q not in npg[pg - 1]:
                    problems.append(f"{tag}: quote not found on page {pg}: {q!r}")
            if r.get("page") in r.get("also_pages", []):
                problems.append(f"{tag}: page repeated in also_pages")
            # text of first appearance must be present somewhere
            # text of first appearance: verbatim, or (in table layouts where cells are
            # interleaved with other columns) its words in order on one of its pages
            t = norm(r.get("text", ""))
            if t not in full:
                ok = False
                for pg in [r.get("page")] + list(r.get("also_pages", [])):
                    if isinstance(pg, int) and 1 <= pg <= npages and subseq(t.split(), npg[pg - 1].split()):
                        ok = True
                if not ok:
                    problems.append(f"{tag}: full text not found in document")
        for ds in d.get("distractors", []):
            if norm(ds) not in full:
                problems.append(f"{base}: distractor not found: {ds[:70]!r}")
        if not (3 <= len(d.get("distractors", [])) <= 5):
            problems.append(f"{base}: {len(d.get('distractors', []))} distractors (expected 3-5)")
    for p in problems:
        print(p)
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
