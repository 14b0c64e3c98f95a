"""Running headers and footers that carry a page counter are stripped; numbered body lines are kept."""

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ingest import parse_pdf
from ingest.models import IngestOptions

DATA = Path(__file__).parent / "data"
OFF = IngestOptions(ocr="off")


def test_real_report_footer_with_page_counter_is_stripped():
    """Three pages cut from a real audit summary: footer 'Stadsrevisionen, rapportsammandrag 2 (8)', '3 (8)', '4 (8)'."""
    doc = parse_pdf(DATA / "running-counter-3pages.pdf", options=OFF)
    assert len(doc.pages) == 3
    for p in doc.pages:
        assert "Stadsrevisionen, Rapportsammandrag" not in p.text, p.text[-200:]
        assert len(p.text) > 500
    assert not any("Rapportsammandrag 3 (8)" in c.text for c in doc.chunks)
    assert doc.pages[1].text.startswith("Rapportsammandrag")  # the page's own heading is kept


def _report(path: Path) -> Path:
    """8 pages: 'Sida N av 8' at the top of each; pages 4-6 an appended report with its own footer
    '2025 ÅRSBOKSLUT Brf Drevkarlen SID N (3)'; a body line 'Rekommendation N … nummer 7N' on each page (its
    first number moves with the page, but its second is no constant: not a running line)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for n in range(1, 9):
        c.setFont("Helvetica", 9)
        c.drawString(60, 810, f"Sida {n} av 8")
        c.setFont("Helvetica", 11)
        c.drawString(60, 700, f"Rekommendation {n} gäller uppföljningen av beslut nummer {n * 7}.")
        if 4 <= n <= 6:
            c.setFont("Helvetica", 9)
            c.drawString(60, 30, f"2025 ÅRSBOKSLUT Brf Drevkarlen SID {n - 3} ({3})")
        c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())
    return path


def test_generated_counters_are_stripped_and_numbered_lines_kept(tmp_path):
    doc = parse_pdf(_report(tmp_path / "rapport.pdf"), options=OFF)
    for p in doc.pages:
        assert "Sida" not in p.text and "ÅRSBOKSLUT" not in p.text, p.text
        assert f"Rekommendation {p.number} gäller" in p.text
