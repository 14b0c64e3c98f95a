"""The side-by-side report of `rodatraden eval`: original gold | blind dev | blind test.

Written to eval/results/: ``blind-latest.json`` and ``blind-latest.md`` (aggregates of every set) and
``blind-dev-questions.json`` (each dev and original-gold question with its answer, for reading failures).
The test half is written and printed ONLY in aggregate: never its questions' answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, Field

from eval.answer_eval import AnswerResult
from eval.ingest_report import IngestSection, render_ingest
from eval.library import LibraryInfo
from eval.recommendations_blind import render_rows
from eval.report import Machine, stamp_lines
from eval.set_metrics import SetMetrics, SliceMetrics

PER_QUESTION_SETS = ("gold", "dev")  # never "test"
TITLES = {"gold": "original gold", "dev": "blind dev", "test": "blind test"}


class SideMeta(BaseModel):
    commit: str
    date: str
    machine: Machine
    quick: bool = False
    note: str = ("Every question asked against ONE index over the whole library (no document filter). "
                 "A question whose document is not in the index counts as failed.")


class SideReport(BaseModel):
    meta: SideMeta
    library: LibraryInfo
    sets: dict[str, SetMetrics]
    recommendations: dict[str, dict] = Field(default_factory=dict)  # the tracker: "gold" (bundled), "dev", "test"
    ingest: IngestSection | None = None  # typed tables, text fidelity, text layers, OCR (eval/ingest_report.py)


def _p(v: float | None) -> str:
    return "–" if v is None else f"{100 * v:.1f} %"


def _ms(v: float | None) -> str:
    return "–" if v is None else f"{v:.0f} ms"


ROWS: list[tuple[str, str]] = [
    ("number recall", "number_recall"),
    ("gold page cited", "gold_page_cited"),
    ("citations verified", "citations_verified"),
    ("answers with every citation verified", "answers_all_verified"),
    ("unanswerables refused", "refused_unanswerable"),
    ("false refusals (answerables)", "false_refusal"),
    ("right as a whole", "accuracy"),
    ("retrieval: a gold page in the top 5", "page_recall_at_5"),
    ("retrieval: a gold page in the top 10", "page_recall_at_10"),
]
COUNTS = {"page_recall_at_5": "retrieval_questions", "page_recall_at_10": "retrieval_questions", "number_recall": "number_questions", "gold_page_cited": "page_questions", "citations_verified": "citations",
          "refused_unanswerable": "unanswerable", "false_refusal": "answerable", "accuracy": "n"}


def _cell(m: SliceMetrics | None, key: str) -> str:
    if m is None:
        return "–"
    v = getattr(m, key)
    count = COUNTS.get(key)
    return _p(v) + (f" ({getattr(m, count)})" if count and v is not None else "")


def render(r: SideReport) -> str:
    names = list(r.sets)
    head = "| metric | " + " | ".join(f"{TITLES.get(n, n)} (n={r.sets[n].n})" for n in names) + " |"
    sep = "|---|" + "---:|" * len(names)
    lib = r.library
    lines = ["# Röda tråden – eval: original gold | blind dev | blind test", ""]
    lines += stamp_lines(r.meta.commit, r.meta.date, r.meta.machine)
    lines += [f"- Library: {len(lib.documents)} documents, {lib.pages} pages in one index"
              f" ({'reused' if lib.reused else 'built'}, ingest {lib.ingest_s:.0f} s); {r.meta.note}"]
    if lib.rebuilt_reason:
        lines.append(f"- Index: {lib.rebuilt_reason}")
    for stem, why in lib.failed.items():
        lines.append(f"- NOT INGESTED: {stem} — {why}")
    lines += ["", "## Answers", "", head, sep]
    for label, key in ROWS:
        lines.append(f"| {label} | " + " | ".join(_cell(r.sets[n].all, key) for n in names) + " |")
    lines.append("| latency p50 / p95 | " + " | ".join(
        f"{_ms(r.sets[n].all.latency_p50_ms)} / {_ms(r.sets[n].all.latency_p95_ms)}" for n in names) + " |")
    lines.append("| errors / over missing documents | " + " | ".join(
        f"{r.sets[n].errors} / {r.sets[n].doc_missing}" for n in names) + " |")
    lines += ["", "## Follow-ups", "", head, sep]
    for label, key, count in [("follow-up turns right", "accuracy", "n"),
                              ("elliptical, right in context", "elliptical_accuracy", "elliptical"),
                              ("new question, right and not merged", "standalone_accuracy", "standalone"),
                              ("new question merged with history", "standalone_merged", "standalone")]:
        cells = []
        for n in names:
            f = r.sets[n].followups
            v = getattr(f, key)
            cells.append("–" if v is None else f"{_p(v)} ({getattr(f, count)})")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    for title, attr in [("Swedish vs English", "by_lang"), ("By type", "by_type")]:
        groups = sorted({g for n in names for g in getattr(r.sets[n], attr)})
        lines += ["", f"## {title}", "", head, sep]
        for g in groups:
            for label, key in [("number recall", "number_recall"), ("gold page cited", "gold_page_cited"),
                               ("refused (unanswerable)", "refused_unanswerable"), ("false refusals", "false_refusal"),
                               ("right as a whole", "accuracy")]:
                cells = [_cell(getattr(r.sets[n], attr).get(g), key) for n in names]
                if any(c != "–" for c in cells):
                    lines.append(f"| {g}: {label} | " + " | ".join(cells) + " |")
    lines += render_rows(r.recommendations)
    lines += render_ingest(r.ingest)
    missing = {n: r.sets[n].docs_missing for n in names if r.sets[n].docs_missing}
    if missing:
        lines += ["", "Questions over documents not in the index count as failed: " + "; ".join(
            f"{TITLES.get(n, n)}: {r.sets[n].doc_missing} ({', '.join(d)})" for n, d in missing.items())]
    return "\n".join(lines) + "\n"


def _why(q: AnswerResult) -> str:
    if q.error:
        return q.error
    if not q.answerable:
        return "answered instead of refusing"
    if q.abstained:
        return "refused"
    parts = []
    if q.numbers_ok is False:
        parts.append("missing " + ", ".join(q.numbers_missing))
    if q.page_cited is False:
        cited = sorted({f"{c.doc_id} p{c.page}" for c in q.citations})
        parts.append(f"gold page {q.doc} p{q.pages} not cited (cited: {', '.join(cited) or 'nothing'})")
    if q.standalone and q.merged:
        parts.append("new question merged with the history")
    return "; ".join(parts)


def render_misses(results: Sequence[AnswerResult], limit: int = 200) -> str:
    """Dev (and original gold) misses, one line each. Never called with test results."""
    assert all(q.set in PER_QUESTION_SETS for q in results), "test answers are never printed"
    lines = [f"- {q.set} {q.id} ({q.type}, {q.lang}): {_why(q)}" for q in results if not q.correct]
    return "\n".join(lines[:limit]) + ("\n" if lines else "")


def write(report: SideReport, per_question: Sequence[AnswerResult], results_dir: Path) -> list[Path]:
    """A run of all three sets writes blind-latest.* (what the README quotes); a partial run (--quick,
    --blind-only, --sets) writes blind-partial.*, so a tuning loop never overwrites the full figures."""
    results_dir.mkdir(parents=True, exist_ok=True)
    kept = [q for q in per_question if q.set in PER_QUESTION_SETS]
    stem = "blind-latest" if set(report.sets) == {"gold", "dev", "test"} else "blind-partial"
    out = [results_dir / f"{stem}.json", results_dir / f"{stem}.md", results_dir / "blind-dev-questions.json"]
    out[0].write_text(report.model_dump_json(indent=1), encoding="utf-8")
    misses = render_misses(kept)
    out[1].write_text(render(report) + ("\n## Misses (original gold and dev only)\n\n" + misses if misses else ""),
                      encoding="utf-8")
    body = "[\n" + ",\n".join(q.model_dump_json() for q in kept) + "\n]\n"
    out[2].write_text(body, encoding="utf-8")
    return out


def figures_block(results_dir: Path) -> list[str]:
    """The README's blind-question lines (from blind-latest.json), test half first: the README quotes those."""
    p = results_dir / "blind-latest.json"
    if not p.is_file():
        return []
    r = SideReport.model_validate_json(p.read_text(encoding="utf-8"))
    names = [n for n in ("test", "dev", "gold") if n in r.sets]
    failed = (f", {len(r.library.failed)} PDFs not ingested ({', '.join(r.library.failed)}): their questions count as failed"
              if r.library.failed else "")
    lines = [f"Quality on questions written blind (`rodatraden eval`; {len(r.library.documents)} documents in one index{failed}; "
             f"commit `{r.meta.commit[:12]}`, {r.meta.date[:10]}):", "",
             "| | " + " | ".join(f"{TITLES[n]} (n={r.sets[n].n})" for n in names) + " |", "|---|" + "---:|" * len(names)]
    for label, key in ROWS:
        lines.append(f"| {label} | " + " | ".join(_p(getattr(r.sets[n].all, key)) for n in names) + " |")
    lines.append("| follow-up turns right | " + " | ".join(_p(r.sets[n].followups.accuracy) for n in names) + " |")
    lines.append("| latency p50 / p95 | " + " | ".join(
        f"{_ms(r.sets[n].all.latency_p50_ms)} / {_ms(r.sets[n].all.latency_p95_ms)}" for n in names) + " |")
    return lines + [""]
