"""Which sentences carry the answer: units, named documents, restated questions, parts, headings, answer kinds,
prose over yearly tables. Real corpus index (``corpus_index``), real retrieval, the real Assistant."""

from __future__ import annotations

import pytest

from assistant.answers.docs import DocumentNames
from assistant.answers.signals import question_parts
from ingest.units import page_units, sentence_spans
from assistant.service import Assistant

RUN = "run-verksamhetsberattelse-2023-08"
GRANSKNING = "granskning-budgetprocessen-2023"


@pytest.fixture(scope="module")
def assistant(corpus_index):
    return Assistant(corpus_index, corpus_index.settings)


def _checked(index, answer):
    assert answer.citations and not answer.abstained
    for c in answer.citations:
        assert c.quote in index.page(c.doc_id, c.page).text
    return {(c.doc_id, c.page) for c in answer.citations}


# -- units ----------------------------------------------------------------------------------------------
def test_numbered_question_and_answer_item_splits_into_question_and_sentences():
    text = ("Revisionsfråga Svar\n9. Får budgeten ett genom-slag i verksamheten? Budgeten får delvis ett genomslag. "
            "Risk finns att förtroendet urholkas.\n")
    units = page_units("d", 1, text)
    kinds = [(u.kind, u.text) for u in units]
    assert ("item", "9. Får budgeten ett genom-slag i verksamheten?") in kinds
    assert ("sentence", "Budgeten får delvis ett genomslag.") in kinds
    question = next(u for u in units if u.text.endswith("?"))
    assert "genomslag" in question.stems  # a word hyphenated at a line break also counts joined


def test_section_number_line_is_a_heading_and_footnote_its_own_unit():
    text = ("Uppföljningen sammanfattas i årsredovisningen.\n7.6 Ekonomisk uppföljning och prognoser\n"
            "Tre periodrapporter sammanställs varje år.\n"
            "• Mål och mått bör vara kopplade till regionplanen. Det är svårt att se hur styrelsen och\n"
            "¹² Granskning av god ekonomisk hushållning, genomförd av KPMG, daterad 2021-05-26\n")
    units = page_units("d", 1, text)
    assert ("heading", "7.6 Ekonomisk uppföljning och prognoser") in [(u.kind, u.text) for u in units]
    assert any(u.text.startswith("¹² Granskning") for u in units)
    item = next(u for u in units if u.kind == "item")
    assert "KPMG" not in item.text
    assert [s.text for s in sentence_spans(item)] == ["Mål och mått bör vara kopplade till regionplanen.",
                                                     "Det är svårt att se hur styrelsen och"]


def test_question_parts():
    assert question_parts("Hur ofta tas prognoser fram, och i vilket system rapporteras de?") == [
        "Hur ofta tas prognoser fram", "i vilket system rapporteras de"]
    assert question_parts("Vilka åtgärder och aktiviteter finns?") == []


# -- named documents ------------------------------------------------------------------------------------
def test_documents_named_by_type_role_word_or_name(corpus_index):
    names = DocumentNames(corpus_index)
    assert names.named("Vilka åtgärder redovisar förvaltningen?") == {RUN}
    assert names.named("Vad förordar revisorerna?") == {GRANSKNING}
    assert names.named("Vilka rekommendationer lämnar Sirona?") == {GRANSKNING}
    assert names.named("Vad säger verksamhetsberättelsen om bredband?") == {RUN}
    assert names.named("Hur stort var resultatet i Region Kalmar län?") == set()  # names every document


def test_a_genitive_names_its_document_and_the_title_words_name_it_too(corpus_index):
    """"Sironas rapport" names the audit Sirona wrote, as "Sirona" does; the question's words its title carries
    ("budgetprocessen") are then naming words, not content every passage of it would have to repeat, unless nothing
    but the kind of answer would be left to ask about ("Vilken tidplan … för budgetprocessen?")."""
    names = DocumentNames(corpus_index)
    docs, naming = names.named_by("Hur många möten hölls enligt Sironas rapport om budgetprocessen?")
    assert docs == {GRANSKNING}
    assert {"siron", "budgetproces"} <= naming and "möt" not in naming
    _, naming = names.named_by("Vilken tidplan förordar Sirona för budgetprocessen?")
    assert "siron" in naming and "budgetproces" not in naming


