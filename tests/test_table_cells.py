"""Table answers addressed by cell (assistant/tables/cells.py) over the real corpus index: the row a question names,
the row with the largest value of the asked column, and the whole table when no row is named. Every row shown is
cited on its page. Questions are worded for this test, not copied from any eval set."""

from __future__ import annotations

import pytest

from assistant.citations import CitationBuilder
from assistant.pipeline import AnswerPipeline


@pytest.fixture(scope="module")
def pipeline(corpus_index):
    return AnswerPipeline(corpus_index)


def _propose(pipeline, question: str):
    q, scored = pipeline.candidates(question, [])
    scored.sort(key=lambda s: -s.p)
    builder = CitationBuilder(pipeline.index)
    return q, pipeline.cells.propose(q, scored, builder), builder


def _quotes_on_their_pages(index, builder) -> None:
    assert builder.citations
    for c in builder.citations:
        page = " ".join(index.page(c.doc_id, c.page).text.split())
        assert " ".join(c.quote.split())[:30] in page


def test_a_named_row_is_answered_with_its_cells_and_cited(pipeline, corpus_index):
    q, answer, builder = _propose(pipeline, "Vilken budget hade Regional utveckling för 2023 i uppföljningen per verksamhet?")
    assert answer is not None
    first = answer.text.splitlines()[1]
    assert first.startswith("Regional utveckling:") and "51 264" in first  # the row, its budget cell
    assert len(answer.tables[0].rows) == 1
    _quotes_on_their_pages(corpus_index, builder)


def test_the_largest_value_of_the_asked_column_names_its_row(pipeline, corpus_index):
    q, answer, builder = _propose(pipeline, "Vilken verksamhet har störst budget 2023 i budgetuppföljningen per verksamhet?")
    assert q.operation == "max"
    assert answer is not None
    row = answer.tables[0].rows[0]
    assert row[0].startswith("Kultur") and 82985 in row  # 82 985 tkr, the largest budget (the sum row is no row)
    _quotes_on_their_pages(corpus_index, builder)


def test_no_named_row_shows_the_table_with_every_row_cited(pipeline, corpus_index):
    q, answer, builder = _propose(pipeline, "Visa hur budgeten följs upp per verksamhet.")
    assert answer is not None
    labels = [r[0] for r in answer.tables[0].rows]
    assert len(labels) >= 4 and any(lbl.startswith("Summa") for lbl in labels)
    assert len({c.n for c in builder.citations}) >= 1
    _quotes_on_their_pages(corpus_index, builder)


def test_a_year_the_table_does_not_have_gets_no_table_answer(pipeline):
    q, answer, _ = _propose(pipeline, "Vilken budget hade Regional utveckling för 2031 i uppföljningen per verksamhet?")
    assert q.years == [2031] and answer is None


def test_a_whole_table_past_the_cap_keeps_the_rows_that_carry_the_subject():
    from assistant.tables.cells import capped_rows

    scores = [0.0] * 43
    scores[32] = 0.2  # the operating-cost row of a 43-row project sheet
    shown = capped_rows(scores, 30)
    assert len(shown) == 30 and 32 in shown and shown == sorted(shown)
    assert capped_rows([0.1, 0.0, 0.3], 30) == [0, 1, 2]  # under the cap: every row, in order


def test_a_committee_s_own_name_still_names_its_row_and_form_words_name_no_row(pipeline, corpus_index):
    # the document's own name in a page heading says nothing of which table is asked, but a row label that is the
    # committee's name still names that row; "hur stor" names nothing
    q, answer, builder = _propose(pipeline, "Hur stor var budgeten för Regional utveckling i uppföljningen per verksamhet 2023?")
    assert answer is not None
    assert answer.text.splitlines()[1].startswith("Regional utveckling:"), answer.text
    _quotes_on_their_pages(corpus_index, builder)


def test_a_row_label_that_carries_the_subject_makes_its_table_a_retrieval_hit(pipeline):
    q = pipeline.read("Hur mycket gick till Bildning enligt regionala utvecklingsnämndens verksamhetsberättelse?")
    assert q.doc_ids, q
    hits = pipeline.cells.named_rows(q, q.doc_ids)
    assert hits and any(r.label.strip().lower().startswith("bildning") for t, _ in hits for r in t.rows)
    retrieved = pipeline.retrieve(q)
    assert any(sc.chunk.table_id == hits[0][0].id for sc in retrieved.fused)


