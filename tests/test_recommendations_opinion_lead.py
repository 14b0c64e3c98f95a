"""The auditors' opinion put before an organ's modal ("Vi anser att nämnden behöver …", "Revisorerna menar att
styrelsen bör …"): the addressee is the organ of the att-clause (here the audited committee), not "Vi anser att
nämnden", and a bare "Nämnden bör …" beside it is not given that phrase either. Text written for this test, rendered
to a real PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rendered_docs import audit_report, rendered_recommendations

OPINION = audit_report(
    "Granskning av livsmedelskontrollen", "2025-10-02",
    "Vi har granskat om miljönämnden bedriver en ändamålsenlig livsmedelskontroll.",
    "5 Samlad bedömning och rekommendationer",
    ["Vår samlade bedömning är att miljönämnden inte helt säkerställer att kontrollplanen följs. Flera planerade "
     "kontroller har inte genomförts under året.",
     "Vi anser att nämnden behöver följa upp utfallet av kontrollplanen varje kvartal.",
     "Nämnden bör säkerställa att avvikelser från kontrollplanen dokumenteras med orsak."])

IMPERSONAL = audit_report(
    "Granskning av hyresavtal", "2025-11-12",
    "Vi har granskat om fastighetsnämnden hanterar kommunens inhyrda lokaler ändamålsenligt.",
    "4 Samlad bedömning och rekommendationer",
    ["Vår samlade bedömning är att fastighetsnämnden saknar en samlad bild av kommunens hyresavtal. Flera avtal har "
     "förlängts utan prövning.",
     "Det är angeläget att nämnden upprättar ett register över samtliga hyresavtal med uppgift om uppsägningstider.",
     "Nämnden bör pröva behovet av lokalen innan ett hyresavtal förlängs."])


@pytest.mark.parametrize("name, report, first, organ", [
    # the organ of the att-clause after the auditors' opinion is the addressee, and a bare "Nämnden bör" beside it
    # is not given the phrase "Vi anser att nämnden" either
    ("granskning-livsmedelskontroll-2025.pdf", OPINION, "Vi anser att nämnden behöver följa upp", "Miljönämnden"),
    # impersonal advice opening a recommendations section is a recommendation
    ("granskning-hyresavtal-2025.pdf", IMPERSONAL, "Det är angeläget att nämnden upprättar ett register",
     "Fastighetsnämnden"),
])
def test_opinion_and_impersonal_advice_give_recommendations_to_the_audited_committee(tmp_path: Path, name, report,
                                                                                      first, organ) -> None:
    recs = rendered_recommendations(tmp_path, name, report)
    texts = [r.text for r in recs]
    assert len(recs) == 2, texts
    assert texts[0].startswith(first)
    assert all(r.addressees == [organ] for r in recs), [r.addressees for r in recs]
