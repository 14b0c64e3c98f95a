"""Recommendations in a table whose recommendation column follows a finding column ("Nr  Iakttagelse
Rekommendation  Prioritet", no rules but dashed lines, cells over several lines that the text layer reads across),
recommendations labelled "R1", "R2", and a report whose recommendations section is headed "Förslag till åtgärder".
Texts written for these tests, rendered to real PDFs."""

from __future__ import annotations

from pathlib import Path

from assistant.recommendations.extract import is_audit_report
from eval.tracker_letters import render
from ingest.parse import parse_pdf
from tests.rendered_docs import rendered_recommendations

RULE = "-" * 120

FINDINGS = f"""Revisionsrapport
Granskning av kommunens fordonspark
Exempelstads kommun, Revisorerna
Datum: 2025-03-11

2. Iakttagelser och rekommendationer

Nr  Iakttagelse                                  Rekommendation                                                      Prioritet
{RULE}
1   Det finns inget samlat register över         Inför ett samlat register över kommunens fordon.                    Hög
    kommunens fordon.
{RULE}
2   Utbytesplanen har inte reviderats sedan       Säkerställ att planen för utbyte av fordon revideras                Medel
    2019 och saknar koppling till budgeten.       och kopplas till investeringsbudgeten.
{RULE}
3   Körjournaler förs i samtliga fordon.         –                                                                   –
{RULE}
4   Servicenämnden och tekniska nämnden har      Servicenämnden bör följa upp bränsleförbrukningen per fordon årligen.  Låg
    olika rutiner för bränslekort.
{RULE}

Prioritet: Hög = åtgärd bör vidtas snarast; Medel = åtgärd bör vidtas inom ett år; Låg = åtgärd bör
övervägas vid nästa verksamhetsplanering.
"""


def test_a_finding_column_is_no_part_of_the_recommendation(tmp_path: Path) -> None:
    recs = rendered_recommendations(tmp_path, "granskning-fordon-2025.pdf", FINDINGS)
    texts = [r.text for r in recs]
    assert len(recs) == 3, texts
    assert texts[0].startswith("Inför ett samlat register")
    # the whole cell, its wrapped line too (the eval renderer printed that line a column to the left before)
    assert texts[1].startswith("Säkerställ att planen för utbyte av fordon revideras och kopplas till investeringsbudget")
    assert "2019" not in texts[1] and "Medel" not in texts[1]
    assert texts[2].startswith("Servicenämnden bör följa upp bränsleförbrukningen")
    assert not any("Körjournaler" in t or "Prioritet" in t for t in texts)


LABELLED = """Granskning av kompetensförsörjningen
Granskningsrapport
Region Exempel, Revisorerna
Datum: 2025-05-20

Sammanfattning
Vi lämnar två rekommendationer, R1 och R2, i anslutning till respektive avsnitt.

3. Planering
Planen för kompetensförsörjning omfattar inte alla förvaltningar.

R1 Regionstyrelsen bör fastställa en plan för kompetensförsörjning för hela regionen.

4. Uppföljning
Kostnaderna för inhyrd personal följs upp en gång per år. Enligt direktören bör uppföljningen bli tätare.

R2 Hälso- och sjukvårdsnämnden bör följa upp kostnaderna för inhyrd personal varje kvartal.
"""


def test_recommendations_labelled_r1_r2(tmp_path: Path) -> None:
    recs = rendered_recommendations(tmp_path, "granskning-kompetens-2025.pdf", LABELLED)
    assert [r.text for r in recs] == [
        "Regionstyrelsen bör fastställa en plan för kompetensförsörjning för hela regionen.",
        "Hälso- och sjukvårdsnämnden bör följa upp kostnaderna för inhyrd personal varje kvartal."]
    assert [r.addressees for r in recs] == [["Regionstyrelsen"], ["Hälso- och sjukvårdsnämnden"]]


UNTYPED = """Stadsrevisionen
Exempelstad

Rapport 2024:03
Parkernas skötsel

Sammanfattning

Stadsrevisionen har granskat om park- och naturnämnden sköter stadens parker ändamålsenligt.
Granskningen visar att skötseln i huvudsak fungerar men att det saknas skötselplaner för
flera parker och att entreprenörernas arbete följs upp sällan.

1. Inledning

Stadens parker sköts av entreprenörer på uppdrag av park- och naturnämnden. Avtalen löper
på fyra år och omfattar gräsklippning, renhållning och vinterväghållning av gångvägar.

4. Förslag till åtgärder

Mot bakgrund av granskningen lämnar Stadsrevisionen följande förslag till åtgärder:

  •  Park- och naturnämnden bör ta fram en skötselplan för varje stadspark.
  •  Park- och naturnämnden bör följa upp entreprenörernas arbete två gånger per år.
"""


def test_a_report_with_a_section_of_proposed_measures_is_an_audit(tmp_path: Path) -> None:
    pdf = tmp_path / "rapport-parker-2024.pdf"
    render(UNTYPED, pdf)
    parsed = parse_pdf(pdf)
    assert is_audit_report(parsed.meta, parsed.pages)


NUMBERED_TO = f"""Revisionsrapport
Granskning av kommunens fordonspark
Exempelstads kommun, Revisorerna
Datum: 2025-03-11

2. Iakttagelser och rekommendationer

Rekommendation 1 och 2 riktas till servicenämnden och rekommendation 3 till kommunstyrelsen.

Nr  Iakttagelse                                  Rekommendation                                                      Prioritet
{RULE}
1   Det finns inget samlat register över         Inför ett samlat register över kommunens fordon.                    Hög
    kommunens fordon.
{RULE}
2   Utbytesplanen har inte reviderats sedan       Revidera planen för utbyte av fordon.                               Medel
    2019.
{RULE}
3   Ansvaret för fordonen är oklart.              Tydliggör ansvaret för fordonen i reglementet.                      Låg
{RULE}
"""


def test_a_sentence_of_numbers_names_the_rows_addressees(tmp_path: Path) -> None:
    recs = rendered_recommendations(tmp_path, "granskning-fordon-nr-2025.pdf", NUMBERED_TO)
    assert [r.addressees for r in recs] == [["Servicenämnden"], ["Servicenämnden"], ["Kommunstyrelsen"]]