def test_the_highest_of_a_column_comes_from_the_table_whose_headers_carry_it(tmp_settings, embedder, tmp_path):
    """'Vilket lån har högst ränta?' asks for the row with the highest value of a column headed 'Ränta' (a loan
    note), not for a row named like the subject in another note ('Räntor på lån')."""
    from ingest import parse_pdf
    from index import open_index
    from tests.pdfs import make_layout_pdf

    loans = [(16, [(60, lender), (-300, rate), (-380, date), (-460, amount)])
             for lender, rate, date, amount in (("Nordea Hypotek 1", "0,76%", "2026-08-19", "5 237 500"),
                                                ("Nordea Hypotek 2", "3,96%", "2025-02-19", "7 609 000"),
                                                ("Handelsbanken 3", "1,00%", "2025-05-21", "4 085 000"))]
    page = [(0, [(60, "Not 16 Skulder till kreditinstitut")]),
            (16, [(60, "Långivare"), (-300, "Ränta"), (-380, "Villkorsändring"), (-460, "Belopp")]), *loans,
            (40, [(60, "Not 8 Finansiella kostnader"), (-380, "2023-12-31"), (-460, "2022-12-31")]),
            (16, [(60, "Räntor på lån"), (-380, "361 499"), (-460, "215 358")]),
            (16, [(60, "Övriga finansiella kostnader"), (-380, "623"), (-460, "530")])]
    prose = [[(0, [(60, f"Styrelsen för Brf Lånegården redovisar föreningens skulder i avsnitt {n}.")])]
             for n in range(1, 4)]
    path = tmp_path / "brf-lanegarden.pdf"
    path.write_bytes(make_layout_pdf([page, *prose]))
    with open_index(tmp_settings, embedder) as idx:
        idx.add(parse_pdf(path))
        q, answer, builder = _propose(AnswerPipeline(idx), "Vilket lån har högst ränta, och när ska det villkorsändras?")
        assert q.operation == "max" and answer is not None
        row = answer.tables[0].rows[0]
        assert row[0] == "Nordea Hypotek 2" and "2025-02-19" in answer.text
        _quotes_on_their_pages(idx, builder)


def test_a_change_between_two_years_is_the_later_year_less_the_earlier():
    """A statement prints this year's column first: the change asked for is 2023 less 2022, whatever the order."""
    from assistant.question.models import Question
    from assistant.tables.cells import CellStrategy
    from ingest.models import Cell, Table, TableRow

    t = Table(id="d:t1-1", doc_id="d", page=1, bbox=(0, 0, 1, 1), title="Not 3", columns=["", "2023", "2022"],
              rows=[TableRow(label="Avgift för samfällighet", cells=[Cell(raw="916 441", value=916441.0),
                                                                    Cell(raw="450 392", value=450392.0)])])
    q = Question(text="x", effective="x", lang="sv", years=[2022, 2023], operation="difference")
    line = CellStrategy._difference(q, t, 0, [0, 1], "sv")
    assert line is not None and "(2023 − 2022)" in line and line.endswith("+466 049")


def test_costs_printed_negative_are_compared_as_amounts_spent():
    """An income statement prints its costs negative ("-633 678"): how much they rose is said in amounts spent, the
    cells still shown as printed. A row that is no cost keeps its signs."""
    from assistant.question.models import Question
    from assistant.tables.cells import CellStrategy
    from ingest.models import Cell, Table, TableRow

    def row(label: str) -> Table:
        return Table(id="d:t1-1", doc_id="d", page=1, bbox=(0, 0, 1, 1), title="Resultaträkning",
                     columns=["", "2023", "2022"], rows=[TableRow(label=label, cells=[
                         Cell(raw="-633 678", value=-633678.0), Cell(raw="-272 514", value=-272514.0)])])

    q = Question(text="x", effective="x", lang="sv", years=[2022, 2023], operation="difference")
    line = CellStrategy._difference(q, row("Räntekostnader och liknande resultatposter"), 0, [0, 1], "sv")
    assert line is not None and "633 678 − 272 514" in line and line.endswith("+361 164")
    line = CellStrategy._difference(q, row("Årets resultat"), 0, [0, 1], "sv")
    assert line is not None and line.endswith("-361 164")


