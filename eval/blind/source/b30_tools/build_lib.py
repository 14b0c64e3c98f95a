"""Helper: auto-detect pages for quotes (same matching as check.py) and write JSONL."""
import json, re, subprocess, pdfplumber
PDF='/work/blind/pdfs'
_cache={}
def norm(s): return re.sub(r'\s+',' ',s).strip()
def dehyph(s): return re.sub(r'(\w)- (\w)',r'\1\2',s)
def pages_text(doc):
    if doc not in _cache:
        out=[]
        with pdfplumber.open(f'{PDF}/{doc}.pdf') as pdf:
            n=len(pdf.pages)
            for i,pg in enumerate(pdf.pages,1):
                a=norm(pg.extract_text() or '')
                b=norm(subprocess.run(['pdftotext','-f',str(i),'-l',str(i),f'{PDF}/{doc}.pdf','-'],capture_output=True,text=True).stdout)
                out.append((a,b))
        _cache[doc]=out
    return _cache[doc]
def found(qt,a,b):
    q=norm(qt)
    return q in a or (dehyph(q)==q and q in dehyph(a)) or q in b or q in dehyph(b)
def locate(doc,qt):
    return [i for i,(a,b) in enumerate(pages_text(doc),1) if found(qt,a,b)]
def finalize(items,prefix):
    out=[]; problems=0
    for n,it in enumerate(items,1):
        d=dict(it)
        d['id']=f'{prefix}-{n:03d}'
        if d['type']!='unanswerable' and d.get('quote_source')!='image' and not d.get('pages'):
            pages=[]
            for q in d['quotes']:
                loc=locate(d['doc'],q)
                if not loc: print(d['id'],'QUOTE NOT FOUND:',q[:80]); problems+=1
                elif loc[0] not in pages: pages.append(loc[0])
            d['pages']=sorted(pages)
        if d['type']=='unanswerable':
            d.setdefault('pages',[]); d['quotes']=[]; d['numbers']=[]
        out.append(d)
    return out,problems
KEYS=['id','lang','type','history','question','standalone','answer','numbers','doc','pages','quotes','quote_source']
def write(items,path):
    with open(path,'w') as f:
        for d in items:
            o={k:d[k] for k in KEYS if k in d}
            f.write(json.dumps(o,ensure_ascii=False)+'\n')
