"""Metadata inferred from the document itself, measured: ``python -m eval.metadata_eval``.

Every PDF in /work/shared/real (or RODATRADEN_REAL_DIR) is copied under a neutral name ("dokument-01.pdf",
so the file name gives nothing away) into a folder without a manifest and parsed as `rodatraden ingest`
does (OCR per RODATRADEN_OCR). The inferred type, year and organisation are compared with the real
manifest, which serves only as the answer key. Writes eval/results/metadata-latest.json and .md.

Scoring: type — the key's kind mapped to our vocabulary (KIND_TO_TYPE); year — equal, for documents whose
key has a year; organisation — right when ours contains the key's organisation or one of its " – " parts
(parentheses dropped), or is contained in it, case-insensitively; a key that only describes the
organisation ("a housing cooperative in …") is not scored; title — the F1 of its words against the title in
eval/metadata_titles.json (case-folded, function words dropped) is at least 0.8 (that key was written while
fitting ingest/titles.py on these documents: in-sample).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

from eval.report import git_commit, now_iso
from ingest import parse_pdf
from ingest.manifest import Manifest
from ingest.models import IngestOptions
from rodatraden.errors import IngestError
from rodatraden.settings import get_settings

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "eval" / "results"
REAL = Path(os.environ.get("RODATRADEN_REAL_DIR", "/work/shared/real"))

# The answer key's "kind" (its first words) -> our document type ids (ingest/lexicon/document_types.toml).
KIND_TO_TYPE = {
    "årsredovisning": "arsredovisning",
    "årsbokslut": "arsredovisning",
    "årsredogörelse": "verksamhetsberattelse",
    "verksamhetsberättelse": "verksamhetsberattelse",
    "revisionsrapport": "granskningsrapport",
    "granskningsrapport": "granskningsrapport",
    "revisionsberättelse": "revisionsberattelse",
    "budget": "budget",
    "delårsrapport": "delarsrapport",
    "yttrande": "yttrande",
    "protokoll": "protokoll",
}


def expected_type(kind: str) -> str | None:
    first = re.split(r"[\s(+]", kind.strip().lower(), maxsplit=1)[0]
    return KIND_TO_TYPE.get(first)


def _norm(s: str) -> str:
    return " ".join(re.sub(r"\([^)]*\)", " ", s).casefold().replace("–", " ").split())


TITLES = REPO / "eval" / "metadata_titles.json"
_FUNCTION = {"och", "för", "av", "i", "till", "samt", "med", "på", "om", "vid", "över", "den", "det", "mot", "under"}


def _title_words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.casefold()) if w not in _FUNCTION}


def title_right(ours: str | None, key: str | None) -> bool | None:
    """Whether the F1 of our title's words against the key's is at least 0.8."""
    if not key:
        return None
    a, b = _title_words(ours or ""), _title_words(key)
    hit = len(a & b)
    return bool(hit) and 2 * hit / (len(a) + len(b)) >= 0.8


def organisation_right(ours: str | None, key: str | None) -> bool | None:
    if not key or key[:1].islower():  # no key, or a description rather than a name
        return None
    if not ours:
        return False
    o = _norm(ours)
    parts = [_norm(key)] + [_norm(p) for p in key.split(" – ")]
    return any(p and (p in o or (len(o) >= 5 and o in p)) for p in parts)


def main() -> None:
    key = json.loads((REAL / "manifest.json").read_text(encoding="utf-8"))
    titles = json.loads(TITLES.read_text(encoding="utf-8"))
    options = IngestOptions.from_settings(get_settings())
    rows = []
    with tempfile.TemporaryDirectory(prefix="metadata-eval-") as tmp:
        for n, entry in enumerate(key, 1):
            src = REAL / entry["file"]
            neutral = Path(tmp) / f"dokument-{n:02d}.pdf"
            shutil.copy(src, neutral)
            t0 = time.perf_counter()
            try:
                meta = parse_pdf(neutral, manifest=Manifest(), options=options).meta
                got = meta.model_dump(include={"title", "document_type", "year", "period", "date", "organisation"})
                error = None
            except IngestError as exc:
                got, error = {}, exc.reason
            want_type = expected_type(entry.get("kind") or "")
            row = {
                "file": entry["file"], "seconds": round(time.perf_counter() - t0, 1), "error": error, "inferred": got,
                "key": {"type": want_type, "year": entry.get("year"), "organisation": entry.get("organisation")},
                "type_right": None if want_type is None else got.get("document_type") == want_type,
                "year_right": None if entry.get("year") is None else got.get("year") == entry["year"],
                "organisation_right": organisation_right(got.get("organisation"), entry.get("organisation")),
                "title_right": title_right(got.get("title"), titles.get(entry["file"])),
            }
            rows.append(row)
            print(f"{entry['file']}: type {got.get('document_type')} ({want_type}), year {got.get('year')} "
                  f"({entry.get('year')}), org {got.get('organisation')!r} -> {row['organisation_right']}, "
                  f"title {got.get('title')!r} -> {row['title_right']}", flush=True)

    def score(field: str) -> dict:
        judged = [r[field] for r in rows if r[field] is not None]
        return {"right": sum(judged), "judged": len(judged), "documents": len(rows)}

    report = {"commit": git_commit(), "date": now_iso(), "ocr": options.ocr, "documents": len(rows),
              "type": score("type_right"), "year": score("year_right"), "organisation": score("organisation_right"),
              "title": score("title_right"), "rows": rows}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "metadata-latest.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    lines = [f"# Metadata inferred without a manifest ({report['date']}, {report['commit']}, OCR {options.ocr})", "",
             "Real documents under neutral file names; the real manifest is only the answer key.", "",
             "| field | right | judged | documents |", "|---|---|---|---|"]
    for f in ("type", "year", "organisation", "title"):
        s = report[f]
        lines.append(f"| {f} | {s['right']} | {s['judged']} | {s['documents']} |")
    lines += ["", "| file | type (key) | year (key) | organisation (key) | title |", "|---|---|---|---|---|"]
    for r in rows:
        g, k = r["inferred"], r["key"]
        mark = {True: "✓", False: "✗", None: "–"}
        lines.append(f"| {r['file']} | {g.get('document_type')} ({k['type']}) {mark[r['type_right']]} | "
                     f"{g.get('year')} ({k['year']}) {mark[r['year_right']]} | {g.get('organisation')} "
                     f"({k['organisation']}) {mark[r['organisation_right']]} | {g.get('title')} {mark[r['title_right']]} |" + (f" error: {r['error']}" if r["error"] else ""))
    (RESULTS / "metadata-latest.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines[:10]))


if __name__ == "__main__":
    main()
