"""Follow-up documents in the styles of real ones, on real PDFs (rendered from small texts, read by pdfplumber):
a response that declares another audit in its subject line gives no evidence for an audit it only mentions; a
response whose numbering differs from the audit's speaks to the recommendation its own text restates; a yearly
summary that follows up several audits links each status-table row to the audit its own cell names."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.recommendations.followup import FollowupDoc
from assistant.recommendations.tracker import run
from eval.recommendations_blind import committee_status
from tests.rendered_docs import rendered_docs
from ingest.parse import parse_pdf

AUDIT_TRAFFIC = """Granskning av tillgängligheten i kollektivtrafiken
Revisionsrapport
Stadsrevisionen, Exempelstads kommun
Datum: 2024-03-12

Sammanfattning
Stadsrevisionen har granskat om trafiknämnden säkerställer att hållplatser och fordon är tillgängliga för personer med funktionsnedsättning.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar Stadsrevisionen följande rekommendationer:

Trafiknämnden rekommenderas att inventera hållplatsernas tillgänglighet och upprätta en åtgärdsplan med tidsatta åtgärder.

Servicenämnden rekommenderas att se till att färdtjänstens beställningscentral har öppet även på helger.

Trafiknämnden rekommenderas att årligen redovisa hur tillgängligheten i fordonsflottan utvecklas.

Trafiknämnden rekommenderas att utbilda förarna i bemötande av resenärer med synnedsättning.
"""

AUDIT_FOOD = """Granskning av livsmedelskontrollens planering
Revisionsrapport
Stadsrevisionen, Exempelstads kommun
Datum: 2023-10-04

Sammanfattning
Stadsrevisionen har granskat om miljönämnden planerar livsmedelskontrollen utifrån risk.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar Stadsrevisionen följande rekommendationer:

Miljönämnden rekommenderas att ta fram en riskbaserad kontrollplan för livsmedelsanläggningarna.

Miljönämnden rekommenderas att följa upp att kontrollskulden minskar och rapportera den till nämnden varje kvartal.
"""

DECOY = """Miljönämnden
Datum: 2025-05-20
Till: Stadsrevisionen

Yttrande över revisionsrapporten Granskning av vinterväghållningen på gång- och cykelvägar

Nämndens synpunkter
Nämnden delar bilden i rapporten. Frågan hänger samman med granskningen av tillgängligheten i kollektivtrafiken (2024), där hållplatsernas tillgänglighet också pekades ut som en brist.

Rekommendation 1
Revisorerna rekommenderar nämnden att prioritera snöröjningen av gång- och cykelvägar.
Nämndens svar: Nämnden har beslutat om en ny prioriteringsordning som gäller från och med vintern 2025.

Rekommendation 2
Revisorerna rekommenderar att nämnden följer upp entreprenörernas insatser.
Nämndens svar: Arbetet har påbörjats men är inte slutfört.
"""

RENUMBERED = """Trafiknämnden
Datum: 2024-09-10
Till: Stadsrevisionen

Yttrande över revisionsrapporten Granskning av tillgängligheten i kollektivtrafiken

Av rapportens fyra rekommendationer riktas tre till trafiknämnden, och nämnden besvarar dem nedan i tur och ordning. Rekommendationen om färdtjänstens beställningscentral riktas inte till nämnden.

Rekommendation 1 – Inventering
Revisorerna rekommenderar att hållplatsernas tillgänglighet inventeras och att en åtgärdsplan upprättas.
Nämndens svar: Nämnden kommer att inventera hållplatserna under 2025.

Rekommendation 2 – Fordonsflottan
Revisorerna rekommenderar att nämnden varje år redovisar hur fordonsflottans tillgänglighet utvecklas.
Nämndens svar: En årlig redovisning av fordonsflottans tillgänglighet infördes i nämndens årsrapport från och med 2024.

