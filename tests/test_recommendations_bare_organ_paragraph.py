"""A recommendation to a bare "nämnden" in a report that recommends several committees goes to the committee its
own paragraph has just named ("Kulturnämnden rekommenderas att … . Nämnden rekommenderas också att …"), not to the
page's or the report's first organ (real PDFs rendered from small texts, read by pdfplumber)."""

from __future__ import annotations

from tests.rendered_docs import rendered_recommendations

AUDIT = """Granskning av tre verksamheters interna kontroll
Revisionsrapport
Revisorerna i Exempelby kommun
Datum: 2025-03-20

1 Inledning
Revisorerna har granskat den interna kontrollen i tre verksamheter. Här redovisas iakttagelserna och de
rekommendationer som lämnas, en verksamhet i taget.

2 Kommunstyrelsens arbete med säkerhetsskydd
Revisorerna bedömer att kommunstyrelsen i huvudsak har en ändamålsenlig styrning av säkerhetsskyddet. Kommunstyrelsen
rekommenderas att årligen uppdatera säkerhetsskyddsanalysen och redovisa den för styrelsen.

3 Tillsyn av livsmedelsanläggningar
Revisorerna bedömer att miljönämnden inte fullt ut bedriver en riskbaserad tillsyn av livsmedelsanläggningarna.
Miljönämnden rekommenderas att ta fram en tillsynsplan som bygger på en aktuell riskklassning. Nämnden
rekommenderas också att följa upp att avgifterna motsvarar den tid som läggs ned på kontrollerna.

4 Färdtjänstens beställningar
Revisorerna bedömer att tekniska nämnden delvis säkerställer en effektiv hantering av beställningar av färdtjänst.
Tekniska nämnden rekommenderas att införa en gemensam rutin för hur avvikelser rapporteras. Vi rekommenderar
därför nämnden att analysera orsakerna till de långa väntetiderna i telefon under helger.
"""


def test_a_bare_namnden_goes_to_the_committee_its_paragraph_named(tmp_path):
    recs = rendered_recommendations(tmp_path, "redogorelse-2024.pdf", AUDIT)
    by_text = {r.text.split(" att ")[-1][:30]: r.addressees for r in recs}
    avgift = [r.addressees for r in recs if "avgifterna" in r.text]
    telefon = [r.addressees for r in recs if "telefon" in r.text]
    assert avgift == [["Miljönämnden"]], by_text
    assert telefon == [["Tekniska nämnden"]], by_text
