"""A committee's protocol extract with its reply attached, on a real PDF (rendered from a small text, read by
pdfplumber): the decision's numbered points ("Trafiknämnden beslutar: 1. Förvaltningens förslag … godkänns") are no
answers to the audit's points 1 and 2; the reply's paragraphs are. A letterhead that runs the organisation's name into
the committee's ("Göteborgs Stad Äldre samt vård- och omsorgsnämnden") names the committee whole."""

from __future__ import annotations

from assistant.recommendations.committees import outline
from assistant.recommendations.tracker import run
from ingest.models import Page
from tests.rendered_docs import rendered_docs
from tests.test_recommendations_followup_styles import AUDIT_TRAFFIC

PROTOCOL = """Exempelstads kommun Trafiknämnden
PROTOKOLLSUTDRAG
Sammanträdesdatum: 2025-05-14

§ 88   Dnr TN 2025/0042

Yttrande till stadsrevisionen över granskningen av tillgängligheten i kollektivtrafiken

Beslut
Trafiknämnden beslutar:
1. Förvaltningens förslag till yttrande godkänns och översänds till stadsrevisionen.
2. Paragrafen förklaras omedelbart justerad.

Bilaga: Trafiknämndens yttrande
Trafiknämnden tackar för granskningen och besvarar rekommendationerna nedan efter område.

Hållplatserna
Nämnden har inventerat samtliga hållplatser under 2024 och beslutat om en åtgärdsplan med tidsatta åtgärder för \
hållplatsernas tillgänglighet.

Förarnas bemötande
Utbildningen av förarna i bemötande av resenärer med synnedsättning har påbörjats, och hälften av förarna har gått den.
"""


def test_a_decisions_numbered_points_are_not_the_audits(tmp_path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-kollektivtrafik-2024": AUDIT_TRAFFIC, "protokoll-trafik-2025": PROTOCOL})
    _, links, tracked = run(docs, embedder)
    items = {t.id.split(":")[-1]: t for t in tracked}
    assert items["r1"].status == "atgardad"
    assert items["r4"].status == "delvis"
    assert not items["r2"].evidence  # the service committee's recommendation: not the decision's point 2
    decided = [le for le in links if "Paragrafen förklaras" in le.unit.text or "Förvaltningens förslag" in le.unit.text]
    assert decided == []


def test_a_letterhead_run_into_the_organisations_name_gives_the_committee_whole():
    page = Page(doc_id="p", number=1, text="Göteborgs Stad Äldre samt vård- och omsorgsnämnden\nPROTOKOLLSUTDRAG\n"
                                           "Nämnden har beslutat om en ny rutin.")
    assert "Äldre samt vård- och omsorgsnämnden" in outline([page]).senders
