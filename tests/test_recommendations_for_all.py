"""A sentence that says it holds for every addressee ("… är genomförd för båda nämnderna") speaks for each of them,
also in a document that otherwise speaks of one of the committees by name. On a real rendered PDF."""

from __future__ import annotations

from assistant.recommendations.classify import RulesJudge
from assistant.recommendations.committees import speaks_for
from assistant.recommendations.docwork import DocWork
from assistant.recommendations.tracker import run
from tests.rendered_docs import rendered_docs

AUDIT = """Granskning av bidragen till studieförbunden
Revisionsrapport
Revisionskontoret, Exempelby kommun
Datum: 2024-03-11

Sammanfattning
Revisionskontoret har granskat hur kulturnämnden och fritidsnämnden fördelar och följer upp bidragen till studieförbunden.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar revisorerna följande rekommendationer:

1. Kulturnämnden och fritidsnämnden rekommenderas att ta fram gemensamma regler för bidragen till studieförbunden.

2. Kulturnämnden och fritidsnämnden rekommenderas att följa upp hur bidragen har använts.
"""

PLAN = """Exempelby kommun
Lägesrapport om bidragen till studieförbunden
Datum: 2025-02-17

Fritidsnämnden beskriver sitt arbete med rekommendation 1 och 2 i en rapport av sitt eget, och här tas bara de gemensamma reglerna upp.

Kommentarer till rekommendation 1
Förvaltningarna har tillsammans tagit fram gemensamma regler för bidragen.

Reglerna gäller från januari 2025, varmed rekommendation 1 är genomförd för båda nämnderna.

Anna Berg, förvaltningsdirektör
"""


def test_a_sentence_for_both_committees_speaks_for_each(tmp_path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-studieforbund-2024": AUDIT, "lagesrapport-studieforbund-2025": PLAN})
    audits, links, tracked = run(docs, embedder)
    by_no = {t.number: t for t in tracked}
    assert {c.committee: c.status for c in by_no[1].by_committee} == {"Kulturnämnden": "atgardad",
                                                                       "Fritidsnämnden": "atgardad"}
    # the passage itself: it speaks for both committees
    d = DocWork(meta=docs[1].meta, pages=docs[1].pages, tables=docs[1].tables)
    rec = next(r for a in audits for r in a.recommendations if r.number == 1)
    unit = next(u for u in d.units if "för båda nämnderna" in " ".join(u.text.split()))
    who, _ = speaks_for(unit, RulesJudge().judge(rec, unit), rec.addressees, d.outline, {p.number: p for p in d.pages})
    assert sorted(who) == ["Fritidsnämnden", "Kulturnämnden"]
