"""Citations whose quotes are exact spans of the stored page text.

A quote is located by whitespace-normalised containment (NFC, whitespace runs collapsed)
and mapped back to the exact characters of the page, so what we show is always a
substring of ``index.page(doc_id, n).text``. Quotes that cannot be located are dropped.
"""

from __future__ import annotations

import re
import unicodedata

from assistant.models import Citation

_WS = re.compile(r"\s+")


def _normalise_with_map(text: str) -> tuple[str, list[int]]:
    """Collapse whitespace runs to one space; return the string and, per char, its source index."""
    out: list[str] = []
    idx: list[int] = []
    prev_space = True
    for i, ch in enumerate(text):
        if ch.isspace():
            if not prev_space:
                out.append(" ")
                idx.append(i)
            prev_space = True
        else:
            out.append(ch)
            idx.append(i)
            prev_space = False
    if out and out[-1] == " ":
        out.pop()
        idx.pop()
    return "".join(out), idx


def find_span(page_text: str, quote: str) -> str | None:
    """The exact span of ``page_text`` that equals ``quote`` up to whitespace, or None."""
    if not quote or not quote.strip():
        return None
    q = _WS.sub(" ", unicodedata.normalize("NFC", quote)).strip()
    if q in page_text:
        return q
    norm, idx = _normalise_with_map(page_text)
    pos = norm.find(q)
    if pos < 0:
        return None
    start, end = idx[pos], idx[pos + len(q) - 1] + 1
    span = page_text[start:end]
    return span


def shorten(quote: str, limit: int = 320) -> str:
    """Trim a long quote at a word boundary (the result is still a prefix, hence a span)."""
    if len(quote) <= limit:
        return quote
    cut = quote.rfind(" ", 0, limit)
    return quote[: cut if cut > limit // 2 else limit].rstrip(" ,;:")


class CitationBuilder:
    """Collects verified citations, numbering them [1], [2], … and merging duplicates."""

    def __init__(self, index) -> None:
        self._index = index
        self._pages: dict[tuple[str, int], str] = {}
        self._ocr: set[tuple[str, int]] = set()  # pages whose text was read by OCR
        self._titles: dict[str, str] = {}
        self.citations: list[Citation] = []

    def page_text(self, doc_id: str, page: int) -> str | None:
        key = (doc_id, page)
        if key not in self._pages:
            try:
                stored = self._index.page(doc_id, page)
                self._pages[key] = stored.text
                if getattr(stored, "ocr", False):
                    self._ocr.add(key)
            except Exception:  # noqa: BLE001 - an unknown page simply cannot be cited
                self._pages[key] = ""
        return self._pages[key] or None

    def title(self, doc_id: str) -> str:
        if doc_id not in self._titles:
            try:
                self._titles[doc_id] = self._index.document(doc_id).meta.title
            except Exception:  # noqa: BLE001
                self._titles[doc_id] = doc_id
        return self._titles[doc_id]

    def add(self, doc_id: str, pages: list[int] | int, quote: str) -> int | None:
        """Verify ``quote`` on the first of ``pages`` that contains it; return its number or None."""
        for page in [pages] if isinstance(pages, int) else pages:
            text = self.page_text(doc_id, page)
            if not text:
                continue
            span = find_span(text, shorten(quote))
            if span is None:
                continue
            for c in self.citations:
                if c.doc_id == doc_id and c.page == page and (span in c.quote or c.quote in span):
                    if len(span) > len(c.quote):
                        c.quote = span
                    return c.n
            n = len(self.citations) + 1
            self.citations.append(Citation(n=n, doc_id=doc_id, title=self.title(doc_id), page=page, quote=span,
                                           ocr=(doc_id, page) in self._ocr))
            return n
        return None


def verify_citations(index, citations: list[Citation]) -> list[Citation]:
    """Keep only citations whose quote is an exact span of their page's stored text."""
    kept = []
    for c in citations:
        try:
            text = index.page(c.doc_id, c.page).text
        except Exception:  # noqa: BLE001
            continue
        if c.quote and c.quote in text:
            kept.append(c)
    return kept


def cite_table_row(builder: CitationBuilder, table, i: int) -> int | None:
    """Cite row ``i`` of a typed table (ingest.models.Table): the label with its cells as printed, else the cells,
    else the label, on the row's own page (a table continuing over pages) or the table's pages."""
    row = table.rows[i]
    raws = " ".join(c.raw for c in row.cells if c.raw and c.raw.strip())
    pages = [row.page] if row.page else list(range(table.page, (table.page_end or table.page) + 1))
    for quote in (f"{row.label} {raws}".strip(), raws, row.label):
        if quote and len(quote) >= 3:
            n = builder.add(table.doc_id, pages, quote)
            if n:
                return n
    return None
