import json, re, sys, os, pdfplumber
from rapidfuzz import fuzz
PDF='/work/blind/pdfs'
cache={}
def page_text(doc,p):
    k=(doc,p)
    if k not in cache:
        with pdfplumber.open(f'{PDF}/{doc}.pdf') as pdf:
            cache[k]=pdf.pages[p-1].extract_text() or ''
    return cache[k]
def norm(s): return re.sub(r'\s+',' ',s).strip()
def dehyph(s): return re.sub(r'(\w)-\n(\w)', r'\1\2', s)
bad=0; total=0; stats={'strict':0,'dehyph':0,'image':0}
for fn in sys.argv[1:]:
    for ln,line in enumerate(open(fn),1):
        try: q=json.loads(line)
        except Exception as e:
            print('JSON ERROR',fn,ln,e); bad+=1; continue
        for qt in q.get('quotes',[]):
            total+=1
            n=len(qt.split())
            if n<8 or n>30: print(f"{q['id']}: quote length {n}: {qt[:60]}")
            if q.get('quote_source')=='image':
                stats['image']+=1; continue
            found=None
            for p in q['pages']:
                t=page_text(q['doc'],p)
                if norm(qt) in norm(t): found='strict'; break
                if norm(qt) in norm(dehyph(t)): found='dehyph'; break
            if found: stats[found]+=1
            else:
                bad+=1
                best=max((fuzz.partial_ratio(norm(qt),norm(page_text(q['doc'],p))),p) for p in q['pages'])
                print(f"NOT FOUND {q['id']} p{q['pages']} best={best}: {qt}")
print('total quotes',total,'stats',stats,'bad',bad)
