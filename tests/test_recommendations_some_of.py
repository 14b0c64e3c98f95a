"""A sentence about some unnamed ones of an audit's recommendations ("flera av rekommendationerna har ännu inte
genomförts fullt ut, se avsnitt 4") tells no single recommendation's state: a recommendation the document says
nothing else about stays unclear. On a real rendered PDF."""

from __future__ import annotations

from assistant.recommendations.classify import RulesJudge
from assistant.recommendations.docwork import DocWork
from assistant.recommendations.prose import procedural
from assistant.recommendations.tracker import run
from tests.rendered_docs import rendered_docs

AUDIT = """Granskning av kommunens arbete med återvinningscentralerna
Revisionsrapport
Revisionskontoret, Exempelby kommun
Datum: 2023-10-10

Sammanfattning
Revisionskontoret har granskat om kretsloppsnämnden driver återvinningscentralerna på ett ändamålsenligt sätt.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar revisorerna följande rekommendationer:

1. Kretsloppsnämnden rekommenderas att förlänga öppettiderna vid återvinningscentralerna på kvällstid.

2. Kretsloppsnämnden rekommenderas att följa upp hur mycket av det insamlade materialet som återvinns.

3. Kretsloppsnämnden rekommenderas att se över avgifterna för företag som lämnar avfall vid återvinningscentralerna.
"""

FOLLOWUP = """Revisorernas redogörelse för år 2025
Revisionskontoret, Exempelby kommun
Datum: 2026-03-20

Vi vill uppmärksamma kretsloppsnämnden på att flera av rekommendationerna i granskningen av kommunens arbete med återvinningscentralerna ännu inte har genomförts fullt ut, se avsnitt 3.

3 Uppföljning av granskningen av återvinningscentralerna

Rekommendation 1
Öppettiderna har förlängts till klockan 20 två kvällar i veckan sedan maj 2025. Vi bedömer att rekommendationen är genomförd.

Rekommendation 2
Nämnden mäter sedan i höstas hur stor del av materialet som återvinns, men resultaten redovisas ännu inte för nämnden. Rekommendationen är delvis genomförd.

Revisionskontoret
"""


def test_a_sentence_about_some_of_the_recommendations_is_no_measure():
    assert procedural("Flera av rekommendationerna har ännu inte genomförts fullt ut.")
    assert not procedural("Rekommendationen har ännu inte genomförts fullt ut.")


def test_a_recommendation_named_only_among_several_stays_unclear(tmp_path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-atervinning-2023": AUDIT, "redogorelse-revisorerna-2025": FOLLOWUP})
    audits, links, tracked = run(docs, embedder)
    got = {t.number: t.status for t in tracked}
    assert got == {1: "atgardad", 2: "delvis", 3: "oklart"}
    # the summary sentence, judged as a passage on the third recommendation, says nothing of it
    d = DocWork(meta=docs[1].meta, pages=docs[1].pages, tables=docs[1].tables)
    rec = next(r for a in audits for r in a.recommendations if r.number == 3)
    unit = next(u for u in d.units if "flera av rekommendationerna" in " ".join(u.text.split()))
    assert RulesJudge().judge(rec, unit).status == "oklart"
