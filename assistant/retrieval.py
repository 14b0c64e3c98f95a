"""Hybrid retrieval: dense (llama-index over our Chroma collection) + keyword (bm25s), fused by RRF.

Dense search goes through llama-index: ``VectorStoreIndex.from_vector_store(index.vector_store,
embed_model=index.llama_embed_model()).as_retriever(filters=…)``; both the llama-index objects
are rebuilt when the index opens Chroma again. When Chroma does not answer, hybrid retrieval falls back to the
keyword index and the tables, with a note on the answer. Fusion is a small reciprocal-rank function
(not llama-index's QueryFusionRetriever: with ``llm=None`` it reads the global ``Settings.llm``,
which our rules forbid, and it cannot weight the two lists or deduplicate by chunk id).
English questions are expanded with Swedish glossary terms for the keyword side; the
multilingual embedder handles the dense side.

A third, structured list takes part in the fusion: the (at most two) stored tables that the
table matcher (assistant.tables.match.score_table, the same scoring table QA answers from) finds
answerable, as their table chunks. A table whose title and headers carry the question's roles
("Helårsprognos budgetavvikelse" for "prognostiserat överskott") is often missed by both text
retrievers, yet it is the evidence the answer will be computed from.

RRF uses k=10 rather than the customary 60: our lists are a few dozen chunks long and their
top ranks are informative, so a chunk that one retriever ranks first (the dense side finding
"Livsmedel:" for "livsmedelsområdet", a compound BM25 cannot split) should not lose to chunks
that both lists rank mediocrely.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from typing import Literal

from assistant import budget
from assistant.glossary import expand_query
from assistant.language import detect_language
from assistant.tables.match import analyse, score_table
from assistant.tables.vocab import TABLE_WORDS
from index.keyword import matches
from index.models import ScoredChunk, SearchFilters
from rodatraden.errors import IndexUnavailableError, RodaTradenError

log = logging.getLogger(__name__)
Mode = Literal["hybrid", "dense", "keyword"]
KEYWORD_ONLY = ("Vektorindexet (Chroma) svarar inte just nu; svaret bygger på nyckelordssökning. / "
                "The vector index (Chroma) is unavailable; this answer comes from keyword search only.")
RRF_K = 10
MEMO_SIZE = 32  # searches remembered per retriever (a few answers' worth)
TABLE_MIN_SCORE = 1.5  # the score from which table QA answers from a table (TableQA.answer)
TABLE_LIST_LEN = 2


def reciprocal_rank_fusion(lists: list[list[ScoredChunk]], weights: list[float] | None = None,
                           k: int = RRF_K) -> list[ScoredChunk]:
    """Fuse ranked lists by sum of w / (k + rank); ties keep the first list's order."""
    weights = weights or [1.0] * len(lists)
    scores: dict[str, float] = {}
    first: dict[str, ScoredChunk] = {}
    order: dict[str, tuple[int, int]] = {}
    for li, (lst, w) in enumerate(zip(lists, weights)):
        for rank, sc in enumerate(lst, start=1):
            cid = sc.chunk.id
            scores[cid] = scores.get(cid, 0.0) + w / (k + rank)
            first.setdefault(cid, sc)
            order.setdefault(cid, (rank, li))
    ids = sorted(scores, key=lambda c: (-scores[c], order[c]))
    return [ScoredChunk(chunk=first[c].chunk, score=scores[c], source="fused") for c in ids]


