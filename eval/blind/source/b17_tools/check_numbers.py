import json,sys
from collections import Counter
for fn in sys.argv[1:]:
    rows=[json.loads(l) for l in open(fn)]
    for d in rows:
        a=' '.join(d['answer'].split())
        for n in d['numbers']:
            if n not in a: print('NUM NOT IN ANSWER',d['id'],n)
        if d['type']=='unanswerable' and (d['quotes'] or d['pages']): print('UNANS has quotes',d['id'])
        if d['type']!='unanswerable' and not d['quotes']: print('no quotes',d['id'])
    print(fn, len(rows), Counter(d['type'] for d in rows), Counter(d['lang'] for d in rows))
    print(Counter(d['doc'] for d in rows))
    if 'standalone' in rows[0]: print(Counter(d['standalone'] for d in rows))
    ids=[d['id'] for d in rows]; assert len(set(ids))==len(ids)
