"""The typed tables of one index generation, parsed once and looked up by document or id.

:class:`~index.store.Index` keeps one :class:`TableCache` per generation (index.generation_cache), so
answering a question no longer re-parses every stored table's JSON. The Table objects are shared
between callers: treat them as read-only.
"""

from __future__ import annotations

from collections.abc import Sequence

from ingest.models import Table


class TableCache:
    """An immutable snapshot of the table store (rebuild to change)."""

    def __init__(self, tables: Sequence[Table], generation: int = 0) -> None:
        self.generation = generation
        self._all = tuple(tables)  # in store order: doc_id, then seq
        self._by_doc: dict[str, list[Table]] = {}
        for t in self._all:
            self._by_doc.setdefault(t.doc_id, []).append(t)
        self._by_id = {t.id: t for t in self._all}

    def all(self) -> list[Table]:
        return list(self._all)

    def of_doc(self, doc_id: str) -> list[Table]:
        return list(self._by_doc.get(doc_id, ()))

    def get(self, table_id: str) -> Table | None:
        return self._by_id.get(table_id)

    def __len__(self) -> int:
        return len(self._all)
