"""The auditors' opinion put before an organ's modal ("Vi anser att nämnden behöver …", "Revisorerna menar att
styrelsen bör …"): the addressee is the organ of the att-clause (here the audited committee), not "Vi anser att
nämnden", and a bare "Nämnden bör …" beside it is not given that phrase either. Text written for this test, rendered
to a real PDF."""

from __future__ import annotations

from pathlib import Path

from tests.rendered_docs import rendered_recommendations

REPORT = """Granskning av livsmedelskontrollen
Revisionsrapport
Revisorerna, Exempelby kommun
Datum: 2025-10-02

1 Inledning
Vi har granskat om miljönämnden bedriver en ändamålsenlig livsmedelskontroll.

5 Samlad bedömning och rekommendationer
Vår samlade bedömning är att miljönämnden inte helt säkerställer att kontrollplanen följs. Flera \
planerade kontroller har inte genomförts under året.

Vi anser att nämnden behöver följa upp utfallet av kontrollplanen varje kvartal.

Nämnden bör säkerställa att avvikelser från kontrollplanen dokumenteras med orsak.

För Exempelby kommuns revisorer
"""


def test_the_organ_after_the_auditors_opinion_is_the_addressee(tmp_path: Path) -> None:
    recs = rendered_recommendations(tmp_path, "granskning-livsmedelskontroll-2025.pdf", REPORT)
    texts = [r.text for r in recs]
    assert len(recs) == 2, texts
    assert texts[0].startswith("Vi anser att nämnden behöver följa upp")
    assert all(r.addressees == ["Miljönämnden"] for r in recs), [r.addressees for r in recs]


REPORT_IMPERSONAL = """Granskning av hyresavtal
Revisionsrapport
Revisorerna, Exempelby kommun
Datum: 2025-11-12

1 Inledning
Vi har granskat om fastighetsnämnden hanterar kommunens inhyrda lokaler ändamålsenligt.

4 Samlad bedömning och rekommendationer
Vår samlade bedömning är att fastighetsnämnden saknar en samlad bild av kommunens hyresavtal. Flera \\
avtal har förlängts utan prövning.

Det är angeläget att nämnden upprättar ett register över samtliga hyresavtal med uppgift om \\
uppsägningstider.

Nämnden bör pröva behovet av lokalen innan ett hyresavtal förlängs.

För Exempelby kommuns revisorer
"""


def test_impersonal_advice_opening_a_recommendations_section_is_a_recommendation(tmp_path: Path) -> None:
    recs = rendered_recommendations(tmp_path, "granskning-hyresavtal-2025.pdf", REPORT_IMPERSONAL)
    texts = [r.text for r in recs]
    assert len(recs) == 2, texts
    assert texts[0].startswith("Det är angeläget att nämnden upprättar ett register")
    assert all(r.addressees == ["Fastighetsnämnden"] for r in recs), [r.addressees for r in recs]
