"""Typed tables from real (reportlab-generated) PDFs: group headers over two header rows, note columns, wrapped
labels, years in the first row, dashes, totals, English-style numbers and a table continued on the next page."""

from __future__ import annotations

import pytest

from ingest import parse_pdf
from ingest.models import Table
from ingest.numbers import number_style, parse_number
from tests.pdfs import make_layout_pdf

LABEL = 60.0
PROSE = [(0, [(LABEL, "Rapporten redovisar utfallet för perioden och prognosen för helåret.")])]


def _parse(tmp_path, name: str, pages) -> list[Table]:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(make_layout_pdf(pages))
    return parse_pdf(path).tables


def _row(table: Table, label: str):
    rows = [r for r in table.rows if r.label == label]
    assert rows, f"no row {label!r} in {[r.label for r in table.rows]}"
    return rows[0]


def _col(table: Table, header: str) -> int:
    return table.columns.index(header) - 1  # index into row.cells


@pytest.fixture(scope="module")
def interim(tmp_path_factory) -> Table:
    edges = [-250, -300, -350, -420, -480, -540]
    rows = [
        ("Intäkter", ["1 234", "1 200", "34", "2 400", "2 380", "2 350"]),
        ("Kostnader", ["-5 678", "-5 700", "22", "-11 300", "-11 250", "-11 200"]),
        ("Summa nettokostnad", ["-4 444", "-4 500", "56", "-8 900", "-8 870", "-8 850"]),
    ]
    page = [*PROSE, (40, [(285, "Period"), (470, "Helår")]),
            (14, [(LABEL, "Verksamhet"), *zip(edges, ["Utfall", "Budget", "Avvikelse", "Prognos", "Fg prognos", "Budget"])])]
    page += [(16, [(LABEL, lab), *zip(edges, vals)]) for lab, vals in rows]
    page += [(40, [(LABEL, "Kommentarer till utfallet följer i nästa avsnitt.")])]
    tables = _parse(tmp_path_factory.mktemp("interim"), "delarsrapport", [page])
    assert len(tables) == 1
    return tables[0]


def test_two_header_rows_give_each_column_its_group_and_measure(interim):
    info = interim.column_info[1:]
    assert [c.group for c in info] == ["Period"] * 3 + ["Helår"] * 3
    assert [c.measure for c in info] == ["Utfall", "Budget", "Avvikelse", "Prognos", "Fg prognos", "Budget"]
    assert interim.columns[1:] == ["Period Utfall", "Period Budget", "Period Avvikelse", "Helår Prognos",
                                   "Helår Fg prognos", "Helår Budget"]
    kost = _row(interim, "Kostnader")
    assert [c.value for c in kost.cells] == [-5678, -5700, 22, -11300, -11250, -11200]
    assert _row(interim, "Summa nettokostnad").total and not kost.total


@pytest.fixture(scope="module")
def statement(tmp_path_factory) -> Table:
    page = [*PROSE,
            (40, [(LABEL, "**Resultaträkning"), (-300, "**Not"), (-400, "**2024"), (-480, "**2023")]),
            (18, [(LABEL, "**Rörelseintäkter")]),
            (16, [(LABEL, "Nettoomsättning"), (-300, "2"), (-400, "4 564"), (-480, "4 377")]),
            (16, [(LABEL, "Förändring av lager av produkter i arbete, färdiga")]),
            (16, [(LABEL, "varor och pågående arbete för annans räkning"), (-400, "190"), (-480, "–")]),
            (16, [(LABEL, "Övriga rörelseintäkter"), (-300, "3, 4"), (-400, "166"), (-480, "3")]),
            (16, [(LABEL, "**Summa rörelseintäkter"), (-400, "4 920"), (-480, "4 380")]),
            (40, [(LABEL, "Noterna finns på sidan 12.")])]
    tables = _parse(tmp_path_factory.mktemp("statement"), "arsredovisning", [page])
    assert len(tables) == 1
    return tables[0]


def test_note_column_holds_references_not_values(statement):
    roles = [c.role for c in statement.column_info]
    assert roles == ["label", "note", "value", "value"]
    net = _row(statement, "Nettoomsättning")
    assert (net.cells[0].raw, net.cells[0].value) == ("2", None)
    assert [c.value for c in net.cells[1:]] == [4564, 4377]
    assert _row(statement, "Övriga rörelseintäkter").cells[0].raw == "3, 4"
    assert [c.year for c in statement.column_info[2:]] == [2024, 2023]


