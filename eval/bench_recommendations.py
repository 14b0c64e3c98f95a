"""Speed of the recommendation tracker (a script, not a test):
``python -m eval.bench_recommendations [--scaled-data /tmp/rtperf/data] [--collection bench]``.

Bundled corpus (a fresh tmp index over corpus/) and, when given, a prebuilt scaled index (eval/scaled_corpus.py
+ index.pipeline.ingest_paths; opened read-only). Per index, with a fresh passage-embedding cache:
- cold: the first ``track()`` on a new Index object (every document read, segmented, embedded);
- relink: linking again with the per-document work cached (what a write of another document costs);
- cached: ``track()`` again at the same generation.
Prints seconds, ms per page, and scaled/bundled ratios."""

from __future__ import annotations

import argparse
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


def line(label: str, r: dict[str, float]) -> str:
    per_page = 1000 * r["cold_s"] / max(1, r["pages"])
    return (f"{label:<8} {r['docs']:>4} docs {r['pages']:>5} pages {r['recommendations']:>4} recs "
            f"({r['with_evidence']} with evidence): cold {r['cold_s']:.2f} s ({per_page:.2f} ms/page), "
            f"relink {1000 * r['relink_s']:.1f} ms, cached {1000 * r['cached_s']:.1f} ms")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scaled-data", type=Path, default=None, help="data dir of a prebuilt scaled index")
    ap.add_argument("--collection", default="bench", help="its Chroma collection (eval/bench.py uses 'bench')")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="rec-bench-") as t:
        tmp = Path(t)
        b = bundled(tmp)
        print(line("bundled", b), flush=True)
        if a.scaled_data is not None:
            s = scaled(a.scaled_data, a.collection, tmp)
            print(line("scaled", s))
            print(f"ratio scaled/bundled: pages {s['pages'] / b['pages']:.1f}x, cold time {s['cold_s'] / b['cold_s']:.1f}x, "
                  f"relink {s['relink_s'] / max(1e-9, b['relink_s']):.1f}x")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
