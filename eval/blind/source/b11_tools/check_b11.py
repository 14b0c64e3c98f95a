"""Check b11.jsonl / f8.jsonl: JSON validity, doc names, quote presence (pdfplumber, whitespace collapsed)."""
import json, os, re, sys, glob, subprocess
import pdfplumber
from rapidfuzz import fuzz

PDFDIR = '/work/blind/pdfs'
OCRDIR = '/work/blind/out/_b11work/ocr'
FILES = sys.argv[1:] or ['/work/blind/out/b11.jsonl', '/work/blind/out/f8.jsonl']
docs = {os.path.basename(p)[:-4] for p in glob.glob(PDFDIR + '/*.pdf')}
_cache = {}

def page_text(doc, p):
    k = (doc, p)
    if k not in _cache:
        with pdfplumber.open(f'{PDFDIR}/{doc}.pdf') as pdf:
            t = pdf.pages[p - 1].extract_text() or ''
        _cache[k] = ' '.join(t.split())
    return _cache[k]

def ocr_text(doc, p):
    cands = glob.glob(f'{OCRDIR}/{doc}-{p}.txt') + glob.glob(f'{OCRDIR}/{doc}-{p:02d}.txt')
    if not cands:
        return ''
    return ' '.join(open(cands[0]).read().split())

def loose(s):
    # keep only ascii letters/digits (drops å/ä/ö and garbled substitutes)
    return re.sub(r'[^a-z0-9]', '', s.lower())

bad = 0
for fn in FILES:
    ids = set()
    for ln, line in enumerate(open(fn), 1):
        try:
            d = json.loads(line)
        except Exception as e:
            print(f'{fn}:{ln} JSON ERROR {e}'); bad += 1; continue
        qid = d.get('id')
        if qid in ids: print('DUP id', qid); bad += 1
        ids.add(qid)
        for k in ['id','lang','type','question','answer','numbers','doc','pages','quotes']:
            if k not in d: print(qid, 'missing', k); bad += 1
        if d['type'] == 'followup':
            for k in ['history','standalone']:
                if k not in d: print(qid, 'missing', k); bad += 1
        if d['doc'] is not None and d['doc'] not in docs:
            print(qid, 'UNKNOWN DOC', d['doc']); bad += 1
        if d['type'] == 'unanswerable':
            if d['quotes']: print(qid, 'unanswerable with quotes'); bad += 1
            continue
        if not d['quotes']: print(qid, 'no quotes'); bad += 1
        for q in d['quotes']:
            nw = len(q.split())
            if not 8 <= nw <= 30: print(qid, f'quote length {nw} words:', q[:60]); bad += 1
            qn = ' '.join(q.split())
            if d.get('quote_source') == 'image':
                # informational loose check only (text layer garbled / scanned)
                best = 0
                for p in d['pages']:
                    src = page_text(d['doc'], p) or ''
                    o = ocr_text(d['doc'], p)
                    for s in (src, o):
                        if s:
                            best = max(best, fuzz.partial_ratio(loose(qn), loose(s)))
                flag = '' if best >= 90 else '  <-- CHECK'
                print(f'  [image] {qid} loose-match {best:.0f}{flag}')
                continue
            if not any(qn in page_text(d['doc'], p) for p in d['pages']):
                print(qid, 'QUOTE NOT FOUND on pages', d['pages'], ':', qn); bad += 1
        # numbers should appear in answer (loosely)
        for n in d['numbers']:
            if n.replace(' ', '').replace('−','-').lstrip('-') not in d['answer'].replace(' ', '').replace(' ','').replace('−','-'):
                print(qid, 'number not in answer:', n)
    print(fn, 'lines:', len(ids))
print('PROBLEMS:', bad)
