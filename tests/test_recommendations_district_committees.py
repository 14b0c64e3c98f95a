"""Committees of one kind per city district ("Fritidsnämnden Norr och fritidsnämnden Syd rekommenderas att …") in a
numbered list item: the district's capitalised name after the committee word is part of the committee's name, not the
first word of a recommending sentence under a short subheading ("1. Fritidsnämnden" + "Norr … rekommenderas att …"),
so each committee is an addressee in full and the recommendation's text keeps its subject."""

from __future__ import annotations

from tests.rendered_docs import rendered_recommendations

AUDIT = """Granskning av simhallarnas bokningssystem
Revisionsrapport
Revisorerna, Exempelby kommun
Datum: 2024-03-04

Sammanfattning
Revisorerna har granskat hur fritidsnämnden Norr och fritidsnämnden Syd styr bokningen av simhallarnas banor.

Rekommendationer
Utifrån granskningen lämnar revisorerna följande rekommendationer:

1. Fritidsnämnden Norr och fritidsnämnden Syd rekommenderas att införa gemensamma regler för föreningarnas bokningar.

2. Fritidsnämnden Syd rekommenderas att redovisa banornas beläggning för nämnden två gånger per år.
"""


def test_district_committees_in_a_numbered_item_are_addressees_in_full(tmp_path):
    recs = rendered_recommendations(tmp_path, "granskning-simhallar-2024.pdf", AUDIT)
    assert [[a.lower() for a in r.addressees] for r in recs] == [["fritidsnämnden norr", "fritidsnämnden syd"],
                                                               ["fritidsnämnden syd"]]
    assert recs[0].text.startswith("Fritidsnämnden Norr och fritidsnämnden Syd rekommenderas att")
    assert recs[1].text.startswith("Fritidsnämnden Syd rekommenderas att")
