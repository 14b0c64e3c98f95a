"""OCR engines measured: ``python -m eval.ocr_eval [--pages 8] [--dpi 300] [--engines tesseract,rapidocr]``.

Pages that have a sound text layer (ingest.quality) are sampled with a fixed seed from the real documents
(/work/shared/real or RODATRADEN_REAL_DIR) and the bundled corpus, rendered to images (pypdfium2) and read by
each engine. Both the text layer's words and the OCR words go through the same line grouping
(ingest.layout.group_lines), so reading order is the same; the character error rate is the Levenshtein distance
between the two texts (whitespace collapsed) over the text layer's length. Also: word recall (bag of words) and
seconds per page. Writes eval/results/ocr-latest.json and .md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import time
from pathlib import Path

import pdfplumber
from rapidfuzz.distance import Levenshtein

from eval.report import git_commit, machine_info, now_iso
from ingest.layout import group_lines, page_words
from ingest.models import IngestOptions
from ingest.ocr import ENGINES, render_page
from ingest.pdf import read_page_chars
from ingest.quality import assess

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "eval" / "results"
REAL = Path(os.environ.get("RODATRADEN_REAL_DIR", "/work/shared/real"))
SEED = 15


def _text(words) -> str:
    return re.sub(r"\s+", " ", "\n".join(ln.text for ln in group_lines(words))).strip()


def _bag(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


def sample_pages(n: int) -> list[tuple[Path, int, str]]:
    """(file, page index, text-layer text) of n pages with a sound text layer and at least 300 characters."""
    files = sorted(REAL.glob("*.pdf")) + sorted((REPO / "corpus").glob("*.pdf"))
    candidates: list[tuple[Path, int]] = []
    for f in files:
        with pdfplumber.open(f) as pdf:
            candidates += [(f, i) for i in range(len(pdf.pages))]
    rng = random.Random(SEED)
    rng.shuffle(candidates)
    out: list[tuple[Path, int, str]] = []
    used: set[Path] = set()
    for f, i in candidates:
        if len(out) >= n:
            break
        if f in used:  # one page per document: more documents, more typefaces
            continue
        with pdfplumber.open(f) as pdf:
            page = pdf.pages[i]
            if read_page_chars(f, page) < 300:
                continue
            words = page_words(page)
            if not assess([w.text for w in words]).ok:
                continue
            out.append((f, i, _text(words)))
            used.add(f)
    return out


def measure_engines(n_pages: int, dpi: int, engines: list[str], log=print) -> tuple[dict, list[dict], int]:
    """(per engine: CER, word recall, s/page; per page rows; pages measured) over ``n_pages`` sampled pages."""
    pages = sample_pages(n_pages)
    per_page = []
    totals = {e: {"edits": 0, "chars": 0, "seconds": 0.0, "recall_hits": 0, "recall_n": 0} for e in engines}
    for f, i, ref in pages:
        img = render_page(f, i, dpi)
        row = {"file": f.name, "page": i + 1, "chars": len(ref)}
        ref_bag = _bag(ref)
        for e in engines:
            t0 = time.perf_counter()
            words = ENGINES[e](img, dpi, IngestOptions().ocr_lang)
            dt = time.perf_counter() - t0
            hyp = _text(words)
            edits = Levenshtein.distance(ref, hyp)
            hyp_bag = {}
            for w in _bag(hyp):
                hyp_bag[w] = hyp_bag.get(w, 0) + 1
            hits = 0
            for w in ref_bag:
                if hyp_bag.get(w, 0) > 0:
                    hyp_bag[w] -= 1
                    hits += 1
            t = totals[e]
            t["edits"] += edits
            t["chars"] += len(ref)
            t["seconds"] += dt
            t["recall_hits"] += hits
            t["recall_n"] += len(ref_bag)
            row[e] = {"cer": round(edits / max(len(ref), 1), 4), "word_recall": round(hits / max(len(ref_bag), 1), 4), "seconds": round(dt, 2)}
        per_page.append(row)
        log(json.dumps(row, ensure_ascii=False))
    summary = {e: {"cer": round(t["edits"] / max(t["chars"], 1), 4), "word_recall": round(t["recall_hits"] / max(t["recall_n"], 1), 4),
                   "seconds_per_page": round(t["seconds"] / max(len(pages), 1), 2)} for e, t in totals.items()}
    return summary, per_page, len(pages)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=8)
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--engines", default="tesseract,rapidocr")
    ap.add_argument("--name", default="ocr-latest", help="results file name under eval/results (.json, .md)")
    args = ap.parse_args()
    engines = [e for e in args.engines.split(",") if e]
    summary, per_page, n = measure_engines(args.pages, args.dpi, engines, log=lambda m: print(m, flush=True))
    out = {"date": now_iso(), "commit": git_commit(), "machine": machine_info().model_dump(), "dpi": args.dpi, "seed": SEED,
           "pages": n, "engines": summary, "per_page": per_page}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{args.name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    lines = [f"# OCR engines ({out['date']}, {out['commit']})", "",
             f"{n} pages with a sound text layer (one per document, seed {SEED}), rendered at {args.dpi} dpi; "
             "reference: the text layer, both grouped into lines the same way.", "",
             "| engine | CER | word recall | s/page |", "|---|---|---|---|"]
    lines += [f"| {e} | {100 * s['cer']:.1f} % | {100 * s['word_recall']:.1f} % | {s['seconds_per_page']:.1f} |" for e, s in summary.items()]
    lines += ["", "| page | chars | " + " | ".join(f"{e} CER" for e in engines) + " |", "|---|---|" + "---|" * len(engines)]
    lines += [f"| {r['file']} p{r['page']} | {r['chars']} | " + " | ".join(f"{100 * r[e]['cer']:.1f} %" for e in engines) + " |" for r in per_page]
    (RESULTS / f"{args.name}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
