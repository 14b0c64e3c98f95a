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


class GenerationCache:
    def __init__(self) -> None:
        self._values: dict[str, tuple[int, Any]] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._locks_lock = threading.Lock()

    def get(self, conn: sqlite3.Connection, name: str, read: Callable[[sqlite3.Connection], Any],
            make: Callable[[Any, int], Any] = lambda rows, gen: rows) -> Any:
        """The value ``name`` for the store's current generation: ``make(read(conn), generation)``, cached."""
        hit = self._values.get(name)
        if hit is not None and hit[0] == sq.generation(conn):
            return hit[1]
        with self._locks_lock:
            lock = self._locks.setdefault(name, threading.Lock())
        with lock:  # one builder per value; the others wait and reuse its result
            hit = self._values.get(name)
            if hit is not None and hit[0] == sq.generation(conn):
                return hit[1]
            conn.execute("BEGIN")  # one snapshot: generation and rows agree
            try:
                gen = sq.generation(conn)
                rows = read(conn)
            finally:
                conn.execute("COMMIT")
            value = make(rows, gen)
            self._values[name] = (gen, value)
            return value

    def current(self, name: str) -> Any:
        """The cached ``name`` whatever its generation (None when not built yet), e.g. to reuse parts of it."""
        hit = self._values.get(name)
        return hit[1] if hit else None