Rekommendation 3 – Förarnas bemötande
Revisorerna rekommenderar att förarna utbildas i att bemöta resenärer med synnedsättning.
Nämndens svar: Nämnden avser inte att införa någon särskild utbildning, eftersom bemötande redan ingår i förarnas grundutbildning.
"""


def _tracked(tmp_path, embedder, **letters):
    docs = rendered_docs(tmp_path, {"granskning-kollektivtrafik-2024": AUDIT_TRAFFIC, "granskning-livsmedel-2023": AUDIT_FOOD,
                            **letters})
    audits, links, tracked = run(docs, embedder)
    return {t.id.split(":")[-1] if t.report_doc_id.endswith("kollektivtrafik-2024") else "food-" + t.id.split(":")[-1]: t
            for t in tracked}, links


def test_subject_line_is_read(tmp_path):
    from assistant.recommendations.link import declared_subject

    doc, = rendered_docs(tmp_path, {"decoy": DECOY})
    assert declared_subject(doc.pages).startswith("granskning av vinterväghållningen")


def test_response_to_another_audit_gives_no_evidence(tmp_path, embedder):
    items, links = _tracked(tmp_path, embedder, **{"yttrande-vinter-2025": DECOY})
    assert [le.rec_id for le in links if le.unit.doc_id == "yttrande-vinter-2025"] == []
    assert len(items) == 6
    assert all(t.status == "oklart" and not t.evidence for t in items.values())


def test_renumbered_response_speaks_to_the_recommendation_it_restates(tmp_path, embedder):
    items, links = _tracked(tmp_path, embedder, **{"yttrande-trafik-2024": RENUMBERED})
    assert not items["r2"].evidence  # the recommendation the committee leaves out gets nothing
    assert items["r1"].status == "ej_atgardad"  # only planned ("kommer att")
    assert items["r3"].status == "atgardad"  # block 2 restates the third recommendation
    assert items["r4"].status == "ej_atgardad"  # block 3 restates the fourth, and declines it


SUMMARY = """Stadsrevisionen
Årsredogörelse 2025

Uppföljning av tidigare granskningar
I år redovisar vi uppföljningen av två granskningar: tillgängligheten i kollektivtrafiken (2024) och livsmedelskontrollens planering (2023). Rekommendationerna har följts upp genom nämndernas yttranden.

Sammanställning
Granskning | Rekommendation | Nämnd | Bedömning
Tillgängligheten i kollektivtrafiken (2024) | Redovisa fordonsflottans tillgänglighet varje år | Trafiknämnden | Omhändertagen
Tillgängligheten i kollektivtrafiken (2024) | Färdtjänstens beställningscentral öppen på helger | Servicenämnden | Kvarstår
Livsmedelskontrollens planering (2023) | Riskbaserad kontrollplan för livsmedelsanläggningarna | Miljönämnden | Delvis omhändertagen

Göteborg i mars 2026
"""


def test_summary_table_rows_link_to_the_audit_their_cell_names(tmp_path, embedder):
    items, links = _tracked(tmp_path, embedder, **{"arsredogorelse-2025": SUMMARY})
    assert items["r3"].status == "atgardad"
    assert items["r2"].status == "ej_atgardad"
    assert items["food-r1"].status == "delvis"
    assert not items["r1"].evidence and not items["r4"].evidence and not items["food-r2"].evidence



# an earlier follow-up of the traffic audit that restates its recommendations (so it reads as an audit of the same
# topic itself): the summary's rows print the audit's year, 2024, which tells the two apart
FOLLOWUP_REPORT = """Uppföljning av granskningen av tillgängligheten i kollektivtrafiken
Revisionsrapport
Stadsrevisionen, Exempelstads kommun
Datum: 2025-04-02

Sammanfattning
Stadsrevisionen har följt upp granskningen av tillgängligheten i kollektivtrafiken från 2024.

Rekommendationer
Mot bakgrund av uppföljningen lämnar Stadsrevisionen följande rekommendationer:

Trafiknämnden rekommenderas att årligen redovisa hur tillgängligheten i fordonsflottan utvecklas.

