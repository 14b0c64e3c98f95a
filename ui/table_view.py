"""An answer table: Swedish-formatted data frame, a comparison chart beside it, Swedish CSV download."""

from __future__ import annotations

import re
from typing import Any

import streamlit as st

from assistant.models import AnswerTable, TableSource
from ui.charts import build_chart
from ui.common import tr
from ui.formatting import short_unit, styled, table_frame, to_swedish_csv


BESIDE_MAX_COLUMNS = 4


def _slug(text: str) -> str:
    s = re.sub(r"[^0-9A-Za-zåäöÅÄÖ]+", "-", text).strip("-").lower()
    return (s or "tabell")[:60]


def render_table(table: AnswerTable, key: str, source_title: str | None = None) -> None:
    df = table_frame(table.columns, table.rows, table.unit)
    with st.container(border=True):
        st.markdown(f"**{table.title}**")
        bits = [tr("table_source", title=source_title or table.source.doc_id, page=table.source.page)]
        if table.unit:
            bits.append(tr("table_unit", unit=table.unit))
        st.caption(" · ".join(bits))
        unit = short_unit(table.unit)
        value_title = tr("chart_amount", unit=unit) if unit else tr("chart_value")
        chart = build_chart(df, tr("chart_measure"), value_title)
        if chart is not None and len(df.columns) <= BESIDE_MAX_COLUMNS:
            left, right = st.columns([11, 9], gap="medium")
        elif chart is not None:  # a wide table keeps the full width; the chart goes under it
            left, right = st.container(), st.columns([3, 1])[0]
        else:
            left, right = st.container(), None
        with left:
            st.dataframe(styled(df), hide_index=True, width="stretch")
            st.download_button(
                tr("download_csv"),
                data=to_swedish_csv(df),
                file_name=f"{_slug(table.title)}.csv",
                mime="text/csv",
                key=f"csv-{key}",
                icon=":material/download:",
            )
        if right is not None and chart is not None:
            with right:
                st.altair_chart(chart, width="stretch")


def typed_to_answer_table(table: dict[str, Any]) -> AnswerTable:
    """A typed table of /v1/tables ({label, cells[{raw, value}]} rows) as an answer table."""
    rows: list[list[Any]] = []
    for r in table.get("rows", []):
        cells = [c.get("value") if c.get("value") is not None else (c.get("raw") or None) for c in r.get("cells", [])]
        rows.append([r.get("label", ""), *cells])
    return AnswerTable(
        title=table.get("title") or table.get("id", ""),
        columns=list(table.get("columns", [])),
        rows=rows,
        source=TableSource(doc_id=table.get("doc_id", ""), page=int(table.get("page") or 0)),
        unit=table.get("unit"),
    )


def render_typed_table(table: dict[str, Any], key: str, source_title: str | None = None) -> None:
    render_table(typed_to_answer_table(table), key=key, source_title=source_title)
