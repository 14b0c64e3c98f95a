"""A company's name of several words ("Exempelby Energi AB") is the addressee as
written, not its last word before "AB"; the word that opens the sentence before it is no part of it, and the boards
of several companies ("Styrelserna i …") stand for the company. Sentences written for this test."""

from __future__ import annotations

from assistant.recommendations.addressees import organs_in, resolve


def test_a_company_name_keeps_its_words() -> None:
    assert organs_in("Granskningen omfattar Exempelbys Fjärrvärme AB och dess styrelse.") == ["Exempelbys Fjärrvärme AB"]
    assert organs_in("Vi har granskat Ekdala Energi AB och Ekdalabostäder AB.") == ["Ekdala Energi AB", "Ekdalabostäder AB"]
    assert organs_in("Enligt Ekdala Energi AB har rutinen ändrats.") == ["Ekdala Energi AB"]
    assert organs_in("Därefter granskades Ekdalabostäder AB.") == ["Ekdalabostäder AB"]


def test_the_boards_of_companies_stand_for_the_companies() -> None:
    assert resolve(["Styrelserna i Ekdala Energi AB"], [], None) == ["Ekdala Energi AB"]


def test_a_verb_in_the_past_tense_before_a_committee_is_no_part_of_its_name():
    # "tekniska nämnden" holds an adjective; "beslutade byggnadsnämnden" / "Vad svarade regionstyrelsen …?" a verb
    assert organs_in("Därefter beslutade byggnadsnämnden att avslå ansökan.") == ["Byggnadsnämnden"]
    assert organs_in("Vad svarade regionstyrelsen på revisorernas fråga?") == ["Regionstyrelsen"]
    assert organs_in("Revisorerna rekommenderade kommunstyrelsen att se över rutinerna.") == ["Kommunstyrelsen"]
    assert organs_in("Tekniska nämnden och sociala resursnämnden har svarat.") == ["Tekniska nämnden",
                                                                                "Sociala resursnämnden"]
