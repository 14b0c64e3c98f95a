"""`rodatraden eval`: quality against the gold data, with baselines, on a FRESH index.

Entry points: :func:`cmd_eval` (the CLI) and :func:`run_eval` (any open index; used by the tests).
"""

from __future__ import annotations

import importlib
import json
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from eval import metrics as M
from eval.gold import GoldQuestion, load_questions
from eval.readme_figures import write_figures
from eval.report import (
    AnswerMetrics,
    EvalReport,
    ExternalSection,
    GroupMetrics,
    QuestionResult,
    RetrievalMetrics,
    RunMeta,
    git_commit,
    machine_info,
    now_iso,
    numeric_headline,
    render_markdown,
)
from rodatraden.errors import ConfigError, RodaTradenError
from rodatraden.settings import Settings

EVAL_DIR = Path(__file__).resolve().parent
RESULTS_DIR = EVAL_DIR / "results"
DEFAULTS = {"questions": EVAL_DIR / "questions.jsonl", "tables": EVAL_DIR / "tables.json",
            "recommendations": EVAL_DIR / "recommendations.json"}
RETRIEVAL_K = 10
OURS = "hybrid (ours)"


# ---------------------------------------------------------------- retrieval


def _retrievers(index: Any, quick: bool) -> tuple[dict[str, Callable[[str, int], list[str]]], dict[str, str], list[Any]]:
    from assistant.retrieval import Retriever

    def mode(m: str) -> Callable[[str, int], list[str]]:
        r = Retriever(index, mode=m)
        return lambda q, k: [sc.chunk.text for sc in r.retrieve(q, k=k)]

    methods = {OURS: mode("hybrid")}
    notes: dict[str, str] = {}
    closers: list[Any] = []
    if quick:
        return methods, notes, closers
    methods["dense only"] = mode("dense")
    methods["keyword only"] = mode("keyword")
    try:
        from eval.baseline_llamaindex import LlamaIndexBaseline

        b = LlamaIndexBaseline(index)
        closers.append(b)
        methods["plain llama-index"] = b.retrieve
        notes["plain llama-index"] = (f"one Document per page ({b.pages}), SentenceSplitter() defaults -> {b.nodes} nodes, "
                                      f"VectorStoreIndex in the same Chroma, our embedder; built in {b.build_s:.1f} s")
    except Exception as exc:  # noqa: BLE001 - a broken baseline must not sink the eval
        notes["plain llama-index"] = f"not available: {type(exc).__name__}: {exc}"
    return methods, notes, closers


def evaluate_retrieval(index: Any, questions: Sequence[GoldQuestion], results: dict[str, QuestionResult],
                       quick: bool) -> dict[str, RetrievalMetrics]:
    methods, notes, closers = _retrievers(index, quick)
    with_quotes = [q for q in questions if q.quotes]
    out: dict[str, RetrievalMetrics] = {}
    try:
        for name, fn in methods.items():
            if with_quotes:
                fn(with_quotes[0].question, RETRIEVAL_K)  # warm-up, not timed
            ranks, lat = [], []
            for q in with_quotes:
                t0 = time.perf_counter()
                texts = fn(q.question, RETRIEVAL_K)
                lat.append(1000 * (time.perf_counter() - t0))
                rank = M.first_hit_rank(texts, q.quotes)
                ranks.append(rank)
                results[q.id].ranks[name] = rank
            out[name] = RetrievalMetrics(method=name, n=len(ranks), recall_at_1=M.recall_at_k(ranks, 1),
                                         recall_at_5=M.recall_at_k(ranks, 5), recall_at_10=M.recall_at_k(ranks, 10),
                                         mrr=M.mrr(ranks), latency_p50_ms=M.percentile(lat, 50),
                                         latency_p95_ms=M.percentile(lat, 95), note=notes.get(name))
        for name, note in notes.items():
            if name not in out:
                out[name] = RetrievalMetrics(method=name, n=0, note=note)
    finally:
        for c in closers:
            c.close()
    return out


# ---------------------------------------------------------------- answers


def _answer_number_text(answer: Any) -> str:
    parts = [answer.answer]
    for t in answer.tables:
        parts.append(" | ".join(t.columns))
        parts += [" | ".join("" if c is None else str(c) for c in row) for row in t.rows]
    return "\n".join(parts)


