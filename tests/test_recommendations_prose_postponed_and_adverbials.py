"""Status wording read as general Swedish (prose.py, lexicon [prose]): a measure put off ("har skjutits upp till
nästa år", "skjuts fram", "har senarelagts") is not done; a perfect whose auxiliary stands apart from its verb by a
prepositional phrase or a manner adverb ("har under våren följt upp", "har tillsammans med förvaltningen tagit fram")
is still a done verb, so a sentence that says what was done and what is not yet is partly done."""

from __future__ import annotations

import pytest

from assistant.recommendations.prose import read_sentence, sentence_status


@pytest.mark.parametrize("sentence", [
    "Den nya rapporteringen av väntetider har skjutits upp till nästa år.",
    "Översynen av taxorna skjuts fram till hösten eftersom förvaltningen saknar resurser.",
    "Arbetet med den nya rutinen har inte kommit i gång, och utbildningen av handläggarna har senarelagts.",
])
def test_a_postponed_measure_is_not_done(sentence):
    assert sentence_status(read_sentence(sentence)) == "ej_atgardad"


@pytest.mark.parametrize("sentence", [
    "Miljönämnden har under våren följt upp tillsynsplanen, men någon analys av resultaten har ännu inte gjorts.",
    "Byggnadsnämnden har tillsammans med lantmäteriet tagit fram en checklista, men den har inte fastställts.",
    "Nämnden har med stöd av förvaltningen infört en ny mall, men den används ännu inte av alla enheter.",
])
def test_a_done_verb_after_an_adverbial_and_a_missing_part_is_partly_done(sentence):
    assert sentence_status(read_sentence(sentence)) == "delvis"


@pytest.mark.parametrize("sentence", [
    "Kulturnämnden har under hösten följt upp samtliga avtal med föreningarna.",
    "Nämnden har tillsammans med polisen tagit fram en gemensam lägesbild.",
])
def test_a_done_verb_after_an_adverbial_is_done(sentence):
    assert sentence_status(read_sentence(sentence)) == "atgardad"


@pytest.mark.parametrize("sentence, status", [
    ("Någon ny taxa för tillsynen har ännu inte beslutats.", "ej_atgardad"),
    ("Några riktlinjer för bidragen har ännu inte fastställts av nämnden.", "ej_atgardad"),
    ("Taxan för tillsynen har ännu inte beslutats.", "delvis"),  # a taxa there is, not yet decided: under way
])
def test_not_yet_finished_is_under_way_unless_its_subject_says_there_is_none(sentence, status):
    assert sentence_status(read_sentence(sentence)) == status


def test_the_auditors_following_up_after_a_fronted_phrase_is_their_act_not_a_measure():
    from assistant.recommendations.prose import auditors_act

    assert auditors_act("Under våren 2025 har revisorerna följt upp rekommendationerna genom intervjuer.")
    assert not auditors_act("Under våren 2025 har nämnden följt upp avtalen med föreningarna.")

