"""Speed of the recommendation tracker (a script, not a test; speed is measured, not asserted):
``python -m eval.bench_recommendations [--scaled-data /tmp/rtperf/data] [--collection bench] [--against REV]
[--grow 1,2,4] [--status]``.

Bundled corpus (a fresh tmp index over corpus/) and, when given, a prebuilt scaled index (eval/scaled_corpus.py
+ index.pipeline.ingest_paths with allow_duplicate; opened read-only). Per index, with a fresh passage-embedding
cache:
- cold: the first ``track()`` on a new Index object (every document read, segmented, embedded);
- relink: linking again with the per-document work cached (what a write of another document costs);
- cached: ``track()`` again at the same generation.
Prints seconds, ms per page, and scaled/bundled ratios.

With the scaled index:
- ``--against REV``: the same cold and relink ``track()`` with the code of git revision REV and with this tree, each
  in a fresh process over the same index and the same (pre-filled) embedding cache, alternated ``--repeats`` times;
  prints the best of each and the ratio REV/this tree (wall and CPU seconds: on a shared machine CPU is the figure);
- ``--grow 1,2,4``: the scaled index's documents copied k times in memory (new doc ids): cold and relink seconds
  and ms per page per k (flat ms per page: the tracker's work grows linearly with the library);
- ``--status``: ``Assistant.warm()`` on a new Assistant, then the first status question's latency (served from
  the caches warm() built)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from assistant.recommendations.tracker import doc_works, embedder_for, run_works, track
from index import open_index
from index.embedder import make_embedder
from index.embedding_cache import CachedEmbedder
from index.pipeline import ingest_paths
from rodatraden.settings import Settings, get_settings

REPO = Path(__file__).resolve().parents[1]


def measure(index: Any) -> dict[str, float]:
    pages = sum(d.meta.pages for d in index.documents())
    t0 = time.perf_counter()
    tracked = track(index)
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    run_works(doc_works(index), embedder_for(index))
    relink = time.perf_counter() - t0
    t0 = time.perf_counter()
    track(index)
    cached = time.perf_counter() - t0
    return {"docs": len(index.documents()), "pages": pages, "recommendations": len(tracked),
            "with_evidence": sum(1 for t in tracked if t.evidence), "cold_s": cold, "relink_s": relink, "cached_s": cached}


def _open(settings: Settings, cache_dir: Path) -> Any:
    return open_index(settings, CachedEmbedder(make_embedder(settings), cache_dir / "embeddings.sqlite"))


def bundled(tmp: Path) -> dict[str, float]:
    settings = get_settings(data_dir=tmp / "bundled", corpus_dir=REPO / "corpus", chroma_host=None)
    index = _open(settings, tmp / "bundled-ingest")
    try:
        ingest_paths(index, [REPO / "corpus"])
    finally:
        index.close()
    index = _open(settings, tmp / "bundled-track")  # a new Index: tracker caches and unit embeddings cold
    try:
        return measure(index)
    finally:
        index.close()


def scaled(data: Path, collection: str, tmp: Path) -> dict[str, float]:
    settings = get_settings(data_dir=data, chroma_host=None, collection=collection)
    index = _open(settings, tmp / "scaled-track")
    try:
        return measure(index)
    finally:
        index.close()


# The measurement run in a fresh process with the code of one tree (this one or a git revision's): cold track() on a
# new Index object, then relinking with the per-document work cached.
_MEASURE = r"""
import json, sys, time
from pathlib import Path
from assistant.recommendations.tracker import doc_works, embedder_for, run_works, track
from index import open_index
from index.embedder import make_embedder
from index.embedding_cache import CachedEmbedder
from rodatraden.settings import get_settings
data, collection, cache = sys.argv[1:4]
s = get_settings(data_dir=Path(data), chroma_host=None, collection=collection)
index = open_index(s, CachedEmbedder(make_embedder(s), Path(cache)))
try:
    w, c = time.perf_counter(), time.process_time()
    tracked = track(index)
    cold, cold_cpu = time.perf_counter() - w, time.process_time() - c
    w, c = time.perf_counter(), time.process_time()
    run_works(doc_works(index), embedder_for(index))
    relink, relink_cpu = time.perf_counter() - w, time.process_time() - c
    print(json.dumps({"cold_s": cold, "cold_cpu_s": cold_cpu, "relink_s": relink, "relink_cpu_s": relink_cpu,
                      "recommendations": len(tracked), "evidence": sum(len(t.evidence) for t in tracked)}))
