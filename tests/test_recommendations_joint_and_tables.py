"""Follow-ups that speak for some addressees only, status tables with an earlier and a current assessment, and
auditors' yearly summaries that follow up audits section by section: on real PDFs rendered from small texts and
read by pdfplumber, with the real embedder."""

from __future__ import annotations

from pathlib import Path

from assistant.recommendations.committees import outline
from assistant.recommendations.extract import extract_audit
from assistant.recommendations.segment import current_status_column
from assistant.recommendations.text import content_terms
from assistant.recommendations.tracker import run
from eval.recommendations_blind import committee_status
from ingest.parse import parse_pdf
from eval.tracker_letters import render

from tests.rendered_docs import rendered_docs

def _audit_of(text: str, tmp_path: Path):
    """The audit extraction of a small text rendered as a real PDF and read by the parser."""
    pdf = tmp_path / "rapport.pdf"
    render(text, pdf)
    parsed = parse_pdf(pdf)
    return extract_audit(parsed.meta, parsed.pages)


AUDIT_PARKS = """Granskning av parkernas skötsel
Revisionsrapport
Stadsrevisionen, Exempelstads kommun
Datum: 2023-05-10

Rekommendationer
Mot bakgrund av granskningens resultat lämnar Stadsrevisionen följande rekommendationer:

Parknämnden, fritidsnämnden och kulturnämnden rekommenderas att upprätta en gemensam plan för skötseln av
lekplatserna.

Parknämnden och fritidsnämnden rekommenderas att dokumentera de årliga besiktningarna av lekredskapen.

Kulturnämnden rekommenderas att inventera den offentliga konsten i parkerna.
"""

JOINT = """Parknämnden
Fritidsnämnden

Gemensamt yttrande
Datum: 2024-02-01
Till: Stadsrevisionen

Yttrande över granskningen av parkernas skötsel

Nämnderna lämnar ett gemensamt svar. Kulturnämnden svarar separat.

Plan för lekplatserna
Nämnderna har i januari 2024 beslutat om en gemensam skötselplan för lekplatserna, och planen gäller från den 1 februari 2024.

Besiktningar av lekredskapen
Nämnderna har infört en digital mall där varje årlig besiktning av lekredskapen dokumenteras, och mallen används sedan hösten 2023.

Konsten i parkerna
Inventeringen av den offentliga konsten i parkerna är genomförd och redovisas i ett register över samtliga verk.
"""

SUMMARY = """Stadsrevisionens årsredogörelse 2025
Stadsrevisionen
Datum: 2026-03-20
Årets granskningar
Under året granskades bland annat upphandlingen av skolmåltider, hanteringen av bisysslor och kontrollen av föreningsbidrag. Granskningen av skolmåltiderna visade att avtalsuppföljningen i huvudsak fungerar men att avvikelser inte alltid rapporteras till nämnden. Granskningen av bisysslor visade att flera förvaltningar saknar en aktuell förteckning över anmälda bisysslor. Rekommendationer lämnades till grundskolenämnden och till kommunstyrelsen.
Uppföljning av tidigare granskningar
Revisionskontoret följer upp tidigare granskningar ungefär ett år efter att de avslutats. Uppföljningen bygger på nämndernas yttranden, andra handlingar och intervjuer med de berörda förvaltningarna. I de fall en rekommendation inte har omhändertagits följs den upp igen året därpå. Nedan redovisas två av årets uppföljningar.
Parkernas skötsel
I granskningen av parkernas skötsel rekommenderades nämnderna att dokumentera de årliga besiktningarna av lekredskapen. Parknämnden och fritidsnämnden dokumenterar numera varje årlig besiktning av lekredskapen i en digital mall, vilket är genomfört sedan hösten 2024. Mallen omfattar samtliga lekplatser i staden och granskas av en extern besiktningsman en gång om året.
Livsmedelskontrollens planering
I granskningen av livsmedelskontrollens planering rekommenderades miljönämnden att ta fram en riskbaserad kontrollplan. Miljönämnden har beslutat om en riskbaserad kontrollplan för livsmedelsanläggningarna, och planen tillämpas sedan januari 2025. Kontrollerna fördelas nu efter anläggningarnas risk, och nämnden får en rapport om kontrollskulden varje kvartal.
"""

