"""Speed benchmarks (a script, not a test): ``python -m eval.bench [--scaled-pages 5000] [--skip-scaled]``.

Per corpus size (the bundled corpus, then a scaled copy of ≥ N pages):
- ingestion pages/s: full (parse + embed + store) and without embeddings (parse + store; the embedding
  time is measured inside the same run by a timing wrapper around the embedder and subtracted), each
  as a ratio to bare pdfplumber ``page.extract_text()`` over the same pages;
- query latency p50/p95 of the extractive answerer (``Assistant.ask`` over the gold questions), and as
  a ratio to the bare floor measured in the same run (query embedding + Chroma top-k + BM25 top-k);
- peak memory (eval/bench_api.py's API measurement when present, else this process's VmHWM).
Writes eval/results/bench-latest.json and .md.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import importlib.util
import json
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import pdfplumber

from eval.gold import load_questions
from eval.metrics import percentile, ratio
from eval.report import git_commit, machine_info, now_iso, stamp_lines
from index.embedding_cache import CachedEmbedder
from rodatraden.settings import Settings, get_settings

RESULTS = Path(__file__).resolve().parent / "results"


class TimingEmbedder:
    """Delegates to the real embedder and adds up the time spent embedding passages.

    With ``memo=True`` (scaled corpus only) a passage text seen before reuses its vector: the copies'
    chunks are byte-identical, so the index holds exactly the vectors a full run would, and the
    embedding cost of the repeats is estimated from the measured per-passage cost (and labelled so).
    """

    def __init__(self, inner: Any, memo: bool = False) -> None:
        self._inner = inner
        self.name, self.dim = inner.name, inner.dim
        self.passage_s = 0.0
        self.passages = 0  # passages requested
        self.embedded = 0  # passages actually run through the model
        self._memo: dict[str, np.ndarray] | None = {} if memo else None

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        self.passages += len(texts)
        todo = texts if self._memo is None else list(dict.fromkeys(t for t in texts if t not in self._memo))
        t0 = time.perf_counter()
        vecs = self._inner.embed_passages(todo) if todo else np.zeros((0, self.dim), dtype=np.float32)
        self.passage_s += time.perf_counter() - t0
        self.embedded += len(todo)
        if self._memo is None:
            return vecs
        self._memo.update(zip(todo, vecs))
        return np.vstack([self._memo[t] for t in texts]) if texts else np.zeros((0, self.dim), dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self._inner.embed_query(text)


def vm_hwm_mb() -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def bare_pdfplumber(files: list[Path]) -> tuple[int, float]:
    pages, t0 = 0, time.perf_counter()
    for f in files:
        with pdfplumber.open(f) as pdf:
            for page in pdf.pages:
                page.extract_text()
                pages += 1
                page.flush_cache()
    return pages, time.perf_counter() - t0


def ingest_timed(index: Any, timer: TimingEmbedder, files: list[Path], log: Any) -> dict[str, float]:
    from index.pipeline import _manifest_for, embed_units  # as `rodatraden ingest` does
    from ingest import parse_pdf

    parse_s = add_s = 0.0
    pages = chunks = failed = 0
    timer.passage_s = 0.0
    t_all = time.perf_counter()
    for n, f in enumerate(files, 1):
        try:
            t0 = time.perf_counter()
            parsed = parse_pdf(f, manifest=_manifest_for(f, None))
            t1 = time.perf_counter()
            index.add(parsed)
            embed_units(index, parsed)  # the answer units' vectors, embedded at ingest like the product does
            t2 = time.perf_counter()
        except Exception as exc:  # noqa: BLE001 - count and go on, as ingest_paths does
            failed += 1
            log(f"  failed {f.name}: {exc}")
            continue
        parse_s += t1 - t0
        add_s += t2 - t1
        pages += len(parsed.pages)
        chunks += len(parsed.chunks)
        del parsed
        if n % 20 == 0:
            gc.collect()
            log(f"  {n}/{len(files)} files, {pages} pages, {time.perf_counter() - t_all:.0f} s")
    measured = timer.passage_s
    store_s = add_s - measured
    estimated = timer.embedded < timer.passages
    embed_s = measured * timer.passages / timer.embedded if estimated and timer.embedded else measured
    total = parse_s + store_s + embed_s
    return {"files": len(files), "failed": failed, "pages": pages, "chunks": chunks, "parse_s": parse_s,
            "embed_s": embed_s, "embed_estimated": estimated, "embed_measured_s": measured,
            "passages_embedded": timer.embedded, "passages": timer.passages, "store_s": store_s, "total_s": total,
            "pages_per_s_full": pages / total if total else None,
            "pages_per_s_no_embeddings": pages / (parse_s + store_s) if parse_s + store_s > 0 else None}


def ingest_only(files: list[Path], log: Any, rounds: int = 2) -> dict[str, Any]:
    """Parse time without OCR, index or embeddings against bare pdfplumber text extraction over the same pages,
    file by file in turns (bare, parse), each the fastest of ``rounds``; wall and CPU seconds (CPU time is the
    steadier figure on a shared machine)."""
    from ingest import parse_pdf
    from ingest.models import IngestOptions

    tot = {"bare_wall": 0.0, "bare_cpu": 0.0, "parse_wall": 0.0, "parse_cpu": 0.0}
    pages = 0
    for f in files:
        best: dict[str, float] = {}
        for _ in range(rounds):
            w0, c0 = time.perf_counter(), time.process_time()
            n, _ = bare_pdfplumber([f])
            w1, c1 = time.perf_counter(), time.process_time()
            parse_pdf(f, options=IngestOptions(ocr="off"))
            w2, c2 = time.perf_counter(), time.process_time()
            for k, v in (("bare_wall", w1 - w0), ("bare_cpu", c1 - c0), ("parse_wall", w2 - w1), ("parse_cpu", c2 - c1)):
                best[k] = min(best.get(k, v), v)
        pages += n
        for k in tot:
            tot[k] += best[k]
    res = {"files": len(files), "pages": pages, **{f"{k}_s": round(v, 2) for k, v in tot.items()},
           "ratio_wall": tot["parse_wall"] / tot["bare_wall"] if tot["bare_wall"] else None,
           "ratio_cpu": tot["parse_cpu"] / tot["bare_cpu"] if tot["bare_cpu"] else None}
    log(f"ingest only (no OCR, no embeddings): {pages} pages; bare pdfplumber {tot['bare_wall']:.2f} s wall / "
        f"{tot['bare_cpu']:.2f} s CPU, parse {tot['parse_wall']:.2f} s / {tot['parse_cpu']:.2f} s; ratio wall "
        f"{res['ratio_wall']:.2f}, CPU {res['ratio_cpu']:.2f}")
    return res


def query_latency(index: Any, settings: Settings, questions: list[Any], k: int) -> dict[str, Any]:
    from assistant.service import Assistant

    assistant = Assistant(index, settings)
    qs = [q.question for q in questions]
    t0 = time.perf_counter()
    assistant.ask(qs[0])  # warm-up: lazy loads and the per-generation caches (keyword index, tables, page units)
    first_ask_ms = 1000 * (time.perf_counter() - t0)
    index.keyword_search(qs[0], k)
    ask_ms, floor_ms, errors = [], [], 0
    for q in qs:
        t0 = time.perf_counter()
        try:
            assistant.ask(q)
        except Exception:  # noqa: BLE001
            errors += 1
            continue
        ask_ms.append(1000 * (time.perf_counter() - t0))
    raw = getattr(index.embedder, "inner", index.embedder)  # the floor embeds afresh (the product keeps query vectors)
    for q in qs:
        t0 = time.perf_counter()
        qv = raw.embed_query(q)
        index.collection.query(query_embeddings=[qv.tolist()], n_results=k, include=["distances"])
        index.keyword_search(q, k)
        floor_ms.append(1000 * (time.perf_counter() - t0))
    out = {"questions": len(qs), "errors": errors, "k": k, "first_ask_ms": first_ask_ms,
           "ask_p50_ms": percentile(ask_ms, 50), "ask_p95_ms": percentile(ask_ms, 95),
           "floor_p50_ms": percentile(floor_ms, 50), "floor_p95_ms": percentile(floor_ms, 95)}
    out["ratio_p50"] = ratio(out["ask_p50_ms"], out["floor_p50_ms"])
    out["ratio_p95"] = ratio(out["ask_p95_ms"], out["floor_p95_ms"])
    return out


def api_memory_load(log: Any, clients: int = 4, seconds: float = 20) -> dict[str, Any]:
    """eval/bench_api.py (the API engineer's load run over the bundled corpus), in its own process."""
    import subprocess
    import sys

    if importlib.util.find_spec("eval.bench_api") is None:
        return {"source": "not available (eval/bench_api.py missing); see vm_hwm_mb of the bench process"}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "api.json"
        cmd = [sys.executable, "-m", "eval.bench_api", "--clients", str(clients), "--seconds", str(seconds), "--out", str(out)]
        log("api load run: " + " ".join(cmd[1:]))
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
        if p.returncode != 0 or not out.is_file():
            return {"source": "eval.bench_api", "error": (p.stderr or p.stdout)[-400:]}
        return {"source": "eval.bench_api (load run, bundled corpus)", "result": json.loads(out.read_text(encoding="utf-8"))}


def api_memory_at(data_dir: Path, collection: str, questions: list[str], log: Any) -> dict[str, Any]:
    """Peak RSS (VmHWM) of a real API process serving this index while it answers the gold questions once."""
    import os

    import httpx

    try:
        from assistant.api.launch import ApiProcess
    except ImportError as exc:
        return {"source": f"not available ({exc}); see vm_hwm_mb of the bench process"}
    key = "bench-" + os.urandom(6).hex()
    try:
        with ApiProcess(data_dir, env={"RODATRADEN_API_KEYS": key, "RODATRADEN_COLLECTION": collection}) as api:
            start = api.peak_rss_kb()
            errors = 0
            with httpx.Client(base_url=api.url, headers={"Authorization": f"Bearer {key}"}, timeout=600) as c:
                for q in questions:
                    errors += c.post("/v1/ask", json={"question": q}).status_code != 200
            peak = api.peak_rss_kb()
    except Exception as exc:  # noqa: BLE001
        log(f"api memory measurement failed: {exc}")
        return {"source": "ApiProcess", "error": f"{type(exc).__name__}: {exc}"[:300]}
    return {"source": "API process VmHWM (assistant.api.launch.ApiProcess), gold questions asked once",
            "api_peak_rss_mb": round(peak / 1024, 1) if peak else None,
            "api_rss_at_start_mb": round(start / 1024, 1) if start else None, "errors": errors}


def bench_size(label: str, files: list[Path], settings: Settings, questions: list[Any], bare: tuple[int, float] | None,
               bare_note: str, log: Any, memo: bool = False) -> dict[str, Any]:
    from index import open_index
    from index.embedder import make_embedder

    log(f"[{label}] {len(files)} files")
    if bare is None:
        bare = bare_pdfplumber(files)
    bare_rate = bare[0] / bare[1] if bare[1] else None
    log(f"[{label}] bare pdfplumber: {bare[0]} pages in {bare[1]:.1f} s")
    with tempfile.TemporaryDirectory(prefix=f"rodatraden-bench-{label}-") as tmp:
        s = settings.model_copy(update={"data_dir": Path(tmp), "chroma_host": None, "collection": "bench"})
        # behind the product's passage cache (index.open_index does the same): the unit vectors embedded at ingest
        # are read from it when questions are answered
        timer = TimingEmbedder(CachedEmbedder(make_embedder(s), s.data_dir / "embeddings.sqlite"), memo=memo)
        index = open_index(s, embedder=timer)
        try:
            ing = ingest_timed(index, timer, files, log)
            log(f"[{label}] ingest: {ing['pages']} pages, full {ing['total_s']:.1f} s (embed {ing['embed_s']:.1f} s)")
            q = query_latency(index, s, questions, settings.top_k)
            log(f"[{label}] ask p50 {q['ask_p50_ms']:.0f} ms, p95 {q['ask_p95_ms']:.0f} ms; floor p50 {q['floor_p50_ms']:.1f} ms")
        finally:
            index.close()
        api_mem = api_memory_at(Path(tmp), "bench", [x.question for x in questions], log)
        log(f"[{label}] API memory: {api_mem}")
    ing["bare_pdfplumber_pages"], ing["bare_pdfplumber_s"] = bare
    ing["bare_pdfplumber_pages_per_s"] = bare_rate
    ing["bare_note"] = bare_note
    ing["ratio_full_to_bare"] = ratio(ing["pages_per_s_full"], bare_rate)
    ing["ratio_no_embeddings_to_bare"] = ratio(ing["pages_per_s_no_embeddings"], bare_rate)
    return {"label": label, "ingest": ing, "query": q, "vm_hwm_mb_after": vm_hwm_mb(), "api_memory": api_mem}


def render(res: dict[str, Any]) -> str:
    m = res["machine"]
    lines = ["# Röda tråden – benchmarks", ""]
    from eval.report import Machine

    lines += stamp_lines(res["commit"], res["date"], Machine(**m)) + [""]
    lines += ["| corpus | pages | chunks | ingest pages/s (full) | pages/s (no embeddings) | bare pdfplumber pages/s | full ÷ bare | no-emb ÷ bare | ask p50 | ask p95 | floor p50 | floor p95 | p50 ÷ floor | p95 ÷ floor | API peak RSS | bench VmHWM |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]

    def f(v: Any, d: int = 1) -> str:
        return "–" if v is None else f"{v:.{d}f}"

    for s in res["sizes"]:
        i, q = s["ingest"], s["query"]
        star = " (est.)" if i.get("embed_estimated") else ""
        lines.append(f"| {s['label']} | {i['pages']} | {i['chunks']} | {f(i['pages_per_s_full'], 2)}{star} | {f(i['pages_per_s_no_embeddings'], 2)} | "
                     f"{f(i['bare_pdfplumber_pages_per_s'], 2)} | {f(i['ratio_full_to_bare'], 3)}{star} | {f(i['ratio_no_embeddings_to_bare'], 3)} | "
                     f"{f(q['ask_p50_ms'], 0)} ms | {f(q['ask_p95_ms'], 0)} ms | {f(q['floor_p50_ms'])} ms | {f(q['floor_p95_ms'])} ms | "
                     f"{f(q['ratio_p50'])}× | {f(q['ratio_p95'])}× | {f(s.get('api_memory', {}).get('api_peak_rss_mb'), 0)} MB | "
                     f"{f(s['vm_hwm_mb_after'], 0)} MB |")
    lines += [""]
    for s in res["sizes"]:
        i = s["ingest"]
        est = (f" (ESTIMATED: {i['passages_embedded']} distinct passages embedded in {i['embed_measured_s']:.1f} s, "
               f"scaled to all {i['passages']}; the index holds the real vectors)") if i.get("embed_estimated") else ""
        lines.append(f"- {s['label']}: parse {i['parse_s']:.1f} s, embed {i['embed_s']:.1f} s{est}, store {i['store_s']:.1f} s; "
                     f"bare pdfplumber {i['bare_pdfplumber_pages']} pages in {i['bare_pdfplumber_s']:.1f} s ({i['bare_note']}); failed files {i['failed']}")
    if len(res["sizes"]) == 2:
        a, b = res["sizes"]
        x = b["ingest"]["pages"] / max(1, a["ingest"]["pages"])
        lines.append(f"- Growth ×{x:.0f} pages: ingest pages/s ×{f(ratio(b['ingest']['pages_per_s_full'], a['ingest']['pages_per_s_full']), 2)}, "
                     f"ask p50 ×{f(ratio(b['query']['ask_p50_ms'], a['query']['ask_p50_ms']), 2)}, "
                     f"ask p95 ×{f(ratio(b['query']['ask_p95_ms'], a['query']['ask_p95_ms']), 2)}")
    firsts = [f"{s['label']} {f(s['query'].get('first_ask_ms'), 0)} ms" for s in res["sizes"]]
    lines.append("- First ask after ingesting (not in p50/p95: builds the per-generation caches): " + ", ".join(firsts))
    mem = res["memory"]
    r = mem.get("result") or {}
    if r:
        many = r.get("many_clients") or r  # eval/bench_api.py's summary: one client, then many, and their ratio
        one = r.get("single_client") or {}
        lines.append(f"- API load run (eval/bench_api.py, bundled corpus, {many.get('clients')} clients): "
                     f"{many.get('requests_per_s')} req/s ({r.get('throughput_ratio')}× one client's "
                     f"{one.get('requests_per_s')}), p50 {many.get('latency_ms', {}).get('p50')} ms, "
                     f"p95 {many.get('latency_ms', {}).get('p95')} ms, errors {many.get('errors')}, "
                     f"API peak RSS {r.get('api_peak_rss_mb')} MB")
    else:
        lines.append(f"- API load run: {json.dumps(mem, ensure_ascii=False)[:300]}")
    lines += ["- API peak RSS = VmHWM of a real `rodatraden serve` process over the benchmarked index after answering every gold question once; "
              "bench VmHWM = this benchmark process (ingest + queries).",
              "- Floor = query embedding + Chroma top-k + BM25 top-k on the same index; ask = Assistant.ask (extractive, no LLM).",
              "- No-embeddings rate = parse + store (SQLite, Chroma insert, keyword index) with the embedder's time subtracted, measured in the same run.", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.bench", description=__doc__.splitlines()[0])
    ap.add_argument("--scaled-pages", type=int, default=5000)
    ap.add_argument("--skip-scaled", action="store_true")
    ap.add_argument("--scaled-bare", action="store_true",
                    help="run bare pdfplumber over every scaled page (default: the per-page rate of the identical bundled pages)")
    ap.add_argument("--scaled-full-embed", action="store_true",
                    help="embed every scaled chunk (default: embed each distinct chunk text once, estimate the repeats' cost)")
    ap.add_argument("--skip-api-load", action="store_true", help="skip the eval/bench_api.py load run")
    ap.add_argument("--questions", default=str(Path(__file__).resolve().parent / "questions.jsonl"))
    ap.add_argument("--ingest-only", nargs="*", metavar="PDF", default=None,
                    help="only time parsing (no OCR, index or embeddings) against bare pdfplumber, over the bundled "
                         "corpus plus the PDFs given; prints the ratio, writes no results")
    ap.add_argument("--units", nargs="*", type=Path, metavar="PDF",
                    help="only the answer-unit embedding cost per page (eval/bench_units.py) over these PDFs or "
                         "folders (default: the bundled corpus)")
    a = ap.parse_args(argv)
    if a.units is not None:
        from eval.bench_units import main as units_main

        return units_main([str(p) for p in a.units])

    def log(msg: str) -> None:
        print(f"[bench] {msg}", flush=True)

    settings = get_settings()
    questions = load_questions(a.questions)
    corpus = sorted(Path(settings.corpus_dir).glob("*.pdf"))
    if not corpus:
        log(f"no PDFs in {settings.corpus_dir}")
        return 2
    if a.ingest_only is not None:
        ingest_only(corpus + [Path(p) for p in a.ingest_only], log)
        return 0
    res: dict[str, Any] = {"commit": git_commit(), "date": now_iso(), "machine": machine_info().model_dump(), "sizes": []}
    bare_small = bare_pdfplumber(corpus)
    small = bench_size("bundled", corpus, settings, questions, bare_small, "all pages", log)
    res["sizes"].append(small)
    if not a.skip_scaled:
        from eval.scaled_corpus import build_scaled_corpus

        with tempfile.TemporaryDirectory(prefix="rodatraden-scaled-") as tmp:
            files, pages = build_scaled_corpus(Path(settings.corpus_dir), Path(tmp), a.scaled_pages)
            log(f"scaled corpus: {len(files)} files, {pages} pages")
            if a.scaled_bare:
                bare, note = None, "all scaled pages"
            else:
                reps = pages / bare_small[0]
                bare, note = (pages, bare_small[1] * reps), "per-page rate of the byte-identical bundled pages"
            res["sizes"].append(bench_size(f"scaled-{pages}", files, settings, questions, bare, note, log,
                                           memo=not a.scaled_full_embed))
    res["memory"] = api_memory_load(log) if not a.skip_api_load else {"source": "skipped (--skip-api-load)"}
    res["memory"]["bench_process_vm_hwm_mb"] = vm_hwm_mb()
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "bench-latest.json").write_text(json.dumps(res, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    md = render(res)
    (RESULTS / "bench-latest.md").write_text(md, encoding="utf-8")
    from eval.readme_figures import write_figures

    write_figures(RESULTS)
    print(md)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
