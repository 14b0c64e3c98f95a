"""An apposition between commas after the organ ("Kommunstyrelsen, i egenskap av ägarföreträdare, bör …"): the organ
is the addressee, its role is no part of the name (nor glued to it). Text written for this test, rendered to a real
PDF."""

from __future__ import annotations

from pathlib import Path

from tests.rendered_docs import rendered_recommendations

REPORT = """Granskning av ägarstyrningen
Revisionsrapport
Revisorerna, Exempelby kommun
Datum: 2025-06-04

1 Inledning
Vi har granskat hur kommunstyrelsen utövar ägarstyrningen av de kommunala bolagen.

4 Rekommendationer
Mot bakgrund av granskningen lämnar vi följande rekommendationer:

1. Kommunstyrelsen, i egenskap av ägarföreträdare, bör årligen pröva om bolagens verksamhet är förenlig med \\
det kommunala ändamålet.

2. Kommunstyrelsen bör fastställa en plan för ägardialoger med bolagen.

För Exempelby kommuns revisorer
"""


def test_an_organs_role_between_commas_is_no_part_of_the_addressee(tmp_path: Path) -> None:
    recs = rendered_recommendations(tmp_path, "granskning-agarstyrning-2025.pdf", REPORT)
    assert len(recs) == 2, [r.text for r in recs]
    assert all(r.addressees == ["Kommunstyrelsen"] for r in recs), [r.addressees for r in recs]
