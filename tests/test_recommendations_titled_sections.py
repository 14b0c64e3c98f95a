"""The audit office's follow-up report with a section per recommendation, its heading naming the recommendation by
number after its subject ("2.2 Färdtjänstens öppettider (rekommendation 2)"): the section is that recommendation's
block, to the next heading; a paragraph in it speaks to no other recommendation, however like another it reads; a
section number ("2.1") is no recommendation number; a verdict on a recommendation named by its letter ("rekommendation
d är delvis omhändertagen") is a verdict. Rendered to a real PDF and read by pdfplumber."""

from __future__ import annotations

from assistant.recommendations.classify import judge_prose
from assistant.recommendations.segment import numbered_units
from assistant.recommendations.tracker import run
from ingest.models import Page
from tests.rendered_docs import rendered_docs
from tests.test_recommendations_followup_styles import AUDIT_TRAFFIC

FOLLOWUP = """Uppföljning av granskningen av tillgängligheten i kollektivtrafiken
Stadsrevisionen, Exempelstads kommun
Datum: 2025-11-03

1 Inledning
Revisionskontoret har under hösten 2025 följt upp hur nämnderna har hanterat granskningens fyra rekommendationer.

2 Uppföljning per rekommendation

2.1 Inventering av hållplatserna (rekommendation 1)
Trafiknämnden har inventerat samtliga hållplatser under 2024 och beslutat om en åtgärdsplan med tidsatta åtgärder.

2.2 Färdtjänstens öppettider (rekommendation 2)
Servicenämnden har utrett frågan om helgöppet utan att fatta beslut.
Trafiknämnden redovisar sedan 2025 årligen för nämnden hur tillgängligheten i fordonsflottan utvecklas, och \
servicenämnden har använt den redovisningen i sin utredning.
Bedömning: För servicenämnden bedöms rekommendationen som inte genomförd.

2.3 Fordonsflottans tillgänglighet (rekommendation 3)
Måtten för fordonsflottans tillgänglighet har ännu inte tagits fram.
Bedömning: Rekommendationen är inte genomförd.

Samlad bedömning
Revisionskontoret bedömer att en av fyra rekommendationer är genomförd.
"""


def test_a_section_titled_by_its_recommendation_speaks_to_it_alone(tmp_path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-kollektivtrafik-2024": AUDIT_TRAFFIC,
                                    "uppfoljning-kollektivtrafik-2025": FOLLOWUP})
    _, links, tracked = run(docs, embedder)
    items = {t.id.split(":")[-1]: t for t in tracked}
    assert items["r1"].status == "atgardad"
    assert items["r2"].status == "ej_atgardad"
    assert items["r3"].status == "ej_atgardad"
    # the sentences on the fleet inside the section on recommendation 2 are no evidence for recommendation 3
    assert not [le for le in links if le.rec_id.endswith(":r3") and "Färdtjänstens öppettider" in le.unit.text]


def test_a_section_number_is_no_recommendation_number():
    page = Page(doc_id="u", number=1, text="2 Uppföljning per rekommendation\n2.1 Inventering av hållplatserna "
                "(rekommendation 1)\nTrafiknämnden har inventerat hållplatserna.\nBedömning: Genomförd.\n"
                "2.2 Färdtjänstens öppettider (rekommendation 2)\nServicenämnden har inte beslutat.\n"
                "Samlad bedömning\nEn av två rekommendationer är genomförd.")
    units = numbered_units("u", [page])
    assert sorted(u.number for u in units) == [1, 2]
    first = next(u for u in units if u.number == 1)
    assert "Bedömning: Genomförd." in first.quote and "Servicenämnden" not in first.quote
    second = next(u for u in units if u.number == 2)
    assert "Samlad" not in second.quote  # the titled section ends at the next short heading


def test_a_verdict_on_a_lettered_recommendation():
    said = ("Ett stödmaterial har tagits fram, men effekterna kan inte bedömas förrän våren 2026. Nämnden bedömer "
            "sammantaget att rekommendation d är delvis omhändertagen.")
    assert judge_prose(said).status == "delvis"


def test_a_running_footer_and_a_summing_heading_end_a_committees_turn():
    """A section judging committees in turn that runs on over a page break: the running footer's page number ("4 (5)")
    ends a sentence, and what follows the heading "Samlad bedömning" sums up for all, not for the last committee
    named."""
    from assistant.recommendations.committees import by_subject

    names = ["Trafiknämnden", "Servicenämnden"]
    text = ("Trafiknämnden har infört en ny rutin. Servicenämnden har inte vidtagit några åtgärder. Stadsrevisionen, "
            "Uppföljning av kollektivtrafiken 3 (4) Samlad bedömning Revisionskontoret bedömer att två av fyra "
            "rekommendationer är delvis omhändertagna.")
    turns = by_subject(text, names)
    assert not any("Samlad" in s for s in turns["Servicenämnden"])
