"""A verdict on a recommendation named by its number ("… varmed rekommendation 2 är genomförd") is a verdict on the
recommendation itself: it outweighs what else the passage mentions (a new commission to someone else). On a real
rendered PDF."""

from __future__ import annotations

from assistant.recommendations.classify import RulesJudge
from assistant.recommendations.docwork import DocWork
from assistant.recommendations.prose import recommendation_verdict
from assistant.recommendations.tracker import run
from tests.rendered_docs import rendered_docs

AUDIT = """Granskning av hanteringen av färdtjänstresor
Revisionsrapport
Revisionskontoret, Exempelby kommun
Datum: 2024-02-20

Sammanfattning
Revisionskontoret har granskat om trafiknämnden hanterar färdtjänsten på ett ändamålsenligt sätt.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar revisorerna följande rekommendationer:

1. Trafiknämnden rekommenderas att följa upp väntetiderna vid beställning av färdtjänstresor.

2. Trafiknämnden rekommenderas att ta fram en rutin för hantering av klagomål från resenärerna.
"""

RESPONSE = """Trafiknämnden
Yttrande över revisionsrapporten Granskning av hanteringen av färdtjänstresor
Datum: 2025-04-08

Rekommendation 1
Väntetiderna följs upp varje månad sedan januari och redovisas för nämnden i tertialrapporterna.

Rekommendation 2
Nämnden antog en klagomålsrutin i mars, varmed rekommendation 2 är genomförd. Kommunstyrelsen har därefter gett stadsledningskontoret i uppdrag att utvärdera rutinerna i alla nämnder under nästa år.

Trafiknämnden
"""


def test_a_verdict_on_a_numbered_recommendation_is_read_as_one():
    assert recommendation_verdict("Planen antogs i juni, varmed rekommendation 4 är genomförd.")
    assert not recommendation_verdict("Planen antogs i juni av rekommendationsgruppen.")


def test_a_numbered_recommendations_verdict_decides_its_passage(tmp_path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-fardtjanst-2024": AUDIT, "yttrande-fardtjanst-2025": RESPONSE})
    audits, links, tracked = run(docs, embedder)
    assert {t.number: t.status for t in tracked}[2] == "atgardad"
    # the passage itself, judged: the verdict on recommendation 2, not the commission it mentions after it
    d = DocWork(meta=docs[1].meta, pages=docs[1].pages, tables=docs[1].tables)
    rec = next(r for a in audits for r in a.recommendations if r.number == 2)
    unit = next(u for u in d.units if "varmed rekommendation 2" in " ".join(u.text.split()))
    j = RulesJudge().judge(rec, unit)
    assert j.status == "atgardad" and "rekommendation 2 är genomförd" in j.sentence