Servicenämnden rekommenderas att se till att färdtjänstens beställningscentral har öppet även på helger.
"""



def test_summary_rows_name_the_audit_of_the_year_they_print(tmp_path):
    """A row whose words name two audits (the audit and a later follow-up report of it, which restates its
    recommendations and so reads as an audit of the same topic) speaks to the audit of the year it prints."""
    from assistant.recommendations.docwork import DocWork
    from assistant.recommendations.link import audit_rows
    from assistant.recommendations.tracker import audits_from_docs

    docs = rendered_docs(tmp_path, {"granskning-kollektivtrafik-2024": AUDIT_TRAFFIC, "granskning-livsmedel-2023": AUDIT_FOOD,
                            "uppfoljning-kollektivtrafik-2025": FOLLOWUP_REPORT, "arsredogorelse-2025": SUMMARY})
    audits = [a for a in audits_from_docs(docs[:3]) if a.recommendations]
    assert {a.report_doc_id for a in audits} == {"granskning-kollektivtrafik-2024", "granskning-livsmedel-2023",
                                                 "uppfoljning-kollektivtrafik-2025"}
    summary = DocWork(meta=docs[3].meta, pages=docs[3].pages, tables=docs[3].tables)
    years = {"granskning-kollektivtrafik-2024": 2024, "granskning-livsmedel-2023": 2023,
             "uppfoljning-kollektivtrafik-2025": 2025}
    rows = {rec.id for rec, _ in audit_rows(summary, audits, years)}
    assert rows == {"granskning-kollektivtrafik-2024:r3", "granskning-kollektivtrafik-2024:r2",
                    "granskning-livsmedel-2023:r1"}
    # without the audits' years the traffic rows name two audits and are left out
    assert {rec.id for rec, _ in audit_rows(summary, audits)} == {"granskning-livsmedel-2023:r1"}


def test_summary_rows_may_name_their_audit_by_one_word_of_its_title(tmp_path):
    """A yearly summary's row that names its audit by a short name ("Livsmedel (2023)"): a topic word of that audit's
    title that no other audit's title has is enough."""
    from assistant.recommendations.docwork import DocWork
    from assistant.recommendations.link import _distinct_topic_words, audit_rows
    from assistant.recommendations.tracker import audits_from_docs

    short = SUMMARY.replace("Livsmedelskontrollens planering (2023)", "Livsmedel (2023)")
    assert short != SUMMARY
    docs = rendered_docs(tmp_path, {"granskning-kollektivtrafik-2024": AUDIT_TRAFFIC, "granskning-livsmedel-2023": AUDIT_FOOD,
                            "arsredogorelse-2025": short})
    audits = [a for a in audits_from_docs(docs[:2]) if a.recommendations]
    words = _distinct_topic_words(audits)
    assert words["granskning-livsmedel-2023"] and not set(words["granskning-livsmedel-2023"]) & set(
        words["granskning-kollektivtrafik-2024"])
    summary = DocWork(meta=docs[2].meta, pages=docs[2].pages, tables=docs[2].tables)
    assert "granskning-livsmedel-2023:r1" in {rec.id for rec, _ in audit_rows(summary, audits)}

# a letter set at one line pitch throughout, one paragraph a recommendation, most of them one line long: only where
# a line stops short of the margin after a full stop does a paragraph end (ingest.clean.ended_short)
ONE_PITCH = [
    "Trafiknämnden",
    "Datum: 2024-09-10",
    "Yttrande över revisionsrapporten Granskning av tillgängligheten i kollektivtrafiken",
    "Nämnden tackar för granskningen och har med intresse tagit del av rapportens iakttagelser",
    "och rekommendationer. Nämnden besvarar nedan i tur och ordning de rekommendationer som",
    "riktas till trafiknämnden.",
    "Hållplatsernas tillgänglighet har inventerats och en åtgärdsplan är upprättad.",
    "Nämnden avser inte att utbilda förarna särskilt i bemötande av resenärer.",
    "Arbetet med en årlig redovisning av fordonsflottans tillgänglighet pågår.",
]


def _one_pitch_letter(tmp_path: Path) -> FollowupDoc:
    """ONE_PITCH as a PDF set at one line pitch (tests.pdfs.make_pdf), read like any upload."""
    from tests.pdfs import make_pdf

    (tmp_path / "letters").mkdir()
    pdf = tmp_path / "letters" / "yttrande-trafik-2024.pdf"
    pdf.write_bytes(make_pdf([ONE_PITCH], title="Yttrande"))
    parsed = parse_pdf(pdf)
    return FollowupDoc(meta=parsed.meta.model_copy(update={"title": ONE_PITCH[2]}), pages=parsed.pages,
                       tables=parsed.tables)


def test_one_line_paragraphs_of_a_letter_answer_one_recommendation_each(tmp_path, embedder):
    letter = _one_pitch_letter(tmp_path)
    docs = rendered_docs(tmp_path, {"granskning-kollektivtrafik-2024": AUDIT_TRAFFIC}) + [letter]
    _, _, tracked = run(docs, embedder)
    items = {t.id.split(":")[-1]: t for t in tracked}
    assert items["r1"].status == "atgardad"
    assert items["r4"].status == "ej_atgardad"
    assert items["r3"].status == "delvis"
    for rid, line in (("r1", 6), ("r4", 7), ("r3", 8)):  # each status is cited from the paragraph about it
        assert items[rid].evidence[0].quote == ONE_PITCH[line]
    assert not items["r2"].evidence  # the recommendation to another committee is not answered


