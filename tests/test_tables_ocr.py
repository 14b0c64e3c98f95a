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
