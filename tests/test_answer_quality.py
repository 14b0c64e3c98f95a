"""Which units carry the answer: the page's units, the scored sentence, the table row read with its column headers.
Real corpus index (``corpus_index``), real retrieval, the real Assistant."""

from __future__ import annotations

import pytest

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


def test_the_answer_names_its_document_and_cites_a_verified_unit(assistant, corpus_index):
    a = assistant.ask("Vad ska regionstyrelsen göra med prognoserna enligt revisorernas granskning?")
    pages = _checked(corpus_index, a)
    assert any(doc == GRANSKNING for doc, _ in pages)
    assert a.answer.startswith("Enligt ")


def test_an_english_question_says_the_quote_is_swedish(assistant, corpus_index):
    a = assistant.ask("What does the audit recommend the regional executive board to do about forecasts?")
    _checked(corpus_index, a)
    assert "(quoted in Swedish)" in a.answer


def test_a_table_row_answer_reads_label_value_and_column(assistant, corpus_index):
    state = assistant.pipeline.store.state()
    rows = [u for units in state.pages.values() for u in units if u.kind == "row"]
    assert rows, "ingest's typed tables mark their lines as rows"
    from assistant.question import QuestionReader

    q = QuestionReader(corpus_index).read("Hur stort var beloppet?")
    text = assistant.pipeline.sentences._row_text(q, rows[0])
    table, row = state.row_of(rows[0])
    assert text.startswith(row.label + ":") and table.title in text