def test_cells_the_question_addresses_by_itself_answer_without_the_threshold(pipeline, corpus_index):
    """One row named by its label, in a table of the document the question names, with a column of the asked year:
    the cells answer by themselves (CellAnswer.addressed). The same row asked without naming its document, or
    without a year, is not so addressed: the scorer's threshold decides."""
    for question in ("Vilken budget hade Regional utveckling för 2023 i regionala utvecklingsnämndens "
                     "verksamhetsberättelse?",
                     "Vilken budget hade Regional utveckling för 2023 i uppföljningen per verksamhet?",
                     "Vilken budget hade Regional utveckling?"):
        q, answer, _ = _propose(pipeline, question)
        if answer is None:
            continue
        one_row = len(answer.tables[0].rows) == 1
        if answer.addressed:  # only ever so
            assert one_row and answer.table.doc_id in q.doc_ids and set(q.years) <= {2023}, question
        if not q.years or not q.doc_ids:
            assert not answer.addressed, question


def test_two_years_compared_in_a_table_of_several_measures_use_the_measure_both_years_have():
    """An interim report prints the budget, this year's and last year's outcome to date and a forecast: a question
    that compares two years compares the one measure printed for both (outcome to date), not the budget."""
    from assistant.question.models import Question
    from assistant.tables.cells import CellStrategy
    from ingest.models import Cell, Table, TableRow

    cols = ["", "Budget 2023 (tkr)", "Utfall 2023 jan-aug (tkr)", "Utfall 2022 jan-aug (tkr)", "Prognos 2023 (tkr)"]
    vals = [210_400.0, 130_250.0, 121_900.0, 205_000.0]
    t = Table(id="d:t1-1", doc_id="d", page=1, bbox=(0, 0, 1, 1), title="Driftredovisning", columns=cols,
              rows=[TableRow(label="Personalkostnader", cells=[Cell(raw=f"{v:,.0f}".replace(",", " "), value=v)
                                                              for v in vals])])
    q = Question(text="x", effective="x", lang="sv", years=[2022, 2023], operation="difference")
    line = CellStrategy._difference(q, t, 0, [0, 1, 2, 3], "sv")
    assert line is not None and "130 250 − 121 900" in line and line.endswith("+8 350")
    # two measures that each print both years: no one pair is asked, nothing is computed
    t.columns = ["", "Budget 2023", "Budget 2022", "Utfall 2023", "Utfall 2022"]
    assert CellStrategy._difference(q, t, 0, [0, 1, 2, 3], "sv") is None


def test_a_computed_figure_is_recognised_in_an_answer():
    from assistant.models import Answer
    from assistant.strategies.checks import computes

    shown = "Lön: Utfall 2023 97 103; Utfall 2022 92 770 [1]\nSkillnad (2023 − 2022): 97 103 − 92 770 = +4 333"
    assert computes(Answer(question="x", answer=shown, language="sv", abstained=False))
    assert not computes(Answer(question="x", answer="Lön: Utfall 2023 97 103; Utfall 2022 92 770 [1]", language="sv",
                               abstained=False))


def test_against_the_budget_the_difference_is_the_outcome_less_the_budget_and_a_deviation_column_is_not_recomputed():
    from assistant.question.models import Question
    from assistant.tables.cells import CellStrategy
    from ingest.models import Cell, Table, TableRow

    t = Table(id="d:t1-1", doc_id="d", page=1, bbox=(0, 0, 1, 1), title="Driftredovisning",
              columns=["", "Utfall 2022", "Budget 2022"],
              rows=[TableRow(label="Summa kostnader", cells=[Cell(raw="-44 150", value=-44150.0),
                                                             Cell(raw="-43 962", value=-43962.0)])])
    q = Question(text="x", effective="x", lang="sv", years=[2022], operation="difference",
                 measures=["budget", "outcome"])
    line = CellStrategy._difference(q, t, 0, [0, 1], "sv")
    assert line is not None and "(Utfall 2022 − Budget 2022)" in line and line.endswith("+188")
    t.columns = ["", "Budget 2023", "Helårsprognos budgetavvikelse 2023"]
    assert CellStrategy._difference(q, t, 0, [0, 1], "sv") is None


def test_a_total_asked_of_no_one_row_leads_with_the_tables_total_row(pipeline, corpus_index):
    q, answer, builder = _propose(pipeline, "Hur stor var regionala utvecklingsnämndens budget totalt 2023 i "
                                            "budgetuppföljningen per verksamhet?")
    assert q.operation == "sum"
    assert answer is not None
    first = answer.text.splitlines()[1]
    assert first.lower().startswith(("summa", "total")) and "204 846" in first  # the total row, its budget cell
    assert len(answer.tables[0].rows) > 1  # the rows it sums follow
    _quotes_on_their_pages(corpus_index, builder)
