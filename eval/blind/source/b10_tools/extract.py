import pdfplumber, os, sys
src='/work/blind/pdfs'
for f in sorted(os.listdir(src)):
    d=f[:-4]
    with pdfplumber.open(os.path.join(src,f)) as pdf:
        out=[]
        for i,p in enumerate(pdf.pages,1):
            out.append(f"\n=== PAGE {i} ===\n"+(p.extract_text() or ''))
    open(f'text/{d}.txt','w').write(''.join(out))
    print(d)
