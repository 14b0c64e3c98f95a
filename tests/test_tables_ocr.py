"""A scanned page's table typed through OCR (Debian tesseract, Swedish): one real page of a housing cooperative's
scanned annual report (its income statement), read with no text layer at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import parse_pdf
from ingest.ocr import tesseract_available

pytestmark = pytest.mark.skipif(not tesseract_available("swe"), reason="needs Debian tesseract-ocr + tesseract-ocr-swe (.ci/run installs them)")

SCAN = Path(__file__).parent / "data" / "brf-hjorthagen-resultatrakning-scanned.pdf"


@pytest.fixture(scope="module")
def statement():
    doc = parse_pdf(SCAN)
    assert doc.pages[0].ocr
    tables = [t for t in doc.tables if any(r.label == "Nettoomsättning" for r in t.rows)]
    assert len(tables) == 1
    return tables[0]


def _value(table, label: str, year: int) -> float | None:
    j = next(i for i, c in enumerate(table.column_info) if c.year == year and c.role == "value")
    row = next(r for r in table.rows if r.label == label)
    return row.cells[j - 1].value


def test_scanned_income_statement_is_typed(statement):
    assert statement.title == "Resultaträkning"
    assert [c.year for c in statement.column_info if c.role == "value"] == [2023, 2022]
    assert [c.role for c in statement.column_info].count("note") == 1
    assert _value(statement, "Nettoomsättning", 2023) == 2183255
    assert _value(statement, "Driftskostnader", 2022) == -1252246
    summa = next(r for r in statement.rows if r.label == "Summa rörelsekostnader")
    assert summa.total


def test_doubted_leading_group_of_a_number_is_kept(statement):
    # tesseract gives "-175" a low confidence and "526" a high one: the number stays whole
    assert _value(statement, "RESULTAT EFTER FINANSIELLA POSTER", 2023) == -175526
    assert _value(statement, "ÅRETS RESULTAT", 2023) == -175526


def _line(*texts: str) -> list:
    from ingest.layout import Word

    words, x = [], 60.0
    for t in texts:
        words.append(Word(t, x, x + 6 * len(t), 100.0, 110.0, 10.0, False, spaced=True))
        x += 6 * len(t) + 8
    return words


def test_misread_percent_signs_are_put_back():
    from ingest.ocr import percent_signs

    assert [w.text for w in percent_signs(_line("Soliditet", "(96)", "70", "69"))] == ["Soliditet", "(%)", "70", "69"]
    assert [w.text for w in percent_signs(_line("Skuldränta", "(926)", "3,74", "Yo"))] == ["Skuldränta", "(%)", "3,74", "%"]
    # a value in parentheses after a number (last year's figure) and a bare 96 stay numbers
    assert [w.text for w in percent_signs(_line("Anställda", "12", "(96)", "96"))] == ["Anställda", "12", "(96)", "96"]


def test_a_number_group_whose_space_ocr_read_as_a_dot_stays_one_number():
    from ingest.numbers import parse_number

    assert parse_number("42.351 932")[0] == 42351932
    assert parse_number("1.234 567,89")[0] == 1234567.89
    assert parse_number("5.02")[0] == 5.02 and parse_number("7.5 000")[0] is None
    assert parse_number("[0]")[0] == 0 and parse_number("[0)")[0] == 0 and parse_number("(76,7)")[0] == 76.7
