#!/usr/bin/env python3
"""Check quotes in b9.jsonl / f6.jsonl against pdfplumber page text."""
import json, re, sys, os, unicodedata
import pdfplumber

PDF_DIR = '/work/blind/pdfs'
FILES = sys.argv[1:] or ['/work/blind/out/b9.jsonl', '/work/blind/out/f6.jsonl']
_cache = {}

def norm(s):
    s = unicodedata.normalize('NFC', s)
    s = s.replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s).strip()

def page_text(doc, p):
    key = (doc, p)
    if key not in _cache:
        with pdfplumber.open(os.path.join(PDF_DIR, doc + '.pdf')) as pdf:
            _cache[key] = pdf.pages[p - 1].extract_text() or ''
    return _cache[key]

def variants(t):
    t = norm(t)
    v = [t, norm(t.replace('\u00ad', ''))]
    return v

def found(q, doc, pages):
    qn = norm(q)
    for p in pages:
        for v in variants(page_text(doc, p)):
            if qn in v:
                return p
    return None

def page_has_number(num, doc, pages):
    for p in pages:
        t = norm(page_text(doc, p))
        if num in t:
            return True
    return False

problems = 0
total_q = 0
for fn in FILES:
    if not os.path.exists(fn):
        continue
    ids = set()
    with open(fn, encoding='utf-8') as f:
        for ln, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                o = json.loads(line)
            except Exception as e:
                print(f'{fn}:{ln} JSON ERROR {e}'); problems += 1; continue
            total_q += 1
            if o['id'] in ids:
                print(f"{o['id']}: duplicate id"); problems += 1
            ids.add(o['id'])
            doc, pages, quotes = o.get('doc'), o.get('pages') or [], o.get('quotes') or []
            if o['type'] == 'unanswerable':
                if quotes:
                    print(f"{o['id']}: unanswerable with quotes"); problems += 1
                continue
            if not quotes:
                print(f"{o['id']}: no quotes"); problems += 1
            image = o.get('quote_source') == 'image'
            for q in quotes:
                nw = len(q.split())
                if nw < 8 or nw > 30:
                    print(f"{o['id']}: quote length {nw} words: {q[:60]}"); problems += 1
                if image:
                    continue
                if found(q, doc, pages) is None:
                    print(f"{o['id']}: NOT FOUND on pages {pages}: {q}"); problems += 1
            # numbers must be in a quote or on a cited page (text layer) as printed
            for num in o.get('numbers', []):
                in_quote = any(num in norm(q) for q in quotes)
                if not in_quote and (image or not page_has_number(num, doc, pages)):
                    print(f"{o['id']}: number {num!r} not in quotes/page"); problems += 1
print(f'checked {total_q} items, {problems} problems')