def test_the_named_documents_answer(assistant, corpus_index):
    a = assistant.ask("Vilka åtgärder redovisar förvaltningen för en god ekonomisk hushållning med full effekt 2025?")
    assert {d for d, _ in _checked(corpus_index, a)} == {RUN}
    assert "HR-funktionen" in a.answer  # the report's own question is its lead; the sentences after it answer


# -- which sentences ------------------------------------------------------------------------------------
def test_the_sentence_after_the_reports_own_question_answers_it(assistant, corpus_index):
    a = assistant.ask("Får budgeten något genomslag i verksamheten?")
    assert "Budgeten får delvis ett genomslag i verksamheten." in a.answer
    assert "?" not in a.answer  # the restated question is not quoted as the answer
    assert len(a.citations) == 1


def test_a_second_sentence_that_adds_nothing_is_not_cited(assistant, corpus_index):
    a = assistant.ask("Vilket effektiviseringskrav har verksamheterna under 2023?")
    assert "1 procent" in a.answer
    assert len(a.citations) == 1


def test_each_part_of_a_question_gets_its_sentence(assistant, corpus_index):
    a = assistant.ask("Hur ofta tas ekonomiska prognoser fram och i vilket IT-system rapporteras de?")
    assert "fem (5) gånger per år" in a.answer and "Stratsys" in a.answer
    assert _checked(corpus_index, a) == {(GRANSKNING, 14)}


def test_a_named_heading_answers_with_its_items(assistant, corpus_index):
    a = assistant.ask("Vad planeras under rubriken Levande landsbygd?")
    items = [ln for ln in a.answer.splitlines() if ln.startswith("- ")]
    assert len(items) == 5 and "Remissrunda under våren 2024" in a.answer
    assert len(_checked(corpus_index, a)) == 1


def test_a_recommendation_question_is_answered_by_recommendations(assistant, corpus_index):
    a = assistant.ask("Vilken tidplan förordar revisorerna för budgetprocessen?")
    _checked(corpus_index, a)
    assert all(" bör " in c.quote for c in a.citations)
    assert "senast i juni" in a.answer


def test_a_figure_the_question_names_is_not_the_answer(assistant, corpus_index):
    a = assistant.ask("What target is set for the share of households with fixed broadband of at least 1 Gbit/s?")
    assert "94 (93,03)" in a.answer
    assert len(a.citations) == 1 and "fast bredband" in a.citations[0].quote  # not the sparsely-populated-area row
    _checked(corpus_index, a)


def test_a_series_over_the_years_is_answered_from_the_yearly_tables(assistant, corpus_index):
    """One row across several years' tables: every year with its figures, each cited, and a table to show. (The
    special case that answered such questions with a prose summary of the period served one original gold
    question and no blind question; it was removed.)"""
    a = assistant.ask("Hur stora underskott har hälso- och sjukvårdsförvaltningen haft år för år?")
    for year, outcome in (("2020", "-299"), ("2021", "-304"), ("2022", "-341")):
        assert year in a.answer and outcome in a.answer
    assert {d for d, _ in _checked(corpus_index, a)} == {GRANSKNING}
    assert a.tables and len(a.tables[0].rows) >= 3

def test_english_label_only_when_every_word_is_known():
    from assistant.glossary import english_label, shown_label

    assert shown_label("Prognos april", "en") == "Forecast April (Prognos april)"
    assert shown_label("Utfall 2023 jan-aug (tkr)", "en") == "Outcome 2023 Jan–Aug (tkr) (Utfall 2023 jan-aug (tkr))"
    assert shown_label("Prognos april", "sv") == "Prognos april"
    assert english_label("Budget 2023 (tkr)") is None  # reads the same in English
    assert english_label("Okänd rubrik") is None  # never half-translated


