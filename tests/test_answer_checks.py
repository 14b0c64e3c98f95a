"""An answer must carry what the question asks (assistant/strategies/checks.py), whichever answerer found it: a
number of the asked kind, the asked year, the names it gives. Unit-level reading of values and asked units, and the
hybrid answerer refusing on the real corpus index where the rules' answer lacks the asked year."""

from __future__ import annotations

import pytest

from assistant.question.lexicon import load_lexicon
from assistant.question.reader import _asked_unit
from assistant.service import Assistant
from assistant.strategies.checks import quantities
from ingest.text import words

UNITS = load_lexicon().sv.units


@pytest.mark.parametrize("text, expected", [
    ("Beslut 2023-11-02, dnr KS 2023/0412", []),  # a date and a diary number are no values
    ("Mötet hölls den 4 april 2022 i stadshuset", []),
    ("Planen gäller 2024 och 2025", []),  # years
    ("2. Bakgrund och 12 st stolar", [("12", None)]),  # a list's numbering is no value
    ("Renoveringen kostade 2 400 tkr", [("2 400", "money")]),
    ("Andelen steg till 64 procent", [("64", "percent")]),
    ("Andelen steg till 64% i år", [("64", "percent")]),
    ("inom sex (6) månader", [("sex", "time"), ("6", "time")]),
    ("Sju förvaltningar svarade", [("Sju", None)]),
])
def test_values_are_read_with_their_unit_and_dates_are_not_values(text, expected):
    assert quantities(text, UNITS) == expected


@pytest.mark.parametrize("question, lang, intent, unit", [
    ("Hur mycket kostade upprustningen av simhallen?", "sv", "amount", "money"),
    ("Hur många procent av budgeten har förbrukats?", "sv", "count", "percent"),
    ("Hur många år tar ombyggnaden?", "sv", "count", "time"),
    ("Hur många ledamöter har styrelsen?", "sv", "count", None),
    ("How much did the new roof cost?", "en", "amount", "money"),
    ("What percentage of the budget was used by August?", "en", "amount", "percent"),
    ("How large a share of the grant went to culture?", "en", "amount", None),  # a share may be an amount
])
def test_the_unit_a_question_asks_for(question, lang, intent, unit):
    assert _asked_unit(words(question), load_lexicon().lang(lang), intent) == unit


@pytest.fixture(scope="module")
def hybrid(corpus_index):
    return Assistant(corpus_index, corpus_index.settings.model_copy(update={"answerer": "hybrid"}))


def test_an_answer_about_another_year_is_refused_with_the_reason(hybrid):
    # the bundled documents report on 2018-2023; nothing speaks of 2011
    a = hybrid.ask("Hur stor var budgeten för Bildning år 2011?")
    assert a.abstained and a.answer.startswith("Det framgår inte")
    assert a.notes  # why: the rules' own reason or the check's


def test_an_answer_with_the_asked_year_and_amount_still_stands(hybrid, corpus_index):
    a = hybrid.ask("Hur stor var budgeten för Bildning 2023?")
    assert not a.abstained and a.citations
    quoted = " ".join(c.quote for c in a.citations) + " " + " ".join(
        str(v) for t in a.tables for row in t.rows for v in row)
    assert any(u is not None or raw for raw, u in quantities(quoted, UNITS))
