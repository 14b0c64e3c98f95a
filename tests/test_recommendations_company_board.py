"""A lay auditor's report on a municipal company: a bare "Styrelsen bör …" is the company's board, even when another
recommendation of the report goes to kommunstyrelsen as the owner (extract._name_bare_organs); the auditors' own
firm named on the first page is no candidate. Invented text."""

from __future__ import annotations

from assistant.recommendations.extract import _name_bare_organs
from assistant.recommendations.lexicon import load_lexicon
from assistant.recommendations.models import Recommendation


def _rec(n: int, text: str, addressee: str) -> Recommendation:
    return Recommendation(id=f"r:{n}", report_doc_id="r", number=n, addressee=addressee, text=text, page=3,
                          addressees=[addressee], pages=[3], places=[])


FIRST_PAGE = ("Lekmannarevisorn i Ekdala Vatten AB\n"
              "Till årsstämman i Ekdala Vatten AB\n"
              "Jag har biträtts av sakkunniga från Revisorsbyrån Syd AB.\n")


def test_a_bare_board_beside_kommunstyrelsen_is_the_companys():
    recs = [_rec(1, "Styrelsen bör fastställa en policy för upphandling.", "Styrelsen"),
            _rec(2, "Kommunstyrelsen bör som ägare förtydliga ägardirektivet.", "Kommunstyrelsen")]
    _name_bare_organs(recs, load_lexicon(), FIRST_PAGE)
    assert recs[0].addressees == ["Ekdala Vatten AB"]
    assert recs[1].addressees == ["Kommunstyrelsen"]


def test_the_company_another_recommendation_names_comes_first():
    recs = [_rec(1, "Styrelsen bör fastställa en policy för upphandling.", "Styrelsen"),
            _rec(2, "Ekdala Vatten AB bör se över sin arbetsordning.", "Ekdala Vatten AB"),
            _rec(3, "Kommunstyrelsen bör som ägare förtydliga ägardirektivet.", "Kommunstyrelsen")]
    _name_bare_organs(recs, load_lexicon(), "")
    assert recs[0].addressees == ["Ekdala Vatten AB"]


def test_without_a_company_the_board_of_the_municipality_still_counts():
    recs = [_rec(1, "Styrelsen bör se över delegationsordningen.", "Styrelsen"),
            _rec(2, "Kommunstyrelsen bör fastställa en plan.", "Kommunstyrelsen")]
    _name_bare_organs(recs, load_lexicon(), "Granskning av kommunstyrelsens styrning\n")
    assert recs[0].addressees == ["Kommunstyrelsen"]
