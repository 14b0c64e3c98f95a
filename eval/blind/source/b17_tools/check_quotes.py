import json, sys, re, pdfplumber
from functools import lru_cache
PDF='/work/blind/pdfs/'
def norm(s): return ' '.join(s.split())
@lru_cache(None)
def pages(doc):
    with pdfplumber.open(PDF+doc+'.pdf') as pdf:
        return [norm(p.extract_text() or '') for p in pdf.pages]
bad=0; n=0
for fn in sys.argv[1:]:
    for ln,line in enumerate(open(fn),1):
        d=json.loads(line)
        if d.get('quote_source')=='image': continue
        if not d.get('quotes'): continue
        P=pages(d['doc'])
        for qt in d['quotes']:
            n+=1
            nq=norm(qt)
            wc=len(nq.split())
            hit=[p for p in d['pages'] if nq in P[p-1]]
            anyp=[i+1 for i,t in enumerate(P) if nq in t]
            flag=''
            if not (8<=wc<=30): flag+=f' WORDS={wc}'
            if '- ' in nq and re.search(r'\w- \w',nq): flag+=' HYPHENBREAK'
            if not hit:
                bad+=1; print(f'NOTFOUND {d["id"]} p{d["pages"]} anywhere={anyp}: {qt}')
            elif flag: print(f'WARN {d["id"]}{flag}: {qt[:60]}')
print(f'{n} quotes checked, {bad} not found')
