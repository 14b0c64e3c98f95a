"""The `rodatraden` command. Parses arguments and hands each subcommand to its own module.

Each handler takes (args, settings) and returns a process exit code. Errors from
rodatraden.errors are printed as one line, never as a stack trace.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from rodatraden.errors import RodaTradenError
from rodatraden.settings import get_settings

# subcommand -> "module:function"
HANDLERS = {
    "ingest": "assistant.cli.documents:cmd_ingest",
    "documents": "assistant.cli.documents:cmd_documents",
    "remove": "assistant.cli.documents:cmd_remove",
    "tables": "assistant.cli.documents:cmd_tables",
    "ask": "assistant.cli.ask:cmd_ask",
    "serve": "assistant.cli.serve:cmd_serve",
    "ui": "assistant.cli.serve:cmd_ui",
    "start": "assistant.cli.serve:cmd_start",
    "eval": "eval.cli:cmd_eval",
    "recommendations": "assistant.cli.recommendations:cmd_recommendations",
    "doctor": "assistant.cli.doctor:cmd_doctor",
}


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="rodatraden", description="Röda tråden: frågor och svar med källhänvisningar över styrdokument.")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("ingest", help="ingest PDF files or folders into the index")
    s.add_argument("paths", nargs="+")
    s.add_argument("--allow-duplicate", action="store_true",
                   help="index a file even when an indexed document has the same bytes or the same text")
    s.add_argument("--progress", action="store_true", help="a progress bar even when stderr is not a terminal")

    s = sub.add_parser("documents", help="list indexed documents, or `documents set DOC_ID --type … --year …`")
    s.add_argument("action", nargs="?", choices=["set"], help="set: change a document's metadata (no re-embedding)")
    s.add_argument("doc_id", nargs="?")
    s.add_argument("--json", action="store_true")
    s.add_argument("--collection", help="list: only this collection; set: move the document to it")
    for name in ("title", "organisation", "type", "year", "period", "date"):
        s.add_argument(f"--{name}", dest=f"meta_{name}", help="set: the new value ('' clears it)")

    s = sub.add_parser("remove", help="remove a document from every store")
    s.add_argument("doc_id")

    s = sub.add_parser("tables", help="list extracted tables")
    s.add_argument("--doc", dest="doc_id")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("ask", help="ask a question")
    s.add_argument("question", nargs="?")
    s.add_argument("--json", action="store_true")
    s.add_argument("--doc", dest="doc_ids", action="append", help="restrict to a document (repeatable)")
    s.add_argument("--batch", help="JSONL file with one {\"question\": …, \"history\"?: […]} per line")
    s.add_argument("--collection", help="answer from these collections only (comma-separated)")

    s = sub.add_parser("serve", help="start the HTTP API")
    s.add_argument("--host")
    s.add_argument("--port", type=int)
    s.add_argument("--workers", type=int, help="worker processes (default: RODATRADEN_API_WORKERS, 2)")

    s = sub.add_parser("ui", help="start the Streamlit UI")
    s.add_argument("--host", help="address to listen on (default 127.0.0.1; 0.0.0.0 opens it to the network)")
    s.add_argument("--port", type=int)

    s = sub.add_parser("start", help="ingest corpus/ and start the API and the UI")
    s.add_argument("--host", help="address of the API and the UI (default 127.0.0.1)")
    s.add_argument("--port", type=int)
    s.add_argument("--ui-port", type=int)

    s = sub.add_parser("eval", help="measure quality: original gold | blind dev | blind test side by side")
    s.add_argument("--questions", help="one questions file over the corpus directory instead (with baselines)")
    s.add_argument("--tables")
    s.add_argument("--recommendations")
    s.add_argument("--json", dest="json_out", metavar="OUT")
    s.add_argument("--quick", action="store_true", help="the dev half only (with --questions: skip the baselines)")
    s.add_argument("--blind-only", action="store_true", help="the blind dev and test halves only")
    s.add_argument("--sets", help="comma-separated: gold,dev,test")
    s.add_argument("--data-dir", help="keep the library index here and reuse it while its documents are unchanged")
    s.add_argument("--keep-index", action="store_true",
                   help="with --data-dir: reuse the index even if the ingest/index code changed (faster, possibly stale)")
    s.add_argument("--real-dir", help="the real documents (default: ../shared/real beside the repository)")
    s.add_argument("--misses", action="store_true", help="also print the dev and original-gold misses")
    s.add_argument("--results-dir", help="where the reports go (default eval/results)")
    s.add_argument("--ocr-cer", action="store_true", help="also measure the OCR engines' character error rate (slow)")

    s = sub.add_parser("doctor", help="compare the stores (SQLite, Chroma, keyword index) and repair them")
    s.add_argument("--repair", action="store_true", help="re-embed missing vectors, delete orphans")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("recommendations", help="audit recommendations and their follow-up status")
    s.add_argument("--json", action="store_true")
    s.add_argument("--audit", "--report", dest="report", help="doc_id of the audit report")
    s.add_argument("--committee", help="part of an addressee's name, e.g. kommunstyrelsen")
    s.add_argument("--status")
    s.add_argument("--kind", choices=("recommendations", "criticism", "all"),
                   help="what to list: recommendations (the --json default, a list), criticism (formal criticism: "
                        "anmärkning, erinran, refused discharge; a list) or all (the text default; --json gives "
                        "{recommendations, criticism})")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    module_name, func_name = HANDLERS[args.command].split(":")
    try:
        settings = get_settings()
        handler = getattr(importlib.import_module(module_name), func_name)
        return int(handler(args, settings) or 0)
    except RodaTradenError as exc:
        print(f"fel: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `rodatraden tables --json | head`
        sys.stderr.close()
        return 0

