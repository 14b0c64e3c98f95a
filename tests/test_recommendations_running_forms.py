"""Audit forms seen in fictional audits written blind, on real rendered PDFs: a summary that gives a numbered list's
recommendations again in one running sentence ("… rekommenderar X att A, att B samt att C") and the list over a
page break; a table "Rekommendation | Ansvarig nämnd" whose numbered rows break the committee's name over the cell's
lines; a lead-in that urges committees to see to it that their administration does what the items say; a box drawn
around each chapter's recommendations; a letter from the auditors (revisionsskrivelse) with its recommendations in
prose; a table graded by priority."""

from __future__ import annotations

from assistant.recommendations.extract import is_audit_report
from eval.tracker_letters import render
from ingest.parse import parse_pdf
from tests.rendered_docs import rendered_recommendations

RUNNING = """Granskning av kommunens arbete med skolskjuts
Revisionsrapport
Exempelby kommun

Sammanfattning
Granskningen har avsett hur skolskjutsarna planeras och följs upp.

Mot bakgrund av granskningen rekommenderar revisorerna utbildningsnämnden att ta fram en samlad plan för
skolskjutsarnas turer, att följa upp restiderna för elever på landsbygden, att införa en rutin för hur
förseningar meddelas vårdnadshavare samt att utvärdera avtalet med trafikföretaget före nästa upphandling.
\f3. Bedömning och rekommendationer

Revisorerna rekommenderar utbildningsnämnden att:

1) ta fram en samlad plan för skolskjutsarnas turer,

2) följa upp restiderna för elever på landsbygden,
\f3) införa en rutin för hur förseningar meddelas vårdnadshavare,

4) utvärdera avtalet med trafikföretaget före nästa upphandling.

Ett yttrande från nämnden önskas senast den 15 juni 2025.

Exempelby den 3 mars 2025
"""


def test_a_running_summary_sentence_gives_each_listed_recommendation_once(tmp_path):
    recs = rendered_recommendations(tmp_path, "granskning-skolskjuts-2025.pdf", RUNNING)
    assert len(recs) == 4
    assert [r.text.split()[0] for r in recs] == ["ta", "följa", "införa", "utvärdera"]
    assert all(1 in r.pages and len(r.pages) == 2 for r in recs)
    assert all(r.addressees == ["Utbildningsnämnden"] for r in recs)


TABLE = """Granskning av ambulanssjukvården
Revisionsrapport
Region Exempel

4. Rekommendationer

Granskningen leder till följande rekommendationer. Tabellen anger vem som ansvarar.

Rekommendation                                                      Ansvarig nämnd
------------------------------------------------------------------------------------------------
1. Ta fram en gemensam modell för hur ambulansernas                 Hälso- och sjukvårdsnämnden
placering ska planeras under helger.

2. Säkerställa att väntetiderna vid överlämning på akuten           Regionstyrelsen,
följs upp varje månad och redovisas för de ansvariga                Hälso- och sjukvårdsnämnden
nämnderna.

3. Utreda hur avtalet med den privata utföraren kan                 Regionstyrelsen
följas upp bättre.

Exempelstad den 4 april 2025
"""


def test_numbered_table_rows_keep_their_committee_cell_apart(tmp_path):
    recs = rendered_recommendations(tmp_path, "granskning-ambulans-2025.pdf", TABLE)
    assert [r.addressees for r in recs] == [["Hälso- och sjukvårdsnämnden"],
                                            ["Regionstyrelsen", "Hälso- och sjukvårdsnämnden"], ["Regionstyrelsen"]]
    assert recs[1].text.endswith("redovisas för de ansvariga nämnderna.")
    assert not any("nämnden" in r.text.split()[3:6] for r in recs)


URGED = """Granskning av rutinerna för tjänsteresor
Revisionsrapport
Exempelby kommun

Sammanfattning
Revisorerna har låtit granska hur nämnderna bokar, godkänner och följer upp tjänsteresor. Granskningen
visar att resorna i regel bokas enligt riktlinjen men att kostnaderna inte sammanställs.

Revisorerna rekommenderar kommunstyrelsen att revidera riktlinjen för tjänsteresor så att den även
omfattar resor som bokas av de helägda bolagen.

Revisorerna uppmanar därtill kultur- och fritidsnämnden och miljönämnden att se till
att kulturförvaltningen

a) för en förteckning över bokade tjänsteresor,

b) följer upp kostnaderna för resorna varje halvår.


Exempelby kommun – Granskning av rutinerna för tjänsteresor                    1 (4)
\f2. Inledning

Granskningen har genomförts genom dokumentstudier och intervjuer med förvaltningscheferna.
"""


def test_a_lead_in_that_urges_committees_to_see_to_their_administration_names_the_committees(tmp_path):
    recs = rendered_recommendations(tmp_path, "granskning-tjansteresor-2025.pdf", URGED)
    assert len(recs) == 3
    assert all(r.addressees == ["Kultur- och fritidsnämnden", "Miljönämnden"] for r in recs[1:])


BOXED = """Granskning av vinterväghållningen
Revisionsrapport
Exempelby kommun

3. Plogning

Vi bedömer att plogningen i huvudsak fungerar.

┌──────────────────────────────────────────────────────────────────────────────────┐
│ Rekommendationer

Vi rekommenderar tekniska nämnden att:

• fastställa en prioriteringsordning för plogningen av gång- och cykelvägar

• säkerställa att entreprenörernas rapporter om utförd halkbekämpning granskas

└──────────────────────────────────────────────────────────────────────────────────┘

4. Sandupptagning

Sanden tas upp under april och maj enligt förvaltningens plan.
"""


