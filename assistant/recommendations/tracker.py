"""The tracker over an Index: extract recommendations from every audit report, find and judge follow-up
evidence in the other documents. Results are cached per index and index.generation."""

from __future__ import annotations

import threading
import weakref
from typing import Any

from .classify import Judge, RulesJudge
from .extract import extract_audit, is_audit_report
from .followup import FollowupDoc, link_evidence, tracked
from .models import AuditExtraction, EarlierReviewStatement, LinkedEvidence, TrackedRecommendation

_CACHE: "weakref.WeakKeyDictionary[Any, dict[tuple, Any]]" = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def _docs(index: Any) -> list[FollowupDoc]:
    out: list[FollowupDoc] = []
    for info in index.documents():
        meta = info.meta
        tables = index.tables(meta.doc_id) if getattr(info, "tables", 0) else []
        out.append(FollowupDoc(meta=meta, pages=index.pages(meta.doc_id), tables=tables))
    return out


def audits_from_docs(docs: list[FollowupDoc]) -> list[AuditExtraction]:
    return [extract_audit(d.meta, d.pages) for d in docs if is_audit_report(d.meta, d.pages)]


def run(docs: list[FollowupDoc], embedder: Any, judge: Judge | None = None
        ) -> tuple[list[AuditExtraction], list[LinkedEvidence], list[TrackedRecommendation]]:
    """The whole pipeline on typed documents (no index needed)."""
    audits = audits_from_docs(docs)
    links = link_evidence(audits, docs, embedder, judge or RulesJudge())
    return audits, links, tracked(audits, links)


def _cached(index: Any, key: tuple, build):
    gen = index.generation
    with _LOCK:
        slot = _CACHE.setdefault(index, {})
        hit = slot.get(key)
        if hit is not None and hit[0] == gen:
            return hit[1]
    value = build()
    with _LOCK:
        _CACHE.setdefault(index, {})[key] = (gen, value)
    return value


def analyse(index: Any, judge: Judge | None = None
            ) -> tuple[list[AuditExtraction], list[LinkedEvidence], list[TrackedRecommendation]]:
    judge = judge or RulesJudge()
    return _cached(index, ("analyse", type(judge).__name__, id(judge) if not isinstance(judge, RulesJudge) else 0),
                   lambda: run(_docs(index), index.embedder, judge))


def track(index: Any, judge: Judge | None = None) -> list[TrackedRecommendation]:
    """Every recommendation of every audit report in the index, with status and evidence."""
    return analyse(index, judge)[2]


def audits(index: Any) -> list[AuditExtraction]:
    """The audit reports' extractions (recommendations, summary assessments, earlier-review verdicts)."""
    return _cached(index, ("audits",), lambda: audits_from_docs(_docs(index)))


def earlier_reviews(index: Any) -> list[EarlierReviewStatement]:
    """What each audit report says about earlier audits' findings (e.g. "till stor del kvarstår")."""
    return [s for a in audits(index) for s in a.earlier_reviews]
