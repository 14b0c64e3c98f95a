"""Quality of the audit recommendation tracker against eval/recommendations.json (and the fictional letter).

`evaluate_recommendations(index, gold_recs_path, fixture_json_path=None)` -> RecommendationEvalReport.
`python -m eval.recommendations_eval` builds a tmp index over corpus/ + the tests/data letter and prints the figures."""

from __future__ import annotations

import json
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = REPO / "eval" / "recommendations.json"
DEFAULT_FIXTURE = REPO / "tests" / "data" / "fiktivt-yttrande-budgetprocessen-2024.json"


class StatusRow(BaseModel):
    number: int
    expected: str
    got: str | None
    evidence: int


class RecommendationEvalReport(BaseModel):
    extraction_precision: float
    extraction_recall: float
    addressee_accuracy: float
    page_accuracy: float | None = None  # vs the fixture's report_page_section_9
    status_accuracy: float | None = None  # only when the fixture's letter is indexed
    statuses_evaluated: int = 0
    summary_precision: float = 0.0
    summary_recall: float = 0.0
    earlier_verdict_recall: float = 0.0  # gold verdict quotes found among earlier_reviews()
    seconds: float = 0.0
    extracted: int = 0
    gold: int = 0
    status_rows: list[StatusRow] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    blind: dict[str, Any] = Field(default_factory=dict)  # "dev"/"test": eval.recommendations_blind.BlindRecReport