def test_each_follow_up_documents_own_status_is_kept_latest_first(tmp_path, embedder):
    """The letter of 2024 says the fleet report is in progress; the summary of 2026 says it is taken care of: the
    recommendation's status is the latest, and its history holds both, each with the sentence that says it."""
    letter = _one_pitch_letter(tmp_path)
    docs = rendered_docs(tmp_path, {"granskning-kollektivtrafik-2024": AUDIT_TRAFFIC, "granskning-livsmedel-2023": AUDIT_FOOD,
                            "arsredogorelse-2025": SUMMARY}) + [letter]
    _, _, tracked = run(docs, embedder)
    fleet = next(t for t in tracked if t.id == "granskning-kollektivtrafik-2024:r3")
    assert [(h.doc_id, h.status) for h in fleet.history] == [("arsredogorelse-2025", "atgardad"),
                                                             ("yttrande-trafik-2024", "delvis")]
    assert fleet.status == "atgardad"
    assert fleet.history[1].cited is not None and "pågår" in fleet.history[1].cited.quote
    assert all(h.reason for h in fleet.history)
    # a recommendation one document speaks to has a history of one
    stops = next(t for t in tracked if t.id == "granskning-kollektivtrafik-2024:r1")
    assert [(h.doc_id, h.status) for h in stops.history] == [("yttrande-trafik-2024", "atgardad")]


def test_status_over_time_is_shown_in_the_cli_and_read_by_the_ui_client():
    from assistant.cli.recommendations import render_table
    from assistant.recommendations.models import DocumentStatus, TrackedRecommendation
    from ui.client import Recommendation as UiRecommendation

    t = TrackedRecommendation(
        id="a:r1", report_doc_id="a", number=1, addressee="Trafiknämnden", text="Redovisa fordonsflottan.", page=3,
        status="atgardad", history=[
            DocumentStatus(doc_id="arsredogorelse-2025", date="2026-03", status="atgardad", reason="Omhändertagen."),
            DocumentStatus(doc_id="yttrande-2024", date="2024-09-10", status="delvis", reason="Arbetet pågår.")])
    text = render_table([t])
    assert "Status över tid" in text
    assert text.index("2026-03 arsredogorelse-2025") < text.index("2024-09-10 yttrande-2024")
    ui = UiRecommendation.model_validate(t.model_dump())
    assert [(h.doc_id, h.status) for h in ui.history] == [("arsredogorelse-2025", "atgardad"),
                                                          ("yttrande-2024", "delvis")]
    one = t.model_copy(update={"history": t.history[:1]})
    assert "Status över tid" not in render_table([one])  # one follow-up: its status is the status


# a yearly follow-up of several audits (its subject line speaks of audits in the plural), each audit under a heading
# of its own with a status table of short recommendation names, one row a committee
SECTIONED = """Uppföljning av tidigare års granskningar
Verksamhetsåret 2025
Stadsrevisionen, 2026-03-02

1. Inledning
Revisionskontoret följer årligen upp rekommendationerna i tidigare års granskningar. Granskningen av tillgängligheten resulterade i fyra rekommendationer.

2. Uppföljning av granskningen av tillgängligheten i kollektivtrafiken
Tabellen visar bedömningen per rekommendation och nämnd.

Nr | Rekommendation (kortform) | Nämnd | Status
1 | Inventering av hållplatser och åtgärdsplan | Trafiknämnden | Genomförd
2 | Beställningscentralens öppettider på helger | Servicenämnden | Ej påbörjad
4 | Förarnas utbildning i bemötande | Trafiknämnden | Delvis genomförd

3. Uppföljning av granskningen av livsmedelskontrollens planering
Nr | Rekommendation (kortform) | Nämnd | Status
1 | Riskbaserad kontrollplan | Miljönämnden | Genomförd
"""


def test_a_follow_up_of_several_audits_links_each_sections_table_to_its_audit(tmp_path, embedder):
    """A subject in the plural ("tidigare års granskningar") declares no one audit; a table under a heading that names
    one audit speaks to that audit's recommendations, row by row by what they are about (not by the committee the
    row names, nor by the number), and a sentence counting an audit's recommendations is no verdict."""
    from assistant.recommendations.link import declared_subject

    docs = rendered_docs(tmp_path, {"arsuppfoljning-2026": SECTIONED})
    assert declared_subject(docs[0].pages) is None
    items, links = _tracked(tmp_path, embedder, **{"arsuppfoljning-2026": SECTIONED})
    assert items["r1"].status == "atgardad"
    assert items["r2"].status == "ej_atgardad"
    assert items["r4"].status == "delvis"
    assert items["food-r1"].status == "atgardad"
    assert not items["r3"].evidence and not items["food-r2"].evidence
    assert not any("resulterade" in le.unit.quote for le in links)


