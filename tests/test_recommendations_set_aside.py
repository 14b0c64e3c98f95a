"""A committee's action plan that names the other addressee only to set it aside ("Fritidsnämnden lämnar en egen
redogörelse …") speaks, in its status table, for the committee it does not name; the one set aside stays unclear.
On a real rendered PDF."""

from __future__ import annotations

from assistant.recommendations.tracker import run
from tests.rendered_docs import rendered_docs

AUDIT = """Granskning av lokalerna för kulturskolan
Revisionsrapport
Revisionskontoret, Exempelby kommun
Datum: 2024-03-11

Sammanfattning
Revisionskontoret har granskat hur kulturnämnden och fritidsnämnden planerar lokalerna för kulturskolan och fritidsgårdarna.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar revisorerna följande rekommendationer:

1. Kulturnämnden och fritidsnämnden rekommenderas att göra en behovsanalys av lokalerna för kulturskolan.

2. Kulturnämnden och fritidsnämnden rekommenderas att se över hyresavtalen för lokalerna.
"""

PLAN = """Exempelby kommun
Åtgärdsplan med anledning av granskningen av lokalerna för kulturskolan, läget i januari 2025
Datum: 2025-01-30

Fritidsnämnden lämnar en egen redogörelse för rekommendation 1 och 2 i en separat rapport.

Rek. | Åtgärd | Ansvarig | Klart | Status
1 | Behovsanalys av lokalerna i tre stadsdelar | Lokalstrateg | 2024-12-31 | Pågår – två av tre stadsdelar är klara
2 | Genomgång av samtliga hyresavtal | Ekonomichef | 2024-10-31 | Klar

Anna Berg, förvaltningsdirektör
"""


def test_a_plan_that_sets_the_other_committee_aside_speaks_for_its_own(tmp_path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-kulturskola-2024": AUDIT, "atgardsplan-kulturskola-2025": PLAN})
    audits, links, tracked = run(docs, embedder)
    got = {(t.number, c.committee): c.status for t in tracked for c in t.by_committee}
    assert got == {(1, "Kulturnämnden"): "delvis", (1, "Fritidsnämnden"): "oklart",
                   (2, "Kulturnämnden"): "atgardad", (2, "Fritidsnämnden"): "oklart"}
