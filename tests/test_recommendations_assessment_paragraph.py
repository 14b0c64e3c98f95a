"""A paragraph that opens with the auditors' assessment ("Vi bedömer att …") gives their advice when an organ's
"bör" follows in it ("… . Kommunstyrelsen bör därför komplettera …"), as under an assessment heading; a norm the
findings report ("Enligt riktlinjen bör förvaltningarna …") stays none (real PDFs rendered from small texts, read by
pdfplumber)."""

from __future__ import annotations

from tests.rendered_docs import rendered_recommendations

AUDIT = """Granskning av kommunens hantering av representation
Revisionsrapport
Revisorerna i Exempelby kommun
Datum: 2025-04-08

1 Sammanfattning
Revisorerna har granskat om kommunstyrelsen säkerställer att utgifter för representation och gåvor hanteras enligt
kommunens riktlinje och att de är förenliga med god sed för offentlig förvaltning.

2 Iakttagelser och bedömningar

2.1 Attest av representation
Enligt riktlinjen bör förvaltningarna ange syfte och deltagare på varje faktura för representation. I sex av
tjugo granskade fakturor saknades uppgift om deltagare.

Vi bedömer att attesten av representation i huvudsak fungerar men att dokumentationen är ofullständig.
Kommunstyrelsen bör därför komplettera riktlinjen med en mall för vilka uppgifter en faktura för
representation ska innehålla.

2.2 Gåvor till anställda
Vi rekommenderar kommunstyrelsen att fastställa ett högsta belopp för gåvor till anställda vid högtider.
"""


def test_an_organs_advice_after_the_auditors_assessment_in_its_paragraph_recommends(tmp_path):
    recs = rendered_recommendations(tmp_path, "granskning-representation-2025.pdf", AUDIT)
    texts = [r.text for r in recs]
    assert any(t.startswith("Kommunstyrelsen bör därför komplettera") for t in texts), texts
    assert any(t.startswith("Vi rekommenderar kommunstyrelsen att fastställa") for t in texts), texts
    assert not any("Enligt riktlinjen" in t for t in texts), texts
    assert len(recs) == 2, texts