def evaluate_answers(index: Any, settings: Settings, questions: Sequence[GoldQuestion],
                     results: dict[str, QuestionResult]) -> None:
    from assistant.service import Assistant

    assistant = Assistant(index, settings)
    pages: dict[tuple[str, int], str | None] = {}

    def page_text(doc_id: str, n: int) -> str | None:
        if (doc_id, n) not in pages:
            try:
                p = index.page(doc_id, n)
                pages[(doc_id, n)] = None if p is None else p.text
            except RodaTradenError:
                pages[(doc_id, n)] = None
        return pages[(doc_id, n)]

    try:  # warm-up (lazy model loads), not timed
        assistant.ask(questions[0].question)
    except Exception:  # noqa: BLE001 - the timed loop reports errors per question
        pass
    for q in questions:
        r = results[q.id]
        try:
            t0 = time.perf_counter()
            ans = assistant.ask(q.question, history=q.history)
            r.latency_ms = 1000 * (time.perf_counter() - t0)
        except Exception as exc:  # noqa: BLE001 - one broken question must not sink the run
            r.error = f"{type(exc).__name__}: {exc}"[:300]
            continue
        r.answer, r.abstained = ans.answer, ans.abstained
        if q.numbers:
            r.number_ok, r.numbers_missing = M.gold_items_present(q.numbers, _answer_number_text(ans))
            r.number_ok_text_only = M.gold_items_present(q.numbers, ans.answer)[0]
        r.citations = len(ans.citations)
        for c in ans.citations:
            text = page_text(c.doc_id, c.page)
            ok = M.quote_verified(c.quote, text)
            r.citations_verified += ok
            r.citations_relevant += bool(ok and q.quotes and M.citation_relevant(c.quote, text, q.quotes))


def _group(rs: Sequence[QuestionResult], gold: dict[str, GoldQuestion]) -> GroupMetrics:
    ranks = [r.ranks.get(OURS) for r in rs if gold[r.id].quotes and OURS in r.ranks]
    graded = [r for r in rs if gold[r.id].quotes]
    cits = sum(r.citations for r in graded)
    all_cits = sum(r.citations for r in rs)
    return GroupMetrics(
        n=len(rs), recall_at_5=M.recall_at_k(ranks, 5), mrr=M.mrr(ranks),
        number_recall=M.share(r.number_ok for r in rs),
        citation_precision=(sum(r.citations_relevant for r in graded) / cits) if cits else None,
        quote_verification_rate=(sum(r.citations_verified for r in rs) / all_cits) if all_cits else None,
        abstention_rate=M.share(r.abstained for r in rs if r.error is None),
        latency_median_ms=M.percentile([r.latency_ms for r in rs if r.latency_ms is not None], 50),
    )


def summarize_answers(rs: Sequence[QuestionResult], gold: dict[str, GoldQuestion]) -> AnswerMetrics:
    ok = [r for r in rs if r.error is None and r.abstained is not None]
    graded = [r for r in ok if gold[r.id].quotes]
    cits_graded = sum(r.citations for r in graded)
    cits = sum(r.citations for r in ok)
    unans = [r for r in ok if not gold[r.id].answerable]
    ans = [r for r in ok if gold[r.id].answerable]
    lat = [r.latency_ms for r in ok if r.latency_ms is not None]
    return AnswerMetrics(
        n=len(rs), errors=len(rs) - len(ok),
        number_questions=sum(1 for r in rs if r.numbers),
        number_recall=M.share(r.number_ok if r.error is None else False for r in rs if r.numbers),
        number_recall_text_only=M.share(r.number_ok_text_only if r.error is None else False for r in rs if r.numbers),
        citations=cits,
        citation_precision=(sum(r.citations_relevant for r in graded) / cits_graded) if cits_graded else None,
        quote_verification_rate=(sum(r.citations_verified for r in ok) / cits) if cits else None,
        unanswerable=len(unans), abstention_rate_unanswerable=M.share(r.abstained for r in unans),
        answerable=len(ans), false_abstention_rate=M.share(r.abstained for r in ans),
        latency_median_ms=M.percentile(lat, 50), latency_p95_ms=M.percentile(lat, 95),
    )


