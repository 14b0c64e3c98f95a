"""A sentence adverb between the verb and the negation ("X delar dock inte …", "X har dock inte …") is
no clause boundary: the negation stays with its verb, so a committee that does not share the auditors' view
declines the recommendation (real PDFs rendered from small texts, read by pdfplumber)."""

from __future__ import annotations

from assistant.recommendations.tracker import run
from tests.rendered_docs import rendered_docs

AUDIT = """Granskning av hamnens underhållsplanering
Revisionsrapport
Stadsrevisionen, Exempelstads kommun
Datum: 2024-05-14

Sammanfattning
Stadsrevisionen har granskat om hamnnämnden planerar underhållet av kajer och pirar så att anläggningarna
behåller sitt värde och kan användas säkert under hela sin livslängd.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar Stadsrevisionen följande rekommendationer:

Hamnnämnden rekommenderas att besiktiga samtliga kajer vartannat år i stället för vart femte år.

Hamnnämnden rekommenderas att ta fram en flerårig plan för underhållet av pirarna.
"""

LETTER = """Hamnnämnden
Datum: 2025-02-11
Till: Stadsrevisionen

Yttrande över revisionsrapporten Granskning av hamnens underhållsplanering

Rekommendation 1 – besiktning av kajerna
Hamnnämnden delar dock inte revisorernas syn att kajerna behöver besiktigas vartannat år, eftersom
anläggningarnas skick enligt förvaltningens erfarenhet inte förändras så snabbt.

Rekommendation 2 – plan för pirarna
En flerårig underhållsplan för pirarna antogs av nämnden i december och gäller från och med i år.
"""


def test_a_negation_after_a_sentence_adverb_declines(tmp_path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-hamn-underhall-2024": AUDIT, "yttrande-hamn-2025": LETTER})
    audits, links, tracked = run(docs, embedder)
    status = {t.id.split(":")[-1]: t.status for t in tracked if t.report_doc_id == "granskning-hamn-underhall-2024"}
    assert status == {"r1": "ej_atgardad", "r2": "atgardad"}, status
