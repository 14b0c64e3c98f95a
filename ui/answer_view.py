"""One answer in the chat: text with [n] markers, sources, tables, notes and timing."""

from __future__ import annotations

import html
import re

import streamlit as st

from assistant.models import Answer
from ui.citations import render_citations
from ui.common import lang, tr
from ui.formatting import format_seconds
from ui.notes import note_text
from ui.table_view import render_table

_MARKER = re.compile(r"\[(\d{1,3})\]")


def answer_html(text: str) -> str:
    """Markdown-safe answer text with each [n] drawn as a small citation chip."""
    safe = html.escape(text, quote=False).replace("$", "\\$")
    safe = re.sub(r"(?<!\n)\n(?!\n)", "  \n", safe)  # a line break in the answer stays one
    return _MARKER.sub(lambda m: f'<span class="rt-cite">{m.group(1)}</span>', safe)


def render_answer(answer: Answer, key: str) -> None:
    titles = {c.doc_id: c.title for c in answer.citations}
    if answer.abstained:
        st.info(answer.answer or tr("not_in_docs"), icon=":material/search_off:")
        if answer.citations:
            st.markdown(f"##### {tr('closest_passages')}")
            render_citations(answer.citations, key)
    else:
        st.markdown(answer_html(answer.answer), unsafe_allow_html=True)
        for i, table in enumerate(answer.tables):
            render_table(table, key=f"{key}-{i}", source_title=titles.get(table.source.doc_id))
        if answer.citations:
            st.markdown(f"##### {tr('sources')}")
            render_citations(answer.citations, key)
    footer = []
    total = answer.timings_ms.get("total") or answer.timings_ms.get("total_ms")
    if total:
        seconds = format_seconds(total)
        if lang() == "en":
            seconds = seconds.replace(",", ".")
        footer.append(tr("answer_time", t=seconds))
    footer.extend(note_text(n, lang()) for n in answer.notes)
    if footer:
        st.caption(" · ".join(footer))
