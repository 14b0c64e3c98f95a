"""A response that tells the audit's finding again before restating its recommendation ("Revisorerna konstaterar
att … De rekommenderar nämnden att …") and then disagrees: the auditors' words there are the finding, not a
follow-up's verdict, so the committee's refusal decides. On a real rendered PDF."""

from __future__ import annotations

from assistant.recommendations.classify import judge_prose, told_findings
from assistant.recommendations.tracker import run
from tests.rendered_docs import rendered_docs

AUDIT = """Granskning av skolskjutsbesluten
Revisionsrapport
Revisionskontoret, Exempelby kommun
Datum: 2024-06-03

Sammanfattning
Revisionskontoret har granskat om grundskolenämnden fattar beslut om skolskjuts utifrån elevernas behov.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar revisorerna följande rekommendationer:

1. Grundskolenämnden rekommenderas att utreda varje elevs behov innan beslut om skolskjuts fattas.

2. Grundskolenämnden rekommenderas att informera vårdnadshavarna om hur de kan överklaga besluten.
"""

RESPONSE = """Grundskolenämnden
Yttrande över revisionsrapporten Granskning av skolskjutsbesluten
Datum: 2025-01-28

Rekommendation 1
Revisorerna konstaterar att besluten om skolskjuts har fattats utan att elevens behov har utretts. De rekommenderar nämnden att utreda varje elevs behov innan beslut fattas.

Nämnden delar inte revisorernas bedömning, eftersom skolorna redan beskriver elevens behov i ansökan, och avser inte att ändra ordningen.

Rekommendation 2
Information om hur ett beslut överklagas skickas sedan hösten med varje beslut. Rekommendationen är därmed genomförd.

Grundskolenämnden
"""


def test_the_finding_told_before_the_restated_recommendation_is_no_verdict():
    sents = ["Revisorerna konstaterar att rutinen har ändrats utan samråd.", "De rekommenderar nämnden att samråda.",
             "Nämnden har inte ändrat något."]
    assert told_findings(sents) == {0}
    assert judge_prose(" ".join(sents[:2])).status == "oklart"


def test_a_refusal_after_the_told_finding_decides(tmp_path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-skolskjutsbeslut-2024": AUDIT, "yttrande-skolskjutsbeslut-2025": RESPONSE})
    audits, links, tracked = run(docs, embedder)
    assert {t.number: t.status for t in tracked} == {1: "ej_atgardad", 2: "atgardad"}
