"""A follow-up that leaves a recommendation for later ("ingår inte i denna uppföljning", "följs upp först nästa år")
says nothing yet of what was done: that recommendation stays unclear (oklart), even when the same sentences mention
decisions. On a real rendered PDF."""

from __future__ import annotations

from assistant.recommendations.classify import uncertain
from assistant.recommendations.tracker import run
from tests.rendered_docs import rendered_docs

AUDIT = """Granskning av tillsynen över serveringstillstånd
Revisionsrapport
Revisionskontoret, Exempelby kommun
Datum: 2023-11-30

Sammanfattning
Revisionskontoret har granskat om socialnämnden bedriver en ändamålsenlig tillsyn över restaurangernas serveringstillstånd.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar revisorerna följande rekommendationer:

1. Socialnämnden rekommenderas att ta fram en tillsynsplan som grundar sig på en riskanalys.

2. Socialnämnden rekommenderas att följa upp att tillsynsbesöken dokumenteras enligt rutinen.

3. Socialnämnden rekommenderas att samverka med polisen inför större evenemang.
"""

FOLLOWUP = """Uppföljning av granskningen av tillsynen över serveringstillstånd
Revisionskontoret, Exempelby kommun
Datum: 2025-03-12

Revisionskontoret har följt upp hur socialnämnden har tagit hand om rekommendationerna.

Rekommendation 1
Nämnden antog en riskbaserad tillsynsplan i maj 2024. Vi bedömer att rekommendationen är åtgärdad.

Rekommendation 2
Rekommendationen ingår inte i denna uppföljning, eftersom nämnden har beslutat om ett nytt ärendesystem som tas i bruk under hösten. Den följs upp vid ett senare tillfälle.

Rekommendation 3
Av samma skäl följs nämndens samverkan med polisen upp först nästa år, när de nya rutinerna har använts under en hel säsong.

Revisionskontoret
"""


def test_deferral_phrases_are_read_as_no_word_yet():
    assert uncertain("Punkt 4 ingår inte i årets uppföljning.")
    assert uncertain("Arbetet med punkt 2 följs upp först under 2027.")
    assert uncertain("Nämnden följer upp arbetet varje kvartal.") is None


def test_a_recommendation_left_for_a_later_follow_up_stays_unclear(tmp_path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-servering-2023": AUDIT, "uppfoljning-servering-2025": FOLLOWUP})
    audits, links, tracked = run(docs, embedder)
    got = {t.number: t.status for t in tracked}
    assert got == {1: "atgardad", 2: "oklart", 3: "oklart"}


def test_matters_left_out_of_this_report_are_no_word_yet():
    assert uncertain("Tillsynsnämndens del av uppföljningen redovisas därför i en separat promemoria i vår.")
    assert uncertain("Den frågan tas inte upp i denna rapport.")
    assert uncertain("Miljönämnden ingår inte i uppföljningen av den tredje rekommendationen.")
    assert uncertain("Samverkan med polisen behandlas inte här.")
    assert uncertain("Nämnden tar upp frågan i sin verksamhetsplan.") is None
    assert uncertain("Resultatet redovisas i en separat kolumn i nämndens årsrapport.") is None
