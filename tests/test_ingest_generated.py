"""Ingestion on small PDFs generated with reportlab inside the test: borderless tables, a table continuing
on the next page, running headers/footers, footnote markers, and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from ingest import parse_pdf
from rodatraden.errors import (
    CorruptPdfError,
    EmptyFileError,
    EncryptedPdfError,
    IngestError,
    NotAPdfError,
    ScannedPdfError,
)

W, H = A4
FONT = "Helvetica"
BOLD = "Helvetica-Bold"

ROWS = [
    ("Intäkter", ["-166 311", "-119 628", "72", "-176 020"]),
    ("Lön och arbetsgivaravgifter", ["159 188", "97 103", "61", "153 873"]),
    ("Lokalhyror", ["25 096", "16 578", "66", "25 194"]),
    ("Övriga kostnader", ["181 220", "109 306", "60", "189 099"]),
    ("Summa", ["204 846", "106 668", "52", "197 638"]),
]
COL_RIGHT = [300, 380, 440, 530]
HEAD1 = ["Budget", "Utfall", "Relation", "Helårsprognos"]
HEAD2 = ["2023 (tkr)", "jan-aug (tkr)", "(%)", "2023 (tkr)"]


def _frame(c: canvas.Canvas, n: int) -> None:
    c.setFont(FONT, 8)
    c.drawString(60, H - 40, "Testkommunen – Uppföljning av ekonomin 2023")
    c.drawString(60, 40, "www.testkommunen.se")
    c.drawRightString(W - 60, 40, f"Sida {n}")


def _para(c: canvas.Canvas, y: float, lines: list[str], size: float = 10) -> float:
    c.setFont(FONT, size)
    for ln in lines:
        c.drawString(60, y, ln)
        y -= size * 1.4
    return y


def _table(c: canvas.Canvas, y: float, rows, header: bool = True) -> float:
    if header:
        c.setFont(BOLD, 9)
        c.drawString(60, y, "Verksamhet")
        for x, h1, h2 in zip(COL_RIGHT, HEAD1, HEAD2):
            c.drawRightString(x, y + 11, h1)
            c.drawRightString(x, y, h2)
        y -= 18
    c.setFont(FONT, 9)
    for label, vals in rows:
        c.drawString(60, y, label)
        for x, v in zip(COL_RIGHT, vals):
            c.drawRightString(x, y, v)
        y -= 15
    return y


@pytest.fixture(scope="module")
def borderless_pdf(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("gen") / "uppfoljning-2023.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("Uppföljning av ekonomin 2023")
    # page 1: heading, prose with a footnote marker, a borderless table with caption
    _frame(c, 1)
    c.setFont(BOLD, 14)
    c.drawString(60, H - 80, "3.2 Ekonomiskt utfall")
    y = _para(c, H - 105, [
        "Nämnden redovisar ett överskott mot budget. Prognosen bygger på utfallet till och med",
        "augusti och på kända förändringar under hösten. Resultatet stärks av vakanser",
    ])
    c.setFont(FONT, 10)
    c.drawString(60, y, "och av lägre kostnader för lokaler i resultatutjämningsreserven")
    c.setFont(FONT, 6)
    c.drawString(60 + c.stringWidth("och av lägre kostnader för lokaler i resultatutjämningsreserven", FONT, 10), y + 4, "3")
    c.setFont(FONT, 10)
    c.drawString(60, y - 14, "som beskrivs nedan.")
    y = _table(c, y - 60, ROWS)
    c.setFont(FONT, 9)
    c.drawString(60, y - 8, "Tabell 1: Budgetuppföljning per kostnadsslag")
    y = _para(c, y - 40, [
        "Prognosen för helåret visar ett överskott om 7 208 tkr, vilket motsvarar 1,5 mnkr mer än",
        "vid föregående uppföljning. Underskottet i fjol var −5 mnkr.",
    ])
    c.setFont(FONT, 7)
    c.drawString(60, 70, "3 Resultatutjämningsreserven får användas vid en lågkonjunktur.")
    c.showPage()
    # page 2: a table that continues on page 3 (no caption between, at the top of page 3)
    _frame(c, 2)
    c.setFont(BOLD, 14)
    c.drawString(60, H - 80, "3.3 Utfall per verksamhet")
    y = _para(c, H - 105, ["Tabellen nedan visar utfallet per verksamhet."])
    many = [(f"Verksamhet {k}", [f"{k} {100 + k:03d}", f"{k}0", f"{k}", f"-{k} 5{k}0"]) for k in range(1, 10)]
    y = _table(c, 250, many[:6])
    c.showPage()
    _frame(c, 3)
    y = _table(c, H - 80, many[6:] + [("Totalt", ["55 000", "450", "45", "-1 000"])], header=False)
    c.setFont(FONT, 9)
    c.drawString(60, y - 8, "Tabell 2: Utfall per verksamhet")
    _para(c, y - 40, ["Efter tabellen följer vanlig text om verksamheterna och deras utveckling under året."])
    c.showPage()
    c.save()
    return path


@pytest.fixture(scope="module")
def parsed(borderless_pdf):
    return parse_pdf(borderless_pdf)


def test_borderless_table_numbers_kept_whole(parsed):
    t = next(t for t in parsed.tables if t.caption and t.caption.startswith("Tabell 1"))
    assert t.columns == ["Verksamhet", "Budget 2023 (tkr)", "Utfall jan-aug (tkr)", "Relation (%)", "Helårsprognos 2023 (tkr)"]
    assert t.unit == "tkr"
    assert [r.label for r in t.rows] == [r[0] for r in ROWS]
    first = t.rows[0]
    assert first.cells[0].raw == "-166 311" and first.cells[0].value == -166311
    assert [c.value for c in t.rows[-1].cells] == [204846, 106668, 52, 197638]
    assert "Summa 204 846 106 668 52 197 638" in " ".join(t.render_text().split())


def test_table_continuing_on_next_page_is_joined(parsed):
    t = next(t for t in parsed.tables if t.caption and t.caption.startswith("Tabell 2"))
    assert (t.page, t.page_end) == (2, 3)
    assert len(t.rows) == 10
    assert t.rows[-1].label == "Totalt" and t.rows[-1].cells[0].value == 55000
    assert t.rows[0].cells[3].raw == "-1 510" and t.rows[0].cells[3].value == -1510


def test_running_header_footer_removed_and_marker_split(parsed):
    for p in parsed.pages:
        assert "Testkommunen – Uppföljning" not in p.text
        assert "www.testkommunen.se" not in p.text
        assert "Sida" not in p.text
    assert "resultatutjämningsreserven³" in parsed.pages[0].text
    assert parsed.pages[0].text.rstrip().endswith("lågkonjunktur.")  # footnote text kept at the end


def test_sections_and_chunks(parsed):
    assert [s.heading for s in parsed.sections] == ["3.2 Ekonomiskt utfall", "3.3 Utfall per verksamhet"]
    assert parsed.sections[0].level == 2
    tables = [c for c in parsed.chunks if c.kind == "table"]
    assert len(tables) == 2 and all(c.table_id for c in tables)
    prose = [c for c in parsed.chunks if c.kind == "text"]
    assert not any("-166 311" in c.text for c in prose)  # table regions are not chunked as prose
    cont = next(c for c in tables if c.table_id == next(t.id for t in parsed.tables if t.page_end))
    assert (cont.page_start, cont.page_end) == (2, 3)
    assert parsed.meta.title == "Uppföljning av ekonomin 2023" and parsed.meta.year == 2023


def test_chunk_ids_are_stable(borderless_pdf, parsed):
    again = parse_pdf(borderless_pdf)
    assert [c.id for c in again.chunks] == [c.id for c in parsed.chunks]
    assert again.meta.sha256 == parsed.meta.sha256


# --- bad input -----------------------------------------------------------------------------------


def _one_line(err: IngestError, path: Path) -> None:
    msg = str(err)
    assert "\n" not in msg and str(path) in msg


def test_not_a_pdf(tmp_path):
    p = tmp_path / "notes.pdf"
    p.write_text("Det här är ingen PDF.\n", encoding="utf-8")
    with pytest.raises(NotAPdfError) as e:
        parse_pdf(p)
    _one_line(e.value, p)


def test_empty_file(tmp_path):
    p = tmp_path / "empty.pdf"
    p.write_bytes(b"")
    with pytest.raises(EmptyFileError) as e:
        parse_pdf(p)
    _one_line(e.value, p)


def test_truncated_pdf(tmp_path, borderless_pdf):
    p = tmp_path / "truncated.pdf"
    p.write_bytes(borderless_pdf.read_bytes()[:1500])
    with pytest.raises(CorruptPdfError) as e:
        parse_pdf(p)
    _one_line(e.value, p)


def test_encrypted_pdf(tmp_path):
    p = tmp_path / "secret.pdf"
    c = canvas.Canvas(str(p), pagesize=A4, encrypt="hemligt")
    c.drawString(60, 700, "Hemlig text som inte ska gå att läsa utan lösenord.")
    c.showPage()
    c.save()
    with pytest.raises(EncryptedPdfError) as e:
        parse_pdf(p)
    _one_line(e.value, p)


def test_image_only_pdf(tmp_path):
    from PIL import Image

    img = tmp_path / "scan.png"
    Image.new("RGB", (400, 560), (235, 235, 235)).save(img)
    p = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    for _ in range(2):
        c.drawImage(ImageReader(str(img)), 0, 0, width=W, height=H)
        c.showPage()
    c.save()
    with pytest.raises(ScannedPdfError) as e:
        parse_pdf(p)
    _one_line(e.value, p)