def test_a_box_around_the_recommendations_ends_its_last_item(tmp_path):
    recs = rendered_recommendations(tmp_path, "granskning-vintervag-2025.pdf", BOXED)
    assert [r.text for r in recs] == [
        "fastställa en prioriteringsordning för plogningen av gång- och cykelvägar",
        "säkerställa att entreprenörernas rapporter om utförd halkbekämpning granskas"]


LETTER = """EXEMPELBY KOMMUN
Revisorerna                                                     Revisionsskrivelse
                                                                2025-02-10
                                                                Till miljönämnden

Revisionsskrivelse om miljönämndens tillsyn av enskilda avlopp

Revisorerna har inom ramen för den löpande granskningen tagit del av miljönämndens protokoll
och tillsynsplan. Genomgången visar att tillsynen av enskilda avlopp ligger efter planen och att
nämnden inte har fått någon redovisning av hur många anläggningar som har inspekterats.

Revisorerna rekommenderar därför miljönämnden att upprätta en tidsatt plan för att ta igen
den eftersatta tillsynen. Nämnden rekommenderas vidare att begära en
halvårsvis redovisning av antalet inspekterade anläggningar.

Ett skriftligt svar önskas senast den 30 maj 2025.
"""


def test_an_auditors_letter_is_an_audit_and_its_bare_committee_is_the_one_named_before(tmp_path):
    pdf = tmp_path / "exempelby-revisionsskrivelse-avlopp-2025.pdf"
    render(LETTER, pdf)
    parsed = parse_pdf(pdf)
    assert is_audit_report(parsed.meta, parsed.pages)
    recs = rendered_recommendations(tmp_path, "exempelby-revisionsskrivelse-avlopp-2025.pdf", LETTER)
    assert [r.addressees for r in recs] == [["Miljönämnden"], ["Miljönämnden"]]


GRADED = """Granskning av arkivhanteringen
Revisionsrapport
Exempelby kommun

5. Rekommendationer

Vi lämnar därför nedanstående rekommendationer till kommunstyrelsen.

 ┌──────────────────────────────────────────────────────────────────────────────┬──────────────┐
 │ Rekommendation                                                               │ Prioritet    │
 │                                                                              │ (1 = hög,    │
 │                                                                              │ 3 = låg)     │
 ├──────────────────────────────────────────────────────────────────────────────┼──────────────┤
 │ 1. Fastställ en arkivbeskrivning för varje förvaltning och säkerställ att    │ Hög          │
 │    den hålls aktuell.                                                        │              │
 ├──────────────────────────────────────────────────────────────────────────────┼──────────────┤
 │ 2. Inför en rutin för gallring av handlingar i verksamhetssystemen.          │ Medel        │
 ├──────────────────────────────────────────────────────────────────────────────┼──────────────┤
 │ 3. Utbilda arkivredogörarna i den nya informationshanteringsplanen.          │ Låg          │
 └──────────────────────────────────────────────────────────────────────────────┴──────────────┘

Exempelby den 6 juni 2025
"""


def test_a_priority_table_drawn_in_a_box_gives_its_rows_without_their_grades(tmp_path):
    recs = rendered_recommendations(tmp_path, "granskning-arkiv-2025.pdf", GRADED)
    assert [r.text for r in recs] == [
        "Fastställ en arkivbeskrivning för varje förvaltning och säkerställ att den hålls aktuell.",
        "Inför en rutin för gallring av handlingar i verksamhetssystemen.",
        "Utbilda arkivredogörarna i den nya informationshanteringsplanen."]
    assert all(r.addressees == ["Kommunstyrelsen"] for r in recs)


PAIR = """Uppföljande granskning av kommunens krisberedskap
Revisionsrapport
Exempelby kommun

Sammanfattning
Revisorerna har följt upp den granskning av krisberedskapen som genomfördes 2022. Uppföljningen
leder till två nya rekommendationer. Kommunstyrelsen rekommenderas att ta fram en samlad risk- och sårbarhetsanalys
för kommunens verksamheter och förankra den i nämnderna, samt att säkerställa att krisledningsstaben övar
minst två gånger per år tillsammans med räddningstjänsten.


Exempelby kommun – Uppföljande granskning av krisberedskap                    1 (3)
\f2. Iakttagelser

Analysen från 2019 har inte uppdaterats och krisledningsstaben övade senast hösten 2021.

3. Nya rekommendationer

Vi lämnar följande nya rekommendationer till kommunstyrelsen:

• Ta fram en samlad risk- och sårbarhetsanalys för kommunens verksamheter och förankra den i nämnderna.

• Säkerställa att krisledningsstaben övar minst två gånger per år tillsammans med räddningstjänsten.

Exempelby den 4 mars 2025
"""


def test_two_items_of_one_list_stay_two_though_a_summary_sentence_holds_both(tmp_path):
    recs = rendered_recommendations(tmp_path, "uppfoljning-krisberedskap-2025.pdf", PAIR)
    assert [r.text.split()[0] for r in recs] == ["Ta", "Säkerställa"]
    assert all(r.addressees == ["Kommunstyrelsen"] for r in recs)