def test_a_word_that_only_begins_like_a_title_word_names_no_audit():
    """"revisionskontoret" is not "Revisionsberättelse", and the kind of document (a revisionsberättelse "avseende …
    verksamheter") names no topic: a subject line of the audit office names no auditors' statement."""
    from assistant.recommendations.link import _short_name, names_audit
    from assistant.recommendations.models import AuditExtraction

    statement = AuditExtraction(report_doc_id="rb", title="Revisionsberättelse avseende Exempelstads verksamheter under 2024")
    assert not names_audit("uppföljning verksamhetsåret 2024 revisionskontoret", statement, 0.5)
    assert _short_name("skyfallshantering", {"skyfall"}) and not _short_name("personsäkerhet", {"personal"})


# a committee's response to a new audit that also reports, in a part of its own, on an earlier audit
TWO_PARTS = """Trafiknämnden
Datum: 2025-06-10
Till: Stadsrevisionen

Yttrande över revisionsrapporten Granskning av livsmedelskontrollens planering samt lägesrapport om tillgängligheten i kollektivtrafiken

Nämnden besvarar nedan revisorernas rekommendationer i den nya granskningen och redovisar läget i den tidigare.

Del 1 – Livsmedelskontrollens planering

Nämnden har tagit fram en riskbaserad kontrollplan för livsmedelsanläggningarna som gäller från 2025. Planen bygger på en genomgång av samtliga anläggningar och deras risker och har stämts av med miljöförvaltningen under våren.

Del 2 – Lägesrapport: tillgängligheten i kollektivtrafiken

Inventeringen av hållplatsernas tillgänglighet är klar och en åtgärdsplan med tidsatta åtgärder har beslutats av nämnden. Åtgärderna genomförs i den ordning som planen anger och följs upp i nämndens årsrapport varje år.
"""


def test_each_part_of_a_response_to_two_audits_speaks_to_its_own_audit(tmp_path, embedder):
    """A document that answers two audits is read part by part: the passage under the heading that names one audit
    speaks to that audit's recommendation it is like, and to no other audit's."""
    items, links = _tracked(tmp_path, embedder, **{"yttrande-trafiknamnden-2025": TWO_PARTS})
    assert items["food-r1"].status == "atgardad"
    assert items["r1"].status == "atgardad"
    assert not items["r3"].evidence and not items["food-r2"].evidence


TOPICS = """Trafiknämnden
Datum: 2025-03-02
Till: Stadsrevisionen

Yttrande över revisionsrapporten Granskning av tillgängligheten i kollektivtrafiken

Nämnden besvarar revisorernas rekommendationer under rubriker efter deras ämnen.

Förarnas bemötande

Frågan hanteras nu inom ett arbete som beslutades av nämnden i januari och som redovisas för nämnden två gånger per år framöver.
"""


def test_a_subheading_that_names_a_recommendation_by_subject_speaks_to_it(tmp_path):
    """A response answering under subheadings named after the recommendations' subjects: the paragraph under
    "Förarnas bemötande", which says nothing of its own subject, speaks to the recommendation on the drivers and to
    no other (the audit's own subject names none)."""
    from assistant.recommendations.docwork import DocWork
    from assistant.recommendations.followup import topic_units
    from assistant.recommendations.tracker import audits_from_docs

    docs = rendered_docs(tmp_path, {"granskning-kollektivtrafik-2024": AUDIT_TRAFFIC, "yttrande-2025": TOPICS})
    (audit,) = [a for a in audits_from_docs(docs[:1]) if a.recommendations]
    letter = DocWork(meta=docs[1].meta, pages=docs[1].pages, tables=docs[1].tables)
    linked = {(r.id.split(":")[-1], letter.units[i].text[:20]) for r, i, _ in topic_units(letter, audit.recommendations,
                                                                                          [audit.title])}
    assert {r for r, _ in linked} == {"r4"}


def test_a_part_headed_by_an_audits_short_name_is_that_audits_part(tmp_path):
    """A memo's numbered part headed by a word of one audit's title that no other audit's title has ("3. Livsmedel
    och miljö") follows up that audit; a heading of no audit's words follows up none."""
    from assistant.recommendations.docwork import DocWork
    from assistant.recommendations.link import audit_above
    from assistant.recommendations.tracker import audits_from_docs

    memo = """Stadsledningskontoret
Datum: 2026-02-01

PM om läget inom två områden

Denna promemoria ger kommunstyrelsen en samlad bild av läget inom två områden där styrelsen under året behöver
följa utvecklingen särskilt noga, och bygger på nämndernas årsrapporter och förvaltningarnas egna uppgifter.

1. Livsmedel och miljö

Miljönämnden har fastställt en riskbaserad kontrollplan som gäller från i år och följer den varje kvartal i nämnden.

2. Ekonomi och personal

Personalomsättningen minskade under året och sjukfrånvaron låg kvar på samma nivå som året innan i förvaltningen.
"""
    from ingest.models import Page

    docs = rendered_docs(tmp_path, {"granskning-kollektivtrafik-2024": AUDIT_TRAFFIC, "granskning-livsmedel-2023": AUDIT_FOOD})
    audits = [a for a in audits_from_docs(docs) if a.recommendations]
    text = "\n".join(line for line in memo.splitlines() if line.strip())  # one line a paragraph, as ingest gives them
    w = DocWork(meta=docs[0].meta.model_copy(update={"doc_id": "pm-2026", "title": "PM"}),
                pages=[Page(doc_id="pm-2026", number=1, text=text)], tables=[])
    by_no = {p.number: p for p in w.pages}
    parts = {u.text: [a.report_doc_id for a in audit_above(u, w, by_no, audits)] for u in w.units}
    assert any(v == ["granskning-livsmedel-2023"] and "Miljönämnden" in k for k, v in parts.items())
    assert all(v == [] for k, v in parts.items() if "Personalomsättningen" in k)


