"""A figure the answer cites from a note, an equity table or a multi-year summary is, in an annual report, printed in
its main statement too (the income statement, the balance sheet): the answer cites that row as well, where a reader
checks such a figure first. A row corroborates when it prints the same amounts (two of them, or one of four digits
or more; a cost's sign aside, a rounding of at most half a unit) and its label shares a word with the cited row's
label or its table's title (the row sharing most words is cited). Work is bounded by the cited documents' tables."""

from __future__ import annotations

from collections.abc import Callable

from ingest.text import content_stems

from ..citations import CitationBuilder, cite_table_row
from ..models import Answer, Citation
from .vocab import PRIMARY_STATEMENT_RE, STATEMENT_NAMES

BIG = 1000.0  # one shared amount corroborates when it has four digits or more
_SAID = {"sv": "Samma belopp står i {title}", "en": "The same amounts stand in the {title}"}


def corroborate(index, answer: Answer, tables_of: Callable[[str], list]) -> Answer:
    """``answer`` with the main statement's rows that print the figures of its cited table rows, cited and named.
    ``tables_of(doc_id)``: the document's typed tables (the unit store holds them per index version)."""
    if answer.abstained or not answer.citations:
        return answer
    builder = CitationBuilder(index)
    builder.citations = [c.model_copy() for c in answer.citations]
    added: list[tuple[int, str]] = []
    for c in answer.citations:
        tables = tables_of(c.doc_id)
        found = _cited_row(tables, c)
        if found is None:
            continue
        table, row = found
        amounts = [cell.value for cell in row.cells if cell.value is not None]
        if not (len(amounts) >= 2 or any(abs(v) >= BIG for v in amounts)):
            continue
        words = content_stems(f"{row.label} {table.title or ''}")
        for other in tables:
            statement = _statement(other, builder)
            if other is table or statement is None:
                continue
            best = max(((len(content_stems(r.label) & words), len(shared), i) for i, r in enumerate(other.rows)
                        for shared in [_shared(amounts, r)] if len(shared) >= 2 or any(abs(v) >= BIG for v in shared)),
                       default=None)
            if best is None or best[0] == 0:
                continue
            n = cite_table_row(builder, other, best[2])
            if n and n not in {a.n for a in answer.citations} and n not in {k for k, _ in added}:
                added.append((n, statement))
    if not added:
        return answer
    lang = answer.language if answer.language in _SAID else "en"
    names = STATEMENT_NAMES[lang]
    tail = " ".join(f"{_SAID[lang].format(title=names.get(title.lower(), title.lower()))} [{n}]." for n, title in added)
    return answer.model_copy(update={"answer": f"{answer.answer.rstrip()} {tail}", "citations": builder.citations})


def _statement(table, builder: CitationBuilder) -> str | None:
    """The main statement a table is (its title) or stands in (its page's heading line, "Balansräkning" over the
    "Bundet eget kapital" part); None for a note or any other table."""
    page = builder.page_text(table.doc_id, table.page) or ""
    for text in (table.title or "", page.split("\n", 1)[0]):
        m = PRIMARY_STATEMENT_RE.search(text)
        if m:
            return m.group(0)
    return None


def _cited_row(tables: list, c: Citation):
    """The (table, row) whose label and printed cells the citation quotes, on its page."""
    for t in tables:
        if not (t.page <= c.page <= (t.page_end or t.page)):
            continue
        for row in t.rows:
            raws = [cell.raw.strip() for cell in row.cells if cell.raw and cell.raw.strip() and cell.value is not None]
            if raws and row.label and row.label in c.quote and all(r in c.quote for r in raws):
                return t, row
    return None


def _shared(amounts: list[float], row) -> list[float]:
    """The amounts the row prints too (a cost may be printed with the other sign, a rounding half a unit off)."""
    values = [abs(cell.value) for cell in row.cells if cell.value is not None]
    return [a for a in amounts if any(abs(v - abs(a)) <= max(0.5, 1e-6 * v) for v in values)]
