"""`rodatraden doctor [--repair] [--json]`: differences between the stores (SQLite chunks, Chroma vectors, the
keyword index, the vector outbox), and their repair. Exit code 0 when the stores agree (after repair), 1 when not."""

from __future__ import annotations

import argparse
import json

from rodatraden.settings import Settings


def _sample(ids: list[str], n: int = 5) -> str:
    return ", ".join(ids[:n]) + (f" … (+{len(ids) - n})" if len(ids) > n else "")


def _print(report, prefix: str = "") -> None:
    print(f"{prefix}SQLite: {report.chunks} chunkar / chunks; nyckelordsindex / keyword index: {report.keyword_chunks}; "
          f"Chroma: {report.vectors if report.vectors is not None else '—'} vektorer / vectors")
    if report.chroma_error:
        print(f"  Chroma nås inte / unreachable: {report.chroma_error}")
    for label, ids in (("saknar vektor / chunks without a vector", report.missing_vectors),
                       ("föräldralösa vektorer / orphan vectors", report.orphan_vectors),
                       ("inaktuell metadata / stale metadata", report.stale_metadata),
                       ("väntande raderingar / pending deletes", report.pending_deletes)):
        if ids:
            print(f"  {len(ids)} {label}: {_sample(ids)}")
    print("  " + ("lagren stämmer / the stores agree" if report.consistent else "lagren skiljer sig / the stores differ"))


def cmd_doctor(args: argparse.Namespace, settings: Settings) -> int:
    from index import open_index
    from index.doctor import check, repair

    with open_index(settings) as index:
        report = check(index)
        if args.repair and not report.consistent and report.chroma_error is None:
            if not args.json:
                _print(report, "före / before: ")
            report = repair(index, report)
        if args.json:
            print(json.dumps(report.model_dump() | {"consistent": report.consistent}, ensure_ascii=False, indent=2))
        else:
            _print(report, "efter / after: " if report.repaired else "")
    return 0 if report.consistent else 1
