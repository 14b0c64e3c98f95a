import json, sys, re, glob
from rapidfuzz import fuzz
def simp(s):
    s=s.lower()
    return re.sub(r'[^a-z0-9]','',s)
def ocrpage(doc,p):
    fs=sorted(glob.glob(f'ocr/{doc}-*.txt'))
    return open(fs[p-1]).read() if fs else None
def plumbpage(doc,p):
    t=open(f'plumb/{doc}.txt').read()
    parts=re.split(r'=== PAGE (\d+) ===\n',t)
    d={int(parts[i]):parts[i+1] for i in range(1,len(parts),2)}
    return d.get(p,'')
for fn in sys.argv[1:]:
    for line in open(fn):
        d=json.loads(line)
        if d.get('quote_source')!='image': continue
        for qt in d['quotes']:
            best=(0,None)
            for p in d['pages']:
                src=ocrpage(d['doc'],p) if d['doc'] in ('brf-hjorthagen-scanned','gbg-granskning-hedersrelaterat-vald-2023-scan') else plumbpage(d['doc'],p)
                a=simp(qt); b=simp(src)
                sc=fuzz.partial_ratio(a,b)
                if sc>best[0]: best=(sc,p)
            print(f'{d["id"]} p{best[1]} score={best[0]:.0f} :: {qt[:70]}')
