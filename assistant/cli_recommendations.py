"""`rodatraden recommendations [--json] [--audit DOC] [--committee NAME] [--status S]` — audit recommendations,
their status and evidence, grouped by audit."""

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


def matches_committee(t: TrackedRecommendation, committee: str | None) -> bool:
    """Does any addressee of the recommendation contain `committee` (case- and hyphenation-insensitive)?"""
    if not committee:
        return True
    want = norm(committee).replace("-", "")
    names = t.addressees or [t.addressee]
    return any(want in norm(a).replace("-", "") for a in names if a)


def render_table(items: list[TrackedRecommendation]) -> str:
    if not items:
        return "Inga rekommendationer hittades. / No recommendations found."
    out: list[str] = []
    audit = None
    for t in items:
        if t.report_doc_id != audit:
            audit = t.report_doc_id
            out.append(f"== {t.audit_title or audit} ({audit}) ==")
        pages = ", ".join(str(p) for p in (t.pages or [t.page]))
        out.append(f"[{t.id}] {STATUS_LABELS[t.status].upper()}  ({', '.join(t.addressees) or t.addressee}, s. {pages})"
                   + ("  [osäker koppling / uncertain link]" if t.link == "uncertain" else ""))
        out.append(textwrap.indent(textwrap.fill(t.text, 100), "    "))
        if not t.evidence:
            out.append("    Underlag: inget i de andra dokumenten / no evidence in the other documents")
        for ev in t.evidence:
            quote = " ".join(ev.quote.split())
            quote = quote if len(quote) <= 160 else quote[:157] + "…"
            out.append(f"    - {ev.doc_id} s. {ev.page} ({ev.date or 'odaterat'}): ”{quote}”")
        if t.reason:
            out.append(f"    Skäl: {t.reason}")
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
    items = [t for t in items if matches_committee(t, getattr(args, "committee", None))]
    if getattr(args, "json", False):
        print(json.dumps([t.model_dump(mode="json") for t in items], ensure_ascii=False, indent=2))
    else:
        print(render_table(items))
    return 0
