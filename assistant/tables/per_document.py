"""Values read from the index once per document and index generation (a table store's labels, a document's cover
pages): ``PerDocument(index, read)[doc_id]``. A new generation (a document added or removed) starts afresh; the
cache is swapped whole, so threads reading meanwhile see either the old or the new one."""

from __future__ import annotations

from typing import Any, Callable, Generic, TypeVar

T = TypeVar("T")


class PerDocument(Generic[T]):
    def __init__(self, index: Any, read: Callable[[str], T]) -> None:
        self._index = index
        self._read = read
        self._cache: tuple[int, dict[str, T]] = (-1, {})

    def __getitem__(self, doc_id: str) -> T:
        gen = getattr(self._index, "generation", 0)
        cached = self._cache
        if cached[0] != gen:
            cached = self._cache = (gen, {})
        if doc_id not in cached[1]:
            cached[1][doc_id] = self._read(doc_id)
        return cached[1][doc_id]
