"""Status tables of follow-up documents in forms seen in real ones, on real rendered PDFs: a page printed smaller
throughout (a long table fitted to one page) keeps its table rows whole (a row's number in the lower half of the page is
no footnote marker); a table whose recommendation number stands in its own column after the committee ("Nämnd | Rek. |
Status | Kommentar") with symbols its legend explains gives each committee the status of its own row."""

from __future__ import annotations

from assistant.recommendations.followup import FollowupDoc
from assistant.recommendations.tracker import run
from eval.recommendations_blind import committee_status
from eval.tracker_letters import render
from tests.rendered_docs import rendered_docs
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


AUDIT = """Granskning av skolskjutsverksamheten
Revisionsrapport
Revisionskontoret, Exempelby kommun
Datum: 2024-02-14

Sammanfattning
Revisionskontoret har granskat om grundskolenämnden och fritidsnämnden säkerställer att skolskjutsarna är trygga och planeras utifrån elevernas behov.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar revisorerna följande rekommendationer:

1. Grundskolenämnden och fritidsnämnden rekommenderas att ta fram gemensamma riktlinjer för hur skolskjutsarnas säkerhet ska kontrolleras.

2. Grundskolenämnden och fritidsnämnden rekommenderas att följa upp hur lång restiden är för elever med långa resvägar.

3. Grundskolenämnden och fritidsnämnden rekommenderas att informera vårdnadshavare om hur de kan lämna synpunkter på skolskjutsen.
"""

FOLLOWUP = """Uppföljning av granskningen av skolskjutsverksamheten
Revisionskontoret, Exempelby kommun
Datum: 2025-09-18

Revisionskontoret har följt upp hur grundskolenämnden och fritidsnämnden har tagit hand om de tre rekommendationerna i granskningen av skolskjutsverksamheten från 2024.

I tabellen används följande tecken:
▲ = genomförd
△ = påbörjad
▽ = inte påbörjad

Nämnd | Rek. | Status | Kommentar
Grundskolenämnden | 1 | ▲ | Riktlinjerna antogs av nämnden i maj
Grundskolenämnden | 2 | △ | Mätning görs vid två av fem skolor
Grundskolenämnden | 3 | ▽ | Ingen information har gått ut
Fritidsnämnden | 1 | △ | Riktlinjerna är remitterade
Fritidsnämnden | 2 | ▽ | Frågan har inte behandlats
Fritidsnämnden | 3 | ▲ | Information finns på webbplatsen

Revisionskontoret
"""


def test_a_table_with_the_number_in_its_own_column_and_a_symbol_legend_is_read_per_committee(tmp_path, embedder):
    docs = []
    for name, text in {"granskning-skolskjuts-2024": AUDIT, "uppfoljning-skolskjuts-2025": FOLLOWUP}.items():
        pdf = tmp_path / f"{name}.pdf"
        render(text, pdf)
        parsed = parse_pdf(pdf)
        title = text.strip().split("\n")[0]
        docs.append(FollowupDoc(meta=parsed.meta.model_copy(update={"title": title}), pages=parsed.pages,
                                tables=parsed.tables))
    audits, links, tracked = run(docs, embedder)
    by_no = {t.number: t for t in tracked}
    got = {(n, c): committee_status(by_no[n], c) for n in (1, 2, 3) for c in ("Grundskolenämnden", "Fritidsnämnden")}
    assert got == {(1, "Grundskolenämnden"): "atgardad", (2, "Grundskolenämnden"): "delvis",
                   (3, "Grundskolenämnden"): "ej_atgardad", (1, "Fritidsnämnden"): "delvis",
                   (2, "Fritidsnämnden"): "ej_atgardad", (3, "Fritidsnämnden"): "atgardad"}


# a report whose first page prints only the auditors' name above its text (so that name is read as its title): it
# names no audit, and the documents that mention the auditors do not answer it
UNTITLED_REPORT = """Stadsrevisionen

Revisionsrapport 2025-03-02

Revisionskontoret har granskat om parknämnden har en ändamålsenlig plan för trädvården i stadens parker.

Rekommendationer

Parknämnden rekommenderas att inventera träden i stadens parker och upprätta en vårdplan.
"""

FOLLOWUP_BY_AUDITORS = """Stadsrevisionen
Uppföljning av granskningen av skolskjutsverksamheten
Datum: 2025-10-01

Stadsrevisionen har följt upp rekommendationerna i granskningen av skolskjutsverksamheten.

Rekommendation 1 – riktlinjer för säkerheten

Vi bedömer att grundskolenämnden och fritidsnämnden har genomfört rekommendationen.

Rekommendation 2 – restider

Vi bedömer att rekommendationen inte är åtgärdad i någon av nämnderna.
"""


def test_a_report_titled_only_by_the_auditors_name_is_answered_by_no_other_document(tmp_path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-skolskjuts-2024": AUDIT, "rapport-stadsrevisionen-2025": UNTITLED_REPORT,
                                    "uppfoljning-skolskjuts-2025b": FOLLOWUP_BY_AUDITORS})
    audits, links, tracked = run(docs, embedder)
    by_no = {t.number: t for t in tracked if t.report_doc_id == "granskning-skolskjuts-2024"}
    assert by_no[1].status == "atgardad" and by_no[2].status == "ej_atgardad"
