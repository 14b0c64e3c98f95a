"""Unit tests of the eval metrics and gold loaders on tiny hand-made inputs."""

from __future__ import annotations

import json

import pytest

from eval.gold import load_questions
from eval.metrics import (
    citation_relevant,
    first_hit_rank,
    mrr,
    numbers_present,
    parse_numbers,
    passages_overlap,
    percentile,
    quote_verified,
    recall_at_k,
)
from rodatraden.errors import ConfigError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Budget 70 597 tkr", {70597.0}),
        ("innovationsindex 78 (76,7)", {78.0, 76.7}),
        ("utfallet −341 mnkr", {-341.0}),
        ("utfallet -341 mnkr", {-341.0}),
        ("aprilsumman står som --195", {-195.0}),
        ("802´ gästnätter", {802.0}),
        ("about 7,208 thousand", {7208.0}),  # English thousands comma
        ("1,234.5 SEK and 49.3 %", {1234.5, 49.3}),
        ("cirka 7,2 mnkr", {7.2}),
        ("Summa 204\u00a0846.", {204846.0}),  # NBSP thousands separator, sentence full stop
        ("Ett tal 1 234 567 kr", {1234567.0}),
    ],
)
def test_parse_numbers_reads_swedish_and_english_styles(text: str, expected: set[float]) -> None:
    assert expected <= parse_numbers(text)


def test_parse_numbers_keeps_table_rows_and_does_not_invent_minus_from_dates() -> None:
    row = parse_numbers("Bildning 70 597 41 943 59 36 231 124")
    assert {70597.0, 41943.0, 59.0, 36231.0, 124.0} <= row
    dates = parse_numbers("period 2023-08, workshop 21/4")
    assert -8.0 not in dates and {2023.0, 8.0, 21.0, 4.0} <= dates


def test_numbers_present_is_strict_on_sign() -> None:
    assert numbers_present([-341, -304, 37], "utfall −341 mot prognos -304, dvs. 37 sämre") == (True, [])
    ok, missing = numbers_present([-341], "utfallet blev 341 mnkr")
    assert not ok and missing == [-341]
    ok, missing = numbers_present([78, 76.7], "78 (76,8)")
    assert not ok and missing == [76.7]
    assert numbers_present([], "anything") == (True, [])


def test_first_hit_rank_collapses_whitespace() -> None:
    texts = ["nothing here", "Bildning  70 597\n41 943", "Bildning 70 597 41 943 59"]
    assert first_hit_rank(texts, ["Bildning 70 597 41 943"]) == 2
    assert first_hit_rank(texts, ["saknas"]) is None
    assert first_hit_rank(texts, ["saknas", "41 943 59"]) == 3


def test_recall_and_mrr() -> None:
    ranks = [1, 3, None, 6]
    assert recall_at_k(ranks, 1) == 0.25
    assert recall_at_k(ranks, 5) == 0.5
    assert mrr(ranks) == pytest.approx((1 + 1 / 3 + 0 + 1 / 6) / 4)
    assert recall_at_k([], 5) is None and mrr([]) is None


def test_citation_checks() -> None:
    page = "Tabell 1 visar resultatet.\nHälso- och sjukvårdsförvaltningen  -304 -335 -341\nÖvrigt."
    gold = ["Hälso- och sjukvårdsförvaltningen -304 -335 -341"]
    # verified: an exact span after whitespace collapse
    assert quote_verified("Hälso- och sjukvårdsförvaltningen -304 -335", page)
    assert not quote_verified("Hälso- och sjukvårdsförvaltningen -304 -336", page)
    assert not quote_verified("", page) and not quote_verified("x", None)
    # relevant: page holds a gold quote, or the quote overlaps one
    assert citation_relevant("Tabell 1 visar resultatet.", page, gold)
    assert not citation_relevant("Något annat", "En annan sida.", gold)
    assert citation_relevant("förvaltningen -304 -335 -341 mnkr", "En annan sida.", gold)
    assert passages_overlap("abc def ghi", "xx abc def ghi yy")


def test_percentile() -> None:
    assert percentile([10, 20, 30], 50) == 20
    assert percentile([], 95) is None


def test_load_questions_tolerates_missing_optional_fields(tmp_path) -> None:
    p = tmp_path / "q.jsonl"
    rows = [
        {"question": "Vad är budgeten för Bildning?"},
        {"id": 7, "question": "What is the total?", "numbers": [204846], "history": ["Visa budgeten", "Här"]},
    ]
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    qs = load_questions(p)
    assert [q.id for q in qs] == ["line1", "7"]
    assert qs[0].language == "sv" and qs[1].language == "en"
    assert qs[0].type == "fact" and qs[0].quotes == [] and qs[0].answerable
    assert [t.role for t in qs[1].history] == ["user", "assistant"]


def test_load_questions_bad_line_is_one_clear_error(tmp_path) -> None:
    p = tmp_path / "q.jsonl"
    p.write_text('{"question": "ok"}\n{not json}\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"q.jsonl:2"):
        load_questions(p)


def test_gold_files_load() -> None:
    from eval.cli import DEFAULTS
    from eval.gold import load_recommendations, load_tables

    qs = load_questions(DEFAULTS["questions"])
    assert len(qs) == 60 and {q.language for q in qs} == {"sv", "en"}
    assert load_tables(DEFAULTS["tables"]) and load_recommendations(DEFAULTS["recommendations"]).recommendations_2023
