"""The units (sentences, bullets, headings) of every indexed page and their document frequencies.

Kept per document version (doc_id, sha256): when the index changes, only new or changed documents are split into
units, removed ones are dropped, and the frequencies are updated incrementally. On a large index the first question
after an ingest no longer re-splits every page.

Entry: ``UnitStore(index).refresh() -> bool`` (True when anything changed), ``.units(doc_id, page)``, ``.df``,
``.n_units``.
"""

from __future__ import annotations

from typing import Any

from ingest.units import Unit, page_units


class UnitStore:
    def __init__(self, index: Any) -> None:
        self._index = index
        self._gen: int | None = None
        self._pages: dict[tuple[str, int], list[Unit]] = {}
        self._docs: dict[tuple[str, str], tuple[int, list[int]]] = {}  # (doc_id, sha256) -> (units, page numbers)
        self.df: dict[str, int] = {}
        self.n_units = 1
        self._vectors: dict[tuple[str, int], object] = {}
        self._rows: dict[tuple[str, int], dict[str, tuple]] = {}

    def refresh(self) -> bool:
        gen = getattr(self._index, "generation", 0)
        if gen == self._gen:
            return False
        current = {info.meta.doc_id: info.meta.sha256 for info in self._index.documents()}
        stale = [key for key in self._docs if current.get(key[0]) != key[1]]
        for key in stale:
            self._forget(key)
        fresh = [(d, sha) for d, sha in current.items() if (d, sha) not in self._docs]
        for doc_id, sha in fresh:
            self._learn(doc_id, sha)
        self.n_units = max(1, sum(n for n, _ in self._docs.values()))
        self._gen = gen
        return bool(stale or fresh)

    def units(self, doc_id: str, page: int) -> list[Unit]:
        return self._pages.get((doc_id, page), [])

    def vectors(self, doc_id: str, page: int):
        """The page's unit vectors (n, dim), from the index's embedder (its disk cache holds what ingest embedded),
        kept in memory per page. None when the index has no embedder."""
        key = (doc_id, page)
        if key not in self._vectors:
            units = self._pages.get(key, [])
            embedder = getattr(self._index, "embedder", None)
            if embedder is None or not units:
                return None
            self._vectors[key] = embedder.embed_passages([u.text for u in units])
        return self._vectors[key]

    def _table_lines(self, doc_id: str) -> dict[int, dict[str, tuple]]:
        """Per page, the lines that ingest wrote for its typed tables, whitespace collapsed, each with its
        (table, row) — the row is None for the header line."""
        out: dict[int, dict[str, tuple]] = {}
        try:
            tables = self._index.tables(doc_id)
        except Exception:  # noqa: BLE001 - a store without tables has no table lines
            return out
        for t in tables:
            lines: dict[str, tuple] = {}
            for row in t.rows:
                line = " ".join(x for x in [row.label, *(c.raw for c in row.cells)] if x.strip())
                lines[" ".join(line.split())] = (t, row)
            for x in t.render_text().splitlines()[1:]:
                lines.setdefault(" ".join(x.split()), (t, None))
            for page in range(t.page, (t.page_end or t.page) + 1):
                out.setdefault(page, {}).update(lines)
        return out

    def row_of(self, unit: Unit) -> tuple | None:
        """(table, row) of a unit that is a typed table's row, else None."""
        return self._rows.get((unit.doc_id, unit.page), {}).get(" ".join(unit.text.split()))

    def _learn(self, doc_id: str, sha: str) -> None:
        n, pages = 0, []
        table_lines = self._table_lines(doc_id)
        for p in self._index.pages(doc_id):
            units = page_units(doc_id, p.number, p.text)
            rows = table_lines.get(p.number)
            if rows:  # a line of a typed table is a table row, whatever its length says
                self._rows[(doc_id, p.number)] = rows
                for u in units:
                    hit = rows.get(" ".join(u.text.split()))
                    if hit is not None:  # a header line, or a row with no value, only labels the table
                        u.kind = "row" if hit[1] is not None and any(c.value is not None for c in hit[1].cells) \
                            else "table_head"
            self._pages[(doc_id, p.number)] = units
            pages.append(p.number)
            for u in units:
                n += 1
                for st in u.stems:
                    self.df[st] = self.df.get(st, 0) + 1
        self._docs[(doc_id, sha)] = (n, pages)

    def _forget(self, key: tuple[str, str]) -> None:
        doc_id = key[0]
        _, pages = self._docs.pop(key)
        for number in pages:
            self._vectors.pop((doc_id, number), None)
            self._rows.pop((doc_id, number), None)
            for u in self._pages.pop((doc_id, number), []):
                for st in u.stems:
                    left = self.df.get(st, 0) - 1
                    if left > 0:
                        self.df[st] = left
                    else:
                        self.df.pop(st, None)
