"""Parse a PDF within a time budget: :func:`parse_within`.

pdfminer can spend minutes in pure-Python loops on a damaged or huge file (e.g. its xref search) and
cannot be interrupted from another thread. So the parse runs in one long-lived worker process (spawned
once per process, its imports paid outside any file's budget); when a file's budget runs out the worker
is terminated, a fresh one is started for the next file, and the file fails with a one-line
:class:`~rodatraden.errors.IngestTimeoutError`. Budget 0 parses in this process without a limit.
OCR is slow but makes progress: each page it finishes (a progress line) starts the budget again, so a long
scan goes in while a file stuck in pdfminer still fails.
"""

from __future__ import annotations

import atexit
import multiprocessing as mp
import threading
import time
from collections.abc import Callable
from multiprocessing.pool import Pool
from pathlib import Path
from typing import Any

from ingest.manifest import Manifest
from ingest.models import IngestOptions, ParsedDocument
from rodatraden.errors import IngestTimeoutError

Progress = Callable[[str], None]

# A fresh worker now and then returns the memory pdfminer keeps between files.
TASKS_PER_WORKER = 25


_lines: Any = None  # in the worker: the queue its progress lines go to


def _start(lines: Any) -> None:
    global _lines
    _lines = lines


def _warm() -> bool:
    import ingest  # noqa: F401 - pdfplumber, pdfminer and our parser, loaded before any budget runs

    return True


def _parse(path: str, manifest: Manifest | None, options: IngestOptions | None, file_name: str | None,
           report: bool) -> ParsedDocument:
    from ingest import parse_pdf

    progress = _lines.put if report and _lines is not None else None
    return parse_pdf(path, manifest=manifest, options=options, progress=progress, file_name=file_name)


class ParseWorker:
    def __init__(self) -> None:
        self._pool: Pool | None = None
        self._lines: Any = None
        self._lock = threading.Lock()
        atexit.register(self.close)

    def _ready(self) -> Pool:
        if self._pool is None:
            ctx = mp.get_context("spawn")
            self._lines = ctx.SimpleQueue()  # a fresh one: a terminated worker may leave the old one locked
            pool = ctx.Pool(1, initializer=_start, initargs=(self._lines,), maxtasksperchild=TASKS_PER_WORKER)
            pool.apply(_warm)
            self._pool = pool
        return self._pool

    def _relay(self, progress: Progress | None) -> int:
        n = 0
        while self._lines is not None and not self._lines.empty():
            line = self._lines.get()
            n += 1
            if progress is not None:
                progress(line)
        return n

    def parse(self, path: Path, manifest: Manifest | None, options: IngestOptions | None, file_name: str | None,
              budget_s: float, progress: Progress | None = None) -> ParsedDocument:
        with self._lock:
            pool = self._ready()
            # progress lines always come back: they also renew the budget while OCR works
            pending = pool.apply_async(_parse, (str(path), manifest, options, file_name, True))
            deadline = time.monotonic() + budget_s
            while not pending.ready():
                left = deadline - time.monotonic()
                if left <= 0:
                    self.close()
                    raise IngestTimeoutError(
                        file_name or path, f"gave up after {budget_s:g} s: reading the PDF takes longer than the time "
                        "budget per file (RODATRADEN_INGEST_TIMEOUT_S); nothing was indexed")
                pending.wait(min(0.25, left))
                if self._relay(progress):  # an OCR'd page finished: the budget counts from here again
                    deadline = max(deadline, time.monotonic() + budget_s)
            self._relay(progress)
            return pending.get()

    def close(self) -> None:
        pool, self._pool, self._lines = self._pool, None, None
        if pool is not None:
            pool.terminate()
            pool.join()


_worker: ParseWorker | None = None
_worker_lock = threading.Lock()


def parse_within(path: Path, manifest: Manifest | None, options: IngestOptions | None, file_name: str | None,
                 budget_s: float, progress: Progress | None = None) -> ParsedDocument:
    """``ingest.parse_pdf(path, manifest, options, progress, file_name)``, failing with IngestTimeoutError after
    ``budget_s`` seconds. Progress lines (OCR) are relayed from the worker while it runs."""
    global _worker
    if budget_s <= 0:
        from ingest import parse_pdf

        return parse_pdf(path, manifest=manifest, options=options, progress=progress, file_name=file_name)
    with _worker_lock:
        if _worker is None:
            _worker = ParseWorker()
        worker = _worker
    return worker.parse(path, manifest, options, file_name, budget_s, progress)
