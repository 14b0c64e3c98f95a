"""Citations: each [n] opens the passage with title and page, the quote marked inside the page text."""

from __future__ import annotations

import html
import re

import streamlit as st

from assistant.models import Citation
from ui.common import page_png, page_text, tr

CONTEXT_CHARS = 420


def locate(quote: str, text: str) -> tuple[int, int] | None:
    """Where ``quote`` stands in ``text``, tolerant of whitespace differences; None if absent."""
    if not quote.strip():
        return None
    start = text.find(quote)
    if start >= 0:
        return start, start + len(quote)
    parts = [re.escape(p) for p in quote.split()]
    m = re.search(r"\s+".join(parts), text)
    if m:
        return m.start(), m.end()
    m = re.search(r"\s+".join(parts), text, re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def passage_html(quote: str, text: str | None, context: int | None = CONTEXT_CHARS) -> tuple[str, bool]:
    """HTML of the quote marked inside its surrounding text (``context`` chars each side; None = all).

    Returns (html, located). When the quote cannot be located only the quote is shown."""
    if text:
        span = locate(quote, text)
        if span:
            a, b = span
            lo = 0 if context is None else _cut_left(text, max(0, a - context))
            hi = len(text) if context is None else _cut_right(text, min(len(text), b + context))
            before = ("… " if lo > 0 else "") + text[lo:a]
            after = text[b:hi] + (" …" if hi < len(text) else "")
            body = f"{_esc(before)}<mark>{_esc(text[a:b])}</mark>{_esc(after)}"
            return f'<div class="rt-passage">{body}</div>', True
        if context is None:
            return f'<div class="rt-passage">{_esc(text)}</div>', False
    return f'<div class="rt-passage"><mark>{_esc(quote)}</mark></div>', False


def _cut_left(text: str, i: int) -> int:
    j = text.rfind(" ", 0, i + 1)
    return i if j < 0 or i - j > 30 else j + 1


def _cut_right(text: str, i: int) -> int:
    j = text.find(" ", i)
    return i if j < 0 or j - i > 30 else j


def _esc(s: str) -> str:
    return html.escape(s, quote=False).replace("\n", "<br>")


def citation_label(c: Citation) -> str:
    return f"**[{c.n}]** {c.title} · {tr('page_short', page=c.page)}" + (" · OCR" if getattr(c, "ocr", False) else "")


def render_citations(citations: list[Citation], key: str) -> None:
    for c in citations:
        ek = f"cite-{key}-{c.n}"
        with st.expander(citation_label(c), expanded=False, key=ek, on_change="rerun"):
            if st.session_state.get(ek):  # open: the page itself, the quote highlighted (fetched only now)
                png = page_png(c.doc_id, c.page, c.quote)
                if png:
                    st.image(png, caption=tr("page_image_caption", title=c.title, page=c.page), width="stretch")
                else:
                    st.caption(tr("page_image_unavailable"))
            page = page_text(c.doc_id, c.page)
            body, located = passage_html(c.quote, page.text if page else None)
            st.markdown(body, unsafe_allow_html=True)
            left, right = st.columns([3, 1], vertical_alignment="center")
            if page is None:
                left.caption(tr("page_unavailable"))
            elif not located:
                left.caption(tr("quote_not_located"))
            else:
                left.caption(f"{c.title} · {tr('page_long', page=c.page)}")
            if right.button(tr("show_full_page"), key=f"page-{key}-{c.n}", icon=":material/description:",
                            disabled=page is None, width="stretch"):
                _full_page_dialog(c)


def _full_page_dialog(c: Citation) -> None:
    @st.dialog(tr("full_page_title", title=c.title, page=c.page), width="large")
    def show() -> None:
        page = page_text(c.doc_id, c.page)
        body, _ = passage_html(c.quote, page.text if page else None, context=None)
        st.markdown(body, unsafe_allow_html=True)

    show()
