"""A follow-up's verdict with the verb before the recommendation, after a fronted phrase ("Därmed är rekommendationen
genomförd", "För servicenämnden bedöms rekommendationen som inte genomförd"), reads as the straight order does; and
committees listed as one subject ("A, B och C har genomfört …") act each, however far the list runs."""

from __future__ import annotations

from assistant.recommendations.classify import judge_sentence
from assistant.recommendations.committees import subject_of


def test_a_verdict_after_a_fronted_phrase():
    assert judge_sentence("För servicenämnden bedöms rekommendationen som inte genomförd.").status == "ej_atgardad"
    assert judge_sentence("Därmed är rekommendationen åtgärdad.").status == "atgardad"
    assert judge_sentence("Mot den bakgrunden anses rekommendationen vara delvis omhändertagen.").status == "delvis"
    assert judge_sentence("Enligt vår bedömning är rekommendationen därmed inte åtgärdad.").status == "ej_atgardad"


def test_committees_listed_as_one_subject_act_each():
    names = ["Trafiknämnden", "Servicenämnden", "Kulturnämnden", "Socialnämnden Väster"]
    said = "Bedömning: Trafiknämnden, kulturnämnden och socialnämnden Väster har genomfört rekommendationen."
    assert subject_of(said, names) == ["Trafiknämnden", "Kulturnämnden", "Socialnämnden Väster"]
    assert subject_of("Trafiknämnden har gjort det i samråd med servicenämnden.", names) == ["Trafiknämnden"]
