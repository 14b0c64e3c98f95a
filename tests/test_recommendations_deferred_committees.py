"""A block that leaves a recommendation for a later follow-up ("ingår inte i årets uppföljning") tells no addressee's
state, even when its next sentence says what both committees have decided: each committee's status stays unclear.
On a real rendered PDF."""

from __future__ import annotations

from assistant.recommendations.tracker import run
from tests.rendered_docs import rendered_docs

AUDIT = """Granskning av simundervisningen i grundskolan
Revisionsrapport
Revisionskontoret, Exempelby kommun
Datum: 2024-05-06

Sammanfattning
Revisionskontoret har granskat om grundskolenämnden och fritidsnämnden säkerställer att alla elever lär sig simma.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar revisorerna följande rekommendationer:

1. Grundskolenämnden och fritidsnämnden rekommenderas att kartlägga elevernas simkunnighet i årskurs fyra.

2. Grundskolenämnden och fritidsnämnden rekommenderas att samordna tiderna i simhallarna med skolornas scheman.
"""

FOLLOWUP = """Uppföljning av granskningen av simundervisningen i grundskolan
Revisionskontoret, Exempelby kommun
Datum: 2025-11-20

Revisionskontoret har följt upp rekommendationerna i granskningen av simundervisningen.

Rekommendation 1
Grundskolenämnden har kartlagt simkunnigheten i samtliga klasser i årskurs fyra. Fritidsnämnden har inte bidragit till kartläggningen.

Rekommendation 2
Samordningen av tiderna i simhallarna ingår inte i årets uppföljning. Båda nämnderna har redan beslutat om en ny bokningsmodell för simhallarna.

Revisionskontoret
"""


def test_a_block_left_for_later_tells_no_committees_state(tmp_path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-simning-2024": AUDIT, "uppfoljning-simning-2025": FOLLOWUP})
    audits, links, tracked = run(docs, embedder)
    by_no = {t.number: t for t in tracked}
    assert {c.committee: c.status for c in by_no[2].by_committee} == {"Grundskolenämnden": "oklart",
                                                                       "Fritidsnämnden": "oklart"}
