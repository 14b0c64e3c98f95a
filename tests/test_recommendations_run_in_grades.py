"""A follow-up that grades each committee on a line of its own under the recommendation, the committee's name, a
colon and a short grade, then the explanation ("Miljönämnden: Påbörjad. En rutin finns men …"): that committee's
status is the grade, whatever the explanation's words lean to (committees._marked); and a recommendation heading
with a bracketed qualifier before its colon ("Rekommendation 3 (gäller endast X): …") opens a block of its own
(segment.HEADING_REF_RE), so that the previous recommendation's block does not run on into it. Invented text."""

from __future__ import annotations

from assistant.recommendations.committees import _turns_judged
from assistant.recommendations.models import Judgement
from assistant.recommendations.segment import numbered_units
from ingest.models import Page


def test_a_run_in_grade_after_the_committees_name_is_its_status():
    turns = {
        "Miljönämnden": ["Miljönämnden: Genomförd.", "En ny taxa gäller sedan januari men har ännu inte utvärderats."],
        "Fritidsnämnden": ["Fritidsnämnden: Ej påbörjad.", "Nämnden har beslutat att ta fram en plan."],
        "Kulturnämnden": ["Kulturnämnden: Påbörjad.", "Rutinen är klar och har införts i två av fyra verksamheter."],
        "Tekniska nämnden": ["Tekniska nämnden: Förvaltningen har tagit fram en samlad rutin för inköp."],
    }
    got = _turns_judged(turns, Judgement(status="delvis", reason="", sentence=None))
    assert got["Miljönämnden"].status == "atgardad"
    assert got["Fritidsnämnden"].status == "ej_atgardad"
    assert got["Kulturnämnden"].status == "delvis"
    # a colon followed by a sentence is no grade: its words are judged
    assert "statusangivelse" not in got["Tekniska nämnden"].reason


def test_a_bracketed_qualifier_does_not_hide_a_recommendation_heading():
    text = ("Rekommendation 2: Se över rutinen för inköp.\n"
            "Miljönämnden: Genomförd. Rutinen är reviderad.\n"
            "Rekommendation 3 (gäller endast miljönämnden): Inför en kontroll av fakturor.\n"
            "Miljönämnden: Påbörjad. Kontrollen införs under hösten.\n")
    units = numbered_units("uppf", [Page(doc_id="uppf", number=1, text=text)])
    by_no = {u.number: u.text for u in units}
    assert set(by_no) == {2, 3}
    assert "Påbörjad" not in by_no[2] and "Påbörjad" in by_no[3]