AUDIT_FOOD = """Granskning av livsmedelskontrollens planering
Revisionsrapport
Stadsrevisionen, Exempelstads kommun
Datum: 2023-10-04

Rekommendationer
Mot bakgrund av granskningens resultat lämnar Stadsrevisionen följande rekommendationer:

Miljönämnden rekommenderas att ta fram en riskbaserad kontrollplan för livsmedelsanläggningarna.
"""

TWO_ASSESSMENTS = """Uppföljning av granskningen av parkernas skötsel
Stadsrevisionen
Datum: 2025-04-02

Revisionskontoret har följt upp granskningen av parkernas skötsel (2023). Tabellen visar förra årets och årets bedömning.

Rekommendation | Nämnd | Bedömning 2024 | Bedömning 2025
Upprätta en gemensam plan för skötseln av lekplatserna | Parknämnden | Ej åtgärdad | Åtgärdad
Dokumentera de årliga besiktningarna av lekredskapen | Parknämnden | Delvis åtgärdad | Åtgärdad
"""


def test_the_current_assessment_column_is_the_latest_year_or_else_the_last():
    assert current_status_column(["Rekommendation", "Nämnd", "Bedömning 2024", "Bedömning 2025"]) == 3
    assert current_status_column(["Rekommendation", "Status 2026", "Status 2025"]) == 1
    assert current_status_column(["Område", "Status maj", "Status juni"]) == 2
    assert current_status_column(["Rekommendation", "Status"]) == 1
    assert current_status_column(["Rekommendation", "Kommentar"]) is None


def test_a_word_split_at_a_line_break_counts_whole_in_the_key_terms():
    assert content_terms("ett före- byggande arbete") == content_terms("ett förebyggande arbete")
    assert "grund" in content_terms("grund- och gymnasieskolan")  # a hyphen before "och" is kept


def test_a_joint_letterhead_names_both_senders(tmp_path: Path):
    pdf = tmp_path / "yttrande.pdf"
    render(JOINT.replace("Parknämnden\nFritidsnämnden", "Exempelstads kommun Parknämnden Fritidsnämnden Norr"), pdf)
    senders = outline(parse_pdf(pdf).pages).senders
    assert all(any(name in s for s in senders) for name in ("Parknämnden", "Fritidsnämnden"))


