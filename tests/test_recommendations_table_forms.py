"""Status tables of follow-up documents in forms seen in real ones, on real rendered PDFs: a page printed smaller
throughout (a long table fitted to one page) keeps its table rows whole (a row's number in the lower half of the page is
no footnote marker); a table whose recommendation number stands in its own column after the committee ("Nämnd | Rek. |
Status | Kommentar") with symbols its legend explains gives each committee the status of its own row."""

from __future__ import annotations

from assistant.recommendations.followup import FollowupDoc
from assistant.recommendations.tracker import run
from eval.recommendations_blind import committee_status
from eval.tracker_letters import render
from ingest.parse import parse_pdf

_FILLER = ("Revisionskontoret har under året gått igenom nämndernas protokoll, delårsrapporter och verksamhetsplaner "
           "samt träffat förvaltningarnas ledningsgrupper vid två tillfällen för att stämma av läget i arbetet. ")

_PROSE_PAGE = "\n\n".join(_FILLER * 2 for _ in range(5))
LONG_PAGE = ("Uppföljning av granskningen av bibliotekens öppettider\nRevisionskontoret, Exempelby kommun\n"
             "Datum: 2025-11-03\n\n" + _PROSE_PAGE + "\f" + _PROSE_PAGE + "\f"
             + "\n\n".join(_FILLER * 3 for _ in range(4)) + "\n\n"
             "Nr | Rekommendation i korthet | Nämnd | Status | Kommentar\n"
             + "\n".join(f"{n} | Rekommendationen om meröppna bibliotek i stadsdel {n} | Kulturnämnden | Grön | "
                         f"Meröppet infördes under våren vid filial {n} och besöken har ökat sedan dess enligt "
                         f"förvaltningens egen statistik över utlån och besök." for n in range(1, 8)) + "\n")


def test_a_page_printed_smaller_keeps_its_table_rows_whole(tmp_path):
    pdf = tmp_path / "uppfoljning-bibliotek-2025.pdf"
    render(LONG_PAGE, pdf)
    parsed = parse_pdf(pdf)
    rows = [r for t in parsed.tables for r in t.rows]
    assert [r.label for r in rows] == [str(n) for n in range(1, 8)]
    assert not any(ch in parsed.pages[2].text for ch in "²³⁴⁵⁶⁷")

