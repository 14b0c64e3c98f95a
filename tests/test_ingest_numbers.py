"""Swedish numbers: ingest.numbers.parse_number / find_numbers."""

from __future__ import annotations

import pytest

from ingest.numbers import find_numbers, parse_number


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("-166 311", -166311),
        ("76,7", 76.7),
        ("−5", -5),
        ("802´", 802),
        ("1,5 mnkr", 1.5),
        ("52 %", 52),
        ("+924", 924),
        ("0", 0),
        ("204\u00a0846", 204846),
        ("1.850.150", 1850150),  # dots as thousands separators (OCR, some producers)
        ("—114 243", -114243),  # an em dash read for the minus sign
        ("- 175 526", -175526),  # OCR sets the sign apart
    ],
)
def test_parse_number(raw, value):
    got, warning = parse_number(raw)
    assert got == pytest.approx(value) and warning is None


def test_double_minus_is_read_with_a_warning():
    value, warning = parse_number("--195")
    assert value == -195 and warning and "--195" in warning


def test_empty_and_text():
    assert parse_number("") == (None, None)
    assert parse_number("   ") == (None, None)
    value, warning = parse_number("Regionstyrelsen")
    assert value is None and "not a number" in warning


def test_find_numbers_units_ranges_and_marks():
    text = "Överskottet är 1,5 mnkr 2018–2022; underskott −367 mnkr, relation 52 %, gästnätter 802´ (750`)."
    got = [(m.value, m.unit, m.raw) for m in find_numbers(text)]
    assert (1.5, "mnkr", "1,5 mnkr") in got
    assert (2018, None, "2018") in got and (2022, None, "2022") in got  # a range, not a minus
    assert (-367, "mnkr", "−367 mnkr") in got
    assert (52, "%", "52 %") in got
    assert (802, None, "802´") in got
    for m in find_numbers(text):
        assert text[m.start : m.end] == m.raw


def test_find_numbers_keeps_space_thousands_together():
    [m] = find_numbers("Budget 204 846 tkr")
    assert m.value == 204846 and m.unit == "tkr"
