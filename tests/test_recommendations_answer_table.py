"""A joint response whose answers stand in a table "Rekommendation | Nämndens svar | Tidplan", the answer column in
full sentences that take the committees in turn, on real rendered PDFs: the answer is read as prose (no status
matrix of its words), each committee by its own sentences (the first one naming one committee only in passing is
that committee's), a row whose answer only one committee's administration
gives speaks for that committee alone, "i samtliga … utom …" is partly done, and the sentence that explains the
table's columns says nothing of any recommendation."""

from __future__ import annotations

from assistant.recommendations.tracker import run
from eval.recommendations_blind import committee_status
from tests.rendered_docs import rendered_docs

AUDIT = """Granskning av idrottsanläggningarnas tillgänglighet
Revisionsrapport
Revisionskontoret, Exempelby kommun
Datum: 2024-03-05

Sammanfattning
Revisionskontoret har granskat om fritidsnämnden och fastighetsnämnden säkerställer att kommunens idrottsanläggningar är tillgängliga för personer med funktionsnedsättning.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar revisorerna följande rekommendationer:

1. Fritidsnämnden och fastighetsnämnden rekommenderas att inventera de fysiska hindren vid samtliga idrottshallar och badhus.

2. Fritidsnämnden och fastighetsnämnden rekommenderas att upprätta en tidsatt plan för att åtgärda hindren i omklädningsrummen.

3. Fritidsnämnden och fastighetsnämnden rekommenderas att informera föreningarna om vilka anläggningar som är tillgängliga.
"""

RESPONSE = """Yttrande över granskningen av idrottsanläggningarnas tillgänglighet
Fritidsnämnden och fastighetsnämnden, Exempelby kommun
Datum: 2024-09-12

Nämnderna har tagit del av revisionskontorets granskning av idrottsanläggningarnas tillgänglighet och lämnar ett gemensamt yttrande eftersom rekommendationerna riktas till båda nämnderna.

Svaren står i tabellen nedan. I kolumnen Tidplan anges det datum då åtgärden ska vara klar, eller Klart om den redan är klar.

Rekommendation | Nämndens svar | Tidplan
1. Inventering av fysiska hinder vid idrottshallar och badhus | En inventering av hindren i fritidsnämndens idrottshallar pågår och hittills har hälften av hallarna inventerats. Fastighetsnämnden har slutfört inventeringen av samtliga badhus och redovisat resultatet för nämnden i juni. | Fritidsnämnden: 2024-12-31. Fastighetsnämnden: Klart
2. Plan för att åtgärda hindren i omklädningsrummen | Fastighetsförvaltningen har tagit fram en plan för ombyggnaden och den har genomförts i samtliga omklädningsrum utom i den äldsta simhallen, där arbetet görs under våren. | 2025-04-30
3. Information till föreningarna om tillgängliga anläggningar | Fritidsnämnden har publicerat en förteckning över tillgängliga anläggningar på kommunens webbplats och skickat den till samtliga föreningar. Fastighetsnämnden har ännu inte tagit ställning till hur informationen ska hållas aktuell när anläggningarna byggs om. | Fritidsnämnden: Klart. Fastighetsnämnden: ej fastställd

För fritidsnämnden och fastighetsnämnden
Kerstin Ahlberg
"""


def test_an_answer_table_in_full_sentences_is_read_per_committee(tmp_path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-idrottsanlaggningar-2024": AUDIT,
                                    "yttrande-idrottsanlaggningar-2024": RESPONSE})
    _, _, tracked = run(docs, embedder)
    by_no = {t.number: t for t in tracked}
    got = {(n, c): committee_status(by_no[n], c) for n in (1, 2, 3) for c in ("Fritidsnämnden", "Fastighetsnämnden")}
    assert got == {(1, "Fritidsnämnden"): "delvis", (1, "Fastighetsnämnden"): "atgardad",
                   (2, "Fritidsnämnden"): "oklart", (2, "Fastighetsnämnden"): "delvis",
                   (3, "Fritidsnämnden"): "atgardad", (3, "Fastighetsnämnden"): "ej_atgardad"}


def test_a_sentence_that_explains_the_columns_is_procedural():
    from assistant.recommendations.prose import procedural

    assert procedural("I kolumnen Status anges om åtgärden är genomförd eller påbörjad.")
    assert procedural("Svaren på rekommendationerna redovisas i tabellen nedan.")
