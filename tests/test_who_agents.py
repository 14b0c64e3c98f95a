"""A who-question that no role of a person asks ("Vem sköter förvaltningen?") is answered by a person or a company;
one that asks a person's role ("Vem är ordförande?") by a person (assistant/answers/persons.py, company forms from
the lexicon's ``[persons] company_forms``)."""

from __future__ import annotations

import pytest

from assistant.answers.persons import names_agent, names_person


@pytest.mark.parametrize("text, agent", [
    ("Styrelsen har gett Norrsken Förvaltning AB i uppdrag att sköta bokföringen.", True),
    ("Revisor har varit Anna Lindqvist, auktoriserad revisor.", True),
    ("Bokföringen sköts av HSB ekonomisk förening.", True),
    ("Styrelsen har beslutat att anlita ett AB för tjänsten.", False),  # no name before the form
    ("Revisorerna i Region Norrdal har granskat nämnderna.", False),
])
def test_a_person_or_a_company_names_an_agent(text, agent):
    assert names_agent(text) is agent


def test_a_company_is_no_person():
    assert not names_person("Styrelsen har gett Norrsken Förvaltning AB i uppdrag att sköta bokföringen.")
