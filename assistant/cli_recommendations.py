"""`rodatraden recommendations [--json] [--report DOC] [--status S]` — audit recommendations and their status."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap

from assistant.recommendations.models import STATUSES, TrackedRecommendation
from assistant.recommendations.text import norm
from index import open_index
from rodatraden.errors import UnknownDocumentError
from rodatraden.settings import Settings

STATUS_LABELS = {"atgardad": "åtgärdad", "delvis": "delvis åtgärdad", "ej_atgardad": "ej åtgärdad", "oklart": "oklart"}
_ALIASES = {norm(v): k for k, v in STATUS_LABELS.items()} | {k: k for k in STATUSES} | {
    "åtgärdad": "atgardad", "ej åtgärdad": "ej_atgardad", "ej_åtgärdad": "ej_atgardad", "delvis": "delvis"}


def parse_status(value: str | None) -> str | None:
    if value is None:
        return None
    st = _ALIASES.get(norm(value).replace("-", "_"))
    if st is None:
        raise ValueError(f"okänd status {value!r}; välj en av: {', '.join(STATUSES)}")
    return st


def render_table(items: list[TrackedRecommendation]) -> str:
    if not items:
        return "Inga rekommendationer hittades. / No recommendations found."
    out: list[str] = []
    for t in items:
        out.append(f"[{t.id}] {STATUS_LABELS[t.status].upper()}  ({t.addressee}, s. {t.page})")
        out.append(textwrap.indent(textwrap.fill(t.text, 100), "    "))
        if not t.evidence:
            out.append("    Underlag: inget i de andra dokumenten / no evidence in the other documents")
        for ev in t.evidence:
            quote = " ".join(ev.quote.split())
            quote = quote if len(quote) <= 160 else quote[:157] + "…"
            out.append(f"    - {ev.doc_id} s. {ev.page} ({ev.date or 'odaterat'}): ”{quote}”")
        out.append("")
    counts = {s: sum(t.status == s for t in items) for s in STATUSES}
    out.append("Summa: " + ", ".join(f"{STATUS_LABELS[s]} {n}" for s, n in counts.items()))
    return "\n".join(out)


def cmd_recommendations(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.recommendations.tracker import track

    try:
        status = parse_status(getattr(args, "status", None))
    except ValueError as exc:
        print(f"fel: {exc}", file=sys.stderr)
        return 2
    index = open_index(settings)
    try:
        report = getattr(args, "report", None)
        if report and report not in {d.meta.doc_id for d in index.documents()}:
            raise UnknownDocumentError(report)
        items = track(index)
    finally:
        index.close()
    if report:
        items = [t for t in items if t.report_doc_id == report]
    if status:
        items = [t for t in items if t.status == status]
    if getattr(args, "json", False):
        print(json.dumps([t.model_dump(mode="json") for t in items], ensure_ascii=False, indent=2))
    else:
        print(render_table(items))
    return 0
