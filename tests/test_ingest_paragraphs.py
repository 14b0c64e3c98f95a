"""Paragraphs from the layout (ingest.clean.build_blocks) on real PDFs written with reportlab: a paragraph set at
the same line pitch as its neighbours ends where its last line stops short of the column and closes a sentence."""

from __future__ import annotations

from ingest import parse_pdf
from tests.pdfs import make_pdf

# every line at the same pitch (make_pdf): only the line ends tell the paragraphs apart
WRAPPED = [
    "Nämnden har under året arbetat vidare med rutinerna för den interna kontrollen och",
    "har tagit fram en ny plan för uppföljning. Planen beslutades av nämnden i juni och",
    "omfattar samtliga förvaltningar.",
]
ONE_LINERS = [
    "Rekommendationen om en samlad riskanalys har genomförts.",
    "Arbetet med nya rutiner för attest pågår.",
    "Nämnden avser inte att inrätta en särskild funktion för avtalsuppföljning.",
]


def _blocks(tmp_path, lines: list[str]) -> list[str]:
    path = tmp_path / "yttrande.pdf"
    path.write_bytes(make_pdf([lines], title="Yttrande"))
    return [b for b in parse_pdf(path).pages[0].text.split("\n") if b.strip()]


def test_one_line_paragraphs_at_the_line_pitch_stay_apart(tmp_path):
    blocks = _blocks(tmp_path, [*WRAPPED, *ONE_LINERS])
    assert " ".join(WRAPPED) in blocks  # the wrapped paragraph is one block, its inner sentence end included
    for line in ONE_LINERS:  # each one-line paragraph is its own block
        assert line in blocks


def test_a_line_that_ends_a_sentence_at_the_margin_does_not_end_the_paragraph(tmp_path):
    blocks = _blocks(tmp_path, WRAPPED)
    assert blocks == [" ".join(WRAPPED)]


def test_a_numbered_title_in_the_body_font_stands_apart_from_its_paragraph(tmp_path):
    """A section's title set like the text ("5. Resursteamens kunskap", no bold, no extra space) ends short of the
    column without ending a sentence: it is its own block, not the first line of the paragraph under it. A numbered
    item that runs on to the margin is no title."""
    title = "5. Resursteamens kunskap och erfarenheter"
    item = ["2. Förvaltningen får i uppdrag att återkomma till nämnden med en plan för hur arbetet ska följas upp",
            "under nästa år."]
    blocks = _blocks(tmp_path, [title, *WRAPPED, *item])
    assert blocks[0] == title and blocks[1] == " ".join(WRAPPED)
    assert " ".join(item) in blocks


def test_bullets_and_rules_set_in_a_symbol_font_are_symbols_not_letters(tmp_path):
    """Word's and reportlab's list bullets come from a symbol font whose glyph codes read as letters ("n", "§");
    a row of them is a drawn rule. They are a bullet and a rule, never a word joined to the text."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 780
    c.setFont("Helvetica", 11)
    c.drawString(60, y, "Vi rekommenderar socialnämnden att:")
    for item in ("säkerställa att genomförandeplaner upprättas i tid", "utveckla uppföljningen av kvaliteten"):
        y -= 16
        c.setFont("ZapfDingbats", 11)
        c.drawString(66, y, "n")
        c.setFont("Helvetica", 11)
        c.drawString(80, y, item)
    y -= 16
    c.setFont("ZapfDingbats", 11)
    c.drawString(60, y, "n" * 30)
    c.showPage()
    c.save()
    path = tmp_path / "rapport.pdf"
    path.write_bytes(buf.getvalue())
    text = parse_pdf(path).pages[0].text
    assert "• säkerställa att genomförandeplaner upprättas i tid" in text
    assert "• utveckla uppföljningen av kvaliteten" in text
    assert "nnn" not in text and " n " not in f" {text} "
