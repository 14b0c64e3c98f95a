#!/usr/bin/env python3
"""Verify the fictional follow-up documents against their ground-truth JSON files.

For every followup entry:
  * evidence (non-oklart) occurs exactly, whitespace-normalised, on the stated page of NAME.txt
    (pages split on \\f); oklart entries must have evidence "" and page null;
  * recommendation_quote occurs (whitespace-normalised, line-end hyphenation joined) in the text of
    the stated audit_page of the audit PDF (pdftotext -layout per page; for the scanned audit the
    OCR text in ocr/heder-corrected-pN.txt made with pdftoppm -r 200 + tesseract -l swe).
Also checks header line, "(fiktivt)" diary number, date, field values, and how many
recommendation sentences are copied verbatim into the documents.
"""
import glob, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = os.environ.get("RODATRADEN_REAL_DIR", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../../shared/real"))
SCAN = "gbg-granskning-hedersrelaterat-vald-2023-scan"
HEAD = "FIKTIVT TESTDOKUMENT – påhittade uppgifter för test"
KINDS = {"yttrande", "revisionsberattelse", "arsredogorelse", "uppfoljning_pm", "other_audit_response"}
STATUSES = {"atgardad", "delvis", "ej_atgardad", "oklart"}

def ws(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()

def join_hyph(t):
    # "vård-\noch" -> "vård- och"; "före-\nbyggande" -> "förebyggande"
    t = re.sub(r"-[ \t]*\n\s*(?=(och|eller|samt|respektive|till|som)\b)", "- ", t)
    return re.sub(r"-[ \t]*\n\s*(?=[a-zåäöé])", "", t)

_cache = {}
def audit_page(audit, page):
    key = (audit, page)
    if key not in _cache:
        if audit == SCAN:
            p = os.path.join(HERE, "ocr", f"heder-corrected-p{page}.txt")
            raw = open(p, encoding="utf-8").read() if os.path.exists(p) else ""
        else:
            raw = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page),
                                  os.path.join(REAL, audit + ".pdf"), "-"],
                                 capture_output=True, text=True).stdout
        _cache[key] = ws(join_hyph(raw))
    return _cache[key]

def main():
    errors, n_entries, counts = [], 0, {}
    verbatim = total_spoken = 0
    jsons = sorted(glob.glob(os.path.join(HERE, "*.json")))
    for jp in jsons:
        name = os.path.basename(jp)[:-5]
        d = json.load(open(jp, encoding="utf-8"))
        tp = os.path.join(HERE, name + ".txt")
        if not os.path.exists(tp):
            errors.append(f"{name}: missing .txt"); continue
        text = open(tp, encoding="utf-8").read()
        pages = [ws(p) for p in text.split("\f")]
        pre = f"{name}:"
        if d.get("file") != name: errors.append(f"{pre} file field {d.get('file')!r}")
        if d.get("fictional") is not True: errors.append(f"{pre} fictional not true")
        if d.get("kind") not in KINDS: errors.append(f"{pre} bad kind {d.get('kind')}")
        if text.splitlines()[0] != HEAD: errors.append(f"{pre} first line is not the fictional header")
        if "(fiktivt)" not in text: errors.append(f"{pre} no diary number marked (fiktivt)")
        if not re.fullmatch(r"202[4-7]-\d\d-\d\d", d.get("date", "")): errors.append(f"{pre} bad date")
        elif d["date"] not in text: errors.append(f"{pre} date {d['date']} not in text")
        if not 1 <= len(pages) <= 3: errors.append(f"{pre} {len(pages)} pages")
        if d["kind"] == "other_audit_response" and (d["followups"] or d["follows_up"]):
            errors.append(f"{pre} other_audit_response must have empty follows_up/followups")
        for i, f in enumerate(d["followups"]):
            n_entries += 1
            e = f"{pre} entry {i} ({f['addressee']}, {f['status']})"
            counts[f["status"]] = counts.get(f["status"], 0) + 1
            if f["status"] not in STATUSES: errors.append(f"{e}: bad status")
            if f["audit"] not in d["follows_up"]: errors.append(f"{e}: audit not in follows_up")
            # recommendation quote on audit page
            q = ws(f["recommendation_quote"])
            if q not in audit_page(f["audit"], f["audit_page"]):
                errors.append(f"{e}: quote not found on {f['audit']} p.{f['audit_page']}: {q[:70]}…")
            if f["addressee"].lower() not in q.lower() and not q.startswith(("Nämnderna", "Samtliga")):
                errors.append(f"{e}: addressee not named in recommendation")
            if f["status"] == "oklart":
                if f["evidence"] != "" or f["page"] is not None:
                    errors.append(f"{e}: oklart must have empty evidence and null page")
                continue
            total_spoken += 1
            if q in ws(text): verbatim += 1
            ev = ws(f["evidence"])
            pg = f["page"]
            if not ev:
                errors.append(f"{e}: empty evidence"); continue
            if not isinstance(pg, int) or not 1 <= pg <= len(pages):
                errors.append(f"{e}: bad page {pg}"); continue
            c = pages[pg - 1].count(ev)
            if c != 1:
                where = [k + 1 for k, p in enumerate(pages) if ev in p]
                errors.append(f"{e}: evidence found {c}x on page {pg} (found on pages {where}): {ev[:70]}…")
    print(f"documents: {len(jsons)}, followup entries: {n_entries}")
    print("status counts:", ", ".join(f"{k}={counts.get(k, 0)}" for k in ["atgardad", "delvis", "ej_atgardad", "oklart"]))
    print(f"recommendation quoted verbatim in document text: {verbatim} of {total_spoken} non-oklart entries")
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for x in errors: print("  -", x)
        sys.exit(1)
    print("OK: all checks passed")

if __name__ == "__main__":
    main()
