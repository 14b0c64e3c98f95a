"""The README's "Latest figures" block (eval/results/README-figures.md): the blind-question table, the gold eval's
figures and the speed table, from blind-latest.json, eval-latest.json and bench-latest.json (whichever exist)."""

from __future__ import annotations

import json
from pathlib import Path

from eval.report import EvalReport, _f, _hv, _ms
from eval.side_report import figures_block


def render_figures(results_dir: Path) -> str:
    """The "Latest figures" block for the README, from eval-latest.json and bench-latest.json (whichever exist)."""
    lines = ["### Latest figures", "", *figures_block(results_dir)]
    ev = results_dir / "eval-latest.json"
    if ev.is_file():
        r = EvalReport.model_validate_json(ev.read_text(encoding="utf-8"))
        a = r.answers
        lines += [f"Quality (`rodatraden eval`, {len(r.questions)} gold questions, {r.meta.documents} documents / "
                  f"{r.meta.pages} pages; commit `{r.meta.commit[:12]}`, {r.meta.date[:10]}):", "",
                  "| retrieval | recall@1 | recall@5 | MRR@10 |", "|---|---:|---:|---:|"]
        for name, x in r.retrieval.items():
            if x.n:
                lines.append(f"| {name} | {_f(x.recall_at_1)} | {_f(x.recall_at_5)} | {'–' if x.mrr is None else f'{x.mrr:.3f}'} |")
        lines += ["", f"- Answers: number recall {_f(a.number_recall)}, citation precision {_f(a.citation_precision)}, "
                  f"quote verification {_f(a.quote_verification_rate)}, abstention on unanswerables {_f(a.abstention_rate_unanswerable)}, "
                  f"false abstention {_f(a.false_abstention_rate)}; latency median {_ms(a.latency_median_ms)}, p95 {_ms(a.latency_p95_ms)}"]
        if r.tables.status == "ok" and "ours_accuracy" in r.tables.headline:
            h = r.tables.headline
            lines.append(f"- Tables: cell accuracy {_f(h.get('ours_accuracy'))} (pdfplumber default extract_tables(): "
                         f"{_f(h.get('baseline_accuracy'))}) over {h.get('cells_total', 0):g} gold cells")
        elif r.tables.status != "ok":
            lines.append(f"- Tables: {r.tables.status}")
        if r.recommendations.status == "ok":
            lines.append("- Recommendations: " + ", ".join(
                f"{k} {_hv(k, v)}" for k, v in r.recommendations.headline.items()
                if k in ("extraction_precision", "extraction_recall", "addressee_accuracy", "status_accuracy")))
        else:
            lines.append(f"- Recommendations: {r.recommendations.status}")
        lines.append("")
    be = results_dir / "bench-latest.json"
    if be.is_file():
        b = json.loads(be.read_text(encoding="utf-8"))
        m = b["machine"]
        lines += [f"Speed (`python -m eval.bench`; {m['cpu']}, {m['cores']} cores; commit `{b['commit'][:12]}`, {b['date'][:10]}):", "",
                  "| corpus | pages | ingest pages/s (full / no embeddings) | × bare pdfplumber | ask p50 / p95 | × floor (p50) |",
                  "|---|---:|---:|---:|---:|---:|"]
        for s in b["sizes"]:
            i, q = s["ingest"], s["query"]

            def n(v: float | None, d: int = 2) -> str:
                return "–" if v is None else f"{v:.{d}f}"

            est = " (est.)" if i.get("embed_estimated") else ""
            lines.append(f"| {s['label']} | {i['pages']} | {n(i['pages_per_s_full'])}{est} / {n(i['pages_per_s_no_embeddings'])} | "
                         f"{n(i['ratio_full_to_bare'])} / {n(i['ratio_no_embeddings_to_bare'])} | "
                         f"{n(q['ask_p50_ms'], 0)} / {n(q['ask_p95_ms'], 0)} ms | {n(q['ratio_p50'], 1)}× |")
        lines.append("")
    lines.append("Full reports: `eval/results/eval-latest.md`, `eval/results/bench-latest.md`.")
    return "\n".join(lines) + "\n"


def write_figures(results_dir: Path) -> Path:
    out = results_dir / "README-figures.md"
    out.write_text(render_figures(results_dir), encoding="utf-8")
    return out
