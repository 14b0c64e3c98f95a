"""A committee's action plan read as a table, on a real PDF (rendered from a small text, read by pdfplumber):
- a row whose recommendation cell opens with a short label ("R3 Uppföljning …") speaks to that recommendation by its
  number, as "3" or "Rek. 3" would;
- the row's committee cell in the short form the document's key defines ("TN = trafiknämnden") says which of the
  recommendation's committees the row speaks for, so each committee gets its own row's status."""

from __future__ import annotations

from assistant.recommendations.tracker import run
from eval.recommendations_blind import committee_status
from tests.rendered_docs import rendered_docs

AUDIT_SERVICE = """Granskning av bemötandet i kollektivtrafiken
Revisionsrapport
Stadsrevisionen, Exempelstads kommun
Datum: 2024-02-14

Sammanfattning
Stadsrevisionen har granskat hur trafiknämnden och servicenämnden tar emot och följer upp resenärernas synpunkter.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar Stadsrevisionen följande rekommendationer:

Trafiknämnden och servicenämnden rekommenderas att ta fram en gemensam rutin för att hantera resenärernas synpunkter.

Trafiknämnden rekommenderas att utbilda förarna i bemötande av resenärer med funktionsnedsättning.

Servicenämnden och trafiknämnden rekommenderas att årligen följa upp hur resenärerna upplever bemötandet.
"""

PLAN = """Trafikförvaltningen och serviceförvaltningen
Handlingsplan
Datum: 2025-11-20

Handlingsplan med anledning av granskningen av bemötandet i kollektivtrafiken

Förkortningar: TN = trafiknämnden, SEN = servicenämnden.

Rekommendation | Nämnd | Åtgärd | Klart senast | Status
R1 Gemensam rutin för synpunkter | TN | En gemensam rutin har beslutats och gäller sedan mars 2025. | 2025-03-31 | Klar
R1 Gemensam rutin för synpunkter | SEN | Rutinen har ännu inte införts i servicenämndens verksamhet. | 2026-06-30 | Ej påbörjad
R2 Förarnas bemötande | TN | Utbildningen har påbörjats och hälften av förarna har gått den. | 2026-12-31 | Pågår
R3 Resenärernas upplevelse | SEN | En enkät har genomförts och resultatet har redovisats för nämnden. | 2025-10-31 | Klar
R3 Resenärernas upplevelse | TN | En enkät planeras till hösten 2026. | 2026-10-31 | Ej påbörjad
"""


def test_each_row_speaks_for_its_own_committee_by_the_documents_short_forms(tmp_path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-bemotande-2024": AUDIT_SERVICE, "handlingsplan-bemotande-2025": PLAN})
    _, links, tracked = run(docs, embedder)
    items = {t.id.split(":")[-1]: t for t in tracked if t.report_doc_id == "granskning-bemotande-2024"}
    assert committee_status(items["r1"], "trafiknämnden") == "atgardad"
    assert committee_status(items["r1"], "servicenämnden") == "ej_atgardad"
    assert items["r2"].status == "delvis"
    assert committee_status(items["r3"], "servicenämnden") == "atgardad"
    assert committee_status(items["r3"], "trafiknämnden") == "ej_atgardad"
