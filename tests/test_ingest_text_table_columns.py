"""Text tables read by their columns (ingest.tables_rows): a table printed as a header grid and one grid per row,
each printed line of a wrapped cell a grid row of its own, typed rules between the rows, the header repeated at the
top of the next page. parse_pdf gives one table per page with the header as its columns and each cell whole, and
the page text holds each cell whole (not the columns' lines interleaved)."""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab")

from ingest.parse import parse_pdf  # noqa: E402

HEAD = ["Punkt", "Förslag", "Ansvarig enhet", "Tidplan"]
ROWS = [
    [["A", "Ta fram en gemensam plan för", "Fritidsenheten", "Våren"],
     ["", "underhåll av idrottshallarna och", "", ""],
     ["", "redovisa den för utskottet.", "", ""]],
    [["B", "Upphandla ett nytt bokningssystem", "Kansliet,", "Hösten"],
     ["", "med stöd för digital betalning.", "Fritidsenheten", ""]],
    [["C", "Inventera alla lås och nycklar", "Fastighetsenheten", "Löpande"],
     ["", "i föreningslokalerna.", "", ""]],
]
ROWS2 = [
    [["D", "Se över taxorna för uthyrning av", "Kansliet", "Våren"],
     ["", "lokaler till ideella föreningar.", "", ""]],
    [["E", "Samordna bidragsansökningarna i en", "Fritidsenheten", "Hösten"],
     ["", "gemensam e-tjänst.", "", ""]],
]


def _build(path, pages: int = 2) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    widths = [60, 200, 120, 80]
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])

    def table(rows):
        t = Table([[Paragraph(c, style) for c in r] for r in rows], colWidths=widths)
        t.setStyle(grid)
        return t

    flow = []
    for p in range(pages):
        flow.append(table([HEAD]))
        for block in (ROWS if p == 0 else ROWS2):
            flow += [Paragraph("-" * 20 + "+" + "-" * 40 + "+" + "-" * 25, style), table(block)]
        flow += [Paragraph("-" * 20 + "+" + "-" * 40 + "+" + "-" * 25, style), Spacer(1, 8),
                 Paragraph(["Planen stäms av med föreningsrådet en gång per kvartal.",
                            "Uppföljningen redovisas för utskottet i delårsrapporten."][p], style)]
        if p + 1 < pages:
            flow.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=A4).build(flow)


@pytest.fixture(scope="module")
def parsed(tmp_path_factory):
    path = tmp_path_factory.mktemp("cols") / "plan.pdf"
    _build(path)
    return parse_pdf(path)


def test_one_table_per_page_with_its_header(parsed):
    assert len(parsed.tables) == 2
    assert all(t.columns == HEAD for t in parsed.tables)
    assert [r.label for r in parsed.tables[0].rows] == ["A", "B", "C"]
    assert [r.label for r in parsed.tables[1].rows] == ["D", "E"]


def test_wrapped_cells_whole(parsed):
    t = parsed.tables[0]
    cells = [[r.label, *(c.raw for c in r.cells)] for r in t.rows]
    assert cells[0] == ["A", "Ta fram en gemensam plan för underhåll av idrottshallarna och redovisa den för utskottet.",
                        "Fritidsenheten", "Våren"]
    assert cells[1][2] == "Kansliet, Fritidsenheten"
    assert cells[2][1] == "Inventera alla lås och nycklar i föreningslokalerna."


def test_page_text_reads_each_cell_whole(parsed):
    assert "Ta fram en gemensam plan för underhåll av idrottshallarna och redovisa den för utskottet." in parsed.pages[0].text
    assert "Samordna bidragsansökningarna i en gemensam e-tjänst." in parsed.pages[1].text
    for page in parsed.pages:
        assert "Punkt Förslag Ansvarig enhet Tidplan" in page.text  # the header, though repeated on every page
        assert "-----" not in page.text  # the typed rules are the table's


