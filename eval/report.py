"""The eval report: typed model, machine/commit stamp, and Markdown/console rendering."""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
import sys
import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

REPO = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------- model


class Machine(BaseModel):
    cpu: str
    cores: int
    ram_gb: float | None
    python: str
    platform: str
    load_avg: list[float] | None = None  # 1/5/15-min load at the start: other work on the machine skews timings


class RunMeta(BaseModel):
    commit: str
    date: str
    machine: Machine
    questions_file: str
    corpus_dir: str
    documents: int = 0
    pages: int = 0
    chunks: int = 0
    ingest_s: float | None = None
    quick: bool = False
    retrieval_k: int = 10
    quotes_not_on_any_page: list[str] = Field(default_factory=list)  # question ids: gold/ingest mismatch, no method can hit


class RetrievalMetrics(BaseModel):
    method: str
    n: int  # questions with gold quotes
    recall_at_1: float | None = None
    recall_at_5: float | None = None
    recall_at_10: float | None = None
    mrr: float | None = None
    latency_p50_ms: float | None = None
    latency_p95_ms: float | None = None
    note: str | None = None


class AnswerMetrics(BaseModel):
    n: int = 0
    errors: int = 0
    number_questions: int = 0
    number_recall: float | None = None  # answer text + answer tables contain every gold number
    number_recall_text_only: float | None = None
    citations: int = 0
    citation_precision: float | None = None  # verified AND on/overlapping a gold passage (answerable qs)
    quote_verification_rate: float | None = None  # quote is an exact span of the cited page
    unanswerable: int = 0
    abstention_rate_unanswerable: float | None = None
    answerable: int = 0
    false_abstention_rate: float | None = None
    latency_median_ms: float | None = None
    latency_p95_ms: float | None = None


class GroupMetrics(BaseModel):
    n: int
    recall_at_5: float | None = None
    mrr: float | None = None
    number_recall: float | None = None
    citation_precision: float | None = None
    quote_verification_rate: float | None = None
    abstention_rate: float | None = None  # share abstained (desired for unanswerables only)
    latency_median_ms: float | None = None


class QuestionResult(BaseModel):
    id: str
    type: str
    lang: str
    question: str
    quotes: int = 0
    quote_on_a_page: bool | None = None  # some gold quote occurs verbatim (collapsed) in the stored page text
    ranks: dict[str, int | None] = Field(default_factory=dict)  # method -> first hit rank
    answer: str = ""
    abstained: bool | None = None
    latency_ms: float | None = None
    numbers: int = 0
    number_ok: bool | None = None
    number_ok_text_only: bool | None = None
    numbers_missing: list[str] = Field(default_factory=list)
    citations: int = 0
    citations_verified: int = 0
    citations_relevant: int = 0
    error: str | None = None


class ExternalSection(BaseModel):
    status: str  # "ok" | "not available" | "skipped" | "error"
    detail: str | None = None
    headline: dict[str, float] = Field(default_factory=dict)
    data: Any = None


class EvalReport(BaseModel):
    meta: RunMeta
    retrieval: dict[str, RetrievalMetrics]
    answers: AnswerMetrics
    by_type: dict[str, GroupMetrics]
    by_lang: dict[str, GroupMetrics]
    tables: ExternalSection
    recommendations: ExternalSection
    questions: list[QuestionResult]


# ---------------------------------------------------------------- stamp


def print_json(summary: Any, out: "Path | None" = None) -> None:
    """A benchmark's JSON summary on stdout, and also in ``out`` when given."""
    text = json.dumps(summary, ensure_ascii=False, indent=2)
    print(text)
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text + "\n", encoding="utf-8")


def machine_info() -> Machine:
    cpu = platform.processor() or platform.machine()
    ram = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    try:
        load = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        load = None
    return Machine(cpu=cpu, cores=cores, ram_gb=ram, python=sys.version.split()[0], platform=platform.platform(), load_avg=load)


def git_commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, timeout=10)
        sha = out.stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO,
                               capture_output=True, text=True, timeout=10).stdout.strip()
        return (sha + ("+dirty" if dirty else "")) if sha else "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).astimezone().isoformat(timespec="seconds")


def stamp_lines(commit: str, date: str, m: Machine) -> list[str]:
    ram = f"{m.ram_gb} GB RAM" if m.ram_gb else "RAM unknown"
    load = f"; load average at start {' / '.join(str(x) for x in m.load_avg)}" if m.load_avg else ""
    return [f"- Machine: {m.cpu}, {m.cores} cores, {ram}; Python {m.python}; {m.platform}{load}", f"- Commit: `{commit}`", f"- Date: {date}"]


def numeric_headline(data: Any, prefix: str = "", depth: int = 2) -> dict[str, float]:
    """Numeric fields of another team's report (pydantic/dataclass/dict), two levels deep."""
    if hasattr(data, "model_dump"):
        data = data.model_dump()
    elif hasattr(data, "__dataclass_fields__"):
        import dataclasses

        data = dataclasses.asdict(data)
    out: dict[str, float] = {}
    if isinstance(data, dict):
        for k, v in data.items():
            key = f"{prefix}{k}"
            if isinstance(v, bool):
                continue
            if isinstance(v, (int, float)):
                out[key] = float(v)
            elif isinstance(v, dict) and depth > 1:
                out.update(numeric_headline(v, key + ".", depth - 1))
    return out