# ---------------------------------------------------------------- other teams' sections


def _call_external(module: str, func: str, *args: Any) -> ExternalSection:
    try:
        fn = getattr(importlib.import_module(module), func)
    except (ImportError, AttributeError) as exc:
        return ExternalSection(status="not available", detail=f"{module}.{func} missing ({exc})")
    try:
        data = fn(*args)
    except Exception as exc:  # noqa: BLE001 - report, do not fail the whole eval
        return ExternalSection(status="error", detail=f"{type(exc).__name__}: {exc}"[:300])
    payload = data.model_dump(mode="json") if hasattr(data, "model_dump") else data
    try:
        json.dumps(payload)
    except TypeError:
        payload = repr(payload)[:2000]
    return ExternalSection(status="ok", headline=numeric_headline(data), data=payload)


def parse_corpus(corpus_dir: Path) -> list[Any]:
    import ingest

    manifest = None
    try:
        from ingest import manifest as man_mod

        loader = next((getattr(man_mod, n) for n in ("load_manifest", "load", "read_manifest") if hasattr(man_mod, n)), None)
        if loader and (corpus_dir / "manifest.json").is_file():
            manifest = loader(corpus_dir / "manifest.json")
    except Exception:  # noqa: BLE001 - metadata is optional for table extraction
        manifest = None
    return [ingest.parse_pdf(p, manifest) for p in sorted(corpus_dir.glob("*.pdf"))]


def evaluate_tables(corpus_dir: Path, tables_path: Path | None, blind: bool = True) -> ExternalSection:
    """Cell accuracy on the bundled gold and, unless ``blind`` is off (quick runs), on the blind real-document
    gold tables (both halves; OCR'd documents make this take minutes)."""
    if tables_path is None:
        return ExternalSection(status="skipped", detail="no tables file")
    if not tables_path.is_file():
        return ExternalSection(status="not available", detail=f"{tables_path} not found")
    try:
        importlib.import_module("eval.tables_eval")
    except ImportError as exc:
        return ExternalSection(status="not available", detail=f"eval/tables_eval.py missing ({exc})")
    try:
        parsed = parse_corpus(corpus_dir)
    except Exception as exc:  # noqa: BLE001
        return ExternalSection(status="error", detail=f"parsing {corpus_dir}: {exc}"[:300])
    return _call_external("eval.tables_eval", "evaluate_tables", parsed, tables_path, None, blind)


def evaluate_recs(index: Any, recs_path: Path | None) -> ExternalSection:
    if recs_path is None:
        return ExternalSection(status="skipped", detail="no recommendations file")
    if not recs_path.is_file():
        return ExternalSection(status="not available", detail=f"{recs_path} not found")
    return _call_external("eval.recommendations_eval", "evaluate_recommendations", index, recs_path)


# ---------------------------------------------------------------- the run


def run_eval(index: Any, settings: Settings, questions: Sequence[GoldQuestion], *, questions_file: str = "",
             tables_path: Path | None = None, recs_path: Path | None = None, quick: bool = False,
             ingest_s: float | None = None, log: Callable[[str], None] = lambda s: None) -> EvalReport:
    gold = {q.id: q for q in questions}
    if len(gold) != len(questions):
        raise ConfigError("duplicate question ids in the questions file")
    results = {q.id: QuestionResult(id=q.id, type=q.type, lang=q.language, question=q.question, quotes=len(q.quotes),
                                    numbers=len(q.numbers)) for q in questions}
    docs = list(index.documents())
    all_pages = "\n".join(M.collapse(p.text) for d in docs for p in index.pages(d.meta.doc_id))
    for q in questions:
        if q.quotes:
            results[q.id].quote_on_a_page = any(M.collapse(x) in all_pages for x in q.quotes)
    log(f"retrieval ({'ours only' if quick else 'ours + baselines'}) over {sum(1 for q in questions if q.quotes)} questions with quotes")
    retrieval = evaluate_retrieval(index, questions, results, quick)
    log(f"answers: {len(questions)} questions")
    evaluate_answers(index, settings, questions, results)
    log("tables")
    tables = evaluate_tables(Path(settings.corpus_dir), tables_path, blind=not quick)
    log("recommendations")
    recs = evaluate_recs(index, recs_path)
    rs = list(results.values())
    by_type = {t: _group([r for r in rs if r.type == t], gold) for t in sorted({r.type for r in rs})}
    by_lang = {lang: _group([r for r in rs if r.lang == lang], gold) for lang in sorted({r.lang for r in rs})}
    meta = RunMeta(commit=git_commit(), date=now_iso(), machine=machine_info(), questions_file=questions_file,
                   corpus_dir=str(settings.corpus_dir), documents=len(docs), pages=sum(d.meta.pages for d in docs),
                   chunks=sum(d.chunks for d in docs), ingest_s=ingest_s, quick=quick, retrieval_k=RETRIEVAL_K,
                   quotes_not_on_any_page=[r.id for r in rs if r.quote_on_a_page is False])
    return EvalReport(meta=meta, retrieval=retrieval, answers=summarize_answers(rs, gold), by_type=by_type,
                      by_lang=by_lang, tables=tables, recommendations=recs, questions=rs)


