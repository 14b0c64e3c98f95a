"""A recommendations table graded by priority, with a key that explains the grades in sentences that use "bör"
("Prioritet Hög innebär att åtgärden bör …"): the key is no recommendation. Texts written for this test, rendered to
a real PDF."""

from __future__ import annotations

from pathlib import Path

from tests.rendered_docs import rendered_recommendations

REPORT = """Granskning av fordonshanteringen
Revisionsrapport
Stadsrevisionen, Exempelstads kommun
Datum: 2024-09-03

Sammanfattning
Stadsrevisionen har granskat hur servicenämnden förvaltar kommunens fordon.

Rekommendationer
Servicenämnden rekommenderas att föra ett samlat register över kommunens fordon.

Servicenämnden rekommenderas att ta fram en plan för utbyte av fordon med höga utsläpp.

Prioritet Hög innebär att åtgärden bör vidtas inom tre månader. Prioritet Låg innebär att åtgärden bör vidtas inom ett år.

Prioriteringen anger hur angeläget vi bedömer att åtgärden är: hög innebär att nämnden bör agera snarast.
"""


def test_a_grade_key_is_no_recommendation(tmp_path: Path) -> None:
    recs = rendered_recommendations(tmp_path, "granskning-fordon-2024.pdf", REPORT)
    assert len(recs) == 2
    assert not any("innebär" in r.text or "anger" in r.text for r in recs)
