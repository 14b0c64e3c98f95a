"""What is asked of a name is said in a passage about it: a figure of one municipality does not answer for another
that a different page of the same report mentions in passing, and an audit of one region's budget process gives no
recommendations of another's (assistant/strategies/checks.py: the pages of the first and the number-carrying
citations; assistant/service.py: the recommended answer). Fictional reports written to real PDFs; pdfplumber,
Chroma, the embedder and the default hybrid assistant."""

from __future__ import annotations

import pytest

from tests.libraries import written_library

REPORT = [
    ["Revisionskontoret i Ekby kommun sammanfattar år 2022", "Årsredogörelse för Ekby kommuns revision"],
    ["Ekonomiskt resultat",
     "Ekby kommuns balanskravsresultat för 2022 uppgår till 118 miljoner kronor.",
     "Resultatet är bättre än budget, främst på grund av högre skatteintäkter."],
    ["Kvalitet och samarbete",
     "Under 2022 har revisionskontoret samarbetat med revisionskontoren i Åsby kommun och Region Västerby.",
     "Samarbetet gäller gemensamma utbildningar och en extern kvalitetskontroll."],
]
AUDIT = [
    ["Granskning av budgetprocessen i Region Norrdal", "Revisorerna i Region Norrdal, 2023"],
    ["Sammanfattning och rekommendationer",
     "Vi bedömer att budgetprocessen i huvudsak fungerar men att tidplanen är för sen.",
     "Revisorerna rekommenderar regionstyrelsen att:",
     "• tidigarelägga budgetprocessen så att planen kan beslutas i juni",
     "• följa upp effekterna av de besparingar som beslutas"],
]


@pytest.fixture(scope="module")
def library(tmp_path_factory, embedder, embedding_cache):
    docs = {"ekby-arsredogorelse-2022.pdf": (REPORT, "Revisionskontoret i Ekby kommun sammanfattar år 2022"),
            "norrdal-granskning-budgetprocessen.pdf": (AUDIT, "Granskning av budgetprocessen i Region Norrdal")}
    with written_library(tmp_path_factory.mktemp("other_names"), docs, embedder, embedding_cache) as assistant:
        yield assistant


def test_a_figure_of_one_municipality_answers_for_it(library):
    a = library.ask("Vad blev Ekby kommuns balanskravsresultat 2022?")
    assert not a.abstained and "118" in a.answer


def test_a_figure_asked_of_a_name_mentioned_in_passing_is_refused(library):
    a = library.ask("Vad blev Åsby kommuns balanskravsresultat 2022?")
    assert a.abstained, a.answer


def test_recommendations_asked_of_another_region_are_not_the_audits(library):
    # Region Västerby stands only in the other document, in passing
    own = library.ask("Vilka rekommendationer gav revisorerna i Region Norrdal om budgetprocessen?")
    assert not own.abstained and "tidigarelägga budgetprocessen" in own.answer
    other = library.ask("Vilka rekommendationer gav revisorerna i Region Västerby om budgetprocessen?")
    assert "tidigarelägga budgetprocessen" not in other.answer
