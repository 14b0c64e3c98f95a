"""The Index's connection to Chroma, kept usable through the two things that break it:

- **another process wrote the data directory** (``rodatraden ingest`` beside a running API, or another API worker):
  an embedded ``PersistentClient`` keeps serving its in-memory view and then fails ("Error finding id") or
  misses the new vectors. Every committed change bumps the SQLite generation; when a reader sees a generation
  this process did not write, the client is opened again from disk (:meth:`follow`). A query that fails anyway
  (the other process wrote between the check and the query) is retried once on a freshly opened client.
- **the Chroma server is down** (``chroma_host`` set): opening and every call raise IndexUnavailableError (503
  ``index_unavailable``) instead of a generic error; the next call tries again, so the service recovers by itself
  when the server returns.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from llama_index.vector_stores.chroma import ChromaVectorStore

from index.embedder import Embedder
from index.vector import make_client, make_vector_store, open_collection
from rodatraden.errors import ConfigError, IndexUnavailableError
from rodatraden.settings import Settings

log = logging.getLogger(__name__)
RETIRE_AFTER_S = 60.0
T = TypeVar("T")


class ChromaLink:
    def __init__(self, settings: Settings, embedder: Embedder, generation: int) -> None:
        self.settings = settings
        self.embedder = embedder
        self._lock = threading.RLock()
        self._retired: list[tuple[float, Any]] = []  # (when, chromadb System) replaced by a reopen
        self._collection: Any = None
        self._vector_store: ChromaVectorStore | None = None
        self.synced_generation = generation  # the newest generation whose vectors this client has seen
        self.error: str | None = None
        try:
            self._open()
        except IndexUnavailableError as exc:  # start anyway: reads fall back to the keyword index
            log.warning("Chroma unavailable at start: %s", exc)

    @property
    def embedded(self) -> bool:
        return not self.settings.chroma_host

    def _open(self) -> None:
        with self._lock:
            if self.embedded:
                self._forget_shared_client()
            try:
                client = make_client(self.settings)
                collection = open_collection(client, self.settings.collection, self.embedder)
            except ConfigError:
                raise
            except IndexUnavailableError as exc:
                self._collection, self._vector_store, self.error = None, None, exc.message
                raise
            self._collection, self._vector_store, self.error = collection, make_vector_store(collection), None

    def _forget_shared_client(self) -> None:
        """chromadb caches one client system per path in this process; drop ours so the next client reads the
        directory from disk (a system still used by a query in flight stays alive until that query ends)."""
        from chromadb.api.shared_system_client import SharedSystemClient

        key = str(self.settings.chroma_path)
        old = SharedSystemClient._identifier_to_system.pop(key, None)
        SharedSystemClient._identifier_to_refcount.pop(key, None)
        now = time.monotonic()
        for retired_at, system in [r for r in self._retired if now - r[0] > RETIRE_AFTER_S]:
            try:  # long enough for any query that used it to have ended (answers have a budget of seconds)
                system.stop()
            except Exception:  # noqa: BLE001 - best effort: freeing memory only
                log.debug("could not stop a retired Chroma system", exc_info=True)
            self._retired.remove((retired_at, system))
        if old is not None:
            self._retired.append((now, old))

    def reopen(self) -> None:
        """A fresh client (after a failed call); IndexUnavailableError when Chroma does not answer."""
        self._open()

    # --- the handles ------------------------------------------------------------------
    @property
    def collection(self) -> Any:
        if self._collection is None:
            self._open()
        return self._collection

    @property
    def vector_store(self) -> ChromaVectorStore:
        if self._vector_store is None:
            self._open()
        assert self._vector_store is not None
        return self._vector_store

    # --- following other processes' writes -------------------------------------------
    def follow(self, generation: int) -> None:
        """The store is at ``generation``: reopen when another process committed it (embedded Chroma only)."""
        if generation <= self.synced_generation:
            return
        with self._lock:
            if generation <= self.synced_generation:
                return
            if self.embedded:
                log.info("index generation %d written by another process: reopening Chroma", generation)
                self._open()
            self.synced_generation = generation

    def wrote(self, generation: int) -> None:
        """This process committed ``generation`` (its client already holds those vectors)."""
        with self._lock:
            self.synced_generation = max(self.synced_generation, generation)

    # --- calls ------------------------------------------------------------------------
    def call(self, what: str, fn: Callable[[Any], T]) -> T:
        """``fn(collection)``; on failure once more on a freshly opened client, then IndexUnavailableError."""
        try:
            return fn(self.collection)
        except (IndexUnavailableError, ConfigError):
            raise
        except Exception as first:  # noqa: BLE001 - chromadb raises many kinds; all mean "not now"
            log.warning("Chroma %s failed, reopening: %s", what, first)
            try:
                self._open()
                return fn(self.collection)
            except (IndexUnavailableError, ConfigError):
                raise
            except Exception as exc:  # noqa: BLE001
                self.error = f"{type(exc).__name__}: {exc}"
                raise IndexUnavailableError(f"Chroma {what} failed: {exc}") from exc

    def ping(self) -> int:
        """The number of vectors; IndexUnavailableError when Chroma does not answer."""
        return self.call("count", lambda c: c.count())
