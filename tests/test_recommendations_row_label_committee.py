"""A follow-up report's table with one row per recommendation and committee, the row labelled by the recommendation's
title and then the committee after a dash ("2. Besöksstatistik per filial – fritidsnämnden Syd | what was done |
Påbörjad"): each row speaks for the committee its label names, so each committee gets its own row's grade."""

from __future__ import annotations

from assistant.recommendations.tracker import run
from tests.rendered_docs import rendered_docs

AUDIT = """Granskning av simhallarnas bokningssystem
Revisionsrapport
Revisorerna, Exempelby kommun
Datum: 2023-10-02

Sammanfattning
Revisorerna har granskat hur fritidsnämnden Norr och fritidsnämnden Syd styr bokningen av simhallarnas banor.

Rekommendationer
Utifrån granskningen lämnar revisorerna följande rekommendationer:

1. Fritidsnämnden Norr och fritidsnämnden Syd rekommenderas att införa gemensamma regler för föreningarnas bokningar.

2. Fritidsnämnden Norr och fritidsnämnden Syd rekommenderas att redovisa banornas beläggning för nämnden två gånger per år.
"""

FOLLOWUP = """Revisionskontoret
Uppföljande granskning av simhallarnas bokningssystem
Datum: 2025-05-20

Sammanfattning
Revisionskontoret har följt upp de rekommendationer som lämnades i granskningen av simhallarnas bokningssystem 2023.
Nämnderna har kommit olika långt. Vår bedömning per nämnd framgår av tabellen.

Rekommendation 2023 | Vidtagna åtgärder | Vår bedömning
1. Regler för bokningar – fritidsnämnden Norr | Nya bokningsregler beslutades i mars 2024 och gäller för samtliga föreningar i norr. | Genomförd
1. Regler för bokningar – fritidsnämnden Syd | Förvaltningen har inte tagit fram några regler och inga andra åtgärder har vidtagits. | Ej påbörjad
2. Redovisning av beläggning – fritidsnämnden Norr | Beläggningen redovisas för nämnden i augusti, men den andra redovisningen har inte kommit till stånd. | Påbörjad
2. Redovisning av beläggning – fritidsnämnden Syd | Nämnden har fått en redovisning av beläggningen i februari och i september 2024. | Genomförd

För revisionskontoret
Karin Holm, revisor
"""


def test_each_row_labelled_with_a_committee_after_a_dash_speaks_for_that_committee(tmp_path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-simhallar-2023": AUDIT, "uppfoljning-simhallar-2025": FOLLOWUP})
    _, _, tracked = run(docs, embedder)
    own = {(t.id.split(":")[-1], c.committee.lower()): c.status for t in tracked
           if t.report_doc_id == "granskning-simhallar-2023" for c in t.by_committee}
    assert own == {("r1", "fritidsnämnden norr"): "atgardad", ("r1", "fritidsnämnden syd"): "ej_atgardad",
                   ("r2", "fritidsnämnden norr"): "delvis", ("r2", "fritidsnämnden syd"): "atgardad"}
