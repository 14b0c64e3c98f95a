"""Tables that continue over pages, from real (reportlab-generated) PDFs read by pdfplumber: a ruled investment
table whose next page neither repeats the header nor fills every column, a statement continued under its
repeated header and below a gap on the same page, and tables that must stay apart."""

from __future__ import annotations

from ingest import parse_pdf
from ingest.models import Table
from tests.pdfs import make_grid_pdf, make_layout_pdf

LABEL = 60.0
# pages of prose after the tables: a line on half of a short document's pages is a running header and is removed
CLOSING = [[(0, [(LABEL, f"Styrelsen kommenterar posterna i avsnitt {n}.")])] for n in range(1, 4)]


def _row(table: Table, label: str):
    rows = [r for r in table.rows if r.label == label]
    assert rows, f"no row {label!r} in {[r.label for r in table.rows]}"
    return rows[0]


def _one_table_over_two_pages(path, pages: list, xs: list[int], first_label: str) -> Table:
    """The grid PDF of ``pages`` read back: the one table holding the row ``first_label``, on pages 1-2."""
    path.write_bytes(make_grid_pdf(pages, xs))
    tables = [t for t in parse_pdf(path).tables if any(r.label == first_label for r in t.rows)]
    assert len(tables) == 1
    assert (tables[0].page, tables[0].page_end) == (1, 2)
    return tables[0]


def _values(table: Table, label: str) -> list[float | None]:
    return [c.value for c in _row(table, label).cells]


def test_ruled_table_continues_without_header_and_with_a_blank_column(tmp_path):
    xs = [60, 90, 280, 340, 400, 460, 530]
    head = ["Prio", "Projekt (tkr)", "Budget 2027", "Plan 2028", "Plan 2029", "Total"]
    first = [[str(n), f"Projekt nummer {n}", f"{n} 000", "500", "0", f"{n} 500"] for n in range(1, 31)]
    # the next page: no header row, the priority column left blank, sums at the end
    rest = [["", f"Projekt nummer {n}", f"{n} 000", "500", "0", f"{n} 500"] for n in range(31, 34)]
    rest += [["", "Summa investeringar", "561 000", "16 500", "0", "577 500"]]
    t = _one_table_over_two_pages(tmp_path / "investeringar.pdf", [(["Investeringsbudget"], [head, *first]), ([], rest)],
                                  xs, "Projekt nummer 1")
    assert t.title == "Investeringsbudget"
    assert t.columns[-4:] == ["Budget 2027", "Plan 2028", "Plan 2029", "Total"]
    plan = t.columns.index("Plan 2028") - 1
    total = t.columns.index("Total") - 1
    assert _values(t, "Projekt nummer 32")[plan] == 500 and _values(t, "Projekt nummer 32")[total] == 32500
    assert _values(t, "Summa investeringar")[total] == 577500 and _row(t, "Summa investeringar").total
    assert _row(t, "Projekt nummer 30").page == 1 and _row(t, "Projekt nummer 31").page == 2
    assert [c.year for c in t.column_info if c.role == "value"][-4:] == [2027, 2028, 2029, None]


def _statement_row(label: str, a: str, b: str, note: str = "") -> tuple[float, list]:
    cells = [(LABEL, label), (-420, a), (-500, b)]
    return (16, cells + ([(-330, note)] if note else []))


def _header(title: str) -> list:
    return [(0, [(LABEL, "Brf Exempelgården")]),
            (30, [(LABEL, f"**{title}"), (-330, "Not"), (-420, "2024-12-31"), (-500, "2023-12-31")])]


def test_statement_continues_under_repeated_header_and_after_a_gap(tmp_path):
    assets = [(16, [(LABEL, "Tillgångar")]), (16, [(LABEL, "Anläggningstillgångar")])]
    assets += [_statement_row(f"Byggnad {n}", f"{n} 100 000", f"{n} 050 000", str(n + 2)) for n in range(1, 30)]
    assets += [_statement_row("Summa tillgångar", "45 000 000", "44 000 000")]
    equity = [(16, [(LABEL, "Eget kapital och skulder")]), (16, [(LABEL, "Eget kapital")])]
    equity += [_statement_row("Medlemsinsatser", "30 000 000", "30 000 000"),
               _statement_row("Årets resultat", "-150 000", "120 000"),
               _statement_row("Summa eget kapital", "29 850 000", "30 120 000")]
    debts = [(90, [(LABEL, "SKULDER")]), (16, [(LABEL, "Långfristiga skulder")]),
             _statement_row("Skulder till kreditinstitut", "15 150 000", "13 880 000", "9"),
             _statement_row("Summa eget kapital och skulder", "45 000 000", "44 000 000")]
    pages = [[*_header("Balansräkning"), *assets], [*_header("Balansräkning"), *equity, *debts], *CLOSING]
    path = tmp_path / "balans.pdf"
    path.write_bytes(make_layout_pdf(pages))
    tables = [t for t in parse_pdf(path).tables if any(r.label == "Byggnad 1" for r in t.rows)]
    assert len(tables) == 1
    t = tables[0]
    assert (t.page, t.page_end) == (1, 2)
    labels = [r.label for r in t.rows]
    assert labels.count("Balansräkning") == 0  # the repeated header is not a row
    assert labels.index("Summa tillgångar") < labels.index("Eget kapital") < labels.index("SKULDER")
    y24 = t.columns.index("2024-12-31") - 1
    assert _values(t, "Årets resultat")[y24] == -150000
    assert _values(t, "Summa eget kapital och skulder")[y24 + 1] == 44000000
    assert _row(t, "Skulder till kreditinstitut").cells[t.columns.index("Not") - 1].raw == "9"
    assert _row(t, "Medlemsinsatser").page == 2


