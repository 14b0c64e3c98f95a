"""The tracker on real Göteborg audit summaries (tests/data/gbg-*.pdf) and on generated audits and follow-ups:
lead-ins, "X rekommenderas att", "Stadsrevisionen rekommenderar X att", missiv + body merged, addressees,
identity, no invented recommendations, follow-up sections linked by reference, never from another audit."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.recommendations.criticism import criticisms
from assistant.recommendations.extract import extract_audit
from assistant.recommendations.followup import FollowupDoc
from assistant.recommendations.tracker import run
from ingest import parse_pdf
from tests.pdfs import write_pdf
from tests.parsed_pdfs import parsed as parsed_pdf

DATA = Path(__file__).resolve().parent / "data"


def _flat(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


@pytest.fixture(scope="module")
def parsed():
    return {n: parsed_pdf(DATA / f"{n}.pdf") for n in (
        "gbg-granskning-skyfall-2022", "gbg-granskning-trygghet-studiero-2024", "gbg-granskning-hemvardsbidrag-2023")}


def test_recommender_sentences_give_one_item_each_with_its_committee(parsed):
    d = parsed["gbg-granskning-skyfall-2022"]
    a = extract_audit(d.meta, d.pages)
    assert len(a.recommendations) == 2
    assert [r.addressees for r in a.recommendations] == [["Kommunstyrelsen"], ["Kretslopp och vattennämnden"]]
    assert "skyfallshantering" in a.identity.title.lower()
    assert a.identity.auditor == "Stadsrevisionen" and a.identity.organisation == "Göteborgs Stad"
    for r in a.recommendations:  # the text is an exact span of its page
        assert r.text in _flat(next(p.text for p in d.pages if p.number == r.page))


def test_missiv_and_body_printings_merge_and_collective_addressees_resolve(parsed):
    d = parsed["gbg-granskning-trygghet-studiero-2024"]
    a = extract_audit(d.meta, d.pages)
    assert len(a.recommendations) == 5  # printed in the missiv (p. 1) and the summary (p. 2): counted once
    assert a.merged_duplicates == 5
    assert all(r.pages == [1, 2] for r in a.recommendations)
    collective = [r for r in a.recommendations if r.text.startswith("Nämnderna")]
    assert collective and all(r.addressees == ["Grundskolenämnden", "Utbildningsnämnden"] for r in collective)
    assert a.identity.date == "2024-09-24"


def test_a_list_continues_over_a_page_break_and_compound_names_split(parsed):
    d = parsed["gbg-granskning-hemvardsbidrag-2023"]
    a = extract_audit(d.meta, d.pages)
    assert [r.page for r in a.recommendations] == [3, 4, 4, 4]
    assert a.recommendations[0].addressees == ["Nämnden för funktionsstöd", "Äldre samt vård- och omsorgsnämnden"]
    assert a.recommendations[-1].addressees == ["Äldre samt vård- och omsorgsnämnden"]
    assert not any("bör" in r.text.split(" rekommenderas")[0] for r in a.recommendations)


AUDIT_WITHOUT = [
    "Revisionsrapport\nGranskning av vinterväghållningen i Exempelby kommun\nDatum: 2024-05-02",
    "Sammanfattning\nGatunämnden bör enligt reglementet ansvara för snöröjningen. Planen ska revideras varje år.\n"
    "Vår bedömning är att nämnden i allt väsentligt har en ändamålsenlig styrning av vinterväghållningen.\n"
    "Nämnden ska enligt kommunallagen se till att verksamheten bedrivs enligt fullmäktiges mål.",
]


def test_an_audit_without_recommendations_yields_none(tmp_path):
    d = parse_pdf(write_pdf(tmp_path / "granskning-vinterväghållning.pdf", AUDIT_WITHOUT, title="Granskning av vinterväghållningen"))
    assert extract_audit(d.meta, d.pages).recommendations == []


STATEMENT = [
    ("Title", "Revisionsberättelse 2025 för Göteborgs Stads nämnder"), ("Normal", "Datum: 2026-03-30"),
    ("Heading1", "4 Uppföljning av tidigare granskning"),
    ("Heading2", "4.1 Uppföljning av trygghet och studiero"),
    ("Normal", "Revisionskontoret granskade år 2024 arbetet med trygghet och studiero. Granskningen resulterade i "
               "följande rekommendationer till nämnden:"),
    ("Normal", "Nämnden rekommenderas att säkerställa att personalen anmäler upplevda kränkningar till rektorn."),
    ("Normal", "Förvaltningen har infört en ny rutin för anmälan som alla skolor använder sedan januari 2025."),
    ("Heading3", "4.1.1 Bedömning"),
    ("Normal", "Revisionskontoret bedömer att nämnden har omhändertagit rekommendationerna."),
    ("Heading2", "4.2 Uppföljning av skolskjutsar"),
    ("Normal", "Revisionskontoret granskade år 2024 skolskjutsarna. Granskningen resulterade i följande rekommendation:"),
    ("Normal", "Nämnden rekommenderas att följa upp skolskjutsavtalen."),
    ("Heading3", "4.2.1 Bedömning"),
    ("Normal", "Revisionskontoret bedömer att nämnden inte har omhändertagit rekommendationen. Rekommendationen kvarstår."),
]


def write_statement(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from tests.test_recommendations_docs import _styles

    ss, _ = _styles()
    story = []
    for style, text in STATEMENT:
        story += [Paragraph(text, ss[style]), Spacer(1, 6)]
    SimpleDocTemplate(str(path), pagesize=A4, title="Revisionsberättelse 2025").build(story)
    return path


def test_a_follow_up_section_gives_status_by_reference_and_never_another_audits(parsed, tmp_path):
    st = parse_pdf(write_statement(tmp_path / "revisionsberattelse-2025.pdf"))
    docs = [FollowupDoc(meta=d.meta, pages=d.pages) for d in (*parsed.values(), st)]
    _, _, tracked = run(docs, None)
    mine = {t.number: t for t in tracked if t.report_doc_id == parsed["gbg-granskning-trygghet-studiero-2024"].meta.doc_id}
    restated = [t for t in mine.values() if "anmäler upplevda kränkningar" in t.text]
    assert len(restated) == 1 and restated[0].status == "atgardad"  # the section restates it and judges it
    assert all(t.status == "oklart" and not t.evidence for t in mine.values() if t not in restated)
    for t in restated:
        assert t.link == "certain" and t.evidence and t.reason
        ev = t.evidence[0]
        assert ev.doc_id == st.meta.doc_id and "har omhändertagit" in ev.quote
        assert _flat(ev.quote) in _flat(next(p.text for p in st.pages if p.number == ev.page))
        # the status cites the verdict sentence as printed on its page, and the reason quotes it
        assert t.cited is not None and "har omhändertagit" in t.cited.quote
        assert t.cited.quote in next(p.text for p in st.pages if p.number == t.cited.page)
        assert _flat(t.cited.quote).rstrip(".") in t.reason
    # the school-transport audit is not in the library: its quoted recommendation is tracked as the statement's
    # own (an earlier audit's), with the statement's verdict; "kvarstår" never reaches the other audits
    (quoted,) = [t for t in tracked if t.earlier]
    assert quoted.report_doc_id == st.meta.doc_id and "skolskjutsavtalen" in quoted.text
    assert quoted.status == "ej_atgardad" and quoted.evidence[0].doc_id == st.meta.doc_id
    others = [t for t in tracked if t.report_doc_id != parsed["gbg-granskning-trygghet-studiero-2024"].meta.doc_id
              and not t.earlier]
    assert all(t.status == "oklart" and not t.evidence for t in others)


def test_formal_criticism_names_the_committee_and_what_for(tmp_path):
    text = ["Revisionsberättelse 2025\nVid revisionens granskning har kritik framförts mot en nämnd.\n"
            "Anmärkning har riktats mot gatunämnden. Anledningen är att nämnden upphandlat utan konkurrens.",
            "Gatunämnden\nYttrande gällande anmärkning från revisorerna\nNämnden instämmer i kritiken och har ändrat "
            "sina rutiner för direktupphandling."]
    d = parse_pdf(write_pdf(tmp_path / "rb-2025.pdf", text, title="Revisionsberättelse 2025"))
    found = criticisms(d.meta, d.pages)
    assert len(found) == 1
    c = found[0]
    assert (c.committee, c.kind, c.page) == ("Gatunämnden", "anmärkning", 1)
    assert "upphandlat utan konkurrens" in c.for_what
    assert c.response_page == 2 and "instämmer" in c.response_quote


def test_blind_eval_scores_extraction_and_reports_unreadable_audits(parsed, tmp_path):
    import json

    from eval.recommendations_blind import evaluate_blind, render_rows

    d = parsed["gbg-granskning-skyfall-2022"]
    recs = extract_audit(d.meta, d.pages).recommendations
    gold = {"audits": [
        {"doc": d.meta.doc_id, "title": "Styrning och uppföljning av stadens skyfallshantering", "organisation": "Göteborgs Stad",
         "auditor": "Stadsrevisionen", "date": None, "diary_number": None,
         "recommendations": [{"id": "a1", "text": recs[0].text, "quote": recs[0].text[:60], "pages": [1],
                              "addressees": ["Kommunstyrelsen"]},
                             {"id": "a2", "text": "Kommunstyrelsen rekommenderas att se över taxorna.", "quote": "",
                              "pages": [2], "addressees": ["Kommunstyrelsen"]}]},
        {"doc": "en-skannad-granskning", "recommendations": [{"id": "b1", "text": "x", "pages": [1], "addressees": []}]}],
        "followups": [], "criticism": [], "no_recommendations": []}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    rep = evaluate_blind(path, [FollowupDoc(meta=d.meta, pages=d.pages)], None, "mini")
    assert (rep.extracted, rep.matched, rep.gold) == (2, 1, 2)
    assert rep.extraction_precision == 0.5 and rep.extraction_recall == 0.5 and rep.extraction_recall_all == 0.3333
    assert rep.addressee_accuracy == 1.0 and rep.unreadable == ["en-skannad-granskning"]
    assert rep.identity["auditor"] == 1.0 and rep.identity["title"] == 1.0
    lines = render_rows({"mini": rep.model_dump()})
    assert any(ln.startswith("| extraction precision | 50.0 %") for ln in lines)
