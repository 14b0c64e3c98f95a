"""Values derived from the SQLite store (keyword index, parsed tables, document list), built once per generation.

Every committed change bumps ``meta.generation`` (index.sqlite_store), also when another process or another
Index object wrote it, so a value cached with its generation is current exactly while that number is unchanged.
Reading the generation is one indexed SELECT; a stale value is rebuilt from one read snapshot (the generation
and the rows come from the same transaction), outside which the (possibly slow) ``make`` step runs.
Cached values are shared between callers and threads: treat them as read-only.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from index import sqlite_store as sq


KEEP_GENERATIONS = 2  # a reader in a snapshot of the previous generation still finds its value


class GenerationCache:
    def __init__(self) -> None:
        self._values: dict[str, dict[int, Any]] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._locks_lock = threading.Lock()

    def get(self, conn: sqlite3.Connection, name: str, read: Callable[[sqlite3.Connection], Any],
            make: Callable[[Any, int], Any] = lambda rows, gen: rows) -> Any:
        """The value ``name`` for the generation ``conn`` reads: ``make(read(conn), generation)``, cached.
        When ``conn`` is inside a read transaction (Index.snapshot), that snapshot's generation."""
        gen = sq.generation(conn)
        hit = self._values.get(name, {})
        if gen in hit:
            return hit[gen]
        with self._locks_lock:
            lock = self._locks.setdefault(name, threading.Lock())
        with lock:  # one builder per value; the others wait and reuse its result
            own = not conn.in_transaction
            if own:
                conn.execute("BEGIN")  # one snapshot: generation and rows agree
            try:
                gen = sq.generation(conn)
                hit = self._values.get(name, {})
                if gen in hit:
                    return hit[gen]
                rows = read(conn)
            finally:
                if own:
                    conn.execute("COMMIT")
            value = make(rows, gen)
            values = {**hit, gen: value}
            self._values[name] = {g: values[g] for g in sorted(values)[-KEEP_GENERATIONS:]}
            return value

    def current(self, name: str) -> Any:
        """The newest cached ``name`` whatever its generation (None when not built yet), e.g. to reuse parts of it."""
        hit = self._values.get(name)
        return hit[max(hit)] if hit else None
