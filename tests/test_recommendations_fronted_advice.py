"""The auditors' advice with a fronted topic and the subject after the verb ("När det gäller X ser vi ett behov av
att nämnden …", "För bygglovsenheten är det angeläget att nämnden …") is their advice as the plain word order is ("Vi
ser behov av att nämnden …"); an organ's own "ser behov av att …" stays none (real PDFs rendered from small texts,
read by pdfplumber)."""

from __future__ import annotations

from tests.rendered_docs import rendered_recommendations

AUDIT = """Granskning av kommunens hantering av felanmälningar
Revisionsrapport
Revisorerna i Exempelby kommun
Datum: 2025-05-06

1 Sammanfattning
Revisorerna har granskat om kommunstyrelsen och fastighetsnämnden säkerställer att felanmälningar från
hyresgäster i kommunens lokaler tas om hand inom rimlig tid och att de följs upp på ett systematiskt sätt.

2 Iakttagelser
Felanmälningar tas emot i ett ärendesystem som förvaltningen införde 2022. Fastighetsnämnden ser behov av att
byta system under de närmaste åren, vilket framgår av nämndens verksamhetsplan.

3 Revisorernas bedömning
När det gäller fastighetsnämnden ser vi ett tydligt behov av att nämnden varje kvartal följer upp hur lång tid
det tar att åtgärda en felanmälan. Beträffande bygglovsenheten är det angeläget att kommunstyrelsen fastställer vilka
svarstider som ska gälla för samtliga förvaltningar.
"""


def test_advice_with_a_fronted_topic_and_the_subject_after_the_verb_recommends(tmp_path):
    recs = rendered_recommendations(tmp_path, "granskning-felanmalan-2025.pdf", AUDIT)
    texts = [r.text for r in recs]
    assert any(t.startswith("När det gäller fastighetsnämnden ser vi ett tydligt behov") for t in texts), texts
    assert any(t.startswith("Beträffande bygglovsenheten är det angeläget") for t in texts), texts
    assert not any(t.startswith("Fastighetsnämnden ser behov") for t in texts), texts
    assert sorted(a for r in recs for a in r.addressees) == ["Fastighetsnämnden", "Kommunstyrelsen"], \
        [(r.addressees, r.text) for r in recs]
