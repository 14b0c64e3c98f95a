"""A follow-up that gives each committee a section with one paragraph per recommendation, in its own words: when
likeness links several of a section's paragraphs to one recommendation (or some to none), each recommendation keeps
its closest paragraph and the others get a recommendation of their own among those left - the one whose words they
hold (followup.one_each). Texts written for this test, rendered to real PDFs."""

from __future__ import annotations

import numpy as np

from assistant.recommendations.docwork import DocWork
from assistant.recommendations.extract import extract_recommendations
from assistant.recommendations.followup import one_each
from tests.rendered_docs import rendered_docs

AUDIT = """Granskning av kommunens arbete med matsvinn
Revisionsrapport
Revisionskontoret, Exempelby kommun
Datum: 2024-02-13

Sammanfattning
Revisionskontoret har granskat hur nämnderna arbetar för att minska matsvinnet i skolor och äldreboenden.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar revisorerna följande rekommendationer:

1. Skolnämnden och omsorgsnämnden rekommenderas att mäta matsvinnet i samtliga kök minst två veckor per termin.

2. Skolnämnden och omsorgsnämnden rekommenderas att utbilda kökspersonalen i planering av portioner och menyer.

3. Skolnämnden och omsorgsnämnden rekommenderas att följa upp kostnaden för det slängda livsmedlet i sin årsrapport.
"""

MEMO = """Uppföljning av granskningen av kommunens arbete med matsvinn
Revisionskontoret, Exempelby kommun
Datum: 2025-09-30

Revisionskontoret har följt upp hur nämnderna har hanterat granskningens rekommendationer under hösten 2025, genom intervjuer med kostchefer och genom att ta del av nämndernas årsrapporter och mätningar.

Nedan redovisas iakttagelserna för varje nämnd för sig, med ett stycke för varje rekommendation, utan att rekommendationerna återges i sin helhet.

1. Skolnämnden

Samtliga skolkök mäter numera matsvinnet under två veckor varje termin, och förvaltningen sammanställer resultaten per skola i en rapport till nämnden efter varje termin.

Kökspersonalen har ännu inte fått någon utbildning i planering av portioner och menyer, men förvaltningen har beställt en kurs som ska hållas för samtliga kockar under våren 2026.

Kostnaden för det slängda livsmedlet redovisas sedan 2025 i nämndens årsrapport, både för hela förvaltningen och per skolområde, och jämförs med föregående år.
"""


def _setup(tmp_path, embedder):
    audit, memo = rendered_docs(tmp_path, {"granskning-matsvinn-2024": AUDIT, "uppfoljning-matsvinn-2025": MEMO})
    recs = extract_recommendations(audit.meta, audit.pages)
    d = DocWork(meta=memo.meta, pages=memo.pages, tables=memo.tables)
    vec = {r.id: np.asarray(v, dtype=np.float32) for r, v in zip(recs, embedder.embed_passages([r.text for r in recs]))}
    paras = {d.units[i].quote[:20]: i for i in range(len(d.units)) if d.units[i].kind == "paragraph"}
    return recs, d, vec, paras


def test_each_paragraph_of_a_committee_section_gets_a_recommendation_of_its_own(tmp_path, embedder):
    recs, d, vec, paras = _setup(tmp_path, embedder)
    first = next(i for q, i in paras.items() if "Samtliga skolkök" in q)
    second = next(i for q, i in paras.items() if "Kökspersonalen" in q)
    third = next(i for q, i in paras.items() if "Kostnaden" in q)
    # likeness linked all three paragraphs to the first recommendation, most closely the first paragraph
    found = [(recs[0], first, 0.93), (recs[0], second, 0.9), (recs[0], third, 0.88)]
    got = {i: r.number for r, i, _ in one_each(d, recs, found, set(), embedder, vec)}
    assert got == {first: 1, second: 2, third: 3}