def _n(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _pr(got: list[str], gold: list[str]) -> tuple[float, float]:
    g, w = {_n(x) for x in got}, {_n(x) for x in gold}
    hit = len(g & w)
    return (hit / len(g) if g else 0.0), (hit / len(w) if w else 0.0)


def evaluate_recommendations(index: Any, gold_recs_path: str | Path,
                             fixture_json_path: str | Path | None = DEFAULT_FIXTURE, blind: bool = False
                             ) -> RecommendationEvalReport:
    from assistant.recommendations.tracker import audits, track

    t0 = time.perf_counter()
    gold = json.loads(Path(gold_recs_path).read_text(encoding="utf-8"))
    report_id = gold.get("doc")
    notes: list[str] = []
    extr = [a for a in audits(index) if report_id is None or a.report_doc_id == report_id]
    if not extr:
        notes.append(f"audit report {report_id!r} not found among the indexed audit reports")
    recs = [r for a in extr for r in a.recommendations]
    gold_recs = gold.get("recommendations_2023", [])
    precision, recall = _pr([r.text for r in recs], [g["text"] for g in gold_recs])
    by_text = {_n(r.text): r for r in recs}
    matched = [(g, by_text[_n(g["text"])]) for g in gold_recs if _n(g["text"]) in by_text]
    addressee = sum(r.addressee == g.get("addressee") for g, r in matched) / len(gold_recs) if gold_recs else 0.0
    sp, sr = _pr([s.text for a in extr for s in a.summary_assessments], [s["text"] for s in gold.get("summary_assessments", [])])
    verdicts = [_n(s.quote) for a in extr for s in a.earlier_reviews]
    gold_verdicts = [rv["verdict_2023_quote"] for rv in gold.get("earlier_reviews", []) if rv.get("verdict_2023_quote")]
    verdict_recall = (sum(any(_n(q) in v for v in verdicts) for q in gold_verdicts) / len(gold_verdicts)) if gold_verdicts else 0.0

    page_acc = status_acc = None
    rows: list[StatusRow] = []
    if fixture_json_path and Path(fixture_json_path).is_file():
        fx = json.loads(Path(fixture_json_path).read_text(encoding="utf-8"))
        exp_pages = {r["number"]: r.get("report_page_section_9") for r in fx["recommendations"]}
        by_no = {r.number: r for r in recs}
        page_acc = sum(by_no.get(n) is not None and by_no[n].page == p for n, p in exp_pages.items()) / len(exp_pages)
        indexed_files = {d.meta.file_name for d in index.documents()}
        if fx.get("file") in indexed_files:
            tracked = {t.number: t for t in track(index) if report_id is None or t.report_doc_id == report_id}
            for r in fx["recommendations"]:
                t = tracked.get(r["number"])
                rows.append(StatusRow(number=r["number"], expected=r["status"], got=t.status if t else None,
                                      evidence=len(t.evidence) if t else 0))
            status_acc = sum(r.got == r.expected for r in rows) / len(rows) if rows else None
        else:
            notes.append(f"{fx.get('file')} is not indexed: status accuracy not measured")
    halves: dict[str, Any] = {}
    if blind:
        from eval.recommendations_blind import evaluate_halves, real_dir

        if real_dir() is None:
            notes.append("../shared/real not found: blind halves not measured")
        else:
            halves = {k: v.model_dump() for k, v in evaluate_halves(index.embedder).items()}
    return RecommendationEvalReport(
        blind=halves,
        extraction_precision=precision, extraction_recall=recall, addressee_accuracy=addressee, page_accuracy=page_acc,
        status_accuracy=status_acc, statuses_evaluated=len(rows), summary_precision=sp, summary_recall=sr,
        earlier_verdict_recall=verdict_recall, seconds=round(time.perf_counter() - t0, 3), extracted=len(recs),
        gold=len(gold_recs), status_rows=rows, notes=notes,
    )


def evaluate_library(index: Any, names: list[str]) -> dict[str, dict]:
    """The tracker's figures on the eval library: the bundled gold ("gold") and the blind halves ("dev", "test")."""
    from eval.recommendations_blind import BLIND, docs_of_index, evaluate_blind

    out: dict[str, dict] = {}
    if "gold" in names:
        out["gold"] = evaluate_recommendations(index, DEFAULT_GOLD, DEFAULT_FIXTURE, blind=False).model_dump(
            exclude={"blind"})
    halves = [n for n in names if n in ("dev", "test")]
    if halves:
        docs = docs_of_index(index)
        for h in halves:
            out[h] = evaluate_blind(BLIND / f"recommendations_{h}.json", docs, index.embedder, h).model_dump()
    return out


def main(argv: list[str] | None = None) -> int:
    from index import open_index
    from index.pipeline import ingest_paths
    from rodatraden.settings import get_settings

    letter = DEFAULT_FIXTURE.with_suffix(".pdf")
    with tempfile.TemporaryDirectory(prefix="rec-eval-") as tmp:
        settings = get_settings(data_dir=Path(tmp), corpus_dir=REPO / "corpus", chroma_host=None)
        index = open_index(settings)
        try:
            t0 = time.perf_counter()
            outcomes = ingest_paths(index, [REPO / "corpus", letter])
            ingest_s = time.perf_counter() - t0
            failed = [o.error for o in outcomes if o.status == "failed"]
            if failed:
                print("fel: " + "; ".join(str(f) for f in failed), file=sys.stderr)
                return 1
            rep = evaluate_recommendations(index, DEFAULT_GOLD, DEFAULT_FIXTURE, blind=True)
            t1 = time.perf_counter()
            from assistant.recommendations.tracker import track

            track(index)  # cached: same generation
            cached_s = time.perf_counter() - t1
        finally:
            index.close()
    pct = lambda v: "n/a" if v is None else f"{100 * v:.1f} %"  # noqa: E731
    print(f"Recommendation tracker — corpus/ + {letter.name} (ingest {ingest_s:.1f} s)")
    print(f"  extraction precision {pct(rep.extraction_precision)}, recall {pct(rep.extraction_recall)} "
          f"({rep.extracted} extracted / {rep.gold} gold)")
    print(f"  addressee accuracy {pct(rep.addressee_accuracy)}, page accuracy {pct(rep.page_accuracy)}")
    print(f"  summary assessments precision {pct(rep.summary_precision)}, recall {pct(rep.summary_recall)}")
    print(f"  earlier-review verdict recall {pct(rep.earlier_verdict_recall)}")
    print(f"  status accuracy vs fixture {pct(rep.status_accuracy)} over {rep.statuses_evaluated}")
    for r in rep.status_rows:
        print(f"    r{r.number}: expected {r.expected:<11} got {r.got or '-':<11} evidence {r.evidence}"
              + ("" if r.got == r.expected else "   <-- MISS"))
    print(f"  evaluate (extraction + tracking, cold) {rep.seconds:.2f} s; track() again (cached) {1000 * cached_s:.1f} ms")
    for n in rep.notes:
        print(f"  note: {n}")
    for half, b in rep.blind.items():
        print(render_blind(half, b))
    return 0


def render_blind(half: str, b: dict) -> str:
    pct = lambda v: "n/a" if v is None else f"{100 * v:.1f} %"  # noqa: E731
    lines = [f"Blind gold, {half} half ({b['audits']} audits, {len(b['unreadable'])} unreadable):",
             f"  extraction precision {pct(b['extraction_precision'])}, recall {pct(b['extraction_recall'])} "
             f"({b['matched']} matched / {b['extracted']} extracted / {b['gold']} gold in readable audits); "
             f"recall counting unreadable audits {pct(b['extraction_recall_all'])}",
             f"  from audits without recommendations: {b['from_audits_without']}",
             f"  addressee accuracy {pct(b['addressee_accuracy'])}; duplicates merged {b['duplicates_merged']}/"
             f"{b['duplicates_gold']} (split {b['duplicates_split']})",
             "  identity " + ", ".join(f"{k} {pct(v)}" for k, v in b["identity"].items()),
             f"  link precision {pct(b['link_precision'])} over {b['links']} evidence links; status accuracy "
             f"{pct(b['status_accuracy'])} over {b['statuses_readable']} of {b['statuses']} follow-ups (readable audits)",
             f"  evidence verified on its page {pct(b['evidence_verified'])} of {b['evidence']}",
             f"  formal criticism precision {pct(b['criticism_precision'])}, recall {pct(b['criticism_recall'])} "
             f"({b['criticism_found']} found / {b['criticism_gold']} gold)"]
    lines += [f"  note: {n}" for n in b["notes"]]
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
