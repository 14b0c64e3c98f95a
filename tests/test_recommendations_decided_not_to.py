"""Statuses read from prose: a decision not to act is a refusal (not done), though its verb is a done verb
("har beslutat", "har valt", "har avstått"); a weak verb whose stem ends in a voiceless consonant takes -t in the
supine ("har stärkt", "har skärpt"), a measure done like "har reviderat". Invented sentences."""

from __future__ import annotations

import pytest

from assistant.recommendations.classify import judge_prose


@pytest.mark.parametrize("sentence", [
    "Styrelsen har beslutat att inte ta fram någon särskild plan för underhållet.",
    "Förvaltningen har valt att inte införa den föreslagna kontrollen, eftersom den bedöms bli för dyr.",
    "Nämnden beslutade att inte gå vidare med en egen riktlinje.",
    "Bolaget har avstått från att upphandla ett nytt system i år.",
    "Den föreslagna modellen har vi inte gått vidare med.",
])
def test_a_decision_not_to_act_is_not_done(sentence):
    assert judge_prose(sentence).status == "ej_atgardad"


@pytest.mark.parametrize("sentence", [
    "Nämnden har stärkt uppföljningen av avtalen med leverantörerna.",
    "Därmed har styrelsen skärpt kontrollen av attesterna.",
    "Förvaltningen har förstärkt bemanningen i kundtjänsten.",
])
def test_a_supine_in_t_after_a_voiceless_stem_is_done(sentence):
    assert judge_prose(sentence).status == "atgardad"


def test_a_decision_to_act_stays_done_and_a_negated_supine_not_done():
    assert judge_prose("Nämnden har beslutat att införa en ny rutin för attester.").status == "atgardad"
    assert judge_prose("Nämnden har inte stärkt uppföljningen av avtalen.").status == "ej_atgardad"


@pytest.mark.parametrize("sentence, status", [
    ("För kulturnämndens del är därmed tillsynskravet omhändertaget.", "atgardad"),
    ("Sedan i höstas är arkivplanen fastställd.", "atgardad"),
    ("Sedan i höstas är arkivplanen fortfarande inte fastställd.", "ej_atgardad"),
])
def test_a_result_participle_after_the_subject_in_inverted_order(sentence, status):
    """After a fronted phrase the subject stands between the copula and the participle ("… är därmed kravet
    omhändertaget"), as it may between "har" and the supine."""
    assert judge_prose(sentence).status == status
