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

import re
import threading
from functools import lru_cache
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any

from assistant import budget
from ingest.text import StemIndex
from ingest.units import Unit, page_units

TEMPLATE_DOCS = 2  # a sentence printed (names and figures aside) by this many documents is a form's text
TEMPLATE_WORDS = 6  # ... when this many of its words remain
_SKELETON_WORD = re.compile(r"[^\W\d_][\w-]*")


@lru_cache(maxsize=100_000)
def skeleton(text: str) -> str | None:
    """A sentence without its names and figures: its lower-case words in order (capitalised words, which name,
    words with digits and words of two letters, which join names - "Brf Tallen i Ytterby" - left out); None when
    fewer than TEMPLATE_WORDS remain."""
    kept = [w.lower() for w in _SKELETON_WORD.findall(text)
            if not w[:1].isupper() and not any(ch.isdigit() for ch in w) and len(w) > 2]  # (short words join names)
    return " ".join(kept) if len(kept) >= TEMPLATE_WORDS else None


KEEP_GENERATIONS = 2
MATCH_CACHE = 20_000  # question stems whose matches are kept per state


@dataclass
class UnitState:
    gen: int
    pages: dict[tuple[str, int], list[Unit]] = field(default_factory=dict)
    docs: dict[tuple[str, str], tuple[int, list[int]]] = field(default_factory=dict)  # (doc_id, sha) -> (units, pages)
    df: dict[str, int] = field(default_factory=dict)
    n_units: int = 1
    match_cache: dict[str, dict[str, float]] = field(default_factory=dict)  # question stem -> matches (matches())
    rows: dict[tuple[str, int], dict[str, tuple]] = field(default_factory=dict)  # page -> line -> (table, row)
    vectors_cache: dict[tuple[str, int], Any] = field(default_factory=dict)
    embedder: Any = None
    doc_df: dict[str, dict[str, int]] = field(default_factory=dict)  # doc_id -> stem -> units of that document
    tables: dict[str, list] = field(default_factory=dict)  # doc_id -> its typed tables (read once per version)
    skeletons: dict[str, set[str]] = field(default_factory=dict)  # a unit's skeleton -> the documents that print it
    _stem_index: Any = None

    def template(self, unit: Unit) -> bool:
        """A unit that other documents print too, but for its names and figures ("Årsredovisningen för Brf X har
        upprättats enligt årsredovisningslagen …", an e-signing log's line): a form's text, no answer about this
        document."""
        sk = skeleton(unit.text)
        return bool(sk) and len(self.skeletons.get(sk, ())) >= TEMPLATE_DOCS

    def stem_index(self) -> StemIndex:
        """The vocabulary (the stems of ``df``) indexed for term matching, built on first use per state."""
        if self._stem_index is None:
            self._stem_index = StemIndex(self.df)
        return self._stem_index

    def matches(self, qstem: str) -> dict[str, float]:
        """The vocabulary's stems ``qstem`` matches (term_match > 0), best first; computed once per stem for this
        state's vocabulary and shared by every answer that reads it (the rule extractor and the unit scorer)."""
        hit = self.match_cache.get(qstem)
        if hit is None:
            budget.count("matched_stems")
            hit = self.stem_index().matches(qstem)
            if len(self.match_cache) > MATCH_CACHE:
                self.match_cache.clear()
            self.match_cache[qstem] = hit
        return hit

    def doc_units(self, doc_id: str) -> int:
        return max(1, sum(n for (d, _), (n, _) in self.docs.items() if d == doc_id))

    def units(self, doc_id: str, page: int) -> list[Unit]:
        return self.pages.get((doc_id, page), [])

    def row_of(self, unit: Unit) -> tuple | None:
        """(table, row) of a unit that is a line of a typed table (row None for a header line), else None."""
        return self.rows.get((unit.doc_id, unit.page), {}).get(" ".join(unit.text.split()))

    def vectors(self, doc_id: str, page: int):
        """The page's unit vectors (n, dim) from the index's embedder, whose disk cache holds what ingest embedded
        (index.pipeline.embed_units); kept in memory per page. None without an embedder."""
        key = (doc_id, page)
        hit = self.vectors_cache.get(key)
        if hit is None:
            units = self.pages.get(key, [])
            if self.embedder is None or not units:
                return None
            hit = self.vectors_cache[key] = self.embedder.embed_passages([u.text for u in units])
        return hit


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
        state = UnitState(gen, embedder=getattr(self._index, "embedder", None))
        if base is not None:
            state.pages, state.docs, state.df = dict(base.pages), dict(base.docs), dict(base.df)
            state.skeletons = {k: set(v) for k, v in base.skeletons.items()}
            state.doc_df, state.tables = dict(base.doc_df), dict(base.tables)
            state.rows, state.vectors_cache = dict(base.rows), dict(base.vectors_cache)
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

    def _table_lines(self, doc_id: str, tables: list) -> dict[int, dict[str, tuple]]:
        """Per page, the lines ingest wrote for its typed tables, whitespace collapsed, each with its (table, row);
        the row is None for the header line."""
        out: dict[int, dict[str, tuple]] = {}
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

    def _learn(self, state: UnitState, doc_id: str, sha: str) -> None:
        n, pages = 0, []
        try:
            tables = list(self._index.tables(doc_id))
        except Exception:  # noqa: BLE001 - a store without tables has no table lines
            tables = []
        state.tables[doc_id] = tables
        table_lines = self._table_lines(doc_id, tables)
        own: dict[str, int] = {}
        for p in self._index.pages(doc_id):
            units = page_units(doc_id, p.number, p.text)
            rows = table_lines.get(p.number)
            if rows:  # a line of a typed table is a row; a header line or a row with no value only labels it
                state.rows[(doc_id, p.number)] = rows
                for u in units:
                    hit = rows.get(" ".join(u.text.split()))
                    if hit is not None:
                        u.table_line = "row" if hit[1] is not None and any(c.value is not None for c in hit[1].cells) \
                            else "head"
            state.pages[(doc_id, p.number)] = units
            pages.append(p.number)
            for u in units:
                n += 1
                sk = skeleton(u.text)
                if sk:
                    state.skeletons.setdefault(sk, set()).add(doc_id)
                for st in u.stems:
                    state.df[st] = state.df.get(st, 0) + 1
                    own[st] = own.get(st, 0) + 1
        state.docs[(doc_id, sha)] = (n, pages)
        state.doc_df[doc_id] = own

    @staticmethod
    def _forget(state: UnitState, key: tuple[str, str]) -> None:
        doc_id = key[0]
        _, pages = state.docs.pop(key)
        state.doc_df.pop(doc_id, None)
        state.tables.pop(doc_id, None)
        for number in pages:
            state.rows.pop((doc_id, number), None)
            state.vectors_cache.pop((doc_id, number), None)
            for u in state.pages.pop((doc_id, number), []):
                sk = skeleton(u.text)
                if sk and sk in state.skeletons:
                    state.skeletons[sk].discard(doc_id)
                    if not state.skeletons[sk]:
                        del state.skeletons[sk]
                for st in u.stems:
                    left = state.df.get(st, 0) - 1
                    if left > 0:
                        state.df[st] = left
                    else:
                        state.df.pop(st, None)
