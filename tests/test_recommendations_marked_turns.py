"""A recommendation's block whose status table the text layer read into running text, each committee's name followed
by its colour mark ("Kulturnämnden Grön 100 % …"): that committee's status is the mark, whatever the comment read
after it says (committees._marked). Invented text."""

from __future__ import annotations

from assistant.recommendations.committees import _turns_judged
from assistant.recommendations.models import Judgement


def test_a_committees_turn_opening_with_its_mark_takes_the_mark():
    turns = {
        "Kulturnämnden": ["Kulturnämnden Grön 100 % Arbetet med den nya taxan har ännu inte utvärderats av förvaltningen."],
        "Fritidsnämnden": ["Fritidsnämnden Röd 0 % Nämnden har beslutat om en plan."],
        "Tekniska nämnden": ["Tekniska nämnden har ännu inte påbörjat arbetet."],
    }
    got = _turns_judged(turns, Judgement(status="delvis", reason="", sentence=None))
    assert got["Kulturnämnden"].status == "atgardad"
    assert got["Fritidsnämnden"].status == "ej_atgardad"
    assert got["Tekniska nämnden"].status == "ej_atgardad"  # no mark: its words


def test_a_status_tables_header_read_into_its_first_row_does_not_hide_the_mark():
    # the text layer runs the header line ("Nämnd Status Kommentar") into the first row's sentence
    turns = {
        "Kulturnämnden": ["Nämnd Status Kommentar Kulturnämnden Grön Rutinen saknas fortfarande i en av enheterna."],
        "Fritidsnämnden": ["Fritidsnämnden Gul Arbetet är klart."],
    }
    got = _turns_judged(turns, Judgement(status="delvis", reason="", sentence=None))
    assert got["Kulturnämnden"].status == "atgardad"
    assert got["Fritidsnämnden"].status == "delvis"


def test_a_sentence_before_the_name_is_no_header():
    turns = {"Kulturnämnden": ["Enligt förvaltningen har kulturnämnden Grön flagg för arbetet men rutinen saknas."],
             "Fritidsnämnden": ["Fritidsnämnden Gul Arbetet är klart."]}
    got = _turns_judged(turns, Judgement(status="delvis", reason="", sentence=None))
    assert "statusangivelse" not in got["Kulturnämnden"].reason
