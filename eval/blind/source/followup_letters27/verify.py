#!/usr/bin/env python3
"""Verify the fictional follow-up test documents in this folder.

Checks:
 - every <name>.json parses, has the required fields and valid values, and its .txt exists
 - each .txt starts with the FIKTIVT header line and has 2-6 form-feed separated pages
 - every recommendation_quote is found on its audit_page of the audit PDF
   (whitespace collapsed, soft hyphens removed; for *-scan.pdf: rapidfuzz
   partial_ratio >= 90 against tesseract OCR of that page)
 - every evidence sentence/table row is found on its page of the .txt
   (oklart entries must have evidence null and page null)
 - every recommendation x addressee of every followed-up audit is listed exactly once
Prints nothing when all is well (exit 0); otherwise one line per problem (exit 1).
Use -v to print a summary line on success.
"""
import glob, json, os, re, subprocess, sys, tempfile
from functools import lru_cache

OWN = os.path.dirname(os.path.abspath(__file__))
# the batch folder to check: this one, or one given (the later batches, 6-8, were written against this checker)
HERE = next((os.path.abspath(a) for a in sys.argv[1:] if not a.startswith("-")), OWN)
PDFS = os.environ.get("AUDIT_PDFS", os.path.join(OWN, "..", "..", "..", "..", "..", "shared", "real"))  # the real audits (../shared/real beside the checkout)
HEAD = "FIKTIVT TESTDOKUMENT – påhittade uppgifter för test"
KINDS = {"yttrande", "uppfoljningsrapport", "revisionsberattelse", "arsredogorelse", "protokollsutdrag", "pm", "annat"}
STATUSES = {"atgardad", "delvis", "ej_atgardad", "oklart"}
TOP = ["file", "fictional", "kind", "sender", "date", "follows_up", "followups"]
ENTRY = ["audit", "recommendation_quote", "audit_page", "addressee", "status", "evidence", "page", "how_stated"]

# Expected recommendation x addressee per audit (quote prefix -> addressees)
EXPECTED = {
 "gbg-granskning-energianvandning-2024": [
  ("Stadsfastighetsnämnden rekommenderas att revidera", ["stadsfastighetsnämnden"]),
  ("Stadsfastighetsnämnden, idrotts- och föreningsnämnden, Familjebostäder", ["stadsfastighetsnämnden", "idrotts- och föreningsnämnden", "Familjebostäder i Göteborg AB", "Higab AB"])],
 "gbg-granskning-hemvardsbidrag-2023": [
  ("Nämnden för funktionsstöd och äldre samt vård- och omsorgsnämnden rekommenderas att stärka systematiken", ["nämnden för funktionsstöd", "äldre samt vård- och omsorgsnämnden"]),
  ("Nämnden för funktionsstöd och äldre samt vård- och omsorgsnämnden rekommenderas att stärka analysen", ["nämnden för funktionsstöd", "äldre samt vård- och omsorgsnämnden"]),
  ("Nämnden för funktionsstöd och äldre samt vård- och omsorgsnämnden rekommenderas att uppmärksamma", ["nämnden för funktionsstöd", "äldre samt vård- och omsorgsnämnden"]),
  ("Äldre samt vård- och omsorgsnämnden rekommenderas", ["äldre samt vård- och omsorgsnämnden"])],
 "gbg-granskning-nyanlanda-2026": [
  ("Grundskolenämnden rekommenderas att se till att årskursplacering", ["grundskolenämnden"]),
  ("Grundskolenämnden rekommenderas att förbättra arbetet med individuella", ["grundskolenämnden"])],
 "gbg-granskning-personsakerhet-2024": [
  ("Kommunstyrelsen rekommenderas att ta initiativ", ["kommunstyrelsen"])],
 "gbg-granskning-skyfall-2022": [
  ("Stadsrevisionen rekommenderar kommunstyrelsen", ["kommunstyrelsen"]),
  ("Stadsrevisionen rekommenderar kretslopp och vattennämnden", ["kretslopp och vattennämnden"])],
 "gbg-granskning-trygghet-studiero-2024": [
  ("Nämnderna rekommenderas att säkerställa att det vid alla skolenheter", ["grundskolenämnden", "utbildningsnämnden"]),
  ("Nämnderna rekommenderas att säkerställa att personalen anmäler", ["grundskolenämnden", "utbildningsnämnden"]),
  ("Nämnderna rekommenderas att säkerställa att disciplinära åtgärder", ["grundskolenämnden", "utbildningsnämnden"]),
  ("Grundskolenämnden rekommenderas att säkerställa att beslut", ["grundskolenämnden"]),
  ("Nämnderna rekommenderas att förtydliga hur arbetet med studieron", ["grundskolenämnden", "utbildningsnämnden"])],
 "gbg-granskning-hedersrelaterat-vald-2023-scan": [
  ("Samtliga granskade nämnder", ["förskolenämnden", "grundskolenämnden", "utbildningsnämnden", "socialnämnden Hisingen", "socialnämnden Nordost"]),
  ("Förskolenämnden, grundskolenämnden, socialnämnden Hisingen och socialnämnden Nordost", ["förskolenämnden", "grundskolenämnden", "socialnämnden Hisingen", "socialnämnden Nordost"]),
  ("Förskolenämnden och grundskolenämnden rekommenderas", ["förskolenämnden", "grundskolenämnden"]),
  ("Socialnämnden Hisingen och socialnämnden Nordost rekommenderas att vidta", ["socialnämnden Hisingen", "socialnämnden Nordost"]),
  ("Socialnämnden Hisingen och socialnämnden Nordost rekommenderas att säkerställa att resursteamens", ["socialnämnden Hisingen", "socialnämnden Nordost"]),
  ("Socialnämnden Hisingen och socialnämnden Nordost rekommenderas att i samråd", ["socialnämnden Hisingen", "socialnämnden Nordost"]),
  ("Socialnämnden Hisingen och socialnämnden Nordost rekommenderas att säkerställa att det sker", ["socialnämnden Hisingen", "socialnämnden Nordost"]),
  ("Förskolenämnden, grundskolenämnden och socialnämnden Hisingen rekommenderas", ["förskolenämnden", "grundskolenämnden", "socialnämnden Hisingen"])],
}

