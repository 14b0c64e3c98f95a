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


# ---------------------------------------------------------------- blind questions: gold items, grading, aggregates

from eval.answer_eval import AnswerResult, CitedPage, grade  # noqa: E402
from eval.metrics import gold_item_present, gold_items_present, parse_gold_number  # noqa: E402
from eval.set_metrics import set_metrics  # noqa: E402


@pytest.mark.parametrize(("raw", "value"), [
    ("1 250", 1250.0), ("1 250,0", 1250.0), ("1\u00a0250", 1250.0), ("-7 208", -7208.0), ("−7 208", -7208.0),
    ("3,96%", 3.96), ("0,70", 0.7), ("3,983,166.42", 3983166.42), ("645 262,92", 645262.92), (204846, 204846.0),
    ("2025-02-19", None), ("två", None),
])
def test_parse_gold_number(raw, value) -> None:
    assert parse_gold_number(raw) == value


@pytest.mark.parametrize(("raw", "answer", "ok"), [
    ("1 250", "Överskottet blev 1250 tkr.", True),
    ("1 250", "Överskottet blev 1 250,0 tkr.", True),
    ("1250", "Överskottet blev 1 250 tkr.", True),
    ("-7 208", "Avvikelsen är −7 208 tkr.", True),
    ("−7 208", "Avvikelsen är -7 208 tkr.", True),
    ("-7 208", "Avvikelsen är 7 208 tkr.", False),  # the sign matters ...
    ("-95", "Nämnden gick med ett underskott på 95 mnkr.", True),  # ... unless a word carries it
    ("7 208", "Avvikelsen är 7 209 tkr.", False),
    ("3,96%", "Räntan var 3,96 procent.", True),
    ("3,983,166.42", "Summan var 3 983 166,42 kr.", True),
    ("2025-02-19", "Stämman hölls den 19 februari 2025.", True),
    ("2025-02-19", "Stämman hölls den 19 mars 2025.", False),
    ("13 juni 2024", "Beslutet togs 2024-06-13.", True),
    ("två", "Det finns 2 rekommendationer.", True),
    ("två", "Det finns två rekommendationer.", True),
    ("nio", "Det finns 19 rekommendationer.", False),
])
def test_gold_item_present(raw, answer, ok) -> None:
    assert gold_item_present(raw, answer) is ok


def test_gold_items_present_lists_what_is_missing() -> None:
    assert gold_items_present(["181 220", "189 099", "7 879"], "181 220 mot 189 099 tkr") == (False, ["7 879"])
    assert gold_items_present([70597.0], "Bildning 70 597 tkr") == (True, [])


def _r(**kw) -> AnswerResult:
    base = dict(id="x", set="dev", type="number", lang="sv", question="q?", doc="doc-a", pages=[5],
                numbers=["1 250"], answer="Överskottet är 1 250 tkr.", abstained=False,
                citations=[CitedPage(doc_id="doc-a", page=5, quote="1 250 tkr", verified=True)])
    base.update(kw)
    return grade(AnswerResult(**base))


def test_grade_an_answerable_question() -> None:
    assert _r().correct and _r().numbers_ok and _r().page_cited
    wrong_page = _r(citations=[CitedPage(doc_id="doc-a", page=6, quote="x", verified=True)])
    assert wrong_page.page_cited is False and not wrong_page.correct
    other_doc = _r(citations=[CitedPage(doc_id="doc-b", page=5, quote="x", verified=True)])
    assert other_doc.page_cited is False and not other_doc.correct
    missing = _r(answer="Överskottet är 1 200 tkr.")
    assert missing.numbers_ok is False and missing.numbers_missing == ["1 250"] and not missing.correct
    refused = _r(answer="Det framgår inte av dokumenten.", abstained=True, citations=[])
    assert not refused.correct
    no_numbers = _r(type="fact", numbers=[], answer="Styrelsen.")
    assert no_numbers.numbers_ok is None and no_numbers.correct


def test_grade_unanswerable_and_failed_questions() -> None:
    assert _r(type="unanswerable", numbers=[], pages=[], abstained=True, citations=[]).correct
    answered = _r(type="unanswerable", numbers=[], pages=[], abstained=False)
    assert not answered.correct and answered.page_cited is None
    failed = _r(error="document not in the index: doc-a", doc_missing=True, answer="", abstained=None, citations=[])
    assert not failed.correct and failed.numbers_ok is False and failed.page_cited is False


def test_grade_followups_merge_and_context() -> None:
    ell = _r(type="followup", standalone=False, notes=["follow-up read as: Och 2021 överskottet?"])
    assert ell.correct and ell.merged
    new_merged = _r(type="followup", standalone=True, notes=["follow-up read as: something merged"])
    assert new_merged.merged and not new_merged.correct
    new_ok = _r(type="followup", standalone=True, notes=[])
    assert new_ok.merged is False and new_ok.correct


