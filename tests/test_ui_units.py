"""The UI's pure parts: Swedish numbers and CSV, chart choice, quote marking, strings in both languages."""

from __future__ import annotations

import pandas as pd

from ui.charts import build_chart, is_chartable
from ui.citations import locate, passage_html
from ui.formatting import column_header, format_number, table_frame, to_swedish_csv
from ui.i18n import STRINGS, t

NB = "\u00a0"


def test_swedish_numbers() -> None:
    assert format_number(204846) == f"204{NB}846"
    assert format_number(204846.0) == f"204{NB}846"
    assert format_number(76.7) == "76,7"
    assert format_number(-341) == "\u2212341"
    assert format_number(-166311) == f"\u2212166{NB}311"
    assert format_number(1234567.5) == f"1{NB}234{NB}567,5"
    assert format_number(None) == ""
    assert format_number("802´") == "802´"


def test_units_go_into_numeric_headers_only() -> None:
    df = table_frame(["Verksamhet", "Budget 2023", "Relation (%)", "Utfall (tkr)"],
                     [["Bildning", 70597.0, 59.0, 41943.0], ["Summa", 204846.0, 52.0, 106668.0]], unit="tkr")
    assert list(df.columns) == ["Verksamhet", "Budget 2023 (tkr)", "Relation (%)", "Utfall (tkr)"]
    assert column_header("Andel", "tkr") == "Andel"
    assert column_header("Budget", "tkr (kolumnen Relation i %)") == "Budget (tkr)"
    assert df["Budget 2023 (tkr)"].tolist() == [70597.0, 204846.0]


def test_swedish_csv_has_bom_semicolons_and_decimal_comma() -> None:
    df = table_frame(["År", "Utfall"], [["2021", 76.7], ["2022", -341.5]], unit="mnkr")
    raw = to_swedish_csv(df)
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines == ["År;Utfall (mnkr)", "2021;76,7", "2022;-341,5"]
    whole = to_swedish_csv(table_frame(["Nämnd", "Budget"], [["A", 204846.0], ["B", -5.0], ["C", None]], unit="tkr"))
    assert whole.decode("utf-8-sig").splitlines() == ["Nämnd;Budget (tkr)", "A;204846", "B;-5", "C;"]  # no ",0"


def test_chart_only_for_comparisons() -> None:
    budget = table_frame(["Nämnd", "Budget", "Prognos", "Relation (%)"],
                         [["A", 10, 12, 50], ["B", 20, 18, 40], ["Summa", 30, 30, 45]], unit="mnkr")
    assert is_chartable(budget)
    spec = build_chart(budget).to_dict()
    assert spec["mark"]["type"] == "bar"
    values = spec["datasets"][next(iter(spec["datasets"]))]
    assert {v["measure"] for v in values} == {"Budget (mnkr)", "Prognos (mnkr)"}  # no percentages
    assert "Summa" not in {v["Nämnd"] for v in values}  # the total would dwarf the rest
    years = table_frame(["År", "Prognos", "Utfall"], [["2020", 1.0, 2.0], ["2021", 3.0, 1.0]])
    assert build_chart(years).to_dict()["mark"]["type"] == "line"
    one_column = table_frame(["Nämnd", "Budget"], [["A", 1], ["B", 2]])
    assert not is_chartable(one_column) and build_chart(one_column) is None
    one_row = table_frame(["Nämnd", "Budget", "Utfall"], [["A", 1, 2]])
    assert not is_chartable(one_row)
    one_row_and_total = table_frame(["Nämnd", "Budget", "Utfall"], [["A", 1, 2], ["Summa", 1, 2]])
    assert not is_chartable(one_row_and_total) and build_chart(one_row_and_total) is None
    legend = build_chart(budget).to_dict()["encoding"]["color"]["legend"]
    assert legend["labelLimit"] == 0  # long measure names are never cut


def test_quote_is_marked_in_context() -> None:
    page = "Inledning. " + "x " * 400 + "Prognosen för året är ett\növerskott jämfört med budget. Slut."
    assert locate("Prognosen för året är ett överskott", page) is not None
    html, found = passage_html("Prognosen för året är ett överskott jämfört med budget.", page)
    assert found and "<mark>Prognosen för året är ett<br>överskott jämfört med budget.</mark>" in html
    assert html.count("…") == 1 and "Inledning" not in html  # context, not the whole page
    html, found = passage_html("<b>saknas</b>", page)
    assert not found and "&lt;b&gt;saknas&lt;/b&gt;" in html  # escaped, shown alone


def test_every_string_in_both_languages() -> None:
    missing = [k for k, v in STRINGS.items() if not v.get("sv") or not v.get("en")]
    assert missing == []
    assert t("not_in_docs", "sv") == "Det framgår inte av dokumenten."
    assert t("not_in_docs", "en") == "The documents do not say."
    assert t("page_short", "en", page=4) == "p. 4"


def test_table_frame_tolerates_ragged_rows() -> None:
    df = table_frame(["Post", "Belopp"], [["A", 1, 2], ["B"]])
    assert isinstance(df, pd.DataFrame) and df.shape == (2, 3)
