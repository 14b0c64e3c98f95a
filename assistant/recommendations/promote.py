"""Recommendations of an earlier audit that a document quotes ("Granskningen resulterade i följande
rekommendationer: …") while that audit itself is not in the index: tracked as the quoting document's own
(marked `earlier`), so their follow-up in the same document is not lost. Quotes of an audit that IS indexed stay
evidence for that audit."""

from __future__ import annotations

from .extract import same_recommendation
from .models import AuditExtraction
from .reference import restates


def promote(audits: list[AuditExtraction]) -> list[AuditExtraction]:
    out: list[AuditExtraction] = []
    for a in audits:
        others = [r for b in audits if b.report_doc_id != a.report_doc_id for r in b.recommendations if not r.earlier]
        fresh = [r for r in a.restated
                 if not any(restates(o.text, r.text) for o in others)
                 and not any(same_recommendation(r.text, o.text) for o in a.recommendations)]
        if not fresh:
            out.append(a)
            continue
        n0 = len(a.recommendations)
        added = [r.model_copy(update={"id": f"{a.report_doc_id}:r{n0 + k}", "number": n0 + k, "earlier": True})
                 for k, r in enumerate(fresh, 1)]
        out.append(a.model_copy(update={"recommendations": [*a.recommendations, *added]}))
    return out