def write_results(report: EvalReport, json_out: str | None, results_dir: Path = RESULTS_DIR) -> list[Path]:
    results_dir.mkdir(parents=True, exist_ok=True)
    body = report.model_dump_json(indent=1)
    written = []
    for p in [results_dir / "eval-latest.json", *([Path(json_out)] if json_out else [])]:
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(body, encoding="utf-8")
        written.append(p)
    md = results_dir / "eval-latest.md"
    md.write_text(render_markdown(report), encoding="utf-8")
    return [*written, md, write_figures(results_dir)]


def fresh_index(settings: Settings, data_dir: Path, log: Callable[[str], None]) -> tuple[Any, Settings, float]:
    from index import open_index
    from index.pipeline import ingest_paths

    corpus = Path(settings.corpus_dir)
    pdfs = sorted(corpus.glob("*.pdf")) if corpus.is_dir() else []
    if not pdfs:
        raise ConfigError(f"no PDFs in the corpus directory {corpus} (set RODATRADEN_CORPUS_DIR)")
    s = settings.model_copy(update={"data_dir": data_dir, "chroma_host": None, "collection": "rodatraden_eval"})
    index = open_index(s)
    log(f"fresh index in {data_dir}: ingesting {len(pdfs)} PDFs from {corpus}")
    t0 = time.perf_counter()
    outcomes = ingest_paths(index, [str(p) for p in pdfs])
    took = time.perf_counter() - t0
    for o in outcomes:
        if o.status == "failed":
            log(f"  warning: {o.path}: {o.error}")
    if not any(o.status != "failed" for o in outcomes):
        index.close()
        raise ConfigError(f"nothing in {corpus} could be ingested")
    return index, s, took


def cmd_eval(args: Any, settings: Settings) -> int:
    """Without --questions: original gold | blind dev | blind test side by side (eval/side_run.py).
    With --questions: that file over the corpus directory, with retrieval baselines, tables and recommendations."""
    import sys

    if not getattr(args, "questions", None):
        from eval.side_run import run_sets

        return run_sets(args, settings)

    def log(msg: str) -> None:
        print(f"[eval] {msg}", file=sys.stderr, flush=True)

    qpath = Path(args.questions) if getattr(args, "questions", None) else DEFAULTS["questions"]
    questions = load_questions(qpath)

    def opt(name: str) -> Path | None:
        v = getattr(args, name, None)
        return Path(v) if v else (DEFAULTS[name] if not getattr(args, "questions", None) else None)

    tables_path, recs_path = opt("tables"), opt("recommendations")
    with tempfile.TemporaryDirectory(prefix="rodatraden-eval-") as tmp:
        index, s, ingest_s = fresh_index(settings, Path(tmp), log)
        try:
            report = run_eval(index, s, questions, questions_file=str(qpath), tables_path=tables_path,
                              recs_path=recs_path, quick=bool(getattr(args, "quick", False)), ingest_s=ingest_s, log=log)
        finally:
            index.close()
    results_dir = Path(getattr(args, "results_dir", None) or RESULTS_DIR)
    paths = write_results(report, getattr(args, "json_out", None), results_dir)
    print(render_markdown(report))
    log("written: " + ", ".join(str(p) for p in paths))
    return 0
