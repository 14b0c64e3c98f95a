"""How far a negation reaches in a follow-up's clause: a negation lifted by "utan att" ("… där en ansökan inte kan
skickas in utan att alla bilagor har bifogats") is a condition the measure sets, no measure left undone; a measure
not yet in place at all of several places, a few words between the negation and "alla" ("… tillämpas ännu inte
på samma sätt vid alla enheter"), is partly done (real PDFs rendered from small texts, read by pdfplumber)."""

from __future__ import annotations

from assistant.recommendations.tracker import run
from tests.rendered_docs import rendered_docs

AUDIT = """Granskning av handläggningen av parkeringstillstånd
Revisionsrapport
Stadsrevisionen, Exempelstads kommun
Datum: 2024-04-16

Sammanfattning
Stadsrevisionen har granskat om trafiknämnden handlägger ansökningar om parkeringstillstånd för personer med
funktionsnedsättning på ett rättssäkert och enhetligt sätt inom rimlig tid.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar Stadsrevisionen följande rekommendationer:

Trafiknämnden rekommenderas att säkerställa att ansökningar är kompletta innan handläggningen påbörjas.

Trafiknämnden rekommenderas att införa en gemensam bedömningsmall för samtliga handläggarenheter.
"""

LETTER = """Trafiknämnden
Datum: 2025-03-18
Till: Stadsrevisionen

Yttrande över revisionsrapporten Granskning av handläggningen av parkeringstillstånd

Rekommendation 1 – kompletta ansökningar
Förvaltningen har efter granskningen infört en ny mall i ärendesystemet, där ett ärende inte kan sparas utan att
läkarintyget och fotografiet har laddats upp. Samtliga handläggare gick igenom mallen vid en utbildningsdag i
februari. Nämnden bedömer att ansökningarna nu är kompletta när handläggningen börjar.

Rekommendation 2 – gemensam bedömningsmall
Enligt förvaltningens genomgång i januari tillämpas bedömningsmallen ännu inte på samma sätt vid alla
handläggarenheter.
"""


def test_a_negation_lifted_by_utan_att_and_one_reaching_alla(tmp_path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-parkeringstillstand-2024": AUDIT, "yttrande-parkering-2025": LETTER})
    audits, links, tracked = run(docs, embedder)
    status = {t.id.split(":")[-1]: t.status for t in tracked if t.report_doc_id == "granskning-parkeringstillstand-2024"}
    assert status == {"r1": "atgardad", "r2": "delvis"}, status
