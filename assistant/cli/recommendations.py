"""`rodatraden recommendations [--json] [--audit DOC] [--committee NAME] [--status S] [--kind K]` — audit
recommendations, their status and evidence, grouped by audit; and formal criticism (anmärkning, erinran, kritik,
refused discharge): who was criticised, for what, and what they answered, with page-cited quotes.

`--json` prints the recommendations as a list (unchanged); `--kind criticism` the criticism as a list; `--kind all`
an object {"recommendations": [...], "criticism": [...]}."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap

from assistant.recommendations.filters import criticism_matches, for_committee
from assistant.recommendations.models import STATUSES, Criticism, TrackedRecommendation
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


def _short(quote: str, n: int = 200) -> str:
    q = " ".join(quote.split())
    return q if len(q) <= n else q[:n - 3] + "…"


def render_criticism(items: list[Criticism]) -> str:
    if not items:
        return "Ingen formell kritik hittades. / No formal criticism found."
    out: list[str] = ["Formell kritik / Formal criticism"]
    doc = None
    for c in items:
        if c.doc_id != doc:
            doc = c.doc_id
            out.append(f"== {c.doc_title or doc} ({doc}) ==")
        out.append(f"[{c.id}] {c.committee} — {c.kind.upper()} (s. {c.page})")
        out.append(f"    ”{_short(c.quote)}”")
        if c.for_what:
            out.append(f"    Avser / For: {_short(c.for_what)}" + (f" (s. {c.for_page})" if c.for_page else ""))
        if c.response_quote:
            out.append(f"    Svar / Answer: {c.response_doc} s. {c.response_page}: ”{_short(c.response_quote)}”")
        else:
            out.append("    Svar / Answer: inget svar hittades / no answer found")
        out.append("")
    return "\n".join(out).rstrip()


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
        own = t.committee_status
        head = f"{STATUS_LABELS[own.status].upper()} för {own.committee}" if own else STATUS_LABELS[t.status].upper()
        out.append(f"[{t.id}] {head}  ({', '.join(t.addressees) or t.addressee}, s. {pages})"
                   + ("  [osäker koppling / uncertain link]" if t.link == "uncertain" else ""))
        out.append(textwrap.indent(textwrap.fill(t.text, 100), "    "))
        if not t.evidence:
            out.append("    Underlag: inget i de andra dokumenten / no evidence in the other documents")
        for ev in t.evidence:
            quote = " ".join(ev.quote.split())
            quote = quote if len(quote) <= 160 else quote[:157] + "…"
            out.append(f"    - {ev.doc_id} s. {ev.page} ({ev.date or 'odaterat'}): ”{quote}”")
        if t.mentions:
            out.append("    Nämns utan status i / mentioned without a status in: "
                       + "; ".join(f"{ev.doc_id} s. {ev.page}" for ev in t.mentions))
        if own:
            out.append(f"    Skäl för {own.committee}: {own.reason}")
            out.append(f"    Hela rekommendationen: {STATUS_LABELS[t.status]}. {t.reason or ''}".rstrip())
        else:
            if t.reason:
                out.append(f"    Skäl: {t.reason}")
            for c in t.by_committee:  # addressed to several committees: each one's own status
                out.append(f"    - {c.committee}: {STATUS_LABELS[c.status]}. {c.reason}")
        if len(t.history) > 1:  # followed up more than once: what each document said, latest first
            out.append("    Status över tid / status over time:")
            for h in t.history:
                out.append(f"    - {h.date or 'odaterat'} {h.doc_id}: {STATUS_LABELS[h.status]}")
        out.append("")
    counts = {s: sum((t.committee_status or t).status == s for t in items) for s in STATUSES}
    out.append("Summa: " + ", ".join(f"{STATUS_LABELS[s]} {n}" for s, n in counts.items()))
    return "\n".join(out)


def cmd_recommendations(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.recommendations.tracker import criticism, track

    try:
        status = parse_status(getattr(args, "status", None))
    except ValueError as exc:
        print(f"fel: {exc}", file=sys.stderr)
        return 2
    as_json = getattr(args, "json", False)
    kind = getattr(args, "kind", None) or ("recommendations" if as_json else "all")
    index = open_index(settings)
    try:
        report = getattr(args, "report", None)
        if report and report not in {d.meta.doc_id for d in index.documents()}:
            raise UnknownDocumentError(report)
        items = track(index) if kind != "criticism" else []
        crits = criticism(index) if kind != "recommendations" and not (status and kind == "all") else []
    finally:
        index.close()
    committee = getattr(args, "committee", None)
    if report:
        items = [t for t in items if t.report_doc_id == report]
    items = for_committee(items, committee, status)  # with --committee: that committee's own status
    crits = [c for c in crits if criticism_matches(c, report, committee)]
    if as_json:
        dump = lambda xs: [x.model_dump(mode="json") for x in xs]  # noqa: E731
        out = {"recommendations": dump(items), "criticism": dump(crits)} if kind == "all" else \
            dump(crits if kind == "criticism" else items)
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        parts = ([render_table(items)] if kind != "criticism" else []) + \
                ([render_criticism(crits)] if kind == "criticism" or crits else [])
        print("\n\n".join(parts))
    return 0