finally:
    index.close()
"""


def measure_tree(tree: Path, data: Path, collection: str, cache: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run([sys.executable, "-c", _MEASURE, str(data), collection, str(cache)], cwd=tree, env=env,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def against(rev: str, data: Path, collection: str, tmp: Path, repeats: int) -> tuple[dict, dict]:
    """(best of REV, best of this tree): each run in a fresh process, alternated, over the same embedding cache."""
    old = tmp / "against"
    old.mkdir()
    archive = subprocess.run(["git", "-C", str(REPO), "archive", rev], capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
    cache = tmp / "against-embeddings.sqlite"
    measure_tree(REPO, data, collection, cache)  # fills the embedding cache: neither side embeds
    runs: dict[str, list[dict]] = {"old": [], "new": []}
    for _ in range(repeats):
        runs["old"].append(measure_tree(old, data, collection, cache))
        runs["new"].append(measure_tree(REPO, data, collection, cache))
    best = {k: {m: min(r[m] for r in v) for m in v[0]} for k, v in runs.items()}
    return best["old"], best["new"]


def grow(index: Any, factors: list[int]) -> list[dict[str, float]]:
    """The index's documents copied k times in memory (new doc ids; the audits' extractions copied, not redone):
    cold (every copy's per-document work) and relink seconds."""
    from assistant.recommendations.docwork import DocWork
    from assistant.recommendations.models import AuditExtraction

    base = doc_works(index)
    memo = embedder_for(index)
    run_works(base, memo)  # the passage vectors of the originals: copies reuse them
    out = []
    for k in factors:
        works = []
        for c in range(k):
            for w in base:
                new = f"{w.doc_id}-x{c:03d}"
                d = DocWork(meta=w.meta.model_copy(update={"doc_id": new}),
                            pages=[p.model_copy(update={"doc_id": new}) for p in w.pages],
                            tables=[t.model_copy(update={"doc_id": new}) for t in w.tables])
                d._audit = (AuditExtraction.model_validate_json(w.audit.model_dump_json().replace(w.doc_id, new))
                            if w.audit is not None else None,)
                works.append(d)
        pages = sum(w.meta.pages for w in works)
        t0 = time.perf_counter()
        run_works(works, memo)
        cold = time.perf_counter() - t0
        t0 = time.perf_counter()
        run_works(works, memo)
        out.append({"k": k, "docs": len(works), "pages": pages, "cold_s": cold, "relink_s": time.perf_counter() - t0})
    return out


STATUS_QUESTION = "Vilka rekommendationer har kommunstyrelsen inte åtgärdat?"


def status_latency(data: Path, collection: str, tmp: Path) -> dict[str, float]:
    """warm() on a new Index and Assistant, then the first status question (its answer from the caches)."""
    from assistant.service import Assistant

    settings = get_settings(data_dir=data, chroma_host=None, collection=collection)
    index = _open(settings, tmp / "status")
    try:
        assistant = Assistant(index, settings)
        t0 = time.perf_counter()
        assistant.warm()
        warm = time.perf_counter() - t0
        t0 = time.perf_counter()
        answer = assistant.ask(STATUS_QUESTION)
        first = time.perf_counter() - t0
        t0 = time.perf_counter()
        assistant.ask(STATUS_QUESTION)
        second = time.perf_counter() - t0
        return {"warm_s": warm, "first_ms": 1000 * first, "second_ms": 1000 * second,
                "from_tracker": any("recommendation status from the tracker" in n for n in answer.notes)}
    finally:
        index.close()


def line(label: str, r: dict[str, float]) -> str:
    per_page = 1000 * r["cold_s"] / max(1, r["pages"])
    return (f"{label:<8} {r['docs']:>4} docs {r['pages']:>5} pages {r['recommendations']:>4} recs "
            f"({r['with_evidence']} with evidence): cold {r['cold_s']:.2f} s ({per_page:.2f} ms/page), "
            f"relink {1000 * r['relink_s']:.1f} ms, cached {1000 * r['cached_s']:.1f} ms")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scaled-data", type=Path, default=None, help="data dir of a prebuilt scaled index")
    ap.add_argument("--collection", default="bench", help="its Chroma collection (eval/bench.py uses 'bench')")
    ap.add_argument("--against", metavar="REV", help="also time track() over the scaled index with REV's code")
    ap.add_argument("--repeats", type=int, default=2, help="alternated runs per side with --against (best kept)")
    ap.add_argument("--grow", help="copy factors for the in-memory growth run over the scaled index, e.g. 1,2,4")
    ap.add_argument("--status", action="store_true", help="warm() and the first status answer over the scaled index")
    ap.add_argument("--skip-bundled", action="store_true")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="rec-bench-") as t:
        tmp = Path(t)
        b = None
        if not a.skip_bundled:
            b = bundled(tmp)
            print(line("bundled", b), flush=True)
        if a.scaled_data is None:
            return 0
        s = scaled(a.scaled_data, a.collection, tmp)
        print(line("scaled", s), flush=True)
        if b is not None:
            print(f"ratio scaled/bundled: pages {s['pages'] / b['pages']:.1f}x, cold time {s['cold_s'] / b['cold_s']:.1f}x, "
                  f"relink {s['relink_s'] / max(1e-9, b['relink_s']):.1f}x", flush=True)
        if a.against:
            old, new = against(a.against, a.scaled_data, a.collection, tmp, a.repeats)
            print(f"track() over the scaled index ({s['pages']} pages), best of {a.repeats} fresh processes each:")
            for label, r in ((a.against, old), ("this tree", new)):
                print(f"  {label:<10} cold {r['cold_s']:.2f} s wall / {r['cold_cpu_s']:.2f} s CPU, relink "
                      f"{r['relink_s']:.2f} s wall / {r['relink_cpu_s']:.2f} s CPU; {r['recommendations']:.0f} "
                      f"recommendations, {r['evidence']:.0f} evidence")
            print(f"  ratio {a.against}/this tree: cold {old['cold_s'] / new['cold_s']:.1f}x wall, "
                  f"{old['cold_cpu_s'] / new['cold_cpu_s']:.1f}x CPU; relink {old['relink_s'] / new['relink_s']:.1f}x wall, "
                  f"{old['relink_cpu_s'] / new['relink_cpu_s']:.1f}x CPU", flush=True)
        if a.grow:
            settings = get_settings(data_dir=a.scaled_data, chroma_host=None, collection=a.collection)
            index = _open(settings, tmp / "grow")
            try:
                rows = grow(index, [int(k) for k in a.grow.split(",")])
            finally:
                index.close()
            first = rows[0]
            for r in rows:
                print(f"grow x{r['k']:<3} {r['docs']:>4} docs {r['pages']:>5} pages: cold {r['cold_s']:.2f} s "
                      f"({1000 * r['cold_s'] / r['pages']:.2f} ms/page), relink {r['relink_s']:.2f} s "
                      f"({1000 * r['relink_s'] / r['pages']:.3f} ms/page); vs x{first['k']}: pages "
                      f"{r['pages'] / first['pages']:.1f}x, cold {r['cold_s'] / first['cold_s']:.1f}x", flush=True)
        if a.status:
            st = status_latency(a.scaled_data, a.collection, tmp)
            print(f"status answer ({s['pages']} pages): warm() {st['warm_s']:.2f} s, then '{STATUS_QUESTION}' "
                  f"{st['first_ms']:.0f} ms (again {st['second_ms']:.0f} ms; from the tracker: {st['from_tracker']})")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