def test_other_statement_and_notes_stay_apart(tmp_path):
    income = [*_header("Resultaträkning"), *[_statement_row(f"Intäkt {n}", f"{n} 000", f"{n} 500") for n in range(1, 40)]]
    notes = [*_header("Balansräkning"), *[_statement_row(f"Post {n}", f"{n} 000", f"{n} 100") for n in range(1, 5)]]
    notes += [(40, [(LABEL, "Not 5 Fastighetslån")])]
    notes += [_statement_row(f"Lån {n}", f"{n} 000", f"{n} 100") for n in range(1, 4)]
    path = tmp_path / "tva.pdf"
    path.write_bytes(make_layout_pdf([income, notes, *CLOSING]))
    tables = parse_pdf(path).tables
    income_t = [t for t in tables if any(r.label == "Intäkt 1" for r in t.rows)]
    balance_t = [t for t in tables if any(r.label == "Post 1" for r in t.rows)]
    assert len(income_t) == 1 and income_t[0].page_end is None
    # the line above both statements (the organisation) names neither: each is titled by its own header
    assert income_t[0].title == "Resultaträkning" and balance_t[0].title == "Balansräkning"
    assert len(balance_t) == 1 and balance_t[0].page == 2
    assert not any(r.label.startswith("Lån") for r in balance_t[0].rows)


def test_note_under_the_same_year_header_on_the_next_page_stays_its_own_table(tmp_path):
    note = lambda n, k: [(16, [(LABEL, f"Not {n} Fordringar {n}")]),  # noqa: E731
                         *[_statement_row(f"Fordran {n}.{m}", f"{m} 000", f"{m} 100") for m in range(1, k)]]
    first = [*_header("Noter"), *note(1, 30), *note(2, 12)]
    page2 = [(0, [(LABEL, "Not 3 Skulder")]), *[_statement_row(f"Skuld {m}", f"{m} 500", f"{m} 600") for m in range(1, 5)]]
    path = tmp_path / "noter.pdf"
    path.write_bytes(make_layout_pdf([first, page2, *CLOSING]))
    tables = parse_pdf(path).tables
    debts = [t for t in tables if any(r.label == "Skuld 1" for r in t.rows)]
    assert len(debts) == 1 and debts[0].page == 2
    assert not any(r.label == "Fordran 1.1" for r in debts[0].rows)
    assert [c.year for c in debts[0].column_info if c.role == "value"] == [2024, 2023]  # the year header above


def test_ruled_note_opening_the_next_page_is_not_joined(tmp_path):
    xs = [60, 300, 400, 500]
    first = [["Not 1 Fordringar", "", ""], *[[f"Fordran {m}", f"{m} 000", f"{m} 100"] for m in range(1, 34)]]
    rest = [["Not 2 Skulder", "", ""], *[[f"Skuld {m}", f"{m} 500", f"{m} 600"] for m in range(1, 5)]]
    path = tmp_path / "noter-rutnat.pdf"
    path.write_bytes(make_grid_pdf([(["Noter"], [["Belopp i kr", "2024", "2023"], *first]), ([], rest)], xs))
    tables = parse_pdf(path).tables
    debts = [t for t in tables if any(r.label == "Skuld 1" for r in t.rows)]
    assert len(debts) == 1 and debts[0].page == 2 and debts[0].page_end is None
    assert not any(r.label == "Fordran 1" for r in debts[0].rows)