class Retriever:
    """``Retriever(index, mode).retrieve(query, k, filters) -> list[ScoredChunk]``."""

    def __init__(self, index, mode: Mode = "hybrid") -> None:
        if mode not in ("hybrid", "dense", "keyword"):
            raise ValueError(f"unknown retrieval mode {mode!r}")
        self.index = index
        self.mode = mode
        self._store = None  # the Chroma vector store the llama-index objects were built over
        self._vindex = None
        self._embed_model = None
        self._tables: tuple[int, list, dict] | None = None  # (generation, [(Table, its table Chunk)], chunk by table id)
        # the last searches' results by (kind, index generation, query, depth, scope): one answer searches the same
        # text more than once (the typed question's search and the rules' table hints), and a search of an index
        # version gives the same result until the index changes
        self._memo: OrderedDict[tuple, list[ScoredChunk]] = OrderedDict()
        self._memo_lock = threading.Lock()

    def _remembered(self, kind: str, query: str, k: int, filters: SearchFilters | None, search) -> list[ScoredChunk]:
        key = (kind, getattr(self.index, "generation", None), query, k,
               None if filters is None else filters.model_dump_json())
        with self._memo_lock:
            found = self._memo.get(key)
            if found is not None:
                self._memo.move_to_end(key)
                return list(found)
        found = search()
        with self._memo_lock:
            self._memo[key] = list(found)
            while len(self._memo) > MEMO_SIZE:
                self._memo.popitem(last=False)
        return found

    # -- llama-index objects, rebuilt when the index opens Chroma again (index.chroma_link) ----
    def _vector_index(self):
        store = self.index.vector_store
        vindex = self._vindex
        if vindex is None or store is not self._store:
            from llama_index.core import VectorStoreIndex

            if self._embed_model is None:
                self._embed_model = self.index.llama_embed_model()
            vindex = VectorStoreIndex.from_vector_store(store, embed_model=self._embed_model)
            self._vindex, self._store = vindex, store
        return vindex

    @staticmethod
    def _llama_filters(filters: SearchFilters | None):
        if filters is None:
            return None
        from llama_index.core.vector_stores import FilterCondition, FilterOperator, MetadataFilter, MetadataFilters

        conds = []
        if filters.doc_ids is not None:
            ids = list(filters.doc_ids) or ["\x00none"]
            conds.append(MetadataFilter(key="doc_id", value=ids, operator=FilterOperator.IN))
        if filters.document_type is not None:
            conds.append(MetadataFilter(key="document_type", value=filters.document_type))
        if filters.year is not None:
            conds.append(MetadataFilter(key="year", value=int(filters.year)))
        if not conds:
            return None
        return MetadataFilters(filters=conds, condition=FilterCondition.AND)

    def _scoped(self, filters: SearchFilters | None) -> SearchFilters | None:
        """The index's collection scope inside every query (index.scoped.ScopedIndex)."""
        scoped = getattr(self.index, "scoped_filters", None)
        return scoped(filters) if scoped is not None else filters

    def _dense_nodes(self, query: str, k: int, filters: SearchFilters | None):
        return self._vector_index().as_retriever(similarity_top_k=k, filters=self._llama_filters(filters)).retrieve(query)

    def dense(self, query: str, k: int, filters: SearchFilters | None = None) -> list[ScoredChunk]:
        """IndexUnavailableError (503) when Chroma does not answer, also on a freshly opened client."""
        filters = self._scoped(filters)
        return self._remembered("dense", query, k, filters, lambda: self._dense(query, k, filters))

    def _dense(self, query: str, k: int, filters: SearchFilters | None) -> list[ScoredChunk]:
        try:
            nodes = self._dense_nodes(query, k, filters)
        except RodaTradenError:
            raise
        except Exception:  # noqa: BLE001 - chromadb/llama-index raise many kinds: try a fresh client once
            try:
                self.index.chroma.reopen()
                nodes = self._dense_nodes(query, k, filters)
            except RodaTradenError:
                raise
            except Exception as exc:  # noqa: BLE001
                raise IndexUnavailableError(f"Chroma-sökningen misslyckades / the Chroma search failed: {exc}") from exc
        ids = [n.node.node_id for n in nodes]
        by_id = {c.id: c for c in self.index.chunks_by_id(ids)}
        return [ScoredChunk(chunk=by_id[n.node.node_id], score=float(n.score or 0.0), source="dense")
                for n in nodes if n.node.node_id in by_id]

    def keyword(self, query: str, k: int, filters: SearchFilters | None = None) -> list[ScoredChunk]:
        filters = self._scoped(filters)
        return self._remembered("keyword", query, k, filters, lambda: self.index.keyword_search(
            expand_query(query, detect_language(query)), k, filters))

    def _table_cache(self) -> tuple:
        gen = getattr(self.index, "generation", 0)
        cached = self._tables  # (generation, list, by id), swapped in whole: other threads read it meanwhile
        if cached is None or cached[0] != gen:
            by_table = {}
            for c in self.index.chunks():
                if c.kind == "table" and c.table_id and c.table_id not in by_table:
                    by_table[c.table_id] = c
            pairs = [(t, by_table[t.id]) for t in self.index.tables() if t.id in by_table and t.rows and len(t.columns) >= 2]
            cached = (gen, pairs, {t.id: c for t, c in pairs})
            self._tables = cached
        return cached

    def table_chunks(self) -> list:
        """Every stored table with rows and the chunk that holds it, cached per index generation."""
        return self._table_cache()[1]

    def table_chunk(self, table_id: str):
        """The chunk that holds a stored table (None for a table without one), from the same cache."""
        return self._table_cache()[2].get(table_id)

    def tables(self, query: str, k: int = TABLE_LIST_LEN, filters: SearchFilters | None = None) -> list[ScoredChunk]:
        """The table chunks of the stored tables that the table matcher would answer ``query`` from."""
        filters = self._scoped(filters)
        return self._remembered("tables", query, k, filters, lambda: self._tables_for(query, k, filters))

    def _tables_for(self, query: str, k: int, filters: SearchFilters | None) -> list[ScoredChunk]:
        q = analyse(query, detect_language(query))
        if not (TABLE_WORDS.search(q.text) or q.table_no is not None):
            return []
        scored = []
        for t, chunk in self.table_chunks():
            budget.check()
            if not matches(chunk, filters):
                continue
            s = score_table(t, q).score
            if s >= TABLE_MIN_SCORE:
                scored.append(ScoredChunk(chunk=chunk, score=s, source="table"))
        scored.sort(key=lambda sc: -sc.score)
        return scored[:k]

    def retrieve(self, query: str, k: int = 8, filters: SearchFilters | None = None) -> list[ScoredChunk]:
        if self.mode == "dense":
            return self.dense(query, k, filters)
        if self.mode == "keyword":
            return self.keyword(query, k, filters)
        depth = max(40, 3 * k)
        try:
            dense = self.dense(query, depth, filters)
        except IndexUnavailableError as exc:  # Chroma down: the keyword index and the tables still answer
            log.warning("dense search unavailable, keyword search only: %s", exc)
            budget.note(KEYWORD_ONLY)
            dense = []
        budget.check()
        fused = reciprocal_rank_fusion([dense, self.keyword(query, depth, filters),
                                        self.tables(query, filters=filters)])
        return fused[:k]
