import json, re, sys, os, subprocess
import pdfplumber
from rapidfuzz import fuzz

PDF = '/work/blind/pdfs'
OUT = '/work/blind/out'
_cache = {}
def norm(s):
    return re.sub(r'\s+', ' ', s).strip()

def page_text(doc, p):
    k = (doc, p, 'full')
    if k not in _cache:
        with pdfplumber.open(f'{PDF}/{doc}.pdf') as pdf:
            page = pdf.pages[p-1]
            raw = page.extract_text() or ''
            full = norm(raw)
            _cache[(doc, p, 'dehyph')] = norm(re.sub(r'(\w)-\n(?!(och|eller|samt|respektive|till)\b)(\w)', r'\1\3', raw))
            _cache[(doc, p, 'pdftotext')] = norm(subprocess.run(['pdftotext','-f',str(p),'-l',str(p),f'{PDF}/{doc}.pdf','-'],capture_output=True,text=True).stdout)
            w, h = page.width, page.height
            left = page.crop((0, 0, w/2, h)).extract_text() or ''
            right = page.crop((w/2, 0, w, h)).extract_text() or ''
            _cache[k] = full
            _cache[(doc, p, 'cols')] = norm(left + ' ' + right)
    return _cache[k], _cache[(doc, p, 'cols')]

def ocr_text(doc, p):
    fn = f'{OUT}/ocrcache/{doc}-{p}.txt'
    if not os.path.exists(fn):
        img = f'/tmp/ocr-{doc}-{p}'
        subprocess.run(['pdftoppm', '-r', '300', '-f', str(p), '-l', str(p), '-png', '-singlefile', f'{PDF}/{doc}.pdf', img], check=True)
        txt = subprocess.run(['tesseract', img + '.png', '-', '-l', 'swe'], capture_output=True, text=True).stdout
        open(fn, 'w').write(txt)
    return norm(open(fn).read())

def dehyph(s):
    return re.sub(r'(\w)- (\w)', r'\1\2', s)

problems = 0
def report(qid, msg):
    global problems
    problems += 1
    print(f'{qid}: {msg}')

TYPES = {'number','table','fact','list','recommendation','unanswerable','followup'}
for fn in sys.argv[1:]:
    ids = set()
    for ln, line in enumerate(open(fn), 1):
        try:
            q = json.loads(line)
        except Exception as e:
            report(f'{fn}:{ln}', f'JSON error {e}'); continue
        qid = q.get('id')
        if qid in ids: report(qid, 'duplicate id')
        ids.add(qid)
        for f in ['id','lang','type','question','answer','numbers','doc','pages','quotes']:
            if f not in q: report(qid, f'missing {f}')
        if q['type'] not in TYPES: report(qid, 'bad type')
        if q['type'] == 'followup':
            if 'history' not in q or 'standalone' not in q: report(qid, 'followup fields')
        if q['type'] == 'unanswerable':
            if q['quotes'] or q['numbers']: report(qid, 'unanswerable with quotes/numbers')
            if q['doc'] and not os.path.exists(f"{PDF}/{q['doc']}.pdf"): report(qid, 'bad doc')
            continue
        doc = q['doc']
        if not os.path.exists(f'{PDF}/{doc}.pdf'): report(qid, f'bad doc {doc}'); continue
        image = q.get('quote_source') == 'image'
        texts = []
        for p in q['pages']:
            full, cols = page_text(doc, p)
            texts.append((p, full, cols))
        for quote in q['quotes']:
            nq = norm(quote)
            nw = len(nq.split())
            if nw < 3 or nw > 40: report(qid, f'quote length {nw}: {quote[:40]}')
            if image:
                best = 0
                for p in q['pages']:
                    o = ocr_text(doc, p)
                    best = max(best, fuzz.partial_ratio(nq.lower(), o.lower()))
                if best < 85: report(qid, f'IMAGE quote weak match {best:.0f}: {quote[:60]}')
                else: print(f'{qid}: image quote ok ({best:.0f})')
            else:
                ok = any(nq in full for p, full, cols in texts)
                if not ok:
                    how = None
                    for p, full, cols in texts:
                        if nq in _cache[(doc, p, 'dehyph')]: how = how or 'dehyphenated pdfplumber'
                        if nq in cols: how = how or 'column crop'
                    pt = any(nq in _cache[(doc, p, 'pdftotext')] for p in q['pages'])
                    if how:
                        print(f'{qid}: quote found via {how} (pdftotext: {pt}): {quote[:50]}')
                    elif pt:
                        print(f'{qid}: quote found only in pdftotext: {quote[:50]}')
                    else:
                        report(qid, f'QUOTE NOT FOUND: {quote}')
        for num in q['numbers']:
            found = False
            for p, full, cols in texts:
                if num in full or num in cols or num in dehyph(full):
                    found = True
            if not found:
                for p in q['pages']:
                    if num in ocr_text(doc, p): found = True
            if not found: report(qid, f'NUMBER NOT FOUND: {num}')
            # number in answer?
            if num not in q['answer']: report(qid, f'number {num} not in answer text')
print('problems:', problems)
