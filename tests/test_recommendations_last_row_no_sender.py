"""A follow-up report that ends with its status table, no signature after it: the table's last row ("Byggnadsnämnden
| Delvis åtgärdad | …") is a row, not the document's sender, so the report is not read as a response of that one
committee and every committee keeps the grade of its own row."""

from __future__ import annotations

from assistant.recommendations.committees import outline
from assistant.recommendations.tracker import run
from tests.rendered_docs import rendered_docs

AUDIT = """Granskning av tillsynen över enskilda avlopp
Revisionsrapport
Revisorerna, Exempelby kommun
Datum: 2023-11-20

Sammanfattning
Revisorerna har granskat hur miljönämnden och byggnadsnämnden planerar och följer upp tillsynen över enskilda avlopp.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar revisorerna följande rekommendationer:

1. Miljönämnden och byggnadsnämnden rekommenderas att ta fram en gemensam plan för tillsynen över enskilda avlopp.

2. Miljönämnden och byggnadsnämnden rekommenderas att redovisa tillsynens resultat för respektive nämnd varje år.
"""

FOLLOWUP = """Revisionskontoret
Uppföljning av granskningen av tillsynen över enskilda avlopp
Datum: 2025-06-02

Rekommendation 1 – Gemensam tillsynsplan (miljönämnden, byggnadsnämnden)
Nämnd | Bedömning | Kommentar
Miljönämnden | Åtgärdad | Planen antogs i februari och omfattar hela kommunen.
Byggnadsnämnden | Ej åtgärdad | Nämnden har inte medverkat i arbetet med planen.

Rekommendation 2 – Redovisning av resultaten (miljönämnden, byggnadsnämnden)
Nämnd | Bedömning | Kommentar
Miljönämnden | Ej åtgärdad | Någon redovisning har inte lämnats till nämnden.
Byggnadsnämnden | Delvis åtgärdad | Resultaten redovisas men utan jämförelse med föregående år.
"""


def test_a_status_table_that_ends_the_report_gives_no_sender_and_each_row_its_committee(tmp_path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-avlopp-2023": AUDIT, "uppfoljning-avlopp-2025": FOLLOWUP})
    followup = docs[1]
    assert outline(followup.pages, followup.tables).senders == []
    _, _, tracked = run(docs, embedder)
    own = {(t.id.split(":")[-1], c.committee.lower()): c.status for t in tracked
           if t.report_doc_id == "granskning-avlopp-2023" for c in t.by_committee}
    assert own == {("r1", "miljönämnden"): "atgardad", ("r1", "byggnadsnämnden"): "ej_atgardad",
                   ("r2", "miljönämnden"): "ej_atgardad", ("r2", "byggnadsnämnden"): "delvis"}
