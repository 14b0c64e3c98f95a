"""A response that lists its measures each with the time it was or will be done ("• 2024-01-15 – En plan gäller …",
"• Hösten 2024 (planerat) – …"), never saying "done" in so many words: a measure with its time and no intention is
done, one marked as planned is not yet; the list as a whole is done, partly done or not done. Through the rules
judge, as the tracker reads a linked passage."""

from __future__ import annotations

from assistant.recommendations.classify import RulesJudge, dated_measures
from assistant.recommendations.models import EvidenceUnit, Recommendation

REC = Recommendation(id="a:r1", report_doc_id="a", number=1, addressee="Parknämnden", page=2,
                     addressees=["Parknämnden"], text="Parknämnden bör ta fram en skötselplan för parkerna.")


def _judge(text: str):
    unit = EvidenceUnit(doc_id="svar", page=2, quote=text, text=" ".join(text.split()), kind="paragraph")
    return RulesJudge().judge(REC, unit)


def test_measures_with_past_dates_are_done():
    j = _judge("Rekommendation: att ta fram en skötselplan\n• 2024-02-01 – En skötselplan för samtliga parker gäller "
               "från detta datum.\n• 2024-03-15 – Planen presenterad för nämnden.")
    assert j.status == "atgardad"
    assert j.sentence.startswith("2024-02-01 – En skötselplan")
    assert "med datum" in j.reason


def test_planned_measures_are_not_done_and_a_mix_is_partly_done():
    only_planned = _judge("Rekommendation: att ta fram en skötselplan\n• Hösten 2024 (planerat) – Skötselplan tas "
                          "fram.\n• Våren 2025 (planerat) – Planen följs upp.")
    assert only_planned.status == "ej_atgardad" and only_planned.sentence.startswith("Hösten 2024")
    mixed = dated_measures("Rekommendation: att ta fram en skötselplan • Maj 2024 – Inventering av parkerna "
                           "genomförd. • Oktober 2024 (planerat) – Skötselplanen beslutas.")
    assert mixed is not None and mixed.status == "delvis"


def test_a_span_of_time_or_an_undated_list_is_no_dated_measure():
    assert dated_measures("• Kvartalsvis 2024–2025 – Fortsatta stickprov enligt planen.") is None
    assert dated_measures("• Skötselplanen är under arbete. • Inventeringen är klar.") is None
    assert dated_measures("Nämnden beslutade 2024-03-15 om en skötselplan.") is None  # prose, no list