def test_english_table_answer_shows_english_headers_with_the_swedish_kept(assistant, corpus_index):
    q = "Show the public transport committee's April and August forecasts and outcomes for 2020–2022."
    a = assistant.ask(q)
    assert a.language == "en" and a.tables
    assert "Forecast April (Prognos april)" in a.tables[0].columns
    assert "Forecast April (Prognos april)" in a.answer
    sv = assistant.ask("Visa kollektivtrafiknämndens prognos i april och augusti och utfall för 2020–2022.")
    assert "Prognos april" in sv.tables[0].columns and "Forecast" not in sv.answer


def test_the_asked_years_outcome_table_wins_over_a_table_whose_columns_are_other_years(assistant):
    """"the 2022 outcome": the activity report's table has deviation/budget columns for 2023 only (its 2022 column
    is a Jan–Aug comparison); the audit's 2022 outcome table answers. "deviation" alone does not ask for a budget."""
    a = assistant.ask("What was the largest negative deviation in the 2022 outcome?")
    assert a.tables and a.citations[0].doc_id == GRANSKNING
    assert "-341" in a.answer.splitlines()[1]


def test_which_committees_is_answered_by_the_sentence_that_names_them(assistant, corpus_index):
    a = assistant.ask("Vilka nämnder omfattas av granskningen?")
    assert "kollektivtrafiknämnden" in a.answer and "regionala utvecklingsnämnden" in a.answer
    assert _checked(corpus_index, a) == {(GRANSKNING, 4)}


def test_a_when_question_cites_the_sentence_with_the_time_only(assistant, corpus_index):
    a = assistant.ask("När räknar regionledningen med att ekonomin är återställd?")
    assert "år 2026" in a.answer and len(a.citations) == 1


def test_the_documents_own_region_name_does_not_block_its_tables_but_another_region_does(assistant):
    """A name from the document's title or organisation counts as present on each of its tables' pages; a name
    the documents never use makes the table answer abstain (no hard-coded region names)."""
    own = assistant.ask("Visa budgetuppföljningen per verksamhet för Region Kalmar län.")
    assert not own.abstained and own.tables
    other = assistant.ask("Visa budgetuppföljningen per verksamhet för Region Kronoberg.")
    assert other.abstained or not other.tables


def test_forecast_against_budget_comes_from_the_table_that_has_both_measures(assistant, corpus_index):
    """The README's own example. Retrieval ranks first the activity report's follow-up table, whose columns are the
    budget and the forecast's deviation; the answer comes from the next table, which has the forecast itself, and
    says the comparison as a sentence with the computation."""
    a = assistant.ask("Hur stor är prognosen för helåret jämfört med budget?")
    lines = a.answer.splitlines()
    assert a.tables and "197 638" in lines[1] and "7 208" in lines[1] and "204 846" in lines[1]
    assert _checked(corpus_index, a) == {(RUN, 15)}


def test_the_swedish_preposition_under_asks_no_deviation():
    from assistant.tables.match import analyse

    assert "deviation" not in analyse("Under vilken period genomfördes granskningen?", "sv").roles
    assert "deviation" in analyse("Is the committee under budget this year?", "en").roles


def test_question_parts_of_respektive():
    """"X respektive Y" asks the same of two things: one question for each, the second thing running to the word it
    shares with the first ("lärarna … de nyanställda lärarna") or to its first content word."""
    assert question_parts("Hur många av lärarna respektive de nyanställda lärarna har fått fortbildning?") == [
        "Hur många av lärarna har fått fortbildning", "Hur många av de nyanställda lärarna har fått fortbildning"]
    assert question_parts("Vad var intäkterna i mars respektive i juni?") == [
        "Vad var intäkterna i mars", "Vad var intäkterna i juni"]
    assert question_parts("Vad var intäkterna respektive?") == []
    assert question_parts("Hur har nämnderna följt upp sina respektive verksamheter?") == []  # "each their own"
