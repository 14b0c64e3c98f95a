"""Table extraction quality against eval/tables.json.

``evaluate_tables(parsed, gold_path) -> TableEvalReport``: each gold table is matched to the best extracted
table of its document (by row labels) and scored by cell accuracy (label + every value). The same is done for
pdfplumber's default ``page.extract_tables()`` on the same pages as a baseline (cells parsed with our
``parse_number``). ``python -m eval.tables_eval`` prints both accuracies.

With ``blind=True`` (what ``rodatraden eval`` runs) the report also carries both halves of the blind gold tables
over real documents (:mod:`eval.tables_blind`: cell = label + column header + value, fuzzy-matched names), with
pdfplumber's default as the baseline in the same run; the test half as scores only.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pdfplumber
from pydantic import BaseModel, Field

from eval.tables_blind import BlindHalfReport, evaluate_half
from ingest.models import ParsedDocument, Table
from ingest.numbers import parse_number

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT / "eval" / "tables.json"
CORPUS = ROOT / "corpus"


class TableScore(BaseModel):
    gold_id: str
    doc: str
    matched_table: str | None = None  # table id (ours) or "p{page}#{n}" (baseline)
    cells_total: int
    cells_correct: int
    accuracy: float
    columns_match: bool = False
    errors: list[str] = Field(default_factory=list)


class TableEvalReport(BaseModel):
    ours: list[TableScore]
    baseline: list[TableScore]
    ours_accuracy: float
    baseline_accuracy: float
    cells_total: int
    # blind gold tables over real documents (eval/blind/tables_{dev,test}.json; see eval.tables_blind)
    real_dev_accuracy: float | None = None
    real_dev_baseline_accuracy: float | None = None
    real_dev_cells: int | None = None
    real_test_accuracy: float | None = None
    real_test_baseline_accuracy: float | None = None
    real_test_cells: int | None = None
    real_not_measurable: int | None = None
    real: list[BlindHalfReport] = Field(default_factory=list)


def _norm(label: str) -> str:
    return re.sub(r"\s+", " ", label or "").strip().lower()


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) < 1e-6


def _score(gold: dict, rows: list[tuple[str, list[float | None]]], columns: list[str], ref: str | None) -> TableScore:
    by_label: dict[str, list[float | None]] = {}
    for label, values in rows:
        by_label.setdefault(_norm(label), values)
    total = correct = 0
    errors: list[str] = []
    for grow in gold["rows"]:
        label, gvals = grow[0], grow[1:]
        total += 1 + len(gvals)
        got = by_label.get(_norm(label))
        if got is None:
            errors.append(f"row missing: {label}")
            continue
        correct += 1
        for j, gv in enumerate(gvals):
            v = got[j] if j < len(got) else None
            if _same(None if gv is None else float(gv), v):
                correct += 1
            else:
                errors.append(f"{label}[{j + 1}]: want {gv}, got {v}")
    gcols = [_norm(c) for c in gold["columns"]]
    return TableScore(
        gold_id=gold["id"],
        doc=gold["doc"],
        matched_table=ref,
        cells_total=total,
        cells_correct=correct,
        accuracy=correct / total if total else 0.0,
        columns_match=[_norm(c) for c in columns] == gcols,
        errors=errors,
    )


def _overlap(gold: dict, labels: list[str]) -> int:
    gl = {_norm(r[0]) for r in gold["rows"]}
    return len(gl & {_norm(x) for x in labels})


def _title_hint(gold: dict, table_text: str) -> int:
    m = re.match(r"(Tabell \d+)", gold.get("title", ""))
    return 1 if m and m.group(1).lower() in table_text.lower() else 0


def _ours(gold: dict, tables: list[Table]) -> TableScore:
    best: TableScore | None = None
    best_key: tuple = (0,)
    for t in tables:
        rows = [(r.label, [c.value for c in r.cells]) for r in t.rows]
        s = _score(gold, rows, t.columns, t.id)
        key = (s.accuracy, _title_hint(gold, t.title), _overlap(gold, [r.label for r in t.rows]))
        if key > best_key:
            best, best_key = s, key
    return best or _score(gold, [], [], None)


def _baseline_tables(pdf_path: Path, pages: set[int]) -> list[tuple[str, list[list[str | None]], str]]:
    out = []
    with pdfplumber.open(pdf_path) as pdf:
        for pno in sorted(pages):
            if pno - 1 >= len(pdf.pages):
                continue
            page = pdf.pages[pno - 1]
            text = page.extract_text() or ""
            for n, t in enumerate(page.extract_tables(), start=1):
                out.append((f"p{pno}#{n}", t, text))
    return out


def _baseline(gold: dict, candidates) -> TableScore:
    # the best table among those sharing row labels with the gold table (same rule as for ours)
    best: TableScore | None = None
    best_key: tuple = (0,)
    for ref, t, _page_text in candidates:
        rows = []
        for r in t[1:]:
            if not r:
                continue
            vals = [parse_number((c or "").replace("\n", " "))[0] for c in r[1:]]
            rows.append(((r[0] or "").replace("\n", " "), vals))
        columns = [(c or "").replace("\n", " ") for c in (t[0] if t else [])]
        s = _score(gold, rows, columns, ref)
        key = (s.accuracy, _overlap(gold, [r[0] or "" for r in t if r]))
        if key > best_key:
            best, best_key = s, key
    return best or _score(gold, [], [], None)


def evaluate_tables(parsed: list[ParsedDocument], gold_path: str | Path = DEFAULT_GOLD, corpus_dir: str | Path | None = None,
                    blind: bool = True) -> TableEvalReport:
    """The bundled gold (``gold_path``) and, with ``blind``, both halves of the blind real-document gold."""
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    by_doc = {d.meta.doc_id: d for d in parsed}
    corpus = Path(corpus_dir) if corpus_dir else CORPUS
    ours: list[TableScore] = []
    base: list[TableScore] = []
    for g in gold:
        doc = by_doc.get(g["doc"])
        if doc is None:
            continue
        ours.append(_ours(g, doc.tables))
        # baseline on the same pages as our tables of this document (a continuation's pages included)
        pages = {p for t in doc.tables for p in range(t.page, (t.page_end or t.page) + 1)}
        pdf_path = corpus / doc.meta.file_name
        cands = _baseline_tables(pdf_path, pages) if pdf_path.is_file() else []
        base.append(_baseline(g, cands))
    total = sum(s.cells_total for s in ours)
    report = TableEvalReport(
        ours=ours,
        baseline=base,
        ours_accuracy=sum(s.cells_correct for s in ours) / total if total else 0.0,
        baseline_accuracy=sum(s.cells_correct for s in base) / total if total else 0.0,
        cells_total=total,
    )
    if blind:
        cache: dict = {}
        dev, test = evaluate_half("dev", parsed=cache), evaluate_half("test", parsed=cache)
        for t in test.tables:
            t.errors = []  # the test half is read as scores only
        report.real = [dev, test]
        report.real_dev_accuracy, report.real_dev_baseline_accuracy, report.real_dev_cells = dev.ours_accuracy, dev.baseline_accuracy, dev.cells
        report.real_test_accuracy, report.real_test_baseline_accuracy, report.real_test_cells = test.ours_accuracy, test.baseline_accuracy, test.cells
        report.real_not_measurable = dev.not_measurable + test.not_measurable
    return report


def main(argv: list[str] | None = None) -> int:
    from ingest import parse_pdf

    gold = json.loads(DEFAULT_GOLD.read_text(encoding="utf-8"))
    docs = sorted({g["doc"] for g in gold})
    parsed = [parse_pdf(CORPUS / f"{d}.pdf") for d in docs if (CORPUS / f"{d}.pdf").is_file()]
    report = evaluate_tables(parsed, DEFAULT_GOLD, blind=False)
    for s, b in zip(report.ours, report.baseline):
        print(f"{s.gold_id:28s} ours {s.cells_correct}/{s.cells_total} ({s.accuracy:.1%}, columns "
              f"{'ok' if s.columns_match else 'differ'}, {s.matched_table})  pdfplumber default "
              f"{b.cells_correct}/{b.cells_total} ({b.accuracy:.1%}, columns {'ok' if b.columns_match else 'differ'})")
        for e in s.errors[:5]:
            print(f"    ours: {e}")
    print(f"cell accuracy: ours {report.ours_accuracy:.1%}, pdfplumber extract_tables() {report.baseline_accuracy:.1%} "
          f"({report.cells_total} gold cells)")
    print("real documents (blind gold): python -m eval.tables_blind [--write]")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