def test_a_joint_response_speaks_for_its_senders_not_for_the_other_addressee(tmp_path: Path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-parker-2023": AUDIT_PARKS, "yttrande-parker-2024": JOINT})
    _, _, tracked = run(docs, embedder)
    plan = next(t for t in tracked if t.id.endswith("r1"))
    assert committee_status(plan, "Parknämnden") == "atgardad"
    assert committee_status(plan, "Fritidsnämnden") == "atgardad"
    assert committee_status(plan, "Kulturnämnden") == "oklart"  # it answers separately: nothing said of it here


def test_a_status_table_with_two_assessments_is_read_by_the_current_one(tmp_path: Path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-parker-2023": AUDIT_PARKS, "uppfoljning-parker-2025": TWO_ASSESSMENTS})
    _, _, tracked = run(docs, embedder)
    by_no = {t.number: t for t in tracked}
    assert committee_status(by_no[1], "Parknämnden") == "atgardad"
    assert committee_status(by_no[2], "Parknämnden") == "atgardad"


def test_a_yearly_summary_follows_up_each_audit_under_its_own_heading(tmp_path: Path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-parker-2023": AUDIT_PARKS, "granskning-livsmedel-2023": AUDIT_FOOD,
                            "arsredogorelse-2025": SUMMARY})
    _, _, tracked = run(docs, embedder)
    food = next(t for t in tracked if t.report_doc_id == "granskning-livsmedel-2023")
    assert food.status == "atgardad"
    assert any(e.doc_id == "arsredogorelse-2025" and "riskbaserad kontrollplan" in e.quote for e in food.evidence)
    parks = {t.number: t for t in tracked if t.report_doc_id == "granskning-parker-2023"}
    assert all(e.doc_id != "arsredogorelse-2025" or "lekredskapen" in e.quote for e in parks[2].evidence)


DISTRICTS_AUDIT = """Granskning av hemtjänstens planering
Revisionsrapport
Stadsrevisionen, Exempelstads kommun
Datum: 2023-09-01

Rekommendationer
Mot bakgrund av granskningens resultat lämnar Stadsrevisionen följande rekommendationer:

Socialnämnden Norr och socialnämnden Söder rekommenderas att följa upp att hemtjänstens planerade insatser utförs.
"""

DISTRICTS_RESPONSE = """Socialnämnden Norr
Socialnämnden Söder

Gemensamt yttrande
Datum: 2024-03-01
Till: Stadsrevisionen

Yttrande över granskningen av hemtjänstens planering

Uppföljning av planerade insatser
Nämnderna har kommit olika långt i arbetet med att följa upp hemtjänstens planerade insatser. I Norr följs de planerade insatserna upp varje månad sedan januari 2024, och uppföljningen är därmed genomförd. I Söder har ingen åtgärd vidtagits ännu, eftersom ett nytt planeringssystem ska införas under 2025.
"""

TWO_AUDITS_TABLE = """Uppföljning av tidigare granskningar 2025
Stadsrevisionen
Datum: 2025-05-02

Revisionskontoret har under året följt upp två granskningar.

Tabell 1. Status för rekommendationerna i granskningen av parkernas skötsel
Rekommendation | Nämnd | Bedömning
1. Upprätta en gemensam plan för lekplatserna | Parknämnden | Åtgärdad
2. Dokumentera besiktningarna av lekredskapen | Parknämnden | Delvis åtgärdad
3. Inventera den offentliga konsten | Kulturnämnden | Ej åtgärdad

Tabell 2. Status för rekommendationerna i granskningen av livsmedelskontrollens planering
Rekommendation | Nämnd | Bedömning
1. Ta fram en riskbaserad kontrollplan | Miljönämnden | Åtgärdad
"""


def test_a_district_committee_is_named_by_its_district_alone(tmp_path: Path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-hemtjanst-2023": DISTRICTS_AUDIT, "yttrande-hemtjanst-2024": DISTRICTS_RESPONSE})
    _, _, tracked = run(docs, embedder)
    (t,) = tracked
    assert committee_status(t, "Socialnämnden Norr") == "atgardad"
    assert committee_status(t, "Socialnämnden Söder") == "ej_atgardad"


def test_a_response_gives_no_evidence_for_a_recommendation_to_none_of_its_senders(tmp_path: Path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-parker-2023": AUDIT_PARKS, "yttrande-parker-2024": JOINT})
    _, _, tracked = run(docs, embedder)
    art = next(t for t in tracked if t.number == 3)
    assert art.status == "oklart" and not art.evidence


def test_every_numbered_row_of_a_status_table_follows_the_audit_its_caption_names(tmp_path: Path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-parker-2023": AUDIT_PARKS, "granskning-livsmedel-2023": AUDIT_FOOD,
                            "uppfoljning-2025": TWO_AUDITS_TABLE})
    _, _, tracked = run(docs, embedder)
    parks = {t.number: t for t in tracked if t.report_doc_id == "granskning-parker-2023"}
    assert [parks[n].status for n in (1, 2, 3)] == ["atgardad", "delvis", "ej_atgardad"]
    food = next(t for t in tracked if t.report_doc_id == "granskning-livsmedel-2023")
    assert food.status == "atgardad"


SHARED_PARAGRAPH = """Stadsrevisionens årsredogörelse 2025
Stadsrevisionen
Datum: 2026-03-20
Uppföljning av tidigare granskningar
Revisionskontoret följer upp tidigare granskningar ungefär ett år efter att de avslutats. Uppföljningen bygger på nämndernas yttranden, andra handlingar och intervjuer med de berörda förvaltningarna. I de fall en rekommendation inte har omhändertagits följs den upp igen året därpå. Nedan redovisas två av årets uppföljningar.
Parkernas skötsel
Granskningen av parkernas skötsel avslutades i maj 2023 och omfattade parknämnden, fritidsnämnden och kulturnämnden. Parknämnden har i januari 2024 beslutat om en gemensam skötselplan för lekplatserna, och planen tillämpas sedan februari 2024. Besiktningarna av lekredskapen dokumenteras däremot ännu inte, och något arbete med en mall för dokumentationen har inte påbörjats.
Livsmedelskontrollens planering
I granskningen av livsmedelskontrollens planering rekommenderades miljönämnden att ta fram en riskbaserad kontrollplan. Miljönämnden har beslutat om en riskbaserad kontrollplan för livsmedelsanläggningarna, och planen tillämpas sedan januari 2025. Kontrollerna fördelas nu efter anläggningarnas risk, och nämnden får en rapport om kontrollskulden varje kvartal.
"""


def test_a_paragraph_answering_two_recommendations_gives_each_its_own_sentences(tmp_path: Path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-parker-2023": AUDIT_PARKS, "granskning-livsmedel-2023": AUDIT_FOOD,
                            "arsredogorelse-2025": SHARED_PARAGRAPH})
    _, _, tracked = run(docs, embedder)
    parks = {t.number: t for t in tracked if t.report_doc_id == "granskning-parker-2023"}
    assert committee_status(parks[1], "Parknämnden") == "atgardad"
    assert parks[2].status == "ej_atgardad"
    assert any("skötselplan" in e.quote and "lekredskapen" not in e.quote for e in parks[1].evidence)
    assert all("skötselplan" not in e.quote for e in parks[2].evidence if e.doc_id == "arsredogorelse-2025")


STATEMENT_WITH_REPLIES = """Revisorerna i Exempelstads kommun
Datum: 2025-04-10

Revisionsberättelse för år 2024
Vi tillstyrker att kommunfullmäktige beviljar nämnderna ansvarsfrihet för år 2024.

Redogörelse för revisionen år 2024

2 Uppföljning av granskningen av parkernas skötsel
Revisorerna har följt upp rekommendationerna. Kulturnämndens svar återges i bilaga 2.

Besiktningar
Parknämnden har infört en digital mall där varje årlig besiktning av lekredskapen dokumenteras, och mallen används sedan hösten 2024.

4 Övriga granskningar under året
Under året har revisorerna därutöver granskat bland annat livsmedelskontrollens planering och
parkernas belysning. Rapporterna finns på webbplatsen.

Bilaga 2
Kulturnämnden
Svar på revisorernas rekommendationer (utdrag ur yttrande)

Rekommendation 3 – konsten
Inventeringen av den offentliga konsten i parkerna är genomförd och redovisas i ett register över samtliga verk.

Kulturnämnden
Anna Exempel, ordförande
"""

QUOTING_REPORT = """Lägesrapport om parkernas skötsel
Parkförvaltningen och fritidsförvaltningen
Datum: 2024-11-01

Rekommendation 1
Revisorernas rekommendation: »Parknämnden, fritidsnämnden och kulturnämnden rekommenderas att upprätta en gemensam plan för skötseln av lekplatserna.«
Förvaltningarnas redovisning: Parknämnden har i oktober 2024 beslutat om en skötselplan för lekplatserna, och planen gäller från den 1 november 2024.
"""


def test_an_auditors_statement_follows_up_an_audit_in_its_section_and_appendix(tmp_path: Path, embedder):
    """The auditors' statement of a year, with its account of following up an audit and a committee's reply as an
    appendix: the reply's points by number speak to that audit's recommendations; the appendix's signature is no
    sender of the auditors' statement (what they say of another committee counts); a section that only mentions
    other audits in passing names none of them."""
    docs = rendered_docs(tmp_path, {"granskning-parker-2023": AUDIT_PARKS, "granskning-livsmedel-2023": AUDIT_FOOD,
                            "revisionsberattelse-2024": STATEMENT_WITH_REPLIES})
    _, _, tracked = run(docs, embedder)
    by_no = {t.number: t for t in tracked if t.report_doc_id == "granskning-parker-2023"}
    assert committee_status(by_no[2], "Parknämnden") == "atgardad"
    assert committee_status(by_no[3], "Kulturnämnden") == "atgardad"
    assert any(e.doc_id == "revisionsberattelse-2024" for e in by_no[3].evidence)
    food = next(t for t in tracked if t.report_doc_id == "granskning-livsmedel-2023")
    assert not any(e.doc_id == "revisionsberattelse-2024" for e in food.evidence)


def test_a_quoted_recommendation_is_restated_and_ends_at_its_closing_quote(tmp_path: Path, embedder):
    """A status report quoting each recommendation (»…«) before its answer: the quote is the audit's recommendation,
    not the report's own, and the answer after the quote is no part of it but evidence for it."""
    audit = _audit_of(QUOTING_REPORT, tmp_path)
    assert not audit.recommendations
    assert audit.restated and all(r.text.endswith("«") for r in audit.restated)
    # the Swedish quotation mark opens and closes alike: the quote ends at the second one, not the first
    same_marks = _audit_of(QUOTING_REPORT.replace("»", "”").replace("«", "”"), tmp_path)
    assert [r.text.split("”", 1)[1] for r in same_marks.restated] == [r.text.split("»", 1)[1].replace("«", "”")
                                                                     for r in audit.restated]
    docs = rendered_docs(tmp_path, {"granskning-parker-2023": AUDIT_PARKS, "lagesrapport-parker-2024": QUOTING_REPORT})
    audits, _, tracked = run(docs, embedder)
    assert not any(a.report_doc_id == "lagesrapport-parker-2024" and a.recommendations for a in audits)
    plan = next(t for t in tracked if t.report_doc_id == "granskning-parker-2023" and t.number == 1)
    assert committee_status(plan, "Parknämnden") == "atgardad"


REPLY_TO_CRITICISM = """Kulturnämnden
Yttrande
Datum: 2025-05-20
Till: Kommunfullmäktige

Yttrande över anmärkning i revisionsberättelsen för år 2024

Revisorerna riktade anmärkning mot nämnden för bristande intern kontroll. Nämnden har sedan dess stärkt sin interna kontroll och följer nu upp revisorernas rekommendationer två gånger per år i en samlad sammanställning till nämnden.

Granskningen av parkernas skötsel
Som exempel på hur nämnden arbetar med revisorernas rekommendationer redovisas här läget för den rekommendation som lämnades till nämnden.
Rekommendation 3: Inventeringen av den offentliga konsten i parkerna är genomförd och redovisas i ett register över samtliga verk.
"""


def test_a_reply_to_criticism_reports_on_an_audit_under_the_heading_that_names_it(tmp_path: Path, embedder):
    """A committee's answer to an anmärkning declares no audit in its subject line; the audit it reports on under
    a heading (joined to its paragraph by the layout) is followed up there, by the number of its recommendation."""
    docs = rendered_docs(tmp_path, {"granskning-parker-2023": AUDIT_PARKS, "granskning-livsmedel-2023": AUDIT_FOOD,
                            "yttrande-anmarkning-2025": REPLY_TO_CRITICISM})
    _, _, tracked = run(docs, embedder)
    art = next(t for t in tracked if t.report_doc_id == "granskning-parker-2023" and t.number == 3)
    assert committee_status(art, "Kulturnämnden") == "atgardad"
    assert any(e.doc_id == "yttrande-anmarkning-2025" for e in art.evidence)
    food = next(t for t in tracked if t.report_doc_id == "granskning-livsmedel-2023")
    assert not any(e.doc_id == "yttrande-anmarkning-2025" for e in food.evidence)


NEEDS_AUDIT = """Granskning av kompetensförsörjningen
Revisionsrapport
Revisorerna i Region Exempel
Datum: 2024-10-01

Revisorernas bedömning och rekommendationer
Utifrån granskningen gör revisorerna följande bedömning av vad som behöver göras:

Regionstyrelsen behöver tydliggöra ansvarsfördelningen mellan HR-staben och förvaltningarna.

Hälso- och sjukvårdsnämnden behöver säkerställa att kostnaderna för inhyrd personal analyseras varje kvartal.
"""


def test_a_recommendation_written_with_behöver_names_its_addressee(tmp_path: Path):
    """"X behöver …" under the auditors' assessment and recommendations recommends, addressed to X."""
    recs = _audit_of(NEEDS_AUDIT, tmp_path).recommendations
    assert [r.addressees for r in recs] == [["Regionstyrelsen"], ["Hälso- och sjukvårdsnämnden"]]


SECTIONS_PER_COMMITTEE = """Redogörelse för revisionen 2024
Revisorerna i Exempelstads kommun
Datum: 2025-04-01

2. Kommunstyrelsen
Bedömning
Vi rekommenderar kommunstyrelsen att fastställa en tidsplan för den nya styrmodellen.

3. Barn- och utbildningsnämnden
Bedömning
Vi bedömer att nämndens styrning har varit tillräcklig och lämnar inga rekommendationer.

4. Socialnämnden
Bedömning
Vi rekommenderar nämnden att stärka den interna kontrollen av utbetalningar av ekonomiskt bistånd.
"""


def test_nämnden_in_a_numbered_section_per_committee_is_that_committee(tmp_path: Path):
    """An auditors' account with a numbered section per organ ("4. Socialnämnden"): "nämnden" in a recommendation
    below that heading is that organ, not the one named first in the document."""
    recs = _audit_of(SECTIONS_PER_COMMITTEE, tmp_path).recommendations
    assert [r.addressees for r in recs] == [["Kommunstyrelsen"], ["Socialnämnden"]]


LABELLED_LIST = """Granskning av informationssäkerheten
Revisionsrapport
Revisorerna i Exempelstads kommun
Datum: 2024-09-01

Syftet med granskningen har varit att bedöma om kommunstyrelsen har en ändamålsenlig styrning av
informationssäkerheten.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar vi följande rekommendationer:

1. Kommunstyrelsen: ta fram en aktuell informationssäkerhetspolicy.

2. Samtliga nämnder: genomför informationsklassning av verksamhetskritiska system.
"""


def test_a_list_label_that_names_every_committee_is_the_addressee(tmp_path: Path):
    """"Samtliga nämnder: …" as a list item's label is its addressee; with one audited organ (the styrelse) it is not
    read as that organ."""
    recs = _audit_of(LABELLED_LIST, tmp_path).recommendations
    assert [r.addressees for r in recs] == [["Kommunstyrelsen"], ["Samtliga nämnder"]]


PROTOCOL_TWO_MATTERS = """Miljönämnden

PROTOKOLLSUTDRAG
Sammanträdesdatum: 2025-06-11

§ 12                                                  Dnr 0874/24
Yttrande till stadsrevisionen över granskning av livsmedelskontrollens planering

Beslut
1. Miljönämnden överlämnar förvaltningens tjänsteutlåtande, daterat den
   26 maj 2025, som sitt eget yttrande till stadsrevisionen.
2. Miljöförvaltningen får i uppdrag att återrapportera arbetet med kontrollplanen till
   nämnden senast i mars 2026.

Förvaltningens bedömning
Miljöförvaltningen har tagit fram en riskbaserad kontrollplan för livsmedelsanläggningarna, och planen tillämpas sedan januari 2025.

§ 13                                                  Dnr 1102/22
Återrapportering om granskningen av parkernas skötsel

Beslut
1. Nämnden noterar informationen.
"""


def test_a_numbered_decision_item_is_no_heading_between_a_matter_and_its_account(tmp_path: Path, embedder):
    """A protocol extract: under "§ 12 Yttrande över granskningen av X", the numbered decision items ("2.
    Miljöförvaltningen får i uppdrag att …") are sentences of a list, not a section of their own, so the account
    below them is X's follow-up."""
    from assistant.recommendations.docwork import DocWork
    from assistant.recommendations.link import audit_above
    from assistant.recommendations.tracker import audits_from_docs

    docs = rendered_docs(tmp_path, {"granskning-parker-2023": AUDIT_PARKS, "granskning-livsmedel-2023": AUDIT_FOOD,
                            "protokoll-2025": PROTOCOL_TWO_MATTERS})
    audits = [a for a in audits_from_docs(docs) if a.recommendations]
    d = docs[-1]
    work = DocWork(meta=d.meta, pages=d.pages, tables=d.tables)
    account = next(u for u in work.units if "tillämpas sedan januari" in u.text)
    above = audit_above(account, work, {p.number: p for p in work.pages}, audits)
    assert [a.report_doc_id for a in above] == ["granskning-livsmedel-2023"]
    _, _, tracked = run(docs, embedder)
    food = next(t for t in tracked if t.report_doc_id == "granskning-livsmedel-2023")
    assert any(e.doc_id == "protokoll-2025" and "kontrollplan" in e.quote for e in food.evidence)
