"""Text fidelity per document: ``python -m eval.text_fidelity [--pages 3] [--ocr]``.

For every PDF in the real documents (/work/shared/real or RODATRADEN_REAL_DIR) and the bundled corpus, 3 pages
(fixed seed) are compared with Poppler's ``pdftotext`` of the same page:
- word recall: the share of pdftotext's words (NFKC, lower case, multiset) that our page text holds;
- å/ä/ö kept: our count of å/ä/ö over pdftotext's on those pages (capped at 1);
- for pages whose text layer is broken or missing, pdftotext is no reference: they are listed with our
  text's å/ä/ö per 1,000 letters (Swedish prose has 20-40) instead.
Also the parse time (OCR off, or on with --ocr) against bare pdfplumber ``extract_text`` per document.
Writes eval/results/text-fidelity-latest.json and .md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import time
import unicodedata
from collections import Counter
from pathlib import Path

import pdfplumber

from eval.report import git_commit, now_iso
from ingest import parse_pdf
from ingest.models import IngestOptions

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "eval" / "results"
REAL = Path(os.environ.get("RODATRADEN_REAL_DIR", "/work/shared/real"))
SEED = 15
_TOKEN = re.compile(r"[^\W_]+")
_DIA = set("åäöÅÄÖ")


def words(text: str) -> Counter:
    return Counter(_TOKEN.findall(unicodedata.normalize("NFKC", text).lower()))


def pdftotext(path: Path, page: int) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(path), "-"],
                         capture_output=True, timeout=120)
    return out.stdout.decode("utf-8", "replace")


def bare_seconds(path: Path) -> float:
    t0 = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            p.extract_text()
            p.flush_cache()
    return time.perf_counter() - t0


def measure(path: Path, n_pages: int, options: IngestOptions) -> dict:
    bare = bare_seconds(path)
    t0 = time.perf_counter()
    try:
        doc = parse_pdf(path, options=options)
    except Exception as exc:  # noqa: BLE001 - a document we cannot read is a row with its error
        return {"file": path.name, "error": f"{type(exc).__name__}: {exc}"[:200]}
    parse_s = time.perf_counter() - t0
    rng = random.Random(f"{SEED}:{path.name}")
    sample = sorted(rng.sample(range(1, len(doc.pages) + 1), min(n_pages, len(doc.pages))))
    hits = total = dia_ours = dia_ref = 0
    broken: list[dict] = []
    for n in sample:
        page = doc.pages[n - 1]
        ours = page.text
        if page.ocr or page.quality_issues:
            letters = sum(ch.isalpha() for ch in ours)
            broken.append({"page": n, "ocr": page.ocr, "issues": page.quality_issues,
                           "dia_per_1000_letters": round(1000 * sum(ch in _DIA for ch in ours) / max(letters, 1), 1)})
            continue
        ref = pdftotext(path, n)
        rw, ow = words(ref), words(ours)
        hits += sum(min(c, ow[w]) for w, c in rw.items())
        total += sum(rw.values())
        dia_ref += sum(ch in _DIA for ch in ref)
        dia_ours += sum(ch in _DIA for ch in ours)
    return {"file": path.name, "pages": len(doc.pages), "sampled": sample,
            "word_recall": round(hits / total, 4) if total else None,
            "dia_kept": round(min(1.0, dia_ours / dia_ref), 4) if dia_ref else None,
            "ref_words": total, "not_comparable": broken,
            "parse_s": round(parse_s, 2), "bare_s": round(bare, 2), "ratio_parse_to_bare": round(parse_s / bare, 2) if bare else None}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=3)
    ap.add_argument("--ocr", action="store_true", help="OCR pages with no or a broken text layer (slow)")
    args = ap.parse_args()
    if not shutil.which("pdftotext"):
        raise SystemExit("pdftotext (Debian poppler-utils) is needed as the reference")
    options = IngestOptions(ocr="auto" if args.ocr else "off")
    files = sorted(REAL.glob("*.pdf")) + sorted((REPO / "corpus").glob("*.pdf"))
    rows = []
    for f in files:
        row = measure(f, args.pages, options)
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False), flush=True)
    ok = [r for r in rows if r.get("word_recall") is not None]
    hits = sum(r["word_recall"] * r["ref_words"] for r in ok)
    total = sum(r["ref_words"] for r in ok)
    parse_s = sum(r.get("parse_s", 0) for r in rows if "error" not in r)
    bare_s = sum(r.get("bare_s", 0) for r in rows if "error" not in r)
    summary = {"documents": len(rows), "compared": len(ok), "word_recall": round(hits / total, 4) if total else None,
               "min_word_recall": min((r["word_recall"] for r in ok), default=None),
               "dia_kept_min": min((r["dia_kept"] for r in ok if r["dia_kept"] is not None), default=None),
               "parse_s": round(parse_s, 1), "bare_s": round(bare_s, 1),
               "ratio_parse_to_bare": round(parse_s / bare_s, 2) if bare_s else None}
    out = {"date": now_iso(), "commit": git_commit(), "seed": SEED, "pages_per_document": args.pages,
           "ocr": options.ocr, "summary": summary, "documents": rows}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "text-fidelity-latest.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    lines = [f"# Text fidelity ({out['date']}, {out['commit']}, OCR {options.ocr})", "",
             f"{args.pages} pages per document (seed {SEED}) against pdftotext. Word recall {_pct(summary['word_recall'])} "
             f"over {summary['compared']} documents (lowest {_pct(summary['min_word_recall'])}); å/ä/ö kept, lowest "
             f"document: {_pct(summary['dia_kept_min'])}. Parse time {summary['parse_s']} s vs bare pdfplumber "
             f"{summary['bare_s']} s (×{summary['ratio_parse_to_bare']}). Running headers/footers are removed on purpose, "
             "so recall below 100 % includes them.", "",
             "| document | pages | sampled | word recall | å/ä/ö kept | not comparable (OCR or broken layer) | parse / bare |",
             "|---|---|---|---|---|---|---|"]
    for r in rows:
        if "error" in r:
            lines.append(f"| {r['file']} | | | | | {r['error']} | |")
            continue
        nc = "; ".join(f"p{b['page']} {'OCR' if b['ocr'] else ','.join(b['issues'])} å/ä/ö {b['dia_per_1000_letters']}/1000"
                       for b in r["not_comparable"])
        lines.append(f"| {r['file']} | {r['pages']} | {','.join(map(str, r['sampled']))} | {_pct(r['word_recall'])} | "
                     f"{_pct(r['dia_kept'])} | {nc} | ×{r['ratio_parse_to_bare']} |")
    (RESULTS / "text-fidelity-latest.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


def _pct(v: float | None) -> str:
    return "–" if v is None else f"{100 * v:.1f} %"


if __name__ == "__main__":
    main()
