"""The text-quality check measured: ``python -m eval.text_quality``.

Runs :func:`ingest.quality.assess` (every score computed) on every page of the real documents
(/work/shared/real or RODATRADEN_REAL_DIR), the bundled corpus and tests/data. Pages of the documents listed in
the real manifest's notes as a broken text layer are the positives; every other page with a text layer is a
negative. Prints and writes detection per broken document and the false-positive rate over clean pages
(eval/results/text-quality-latest.json and .md).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pdfplumber

from eval.report import git_commit, now_iso
from ingest.layout import page_words
from ingest.pdf import read_page_chars
from ingest.quality import assess
from ingest.textlayer import MIN_CHARS_PER_PAGE

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "eval" / "results"
REAL = Path(os.environ.get("RODATRADEN_REAL_DIR", "/work/shared/real"))


def broken_documents(real: Path) -> set[str]:
    """Files whose manifest notes say 'Broken text layer'."""
    mf = real / "manifest.json"
    if not mf.is_file():
        return set()
    return {e["file"] for e in json.loads(mf.read_text(encoding="utf-8")) if "broken text layer" in (e.get("notes") or "").lower()}


def main() -> None:
    files = sorted(REAL.glob("*.pdf")) + sorted((REPO / "corpus").glob("*.pdf")) + sorted((REPO / "tests" / "data").glob("*.pdf"))
    broken = broken_documents(REAL)
    docs = []
    clean_pages = clean_flagged = 0
    flagged_clean: list[str] = []
    for f in files:
        is_broken = f.name in broken or f.name.startswith("broken-")  # tests/data/broken-*: pages cut from them
        pages = flagged = with_text = 0
        issues: dict[str, int] = {}
        with pdfplumber.open(f) as pdf:
            for i, page in enumerate(pdf.pages):
                pages += 1
                if read_page_chars(f, page) < MIN_CHARS_PER_PAGE:
                    continue
                with_text += 1
                q = assess([w.text for w in page_words(page)], full=True)
                if not q.ok:
                    flagged += 1
                    for k in q.issues:
                        issues[k] = issues.get(k, 0) + 1
                    if not is_broken:
                        flagged_clean.append(f"{f.name} p{i + 1}: {q.describe()}")
                page.flush_cache()
        if not is_broken:
            clean_pages += with_text
            clean_flagged += flagged
        docs.append({"file": f.name, "broken": is_broken, "pages": pages, "pages_with_text": with_text,
                     "flagged": flagged, "issues": issues})
    out = {"date": now_iso(), "commit": git_commit(), "documents": docs, "clean_pages": clean_pages,
           "clean_pages_flagged": clean_flagged, "false_positive_rate": clean_flagged / max(clean_pages, 1),
           "flagged_clean_pages": flagged_clean,
           "broken_documents_detected": sum(1 for d in docs if d["broken"] and d["flagged"]),
           "broken_documents": sum(1 for d in docs if d["broken"])}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "text-quality-latest.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    lines = [f"# Text-quality check ({out['date']}, {out['commit']})", "",
             f"Broken documents detected: {out['broken_documents_detected']} of {out['broken_documents']}. "
             f"False positives: {clean_flagged} of {clean_pages} clean pages with a text layer "
             f"({100 * out['false_positive_rate']:.1f} %).", "",
             "| document | broken | pages | with text | flagged | issues |", "|---|---|---|---|---|---|"]
    for d in docs:
        lines.append(f"| {d['file']} | {'yes' if d['broken'] else ''} | {d['pages']} | {d['pages_with_text']} | {d['flagged']} | "
                     + ", ".join(f"{k} {v}" for k, v in sorted(d["issues"].items())) + " |")
    (RESULTS / "text-quality-latest.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
