"""Recommendations of an earlier audit that a document quotes ("Granskningen resulterade i följande
rekommendationer: …") while that audit itself is not in the index: tracked as the quoting document's own
(marked `earlier`), so their follow-up in the same document is not lost. Quotes of an audit that IS indexed stay
evidence for that audit."""

from __future__ import annotations

from .extract import same_recommendation
from .models import AuditExtraction
from .reference import Restatements


def promote(audits: list[AuditExtraction]) -> list[AuditExtraction]:
    quoting = [a for a in audits if a.restated]
    if not quoting:
        return list(audits)
    # the other audits' own recommendations, by text (copies once), with the reports that print each
    reports: dict[str, set[str]] = {}
    for b in audits:
        for r in b.recommendations:
            if not r.earlier:
                reports.setdefault(r.text, set()).add(b.report_doc_id)
    index = Restatements(list(reports))
    out: list[AuditExtraction] = []
    for a in audits:
        fresh = [r for r in a.restated
                 if not any(reports[index.texts[i]] - {a.report_doc_id} for i in index.restating(r.text))
                 and not any(same_recommendation(r.text, o.text) for o in a.recommendations)]
        if not fresh:
            out.append(a)
            continue
        n0 = len(a.recommendations)
        added = [r.model_copy(update={"id": f"{a.report_doc_id}:r{n0 + k}", "number": n0 + k, "earlier": True})
                 for k, r in enumerate(fresh, 1)]
        out.append(a.model_copy(update={"recommendations": [*a.recommendations, *added]}))
    return out
