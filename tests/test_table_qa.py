"""Budget questions answered from the table store: tables, computed figures, cited rows."""

from __future__ import annotations

import pytest

from assistant.citations import CitationBuilder
from assistant.tables.qa import TableQA, fmt
from eval.metrics import numbers_present


def _ask(index, q, lang="sv"):
    b = CitationBuilder(index)
    res = TableQA(index).answer(q, lang, b)
    return res, b.citations


def test_number_format_is_swedish():
    assert fmt(204846, "sv") == "204 846"
    assert fmt(-7.25, "sv") == "-7,25"  # the cell's own decimals, up to two
    assert fmt(645262.92, "sv") == "645 262,92" and fmt(-7.2, "sv") == "-7,2"
    assert fmt(7208, "sv", signed=True) == "+7 208"


def test_show_table_returns_all_rows_and_cited_rows(corpus_index):
    res, cits = _ask(corpus_index, "Visa budgetuppföljningen per verksamhet.")
    assert res is not None and res.tables
    labels = [r[0] for r in res.tables[0].rows]
    assert labels[:3] == ["Bildning", "Kultur- o organisationsbidrag", "Regional utveckling"]
    assert numbers_present([70597, 41943, 4205, 204846, 7208], res.text)[0]
    for c in cits:
        assert c.quote in corpus_index.page(c.doc_id, c.page).text


def test_superlative_excludes_total_and_computes_difference(corpus_index):
    res, _ = _ask(corpus_index, "Which committee or administration had the largest negative budget deviation in the "
                                "2022 outcome, and how far off was its April forecast?", "en")
    assert res is not None
    assert "Hälso- och sjukvårdsförvaltningen" in res.text.splitlines()[1]
    assert numbers_present([-341, -304, 37], res.text)[0]
    assert "-341 − (-304) = -37" in res.text


def test_same_row_across_years(corpus_index):
    res, cits = _ask(corpus_index, "Jämför prognos i april, prognos i augusti och utfall för "
                                   "Hälso- och sjukvårdsförvaltningen 2020–2022.")
    t = res.tables[0]
    assert [r[0] for r in t.rows] == ["2020", "2021", "2022"]
    assert t.rows[2][1:] == [-304, -335, -341]
    assert {c.page for c in cits} == {26, 27}


def test_budget_minus_forecast_is_computed(corpus_index):
    res, _ = _ask(corpus_index, "Hur mycket lägre än budget beräknas lönekostnaderna bli i år?")
    assert "159 188 − 153 873 = 5 315" in res.text


def test_empty_actual_cell_abstains(corpus_index):
    res, _ = _ask(corpus_index, "Vad blev hälso- och sjukvårdsförvaltningens faktiska budgetavvikelse för helåret 2023?")
    assert res is not None and res.abstain


def test_other_region_is_not_answered_from_our_tables(corpus_index):
    res, _ = _ask(corpus_index, "Vilket resultat redovisade Region Kronoberg för 2023?")
    assert res is None


def test_difference_between_two_named_columns_with_hyphenated_header(corpus_index):
    """"balanskravsresultatet ... högre än resultatet" names both columns, one of them "Balanskravs-resultat"."""
    from assistant.citations import CitationBuilder
    from assistant.tables.qa import TableQA

    res = TableQA(corpus_index).answer("Varför var balanskravsresultatet 2022 så mycket högre än resultatet?", "sv",
                                       CitationBuilder(corpus_index))
    assert res is not None and "504 − 198 = 306" in res.text


@pytest.mark.parametrize("question,lang,verdict", [
    ("Stämmer regionala utvecklingsnämndens augustiprognos i revisionsrapporten med nämndens egen verksamhetsberättelse?",
     "sv", "Ja, uppgifterna stämmer överens"),
    ("Does the audit report's August forecast for the regional development committee (regionala utvecklingsnämnden) "
     "agree with its own activity report?", "en", "Yes, the figures agree"),
])
def test_two_documents_compared_with_unit_conversion(corpus_index, question, lang, verdict):
    """Each named document's own figure, cited (audit: the committee's row, mnkr; the committee's own report:
    its total row, tkr), converted to one unit and judged at the first figure's precision."""
    from assistant.citations import CitationBuilder
    from assistant.tables.qa import TableQA

    b = CitationBuilder(corpus_index)
    res = TableQA(corpus_index).answer(question, lang, b)
    assert res is not None and res.text.startswith(verdict)
    assert "7 208" in res.text and ("7,2" in res.text or "7.2" in res.text)
    assert {c.doc_id for c in b.citations} == {"granskning-budgetprocessen-2023", "run-verksamhetsberattelse-2023-08"}
    assert len(res.tables) == 2


