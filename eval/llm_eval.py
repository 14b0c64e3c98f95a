"""LLM answers vs extractive answers on the same index and the same dev questions.

    python -m eval.llm_eval --model-path FILE.gguf [--limit N] [--passages K] [--json-out FILE]

Builds a fresh index over the corpus (or opens --data-dir), then asks every question twice: with the
extractive Assistant and with the Assistant using llama.cpp (LlamaCPP through llama-index). Reports per system:
number recall (gold numbers present in answer text or tables), citation precision (verified and relevant
citations / all citations on questions with gold quotes), abstention on answerable and on unanswerable questions,
and seconds per answer (mean, median). Writes eval/results/llm-eval-latest.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from eval import metrics as M
from eval.gold import GoldQuestion, load_questions
from eval.report import git_commit

RESULTS = Path(__file__).resolve().parent / "results"
QUESTIONS = Path(__file__).resolve().parent / "questions.jsonl"


def _number_text(answer: Any) -> str:
    parts = [answer.answer]
    for t in answer.tables:
        parts += [" | ".join(t.columns)] + [" | ".join("" if c is None else str(c) for c in r) for r in t.rows]
    return "\n".join(parts)


def gold_word_recall(gold_answer: str, answer: str) -> float | None:
    """Share of the gold answer's content words (stemmed) found in the answer: a rough, language-bound proxy
    for whether the answer says what the gold answer says."""
    from ingest.text import content_words, stem

    want = {stem(w) for w in content_words(gold_answer)}
    if not want:
        return None
    have = {stem(w) for w in content_words(answer)}
    return len(want & have) / len(want)


def run_system(name: str, assistant: Any, index: Any, questions: list[GoldQuestion], log) -> dict[str, Any]:
    rows = []
    for i, q in enumerate(questions, 1):
        t0 = time.perf_counter()
        try:
            ans = assistant.ask(q.question, history=q.history)
        except Exception as exc:  # noqa: BLE001 - report and go on
            rows.append({"id": q.id, "error": f"{type(exc).__name__}: {exc}"[:200]})
            continue
        secs = time.perf_counter() - t0
        cits, good = len(ans.citations), 0
        for c in ans.citations:
            text = index.page(c.doc_id, c.page).text
            good += bool(M.quote_verified(c.quote, text) and (not q.quotes or M.citation_relevant(c.quote, text, q.quotes)))
        row = {"id": q.id, "seconds": round(secs, 2), "abstained": ans.abstained, "answerable": q.answerable,
               "citations": cits if q.quotes else 0, "citations_good": good if q.quotes else 0,
               "number_ok": M.gold_items_present(q.numbers, _number_text(ans))[0] if q.numbers else None,
               "fell_back": any("kunde inte nås" in n for n in ans.notes), "answer": ans.answer[:400],
               "gold_word_recall": (round(gold_word_recall(q.answer, ans.answer), 3)
                                    if q.answerable and q.answer and not ans.abstained else None),
               "notes": [n for n in ans.notes if any(w in n for w in ("removed", "abstention", "moved", "cited ["))]}
        rows.append(row)
        log(f"{name} {i}/{len(questions)} {q.id} {secs:.1f}s abst={ans.abstained} num={row['number_ok']}")
    ok = [r for r in rows if "error" not in r]
    nums = [r["number_ok"] for r in ok if r["number_ok"] is not None]
    cits = sum(r["citations"] for r in ok)
    secs = [r["seconds"] for r in ok]
    answerable = [r for r in ok if r["answerable"]]
    unanswerable = [r for r in ok if not r["answerable"]]
    return {
        "system": name,
        "questions": len(rows), "errors": len(rows) - len(ok),
        "number_recall": round(sum(nums) / len(nums), 3) if nums else None,
        "citation_precision": round(sum(r["citations_good"] for r in ok) / cits, 3) if cits else None,
        "abstention_answerable": round(sum(r["abstained"] for r in answerable) / len(answerable), 3) if answerable else None,
        "abstention_unanswerable": (round(sum(r["abstained"] for r in unanswerable) / len(unanswerable), 3)
                                    if unanswerable else None),
        "gold_word_recall": (round(statistics.mean(v), 3) if (v := [r["gold_word_recall"] for r in ok
                                                                  if r["gold_word_recall"] is not None]) else None),
        "answers_with_removed_sentences": sum(any("removed" in n and "citation(s) to" not in n for n in r["notes"])
                                              for r in ok),
        "answers_with_moved_citations": sum(any("moved citation" in n for n in r["notes"]) for r in ok),
        "fallbacks": sum(r["fell_back"] for r in ok),
        "seconds_mean": round(statistics.mean(secs), 2) if secs else None,
        "seconds_median": round(statistics.median(secs), 2) if secs else None,
        "rows": rows,
    }


def render(report: dict[str, Any]) -> str:
    keys = ["number_recall", "citation_precision", "gold_word_recall", "abstention_answerable",
            "abstention_unanswerable", "answers_with_removed_sentences", "answers_with_moved_citations", "fallbacks", "errors", "seconds_mean", "seconds_median"]
    lines = [f"# LLM vs extractive ({report['questions']} questions, model {report['model']})", "",
             f"Passages shown: {report['passages']}; commit {report.get('commit')}; load average at start "
             f"{report.get('load_average_start')}, at end {report.get('load_average_end')} (2 cores).", "",
             "| metric | " + " | ".join(s["system"] for s in report["systems"]) + " |",
             "|---|" + "---|" * len(report["systems"])]
    for k in keys:
        lines.append(f"| {k} | " + " | ".join(str(s[k]) for s in report["systems"]) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.llm_eval", description=__doc__.split("\n\n")[0])
    ap.add_argument("--model-path", required=True, type=Path, help="a GGUF file for llama.cpp")
    ap.add_argument("--limit", type=int, default=None, help="only the first N questions")
    ap.add_argument("--passages", type=int, default=None,
                    help="passages shown to the model (default: RODATRADEN_LLM_PASSAGES, 4)")
    ap.add_argument("--data-dir", type=Path, default=None, help="an existing index (default: a fresh one over corpus/)")
    ap.add_argument("--questions", type=Path, default=QUESTIONS)
    ap.add_argument("--json-out", type=Path, default=RESULTS / "llm-eval-latest.json")
    args = ap.parse_args(argv)

    def log(msg: str) -> None:
        print(f"[llm-eval] {msg}", file=sys.stderr, flush=True)

    from assistant.llm.stage import LLMStage
    from assistant.llm.backends import make_llm
    from assistant.service import Assistant
    from index import open_index
    from rodatraden.settings import get_settings

    questions = load_questions(args.questions)[: args.limit]
    load_start = list(os.getloadavg())
    commit = git_commit()  # the code being measured, taken before the run
    settings = get_settings(llm_backend="llamacpp", llm_model_path=args.model_path)
    if args.passages is None:
        args.passages = settings.llm_passages
    t0 = time.perf_counter()
    llm = make_llm(settings)  # ConfigError (missing file / llama-cpp-python) is the clear one-line error
    log(f"model loaded in {time.perf_counter() - t0:.1f}s: {args.model_path.name}")
    with tempfile.TemporaryDirectory(prefix="rodatraden-llm-eval-") as tmp:
        if args.data_dir:
            index = open_index(settings.model_copy(update={"data_dir": args.data_dir}))
        else:
            from eval.cli import fresh_index

            index, _, _ = fresh_index(settings, Path(tmp), log)
        try:
            extractive = Assistant(index, settings)
            with_llm = Assistant(index, settings, llm=llm)
            with_llm.llm_stage = LLMStage(index, max_passages=args.passages)
            extractive.ask(questions[0].question)  # warm-up (lazy loads), not measured
            systems = [run_system("extractive", extractive, index, questions, log),
                       run_system("llamacpp", with_llm, index, questions, log)]
        finally:
            index.close()
    report = {"model": args.model_path.name, "questions": len(questions), "passages": args.passages,
              "commit": commit, "load_average_start": load_start, "load_average_end": list(os.getloadavg()),
              "systems": systems}
    args.json_out.parent.mkdir(parents=True, exist_ok=True)
    args.json_out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    md = render(report)
    args.json_out.with_suffix(".md").write_text(md, encoding="utf-8")
    print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
