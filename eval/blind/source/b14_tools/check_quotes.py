"""Re-read every quote from its page with pdfplumber and report quotes not found.

Usage: python check_quotes.py file.jsonl [file2.jsonl ...]
Quotes marked quote_source=image are skipped for the exact check; for those a
fuzzy score against OCR text (if available under /tmp/ocr or txt/) is printed.
"""
import json, sys, re, os, glob
import pdfplumber
from rapidfuzz import fuzz

PDF_DIR = '/work/blind/pdfs'
_cache = {}

def page_text(doc, page):
    key = (doc, page)
    if key not in _cache:
        with pdfplumber.open(os.path.join(PDF_DIR, doc + '.pdf')) as pdf:
            n = len(pdf.pages)
            if page < 1 or page > n:
                _cache[key] = None
            else:
                _cache[key] = ' '.join((pdf.pages[page - 1].extract_text() or '').split())
    return _cache[key]

OCR = {
    'brf-hjorthagen-scanned': '/work/blind/out/txt/brf-hjorthagen-ocr.txt',
    'gbg-granskning-hedersrelaterat-vald-2023-scan': '/work/blind/out/txt/heders-ocr.txt',
}

def ocr_page(doc, page):
    p = OCR.get(doc)
    if not p:
        return None
    parts = re.split(r'=== PAGE (\d+) ===\n', open(p).read())
    pages = {int(parts[i]): parts[i + 1] for i in range(1, len(parts), 2)}
    return ' '.join(pages.get(page, '').split())

def main(files):
    bad = 0; total = 0; skipped = 0; nlines = 0
    for fn in files:
        for ln, line in enumerate(open(fn), 1):
            line = line.strip()
            if not line:
                continue
            try:
                rec = json.loads(line)
            except Exception as e:
                print(f'{fn}:{ln} JSON ERROR {e}'); bad += 1; continue
            nlines += 1
            rid = rec.get('id')
            quotes = rec.get('quotes', [])
            pages = rec.get('pages', [])
            if rec.get('type') == 'unanswerable':
                if quotes or pages:
                    print(f'{rid}: unanswerable with quotes/pages')
                continue
            if not quotes:
                print(f'{rid}: NO QUOTES'); bad += 1
            for q in quotes:
                total += 1
                qn = ' '.join(q.split())
                nw = len(qn.split())
                if nw < 8 or nw > 30:
                    print(f'{rid}: quote length {nw} words: {qn[:60]}')
                if rec.get('quote_source') == 'image':
                    skipped += 1
                    best = 0
                    for p in pages:
                        t = ocr_page(rec['doc'], p)
                        if t:
                            best = max(best, fuzz.partial_ratio(qn, t))
                    if best and best < 85:
                        print(f'{rid}: image quote low OCR similarity {best:.0f}: {qn[:70]}')
                    continue
                found = [p for p in pages if (page_text(rec['doc'], p) or '').find(qn) >= 0]
                if not found:
                    bad += 1
                    best = max(((fuzz.partial_ratio(qn, page_text(rec['doc'], p) or ''), p) for p in pages), default=(0, None))
                    print(f'{rid}: NOT FOUND (best {best[0]:.0f} on p{best[1]}): {qn}')
    print(f'lines={nlines} quotes={total} image_skipped={skipped} not_found={bad}')

if __name__ == '__main__':
    main(sys.argv[1:])
