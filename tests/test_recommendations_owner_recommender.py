"""A recommender named with its owner's genitive ("Kommunens revisorer rekommenderar …", "Statens revisionskontor
föreslår …") opens a lead-in like "Revisorerna rekommenderar …": its bullets are recommendations to the organ it
names (lexicon recommenders, lexicon.recommender_alternation). Invented text."""

from __future__ import annotations

from assistant.recommendations.extract import extract_recommendations
from assistant.recommendations.gather import is_rec_sentence
from ingest.models import DocumentMeta, Page


def test_an_owners_recommender_recommends():
    assert is_rec_sentence("Kommunens revisorer rekommenderar fritidsnämnden att se över taxan.")
    assert is_rec_sentence("Landets revisionskontor föreslår att myndigheten inför en rutin.")
    assert not is_rec_sentence("Kommunens revisorer har granskat fritidsnämnden.")


def test_bullets_under_an_owners_recommender_go_to_the_organ_it_names():
    text = ("Rekommendationer\n"
            "Landets revisionskontor rekommenderar regeringen att\n"
            "• ge Fiskeverket i uppdrag att redovisa kostnaderna för tillsynen\n"
            "• se över förordningen om avgifter.\n"
            "Landets revisionskontor rekommenderar Fiskeverket att\n"
            "• införa en enhetlig metod för riskbedömning\n"
            "• förbättra registret över fiskevatten.\n")
    meta = DocumentMeta(doc_id="lrk-fiske", title="Tillsynen över fisket", document_type="granskningsrapport",
                        year=2025, file_name="lrk-fiske.pdf", sha256="0")
    recs = extract_recommendations(meta, [Page(doc_id="lrk-fiske", number=1, text=text)])
    got = {r.text.split()[0]: r.addressees for r in recs}
    assert got == {"ge": ["Regeringen"], "se": ["Regeringen"], "införa": ["Fiskeverket"], "förbättra": ["Fiskeverket"]}
