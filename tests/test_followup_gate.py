"""The follow-up gate: a fitted decision whether a chat turn carries on the previous question."""

from __future__ import annotations

import json

import pytest

from assistant.models import Turn
from assistant.question.followup_gate import GATE_FEATURES, GATE_WEIGHTS, FollowupGate, carries_on


@pytest.fixture(scope="module")
def reader(corpus_index):
    from assistant.question.reader import QuestionReader

    return QuestionReader(corpus_index)


def test_the_shipped_gate_weighs_every_feature_and_was_fitted_on_the_development_half():
    d = json.loads(GATE_WEIGHTS.read_text(encoding="utf-8"))
    assert set(d["weights"]) == set(GATE_FEATURES)
    assert "dev" in d["fitted_on"] and d["pairs"] >= 200
    gate = FollowupGate.load()
    assert gate is not None and 0.0 < gate.threshold < 1.0


def test_a_turn_that_opens_as_a_follow_up_and_brings_only_a_document_carries_on_whatever_the_weights():
    never = FollowupGate({name: -5.0 for name in GATE_FEATURES})
    f = {name: 0.0 for name in GATE_FEATURES} | {"opens": 1.0, "own_doc": 1.0, "n_asked": 0.0, "bias": 1.0}
    assert carries_on(never, f)
    assert not carries_on(never, f | {"n_asked": 2.0})
    # without the fitted file: a turn carries on when it opens as one, points back, or asks at most one thing
    assert carries_on(None, f | {"n_asked": 2.0}) and not carries_on(None, f | {"opens": 0.0, "n_asked": 3.0})


def test_a_new_question_that_opens_with_and_but_names_its_own_report_and_subject_is_not_merged(reader):
    history = [Turn(role="user", content="Vilken helårsprognos gav regionala utvecklingsnämnden i augusti 2023?")]
    new = reader.read("Och hur många intervjuer gjorde Sirona i sin granskning av budgetprocessen?", history)
    assert not new.followup and new.effective == new.text
    assert reader.read("Och året innan?", history).followup
    assert reader.read("Och i Sironas granskning?", history).followup  # another report, nothing else of its own