# ---------------------------------------------------------------- rendering


def _f(v: float | None, pct: bool = True) -> str:
    if v is None:
        return "–"
    return f"{100 * v:.1f} %" if pct else f"{v:.0f}"


def _ms(v: float | None) -> str:
    return "–" if v is None else (f"{v:.0f} ms" if v >= 10 else f"{v:.1f} ms")


def _group_table(title: str, groups: dict[str, GroupMetrics]) -> list[str]:
    lines = [f"### {title}", "", "| group | n | recall@5 | MRR | number recall | citation precision | quote verif. | abstained | median latency |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, g in groups.items():
        mrr = "–" if g.mrr is None else f"{g.mrr:.3f}"
        lines.append(f"| {name} | {g.n} | {_f(g.recall_at_5)} | {mrr} | {_f(g.number_recall)} | {_f(g.citation_precision)} | "
                     f"{_f(g.quote_verification_rate)} | {_f(g.abstention_rate)} | {_ms(g.latency_median_ms)} |")
    return lines + [""]


def _hv(key: str, v: float) -> str:
    rate = any(w in key.lower() for w in ("accuracy", "precision", "recall", "rate", "f1", "share"))
    return f"{100 * v:.1f} %" if rate and 0 <= v <= 1 else f"{v:g}"


def _external(title: str, s: ExternalSection) -> list[str]:
    lines = [f"## {title}", ""]
    if s.status != "ok":
        return lines + [f"{s.status}" + (f": {s.detail}" if s.detail else ""), ""]
    if s.detail:
        lines += [s.detail, ""]
    if s.headline:
        lines += ["| metric | value |", "|---|---:|"]
        lines += [f"| {k} | {_hv(k, v)} |" for k, v in s.headline.items()]
    return lines + [""]


def render_markdown(r: EvalReport) -> str:
    m, a = r.meta, r.answers
    lines = ["# Röda tråden – eval", ""]
    lines += stamp_lines(m.commit, m.date, m.machine)
    lines += [f"- Questions: `{m.questions_file}` ({len(r.questions)}); corpus `{m.corpus_dir}`: {m.documents} documents, "
              f"{m.pages} pages, {m.chunks} chunks" + (f", fresh ingest {m.ingest_s:.1f} s" if m.ingest_s else ""),
              f"- Mode: {'quick (no baselines)' if m.quick else 'full (with baselines)'}", ""]
    lines += ["## Retrieval (hit = a retrieved chunk contains a gold quote, whitespace-collapsed)", "",
              "| method | n | recall@1 | recall@5 | recall@10 | MRR@10 | p50 | p95 |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, x in r.retrieval.items():
        mrr = "–" if x.mrr is None else f"{x.mrr:.3f}"
        lines.append(f"| {name} | {x.n} | {_f(x.recall_at_1)} | {_f(x.recall_at_5)} | {_f(x.recall_at_10)} | {mrr} | "
                     f"{_ms(x.latency_p50_ms)} | {_ms(x.latency_p95_ms)} |")
    notes = [f"- {k}: {x.note}" for k, x in r.retrieval.items() if x.note]
    if m.quotes_not_on_any_page:
        notes.append(f"- gold quotes not found verbatim in any stored page (no method can hit them): {', '.join(m.quotes_not_on_any_page)}")
    lines += ([""] + notes if notes else []) + [""]
    lines += ["## Answers", "",
              "| metric | value |", "|---|---:|",
              f"| number recall (all gold numbers in answer text + tables; {a.number_questions} qs) | {_f(a.number_recall)} |",
              f"| number recall, answer text only | {_f(a.number_recall_text_only)} |",
              f"| citation precision ({a.citations} citations) | {_f(a.citation_precision)} |",
              f"| quote verification rate | {_f(a.quote_verification_rate)} |",
              f"| abstention on unanswerables ({a.unanswerable} qs) | {_f(a.abstention_rate_unanswerable)} |",
              f"| false abstention on answerables ({a.answerable} qs) | {_f(a.false_abstention_rate)} |",
              f"| latency median / p95 per question | {_ms(a.latency_median_ms)} / {_ms(a.latency_p95_ms)} |",
              f"| errors | {a.errors} |", ""]
    lines += _group_table("By type", r.by_type) + _group_table("By language", r.by_lang)
    lines += _external("Tables (cell accuracy vs gold; ours vs pdfplumber default)", r.tables)
    lines += _external("Recommendations (extraction vs gold)", r.recommendations)
    misses = [q for q in r.questions if q.error or q.number_ok is False or (q.type == "unanswerable") != bool(q.abstained)]
    if misses:
        lines += ["## Misses", ""]
        for q in misses[:40]:
            why = q.error or ("missing numbers " + ", ".join(q.numbers_missing) if q.number_ok is False
                              else ("did not abstain" if q.type == "unanswerable" else "abstained"))
            lines.append(f"- {q.id} ({q.type}, {q.lang}): {why}")
        lines.append("")
    return "\n".join(lines)