def test_rows_of_a_group_are_not_folded(tmp_path):
    """A row with an empty first cell that starts anew (capitalised cells under finished ones, or a group's next
    row under a label set only once) stays a row of its own."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    rows = [["Område", "Aktivitet", "Läge"], ["Skolor", "Byte av ventilation i Norra skolan.", "Klar."],
            ["", "Ny skolgård vid Södra skolan.", "Pågår."], ["Vård", "Nytt larmsystem.", "Klar."]]
    t = Table([[Paragraph(c, style) for c in r] for r in rows], colWidths=[100, 250, 100])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    path = tmp_path / "grupper.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([t])
    doc = parse_pdf(path)
    assert len(doc.tables) == 1
    assert [r.cells[0].raw for r in doc.tables[0].rows] == [
        "Byte av ventilation i Norra skolan.", "Ny skolgård vid Södra skolan.", "Nytt larmsystem."]


def test_rules_typed_at_a_cells_edge_are_no_text(tmp_path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    rows = [["| Fråga", "Svar |"], ["| Hur ofta töms kärlen?", "Varannan vecka. |"],
            ["| Vem sköter tömningen?", "Renhållningsenheten. |"]]
    t = Table([[Paragraph(c, style) for c in r] for r in rows], colWidths=[220, 220])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    path = tmp_path / "fragor.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([t])
    doc = parse_pdf(path)
    assert [(r.label, r.cells[0].raw) for r in doc.tables[0].rows] == [
        ("Hur ofta töms kärlen?", "Varannan vecka."), ("Vem sköter tömningen?", "Renhållningsenheten.")]


def test_a_table_going_on_over_the_page_break_is_one(tmp_path):
    """The header grid repeated at the top of the next page, the rows going on under it: one table, its rows on
    both pages (ingest.tables_join joins the parts once each part is read by its columns)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])

    def table(rows):
        t = Table([[Paragraph(c, style) for c in r] for r in rows], colWidths=[60, 200, 120, 80])
        t.setStyle(grid)
        return t

    flow = [Paragraph("Inledande text om planen för föreningslivet.", style), table([HEAD])]
    for block in ROWS:
        flow += [Paragraph("-" * 60, style), table(block)]
    flow += [Paragraph("-" * 60, style), PageBreak(), table([HEAD])]
    for block in ROWS2:
        flow += [Paragraph("-" * 60, style), table(block)]
    flow += [Paragraph("-" * 60, style), Paragraph("Planen stäms av med föreningsrådet.", style)]
    path = tmp_path / "forts.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(flow)
    doc = parse_pdf(path)
    assert len(doc.tables) == 1
    t = doc.tables[0]
    assert (t.page, t.page_end, t.columns) == (1, 2, HEAD)
    assert [(r.label, r.page) for r in t.rows] == [("A", 1), ("B", 1), ("C", 1), ("D", 2), ("E", 2)]


def test_a_grids_header_repeated_on_every_page_is_kept(tmp_path):
    """A grid whose header row stands at the same place on two pages: running-header removal must not empty it."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    head = ["Åtgärd", "Ansvarig", "Läge"]
    pages = [[["Ny rutin för bokning av lokaler.", "Kansliet", "Klar."], ["Nya taxor för uthyrning.", "Kansliet", "Pågår."]],
             [["Besiktning av alla hallar.", "Fastighetsenheten", "Planerad."]]]
    flow = []
    for k, rows in enumerate(pages):
        t = Table([[Paragraph(c, style) for c in r] for r in [head] + rows], colWidths=[220, 120, 100])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        flow += [t, Paragraph(["Tabellen visar läget i mars.", "Tabellen visar läget i juni."][k], style)]
        if k == 0:
            flow.append(PageBreak())
    path = tmp_path / "lage.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(flow)
    doc = parse_pdf(path)
    assert [t.columns for t in doc.tables] == [head, head]
    assert all("Åtgärd Ansvarig Läge" in p.text for p in doc.pages)
