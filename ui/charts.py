"""Charts for answer tables: grouped bars across committees/lines, a line chart across years."""

from __future__ import annotations

import re

import altair as alt
import pandas as pd

from ui.formatting import format_number, is_percent_column, is_year, numeric_columns

PALETTE = ["#9B1B30", "#3D5A80", "#E07A5F", "#81B29A", "#C9A227", "#6D6875"]
SWEDISH_LOCALE = {
    "number": {"decimal": ",", "thousands": "\u00a0", "grouping": [3], "currency": ["", "\u00a0kr"], "minus": "\u2212"}
}
_TOTAL = re.compile(r"^\s*(summa|totalt?|total|sum|netto)\b", re.IGNORECASE)


def chart_measures(df: pd.DataFrame) -> list[str]:
    """Numeric columns worth plotting together (percentages are a different scale)."""
    return [c for c in numeric_columns(df) if not is_percent_column(str(c))]


def is_chartable(df: pd.DataFrame) -> bool:
    """At least two comparable numeric columns and two rows besides a total row: a single row (budget against
    outcome for one line) reads better in the table than as a chart, so it gets none."""
    return len(chart_measures(df)) >= 2 and len(_rows_for_chart(df)) >= 2


def _rows_for_chart(df: pd.DataFrame) -> pd.DataFrame:
    if df.empty:
        return df
    label = df.columns[0]
    return df[~df[label].astype(str).str.match(_TOTAL)]


def build_chart(df: pd.DataFrame, measure_title: str = "Mått", value_title: str = "Värde") -> alt.Chart | None:
    """An altair chart for a comparison table, or None when the table is not one."""
    if not is_chartable(df):
        return None
    label = str(df.columns[0])
    measures = chart_measures(df)
    body = _rows_for_chart(df)
    long = body[[label, *measures]].melt(id_vars=[label], var_name="measure", value_name="value").dropna(subset=["value"])
    long["value_text"] = long["value"].map(format_number)
    order = list(dict.fromkeys(body[label].astype(str)))
    color = alt.Color(
        "measure:N",
        title=measure_title,
        sort=measures,
        scale=alt.Scale(range=PALETTE),
        legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=0, title=None),  # labels never cut
    )
    tooltip = [alt.Tooltip(f"{label}:N", title=label), alt.Tooltip("measure:N", title=measure_title),
               alt.Tooltip("value_text:N", title=value_title)]
    if all(is_year(v) for v in order):
        long[label] = long[label].astype(str)
        color = color.legend(alt.Legend(orient="bottom", direction="vertical", labelLimit=0, title=None))
        chart = (
            alt.Chart(long)
            .mark_line(point=alt.OverlayMarkDef(size=70), strokeWidth=2.5)
            .encode(
                x=alt.X(f"{label}:O", title=None, sort=order, axis=alt.Axis(labelAngle=0)),
                y=alt.Y("value:Q", title=value_title, axis=alt.Axis(format=",~f")),
                color=color,
                tooltip=tooltip,
            )
            .properties(height=380)
        )
    else:
        n_bars = len(order) * len(measures)  # one step per bar
        chart = (
            alt.Chart(long)
            .mark_bar(cornerRadiusEnd=2)
            .encode(
                y=alt.Y(f"{label}:N", title=None, sort=order, axis=alt.Axis(labelLimit=320)),
                yOffset=alt.YOffset("measure:N", sort=measures),
                x=alt.X("value:Q", title=value_title, axis=alt.Axis(format=",~f")),
                color=color,
                tooltip=tooltip,
            )
            .properties(height=alt.Step(11 if n_bars > 24 else 14))
        )
    return chart.configure(locale=SWEDISH_LOCALE)