def test_first_row_of_four_digit_values_is_not_read_as_a_header_of_years(tmp_path):
    # a multi-year overview whose values have no thousands space ("4564", as OCR gives "4 564"): the first row
    # under the years stays a row instead of joining the header
    head = (0, [(LABEL, "**NYCKELTAL"), (-330, "**2023"), (-400, "**2022"), (-470, "**2021")])
    rows = [(16, [(LABEL, "Nettoomsättning"), (-330, "4564"), (-400, "4377"), (-470, "4266")]),
            (16, [(LABEL, "Resultat efter finansiella poster"), (-330, "-2 194"), (-400, "-1 935"), (-470, "-2 012")]),
            (16, [(LABEL, "Yttre fond"), (-330, "2471"), (-400, "2471"), (-470, "2170")])]
    path = tmp_path / "oversikt.pdf"
    path.write_bytes(make_layout_pdf([[(0, [(LABEL, "Flerårsöversikt")]), head, *rows], *CLOSING]))
    (t,) = [t for t in parse_pdf(path).tables if any(r.label == "Yttre fond" for r in t.rows)]
    assert [c.year for c in t.column_info if c.role == "value"] == [2023, 2022, 2021]
    assert _values(t, "Nettoomsättning") == [4564, 4377, 4266]


def test_a_label_wrapped_into_parentheses_below_its_values_stays_one_row(tmp_path):
    # "Kassaflöde från löpande verksamhet   623 693   253 899" / "(före förändring av rörelsekapital)" below it
    head = (0, [(LABEL, "**Kassaflödesanalys"), (-420, "**2023"), (-500, "**2022")])
    rows = [(16, [(LABEL, "Resultat efter finansiella poster"), (-420, "264 760"), (-500, "-105 034")]),
            (16, [(LABEL, "Avskrivningar"), (-420, "358 933"), (-500, "358 933")]),
            (16, [(LABEL, "Kassaflöde från löpande verksamhet"), (-420, "623 693"), (-500, "253 899")]),
            (16, [(LABEL, "(före förändring av rörelsekapital)")]),
            (24, [(LABEL, "Ökning (-) /minskning (+) kortfristiga fordringar"), (-420, "-94 919"), (-500, "-8 385")])]
    path = tmp_path / "kassaflode.pdf"
    path.write_bytes(make_layout_pdf([[head, *rows], *CLOSING]))
    (t,) = [t for t in parse_pdf(path).tables if any(r.label == "Avskrivningar" for r in t.rows)]
    labels = [r.label for r in t.rows]
    assert "(före förändring av rörelsekapital)" not in labels
    assert _values(t, "Kassaflöde från löpande verksamhet (före förändring av rörelsekapital)") == [623693, 253899]


def test_a_note_without_a_header_takes_the_year_header_not_a_wider_note_between():
    """Notes listed under one year header, with a wider note of its own columns between them (a loan note: rate,
    amount, next year's amortisation): a note after it with two value columns takes the year header, whose
    columns it has, not the loan note's that happen to stand at the same places."""
    from ingest.tables import RawTable
    from ingest.tables_join import inherit_headers

    def note(rows, header_rows, spans):
        return RawTable(page=14, bbox=(0, 0, 1, 1), rows=rows, ruled=False, header_rows=header_rows, numeric=True,
                        extra={"spans": spans})

    years = note([["Not 13 Kundfordringar", "2023", "2022"], ["Hyresfordringar", "1 345", "1 345"]], 1,
                 [(60, 200), (450, 475), (520, 545)])
    loans = note([["Låneinstitut", "Ränta", "Belopp", "Nästa års amortering"],
                  ["Nordea Hypotek AB", "0,76%", "5 237 500", "0"]], 1,
                 [(60, 200), (300, 340), (440, 475), (500, 545)])
    later = note([["Not 17 Övriga kortfristiga skulder", "", ""], ["Källskatt", "2 099", "7 086"]], 1,
                 [(60, 200), (450, 475), (520, 545)])
    inherit_headers([years, loans, later])
    cols, _ = later.extra["inherit"]
    assert cols[1:] == ["2023", "2022"]