def test_one_named_document_is_not_a_cross_document_comparison(corpus_index):
    from assistant.citations import CitationBuilder
    from assistant.tables.compare import compare_sources, named_documents
    from assistant.tables.qa import TableResult, fmt

    assert named_documents(corpus_index, "Stämmer prognosen i revisionsrapporten?") == ["granskning-budgetprocessen-2023"]
    assert compare_sources(corpus_index, "Stämmer prognosen i revisionsrapporten?", "sv",
                           CitationBuilder(corpus_index), fmt, TableResult) is None


def test_a_compound_of_the_question_matches_a_label_that_writes_it_apart():
    """"årsresultatet" is "Årets resultat"; "räntekostnaderna" is "Kostnader för räntor"; a label that only shares
    the compound's last part is a weaker match."""
    from assistant.tables.match import analyse, label_match

    q = analyse("Hur stort blev årsresultatet?", "sv")
    assert label_match("Årets resultat", q) >= 0.75
    assert label_match("Årets resultat", q) > label_match("Rörelseresultat", q)
    assert label_match("Kostnader för räntor", analyse("Vad blev räntekostnaderna?", "sv")) >= 0.75


def test_a_total_rows_label_is_matched_by_what_it_totals():
    """"Summa investeringsbudget" is the investment budget's total row: the question need not say "summa"."""
    from assistant.tables.match import analyse, label_match

    q = analyse("Hur stor är nämndens investeringsbudget för hela perioden?", "sv")
    assert label_match("Summa investeringsbudget", q) >= 0.75
    assert label_match("Summa", q) == 0.0  # a bare total word names nothing


def test_the_row_furthest_over_its_budget_is_computed_from_two_columns(corpus_index):
    """A table of budget and full-year forecast per cost line, without a deviation column: "which line goes furthest
    over budget" is each row's forecast minus its budget, the largest of them, with the two cells shown."""
    res, cits = _ask(corpus_index, "Vilken kostnadsrad i nämndens sammanställning God ekonomisk hushållning har en "
                                   "helårsprognos som ligger mest över budget?")
    assert res is not None and not res.abstain
    lead = res.text.splitlines()[1]
    assert "Övriga kostnader" in lead and "7 879" in lead and "189 099" in lead and "181 220" in lead
    assert any("Övriga kostnader" in c.quote for c in cits)


def test_a_committees_own_report_asked_only_for_a_measure_answers_from_its_total_row(corpus_index):
    """A question that names the committee whose own report is in the library and asks only for a measure ("the
    full-year forecast") reads that report's total row, not another document's table that has a row named after the
    committee (the audit's table of an earlier year)."""
    from assistant.service import Assistant

    assistant = Assistant(corpus_index, corpus_index.settings.model_copy(update={"answerer": "hybrid"}))
    answer = assistant.ask("Vad landar helårsprognosen på för regionala utvecklingsnämnden?")
    assert not answer.abstained
    assert "197 638" in answer.answer
    assert any(c.doc_id == "run-verksamhetsberattelse-2023-08" for c in answer.citations)


def test_a_change_between_two_years_is_the_later_minus_the_earlier(corpus_index):
    res, cits = _ask(corpus_index, "Hur mycket ökade utgifterna för Bildning från januari–augusti 2022 till samma period 2023?")
    assert res is not None and "Förändring 2022–2023: 41 943 − 36 231 = +5 712 tkr (ökning med 5 712 tkr)." in res.text
    assert all(c.quote in corpus_index.page(c.doc_id, c.page).text for c in cits)


def test_a_year_compared_with_the_year_before_shows_the_change():
    """Columns headed by years alone ("2023", "2022"): the asked year against the year before it, the later minus the
    earlier; no year asked, the two latest."""
    from assistant.tables.match import analyse
    from assistant.tables.qa import _change, _vals
    from ingest.models import Cell, Table, TableRow

    t = Table(id="brf-x:t3-1", doc_id="brf-x", page=3, bbox=(0, 0, 1, 1), title="Not 3 Fastighetskostnader", unit="kr",
              columns=["", "2023", "2022", "2021"],
              rows=[TableRow(label="Avgift till samfälligheten", cells=[Cell(raw="900 100", value=900100),
                                                                        Cell(raw="450 000", value=450000),
                                                                        Cell(raw="430 000", value=430000)])])
    vals = _vals(t.rows[0])
    q = analyse("Hur mycket betalade föreningen till samfälligheten 2023 jämfört med året innan?", "sv")
    assert _change(t, vals, q, "sv", " kr") == "Förändring 2022–2023: 900 100 − 450 000 = +450 100 kr (ökning med 450 100 kr)."
    q = analyse("How did the fee to the joint facility change between 2021 and 2023?", "en")
    assert _change(t, vals, q, "en", " kr") == "Change 2021–2023: 900 100 − 430 000 = +470 100 kr (increase of 470 100 kr)."


