"""Status lines that say which committees they are for ("Bedömning: omhändertagen (parknämnden).", "Bedömning
kulturnämnden: delvis omhändertagen.", "Bedömning: inte omhändertagen för A, delvis omhändertagen för B och C samt
omhändertagen för D.", "… för båda nämnderna"): each committee gets the status its line gives it, with that line as
the evidence. On a real rendered and parsed PDF, with the rules judge."""

from __future__ import annotations

from assistant.recommendations.classify import RulesJudge
from assistant.recommendations.committees import labelled_turns, speaks_for
from assistant.recommendations.docwork import DocWork
from assistant.recommendations.models import Recommendation
from eval.tracker_letters import render
from ingest.parse import parse_pdf

LETTER_TEXT = """Uppföljning av granskningen av skötseln av parker och kulturmiljöer
Avsändare: Revisionskontoret, Exempelby kommun
Datum: 2025-06-10

Revisionskontoret har följt upp granskningen av skötseln av stadens parker och kulturmiljöer från 2024.

Rekommendation 1 – underhållsplan

Parknämnden har under hösten 2024 antagit en underhållsplan. Kulturnämnden har tagit fram ett utkast. Fastighetsnämnden och idrottsnämnden hänvisar till sina befintliga planer.

Bedömning: omhändertagen (parknämnden).
Bedömning kulturnämnden: delvis omhändertagen.
Bedömning: inte omhändertagen för fastighetsnämnden och idrottsnämnden.

Rekommendation 2 – rapportering av avvikelser

Bedömning: inte omhändertagen för parknämnden, delvis omhändertagen för kulturnämnden och fastighetsnämnden samt omhändertagen för idrottsnämnden.

Rekommendation 3 – samverkan

Bedömning: delvis omhändertagen för samtliga nämnder.

Revisionskontoret
"""

AUDIT = "granskning-parker-2024"
COMMITTEES = ["Parknämnden", "Kulturnämnden", "Fastighetsnämnden", "Idrottsnämnden"]


def _rec(n: int, text: str) -> Recommendation:
    return Recommendation(id=f"{AUDIT}:r{n}", report_doc_id=AUDIT, number=n, addressee=COMMITTEES[0], page=3,
                          addressees=COMMITTEES, text=text)


def test_status_lines_give_each_named_committee_its_own_status(tmp_path):
    pdf = tmp_path / "uppfoljning-parker-2025.pdf"
    render(LETTER_TEXT, pdf)
    parsed = parse_pdf(pdf)
    d = DocWork(meta=parsed.meta, pages=parsed.pages, tables=parsed.tables)
    pages = {p.number: p for p in d.pages}
    judge = RulesJudge()
    expected = {  # a status line, and what the passage that holds it gives each committee
        "Bedömning kulturnämnden": {"Kulturnämnden": "delvis"},
        "inte omhändertagen för fastighetsnämnden": {"Fastighetsnämnden": "ej_atgardad", "Idrottsnämnden": "ej_atgardad"},
        "inte omhändertagen för parknämnden": {"Parknämnden": "ej_atgardad", "Kulturnämnden": "delvis",
                                               "Fastighetsnämnden": "delvis", "Idrottsnämnden": "atgardad"},
        "för samtliga nämnder": {c: "delvis" for c in COMMITTEES},
    }
    rec = _rec(1, "Nämnderna rekommenderas att ta fram en plan.")
    for marker, statuses in expected.items():
        unit = next(u for u in d.units if marker in " ".join(u.text.split()))
        who, own = speaks_for(unit, judge.judge(rec, unit), rec.addressees, d.outline, pages)
        assert {c: j.status for c, j in own.items()} == statuses, marker
        assert sorted(who) == sorted(statuses)
        for j in own.values():  # the evidence is the status line, found on its page
            assert j.sentence.startswith("Bedömning") and any(
                " ".join(j.sentence.split()) in " ".join(p.text.split()) for p in d.pages)


def test_a_status_line_without_committees_is_no_committee_turn():
    assert labelled_turns("Status: Delvis genomförd. Bedömning: åtgärdad.", COMMITTEES) == {}
    assert labelled_turns("Bedömningen är att nämnden har kommit en bit på väg.", COMMITTEES) == {}