def test_wrapped_label_is_merged_and_dash_means_zero_without_printed_zeros(statement):
    row = _row(statement, "Förändring av lager av produkter i arbete, färdiga varor och pågående arbete för annans räkning")
    assert row.cells[1].value == 190
    assert (row.cells[2].raw, row.cells[2].value) == ("–", 0)  # the table prints no literal 0: its dashes are zeros
    assert _row(statement, "Summa rörelseintäkter").total
    assert not _row(statement, "Rörelseintäkter").total


def test_years_in_first_row_become_the_header_and_english_numbers(tmp_path):
    page = [*PROSE,
            (40, [(-400, "2025"), (-480, "2024")]),
            (16, [(LABEL, "Nettoomsättning"), (-400, "3,983,166.42"), (-480, "2,976,617.24")]),
            (16, [(LABEL, "Övriga rörelsekostnader"), (-400, "-93.44"), (-480, "0.00")]),
            (16, [(LABEL, "Summa"), (-400, "3,983,072.98"), (-480, "2,976,617.24")]),
            (40, [(LABEL, "Beloppen anges i kronor.")])]
    (table,) = _parse(tmp_path, "bokslut", [page])
    assert table.columns[1:] == ["2025", "2024"]
    assert table.number_style == "en"
    assert [c.value for c in _row(table, "Nettoomsättning").cells] == [3983166.42, 2976617.24]
    assert [c.value for c in _row(table, "Övriga rörelsekostnader").cells] == [-93.44, 0.0]
    assert "2025" not in [r.label for r in table.rows]


def test_table_continued_on_next_page_is_one_table(tmp_path):
    head = (30, [(LABEL, "Verksamhet"), (-400, "Budget 2024"), (-480, "Utfall 2024")])
    first = [(16, [(LABEL, f"Verksamhet {n}"), (-400, f"{n} 100"), (-480, f"{n} 050")]) for n in range(1, 6)]
    rest = [(16, [(LABEL, f"Verksamhet {n}"), (-400, f"{n} 100"), (-480, f"{n} 050")]) for n in range(6, 9)]
    page1 = [*PROSE, (560, [(LABEL, "**Driftredovisning")]), head, *first]
    page2 = [(0, rest[0][1]), *rest[1:], (16, [(LABEL, "Summa"), (-400, "36 800"), (-480, "36 400")]),
             (40, [(LABEL, "Avvikelserna kommenteras nedan.")])]
    tables = [t for t in _parse(tmp_path, "drift", [page1, page2]) if "Verksamhet 1" in [r.label for r in t.rows]]
    assert len(tables) == 1
    t = tables[0]
    assert (t.page, t.page_end) == (1, 2)
    assert [r.label for r in t.rows] == [f"Verksamhet {n}" for n in range(1, 9)] + ["Summa"]
    assert t.columns[1:] == ["Budget 2024", "Utfall 2024"]
    assert [c.measure for c in t.column_info[1:]] == ["Budget", "Utfall"]


def test_number_styles():
    assert number_style(["3,983,166.42", "-76,838.05", "0.00"]) == "en"
    assert number_style(["-166 311", "1,5", "802´"]) == "sv"
    assert parse_number("−105")[0] == -105
    assert parse_number("1,500", "en")[0] == 1500
    assert parse_number("1,5")[0] == 1.5


def test_label_line_that_cannot_end_runs_on_into_a_capitalised_value_line(tmp_path):
    row = lambda lab, a, b: (16, [(LABEL, lab), (-400, a), (-480, b)])  # noqa: E731
    page = [*PROSE, (30, [(LABEL, "Resultaträkning"), (-400, "2024"), (-480, "2023")]),
            row("Nettoomsättning", "5 100", "4 900"), row("Övriga intäkter", "200", "150"),
            row("Driftskostnader", "-3 900", "-3 700"),
            (16, [(LABEL, "Finansiella poster")]),
            (16, [(LABEL, "Resultat från andelar i övriga")]),
            row("Koncernföretag", "1 200", "1 100"),
            row("Räntekostnader", "-300", "-250"),
            (40, [(LABEL, "Resultatet kommenteras i förvaltningsberättelsen.")])]
    tables = _parse(tmp_path, "resultat", [page])
    assert len(tables) == 1
    labels = [r.label for r in tables[0].rows]
    assert "Resultat från andelar i övriga Koncernföretag" in labels
    assert "Finansiella poster" in labels  # a heading line that can end where it does stays a group row
    assert [c.value for c in _row(tables[0], "Resultat från andelar i övriga Koncernföretag").cells] == [1200, 1100]