def test_set_metrics_count_every_question() -> None:
    rs = [
        _r(id="a", lang="sv"),
        _r(id="b", lang="en", answer="It is 1 200 tkr."),
        _r(id="c", type="unanswerable", numbers=[], pages=[], abstained=True, citations=[]),
        _r(id="d", type="unanswerable", numbers=[], pages=[], abstained=False,
           citations=[CitedPage(doc_id="doc-a", page=2, quote="not there", verified=False)]),
        _r(id="e", error="document not in the index: doc-s", doc_missing=True, doc="doc-s", answer="", abstained=None,
           citations=[]),
        _r(id="f", type="followup", standalone=True, notes=["follow-up read as: x"]),
        _r(id="g", type="followup", standalone=False),
    ]
    m = set_metrics("dev", rs)
    a = m.all
    assert m.n == 7 and m.doc_missing == 1 and m.docs_missing == ["doc-s"] and m.errors == 0
    assert a.number_questions == 5 and a.number_recall == pytest.approx(3 / 5)  # b misses, e failed
    assert a.page_questions == 5 and a.gold_page_cited == pytest.approx(4 / 5)
    assert a.citations == 5 and a.citations_verified == pytest.approx(4 / 5) and a.answers_all_verified == pytest.approx(4 / 5)
    assert a.refused_unanswerable == 0.5 and a.false_refusal == pytest.approx(1 / 5)  # e counts as refused
    assert a.accuracy == pytest.approx(3 / 7)  # a, c, g
    f = m.followups
    assert (f.n, f.elliptical, f.standalone) == (2, 1, 1)
    assert f.accuracy == 0.5 and f.elliptical_accuracy == 1.0 and f.standalone_merged == 1.0
    assert m.by_lang["en"].number_recall == 0.0 and m.by_lang["sv"].n == 6


def test_the_test_half_is_never_written_per_question(tmp_path) -> None:
    from eval.library import LibraryInfo
    from eval.report import machine_info
    from eval.side_report import SideMeta, SideReport, render, render_misses, write

    dev = _r(id="dev-1", answer="fel", citations=[])
    test = _r(id="test-1", set="test", answer="HEMLIGT SVAR 987 654")
    report = SideReport(meta=SideMeta(commit="c", date="d", machine=machine_info()), library=LibraryInfo(data_dir="x"),
                        sets={"dev": set_metrics("dev", [dev]), "test": set_metrics("test", [test])})
    paths = write(report, [dev, test], tmp_path)
    assert paths[0].name == "blind-partial.json"  # not all three sets: the full figures stay
    written = "".join(p.read_text(encoding="utf-8") for p in paths)
    assert "dev-1" in written and "test-1" not in written and "HEMLIGT" not in written
    assert "blind test (n=1)" in render(report) and "| number recall |" in render(report)
    with pytest.raises(AssertionError):
        render_misses([test])


def test_a_date_without_its_year_and_a_gold_quote_on_another_page() -> None:
    assert gold_item_present("13 juni 2024", "Den 13 juni beslutade förvaltningsrätten att upphäva beslutet.")
    assert not gold_item_present("13 juni 2024", "Den 13 juni 2023 beslutade rätten.")
    assert not gold_item_present("13 juni 2024", "Den 14 juni beslutade rätten.")
    elsewhere = _r(quote_pages=[9], citations=[CitedPage(doc_id="doc-a", page=9, quote="1 250 tkr", verified=True)])
    assert elsewhere.page_cited and elsewhere.correct


def test_page_rank_and_retrieval_figures() -> None:
    from eval.answer_eval import page_rank

    hits = [("doc-b", 5, 5), ("doc-a", 1, 3), ("doc-a", 4, 6)]
    assert page_rank(hits, "doc-a", {5}) == 3 and page_rank(hits, "doc-a", {2, 9}) == 2
    assert page_rank(hits, "doc-a", {9}) is None
    rs = [_r(id="a", retrieval_graded=True, retrieval_rank=1), _r(id="b", retrieval_graded=True, retrieval_rank=7),
          _r(id="c", retrieval_graded=True, retrieval_rank=None), _r(id="d")]
    m = set_metrics("dev", rs).all
    assert m.retrieval_questions == 3 and m.page_recall_at_5 == pytest.approx(1 / 3)
    assert m.page_recall_at_10 == pytest.approx(2 / 3) and m.page_mrr == pytest.approx((1 + 1 / 7) / 3)


def test_a_dotted_date_is_a_day_not_a_number() -> None:
    """"1.10.2023" (day.month.year, as Swedish reports print it) is the first of October, in any writing."""
    assert gold_item_present("1.10.2023", "Bytet av förvaltare gjordes 1.10.2023 från A till B.")
    assert gold_item_present("1.10.2023", "It switched on 1 October 2023.")
    assert gold_item_present("1.10.2023", "Bytet gjordes 2023-10-01.")
    assert not gold_item_present("1.10.2023", "Bytet gjordes 10.1.2023.")
    assert gold_item_present("3.983.166", "3 983 166 kr")  # dots as thousands separators stay a number
