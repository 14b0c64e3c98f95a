""""Svarar mot" is to correspond to, not to answer: "åtgärder som svarar mot rekommendationen" tells measures taken,
not a mere reply; a reply ("Bolaget svarar att …", "har svarat mot bakgrund av …") is still read as one."""

from __future__ import annotations

from assistant.recommendations.classify import judge_prose


def test_measures_that_correspond_to_the_recommendation_are_done():
    assert judge_prose("Kommunstyrelsen har redan vidtagit åtgärder som svarar mot rekommendationen.").status == \
        "atgardad"
    assert judge_prose("Bolaget har svarat mot bakgrund av att frågan är utredd.").status == "oklart"
