"""`rodatraden ingest | documents | remove | tables` — handlers (args, settings) -> exit code."""

from __future__ import annotations

import argparse
import json
import sys

from index import open_index
from index.pipeline import ingest_paths
from rodatraden.settings import Settings


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    def progress(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    from assistant.cli.progress import file_bars

    index = open_index(settings)
    try:
        with file_bars(force=getattr(args, "progress", False)) as on_file:
            outcomes = ingest_paths(index, list(args.paths), progress=progress, on_file=on_file,
                                    allow_duplicate=getattr(args, "allow_duplicate", False))
    finally:
        index.close()
    failed = [o for o in outcomes if o.status == "failed"]
    counts = {s: sum(o.status == s for o in outcomes) for s in ("added", "replaced", "unchanged", "duplicate")}
    print(
        f"{counts['added']} tillagda, {counts['replaced']} ersatta, {counts['unchanged']} oförändrade, "
        f"{counts['duplicate']} dubbletter, {len(failed)} misslyckade",
        file=sys.stderr,
    )
    for o in failed:
        print(f"fel: {o.error}", file=sys.stderr)
    return 1 if failed else 0


def _table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(v).ljust(w) for v, w in zip(r, widths)).rstrip() for r in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def cmd_set_metadata(args: argparse.Namespace, settings: Settings) -> int:
    from index.metadata import parse_change
    from rodatraden.errors import InvalidMetadataError

    if not args.doc_id:
        raise InvalidMetadataError("ange DOC_ID: rodatraden documents set DOC_ID --type … / give DOC_ID")
    given = {name: getattr(args, f"meta_{name}") for name in ("title", "organisation", "type", "year", "period", "date")}
    given["collection"] = args.collection
    change = parse_change({k: (v if v != "" else None) for k, v in given.items() if v is not None})
    changes = change.changes()
    if not changes:
        raise InvalidMetadataError("inget att ändra: ange t.ex. --type eller --year / nothing to change")
    index = open_index(settings)
    try:
        meta = index.update_meta(args.doc_id, changes)
    finally:
        index.close()
    shown = {k: getattr(meta, k) for k in ("title", "organisation", "document_type", "year", "period", "date",
                                           "collection")}
    print(json.dumps({"doc_id": meta.doc_id, **shown}, ensure_ascii=False, indent=2 if args.json else None))
    return 0


def cmd_documents(args: argparse.Namespace, settings: Settings) -> int:
    if getattr(args, "action", None) == "set":
        return cmd_set_metadata(args, settings)
    index = open_index(settings)
    try:
        docs = index.documents()
    finally:
        index.close()
    if getattr(args, "collection", None):
        docs = [d for d in docs if d.meta.collection == args.collection]
    items = [
        {
            "doc_id": d.meta.doc_id,
            "title": d.meta.title,
            "type": d.meta.document_type,
            "year": d.meta.year,
            "organisation": d.meta.organisation,
            "period": d.meta.period,
            "date": d.meta.date,
            "collection": d.meta.collection,
            "pages": d.meta.pages,
            "chunks": d.chunks,
            "tables": d.tables,
            "file_name": d.meta.file_name,
            "sha256": d.meta.sha256,
        }
        for d in docs
    ]
    if getattr(args, "json", False):
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    if not items:
        print("Inga dokument i indexet. Kör: rodatraden ingest corpus/")
        return 0
    header = ["doc_id", "titel", "typ", "år", "samling", "sidor", "chunkar", "tabeller"]
    rows = [
        [i["doc_id"], i["title"] if len(i["title"]) <= 60 else i["title"][:59] + "…", i["type"] or "-", i["year"] or "-",
         i["collection"], i["pages"], i["chunks"], i["tables"]]
        for i in items
    ]
    print(_table([[str(v) for v in r] for r in rows], header))
    return 0


def cmd_remove(args: argparse.Namespace, settings: Settings) -> int:
    index = open_index(settings)
    try:
        index.remove(args.doc_id)  # UnknownDocumentError -> "fel: …", exit 2 (assistant.cli)
    finally:
        index.close()
    print(f"Borttaget: {args.doc_id}", file=sys.stderr)
    return 0


def cmd_tables(args: argparse.Namespace, settings: Settings) -> int:
    index = open_index(settings)
    try:
        tables = index.tables(args.doc_id) if args.doc_id else index.tables()
    finally:
        index.close()
    items = [
        {
            "id": t.id,
            "doc_id": t.doc_id,
            "page": t.page,
            "page_end": t.page_end,
            "title": t.title,
            "unit": t.unit,
            "columns": t.columns,
            "rows": [{"label": r.label, "cells": [{"raw": c.raw, "value": c.value} for c in r.cells]} for r in t.rows],
            "warnings": t.warnings,
        }
        for t in tables
    ]
    if getattr(args, "json", False):
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    if not items:
        print("Inga tabeller.")
        return 0
    for t in tables:
        unit = f" ({t.unit})" if t.unit else ""
        print(f"{t.id}  s. {t.page}  {t.title}{unit}  [{len(t.rows)} rader × {len(t.columns)} kolumner]")
    return 0
