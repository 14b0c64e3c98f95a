"""One writer per data directory, across processes: an exclusive ``fcntl.flock`` on ``data_dir/write.lock``
around every change to the stores (the API's uploads and deletes, its other workers, ``rodatraden ingest``,
``rodatraden doctor --repair``). Readers never take it.

The lock is released by the kernel when its process dies (kill -9 included), so a crashed writer never leaves
the directory locked. A writer that waits longer than ``timeout`` seconds gets StoreBusyError (503 store_busy).
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rodatraden.errors import StoreBusyError

LOCK_FILE = "write.lock"
POLL_S = 0.05


class WriteLock:
    def __init__(self, data_dir: Path, timeout: float) -> None:
        self.path = Path(data_dir) / LOCK_FILE
        self.timeout = timeout
        self._thread_lock = threading.RLock()  # the threads of this process, one at a time
        self._depth = 0
        self._fd: int | None = None

    @contextmanager
    def hold(self) -> Iterator[None]:
        """Exclusive across threads and processes; re-entrant within one thread."""
        if not self._thread_lock.acquire(timeout=self.timeout):
            raise self._busy()
        try:
            if self._depth == 0:
                self._acquire_file()
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self._release_file()
        finally:
            self._thread_lock.release()

    def _acquire_file(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    os.close(fd)
                    raise self._busy() from None
                time.sleep(POLL_S)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())  # who holds it, for a person looking
        self._fd = fd

    def _release_file(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def holder(self) -> int | None:
        """The pid written by the current holder (informational; None when unknown or free)."""
        try:
            fd = os.open(self.path, os.O_RDWR)
        except OSError:
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            fcntl.flock(fd, fcntl.LOCK_UN)
            return None
        except BlockingIOError:
            text = os.pread(fd, 32, 0).decode(errors="replace").strip()
            return int(text) if text.isdigit() else None
        finally:
            os.close(fd)

    def _busy(self) -> StoreBusyError:
        who = self.holder()
        return StoreBusyError(
            f"En annan process skriver till indexet{f' (pid {who})' if who else ''}; försök igen om en stund. / "
            f"Another process is writing to the index{f' (pid {who})' if who else ''}; try again shortly.")
