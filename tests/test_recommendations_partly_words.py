"""Partly done in prose: some measures taken ("har vidtagit vissa åtgärder"), measures without full effect yet ("… men
att de ännu inte har fått full effekt"); work under way in the present ("Förvaltningen ser över …", "Frågan utreds
…"). Sentences written for this test."""

from __future__ import annotations

from assistant.recommendations.classify import judge_prose


def test_some_measures_or_no_full_effect_are_partly_done():
    assert judge_prose("Parknämnden har vidtagit vissa åtgärder.").status == "delvis"
    assert judge_prose("Revisorerna konstaterar att parknämnden har vidtagit åtgärder men att dessa ännu inte har fått "
                       "full effekt.").status == "delvis"
    assert judge_prose("Parknämnden har inte vidtagit några åtgärder.").status == "ej_atgardad"


def test_work_under_way_in_the_present_is_partly_done():
    assert judge_prose("Förvaltningen ser över möjligheten att samordna skötselplanerna.").status == "delvis"
    assert judge_prose("Frågan om gemensamma skötselplaner utreds av stadsbyggnadskontoret.").status == "delvis"
    assert judge_prose("Förvaltningen avser att se över skötselplanerna.").status == "ej_atgardad"
