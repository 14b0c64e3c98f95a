"""A question of figures over several years ("2022 jämfört med 2021") is answered with every asked year: when the rule
answer's sentence gives one of them, the typed cells of a table that has all of them answer instead
(service: years_left_out), and a table of a document whose cover pages name what the question names is about it
(tables/cells: _other_subject). Two fictional reports written to real PDFs, pdfplumber, Chroma and the embedder."""

from __future__ import annotations

import pytest

from tests.libraries import hybrid_assistant

COVER = ["Revisionskontoret sammanfattar verksamhetsåret 2022", "Årsredogörelse",
         "Revisionskontoret granskar på uppdrag av revisorerna i {town} kommun nämndernas verksamhet."]
STAFF = {"Ekby": [("Tillsvidareanställda på heltid", "13", "10", "12"), ("Timavlönade", "1", "1", "1"),
                  ("Totalt antal anställda", "14", "11", "13")],
         "Åby": [("Tillsvidareanställda på heltid", "7", "8", "6"), ("Timavlönade", "1", "1", "1"),
                 ("Totalt antal anställda", "8", "9", "7")]}


def _report(path, town: str) -> None:
    """A two-page yearly report: a cover naming the town (its title does not), then a staff page with a sentence of this year's figure
    and a borderless table (no rules: its columns are where the figures stand) of three years."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("Revisionskontoret sammanfattar verksamhetsåret 2022")  # the town only on the cover
    y = 780
    for line in COVER:
        c.setFont("Helvetica", 11)
        c.drawString(60, y, line.format(town=town))
        y -= 18
    c.showPage()
    total = STAFF[town][-1][1]
    lines = ["Personal",
             f"Under året rekryterades två nya medarbetare efter pensionsavgångar.",
             f"Vid utgången av 2022 var det totalt {total} anställda på revisionskontoret."]
    y = 780
    for line in lines:
        c.setFont("Helvetica", 11)
        c.drawString(60, y, line)
        y -= 18
    y -= 12
    c.setFont("Helvetica-Bold", 10)
    c.drawString(60, y, "Antal anställda")
    for x, head in zip((330, 400, 470), ("2022", "2021", "2020")):
        c.drawRightString(x, y, head)
    c.setFont("Helvetica", 10)
    for label, *values in STAFF[town]:
        y -= 16
        c.drawString(60, y, label)
        for x, v in zip((330, 400, 470), values):
            c.drawRightString(x, y, v)
    c.showPage()
    c.save()


@pytest.fixture(scope="module")
def ekby(tmp_path_factory, embedder, embedding_cache):
    root = tmp_path_factory.mktemp("years")
    pdfs = root / "pdfs"
    pdfs.mkdir()
    _report(pdfs / "ekby-arsredogorelse-2022.pdf", "Ekby")
    _report(pdfs / "aby-arsredogorelse-2022.pdf", "Åby")
    with hybrid_assistant(root, pdfs, embedder, embedding_cache) as assistant:
        yield assistant


def test_two_asked_years_come_from_the_table_that_has_both(ekby):
    a = ekby.ask("Hur många anställda hade revisionskontoret i Ekby vid utgången av 2022 jämfört med 2021?")
    assert not a.abstained, a.notes
    assert "14" in a.answer and "11" in a.answer, a.answer
    assert a.tables and any(str(r[0]).startswith("Totalt") for t in a.tables for r in t.rows)


def test_a_sentence_of_one_asked_year_leaves_the_other_out_and_the_table_has_both(ekby):
    from assistant.citations import CitationBuilder
    from assistant.strategies.checks import years_left_out

    q = ekby.pipeline.read("Hur många anställda hade revisionskontoret i Ekby vid utgången av 2022 jämfört med 2021?")
    b = CitationBuilder(ekby.index)
    b.add("ekby-arsredogorelse-2022", 2, "Vid utgången av 2022 var det totalt 14 anställda på revisionskontoret.")
    assert years_left_out(ekby, q, b.citations, []) == [2021]
    table = next(t for t in ekby.index.tables("ekby-arsredogorelse-2022"))
    assert {c.year for c in table.column_info if c.year} >= {2021, 2022}
    rows = [[r.label, *(c.raw for c in r.cells)] for r in table.rows]
    from assistant.models import AnswerTable, TableSource

    shown = AnswerTable(title=table.title, columns=table.columns, rows=rows,
                        source=TableSource(doc_id=table.doc_id, page=table.page))
    assert years_left_out(ekby, q, b.citations, [shown]) == []
    one = ekby.pipeline.read("Hur många anställda hade revisionskontoret i Ekby vid utgången av 2022?")
    assert years_left_out(ekby, one, b.citations, []) == []  # one asked year: nothing to leave out


def test_a_table_is_about_the_town_its_documents_cover_names(ekby):
    """A town the question names (as one many documents of a library name, so it names none of them) stands on
    neither table nor title, only on the cover: the town's own table is about it, the other town's is not."""
    q = ekby.pipeline.read("Hur många anställda hade revisionskontoret i Ekby 2022 jämfört med 2021?")
    q = q.model_copy(update={"doc_ids": [], "naming": [], "names": ["ekby"]})
    cells = ekby.pipeline.cells
    own = ekby.index.tables("ekby-arsredogorelse-2022")[0]
    other = ekby.index.tables("aby-arsredogorelse-2022")[0]
    assert not cells._other_subject(q, own)
    assert cells._other_subject(q, other)
