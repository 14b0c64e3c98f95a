"""The tracker's per-document work, computed once per document version and reused across runs.

A :class:`DocWork` holds what tracking needs from ONE document: its date, its normalised text (for "does it
answer that report?"), its audit extraction (when it is an audit report), its evidence units with their key
terms, and — filled lazily — the units' passage vectors and their rule judgements. Nothing in it depends on
the other documents, so :class:`DocWorkCache` keeps it per (doc_id, sha256): a re-ingested, changed document
gets a new sha256 and is recomputed; an unchanged one is not read again."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np

from ingest.models import DocumentMeta, Page, Table

from .classify import Judge, RulesJudge
from .committees import Outline, outline
from .criticism import criticisms
from .dates import document_date
from .extract import extract_audit, is_audit_report
from .models import AuditExtraction, Criticism, EvidenceUnit, Judgement, LinkedEvidence, Recommendation
from .reference import DocumentRefs, document_refs, own_links
from .segment import document_units
from .text import content_terms, id_runs, norm


@dataclass
class DocWork:
    meta: DocumentMeta
    pages: list[Page]
    tables: list[Table] = field(default_factory=list)
    _date: Any = field(default=None, repr=False)
    _text: str | None = field(default=None, repr=False)
    _audit: Any = field(default=None, repr=False)
    _units: list[EvidenceUnit] | None = field(default=None, repr=False)
    _criticism: list[Criticism] | None = field(default=None, repr=False)
    _terms: dict[int, set[str]] = field(default_factory=dict, repr=False)
    _vecs: dict[int, np.ndarray] = field(default_factory=dict, repr=False)
    _rec_vecs: np.ndarray | None = field(default=None, repr=False)
    _judged: dict[int, Judgement] = field(default_factory=dict, repr=False)
    _outline: Any = field(default=None, repr=False)
    _refs: DocumentRefs | None = field(default=None, repr=False)
    _id_runs: list[str] | None = field(default=None, repr=False)
    _own_links: tuple[tuple, list[LinkedEvidence]] | None = field(default=None, repr=False)
    _subject: Any = field(default=None, repr=False)
    _table_lines: dict[int, set[str]] | None = field(default=None, repr=False)

    @property
    def doc_id(self) -> str:
        return self.meta.doc_id

    @property
    def date(self) -> str | None:
        if self._date is None:
            self._date = (document_date(self.meta, self.pages),)
        return self._date[0]

    @property
    def text(self) -> str:
        """Normalised full text plus title (what `link.responds_to` reads)."""
        if self._text is None:
            self._text = norm(" ".join(p.text for p in self.pages)) + " " + norm(self.meta.title)
        return self._text

    @property
    def audit(self) -> AuditExtraction | None:
        if self._audit is None:
            self._audit = (extract_audit(self.meta, self.pages, self.tables) if is_audit_report(self.meta, self.pages)
                           else None,)
        return self._audit[0]

    @property
    def criticism(self) -> list[Criticism]:
        """Formal criticism this document carries (an auditors' statement's anmärkningar), answers in it linked."""
        if self._criticism is None:
            self._criticism = criticisms(self.meta, self.pages)
        return self._criticism

    @property
    def units(self) -> list[EvidenceUnit]:
        if self._units is None:
            self._units = document_units(self.meta.doc_id, self.pages, self.tables)
        return self._units

    @property
    def outline(self) -> Outline:
        """Headings and sender names: which committee a passage speaks of (committees.py)."""
        if self._outline is None:
            self._outline = outline(self.pages, self.tables)
        return self._outline

    @property
    def table_lines(self) -> dict[int, set[str]]:
        """Per page, the texts its table rows' lines begin with (no headings, whatever they read like)."""
        if self._table_lines is None:
            self._table_lines = {}
            for u in self.units:
                if u.kind == "table_row":
                    for page, quote in [(u.page, u.quote), *u.extra_quotes]:
                        self._table_lines.setdefault(page, set()).update(
                            ln.strip() for ln in quote.split("\n") if ln.strip())
        return self._table_lines

    @property
    def subject(self) -> str | None:
        """The audit its subject line declares it answers (link.declared_subject), normalised; None if none."""
        if self._subject is None:
            from .link import declared_subject
            self._subject = (declared_subject(self.pages),)
        return self._subject[0]

    @property
    def id_runs(self) -> list[str]:
        """Its text's long runs of doc-id characters (where it can name another report's doc id; link.py)."""
        if self._id_runs is None:
            self._id_runs = id_runs(self.text)
        return self._id_runs

    @property
    def refs(self) -> DocumentRefs:
        """Its numbered sections with their reference keys, and the earlier recommendations it restates
        (reference.py: which audit a section follows up)."""
        if self._refs is None:
            self._refs = document_refs(self.pages)
        return self._refs

    def own_links(self, audit: AuditExtraction) -> list[LinkedEvidence]:
        """reference.own_links of this document (an audit report) for its recommendations as promoted (they may
        change with the other audits: kept for the last set of them). Fresh copies: the caller annotates them."""
        key = tuple((r.id, r.text) for r in audit.recommendations)
        if self._own_links is None or self._own_links[0] != key:
            self._own_links = (key, own_links(self.doc_id, self.pages, self.date, audit, self.refs))
        return [le.model_copy(deep=True) for le in self._own_links[1]]

    def terms(self, i: int) -> set[str]:
        t = self._terms.get(i)
        if t is None:
            t = self._terms[i] = content_terms(self.units[i].text)
        return t

    def vectors(self, indices: list[int], embedder: Any) -> np.ndarray:
        """Passage vectors of units[indices]; the ones not seen before are embedded in one call, in order."""
        missing = list(dict.fromkeys(i for i in indices if i not in self._vecs))
        if missing:
            fresh = embedder.embed_passages([self.units[i].text for i in missing])
            for j, i in enumerate(missing):
                self._vecs[i] = np.asarray(fresh[j], dtype=np.float32)
        if not indices:
            return np.zeros((0, 0), dtype=np.float32)
        return np.vstack([self._vecs[i] for i in indices])

    def judgement(self, i: int, rec: Recommendation, judge: Judge) -> Judgement:
        """The judge's verdict on units[i]; `RulesJudge` reads only the unit, so its verdicts are kept."""
        if type(judge) is not RulesJudge:
            return judge.judge(rec, self.units[i])
        j = self._judged.get(i)
        if j is None:
            j = self._judged[i] = judge.judge(rec, self.units[i])
        return j