PER_COMMITTEE = """Revisionskontoret
PM
Datum: 2025-06-02
Ärende: Uppföljning av granskningen av tillgängligheten i kollektivtrafiken

Bakgrund

Stadsrevisionen granskade 2024 hur trafiknämnden och servicenämnden arbetar med tillgängligheten i
kollektivtrafiken. Granskningen ledde till fyra rekommendationer. Uppföljningen bygger på nämndernas
yttranden och på samtal med förvaltningarna under maj. Den redovisas per nämnd, och rekommendationerna
återges inte ordagrant.

Trafiknämnden

Alla busshållplatser i staden har nu gåtts igenom under våren, och en plan med åtgärder per
hållplats och år har beslutats av nämnden. Planen följs upp i nämndens årsrapport, och de första
ombyggnaderna görs på de mest trafikerade linjerna under hösten.

Förarna på två av tre linjer har gått en kurs i att möta resenärer som ser dåligt, och resten
av förarna går kursen i höst. Kursen har tagits fram tillsammans med en intresseförening och
ingår från och med i år i introduktionen för alla nyanställda förare.
"""


def test_paragraphs_under_a_committees_heading_speak_to_the_nearest_of_its_recommendations(tmp_path, embedder):
    """A memo per committee that paraphrases the recommendations: under "Trafiknämnden", which the audit addresses
    three recommendations, each paragraph speaks to the one it shares most content words with, else the one it is clearly
    nearest in meaning (no floor: the heading has narrowed the candidates), and never to one addressed to another
    committee."""
    from assistant.recommendations.docwork import DocWork
    from assistant.recommendations.followup import section_units
    from assistant.recommendations.tracker import audits_from_docs

    docs = rendered_docs(tmp_path, {"granskning-kollektivtrafik-2024": AUDIT_TRAFFIC, "pm-2025": PER_COMMITTEE})
    (audit,) = [a for a in audits_from_docs(docs[:1]) if a.recommendations]
    memo = DocWork(meta=docs[1].meta, pages=docs[1].pages, tables=docs[1].tables)
    recs = audit.recommendations
    vecs = dict(zip((r.id for r in recs), embedder.embed_passages([r.text for r in recs])))
    linked = {memo.units[i].text.split(". ", 1)[-1][:16]: r.id.split(":")[-1]
              for r, i, _ in section_units(memo, recs, set(), embedder, vecs)}
    assert linked == {"Alla busshållpla": "r1", "Förarna på två a": "r4"}
    # the words they share decide here, vectors or not
    assert [(r.id, i) for r, i, _ in section_units(memo, recs, set())] == \
        [(r.id, i) for r, i, _ in section_units(memo, recs, set(), embedder, vecs)]


def test_a_numbered_heading_joined_to_the_quoted_recommendation_opens_a_block_judged_per_committee():
    """"Rekommendation 2 "Förskolenämnden och … rekommenderas …"" on one line (the extraction joins the heading to the
    quote under it) opens the block for recommendation 2, and the committees' run-in paragraphs under it are
    judged each for itself."""
    from ingest.models import Page
    from assistant.recommendations.committees import by_subject
    from assistant.recommendations.segment import numbered_units

    text = ('Rekommendation 2 "Förskolenämnden och grundskolenämnden rekommenderas att upprätta rutiner."\n'
            "Förskolenämnden: En rutin har fastställts och används i alla förskolor.\n"
            "Grundskolenämnden: Arbetet med rutinen har ännu inte påbörjats.\n"
            "Rekommendation 3 Följ upp arbetet.\n"
            "Nämnderna har inte hunnit med detta.")
    units = [u for u in numbered_units("svar", [Page(doc_id="svar", number=1, text=text)]) if u.number == 2]
    assert units and "ännu inte påbörjats" in units[0].text and "Följ upp" not in units[0].text
    turns = by_subject(units[0].text, ["förskolenämnden", "grundskolenämnden"])
    assert set(turns) == {"förskolenämnden", "grundskolenämnden"}
    assert any("fastställts" in s for s in turns["förskolenämnden"])
    assert not any("fastställts" in s for s in turns["grundskolenämnden"])


