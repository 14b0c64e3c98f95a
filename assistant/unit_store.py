"""The units (sentences, bullets, headings) of every indexed page and their document frequencies.

Kept per document version (doc_id, sha256): when the index changes, only new or changed documents are split into
units, removed ones are dropped, and the frequencies are updated incrementally. On a large index the first question
after an ingest no longer re-splits every page.

Each index generation has its own immutable :class:`UnitState` (built copy-on-write from the latest one, inside one
read snapshot of the index, so its generation and its pages agree). A reader takes the state of the generation it
reads and keeps it for the whole answer: a document replaced meanwhile never shows it half-split or missing.
The last two generations are kept (an answer that started before a swap finishes on the old one).

Entry: ``UnitStore(index).state() -> UnitState`` (``.units(doc_id, page)``, ``.df``, ``.n_units``, ``.gen``).
"""

from __future__ import annotations

import threading
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any

from assistant.answer_units import Unit, page_units

KEEP_GENERATIONS = 2


@dataclass
class UnitState:
    gen: int
    pages: dict[tuple[str, int], list[Unit]] = field(default_factory=dict)
    docs: dict[tuple[str, str], tuple[int, list[int]]] = field(default_factory=dict)  # (doc_id, sha) -> (units, pages)
    df: dict[str, int] = field(default_factory=dict)
    n_units: int = 1
    match_cache: dict[str, dict[str, float]] = field(default_factory=dict)  # for the Extractor, per state

    def units(self, doc_id: str, page: int) -> list[Unit]:
        return self.pages.get((doc_id, page), [])


class UnitStore:
    def __init__(self, index: Any) -> None:
        self._index = index
        self._states: dict[int, UnitState] = {}
        self._lock = threading.Lock()

    def state(self) -> UnitState:
        """The units of the generation the caller reads now (built once, shared read-only)."""
        gen = getattr(self._index, "generation", 0)
        hit = self._states.get(gen)
        if hit is not None:
            return hit
        with self._lock:
            snapshot = getattr(self._index, "snapshot", None)
            with snapshot() if snapshot is not None else nullcontext():
                gen = getattr(self._index, "generation", 0)
                hit = self._states.get(gen)
                if hit is not None:
                    return hit
                latest = self._states[max(self._states)] if self._states else None
                state = self._build(gen, latest)
            states = {**self._states, gen: state}
            self._states = {g: states[g] for g in sorted(states)[-KEEP_GENERATIONS:]}
            return state

    def _build(self, gen: int, base: UnitState | None) -> UnitState:
        state = UnitState(gen)
        if base is not None:
            state.pages, state.docs, state.df = dict(base.pages), dict(base.docs), dict(base.df)
        current = {info.meta.doc_id: info.meta.sha256 for info in self._index.documents()}
        for key in [key for key in state.docs if current.get(key[0]) != key[1]]:
            self._forget(state, key)
        for doc_id, sha in current.items():
            if (doc_id, sha) not in state.docs:
                self._learn(state, doc_id, sha)
        state.n_units = max(1, sum(n for n, _ in state.docs.values()))
        if base is not None and state.docs.keys() == base.docs.keys():
            state.match_cache = base.match_cache  # same units: the stem matches still hold
        return state

    def _learn(self, state: UnitState, doc_id: str, sha: str) -> None:
        n, pages = 0, []
        for p in self._index.pages(doc_id):
            units = page_units(doc_id, p.number, p.text)
            state.pages[(doc_id, p.number)] = units
            pages.append(p.number)
            for u in units:
                n += 1
                for st in u.stems:
                    state.df[st] = state.df.get(st, 0) + 1
        state.docs[(doc_id, sha)] = (n, pages)

    @staticmethod
    def _forget(state: UnitState, key: tuple[str, str]) -> None:
        doc_id = key[0]
        _, pages = state.docs.pop(key)
        for number in pages:
            for u in state.pages.pop((doc_id, number), []):
                for st in u.stems:
                    left = state.df.get(st, 0) - 1
                    if left > 0:
                        state.df[st] = left
                    else:
                        state.df.pop(st, None)
