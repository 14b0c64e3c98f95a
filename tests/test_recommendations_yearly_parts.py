"""The auditors' yearly summary read part by part, on real PDFs (rendered from small texts, read by pdfplumber):
- a paragraph that opens with a run-in heading naming an audit by its topic ("Livsmedelskontrollens planering.
  Granskningen från 2023 …") is that audit's part, however many audits the summary follows up;
- a short opening sentence that mentions an audit ("Stadsrevisionen har granskat X.") is no such heading;
- a summary of a year tells that year's audits (what they found) and follows up earlier ones: its own year's audits
  get no evidence from it unless its title says it follows up."""

from __future__ import annotations

from assistant.recommendations.tracker import run
from tests.rendered_docs import rendered_docs
from tests.test_recommendations_followup_styles import AUDIT_FOOD, AUDIT_TRAFFIC

AUDIT_PARKS = """Granskning av parkförvaltningens skötselplaner
Revisionsrapport
Stadsrevisionen, Exempelstads kommun
Datum: 2024-05-20

Sammanfattning
Stadsrevisionen har granskat om park- och naturnämnden styr skötseln av stadens parker med aktuella skötselplaner.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar Stadsrevisionen följande rekommendation:

Park- och naturnämnden rekommenderas att uppdatera skötselplanerna för stadens stadsdelsparker.
"""

# one paragraph per audit, each named only by its topic in a run-in heading (paragraphs set apart, as printed)
SUMMARY_BY_TOPIC = """Stadsrevisionen
Revisorernas årsredogörelse 2025
Datum: 2026-03-30

3. Uppföljning av tidigare granskningar

Tillgängligheten i kollektivtrafiken. Granskningen från 2024 visade brister i hållplatsernas tillgänglighet. \
Trafiknämnden har sedan dess inventerat samtliga hållplatser och beslutat om en åtgärdsplan med tidsatta åtgärder.

Livsmedelskontrollens planering. Granskningen visade att kontrollen inte planerades utifrån risk. Miljönämnden har \
ännu inte tagit fram någon riskbaserad kontrollplan för livsmedelsanläggningarna.

Parkförvaltningens skötselplaner. Park- och naturnämnden har uppdaterat skötselplanerna för hälften av \
stadsdelsparkerna, och arbetet med de övriga pågår.

Göteborg den 30 mars 2026
"""

# the summary of 2024 tells the traffic audit of that year; its opening sentence names the audit in passing
SUMMARY_OF_THE_YEAR = """Stadsrevisionen sammanfattar granskningen av verksamhetsåret 2024
Revisorernas årsredogörelse 2024
Datum: 2024-12-15

Årets granskningar

Stadsrevisionen har granskat tillgängligheten i kollektivtrafiken. Granskningen visade att trafiknämnden inte har \
inventerat hållplatsernas tillgänglighet och att någon åtgärdsplan inte har upprättats. Vi rekommenderade därför \
trafiknämnden att inventera hållplatserna.

Stadsrevisionen har granskat parkförvaltningens skötselplaner. Skötselplanerna för stadsdelsparkerna har inte \
uppdaterats på tio år.
"""


def _items(tmp_path, embedder, **docs):
    audits = {"granskning-kollektivtrafik-2024": AUDIT_TRAFFIC, "granskning-livsmedel-2023": AUDIT_FOOD,
              "granskning-parker-2024": AUDIT_PARKS}
    _, links, tracked = run(rendered_docs(tmp_path, {**audits, **docs}), embedder)
    short = {"granskning-kollektivtrafik-2024": "traffic", "granskning-livsmedel-2023": "food",
             "granskning-parker-2024": "parks"}
    return {f"{short[t.report_doc_id]}-{t.id.split(':')[-1]}": t for t in tracked if t.report_doc_id in short}, links