def test_a_sender_line_that_lists_committees_names_them_all_and_an_apposition_names_only_the_first():
    from assistant.recommendations.committees import _sender_list

    joint = "Förskolenämnden, grundskolenämnden, socialnämnden Hisingen och socialnämnden Nordost"
    assert _sender_list(joint) == joint
    assert _sender_list("Revisionskontoret, på uppdrag av revisorerna för Bolaget i Staden AB") == "Revisionskontoret"


def test_the_quoted_recommendation_in_a_block_is_no_committees_own_sentence():
    from assistant.recommendations.committees import by_subject

    block = ('Rekommendation 2 "Förskolenämnden och grundskolenämnden rekommenderas att vidta åtgärder." '
             "Förskolenämnden: Något stöd har ännu inte tagits fram. Grundskolenämnden: Ett stöd prövas på tolv skolor.")
    turns = by_subject(block, ["förskolenämnden", "grundskolenämnden"])
    assert turns["förskolenämnden"] == ["Förskolenämnden: Något stöd har ännu inte tagits fram."]
    assert not any("rekommenderas" in s for ss in turns.values() for s in ss)


def test_a_paragraph_joined_to_the_next_parts_numbered_heading_belongs_to_that_part(tmp_path):
    """When the text layer joins a part's numbered heading to its first paragraph ("3.2 Livsmedel …" and the
    sentences under it, one unit), that paragraph is the new part's, not the part above's; a numbered heading
    ("3.3 Ekonomi") that names no audit ends the part above."""
    from ingest.models import Page
    from assistant.recommendations.docwork import DocWork
    from assistant.recommendations.link import audit_above
    from assistant.recommendations.models import EvidenceUnit
    from assistant.recommendations.tracker import audits_from_docs

    docs = rendered_docs(tmp_path, {"granskning-kollektivtrafik-2024": AUDIT_TRAFFIC, "granskning-livsmedel-2023": AUDIT_FOOD})
    audits = [a for a in audits_from_docs(docs) if a.recommendations]
    traffic = "3.1 Uppföljning av granskningen av kollektivtrafiken (granskning 2024)\nNämnden har infört tät uppföljning."
    food = "3.2 Livsmedel och miljö (granskning 2023)\nMiljönämnden har fastställt en riskbaserad kontrollplan."
    other = "3.3 Ekonomi och personal\nPersonalomsättningen minskade under året."
    text = "\n".join([traffic, food, other])
    w = DocWork(meta=docs[0].meta.model_copy(update={"doc_id": "rb-2026", "title": "Revisionsberättelse"}),
                pages=[Page(doc_id="rb-2026", number=1, text=text)], tables=[])
    by_no = {p.number: p for p in w.pages}

    def part(block: str) -> list[str]:
        u = EvidenceUnit(doc_id="rb-2026", page=1, quote=block, text=block.replace("\n", ". "), kind="paragraph")
        return [a.report_doc_id for a in audit_above(u, w, by_no, audits)]

    assert part(food) == ["granskning-livsmedel-2023"]
    assert part(other) == []


def test_in_an_audits_part_a_paragraph_where_one_committee_acts_speaks_to_its_recommendation():
    """A later statement's chapter on one audit: the paragraph in which one committee acts, or which a verdict on its
    recommendation ends, speaks to the recommendation the audit addresses to that committee alone."""
    from types import SimpleNamespace

    from assistant.recommendations.followup import _acting_committee_units

    recs = [SimpleNamespace(id="a:r1", addressees=["kommunstyrelsen"]),
            SimpleNamespace(id="a:r2", addressees=["tekniska nämnden"])]
    units = [SimpleNamespace(kind="paragraph", text="Kommunfullmäktige antog planen i juni. Vi bedömer därför att "
                                                     "kommunstyrelsen endast delvis har utvecklat styrningen."),
             SimpleNamespace(kind="paragraph", text="Beslut fattades i oktober. Rekommendationen till tekniska "
                                                     "nämnden bedöms därmed vara åtgärdad."),
             SimpleNamespace(kind="paragraph", text="Kommunstyrelsen och tekniska nämnden har haft möten.")]
    d = SimpleNamespace(units=units)
    found = _acting_committee_units(d, recs, {0: "a", 1: "a", 2: "a"}, "a")
    assert [(r.id, i) for r, i in found] == [("a:r1", 0), ("a:r2", 1)]


