"""Tables of words without rules or numbers, as tab stops print them (a board's members, a follow-up's status list):
read from the words' left edges by pdfplumber, one row per line, a wrapped cell folded into its row. Lists set side by
side in two columns, and prose, stay prose."""

from __future__ import annotations

from ingest import parse_pdf
from tests.pdfs import make_layout_pdf

COLS = (60.0, 110.0, 250.0, 340.0)
PROSE = [(0, [(60.0, "Uppföljningen redovisas per rekommendation och nämnd i tabellen nedan.")])]


def _status_page() -> list:
    rows = [("Rek", "Nämnd", "Bedömning", "Kommentar"),
            ("1", "Grundskolenämnden", "Delvis åtgärdad", "Plan finns vid 58 av 97 enheter"),
            ("1", "Utbildningsnämnden", "Åtgärdad", "Gemensam modell för alla"),
            ("", "", "", "gymnasieskolor"),  # the comment wraps
            ("2", "Grundskolenämnden", "Ej åtgärdad", "Inga åtgärder redovisade")]
    lines = [(14.0, [(x, text) for x, text in zip(COLS, row) if text]) for row in rows]
    lines[3] = (11.0, lines[3][1])  # a wrapped line sits closer
    after = [(20.0, [(60.0, "Revisionskontoret följer upp de rekommendationer som inte är åtgärdade.")])]
    return PROSE + lines + after


def test_a_status_list_without_rules_is_a_table(tmp_path):
    path = tmp_path / "uppfoljning.pdf"
    path.write_bytes(make_layout_pdf([_status_page()]))
    parsed = parse_pdf(path)
    assert len(parsed.tables) == 1, [t.title for t in parsed.tables]
    t = parsed.tables[0]
    assert t.columns == ["Rek", "Nämnd", "Bedömning", "Kommentar"]
    texts = [" | ".join([r.label, *(c.raw for c in r.cells)]) for r in t.rows]
    assert any("Utbildningsnämnden" in x and "Gemensam modell för alla gymnasieskolor" in x for x in texts), texts
    assert len(texts) == 3, texts
    # the page text keeps one line per row, and the prose around the table
    lines = parsed.pages[0].text.split("\n")
    assert "2 Grundskolenämnden Ej åtgärdad Inga åtgärder redovisade" in lines, lines
    assert any(ln.startswith("Revisionskontoret följer upp") for ln in lines)


def test_lists_side_by_side_and_prose_are_no_table(tmp_path):
    bullets = [(14.0, [(60.0, "•"), (72.0, f"Granskning av område {n}"), (300.0, "•"), (312.0, f"Uppföljning {n}")])
               for n in range(1, 6)]
    prose = [(14.0, [(60.0, "Styrelsen har under året haft tolv protokollförda sammanträden och"),
                     (60.0, "")]) for _ in range(4)]
    path = tmp_path / "lists.pdf"
    path.write_bytes(make_layout_pdf([PROSE + bullets + prose]))
    assert parse_pdf(path).tables == []
