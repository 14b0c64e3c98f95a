"""A question worded otherwise than its passage: a verb for the report's noun ("höjs" / "höjning"), a date the
report prints another way ("den 3 mars 2025" / "3.3.2025"), a body the question names standing in the cited
passage while another asked name stands elsewhere. Real corpus index, real reader, the real Assistant."""

from __future__ import annotations

import pytest

from assistant.question import QuestionReader
from assistant.service import Assistant
from ingest.text import StemIndex, best_match, stem, term_match

RUN = "run-verksamhetsberattelse-2023-08"


@pytest.fixture(scope="module")
def assistant(corpus_index):
    return Assistant(corpus_index, corpus_index.settings)


@pytest.fixture(scope="module")
def reader(corpus_index):
    return QuestionReader(corpus_index)


def test_a_verb_matches_its_action_noun_both_ways():
    assert term_match(stem("höjs"), stem("höjning")) >= 0.8
    assert term_match(stem("höjningen"), stem("höjs")) >= 0.8
    assert term_match(stem("avviker"), stem("avvikelsen")) >= 0.8
    assert best_match(stem("sänktes"), {stem("sänkningen"), stem("avgiften")}) >= 0.8
    assert term_match(stem("höjs"), stem("höjd")) < 0.8  # a height is no raising
    # a past form the stemmer leaves with its ending ("höjdes" -> "höjd", "ökade" -> "ökad") and the noun
    assert term_match(stem("höjdes"), stem("höjningen")) >= 0.8
    assert best_match(stem("ökade"), {stem("ökningen")}) >= 0.8
    # or the head of a compound noun ("avgiftshöjning", "kostnadsökning"); a mere ending is no head
    assert term_match(stem("höjde"), stem("avgiftshöjningen")) >= 0.8
    assert best_match(stem("ökade"), {stem("kostnadsökningen")}) >= 0.8
    assert stem("avgiftshöjning") in StemIndex([stem("avgiftshöjning")]).matches(stem("höjdes"))
    # the vocabulary index finds the same pairs as the scan (the unit store looks stems up through it)
    vocab = StemIndex([stem("höjning"), stem("avgift"), stem("sänk")])
    assert stem("höjning") in vocab.matches(stem("höjs"))
    assert stem("sänk") in vocab.matches(stem("sänkningen"))
    assert stem("höjning") in vocab.matches(stem("höjdes"))
    assert stem("ökad") in StemIndex([stem("ökade")]).matches(stem("ökningen"))


def test_a_month_inside_a_date_is_no_term_but_a_month_alone_is(reader):
    q = reader.read("Hur mycket höjs avgiften från den 3 mars 2025?")
    assert not any(g.word == "mars" for g in q.terms) and 2025 in q.years
    q = reader.read("Hur mycket höjs avgiften från mars 2025?")
    assert not any(g.word == "mars" for g in q.terms)
    q = reader.read("Hur mycket kostade elen i mars?")
    assert any(g.word == "mars" for g in q.terms)
    q = reader.read("How much will the fee rise from 3 March 2025?")
    assert not any(g.word == "march" for g in q.terms)


def test_a_body_the_question_names_is_not_another_body(assistant, corpus_index):
    """The cited passage names the granting agency the question asks about; the region the question also names
    stands elsewhere on the page. Before, the agency's capitalised name counted as "another body" and the answer
    was refused."""
    a = assistant.ask("Vilket belopp har Tillväxtverket beviljat Kalmar län för landsbygdsutvecklingen?")
    assert not a.abstained, a.notes
    assert "1,5" in a.answer
    assert any(c.doc_id == RUN and "Tillväxtverket" in c.quote for c in a.citations)
    for c in a.citations:
        assert c.quote in corpus_index.page(c.doc_id, c.page).text


def test_a_count_counts_the_word_after_how_many(reader):
    """"Hur många personer intervjuades": persons are counted, not interviews ("drygt 20 intervjuer" does not
    answer it); an attribute before the counted word leaves the word counted ("Hur många nya lägenheter")."""
    from assistant.strategies.checks import _near, counted_stems as _counted

    sv = reader.lexicon.lang("sv")
    counted = _counted(reader.read("Hur många personer intervjuades av revisorerna?"), sv)
    assert counted and all(not c.startswith("intervju") for c in counted)
    assert _near("I granskningen intervjuades 21 personer.", "21", counted)
    assert not _near("Drygt 20 intervjuer har genomförts.", "20", counted)
    counted = _counted(reader.read("Hur många nya lägenheter byggdes?"), sv)
    assert any(c.startswith("läg") for c in counted)  # (the stemmer cuts "lägenheter" to "lägen")
