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
