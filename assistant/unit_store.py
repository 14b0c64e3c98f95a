"""The units (sentences, bullets, headings) of every indexed page and their document frequencies.

Kept per document version (doc_id, sha256): when the index changes, only new or changed documents are split into
units, removed ones are dropped, and the frequencies are updated incrementally. On a large index the first question
after an ingest no longer re-splits every page.

Entry: ``UnitStore(index).refresh() -> bool`` (True when anything changed), ``.units(doc_id, page)``, ``.df``,
``.n_units``.
"""

from __future__ import annotations

from typing import Any

from assistant.answer_units import Unit, page_units


class UnitStore:
    def __init__(self, index: Any) -> None:
        self._index = index
        self._gen: int | None = None
        self._pages: dict[tuple[str, int], list[Unit]] = {}
        self._docs: dict[tuple[str, str], tuple[int, list[int]]] = {}  # (doc_id, sha256) -> (units, page numbers)
        self.df: dict[str, int] = {}
        self.n_units = 1

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

    def _learn(self, doc_id: str, sha: str) -> None:
        n, pages = 0, []
        for p in self._index.pages(doc_id):
            units = page_units(doc_id, p.number, p.text)
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
            for u in self._pages.pop((doc_id, number), []):
                for st in u.stems:
                    left = self.df.get(st, 0) - 1
                    if left > 0:
                        self.df[st] = left
                    else:
                        self.df.pop(st, None)
