"""A period the question names ("planen för 2026–2028") is a name: the passage of that period answers, not the one
of an overlapping other period ("2025–2027") that shares two of its years. A fictional region's plan written to a
real PDF; pdfplumber, Chroma, the embedder and the default hybrid assistant."""

from __future__ import annotations

import pytest

from assistant.question.models import asked_period, span_years, year_spans
from tests.libraries import written_library

PAGE = [
    "Ekonomiska förutsättningar",
    "Regionfullmäktige i Region Norrdal fastställer varje höst en flerårsplan för ekonomin.",
    "Planen anger resultatmål, investeringsramar och hur eventuella underskott ska hanteras.",
    "Inför planperioden har kostnaderna för läkemedel och bemanning ökat kraftigt.",
    "Regionen har i flerårsplanen 2025–2027 budgeterat med ett underskott på 212 mnkr.",
    "I flerårsplanen 2026–2028 budgeteras ett underskott på 96 mnkr.",
    "Resultatutjämningsreserven uppgår till 410 mnkr och får användas under perioden.",
]


def test_spans_are_read_as_periods_and_their_years():
    assert year_spans("planen 2026–2028 och budgeten 2024-2025") == {(2026, 2028), (2024, 2025)}
    assert span_years("planen 2026–2028") == {2026, 2027, 2028}
    assert year_spans("visionen 2020–2040") == set()  # a horizon, not a period of figures
    assert asked_period("Vad budgeteras i planen för 2026–2028?") == {(2026, 2028)}
    # two plans compared: neither is a name that shuts out a third period's passage (carried-over assignments)
    assert asked_period("Hur många uppdrag har planerna 2025–2027 och 2026–2028?") == set()


@pytest.fixture(scope="module")
def region(tmp_path_factory, embedder, embedding_cache):
    docs = {"norrdal-flerarsplan.pdf": ([PAGE], "Region Norrdal – ekonomisk översikt")}
    with written_library(tmp_path_factory.mktemp("periods"), docs, embedder, embedding_cache) as assistant:
        yield assistant


def test_the_named_period_answers_before_an_overlapping_other(region):
    a = region.ask("Hur stort underskott budgeterar Region Norrdal i planen för 2026–2028?")
    assert not a.abstained
    assert "96 mnkr" in a.answer and "212" not in a.answer


def test_a_follow_up_of_another_period_takes_that_periods_passage(region):
    from assistant.models import Turn

    first = "Hur stort underskott budgeterar Region Norrdal i planen för 2026–2028?"
    history = [Turn(role="user", content=first), Turn(role="assistant", content=region.ask(first).answer)]
    a = region.ask("Och i planen för 2025–2027?", history)
    assert not a.abstained and "212 mnkr" in a.answer and "96" not in a.answer