def test_two_rows_of_years_show_the_change_of_each_column():
    """A table of years down the side ("2021", "2022" as row labels): the later row less the earlier, per value column
    the question names (else every column, a few at most)."""
    from assistant.tables.match import analyse
    from assistant.tables.qa import _year_rows_change
    from ingest.models import Cell, Table, TableRow

    def row(label: str, *vals: int) -> TableRow:
        return TableRow(label=label, cells=[Cell(raw=str(v), value=v) for v in vals])

    t = Table(id="r:t1", doc_id="r", page=7, bbox=(0, 0, 1, 1), title="Resultat per år", unit="mnkr",
              columns=["År", "Resultat, mnkr", "Balanskravsresultat, mnkr"],
              rows=[row("2020", 500, 400), row("2021", 787, 596), row("2022", 198, 504)])
    q = analyse("Hur mycket lägre var resultatet 2022 jämfört med 2021?", "sv")
    assert _year_rows_change(t, [2, 1], q, "sv", " mnkr") == [
        "Förändring 2021–2022, Resultat, mnkr: 198 − 787 = -589 mnkr (minskning med 589 mnkr)."]
    q = analyse("How did the figures change from 2020 to 2021?", "en")
    assert len(_year_rows_change(t, [0, 1], q, "en", "")) == 2  # no column named: each one
    assert _year_rows_change(t, [1, 1], q, "sv", "") == []  # one year twice is no change


def test_a_unit_in_a_row_label_need_not_be_asked_and_abbreviations_are_their_words():
    """"Årsavgifter, kr/kvm" answers a question about the annual fee per square metre: "kvm" stems as
    "kvadratmeter" (ingest/lexicon/abbreviations.toml) and "kr" is a unit, not a subject."""
    from assistant.tables.match import analyse, label_match
    from ingest.text import stem

    assert stem("kvm") == stem("kvadratmeter") and stem("kr") == stem("kronor")
    q = analyse("Hur mycket har årsavgiften per kvadratmeter stigit sedan 2019?", "sv")
    assert label_match("Årsavgifter, kr/kvm", q) == 1.0
    assert label_match("Energikostnad, kr/kvm", q) < 0.75


def test_a_computation_the_typed_reading_asks_reaches_the_tables(corpus_index):
    """"Hur mycket mer … 2023 än 2022?" names no table word; the typed reader reads a difference over two years, and
    with that the table answers and computes it."""
    question = "Hur mycket mer gick Bildning på jan–aug 2023 än samma period 2022?"
    b = CitationBuilder(corpus_index)
    assert TableQA(corpus_index).answer(question, "sv", b) is None  # by its words alone: no table question
    res = TableQA(corpus_index).answer(question, "sv", CitationBuilder(corpus_index), computes=True)
    assert res is not None and "41 943 − 36 231 = +5 712" in res.text, res.text if res else None


def test_costs_printed_negative_change_as_amounts_spent():
    """A cost row printed negative ("Personalkostnader -843 056") that fell reads as a decrease of the amount spent,
    not as an increase of a signed figure."""
    from types import SimpleNamespace

    from assistant.tables.qa import _change
    from ingest.models import Table

    t = Table(id="t", doc_id="d", page=1, bbox=(0, 0, 1, 1), title="Resultaträkning", columns=["", "2025", "2024"],
              rows=[])
    q = SimpleNamespace(years=[2024, 2025], roles=set())
    line = _change(t, [-843_056.0, -984_362.0], q, "sv", " kr", "Personalkostnader")
    assert line and "minskning med 141 306" in line and "som belopp" in line
    income = _change(t, [900.0, 800.0], q, "sv", " kr", "Nettoomsättning")
    assert income and "ökning med 100" in income


def test_a_row_label_written_out_in_a_question_naming_the_committee_is_that_row(corpus_index):
    """The words that name the committee's own report ("regionala utvecklingsnämnden") name no row, unless the
    question writes a row's whole label out ("inom Regional utveckling"): then that row answers, not the total."""
    from assistant.service import Assistant

    assistant = Assistant(corpus_index, corpus_index.settings.model_copy(update={"answerer": "hybrid"}))
    answer = assistant.ask("Vilken avvikelse mot budget väntar regionala utvecklingsnämnden för helåret inom "
                           "Regional utveckling?")
    assert not answer.abstained
    assert "4 205" in answer.answer and "7 208" not in answer.answer.split("\n")[1]
    total = assistant.ask("Vilken avvikelse mot budget väntar regionala utvecklingsnämnden för helåret?")
    assert "7 208" in total.answer


def test_a_question_that_asks_a_price_is_not_answered_by_a_passage_without_an_amount(corpus_index):
    """A question of no other form that asks in a word of money ("… att kosta?") asks an amount: a passage about the
    subject that carries no sum of money does not answer it (the reports say nothing of the plan's cost)."""
    from assistant.service import Assistant

    assistant = Assistant(corpus_index, corpus_index.settings.model_copy(update={"answerer": "hybrid"}))
    answer = assistant.ask("Vad kommer den nya kulturplanen att kosta?")
    assert answer.abstained, answer.answer
