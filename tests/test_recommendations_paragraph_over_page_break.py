"""A recommendations section written as one running paragraph of recommending sentences ("… rekommenderar vi
kommunstyrelsen att … Vi rekommenderar därtill … Till sist rekommenderar vi …") is one recommendation a sentence
also when the paragraph runs over a page break (real PDFs rendered from small texts, read by pdfplumber)."""

from __future__ import annotations

from tests.rendered_docs import rendered_recommendations

AUDIT = """Granskning av kommunens fordonsflotta
Revisionsrapport
Revisorerna i Exempelby kommun
Datum: 2025-03-03

1 Sammanfattning
Revisorerna har granskat om kommunstyrelsen och tekniska nämnden styr och följer upp kommunens fordonsflotta så att
fordonen används effektivt och byts ut i rätt tid.

4 Rekommendationer

Utifrån granskningens iakttagelser rekommenderar vi kommunstyrelsen att anta en riktlinje för när kommunens fordon
ska bytas ut och hur bytet ska finansieras. Vi rekommenderar därtill kommunstyrelsen att låta en samlad
förteckning över samtliga fordon och deras körsträckor redovisas för styrelsen en gång om året. Tekniska
nämnden rekommenderas att säkerställa att alla bokningar av bilpoolens fordon görs i det gemensamma
\fbokningssystemet och att bokningarna följs upp varje kvartal. Till sist rekommenderar vi servicenämnden att
pröva om fler fordon kan ersättas av elcyklar i hemtjänsten.

5 Bilagor
Bilaga 1 Intervjuade funktioner.
"""


def test_running_paragraph_of_recommendations_over_a_page_break_is_one_a_sentence(tmp_path):
    recs = rendered_recommendations(tmp_path, "granskning-fordon-2025.pdf", AUDIT)
    texts = [r.text for r in recs]
    assert len(recs) == 4, texts
    assert texts[0].startswith("Utifrån granskningens") and texts[3].startswith("Till sist rekommenderar")
    assert [r.addressees for r in recs] == [["Kommunstyrelsen"], ["Kommunstyrelsen"], ["Tekniska nämnden"],
                                            ["Servicenämnden"]]
    assert recs[2].pages == [1, 2] and recs[3].pages == [2]
