"""How a follow-up document's parts are read:
- a subject line about the form of the follow-up ("Uppföljning av rekommendationer – redovisning per nämnd") names no
  audit, so the audits the memo follows up are read from its text, not dropped as undeclared;
- an unnamed follow-up heading inside a numbered subsection ("3.1 …" / "Uppföljning av X" / "3.2 …") ends where that
  subsection ends: the next subsection, about another audit, is not read as following up X."""

from __future__ import annotations

from assistant.recommendations.link import declared_subject
from assistant.recommendations.reference import sections
from ingest.models import Page


def _page(n: int, text: str) -> Page:
    return Page(doc_id="pm", number=n, text=text)


def test_a_subject_about_the_form_of_the_follow_up_declares_no_audit():
    form = _page(1, "PM\nDatum: 2026-03-01\nUppföljning av rekommendationer – redovisning per nämnd\n"
                    "Revisionskontoret har sammanställt nämndernas arbete.")
    assert declared_subject([form]) is None
    named = _page(1, "PM\nDatum: 2026-03-01\nUppföljning av granskningen av parkernas skötsel\n"
                     "Revisionskontoret har följt upp granskningen.")
    assert declared_subject([named]) == "parkernas skötsel"


def test_a_plural_subject_noun_is_read_whole_and_declares_several_audits_not_a_truncated_one():
    # "granskningar"/"rapporterna" is not "granskning"/"rapporten" with a stray ending: the subject line of a follow-up
    # of several audits declares none of them (read from the text), never the remnant "ar utförda 2024"
    for line in ("Uppföljning av granskningar utförda under 2024", "Uppföljning av granskningarna från 2024",
                 "Yttrande över revisionsrapporterna om lokalvård och städning"):
        page = _page(1, f"PM\nDatum: 2026-02-01\n{line}\nRevisionskontoret har gått igenom nämndernas svar.")
        assert declared_subject([page]) is None, line
    single = _page(1, "PM\nDatum: 2026-02-01\nYttrande över granskningen av lokalvården\nNämnden svarar.")
    assert declared_subject([single]) == "lokalvården"


def test_an_unnamed_follow_up_heading_ends_with_its_numbered_subsection():
    pages = [_page(1, "3. Parknämnden\n3.1 Granskningen av parkernas skötsel (2024)\n"
                      "Uppföljning av skötselplanerna\nSkötselplaner finns nu för alla parker.\n"
                      "3.2 Granskningen av lekplatsernas säkerhet (2025)\n"
                      "Besiktningar görs sedan 2025 två gånger per år.\n4. Kulturnämnden\nInget att rapportera.")]
    followups = [s for s in sections(pages) if s.names is not None]
    assert len(followups) == 1
    text = followups[0].text
    assert "skötselplaner finns nu" in text
    assert "besiktningar" not in text and "3.2" not in text
    # at the top level (no numbered section around it) it runs to the next top-level heading, as before
    top = [_page(1, "Uppföljning av skötselplanerna\nSkötselplaner finns nu för alla parker.\n"
                    "1.1 Detaljer\nPlanerna antogs i maj.\n2. Övrigt\nInget att rapportera.")]
    (only,) = [s for s in sections(top) if s.names is not None]
    assert "planerna antogs i maj" in only.text and "inget att rapportera" not in only.text


def test_a_follow_up_heading_names_an_audit_by_most_of_its_topic_words():
    """"Uppföljning av studieron" (a topic of one recommendation) is no follow-up of the audit "trygghet och
    studiero"; "Uppföljning av granskningen av trygghet och studiero" is."""
    from assistant.recommendations.link import names_audit
    from assistant.recommendations.models import AuditExtraction
    from assistant.recommendations.reference import HEADING_SHARE, followup_heading

    audit = AuditExtraction(report_doc_id="a", title="Granskning av arbetet med trygghet och studiero")
    topic = followup_heading("Uppföljning av studieron")[0]
    whole = followup_heading("Uppföljning av granskningen av trygghet och studiero (2024)")[0]
    assert not names_audit(topic, audit, HEADING_SHARE)
    assert names_audit(whole, audit, HEADING_SHARE)