def test_a_numbered_subsection_that_names_no_audit_is_part_of_the_section_above_it(tmp_path):
    """A subsection ("2.1 Miljönämnden") that names no audit belongs to its numbered section ("2. Livsmedel och miljö
    (granskning 2023)"), however many sibling subsections come between; a section of its own ("3. Ekonomi") that
    names none still ends the part."""
    from ingest.models import Page
    from assistant.recommendations.docwork import DocWork
    from assistant.recommendations.link import audit_above
    from assistant.recommendations.models import EvidenceUnit
    from assistant.recommendations.tracker import audits_from_docs

    docs = rendered_docs(tmp_path, {"granskning-kollektivtrafik-2024": AUDIT_TRAFFIC, "granskning-livsmedel-2023": AUDIT_FOOD})
    audits = [a for a in audits_from_docs(docs) if a.recommendations]
    blocks = [
        "1. Uppföljning av granskningen av kollektivtrafiken (granskning 2024)\nVid förra uppföljningen var inget gjort.",
        "1.1 Kollektivtrafiknämnden\nNämnden har sedan dess infört tät uppföljning av avtalen.",
        "2. Livsmedel och miljö (granskning 2023)\nVid förra uppföljningen hade arbetet påbörjats.",
        "2.1 Miljönämnden\nNämnden har fastställt en riskbaserad kontrollplan.",
        "2.2 Övriga iakttagelser\nPlanen följs upp varje kvartal.",
        "3. Ekonomi och personal\nPersonalomsättningen minskade under året.",
        "3.1 Rekrytering\nTvå revisorer anställdes.",
    ]
    text = "\n".join(blocks)
    w = DocWork(meta=docs[0].meta.model_copy(update={"doc_id": "pm-2026", "title": "PM Uppföljning"}),
                pages=[Page(doc_id="pm-2026", number=1, text=text)], tables=[])
    by_no = {p.number: p for p in w.pages}

    def part(block: str) -> list[str]:
        body = block.split("\n", 1)[1]  # the paragraph under the heading, placed on its page by its words
        u = EvidenceUnit(doc_id="pm-2026", page=1, quote=body, text=body, kind="paragraph")
        return [a.report_doc_id for a in audit_above(u, w, by_no, audits)]

    assert part(blocks[1]) == ["granskning-kollektivtrafik-2024"]
    assert part(blocks[3]) == ["granskning-livsmedel-2023"]
    assert part(blocks[4]) == ["granskning-livsmedel-2023"]
    assert part(blocks[6]) == []


LETTERED = """Trafiknämnden
Datum: 2025-04-02
Till: Stadsrevisionen

Yttrande över revisionsrapporten Granskning av tillgängligheten i kollektivtrafiken

Rekommendationernas benämning i yttrandet
Nämnden besvarar rekommendationerna samlat efter sakområde och benämner dem därför så här:
a) att utbilda förarna i bemötande av resenärer med synnedsättning, b) att årligen redovisa hur tillgängligheten i fordonsflottan utvecklas, c) att inventera hållplatsernas tillgänglighet och upprätta en åtgärdsplan med tidsatta åtgärder.

Rekommendation a
Samtliga förare har under hösten 2024 genomgått en utbildning i bemötande av resenärer med synnedsättning.

Rekommendation b och c
Nämnden har ännu inte påbörjat arbetet med den årliga redovisningen eller med inventeringen av hållplatserna. Arbetet avses starta först under 2026.
"""


def test_recommendations_lettered_by_the_response_itself_are_linked_by_the_keys_words(tmp_path, embedder):
    """A response that letters the recommendations itself in another order than the audit's ("a) att utbilda
    förarna …" is the audit's fourth) and answers them under "Rekommendation a", "Rekommendation b och c": each block
    speaks to the recommendation its key's words restate, not to the audit's first, second or third."""
    items, links = _tracked(tmp_path, embedder, **{"yttrande-trafik-bokstaver-2025": LETTERED})
    own = {le.rec_id.split(":")[-1]: le.judgement.status for le in links
           if le.unit.doc_id == "yttrande-trafik-bokstaver-2025" and le.unit.restates}
    assert own == {"r4": "atgardad", "r3": "ej_atgardad", "r1": "ej_atgardad"}
    assert items["r4"].status == "atgardad"
    assert items["r1"].status == "ej_atgardad" and items["r3"].status == "ej_atgardad"
