import json,glob,re,collections
files=sorted(glob.glob('parts/p*.jsonl'),key=lambda f:int(re.findall(r'\d+',f)[0]))
L=[]
for f in files:
    L+= [json.loads(l) for l in open(f) if l.strip()]
drop={38,43,54,64,68,95,35,2,15,22,62,85,88,73,34,96,16,23,55,65,98}
sel=[d for i,d in enumerate(L,1) if i not in drop]
null=[
 {"lang":"en","type":"unanswerable","question":"What does a resident parking permit cost per month in central Gothenburg?","answer":"None of the documents mention resident parking permits or their prices.","numbers":[],"doc":None,"pages":[],"quotes":[]},
 {"lang":"sv","type":"unanswerable","question":"Hur mycket kostar en enkelresa med färdtjänst i Region Kalmar län?","answer":"Det finns inga uppgifter om färdtjänstens taxor i något av dokumenten.","numbers":[],"doc":None,"pages":[],"quotes":[]},
 {"lang":"sv","type":"unanswerable","question":"Vem är ordförande i Brf Solrosen i Lund och hur mycket höjs deras avgift 2024?","answer":"Föreningen förekommer inte i något av dokumenten, så det går inte att besvara.","numbers":[],"doc":None,"pages":[],"quotes":[]},
]
# insert null ones spread out
sel.insert(20,null[0]); sel.insert(45,null[1]); sel.insert(70,null[2])
out=[]
for i,d in enumerate(sel,1):
    out.append({'id':f'b26-{i:03d}',**d})
open('b26.jsonl','w').write(''.join(json.dumps(d,ensure_ascii=False)+'\n' for d in out))
F=[json.loads(l) for l in open('parts/f.jsonl') if l.strip()]
open('f23.jsonl','w').write(''.join(json.dumps({'id':f'f23-{i:03d}',**d},ensure_ascii=False)+'\n' for i,d in enumerate(F,1)))
print(len(out),collections.Counter(d['type'] for d in out),collections.Counter(d['lang'] for d in out))
print(collections.Counter(d['doc'] for d in out))
print(len(F),collections.Counter(d['standalone'] for d in F),collections.Counter(d['lang'] for d in F),len(set(d['doc'] for d in F)))
