"""A table without drawn rules (a word processor's columns: the cells' left edges aligned, each cell wrapping inside
its column over several printed lines) whose cells hold whole sentences, and whose rows go on over a page break
under the header printed again. parse_pdf gives one table with the header as its columns and each cell whole, over
both pages; the page text holds each row whole."""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab")

from ingest.parse import parse_pdf  # noqa: E402

HEAD = ["Id", "Vad vi såg", "Vad vi föreslår", "Svar från förvaltningen"]
PAGE1 = [
    ["A", "Bokningarna av idrottshallarna förs i tre olika kalkylblad som ingen har ansvar för att stämma av "
          "mot varandra.",
     "Kultur- och fritidsnämnden bör samla bokningarna i ett system och utse en ansvarig för avstämningen varje "
     "månad.",
     "Ett nytt bokningssystem upphandlas under våren och tas i bruk efter sommaren."],
    ["B", "Föreningsbidragen betalas ut utan att föreningarnas redovisningar av föregående års bidrag har kommit in "
          "och granskats.",
     "Kultur- och fritidsnämnden bör se till att bidrag betalas ut först när föregående års redovisning har "
     "granskats och godkänts.",
     "Nämnden delar bedömningen och ändrar rutinen inför nästa ansökningsomgång."],
    ["C", "Hyrorna för föreningslokalerna har inte räknats om sedan taxan beslutades och täcker inte längre "
          "kostnaderna för städning.",
     "Kultur- och fritidsnämnden bör räkna om taxan för föreningslokalerna och lägga fram ett förslag till "
     "ny taxa för fullmäktige.",
     "En översyn av taxan påbörjas under hösten och redovisas för nämnden i december."],
]
PAGE2 = [
    ["D", "Nycklar och passerkort till fritidsgårdarna lämnas ut utan kvittens och återlämnas inte alltid när "
          "en anställning upphör.",
     "Kultur- och fritidsnämnden bör införa en förteckning över utlämnade nycklar och passerkort som stäms av "
     "två gånger per år.",
     "Förvaltningen inför en förteckning från och med januari."],
    ["E", "Nämnden får ingen samlad rapport om hur många barn och unga som deltar i den öppna verksamheten på "
          "fritidsgårdarna.",
     "Kultur- och fritidsnämnden bör begära en årlig rapport om deltagandet i den öppna verksamheten, uppdelad "
     "per fritidsgård.",
     "Rapporten läggs in i nämndens årshjul."],
]
FOOTER = "Revisionsrapport om föreningsstöd och lokaler, sida {}"


def _build(path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    widths = [30, 150, 150, 130]
    plain = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])

    def table(rows):
        t = Table([[Paragraph(c, style) for c in r] for r in [HEAD] + rows], colWidths=widths)
        t.setStyle(plain)
        return t

    flow = [Paragraph("Sammanställning av iakttagelser och förslag", style),
            Paragraph("Tabellen nedan sammanfattar vad granskningen visar och vad vi föreslår.", style),
            Spacer(1, 6), table(PAGE1), Spacer(1, 12), Paragraph(FOOTER.format(4), style), PageBreak(),
            Paragraph("Tabellen fortsätter", style), Spacer(1, 6), table(PAGE2), Spacer(1, 12),
            Paragraph("Förvaltningens svar har lämnats skriftligen till revisorerna.", style), Spacer(1, 12),
            Paragraph(FOOTER.format(5), style)]
    SimpleDocTemplate(str(path), pagesize=A4).build(flow)


@pytest.fixture(scope="module")
def parsed(tmp_path_factory):
    path = tmp_path_factory.mktemp("wrapped_grid") / "rapport.pdf"
    _build(path)
    return parse_pdf(path)


def _rows(t):
    return [[r.label, *(c.raw for c in r.cells)] for r in t.rows]


def test_wrapped_sentences_in_aligned_columns_are_one_table(parsed):
    assert len(parsed.tables) == 1, [(t.id, t.columns) for t in parsed.tables]
    t = parsed.tables[0]
    assert t.columns == HEAD
    rows = _rows(t)
    assert [r[0] for r in rows] == ["A", "B", "C", "D", "E"], rows
    for got, want in zip(rows, PAGE1 + PAGE2):
        assert got == want


def test_the_rows_keep_their_pages_and_the_page_text_its_rows(parsed):
    t = parsed.tables[0]
    assert (t.page, t.page_end) == (1, 2)
    lines = parsed.pages[0].text.split("\n")
    assert " ".join(PAGE1[1]) in lines, lines
    assert any(ln.startswith("Sammanställning av iakttagelser") for ln in lines)



FOLLOW_HEAD = ["Rekommendation", "Vidtagna åtgärder", "Status"]
FOLLOW_ROWS = [
    ["Fritidsnämnden bör upprätta en förteckning över samtliga hyresavtal med föreningar.",
     "En förteckning finns sedan mars och hålls aktuell av kansliet.", "Åtgärdad"],
    ["Fritidsnämnden bör besiktiga föreningslokalerna varje år och dokumentera bristerna.",
     "Besiktningar har gjorts i hälften av lokalerna men dokumenteras inte enhetligt.", "Delvis åtgärdad"],
    ["Tekniska nämnden bör ta fram en underhållsplan för de kommunägda föreningslokalerna.",
     "Något arbete med en underhållsplan har inte påbörjats.", "Ej åtgärdad"],
]


def _follow_up(path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    t = Table([[Paragraph(c, style) for c in r] for r in [FOLLOW_HEAD] + FOLLOW_ROWS], colWidths=[180, 180, 80])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    flow = [Paragraph("Uppföljning av föreningslokaler", style),
            Paragraph("Revisorerna har följt upp hur nämnderna har hanterat rekommendationerna om lokalerna.", style),
            Spacer(1, 8), Paragraph("Tabellen visar vad som har gjorts.", style), Spacer(1, 6), t, Spacer(1, 8),
            Paragraph("Vi rekommenderar tekniska nämnden att fastställa en tidsplan för underhållsplanen.", style)]
    SimpleDocTemplate(str(path), pagesize=A4).build(flow)


def test_a_first_column_that_wraps_stays_in_its_row_and_gives_each_row_its_status(tmp_path):
    """A follow-up's table without rules whose first column (the earlier recommendation) wraps over lines of its
    own: each row whole, and each row a unit of follow-up evidence with the status its status column gives."""
    from assistant.recommendations.segment import table_units

    path = tmp_path / "uppfoljning.pdf"
    _follow_up(path)
    doc = parse_pdf(path)
    assert len(doc.tables) == 1, [t.columns for t in doc.tables]
    t = doc.tables[0]
    assert t.columns == FOLLOW_HEAD
    assert _rows(t) == FOLLOW_ROWS
    lines = doc.pages[0].text.split("\n")
    assert lines[-1] == "Vi rekommenderar tekniska nämnden att fastställa en tidsplan för underhållsplanen."
    units = table_units(doc.meta.doc_id, doc.tables, doc.pages)
    assert [(u.text.split(" | ")[0], u.explicit_status) for u in units] == [(r[0], r[2]) for r in FOLLOW_ROWS]
