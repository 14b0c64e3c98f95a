"""The hybrid answerer (RODATRADEN_ANSWERER=hybrid): the rule-based answer stands when it answers; when it refuses,
the fitted scorer answers only past the threshold fitted on the dev questions the rules refuse. Real corpus index."""

from __future__ import annotations

import json

import pytest

from assistant.models import Turn
from assistant.scoring.scorer import WEIGHTS, Scorer
from assistant.service import Assistant


@pytest.fixture(scope="module")
def pair(corpus_index):
    s = corpus_index.settings
    return (Assistant(corpus_index, s.model_copy(update={"answerer": "rules"})),
            Assistant(corpus_index, s.model_copy(update={"answerer": "hybrid"})))


def test_the_fallback_threshold_is_fitted_and_never_below_the_scored_threshold():
    d = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert d["fallback_threshold"] is not None  # python -m eval.train_scorer fits it (on dev)
    s = Scorer.load()
    assert s.fallback_threshold >= s.threshold


def test_an_answer_of_the_rules_stands_and_a_refusal_is_answered_only_with_verified_citations(pair, corpus_index):
    rules, hybrid = pair
    answered = "Vad blev utfallet för Bildning januari till augusti 2023?"
    a_rules, a_hybrid = rules.ask(answered), hybrid.ask(answered)
    assert not a_rules.abstained and a_hybrid.answer == a_rules.answer
    for q in ("Vem ledde granskningen av budgetprocessen?", "Hur många intervjuer gjordes i granskningen?",
              "Vilken kultur- och fritidsverksamhet fick mest pengar?"):
        a = hybrid.ask(q)
        if a.abstained:
            assert a.answer.startswith("Det framgår inte")
            continue
        assert a.citations
        for c in a.citations:  # every quote stands on its page
            page = corpus_index.page(c.doc_id, c.page).text
            assert " ".join(c.quote.split())[:40] in " ".join(page.split())


def test_warming_the_caches_is_not_held_to_the_answer_budget(corpus_index):
    """The API warms its caches at startup with one question; on a slow or loaded machine that first question builds
    every cache and may pass the answer's time budget, which must not stop the API from starting."""
    from rodatraden.errors import AnswerTimeoutError

    tight = Assistant(corpus_index, corpus_index.settings.model_copy(update={"answer_budget_s": 1e-6}))
    tight.warm()  # no AnswerTimeoutError
    with pytest.raises(AnswerTimeoutError):
        tight.ask("Hur stor var budgeten för Bildning 2023?")  # an answer still is


def test_both_answerers_answer_the_question_as_the_typed_reader_read_it(pair):
    """A new question after a chat turn is not merged with it (the typed reader finds it complete); an elliptical
    one is, and the answer says how it was read."""
    _, hybrid = pair
    history = [Turn(role="user", content="Hur stor var budgeten för Bildning 2023?")]
    new = hybrid.ask("Vem ansvarade för granskningen av budgetprocessen i regionen?", history=history)
    assert not any(n.startswith("follow-up read as") for n in new.notes)
    ellipsis = hybrid.ask("Och för Kultur?", history=history)
    read_as = [n for n in ellipsis.notes if n.startswith("follow-up read as")]
    # the new committee takes the old one's place in the previous question (the budget of 2023 is still asked)
    assert read_as and "budgeten för Kultur 2023" in read_as[0] and "Bildning" not in read_as[0], read_as


def test_the_first_answer_over_a_new_index_builds_its_caches_outside_the_budget(corpus_index):
    """Without the API's startup warming (the CLI, a script), the first question builds the caches first, outside
    the answer's budget: a budget that holds an answer holds it whatever the library's size; the next answer over
    the same index does not build them again."""
    from unittest import mock

    fresh = Assistant(corpus_index, corpus_index.settings)
    with mock.patch.object(Assistant, "warm", autospec=True, side_effect=Assistant.warm) as warm:
        first = fresh.ask("Hur stor var budgeten för Bildning 2023?")
        second = fresh.ask("Hur stor var budgeten för Kultur 2023?")
    assert warm.call_count == 1
    assert first.citations and second.answer


def test_warming_extracts_the_audits_recommendations_once_per_index_version(corpus_index):
    """The rules read the audit reports' recommendations for "Vad rekommenderar revisorerna …"; they are extracted
    when the caches are built, not inside the first such answer (over 5,012 pages that passed the answer budget)."""
    from unittest import mock

    from assistant.recommendations import tracker

    Assistant(corpus_index, corpus_index.settings).warm()
    with mock.patch.object(tracker, "doc_works", side_effect=AssertionError("extracted again")):
        assert tracker.audits(corpus_index)  # served from the cache warm() built


@pytest.mark.parametrize("question, lang", [
    ("Hur ligger regionala utvecklingsnämndens prognos för hela året till i förhållande till budgeten?", "sv"),
    ("How does the regional development committee's full-year forecast compare with its budget?", "en"),
])
def test_a_committee_named_in_lower_case_is_answered_from_its_own_report_as_a_sentence(pair, corpus_index, question,
                                                                                         lang):
    """The audit also has a row for the committee (its forecasts of 2021); the committee's own interim report
    answers, from its total row, and the comparison reads as a sentence with the computation's operands."""
    _, hybrid = pair
    a = hybrid.ask(question)
    assert not a.abstained
    assert {c.doc_id for c in a.citations} >= {"run-verksamhetsberattelse-2023-08"}
    first = a.answer.splitlines()[1]
    word = "under" if lang == "sv" else "below"
    assert "197 638" in first and f"7 208 tkr {word}" in first and "204 846" in first
