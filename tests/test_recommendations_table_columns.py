"""A recommendations table read by its columns (ingest.tables_rows keeps each cell whole; gather.table_items): the
recommendation is the cell of the column whose header names it - not the finding before it nor the committee's
comment after it - and the addressee is the cell of the organ column, or the organ naming the cell's start. A
follow-up table (a status column after the recommendation column) is left to the text reading. Invented report,
built as a PDF whose wrapped cells are printed one grid row per line (the text layer interleaves the columns)."""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab")

from assistant.recommendations.extract import extract_recommendations  # noqa: E402
from assistant.recommendations.gather import table_items  # noqa: E402
from assistant.recommendations.lexicon import load_lexicon  # noqa: E402
from ingest.models import Cell, Table, TableRow  # noqa: E402
from ingest.parse import parse_pdf  # noqa: E402

HEAD = ["Nr", "Iakttagelse", "Rekommendation", "Ansvarig", "Kommentar från förvaltningen"]
ROWS = [
    [["1", "Hyresavtalen saknar", "Inför en förteckning över", "Fritidsnämnden", "Arbetet har"],
     ["", "uppsägningstider.", "samtliga hyresavtal med", "", "påbörjats."],
     ["", "", "uppsägningstider.", "", ""]],
    [["2", "Lokalernas skick följs", "Gör en årlig besiktning av", "Tekniska nämnden,", "Planeras till"],
     ["", "inte upp.", "föreningslokalerna.", "Fritidsnämnden", "hösten."]],
]


def _report(path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table as RLTable, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])

    def table(rows):
        t = RLTable([[Paragraph(c, style) for c in r] for r in rows], colWidths=[30, 110, 130, 95, 100])
        t.setStyle(grid)
        return t

    flow = [Paragraph("Granskning av föreningslokaler", style),
            Paragraph("Revisorerna har granskat hur kommunen förvaltar lokalerna som hyrs ut till föreningar. "
                      "Granskningen visar brister i avtalen och i tillsynen av lokalernas skick.", style),
            Spacer(1, 8), Paragraph("5 Rekommendationer", style),
            Paragraph("Mot bakgrund av granskningen lämnar vi följande rekommendationer.", style), table([HEAD])]
    for block in ROWS:
        flow += [Paragraph("-" * 60, style), table(block)]
    flow += [Paragraph("-" * 60, style), Spacer(1, 8),
             Paragraph("Vi bedömer att kommentarerna i huvudsak svarar mot rekommendationerna.", style)]
    SimpleDocTemplate(str(path), pagesize=A4).build(flow)


def test_recommendation_cells_and_their_organs(tmp_path):
    path = tmp_path / "lokaler.pdf"
    _report(path)
    doc = parse_pdf(path)
    meta = doc.meta.model_copy(update={"document_type": "granskningsrapport", "title": "Granskning av föreningslokaler"})
    recs = extract_recommendations(meta, doc.pages, doc.tables)
    assert [(r.text, r.addressees) for r in recs] == [
        ("Inför en förteckning över samtliga hyresavtal med uppsägningstider.", ["Fritidsnämnden"]),
        ("Gör en årlig besiktning av föreningslokalerna.", ["Tekniska nämnden", "Fritidsnämnden"]),
    ]


def _table(columns, rows):
    return Table(id="d:t1-1", doc_id="d", page=1, bbox=(0, 0, 1, 1), title="t", columns=columns,
                 rows=[TableRow(label=r[0], cells=[Cell(raw=c) for c in r[1:]], page=1) for r in rows])


def test_organ_at_the_cell_start_and_follow_up_tables():
    lex = load_lexicon()
    t = _table(["Granskning", "Rekommendation", "Kommentar"],
               [["Lokaler 2024", "Fritidsnämnden: inför en förteckning över hyresavtalen", "Tas fram under våren."]])
    items = table_items(t, lex, {})
    assert [(it.text, it.addressee) for it in items] == [("inför en förteckning över hyresavtalen", "Fritidsnämnden")]
    followed = _table(["Rekommendation", "Status 2025"], [["Inför en förteckning över hyresavtalen", "Pågår"]])
    assert table_items(followed, lex, {}) is None
    matrix = _table(["Rekommendation", "Kulturnämnden", "Fritidsnämnden"],
                    [["1. Inför en förteckning över hyresavtalen", "Åtgärdad", "Delvis åtgärdad"],
                     ["2. Gör en årlig besiktning av lokalerna", "Ej åtgärdad", "Åtgärdad"]])
    assert table_items(matrix, lex, {}) is None  # committees as columns, statuses in the cells
