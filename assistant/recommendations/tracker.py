"""The tracker over an Index: extract recommendations from every audit report, find and judge follow-up
evidence in the other documents.

Two caches, both per index: the whole result per index.generation, and the per-document work (extraction,
evidence units, their vectors and rule judgements; see docwork.py) per (doc_id, sha256). After a write only
the added or changed documents are read and set up again; linking across documents is redone."""

from __future__ import annotations

import threading
import weakref
from typing import Any

from .classify import Judge, RulesJudge
from .docwork import DocWork, DocWorkCache, rec_vectors
from .extract import extract_audit, is_audit_report
from .followup import FollowupDoc, link_evidence, link_works, tracked
from .memo import MemoEmbedder
from .promote import promote
from .criticism import link_responses
from .models import AuditExtraction, Criticism, EarlierReviewStatement, LinkedEvidence, TrackedRecommendation

_CACHE: "weakref.WeakKeyDictionary[Any, dict[tuple, Any]]" = weakref.WeakKeyDictionary()
_WORK: "weakref.WeakKeyDictionary[Any, DocWorkCache]" = weakref.WeakKeyDictionary()
_MEMO: "weakref.WeakKeyDictionary[Any, MemoEmbedder]" = weakref.WeakKeyDictionary()
_BUILDING: "weakref.WeakKeyDictionary[Any, dict[tuple, threading.Lock]]" = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def doc_work_cache(index: Any) -> DocWorkCache:
    """The index's per-document work cache (created on first use)."""
    with _LOCK:
        cache = _WORK.get(index)
        if cache is None:
            cache = _WORK[index] = DocWorkCache()
        return cache


def embedder_for(index: Any) -> MemoEmbedder:
    """The index's embedder behind an in-memory memo by text (one per index)."""
    with _LOCK:
        memo = _MEMO.get(index)
        if memo is None or memo.inner is not index.embedder:
            memo = _MEMO[index] = MemoEmbedder(index.embedder)
        return memo


def _load(index: Any, info_tables: dict[str, int]):
    def load(meta):
        tables = index.tables(meta.doc_id) if info_tables.get(meta.doc_id) else []
        return index.pages(meta.doc_id), tables
    return load


def doc_works(index: Any) -> list[DocWork]:
    """Per-document work for every document in the index (from the cache; new or changed documents are set up)."""
    infos = index.documents()
    tables = {i.meta.doc_id: getattr(i, "tables", 0) for i in infos}
    return doc_work_cache(index).refresh([i.meta for i in infos], _load(index, tables))


def audits_from_docs(docs: list[FollowupDoc]) -> list[AuditExtraction]:
    return promote([extract_audit(d.meta, d.pages, d.tables) for d in docs if is_audit_report(d.meta, d.pages)])


def run(docs: list[FollowupDoc], embedder: Any, judge: Judge | None = None
        ) -> tuple[list[AuditExtraction], list[LinkedEvidence], list[TrackedRecommendation]]:
    """The whole pipeline on typed documents (no index needed)."""
    audits = audits_from_docs(docs)
    links = link_evidence(audits, docs, embedder, judge or RulesJudge())
    return audits, links, tracked(audits, links)


def run_works(works: list[DocWork], embedder: Any, judge: Judge | None = None
              ) -> tuple[list[AuditExtraction], list[LinkedEvidence], list[TrackedRecommendation]]:
    """The whole pipeline on per-document work (cached across runs)."""
    plain = [w.audit for w in works if w.audit is not None]
    audits = promote(plain)
    rec_vecs = rec_vectors(works, embedder) if any(a.recommendations for a in audits) else None
    if rec_vecs is not None and audits != plain:  # quoted earlier recommendations were added: vectors in order
        rec_vecs = embedder.embed_passages([r.text for a in audits for r in a.recommendations])
    links = link_works(audits, works, embedder, judge or RulesJudge(), rec_vecs)
    return audits, links, tracked(audits, links)


def _cached(index: Any, key: tuple, build):
    """`build()` once per index generation and key: callers that ask at the same time wait for the one building."""
    gen = index.generation

    def hit() -> tuple[bool, Any]:
        with _LOCK:
            found = _CACHE.setdefault(index, {}).get(key)
            return (True, found[1]) if found is not None and found[0] == gen else (False, None)

    ok, value = hit()
    if ok:
        return value
    with _LOCK:
        building = _BUILDING.setdefault(index, {}).setdefault(key, threading.Lock())
    with building:
        ok, value = hit()  # built by another caller while this one waited
        if ok:
            return value
        value = build()
        with _LOCK:
            _CACHE.setdefault(index, {})[key] = (gen, value)
    return value


def analyse(index: Any, judge: Judge | None = None
            ) -> tuple[list[AuditExtraction], list[LinkedEvidence], list[TrackedRecommendation]]:
    judge = judge or RulesJudge()
    return _cached(index, ("analyse", type(judge).__name__, id(judge) if not isinstance(judge, RulesJudge) else 0),
                   lambda: run_works(doc_works(index), embedder_for(index), judge))


def track(index: Any, judge: Judge | None = None) -> list[TrackedRecommendation]:
    """Every recommendation of every audit report in the index, with status and evidence."""
    return analyse(index, judge)[2]


def audits(index: Any) -> list[AuditExtraction]:
    """The audit reports' extractions (recommendations, summary assessments, earlier-review verdicts)."""
    return _cached(index, ("audits",), lambda: promote([w.audit for w in doc_works(index) if w.audit is not None]))


def earlier_reviews(index: Any) -> list[EarlierReviewStatement]:
    """What each audit report says about earlier audits' findings (e.g. "till stor del kvarstår")."""
    return [s for a in audits(index) for s in a.earlier_reviews]


def criticism_of_works(works: list[DocWork]) -> list[Criticism]:
    """Formal criticism in every document, each with the committee's answer (its own document or another)."""
    found = [c for w in works for c in w.criticism]
    return link_responses(found, [(w.meta, w.pages, w.date) for w in works]) if found else []


def criticism(index: Any) -> list[Criticism]:
    """Every anmärkning, erinran, kritik or refused discharge against a committee in the index, with its answer."""
    return _cached(index, ("criticism",), lambda: criticism_of_works(doc_works(index)))
