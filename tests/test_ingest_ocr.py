"""OCR: a PDF without a text layer is read page by page (tesseract, Swedish) into page-true, searchable text
that goes through the same layout as a text layer; the document, its pages and citations say so."""

from __future__ import annotations

import pytest

from index import open_index
from index.pipeline import ingest_file
from ingest import parse_pdf
from ingest.models import IngestOptions
from ingest.ocr import tesseract_available
from rodatraden.errors import ScannedPdfError
from tests.pdfs import make_image_pdf

pytestmark = pytest.mark.skipif(not tesseract_available("swe"), reason="needs Debian tesseract-ocr + tesseract-ocr-swe (.ci/run installs them)")

PAGES = [
    [(18, "Granskning av hemtjänsten"), (11, "Revisorerna bedömer att nämnden inte har säkerställt kontinuiteten."),
     (11, "Vi rekommenderar nämnden att följa upp åtgärderna under året.")],
    [(18, "Rekommendationer"), (11, "\u2022  Nämnden bör förbättra uppföljningen av avtalen med utförarna."),
     (11, "Kostnaderna ökade med 4 procent jämfört med föregående år.")],
]


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    p = tmp_path_factory.mktemp("scan") / "granskning-hemtjanst-skannad.pdf"
    p.write_bytes(make_image_pdf(PAGES))
    return p


def test_scanned_pdf_is_read_by_ocr_page_by_page(scan):
    lines: list[str] = []
    doc = parse_pdf(scan, progress=lines.append)
    assert [p.ocr for p in doc.pages] == [True, True]
    assert "kontinuiteten" in doc.pages[0].text and "åtgärderna" in doc.pages[0].text
    assert "förbättra uppföljningen" in doc.pages[1].text and "föregående år" in doc.pages[1].text
    assert "förbättra" not in doc.pages[0].text  # page-true: each page holds its own words
    assert "• Nämnden bör förbättra" in doc.pages[1].text  # the bullet is a bullet, not a misread 'e'
    assert any(c.text.startswith("• Nämnden bör") or "\n• Nämnden bör" in c.text for c in doc.chunks)
    assert [s.heading for s in doc.sections] == ["Granskning av hemtjänsten", "Rekommendationer"]  # same layout path
    assert any(w.startswith("OCR: pages 1-2") for w in doc.warnings)
    assert len(lines) == 2 and "page 2 (2/2)" in lines[1]


def test_ocr_off_keeps_the_clear_error(scan):
    with pytest.raises(ScannedPdfError, match="OCR is off"):
        parse_pdf(scan, options=IngestOptions(ocr="off"))


def test_ocr_text_is_searchable_and_citations_say_ocr(scan, settings_factory, embedder):
    from assistant.citations import CitationBuilder

    settings = settings_factory(ingest_timeout_s=0)
    with open_index(settings, embedder) as idx:
        out = ingest_file(idx, scan)
        assert out.status == "added"
        page = idx.page(out.doc_id, 2)
        assert page.ocr and "utförarna" in page.text
        hits = idx.keyword_search("uppföljningen av avtalen med utförarna", 3)
        assert hits and hits[0].chunk.page_start == 2
        book = CitationBuilder(idx)
        n = book.add(out.doc_id, 2, "Nämnden bör förbättra uppföljningen av avtalen")
        assert n == 1 and book.citations[0].ocr is True


def test_a_percent_sign_the_swedish_model_reads_as_digits_is_read_again(tmp_path):
    """A page of a scanned annual report (tests/data): the Swedish model reads "25%" as "2594" and "10%" as "1096";
    the English model, asked about those words alone, reads the percent signs (ingest.ocr._reread_number)."""
    from pathlib import Path

    page = parse_pdf(Path(__file__).parent / "data" / "brf-hjorthagen-avgifter-scanned.pdf").pages[0]
    assert page.ocr
    assert "avgiftshöjning med 25% from 1 januari 2024" in page.text
    assert "andrahandsupplåtelse 10% av prisbasbeloppet" in page.text
    assert "2594" not in page.text and "1096" not in page.text
    assert "(2024 = 5730 kronor" in page.text  # a number that is no misread stays as it is
