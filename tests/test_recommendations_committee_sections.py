"""A follow-up that gives each committee a section of its own, on real rendered PDFs: a paragraph under a heading
that names the recommendation by its subject ("Rekommendationen om …") inside a committee's section speaks for that
committee; a recommendation addressed to many committees may get a paragraph from each (not only the first few)."""

from __future__ import annotations

from assistant.recommendations.tracker import run
from eval.recommendations_blind import committee_status
from tests.rendered_docs import rendered_docs

AUDIT = """Granskning av lokalbokningen i kommunens anläggningar
Revisionsrapport
Revisionskontoret, Exempelby kommun
Datum: 2024-04-09

Sammanfattning
Revisionskontoret har granskat hur nämnderna och bolagen hanterar bokningen av kommunens lokaler och anläggningar.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar revisorerna följande rekommendationer:

1. Kulturnämnden rekommenderas att ta fram en taxa för uthyrning av scenerna i kulturhuset.

2. Kulturnämnden, fritidsnämnden, tekniska nämnden, miljönämnden och byggnadsnämnden rekommenderas att införa ett gemensamt bokningssystem där lediga tider visas för allmänheten.
"""

FOLLOWUP = """Uppföljning av granskningen av lokalbokningen i kommunens anläggningar
Revisionskontoret, Exempelby kommun
Datum: 2025-10-14

Revisionskontoret har följt upp hur nämnderna och bolagen har hanterat rekommendationerna i granskningen av lokalbokningen.

Kulturnämnden

Rekommendationen om taxan
Kulturnämnden antog en ny taxa för scenerna i mars 2025. Vi bedömer att rekommendationen är genomförd.

Rekommendationen om bokningssystemet
Kulturhusets scener och replokaler finns sedan augusti 2025 i det gemensamma bokningssystemet där lediga tider visas för allmänheten, men biblioteken hyr fortfarande ut sina rum via e-post. Arbetet med bokningssystemet är alltså bara delvis slutfört.

Fritidsnämnden

Rekommendationen om bokningssystemet
Samtliga idrottshallar och bollplaner bokas sedan våren 2025 i det gemensamma bokningssystemet, och lediga tider visas öppet för allmänheten på kommunens webbplats. Rekommendationen är därmed åtgärdad.

Tekniska nämnden

Rekommendationen om bokningssystemet
Nämnden har ännu inte fört in torgen och parkerna i det gemensamma bokningssystemet där lediga tider ska visas för allmänheten, och något beslut om när det ska ske har inte fattats.

Miljönämnden

Rekommendationen om bokningssystemet
Förvaltningen har fört in sina bokningsbara mötesrum och utrustning i det gemensamma bokningssystemet, och lediga tider visas för allmänheten sedan juni 2025. Vi bedömer att rekommendationen är åtgärdad.

Byggnadsnämnden

Rekommendationen om bokningssystemet
Förvaltningen har påbörjat arbetet med att föra in sina lokaler i det gemensamma bokningssystemet för allmänhetens bokning, men bara konferensrummen är inlagda hittills. Rekommendationen är delvis åtgärdad.

Revisionskontoret
"""


def test_each_committees_section_gives_its_own_status(tmp_path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-lokalbokning-2024": AUDIT, "uppfoljning-lokalbokning-2025": FOLLOWUP})
    audits, links, tracked = run(docs, embedder)
    by_no = {t.number: t for t in tracked}
    assert by_no[1].status == "atgardad"
    got = {c.committee: c.status for c in by_no[2].by_committee}
    assert got == {"Kulturnämnden": "delvis", "Fritidsnämnden": "atgardad", "Tekniska nämnden": "ej_atgardad",
                   "Miljönämnden": "atgardad", "Byggnadsnämnden": "delvis"}


AUDIT_TWO = """Granskning av stadens arbete med lokalbokning
Revisionsrapport
Revisionskontoret, Exempelby kommun
Datum: 2024-04-09

Sammanfattning
Revisionskontoret har granskat hur kulturnämnden och fritidsnämnden planerar och bokar sina lokaler.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar revisorerna följande rekommendationer:

1. Kulturnämnden och fritidsnämnden rekommenderas att ta fram en lokalförsörjningsplan för de kommande fem åren.

2. Kulturnämnden och fritidsnämnden rekommenderas att införa ett bokningssystem där lediga tider visas för allmänheten.
"""

FOLLOWUP_TWO = """Uppföljning av granskningen av stadens arbete med lokalbokning
Revisionskontoret, Exempelby kommun
Datum: 2025-10-14

Revisionskontoret har följt upp hur kulturnämnden och fritidsnämnden har hanterat de två rekommendationerna.

Kulturnämnden

Rekommendationen om lokalförsörjningsplanen
En lokalförsörjningsplan för åren 2025–2030 antogs i februari 2025 och följs upp i verksamhetsplanen. Rekommendationen är därmed genomförd.

Rekommendationen om bokningssystemet
Scenerna kan sedan hösten bokas i det nya systemet, men övriga lokaler hyrs fortfarande ut via e-post och telefon. Arbetet är alltså bara delvis klart.

Fritidsnämnden

Rekommendationen om lokalförsörjningsplanen
Någon lokalförsörjningsplan har ännu inte tagits fram, och arbetet har inte påbörjats.

Rekommendationen om bokningssystemet
Samtliga hallar och planer bokas sedan våren i systemet, och lediga tider visas öppet på webbplatsen. Rekommendationen är därmed åtgärdad.

Revisionskontoret
"""


def test_a_recommendations_subject_heading_inside_a_committees_section_speaks_for_that_committee(tmp_path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-lokaler-2024": AUDIT_TWO, "uppfoljning-lokaler-2025": FOLLOWUP_TWO})
    audits, links, tracked = run(docs, embedder)
    got = {(t.number, c.committee): c.status for t in tracked for c in t.by_committee}
    assert got == {(1, "Kulturnämnden"): "atgardad", (1, "Fritidsnämnden"): "ej_atgardad",
                   (2, "Kulturnämnden"): "delvis", (2, "Fritidsnämnden"): "atgardad"}
