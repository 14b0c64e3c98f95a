"""What durable commits cost at ingest: the same parsed documents added to a fresh index with SQLite
``synchronous=NORMAL`` and ``synchronous=FULL`` (WAL mode both), alternately, in one run.

The PDFs are parsed once and the embeddings come from a shared cache after the first pass, so the times are the
index writes (Chroma + SQLite), where the fsyncs are. Also: the time of one small committed transaction.

    python -m eval.bench_durability [--corpus corpus] [--repeats 3]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m eval.bench_durability", description=__doc__.splitlines()[0])
    p.add_argument("--corpus", type=Path, default=REPO_ROOT / "corpus")
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--commits", type=int, default=200, help="small transactions timed per mode")
    args = p.parse_args(argv)

    from index import open_index, sqlite_store as sq
    from index.embedder import make_embedder
    from index.embedding_cache import CachedEmbedder
    from index.pipeline import expand_paths
    from ingest import parse_pdf
    from rodatraden.settings import get_settings

    tmp = Path(tempfile.mkdtemp(prefix="rodatraden-bench-durability-"))
    try:
        base = get_settings(data_dir=tmp / "base")
        embedder = CachedEmbedder(make_embedder(base), tmp / "embeddings.sqlite")
        parsed = [parse_pdf(path) for path in expand_paths([args.corpus]) if isinstance(path, Path)]
        with open_index(get_settings(data_dir=tmp / "warm"), embedder) as idx:  # fills the embedding cache
            for doc in parsed:
                idx.add(doc)
        times: dict[str, list[float]] = {"NORMAL": [], "FULL": []}
        commit_ms: dict[str, list[float]] = {"NORMAL": [], "FULL": []}
        for r in range(args.repeats):
            for mode in ("NORMAL", "FULL") if r % 2 == 0 else ("FULL", "NORMAL"):
                settings = get_settings(data_dir=tmp / f"{mode}-{r}", sqlite_synchronous=mode)
                with open_index(settings, embedder) as idx:
                    t0 = time.perf_counter()
                    for doc in parsed:
                        idx.add(doc)
                    times[mode].append(time.perf_counter() - t0)
                conn = sq.connect(settings.data_dir / "commits.sqlite", mode)
                conn.execute("CREATE TABLE t (x INTEGER)")
                t0 = time.perf_counter()
                for i in range(args.commits):
                    conn.execute("BEGIN")
                    conn.execute("INSERT INTO t VALUES (?)", (i,))
                    conn.execute("COMMIT")
                commit_ms[mode].append((time.perf_counter() - t0) * 1000 / args.commits)
                conn.close()
        med = {m: statistics.median(v) for m, v in times.items()}
        summary = {
            "benchmark": "ingest_durability",
            "documents": len(parsed), "pages": sum(len(d.pages) for d in parsed),
            "chunks": sum(len(d.chunks) for d in parsed), "repeats": args.repeats,
            "index_add_s": {m: [round(x, 3) for x in v] for m, v in times.items()},
            "index_add_median_s": {m: round(v, 3) for m, v in med.items()},
            "full_over_normal": round(med["FULL"] / med["NORMAL"], 3) if med["NORMAL"] else None,
            "one_commit_ms_median": {m: round(statistics.median(v), 3) for m, v in commit_ms.items()},
            "loadavg": [round(x, 2) for x in os.getloadavg()],
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
