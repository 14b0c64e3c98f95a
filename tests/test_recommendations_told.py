"""Recommendation forms read structurally, on typed pages as ingest gives them (own wording, not the eval's):
- "X bör …" in the auditors' assessment ("Bedömning") recommends; the same under the findings does not;
- a run-in label without a number ("Rekommendation: Nämnden bör …");
- "uppmanar" and a phrase before the verb ("Mot bakgrund av detta föreslår vi att styrelsen för X AB" + a list);
- a proposal made to no organ ("Vi föreslår att den som läser …") is no recommendation;
- a caption before a recommendations table ("Tabell 3. Rekommendationer Nr Rekommendation Ansvarig 1 …");
- a chapter title per committee ("Granskningsredogörelse – Kulturnämnden") resolves "nämnden" below it;
- the auditors' summary of a year tells its audits' recommendations in the past tense: kept (restated, promoted while
  the audit is not at hand), except under a follow-up heading or when the sentence dates its audit years before;
- in any other report a past-tense recommendation tells an earlier audit's and is not this report's."""

from __future__ import annotations

from assistant.recommendations.extract import extract_audit
from assistant.recommendations.promote import promote
from ingest.models import DocumentMeta, Page


def _audit(pages: list[str], dtype: str = "granskningsrapport", title: str = "Granskning av bidragshantering",
           date: str | None = "2025-02-10"):
    meta = DocumentMeta(doc_id="doc-x", title=title, document_type=dtype, year=2025, date=date,
                        file_name="doc-x.pdf", sha256="0")
    return extract_audit(meta, [Page(doc_id="doc-x", number=n, text=t) for n, t in enumerate(pages, 1)])


def _recs(pages: list[str], **kw):
    return promote([_audit(pages, **kw)])[0].recommendations


# (one line a paragraph, as ingest joins a paragraph's lines)
ASSESSMENT = """3 Bidragsgivning
3.1 Iakttagelser
Handläggaren uppger att nämnden bör se över blanketterna. Enligt riktlinjen bör ansökningar diarieföras samma dag.
3.2 Bedömning
Vi bedömer att kontrollen av bidragen är bristfällig. Fritidsnämnden bör därför införa en stickprovskontroll av \
redovisade bidrag. Vi konstaterar också att besluten saknar motivering.
4 Ekonomi
4.1 Iakttagelser
Fritidsnämnden bör enligt reglementet redovisa utfallet två gånger per år."""


def test_bor_in_the_assessment_recommends_and_not_in_the_findings():
    recs = _recs([ASSESSMENT])
    assert [r.text for r in recs] == ["Fritidsnämnden bör därför införa en stickprovskontroll av redovisade bidrag."]
    assert recs[0].addressees == ["Fritidsnämnden"]


RUNIN = """2 Registrering
Bedömning Vi bedömer att registreringen sker för sent.
Rekommendation: Kulturnämnden bör säkerställa att ansökningar registreras inom två dagar.
3 Arkiv
Bedömning Arkivet sköts väl och vi lämnar ingen rekommendation."""


def test_a_run_in_label_without_a_number_opens_a_recommendation():
    recs = _recs([RUNIN])
    assert [(r.addressees, r.text[:40]) for r in recs] == [(["Kulturnämnden"], "Kulturnämnden bör säkerställa att ansökn")]


PROPOSALS = """Sammanfattning
Vi föreslår att den som har ont om tid läser avsnitt fem först.
5 Förslag till åtgärder Mot bakgrund av granskningen föreslår vi att styrelsen för Norrby Hamn AB
a) fastställer en underhållsplan för kajerna,
b) redovisar kostnaden för eftersatt underhåll varje år.
Revisorerna uppmanar kommunstyrelsen att begära in bolagets underhållsplan."""


def test_proposals_to_an_organ_a_fronted_phrase_and_uppmanar():
    recs = _recs([PROPOSALS])
    assert [(r.addressees, r.text[:30]) for r in recs] == [
        (["Norrby Hamn AB"], "fastställer en underhållsplan "), (["Norrby Hamn AB"], "redovisar kostnaden för efters"),
        (["Kommunstyrelsen"], "Revisorerna uppmanar kommunsty")]


TABLE = """6 Samlad bedömning och rekommendationer
Vår samlade bedömning är att uppföljningen inte är tillräcklig.
Tabell 3. Rekommendationer Nr Rekommendation Ansvarig 1 Inför en årlig kontroll av avtalen Tekniska nämnden
2 Upprätta en rutin för avtalsförvaltning Tekniska nämnden"""


def test_a_caption_before_a_recommendations_table():
    recs = _recs([TABLE])
    assert [(r.addressees, r.text) for r in recs] == [(["Tekniska nämnden"], "Inför en årlig kontroll av avtalen"),
                                                     (["Tekniska nämnden"], "Upprätta en rutin för avtalsförvaltning")]


CHAPTERS = """Granskningsredogörelse – Kulturnämnden Kulturnämnden redovisar ett underskott.
Revisorerna uppmanar nämnden att ta fram en åtgärdsplan för budgeten.
Granskningsredogörelse – Fritidsnämnden Fritidsnämnden redovisar ett resultat i balans.
Revisorerna uppmanar nämnden att dokumentera sin riskanalys."""


def test_each_committees_chapter_resolves_the_nämnden_below_it():
    recs = _recs([CHAPTERS], dtype="revisionsberattelse", title="Revisionsberättelse för år 2024")
    assert [r.addressees for r in recs] == [["Kulturnämnden"], ["Fritidsnämnden"]]


SUMMARY = ["""ÖSTERBY KOMMUN
Revisorernas årsredogörelse 2024
3 Årets granskningar
3.1 Granskning av bostadsanpassning
Granskningen visade brister i handläggningen. Vi rekommenderade socialnämnden att korta handläggningstiderna för
ansökningar om bostadsanpassning.
3.2 Granskning av vinterväghållning
Tekniska nämnden rekommenderades att följa upp entreprenörens insatser varje vecka.
I granskningen av snöröjningen 2019 rekommenderades nämnden att upphandla fler entreprenörer.""",
           """4 Uppföljning av 2021 års granskning av upphandling
Revisorerna rekommenderade kommunstyrelsen att införa en avtalsdatabas. Det har nu gjorts."""]


def test_a_yearly_summary_tells_its_audits_recommendations():
    recs = _recs(SUMMARY, dtype="verksamhetsberattelse", title="Revisorernas årsredogörelse 2024")
    assert [(r.addressees, r.text[:40]) for r in recs] == [
        (["Socialnämnden"], "Vi rekommenderade socialnämnden att kort"),
        (["Tekniska nämnden"], "Tekniska nämnden rekommenderades att föl")]
    assert all(r.earlier for r in recs)  # told, not given here: followed up in the summary itself only


def test_in_an_audit_report_a_past_tense_recommendation_is_an_earlier_audits():
    recs = _recs(["""2 Bakgrund
Stadsrevisionen rekommenderade 2021 nämnden att införa en rutin för bidragen.
5 Rekommendationer
Vi rekommenderar fritidsnämnden att följa upp bidragen årligen."""])
    assert [r.text[:34] for r in recs] == ["Vi rekommenderar fritidsnämnden at"]
