"""A paragraph that opens with a prepositional phrase naming a committee ("I kulturnämnden finns …") has no heading
joined to it: that phrase names no recommendation's subject, so the paragraph does not speak to every
recommendation addressed to the committee. On a real rendered PDF."""

from __future__ import annotations

from assistant.recommendations.committees import glued_heading
from assistant.recommendations.tracker import run
from tests.rendered_docs import rendered_docs

AUDIT = """Granskning av arbetet med kulturarvet
Revisionsrapport
Revisionskontoret, Exempelby kommun
Datum: 2023-09-14

Sammanfattning
Revisionskontoret har granskat hur stadsdelsnämnderna och tekniska nämnden vårdar kommunens kulturarv och kulturmiljöer.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar revisorerna följande rekommendationer:

1. Stadsdelsnämnden Norr och stadsdelsnämnden Söder rekommenderas att ta fram en plan för vården av kulturhistoriska byggnader.

2. Stadsdelsnämnden Norr och stadsdelsnämnden Söder rekommenderas att inventera konstverken i sina lokaler vart tredje år.

3. Stadsdelsnämnden Norr och stadsdelsnämnden Söder rekommenderas att utbilda personalen i hantering av arkivmaterial.

4. Tekniska nämnden rekommenderas att skylta upp de kulturhistoriska miljöerna i parkerna.
"""

FOLLOWUP = """Uppföljning av granskningen av arbetet med kulturarvet
Revisionskontoret, Exempelby kommun
Datum: 2025-02-03

Revisionskontoret har följt upp rekommendation 1 i granskningen av arbetet med kulturarvet. De övriga följs upp nästa år.

2.1 Vårdplan för byggnaderna (rekommendation 1)
I stadsdelsnämnden Norr finns sedan våren 2024 en plan för vården av de kulturhistoriska byggnaderna, medan arbetet med en sådan plan ännu inte har påbörjats i stadsdelsnämnden Söder.

Revisionskontoret
"""


def test_an_opening_prepositional_phrase_is_no_heading():
    names = ["Stadsdelsnämnden Norr", "Stadsdelsnämnden Söder"]
    assert glued_heading("I stadsdelsnämnden Norr finns sedan våren en plan", names) is None
    assert glued_heading("Bakgrund Nämnden har under året", names) == "Bakgrund"


def test_a_paragraph_opening_with_a_committee_speaks_only_to_its_own_recommendation(tmp_path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-kulturarv-2023": AUDIT, "uppfoljning-kulturarv-2025": FOLLOWUP})
    audits, links, tracked = run(docs, embedder)
    plan = [le.rec_id.split(":")[-1] for le in links if "finns sedan våren" in le.unit.text]
    assert plan and set(plan) == {"r1"}
