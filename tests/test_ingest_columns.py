"""Reading order on two-column pages: column by column, full-width headings and tables in place."""

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ingest import parse_pdf
from ingest.models import IngestOptions

DATA = Path(__file__).parent / "data"
OFF = IngestOptions(ocr="off")


def test_real_two_column_page_is_read_column_by_column():
    """One page of a real city audit summary: two columns stored line by line across the page."""
    text = parse_pdf(DATA / "two-column-page.pdf", options=OFF).pages[0].text
    left = "Vår granskning visade att det fanns omfattande och allvarliga brister i grundsärskolan."
    right = "Vi bedömer att nämnden inte har säkerställt att grundsärskolan bedrivs på ett ändamålsenligt sätt"
    assert left in text and right in text
    assert text.index(left) < text.index(right)
    assert text.startswith("Kritik riktas till grundskolenämnden")  # the full-width heading stays first


LEFT = ["Nämnden har under året arbetat med att", "förbättra uppföljningen av de stora", "investeringsprojekten och har infört en",
        "ny modell för kvartalsvisa rapporter."]
RIGHT = ["Revisorerna bedömer att den interna", "kontrollen har stärkts men att", "dokumentationen fortfarande brister",
         "i flera av förvaltningarna."]


def _page(path: Path) -> Path:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, 790, "Granskning av investeringarna")
    c.setFont("Helvetica", 10)
    for i, (a, b) in enumerate(zip(LEFT, RIGHT)):
        c.drawString(60, 750 - 14 * i, a)
        c.drawString(310, 750 - 14 * i, b)
    c.drawString(60, 670, "Tabell 1. Investeringar, mnkr")
    for i, (label, x, y) in enumerate([("Skolor", "120,5", "98,0"), ("Vägar", "45,2", "51,3"), ("Summa", "165,7", "149,3")]):
        c.drawString(60, 650 - 14 * i, label)
        c.drawRightString(380, 650 - 14 * i, x)
        c.drawRightString(480, 650 - 14 * i, y)
    c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())
    return path


def test_generated_two_columns_then_a_table(tmp_path):
    doc = parse_pdf(_page(tmp_path / "tva-spalter.pdf"), options=OFF)
    text = doc.pages[0].text
    assert " ".join(LEFT) in text and " ".join(RIGHT) in text
    assert text.index(" ".join(LEFT)) < text.index(" ".join(RIGHT)) < text.index("Skolor")
    assert text.startswith("Granskning av investeringarna")
    rows = {r.label: [c.raw for c in r.cells] for t in doc.tables for r in t.rows}
    assert rows.get("Vägar") == ["45,2", "51,3"]  # the table is not cut at the gutter
