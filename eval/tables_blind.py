"""Cell accuracy of typed tables against the blind gold tables (eval/blind/tables_{dev,test}.json).

A gold table lists every cell as {row, column, raw, value}. A cell is right when the extracted table has a row
whose label matches ``row``, a column whose header matches ``column`` (both after whitespace/case normalisation,
else a rapidfuzz ratio >= 90 between names with the same numbers; a column may also be named by one of its header
lines) and the value at that place equals ``value`` (``null`` must be ``null``). A label that
occurs several times is matched by occurrence (the k-th gold "Summa" to the k-th extracted one).

Each gold table is scored against the best extracted table on its page (ours: any table whose pages include it),
and the same is done for pdfplumber's default ``page.extract_tables()`` (first row = header, first column =
labels, cells parsed with our ``parse_number``) in the same run. Pages without a text layer need OCR and are
reported as not measurable when no OCR engine is installed (ingest reads them by OCR).

    python -m eval.tables_blind [dev|test] [--doc SUBSTRING] [--write]   (results: eval/results/tables-latest.*)
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import pdfplumber
from pydantic import BaseModel, Field
from rapidfuzz import fuzz

from ingest.models import ParsedDocument
from ingest.numbers import parse_number

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "eval" / "blind"
# ../shared/real relative to the repo root (a worktree deeper down finds it through its ancestors)
PDF_DIRS = [ROOT / "corpus", *[a / "shared" / "real" for a in ROOT.parents][:3], ROOT / "tests" / "data"]
FUZZ = 90.0


class Candidate(BaseModel):
    ref: str
    columns: list[str]  # value-column headers (the label column excluded)
    parts: list[list[str]] = []  # each column's header lines (a gold header may name one of them)
    rows: list[tuple[str, list[float | None]]]


class BlindTableScore(BaseModel):
    doc: str
    page: int
    title: str
    status: str = "ok"  # ok | not measurable: …
    cells: int
    ours: int = 0
    baseline: int = 0
    ours_table: str | None = None
    baseline_table: str | None = None
    errors: list[str] = Field(default_factory=list)


class BlindHalfReport(BaseModel):
    half: str
    tables: list[BlindTableScore]
    cells: int  # measurable cells
    ours_accuracy: float
    baseline_accuracy: float
    not_measurable: int


def pdf_path(doc: str) -> Path | None:
    for d in PDF_DIRS:
        p = d / f"{doc}.pdf"
        if p.exists():
            return p
    return None


def norm(text: str | None) -> str:
    t = unicodedata.normalize("NFC", text or "").lower()
    t = re.sub(r"[\u2010-\u2015\u2212]", "-", t)
    t = re.sub(r"\s*-\s*", "-", t)
    return re.sub(r"\s+", " ", t).strip(" :")


def _match(want: str, options: list[str]) -> list[int]:
    """Indexes of options matching ``want`` (exact after normalisation, else fuzzy >= FUZZ), best first."""
    w = norm(want)
    exact = [i for i, o in enumerate(options) if norm(o) == w]
    if exact:
        return exact
    # fuzzy only between names with the same numbers ("2023-12-31" never matches "2022-12-31")
    digits = re.findall(r"\d+", w)
    scored = [(fuzz.ratio(w, norm(o)), i) for i, o in enumerate(options) if re.findall(r"\d+", norm(o)) == digits]
    best = max((s for s, _ in scored), default=0)
    return [i for s, i in scored if s >= FUZZ and s == best]


def score(gold: dict, cand: Candidate) -> tuple[int, list[str]]:
    labels = [r[0] for r in cand.rows]
    order: list[str] = []
    for c in gold["cells"]:
        if c["row"] not in order:
            order.append(c["row"])
    # the k-th occurrence of a gold label (rows repeat e.g. "Summa") -> k-th matching candidate row
    occ: dict[str, int] = defaultdict(int)
    row_of: dict[str, int | None] = {}
    seen_rows: dict[str, list[str]] = defaultdict(list)
    for c in gold["cells"]:
        key = c["row"]
        if c["column"] in seen_rows[key]:
            occ[key] += 1
            seen_rows[key] = []
        seen_rows[key].append(c["column"])
        c["_occ"] = occ[key]
    right = 0
    errors: list[str] = []
    for c in gold["cells"]:
        rk = (c["row"], c["_occ"])
        if rk not in row_of:
            hits = _match(c["row"], labels)
            hits = sorted(hits)
            # a group heading repeating a data row's label ("Övriga fordringar" over "Övriga fordringar 8 950")
            valued = [h for h in hits if any(v is not None for v in cand.rows[h][1])]
            hits = valued or hits
            row_of[rk] = hits[c["_occ"]] if c["_occ"] < len(hits) else None
        ri = row_of[rk]
        cols = _match(c["column"], cand.columns)
        if not cols and cand.parts:
            flat = [(j, p) for j, ps in enumerate(cand.parts) for p in ps]
            hit = _match(c["column"], [p for _, p in flat])
            cols = [flat[k][0] for k in hit][:1] if len({flat[k][0] for k in hit}) == 1 else []
        if ri is None:
            errors.append(f"row missing: {c['row']!r}")
            continue
        if not cols:
            errors.append(f"column missing: {c['column']!r} (have {cand.columns})")
            continue
        vals = cand.rows[ri][1]
        got = vals[cols[0]] if cols[0] < len(vals) else None
        want = c.get("value")
        ok = (want is None and got is None) or (want is not None and got is not None and abs(float(want) - got) < 1e-6)
        if ok:
            right += 1
        else:
            errors.append(f"{c['row']!r} / {c['column']!r}: want {want}, got {got}")
    # one message per missing row/column
    errors = list(dict.fromkeys(errors))
    return right, errors


def ours_candidates(doc: ParsedDocument, page: int) -> list[Candidate]:
    out = []
    for t in doc.tables:
        if not t.page <= page <= (t.page_end or t.page):
            continue
        cols = t.columns[1:]
        parts = [ci.parts for ci in t.column_info[1:]] if t.column_info else []
        out.append(Candidate(ref=t.id, columns=cols, parts=parts, rows=[(r.label, [c.value for c in r.cells]) for r in t.rows]))
    return out


@lru_cache(maxsize=32)
def _baseline_raw(path: Path, page: int) -> tuple:
    with pdfplumber.open(path) as pdf:
        if not 1 <= page <= len(pdf.pages):
            return ()
        p = pdf.pages[page - 1]
        return tuple(tuple(tuple(r) for r in t) for t in p.extract_tables())


def baseline_candidates(path: Path, page: int) -> list[Candidate]:
    out = []
    for n, t in enumerate(_baseline_raw(path, page), start=1):
        if not t:
            continue
        head = [(c or "").replace("\n", " ") for c in t[0]]
        rows = []
        for r in t[1:]:
            vals = [parse_number((c or "").replace("\n", " "))[0] for c in r[1:]]
            rows.append(((r[0] or "").replace("\n", " "), vals))
        out.append(Candidate(ref=f"p{page}#{n}", columns=head[1:], rows=rows))
    return out


def _has_text(path: Path, page: int) -> bool:
    with pdfplumber.open(path) as pdf:
        return 1 <= page <= len(pdf.pages) and len(pdf.pages[page - 1].chars) > 20


def _ocr_available() -> bool:
    try:
        from ingest.ocr import tesseract_available
    except ImportError:
        return False
    return tesseract_available()


def _best(gold: dict, cands: list[Candidate]) -> tuple[int, str | None, list[str]]:
    best = (-1, None, ["no table on the page"])
    for c in cands:
        n, errs = score(gold, c)
        if n > best[0]:
            best = (n, c.ref, errs)
    return max(best[0], 0), best[1], best[2]


def evaluate_half(half: str, parse=None, gold_path: Path | None = None, only: str | None = None,
                  parsed: dict | None = None) -> BlindHalfReport:
    """Score one half. ``parse(path) -> ParsedDocument`` defaults to ingest.parse_pdf (one parse per document,
    kept in ``parsed`` so that the other half reuses it)."""
    if parse is None:
        from ingest import parse_pdf as parse
    gold = json.loads((gold_path or BLIND / f"tables_{half}.json").read_text(encoding="utf-8"))
    if only:
        gold = [g for g in gold if only in g["doc"]]
    parsed = {} if parsed is None else parsed
    scores: list[BlindTableScore] = []
    for g in gold:
        s = BlindTableScore(doc=g["doc"], page=g["page"], title=g.get("title", ""), cells=len(g["cells"]))
        path = pdf_path(g["doc"])
        if path is None:
            s.status = "not measurable: PDF not found"
        elif not _has_text(path, g["page"]) and not _ocr_available():
            s.status = "not measurable: page has no text layer and no OCR engine is installed"
        else:
            if g["doc"] not in parsed:
                try:
                    parsed[g["doc"]] = parse(path)
                except Exception as exc:  # noqa: BLE001 - a document that fails to parse scores 0
                    parsed[g["doc"]] = exc
            doc = parsed[g["doc"]]
            if isinstance(doc, Exception):
                s.errors = [f"parse failed: {doc}"]
            else:
                s.ours, s.ours_table, s.errors = _best(g, ours_candidates(doc, g["page"]))
            s.baseline, s.baseline_table, _ = _best(g, baseline_candidates(path, g["page"]))
        scores.append(s)
    ok = [s for s in scores if s.status == "ok"]
    cells = sum(s.cells for s in ok)
    return BlindHalfReport(
        half=half,
        tables=scores,
        cells=cells,
        ours_accuracy=sum(s.ours for s in ok) / cells if cells else 0.0,
        baseline_accuracy=sum(s.baseline for s in ok) / cells if cells else 0.0,
        not_measurable=len(scores) - len(ok),
    )


def print_half(r: BlindHalfReport, show_errors: bool) -> None:
    """Per-table lines for the dev half; the test half is read as its aggregate only (eval/blind/README.md)."""
    for s in (r.tables if r.half != "test" else []):
        if s.status != "ok":
            print(f"  {s.doc} p{s.page} {s.title[:40]!r}: {s.status}")
            continue
        print(f"  {s.doc} p{s.page} {s.title[:40]!r}: ours {s.ours}/{s.cells} ({s.ours / s.cells:.1%}, {s.ours_table})  "
              f"pdfplumber {s.baseline}/{s.cells} ({s.baseline / s.cells:.1%})")
        if show_errors:
            for e in s.errors[:12]:
                print(f"      {e}")
    print(f"{r.half}: cell accuracy ours {r.ours_accuracy:.1%}, pdfplumber extract_tables() {r.baseline_accuracy:.1%} "
          f"({r.cells} cells; {r.not_measurable} table(s) not measurable)")


def render_markdown(reports: list[BlindHalfReport]) -> str:
    lines = ["# Typed tables vs blind gold (cell = label + column header + value)", "",
             "| half | table | cells | ours | pdfplumber extract_tables() |", "|---|---|---:|---:|---:|"]
    for r in reports:
        for s in (r.tables if r.half != "test" else []):  # the test half is shown as its aggregate only
            name = f"{s.doc} p{s.page} {s.title[:40]}"
            if s.status != "ok":
                lines.append(f"| {r.half} | {name} | {s.cells} | {s.status} | |")
            else:
                lines.append(f"| {r.half} | {name} | {s.cells} | {s.ours / s.cells:.1%} | {s.baseline / s.cells:.1%} |")
        lines.append(f"| **{r.half}** | **all measurable** | **{r.cells}** | **{r.ours_accuracy:.1%}** | "
                     f"**{r.baseline_accuracy:.1%}** |")
    return "\n".join(lines) + "\n"


def write_results(reports: list[BlindHalfReport], out_dir: Path = ROOT / "eval" / "results") -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    js, md = out_dir / "tables-latest.json", out_dir / "tables-latest.md"
    # the test half is stored as scores only (no cell errors), like it is read
    payload = [r.model_dump(mode="json") for r in reports]
    for r in payload:
        if r["half"] == "test":
            r["tables"] = []  # the test half is stored as its aggregate only, like it is read
    js.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    md.write_text(render_markdown(reports), encoding="utf-8")
    return [js, md]


def main(argv: list[str]) -> int:
    if "-h" in argv or "--help" in argv:
        print(__doc__.strip().splitlines()[-1].strip())
        return 0
    only = argv[argv.index("--doc") + 1] if "--doc" in argv else None
    halves = [a for a in argv if a in ("dev", "test")] or ["dev", "test"]
    parsed: dict = {}
    reports = []
    for h in halves:
        r = evaluate_half(h, only=only, parsed=parsed)
        # errors are shown for the dev half only: the test half is read as scores
        print_half(r, show_errors=h == "dev")
        reports.append(r)
    if "--write" in argv:
        for p in write_results(reports):
            print(f"wrote {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
