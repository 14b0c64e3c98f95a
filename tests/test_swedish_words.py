"""Swedish words and numbers as ingest and the answerers read them: dates are years but no values, and a compound of
the question is matched by its parts written apart."""

import pytest

from ingest.text import YEAR_RE, best_match, compound_parts_match, stem, words
from ingest.units import value_numbers


def _stems(text: str) -> set[str]:
    return {stem(w) for w in words(text)}


@pytest.mark.parametrize("text, years", [
    ("Höjning av avgifterna fr o m 1.1.2024.", ["2024"]),
    ("Bokslutsdag 31.12.2023", ["2023"]),
    ("per 2023-08-31", ["2023"]),
    ("räntan 1.2023 procent", []),  # a decimal, not a year
    ("12 345 2023", ["2023"]),
])
def test_a_day_month_year_date_gives_its_year(text, years):
    assert YEAR_RE.findall(text) == years


def test_a_date_is_no_value_but_a_decimal_is():
    assert value_numbers("Ny förvaltare fr o m 1.7.2024") == set()
    assert value_numbers("Höjningen blev 4,5 procent den 1.1.2024") == {"45"}


@pytest.mark.parametrize("question_word, text", [
    ("årsresultat", "Årets resultat"),
    ("räntekostnader", "Kostnader för räntor"),
    ("underhållskostnader", "Kostnader för underhåll av fastigheten"),
])
def test_a_compound_matches_its_parts_written_apart(question_word, text):
    assert compound_parts_match(stem(question_word), _stems(text))
    assert best_match(stem(question_word), _stems(text)) >= 0.8


@pytest.mark.parametrize("question_word, text", [
    ("årsresultat", "Resultat efter finansiella poster"),  # the head alone is only a part
    ("räntekostnader", "Övriga externa kostnader"),
    ("avgift", "Årsavgifter per kvm"),  # no compound asked: the ordinary match decides
])
def test_the_head_alone_is_not_the_compound(question_word, text):
    assert not compound_parts_match(stem(question_word), _stems(text))
