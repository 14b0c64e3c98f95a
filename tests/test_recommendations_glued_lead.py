"""A lead-in the text layer joined to the first recommendation under it ("… lämnar revisorerna följande
rekommendationer: Revisorerna rekommenderar X att …" on one line): the first recommendation is one of the list, not
lost inside the lead-in (gather._glued_lead). Invented text."""

from __future__ import annotations

from assistant.recommendations.gather import _glued_lead, gather
from ingest.models import Page


def test_the_first_recommendation_after_a_glued_lead_in_is_kept():
    text = ("5. Rekommendationer\n"
            "Mot bakgrund av granskningen lämnar revisorerna följande rekommendationer: Revisorerna rekommenderar "
            "miljönämnden att upprätta en tillsynsplan som grundas på en riskanalys.\n"
            "Revisorerna rekommenderar nämnden att redovisa tillsynens resultat för nämnden varje halvår.\n"
            "Revisorerna rekommenderar nämnden att se över taxan för tillsynen.\n")
    items = gather([Page(doc_id="g", number=1, text=text)])
    starts = [it.text.split(" att ")[1][:12] for it in items]
    assert starts == ["upprätta en ", "redovisa til", "se över taxa"]


def test_a_colon_inside_a_sentence_is_no_lead_in():
    line = "Nämnden har en plan: Revisorerna rekommenderar nämnden att följa upp den."
    assert _glued_lead(line) == ("", line)
