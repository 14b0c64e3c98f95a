"""A time limit inside a clause ("… innan kartläggningen är klar", "… förrän policyn har beslutats") names the point
waited for, no measure done, on a real rendered PDF: a response saying that pupils are still placed before their
assessment is done, and that nothing has been changed yet, says the recommendation is not done."""

from __future__ import annotations

from assistant.recommendations.prose import read_sentence
from assistant.recommendations.tracker import run
from tests.rendered_docs import rendered_docs

AUDIT = """Granskning av mottagandet av nyanlända elever i gymnasieskolan
Revisionsrapport
Revisionskontoret, Exempelby kommun
Datum: 2024-02-06

Sammanfattning
Revisionskontoret har granskat om gymnasienämnden säkerställer att nyanlända elever placeras i rätt program utifrån sina kunskaper.

Rekommendationer
Gymnasienämnden rekommenderas att se till att elevernas kunskaper bedöms innan de placeras i ett program.
"""

RESPONSE = """Gymnasienämndens yttrande över granskningen av mottagandet av nyanlända elever i gymnasieskolan
Gymnasienämnden, Exempelby kommun
Datum: 2024-06-11

Nämnden har tagit del av granskningen. Eleverna tas fortfarande in på ett program utifrån betygen innan kartläggningen av deras kunskaper är genomförd, och rutinen har ännu inte ändrats.

För gymnasienämnden
Per Lindqvist
"""


def test_a_clause_is_read_up_to_its_time_limit():
    r = read_sentence("Eleverna tas in på ett program innan kartläggningen är klar.")
    assert not r.done
    r = read_sentence("Arbetet är inte klart förrän policyn har beslutats.")
    assert not r.done and r.not_done


def test_a_response_that_nothing_is_changed_yet_says_not_done(tmp_path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-nyanlanda-gymnasiet-2024": AUDIT,
                                    "yttrande-nyanlanda-gymnasiet-2024": RESPONSE})
    _, _, tracked = run(docs, embedder)
    assert [t.status for t in tracked] == ["ej_atgardad"]