def test_each_paragraph_of_a_summary_follows_up_the_audit_its_run_in_heading_names(tmp_path, embedder):
    items, links = _items(tmp_path, embedder, **{"arsredogorelse-2025": SUMMARY_BY_TOPIC})
    assert items["traffic-r1"].status == "atgardad"
    assert items["food-r1"].status == "ej_atgardad"
    assert items["parks-r1"].status == "delvis"
    # each part speaks only to its own audit
    by_doc = {le.rec_id.split(":")[0] for le in links if le.unit.doc_id == "arsredogorelse-2025"}
    assert by_doc == {"granskning-kollektivtrafik-2024", "granskning-livsmedel-2023", "granskning-parker-2024"}
    assert not items["traffic-r2"].evidence  # the service committee's recommendation is not spoken of


def test_a_summary_of_the_year_tells_its_own_audits_and_does_not_follow_them_up(tmp_path, embedder):
    items, links = _items(tmp_path, embedder, **{"arsredogorelse-2024": SUMMARY_OF_THE_YEAR})
    assert [le.rec_id for le in links if le.unit.doc_id == "arsredogorelse-2024"] == []
    assert items["traffic-r1"].status == "oklart" and items["parks-r1"].status == "oklart"


# each audit's part under its name with the year of its report in brackets, on a line of its own right above its
# paragraph (which the page text joins to it); one name in words of the summary's own; then an audit not in the library
SUMMARY_BY_DATED_HEADING = """Stadsrevisionen
Revisorernas årsrapport 2025
Datum: 2026-03-30

Uppföljning av tidigare granskningar
Revisorerna följer upp tidigare lämnade rekommendationer ett till två år efter granskningen.

Parkförvaltningens arbete med skötselplaner för parker och grönytor (2024)
Park- och naturnämnden har uppdaterat skötselplanerna för hälften av stadsdelsparkerna, och arbetet med de
övriga pågår enligt en tidplan som nämnden har fastställt.

Tillgängligheten i kollektivtrafiken och vid stadens hållplatser (2024)
Trafiknämnden har sedan dess inventerat samtliga hållplatser och beslutat om en åtgärdsplan med tidsatta
åtgärder för varje hållplats.

Upphandlade avtal inom lokalvården (2023)
Servicenämnden har ännu inte inrättat någon avtalsuppföljning och arbetet har inte påbörjats.
"""


def test_a_part_under_an_audits_name_and_year_follows_up_that_audit_only(tmp_path, embedder):
    items, links = _items(tmp_path, embedder, **{"arsrapport-2025": SUMMARY_BY_DATED_HEADING})
    assert items["parks-r1"].status == "delvis"
    assert items["traffic-r1"].status == "atgardad"
    # the part about an audit not in the library speaks to none of these (not to the traffic audit above it)
    assert not [le for le in links if le.unit.doc_id == "arsrapport-2025" and "Servicenämnden" in le.unit.text]
    assert items["food-r1"].status == "oklart"


# each audit's part under its title (in the summary's wording), the heading joined to its paragraph with no stop
SUMMARY_BY_TITLE = """Stadsrevisionen
Revisorernas årsredogörelse 2025
Datum: 2026-03-30

Uppföljning av tidigare granskningar
Revisorerna följer regelbundet upp de rekommendationer som har lämnats i tidigare granskningar.

Stadens tillgänglighet i kollektivtrafiken
Granskningen avslutades 2024. Trafiknämnden har sedan dess inventerat samtliga hållplatser och beslutat om en
åtgärdsplan med tidsatta åtgärder.

Parkförvaltningens skötselplaner
Granskningen avslutades 2024. Park- och naturnämnden har uppdaterat skötselplanerna för hälften av
stadsdelsparkerna, och arbetet med de övriga pågår.
"""


def test_a_part_under_an_audits_title_joined_to_its_paragraph_follows_up_that_audit(tmp_path, embedder):
    items, links = _items(tmp_path, embedder, **{"arsredogorelse-2025": SUMMARY_BY_TITLE})
    assert items["traffic-r1"].status == "atgardad"
    assert items["parks-r1"].status == "delvis"
    assert not [le for le in links if le.unit.doc_id == "arsredogorelse-2025"
                and le.rec_id.startswith("granskning-kollektivtrafik") and "skötselplan" in le.unit.text]
