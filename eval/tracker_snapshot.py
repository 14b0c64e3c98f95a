"""The tracker's whole result as JSON, to show that a change of HOW it links (speed) does not change WHAT it links
(a script, not a test):

    python -m eval.tracker_snapshot --out before.json [--library DIR] [--scaled-data DIR --collection bench]
    python -m eval.tracker_snapshot --check before.json [the same libraries]

Libraries: "bundled" (a fresh tmp index over corpus/ + the fictional letter, as eval/recommendations_eval.py builds
it); with ``--library`` an eval library as eval/library.py builds it (DIR holds index/ and embeddings.sqlite):
"library" (``track`` over its index) and "library+letters" (its documents plus the dev half's fictional follow-up
letters, as eval/tracker_letters.py reads them); with ``--scaled-data`` a prebuilt scaled index (eval/scaled_corpus.py,
eval/bench_recommendations.py): "scaled". Per library: every tracked recommendation and every evidence link, in
order. ``--check`` prints the first difference per library and exits 1 when any differs."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
LETTER = REPO / "tests" / "data" / "fiktivt-yttrande-budgetprocessen-2024.pdf"


def dump(result: tuple[list, list, list]) -> dict[str, list]:
    _, links, tracked = result
    return {"tracked": [t.model_dump(mode="json") for t in tracked],
            "links": [le.model_dump(mode="json") for le in links]}


def _timed(label: str, fn) -> Any:
    t0 = time.perf_counter()
    out = fn()
    print(f"{label}: {time.perf_counter() - t0:.2f} s", file=sys.stderr, flush=True)
    return out


def bundled(tmp: Path, embeddings: Path) -> dict[str, list]:
    from assistant.recommendations.tracker import analyse
    from index.pipeline import ingest_paths

    index = _open(tmp / "bundled", "rodatraden", embeddings)
    try:
        failed = [o.error for o in ingest_paths(index, [REPO / "corpus", LETTER]) if o.status == "failed"]
        if failed:
            raise SystemExit(f"ingest failed: {failed}")
        return _timed("bundled", lambda: dump(analyse(index)))
    finally:
        index.close()


def _open(data_dir: Path, collection: str, embeddings: Path) -> Any:
    from index import open_index
    from index.embedder import make_embedder
    from index.embedding_cache import CachedEmbedder
    from rodatraden.settings import get_settings

    settings = get_settings(data_dir=data_dir, chroma_host=None, collection=collection)
    return open_index(settings, CachedEmbedder(make_embedder(settings), embeddings))


def library(lib: Path) -> dict[str, dict[str, list]]:
    from assistant.recommendations.followup import FollowupDoc
    from assistant.recommendations.tracker import analyse, run
    from eval.recommendations_blind import docs_of_index
    from eval.tracker_letters import LETTERS, render
    from ingest.parse import parse_pdf

    index = _open(lib / "index", "rodatraden_eval", lib / "embeddings.sqlite")
    try:
        out = {"library": _timed("library", lambda: dump(analyse(index)))}
        docs = docs_of_index(index)
        with tempfile.TemporaryDirectory() as tmp:
            for p in sorted(LETTERS.glob("*.json")):
                letter = json.loads(p.read_text(encoding="utf-8"))
                pdf = Path(tmp) / f"{letter['file']}.pdf"
                render((LETTERS / f"{letter['file']}.txt").read_text(encoding="utf-8"), pdf)
                parsed = parse_pdf(pdf)
                docs.append(FollowupDoc(meta=parsed.meta, pages=parsed.pages, tables=parsed.tables))
        out["library+letters"] = _timed("library+letters", lambda: dump(run(docs, index.embedder)))
        return out
    finally:
        index.close()


def scaled(data: Path, collection: str, embeddings: Path) -> dict[str, list]:
    from assistant.recommendations.tracker import analyse

    index = _open(data, collection, embeddings)
    try:
        return _timed("scaled", lambda: dump(analyse(index)))
    finally:
        index.close()


def first_difference(a: Any, b: Any, path: str = "") -> str | None:
    if type(a) is not type(b):
        return f"{path}: {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                return f"{path}.{k}: only in {'before' if k in a else 'after'}"
            d = first_difference(a[k], b[k], f"{path}.{k}")
            if d:
                return d
        return None
    if isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, f"{path}[{i}]")
            if d:
                return d
        return None if len(a) == len(b) else f"{path}: {len(a)} items != {len(b)}"
    return None if a == b else f"{path}: {a!r} != {b!r}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--out", type=Path, help="write the snapshot here")
    mode.add_argument("--check", type=Path, help="compare with this snapshot")
    ap.add_argument("--library", type=Path, help="an eval library's data dir (eval/library.py)")
    ap.add_argument("--scaled-data", type=Path, help="data dir of a prebuilt scaled index")
    ap.add_argument("--collection", default="bench", help="the scaled index's Chroma collection")
    ap.add_argument("--embeddings-dir", type=Path,
                    help="persistent passage-embedding caches for the bundled and scaled indexes (default: fresh ones): "
                         "a snapshot and its check then read the same vectors")
    ap.add_argument("--skip-bundled", action="store_true")
    a = ap.parse_args(argv)
    snap: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="tracker-snapshot-") as t:
        tmp = Path(t)
        if not a.skip_bundled:
            snap["bundled"] = bundled(tmp, (a.embeddings_dir or tmp) / "bundled.sqlite")
        if a.library is not None:
            snap.update(library(a.library))
        if a.scaled_data is not None:
            snap["scaled"] = scaled(a.scaled_data, a.collection, (a.embeddings_dir or tmp) / "scaled.sqlite")
    for name, s in snap.items():
        print(f"{name}: {len(s['tracked'])} recommendations, {len(s['links'])} links, "
              f"{sum(1 for t in s['tracked'] if t['evidence'])} with evidence")
    if a.out is not None:
        a.out.write_text(json.dumps(snap, ensure_ascii=False), encoding="utf-8")
        return 0
    before = json.loads(a.check.read_text(encoding="utf-8"))
    bad = 0
    for name, s in snap.items():
        if name not in before:
            print(f"{name}: not in {a.check}")
            continue
        d = first_difference(before[name], s)
        print(f"{name}: " + ("identical" if d is None else f"DIFFERS at {d}"))
        bad += d is not None
    return 1 if bad else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