def norm(s):
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()

@lru_cache(None)
def pdf_page(audit, page):
    pdf = os.path.join(PDFS, audit + ".pdf")
    if audit.endswith("-scan"):
        with tempfile.TemporaryDirectory() as td:
            subprocess.run(["pdftoppm", "-r", "300", "-f", str(page), "-l", str(page), "-png", pdf, td + "/p"], check=True)
            png = sorted(glob.glob(td + "/p*.png"))[0]
            out = subprocess.run(["tesseract", png, "-", "-l", "swe"], capture_output=True, text=True, check=True).stdout
    else:
        out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), pdf, "-"], capture_output=True, text=True, check=True).stdout
    return norm(out)

def main():
    from rapidfuzz import fuzz
    problems = []
    P = problems.append
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if not files:
        P("no json files")
    n_entries = 0; counts = {}
    for jf in files:
        name = os.path.basename(jf)
        try:
            d = json.load(open(jf, encoding="utf-8"))
        except Exception as e:
            P(f"{name}: json error {e}"); continue
        for k in TOP:
            if k not in d: P(f"{name}: missing field {k}")
        if any(k not in d for k in TOP): continue
        if d["file"] + ".json" != name: P(f"{name}: file field mismatch {d['file']}")
        if d["fictional"] is not True: P(f"{name}: fictional must be true")
        if d["kind"] not in KINDS: P(f"{name}: bad kind {d['kind']}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(d["date"])): P(f"{name}: bad date {d['date']}")
        if not isinstance(d["sender"], str) or not d["sender"].strip(): P(f"{name}: empty sender")
        for a in d["follows_up"]:
            if not os.path.exists(os.path.join(PDFS, a + ".pdf")): P(f"{name}: unknown audit {a}")
        txtp = os.path.join(HERE, d["file"] + ".txt")
        if not os.path.exists(txtp):
            P(f"{name}: missing {d['file']}.txt"); continue
        raw = open(txtp, encoding="utf-8").read()
        pages = raw.split("\f")
        if raw.split("\n", 1)[0].strip() != HEAD: P(f"{name}: first line is not the FIKTIVT header")
        if not 2 <= len(pages) <= 6: P(f"{name}: {len(pages)} pages (want 2-6)")
        npages = [norm(p) for p in pages]
        seen = {}
        for i, e in enumerate(d["followups"]):
            tag = f"{name}#{i}"
            miss = [k for k in ENTRY if k not in e]
            if miss: P(f"{tag}: missing {miss}"); continue
            n_entries += 1
            counts[e["status"]] = counts.get(e["status"], 0) + 1
            if e["audit"] not in d["follows_up"]: P(f"{tag}: audit {e['audit']} not in follows_up")
            if e["status"] not in STATUSES: P(f"{tag}: bad status {e['status']}")
            # quote on audit page
            try:
                text = pdf_page(e["audit"], int(e["audit_page"]))
                q = norm(e["recommendation_quote"])
                if e["audit"].endswith("-scan"):
                    r = fuzz.partial_ratio(q, text)
                    if r < 90: P(f"{tag}: quote fuzzy {r:.1f} < 90 on p{e['audit_page']}: {q[:60]}")
                elif q not in text:
                    P(f"{tag}: quote not on {e['audit']} p{e['audit_page']}: {q[:60]}")
            except Exception as ex:
                P(f"{tag}: cannot read audit page: {ex}")
            # evidence
            if e["status"] == "oklart":
                if e["evidence"] is not None or e["page"] is not None:
                    P(f"{tag}: oklart must have evidence null and page null")
            else:
                if not e["evidence"] or not isinstance(e["page"], int):
                    P(f"{tag}: evidence/page missing for status {e['status']}")
                elif not 1 <= e["page"] <= len(pages):
                    P(f"{tag}: page {e['page']} out of range")
                elif norm(e["evidence"]) not in npages[e["page"] - 1]:
                    P(f"{tag}: evidence not on txt p{e['page']}: {e['evidence'][:60]}")
            # coverage bookkeeping
            exp = EXPECTED.get(e["audit"], [])
            hit = [j for j, (pre, _) in enumerate(exp) if norm(e["recommendation_quote"]).startswith(norm(pre))]
            if len(hit) != 1:
                P(f"{tag}: quote does not match exactly one expected recommendation"); continue
            j = hit[0]
            if e["addressee"] not in exp[j][1]:
                P(f"{tag}: addressee {e['addressee']} not addressed by recommendation {j+1}")
            key = (e["audit"], j, e["addressee"])
            seen[key] = seen.get(key, 0) + 1
        for a in d["follows_up"]:
            for j, (pre, adrs) in enumerate(EXPECTED.get(a, [])):
                for x in adrs:
                    c = seen.get((a, j, x), 0)
                    if c != 1: P(f"{name}: {a} rec {j+1} / {x} listed {c} times (want 1)")
    for p in problems:
        print(p)
    if not problems and "-v" in sys.argv:
        print(f"OK: {len(files)} documents, {n_entries} entries, " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
