"""`rodatraden eval` (no --questions): original gold | blind dev | blind test, side by side, on one library index.

    rodatraden eval [--data-dir DIR] [--real-dir DIR] [--blind-only | --quick | --sets gold,dev,test] [--ocr-cer]

``--quick``: the dev half only (the tuning loop); ``--blind-only``: dev and test. ``--data-dir`` keeps the index
between runs (reused while the documents and the ingest/index code are unchanged). The report also gives the ingest
figures read from that index (eval/ingest_report.py: typed-table cell accuracy, text fidelity, text-layer
detection; ``--ocr-cer`` adds the OCR engines' character error rate, which takes minutes).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from eval.answer_eval import AnswerResult, ask_set, product_retriever
from eval.gold import GoldQuestion, load_questions
from eval.ingest_report import evaluate_ingest
from eval.library import REAL_DIR, library_pdfs, open_library
from eval.recommendations_eval import evaluate_library
from eval.readme_figures import write_figures
from eval.report import git_commit, machine_info, now_iso
from eval.set_metrics import set_metrics
from eval.side_report import SideMeta, SideReport, render, render_misses, write
from rodatraden.errors import ConfigError
from rodatraden.settings import Settings

EVAL_DIR = Path(__file__).resolve().parent
BLIND = EVAL_DIR / "blind"
SETS = ("gold", "dev", "test")


def load_set(name: str, eval_dir: Path = EVAL_DIR) -> list[GoldQuestion]:
    if name == "gold":
        return load_questions(eval_dir / "questions.jsonl")
    if name in ("dev", "test"):
        blind = eval_dir / "blind"
        return load_questions(blind / f"{name}.jsonl") + load_questions(blind / f"followups_{name}.jsonl",
                                                                          history_is_user_turns=True)
    raise ConfigError(f"unknown question set {name!r} (choose from {', '.join(SETS)})")


def chosen_sets(args: Any) -> list[str]:
    if getattr(args, "sets", None):
        names = [s.strip() for s in args.sets.split(",") if s.strip()]
        for n in names:
            if n not in SETS:
                raise ConfigError(f"unknown question set {n!r} (choose from {', '.join(SETS)})")
        return names
    if getattr(args, "quick", False):
        return ["dev"]
    if getattr(args, "blind_only", False):
        return ["dev", "test"]
    return list(SETS)


def run_sets(args: Any, settings: Settings) -> int:
    from assistant.service import Assistant

    def log(msg: str) -> None:
        print(f"[eval] {msg}", file=sys.stderr, flush=True)

    names = chosen_sets(args)
    sets = {n: load_set(n) for n in names}
    data_dir = Path(args.data_dir) if getattr(args, "data_dir", None) else None
    real_dir = Path(args.real_dir) if getattr(args, "real_dir", None) else None
    index, s, lib, tmp = open_library(settings, data_dir, log, real_dir, bool(getattr(args, "keep_index", False)))
    try:
        present = set(lib.documents)
        wanted = {q.doc for qs in sets.values() for q in qs if q.doc}
        missing = wanted - present
        for d in sorted(missing):
            log(f"warning: {d} is not in the index ({lib.failed.get(d, 'no such PDF')}); its questions count as failed")
        assistant = Assistant(index, s)
        try:  # warm-up (lazy model loads), not timed
            assistant.ask("Vad är budgeten?")
        except Exception:  # noqa: BLE001 - the timed loop reports errors per question
            pass
        retrieve = product_retriever(index, assistant)
        if retrieve is None:
            log("no product retriever (assistant.retrieval.Retriever): retrieval figures left out")
        results: dict[str, list[AnswerResult]] = {}
        for n, qs in sets.items():
            log(f"{n}: {len(qs)} questions")
            results[n] = ask_set(assistant, index, qs, n, missing, log, retrieve)
        log("audit recommendations: " + ", ".join(names))
        recs = evaluate_library(index, names)
        ingest = evaluate_ingest(index, library_pdfs(real_dir), [n for n in names if n in ("dev", "test")],
                                 real_dir or REAL_DIR, ocr_cer=bool(getattr(args, "ocr_cer", False)), log=log)
    finally:
        index.close()
        if tmp is not None:
            tmp.cleanup()
    report = SideReport(meta=SideMeta(commit=git_commit(), date=now_iso(), machine=machine_info(),
                                      quick=bool(getattr(args, "quick", False))),
                        library=lib, sets={n: set_metrics(n, rs) for n, rs in results.items()}, recommendations=recs,
                        ingest=ingest)
    results_dir = Path(getattr(args, "results_dir", None) or EVAL_DIR / "results")
    per_question = [q for n, rs in results.items() if n != "test" for q in rs]
    paths = [*write(report, per_question, results_dir), write_figures(results_dir)]
    if getattr(args, "json_out", None):
        Path(args.json_out).write_text(report.model_dump_json(indent=1), encoding="utf-8")
    print(render(report))
    if getattr(args, "misses", False):
        print(render_misses(per_question))
    log("written: " + ", ".join(str(p) for p in paths))
    return 0
