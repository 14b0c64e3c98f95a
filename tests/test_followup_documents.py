"""A follow-up that opens as one ("Och för …?", "And for …?") stays in the previous question's documents unless it
names another by a name only that one carries: a common word that also names another report ("kultur" in a culture
committee's title) is the follow-up's thing, not a new document (assistant/question/reader.py). Two fictional reports
written to real PDFs; pdfplumber, Chroma, the embedder and the default hybrid assistant."""

from __future__ import annotations

import pytest

from assistant.models import Turn
from tests.libraries import written_library

REPORT = ["Region Norrdal – delårsrapport augusti 2023, regionala utvecklingsnämnden",
          "Budgetuppföljning per verksamhet (tkr)",
          "Verksamhet          Budget 2023    Utfall jan-aug",
          "Bildning            70 100         41 900",
          "Kultur              52 300         30 800",
          "Kollektivtrafik     410 000        268 000"]
OTHER = ["Kultur- och fritidsnämndens budgetskrivelse 2027", "Nämnden föreslår investeringar i bibliotek och badplatser.",
         "Kultur- och fritidsnämnden ansvarar för bibliotek, kulturskola och fritidsgårdar."]


@pytest.fixture(scope="module")
def library(tmp_path_factory, embedder, embedding_cache):
    docs = {"norrdal-delarsrapport-2023-08.pdf": ([REPORT], "Region Norrdal delårsrapport augusti 2023"),
            "kultur-fritid-budgetskrivelse-2027.pdf": ([OTHER], "Kultur- och fritidsnämndens budgetskrivelse 2027")}
    with written_library(tmp_path_factory.mktemp("followup_docs"), docs, embedder, embedding_cache) as assistant:
        yield assistant


def test_a_follow_up_of_a_common_word_stays_in_the_previous_report(library):
    first = "Vad var budgeten för Bildning i Region Norrdals delårsrapport för augusti 2023?"
    history = [Turn(role="user", content=first)]
    assert library.pipeline.read(first).doc_ids == ["norrdal-delarsrapport-2023-08"]
    q = library.pipeline.read("Och för kultur?", history)
    assert q.followup and q.doc_ids == ["norrdal-delarsrapport-2023-08"]


def test_a_new_question_may_still_name_the_other_report(library):
    q = library.pipeline.read("Vilka investeringar föreslår kultur- och fritidsnämnden i sin budgetskrivelse?")
    assert "kultur-fritid-budgetskrivelse-2027" in q.doc_ids
