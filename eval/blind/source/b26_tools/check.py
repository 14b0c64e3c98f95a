"""Check every quote against its page text (pdfplumber extract_text, whitespace collapsed).
Also: numbers must appear in quotes; image quotes are fuzzy-checked against tesseract OCR (if present) for info only."""
import json, re, sys, os, subprocess, collections
import pdfplumber
from rapidfuzz import fuzz
PDF='/work/blind/pdfs'
cache={}
def norm(s): return re.sub(r'\s+',' ',s).strip()
def page_text(doc,p):
    k=(doc,p)
    if k not in cache:
        with pdfplumber.open(f'{PDF}/{doc}.pdf') as pdf:
            t=pdf.pages[p-1].extract_text() or ''
        try: t2=subprocess.run(['pdftotext','-f',str(p),'-l',str(p),f'{PDF}/{doc}.pdf','-'],capture_output=True,text=True).stdout
        except Exception: t2=''
        cache[k]=(norm(t),norm(t2))
    return cache[k]
ocr_cache={}
def ocr(doc,p):
    k=(doc,p)
    if k not in ocr_cache:
        png=f'/tmp/b22chk_{doc}_{p}'
        subprocess.run(['pdftoppm','-r','200','-f',str(p),'-l',str(p),'-png','-singlefile',f'{PDF}/{doc}.pdf',png],capture_output=True)
        r=subprocess.run(['tesseract',png+'.png','-','-l','swe'],capture_output=True,text=True).stdout
        ocr_cache[k]=norm(r)
    return ocr_cache[k]
def dehyph(s): return re.sub(r'(\w)- (\w)',r'\1\2',s)
bad=0; stats=collections.Counter()
for fn in sys.argv[1:]:
    for ln,line in enumerate(open(fn),1):
        try: d=json.loads(line)
        except Exception as e: print(fn,ln,'JSON ERROR',e); bad+=1; continue
        qs=d.get('quotes',[]); img=d.get('quote_source')=='image'
        if d['type']=='unanswerable':
            if qs or d.get('numbers'): print(d['id'],'unanswerable with quotes/numbers'); bad+=1
            continue
        if not qs: print(d['id'],'NO QUOTES'); bad+=1
        for qt in qs:
            nw=len(qt.split())
            if nw<8 or nw>30: print(d['id'],f'quote length {nw} words:',qt[:60]); stats['len']+=1
            if img:
                best=max(fuzz.partial_ratio(norm(qt).lower(),ocr(d['doc'],p).lower()) for p in d['pages'])
                stats['image']+=1
                if best<85: print(d['id'],'IMAGE quote weak OCR match',round(best),':',qt[:70])
                continue
            found=False; how=None
            for p in d['pages']:
                a,b=page_text(d['doc'],p)
                if norm(qt) in a: found=True; how='plumber'; break
                if dehyph(norm(qt))==norm(qt) and norm(qt) in dehyph(a): found=True; how='plumber-dehyph'; break
                if norm(qt) in b: found=True; how='pdftotext'
                elif norm(qt) in dehyph(b): found=True; how='pdftotext-dehyph'
            stats[how]+=1
            if not found: print(d['id'],'NOT FOUND p',d['pages'],':',qt); bad+=1
            elif how!='plumber': print(d['id'],'found only via',how,':',qt[:70])
        allq=' '.join(norm(x) for x in qs)
        for n in d.get('numbers',[]):
            if n not in allq: print(d['id'],'NUMBER not in quotes:',n); bad+=1
print('problems:',bad,'stats:',dict(stats))