def rec_vectors(works: list[DocWork], embedder: Any) -> np.ndarray | None:
    """Vectors of every recommendation of the audit reports in `works`, in order; embeds the ones not seen
    before in ONE call (so a cold run embeds exactly what an uncached run would)."""
    audits = [w for w in works if w.audit is not None and w.audit.recommendations]
    if embedder is None:
        return None
    todo = [w for w in audits if w._rec_vecs is None]
    if todo:
        fresh = embedder.embed_passages([r.text for w in todo for r in w.audit.recommendations])
        k = 0
        for w in todo:
            n = len(w.audit.recommendations)
            w._rec_vecs = np.asarray(fresh[k:k + n], dtype=np.float32)
            k += n
    if not audits:
        return None
    return np.vstack([w._rec_vecs for w in audits])


class DocWorkCache:
    """DocWork per (doc_id, sha256); entries of documents no longer present are dropped on each refresh."""

    def __init__(self) -> None:
        self._items: dict[tuple[str, str], DocWork] = {}
        self._lock = threading.Lock()
        self.built = 0  # documents read and set up (a measure for tests: warm runs build none)

    def refresh(self, metas: list[DocumentMeta], load: Callable[[DocumentMeta], tuple[list[Page], list[Table]]]
                ) -> list[DocWork]:
        out: list[DocWork] = []
        keys: set[tuple[str, str]] = set()
        for meta in metas:
            key = (meta.doc_id, meta.sha256)
            keys.add(key)
            with self._lock:
                hit = self._items.get(key)
            if hit is None or hit.meta != meta:
                pages, tables = load(meta)
                hit = DocWork(meta=meta, pages=pages, tables=tables)
                with self._lock:
                    self._items[key] = hit
                    self.built += 1
            out.append(hit)
        with self._lock:
            for k in [k for k in self._items if k not in keys]:
                del self._items[k]
        return out