def test_a_loan_note_keeps_its_rate_and_its_date_in_columns_of_their_own(tmp_path):
    """A loan note: lender, rate, the date its terms change, amount. The date stands in a column of its own (it is
    a value of the row, not part of the rate beside it), and so does a rate the text layer left unreadable."""
    head = (0, [(LABEL, "Långivare"), (-300, "Ränta"), (-380, "Villkorsändring"), (-460, "Belopp"),
                (-540, "Amortering")])
    loans = [(16, [(LABEL, "Nordea Hypotek"), (-300, rate), (-380, date), (-460, amount), (-540, "0")])
             for rate, date, amount in (("0,76%", "2026-08-19", "5 237 500"), ("3,96%", "2025-02-19", "7 609 000"),
                                        ("1,00%", "2025-05-21", "4 085 000"))]
    garbled = [(16, [(LABEL, "SEB"), (-300, rate), (-380, "2024-02-28"), (-460, amount), (-540, amount)])
               for rate, amount in (("4,62 4", "2 925"), ("1,16 &", "6 844"), ("0,80 946", "7 244"))]
    path = tmp_path / "lan.pdf"
    path.write_bytes(make_layout_pdf([[(0, [(LABEL, "Not 16 Skulder till kreditinstitut")]), head, *loans,
                                       (40, [(LABEL, "Not 17 Lån")]), *garbled], *CLOSING]))
    tables = parse_pdf(path).tables
    nordea = next(t for t in tables if any(r.label == "Nordea Hypotek" for r in t.rows))
    assert [c.raw for c in nordea.rows[1].cells] == ["3,96%", "2025-02-19", "7 609 000", "0"]
    assert nordea.columns[1:3] == ["Ränta", "Villkorsändring"]
    seb = next(t for t in tables if any(r.label == "SEB" for r in t.rows))
    assert [c.raw for c in seb.rows[0].cells] == ["4,62 4", "2024-02-28", "2 925", "2 925"]


def test_a_status_table_whose_next_page_row_was_read_as_a_header_continues(tmp_path):
    # a follow-up's status table: the page break leaves the next page's first row where a header would stand
    xs = [60, 90, 300, 430, 540]
    head = ["Nr", "Rekommendation (kortform)", "Nämnd", "Status"]
    committees = ["Kulturnämnden", "Fritidsnämnden", "Miljönämnden"]
    statuses = ["Genomförd", "Delvis genomförd", "Ej påbörjad"]
    first = [[str(n), f"Åtgärd nummer {n}", committees[n % 3], statuses[n % 3]] for n in range(1, 31)]
    rest = [[str(n), f"Åtgärd nummer {n}", committees[n % 3], statuses[n % 3]] for n in range(31, 34)]
    t = _one_table_over_two_pages(tmp_path / "uppfoljning.pdf",
                                  [(["Uppföljning av rekommendationerna"], [head, *first]), ([], rest)], xs, "1")
    assert t.columns[1:] == head[1:]
    assert [r.label for r in t.rows][-3:] == ["31", "32", "33"]  # the first row of page 2 is a row, not a header


def test_a_notes_heading_wrapped_over_two_lines_titles_its_table_whole(tmp_path):
    rows = [_statement_row(f"Räntekostnader {n}", f"{n} 000", f"{n} 100") for n in range(1, 4)]
    page = [(0, [(LABEL, "Föreningen redovisar sina räntor nedan.")]),
            (30, [(LABEL, "NOT 10, RÄNTEKOSTNADER OCH LIKNANDE")]),
            (12, [(LABEL, "RESULTATPOSTER"), (-420, "2023"), (-500, "2022")]), *rows]
    path = tmp_path / "not.pdf"
    path.write_bytes(make_layout_pdf([page, *CLOSING]))
    (table,) = [t for t in parse_pdf(path).tables if any(r.label == "Räntekostnader 1" for r in t.rows)]
    assert table.title.startswith("NOT 10, RÄNTEKOSTNADER OCH LIKNANDE RESULTATPOSTER")


def test_a_grid_holding_several_notes_is_split_at_each_notes_own_header():
    from ingest.models import Cell, TableRow
    from ingest.tables import split_inner_headers

    def row(label: str, *raws: str) -> TableRow:
        return TableRow(label=label, cells=[Cell(raw=r, value=None if r.isdigit() and len(r) == 4 else 1.0)
                                            for r in raws], page=14)

    grid = Table(id="brf:t14-1", doc_id="brf", page=14, bbox=(0, 0, 1, 1), title="NOT 2, NETTOOMSÄTTNING",
                 columns=["", "2023", "2022"],
                 rows=[row("Årsavgifter", "1 330", "1 209"), row("Summa", "2 183", "2 019"),
                       row("NOT 6, TAXEBUNDNA KOSTNADER", "2023", "2022"),
                       row("Uppvärmning", "422 935", "383 647"), row("Vatten", "98 583", "80 082")])
    first, second = split_inner_headers(grid)
    assert first.title == "NOT 2, NETTOOMSÄTTNING" and [r.label for r in first.rows] == ["Årsavgifter", "Summa"]
    assert second.title == "NOT 6, TAXEBUNDNA KOSTNADER" and second.id == "brf:t14-1.1"
    assert [r.label for r in second.rows] == ["Uppvärmning", "Vatten"] and second.columns == grid.columns
    plain = grid.model_copy(update={"rows": grid.rows[:2]})
    assert split_inner_headers(plain) == [plain]
