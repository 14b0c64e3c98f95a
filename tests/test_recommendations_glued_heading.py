"""A section heading that the PDF text extraction joins to the first recommendation ("Rekommendationer
Trafiknämnden och servicenämnden rekommenderas att …"): the heading is no part of the addressee, and the
recommendation's text starts at the addressee. On a real rendered PDF whose heading is a bold run-in (one extracted
line), read by parse_pdf like any upload; and the reading on its own."""

from __future__ import annotations

from pathlib import Path

from assistant.recommendations.extract import extract_recommendations_full
from assistant.recommendations.gather import glued_section_heading
from assistant.recommendations.lexicon import load_lexicon
from ingest.parse import parse_pdf

INTRO = ["Granskning av tillgängligheten i kollektivtrafiken", "Revisionsrapport",
         "Stadsrevisionen, Exempelstads kommun", "Datum: 2024-03-12", "",
         "Sammanfattning",
         "Stadsrevisionen har granskat om trafiknämnden och servicenämnden säkerställer att hållplatser och fordon "
         "är tillgängliga för personer med funktionsnedsättning.", ""]
RECS = [("Rekommendationer", "Trafiknämnden och servicenämnden rekommenderas att inventera hållplatsernas "
         "tillgänglighet och upprätta en åtgärdsplan med tidsatta åtgärder."),
        ("", "Trafiknämnden rekommenderas att årligen redovisa hur tillgängligheten i fordonsflottan utvecklas.")]


def _render(path: Path) -> None:
    """The audit as an A4 PDF; the section heading is a bold run-in of the first recommendation's paragraph."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    style = getSampleStyleSheet()["BodyText"]
    flow: list = [Paragraph(line, style) if line else Spacer(1, 6) for line in INTRO]
    for head, text in RECS:
        flow.append(Paragraph(f"<b>{head}</b> {text}" if head else text, style))
        flow.append(Spacer(1, 6))
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=50,
                      bottomMargin=50).build(flow)


def test_glued_heading_is_not_part_of_the_addressee(tmp_path: Path) -> None:
    pdf = tmp_path / "granskning-tillganglighet-2024.pdf"
    _render(pdf)
    parsed = parse_pdf(pdf)
    lines = [ln.strip() for p in parsed.pages for ln in p.text.split("\n")]
    assert any(ln.startswith("Rekommendationer Trafiknämnden") for ln in lines), lines  # joined by the extraction
    recs, _, _ = extract_recommendations_full(parsed.meta, parsed.pages)
    assert len(recs) == 2, [r.text for r in recs]
    first, second = recs
    assert [a.lower() for a in first.addressees] == ["trafiknämnden", "servicenämnden"]
    assert first.text.startswith("Trafiknämnden och servicenämnden rekommenderas att inventera")
    assert [a.lower() for a in second.addressees] == ["trafiknämnden"]


def test_the_heading_comes_from_the_section_headings_of_the_lexicon() -> None:
    lex = load_lexicon()
    assert glued_section_heading("Våra rekommendationer Kommunstyrelsen rekommenderas att se över rutinen.", lex) == (
        "Våra rekommendationer", "Kommunstyrelsen rekommenderas att se över rutinen.")
    assert glued_section_heading("Förslag till åtgärder Nämnden bör ta fram en plan.", lex) == (
        "Förslag till åtgärder", "Nämnden bör ta fram en plan.")
    # a heading alone, a sentence that starts with the word, an organ named after it: not a glued heading
    assert glued_section_heading("Rekommendationer", lex) == (None, "Rekommendationer")
    assert glued_section_heading("Rekommendationerna riktas till nämnden.", lex)[0] is None
    assert glued_section_heading("Rekommendationer till regeringen", lex)[0] is None
