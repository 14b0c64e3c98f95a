"""A follow-up report's section on an audit that rates each recommendation under a heading of its own ("Rekommendation
3 – …" over a small Bedömning | Kommentar table): the section's last verdict ("Nämnden anser att rekommendationen
inte längre är aktuell") stands under the third recommendation's heading and is that recommendation's only, not the
section's conclusion for every recommendation of the audit."""

from __future__ import annotations

from assistant.recommendations.docwork import DocWork
from assistant.recommendations.reference import section_links
from tests.rendered_docs import rendered_docs

AUDIT = """Granskning av bibliotekens öppettider
Revisionsrapport
Revisorerna, Exempelby kommun
Datum: 2023-09-12

Sammanfattning
Revisorerna har granskat hur kulturnämnden styr bibliotekens öppettider, besöksstatistik och samverkan med skolorna.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar revisorerna följande rekommendationer:

1. Kulturnämnden rekommenderas att ta fram en plan för meröppna bibliotek i alla stadsdelar.

2. Kulturnämnden rekommenderas att följa upp besöksstatistiken per filial varje kvartal.

3. Kulturnämnden rekommenderas att samordna skolbibliotekens öppettider med folkbibliotekens.
"""

FOLLOWUP = """Revisionskontoret
Uppföljning av tidigare granskningar
Datum: 2025-03-10

1. Inledning
Revisionskontoret har följt upp de rekommendationer som lämnades i granskningen av bibliotekens öppettider.

2. Bibliotekens öppettider
Rekommendation 1 – Plan för meröppna bibliotek
Bedömning | Kommentar
Åtgärdad | Kulturnämnden antog planen för meröppna bibliotek i april 2024 och den gäller i samtliga stadsdelar.

Rekommendation 2 – Besöksstatistik per filial
Bedömning | Kommentar
Åtgärdad | Besöksstatistiken per filial redovisas sedan januari 2024 för nämnden varje kvartal.

Rekommendation 3 – Skolbibliotekens öppettider
Bedömning | Kommentar
Ej åtgärdad | Nämnden anser att rekommendationen inte längre är aktuell, eftersom skolbiblioteken numera hör till grundskolenämnden. Revisionskontoret delar inte nämndens bedömning.

För revisionskontoret
Eva Lind, revisionsdirektör
"""


def test_a_verdict_under_one_recommendations_heading_is_that_recommendations_only(tmp_path):
    audit_doc, followup = rendered_docs(tmp_path, {"granskning-bibliotek-2023": AUDIT,
                                                   "uppfoljning-granskningar-2025": FOLLOWUP})
    audit = DocWork(meta=audit_doc.meta, pages=audit_doc.pages, tables=audit_doc.tables).audit
    assert len(audit.recommendations) == 3
    links = section_links(followup.meta.doc_id, followup.pages, "2025-03-10", [audit])
    assert {le.rec_id.split(":")[-1] for le in links} == {"r3"}
    assert all(le.judgement.status == "ej_atgardad" for le in links)
