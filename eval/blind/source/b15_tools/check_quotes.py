import json, re, sys, pdfplumber
from collections import Counter
PDF = '/work/blind/pdfs/{}.pdf'
cache = {}
def page_text(doc, p):
    k = (doc, p)
    if k not in cache:
        with pdfplumber.open(PDF.format(doc)) as pdf:
            cache[k] = re.sub(r'\s+', ' ', pdf.pages[p-1].extract_text() or '').strip()
    return cache[k]
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
bad = 0
for fn in sys.argv[1:]:
    ids = []
    for ln, line in enumerate(open(fn, encoding='utf-8'), 1):
        try:
            d = json.loads(line)
        except Exception as e:
            print(fn, ln, 'JSON ERROR', e); bad += 1; continue
        ids.append(d['id'])
        for key in ['id','lang','type','question','answer','numbers','doc','pages','quotes']:
            if key not in d: print(d.get('id'), 'missing', key); bad += 1
        if d['type'] == 'unanswerable':
            if d['quotes']: print(d['id'], 'unanswerable with quotes'); bad += 1
            continue
        if d['type'] == 'followup' and 'standalone' not in d: print(d['id'],'no standalone'); bad+=1
        if not d['quotes'] or not d['pages']: print(d['id'], 'no quotes/pages'); bad += 1
        img = d.get('quote_source') == 'image'
        for qt in d['quotes']:
            n = len(norm(qt).split())
            if not (8 <= n <= 30): print(d['id'], f'quote length {n}:', qt[:60])
            if img: continue
            if not any(norm(qt) in page_text(d['doc'], p) for p in d['pages']):
                print(d['id'], 'NOT FOUND p', d['pages'], ':', qt); bad += 1
        # numbers should appear in some quote or page text
        for num in d['numbers']:
            src = ' '.join(d['quotes']) if img else ' '.join(page_text(d['doc'], p) for p in d['pages'])
            if num not in src and num not in ' '.join(d['quotes']):
                print(d['id'], 'number not on page/quotes:', num); bad += 1
            if num not in d['answer']:
                print(d['id'], 'number not in answer:', num)
    dup = [k for k, v in Counter(ids).items() if v > 1]
    if dup: print(fn, 'DUP IDS', dup); bad += 1
    print(fn, len(ids), 'items checked')
print('problems:', bad)
