"""What an audit recommends, answered from the tracker's reading of the audit (assistant/answers/recommended.py):
the recommendation closest in meaning for one asked, all of them for a plural question, and the committee's own
when the question names one. Real corpus index, real embedder."""

from __future__ import annotations

import pytest

from assistant.service import Assistant

AUDIT = "granskning-budgetprocessen-2023"


@pytest.fixture(scope="module")
def hybrid(corpus_index):
    return Assistant(corpus_index, corpus_index.settings.model_copy(update={"answerer": "hybrid"}))


@pytest.mark.parametrize("question, words", [
    ("What does the audit recommend on measuring what effect the prioritised savings actually had?", "effekthemtagning"),
    ("Vad rekommenderar revisorerna om hur långt fram regionen planerar sin budget?", "längre tidsperspektiv"),
])
def test_one_recommendation_asked_is_the_closest_in_meaning(hybrid, question, words):
    a = hybrid.ask(question)
    assert not a.abstained and words in a.answer
    assert a.answer.count("\n- ") == 1  # one recommendation, not the list
    assert {c.doc_id for c in a.citations} == {AUDIT}
    for c in a.citations:  # every quote stands on its page (whitespace as the page text has it)
        assert " ".join(c.quote.split()) in " ".join(hybrid.index.page(c.doc_id, c.page).text.split())


def test_a_plural_question_gets_every_recommendation_of_the_audit(hybrid):
    a = hybrid.ask("Vilka rekommendationer ger granskningen av budgetprocessen regionstyrelsen?")
    assert not a.abstained
    assert a.answer.count("\n- ") == 8
    assert all(c.doc_id == AUDIT for c in a.citations)
    # each printed in the summary and in the report body: both printings cited
    assert len(a.citations) == 16 and {c.page for c in a.citations} >= {2, 21, 22}


def test_a_status_question_is_left_to_the_status_answer(hybrid):
    a = hybrid.ask("Vilka rekommendationer har regionstyrelsen inte åtgärdat?")
    assert "recommendation status from the tracker" in " ".join(a.notes)


def test_a_follow_up_opening_asks_the_recommendation_again_and_a_new_question_does_not(hybrid):
    from assistant.models import Turn

    first = "Vad rekommenderades regionstyrelsen om effekthemtagning i granskningen av budgetprocessen?"
    history = [Turn(role="user", content=first), Turn(role="assistant", content=hybrid.ask(first).answer)]
    assert hybrid.pipeline.read(first, []).intent == "recommendation"  # the past passive is a recommending word
    again = hybrid.ask("Och om tidsperspektivet i planeringen?", history)
    assert "längre tidsperspektiv" in again.answer
    other = hybrid.ask("Vad svarade regionstyrelsen på det i sitt yttrande?", history)
    assert not any("tracker's reading of the audit" in n for n in other.notes)
