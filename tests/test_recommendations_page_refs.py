"""A response that names the recommendations by where the audit prints them ("Den andra rekommendationen på sidan
3"), not by number or wording: each block speaks to the recommendation at that place of that page of the audit. On
real rendered PDFs."""

from __future__ import annotations

from assistant.recommendations.segment import _page_ref
from assistant.recommendations.tracker import run
from tests.rendered_docs import rendered_docs

AUDIT = """Granskning av vinterväghållningen
Revisionsrapport
Revisionskontoret, Exempelby kommun
Datum: 2024-01-22

Sammanfattning
Revisionskontoret har granskat om trafiknämnden planerar och följer upp snöröjningen och halkbekämpningen på ett ändamålsenligt sätt.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar revisorerna följande rekommendationer:

Trafiknämnden rekommenderas att fastställa prioriteringsordningen för snöröjning av gång- och cykelvägar.

Trafiknämnden rekommenderas att följa upp entreprenörernas insatstider efter varje snöfall.

Trafiknämnden rekommenderas att informera invånarna om var de kan anmäla brister i halkbekämpningen.
"""

RESPONSE = """Trafiknämnden
Yttrande över revisionsrapporten Granskning av vinterväghållningen
Datum: 2024-11-05

Trafiknämnden har tagit del av revisionskontorets granskning och lämnar följande yttrande.

Den första rekommendationen på sidan 1
Nämnden fattade beslut i frågan i september, och beslutet gäller från och med denna säsong.

Den tredje rekommendationen på sidan 1
Förvaltningen har inte hunnit påbörja detta arbete.

Den andra rekommendationen på sidan 1
Arbetet har kommit i gång i två av fem områden, och de övriga följer från januari.

Trafiknämnden
"""


def test_a_heading_naming_the_audits_page_and_place_is_read():
    assert _page_ref("Den andra rekommendationen på sidan 4") == (4, 2)
    assert _page_ref("Rekommendationen på sidan 7 i rapporten") == (7, 1)
    assert _page_ref("Den nya rekommendationen på sidan 4") is None


def test_blocks_named_by_the_audits_page_speak_to_the_recommendation_at_that_place(tmp_path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-vinterval-2024": AUDIT, "yttrande-vinterval-2024": RESPONSE})
    audits, links, tracked = run(docs, embedder)
    got = {t.number: t.status for t in tracked}
    assert got == {1: "atgardad", 2: "delvis", 3: "ej_atgardad"}
