"""Background ingest jobs: one worker thread takes uploads in order; readers keep answering meanwhile.

``JobQueue(run).submit(spec) -> Job``; ``get(id)``; ``wait(id, timeout)``; ``close()``.
``run(spec, progress)`` does the work (parse, OCR, embed, store) and returns an IngestOutcome or raises a
RodaTradenError; the job records its stage, pages done of total, an estimate and the one-line error.
Jobs live in memory: a restart forgets finished jobs, and queued ones are reported failed at shutdown.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from index.models import IngestOutcome
from ingest.progress import fraction
from rodatraden.errors import RodaTradenError

log = logging.getLogger("rodatraden.jobs")

KEEP_FINISHED = 200

JobStatus = Literal["queued", "running", "done", "failed"]
Stage = Literal["queued", "parse", "ocr", "embed", "store", "done", "failed"]


class JobSpec(BaseModel):
    """What to ingest: a staged file and the metadata to set on it."""

    path: str
    file_name: str
    doc_id: str
    collection: str = "standard"
    metadata: dict[str, Any] = Field(default_factory=dict)
    owner: str | None = None  # the key that submitted it (non-secret id)
    allow_duplicate: bool = False


class Job(BaseModel):
    id: str
    status: JobStatus = "queued"
    stage: Stage = "queued"
    file_name: str
    doc_id: str
    collection: str = "standard"
    pages_done: int = 0
    pages_total: int = 0
    progress: float = 0.0  # 0..1 over all stages, weighted by their usual share of the time
    eta_s: float | None = None
    queue_position: int = 0
    created: float
    started: float | None = None
    finished: float | None = None
    error: str | None = None
    error_code: str | None = None
    error_status: int | None = None
    outcome: IngestOutcome | None = None


Runner = Callable[[JobSpec, Callable[[str, int, int], None]], IngestOutcome]


class JobStore:
    """Jobs as JSON rows in ``DATA_DIR/jobs.sqlite``, so every API worker process answers ``GET /v1/jobs/{id}``
    for a job another worker runs."""

    def __init__(self, path: Path) -> None:
        import sqlite3

        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=30)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("CREATE TABLE IF NOT EXISTS jobs (id TEXT PRIMARY KEY, created REAL NOT NULL, json TEXT NOT NULL)")
        self._lock = threading.Lock()

    def save(self, job: Job) -> None:
        with self._lock:
            self._conn.execute("INSERT OR REPLACE INTO jobs(id, created, json) VALUES (?,?,?)",
                               (job.id, job.created, job.model_dump_json()))

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            row = self._conn.execute("SELECT json FROM jobs WHERE id=?", (job_id,)).fetchone()
        return Job.model_validate_json(row[0]) if row else None

    def list(self, limit: int = KEEP_FINISHED) -> list[Job]:
        with self._lock:
            rows = self._conn.execute("SELECT json FROM jobs ORDER BY created DESC LIMIT ?", (limit,)).fetchall()
        return [Job.model_validate_json(r[0]) for r in rows]

    def prune(self, keep: int = KEEP_FINISHED * 5) -> None:
        with self._lock:
            self._conn.execute("DELETE FROM jobs WHERE id NOT IN (SELECT id FROM jobs ORDER BY created DESC LIMIT ?)",
                               (keep,))


class JobQueue:
    def __init__(self, run: Runner, on_finish: Callable[[JobSpec, Job], None] | None = None,
                 store: JobStore | None = None) -> None:
        self._run = run
        self._on_finish = on_finish
        self._store = store
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._specs: dict[str, JobSpec] = {}
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._closed = False
        self._thread = threading.Thread(target=self._work, name="rodatraden-ingest", daemon=True)
        self._thread.start()

    # --- public --------------------------------------------------------------------------
    def submit(self, spec: JobSpec) -> Job:
        job = Job(id=uuid.uuid4().hex[:16], file_name=spec.file_name, doc_id=spec.doc_id,
                  collection=spec.collection, created=time.time())
        with self._lock:
            if self._closed:
                raise RodaTradenError("Tjänsten stängs; försök igen. / The service is shutting down.")
            self._jobs[job.id] = job
            self._specs[job.id] = spec
            self._renumber()
            self._prune()
            self._save(job)
        self._queue.put(job.id)
        return job.model_copy()

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            job = self._jobs.get(job_id)
            if job is not None:
                return job.model_copy()
        return self._store.get(job_id) if self._store is not None else None  # another worker's job

    def spec(self, job_id: str) -> JobSpec | None:
        with self._lock:
            return self._specs.get(job_id)

    def list(self) -> list[Job]:
        if self._store is not None:
            return self._store.list()
        with self._lock:
            return [j.model_copy() for j in reversed(self._jobs.values())]

    def _save(self, job: Job) -> None:
        if self._store is not None:
            try:
                self._store.save(job)
            except Exception:  # noqa: BLE001 - status only; the job itself goes on
                log.warning("could not save job %s", job.id, exc_info=True)

    def wait(self, job_id: str, timeout: float | None = None) -> Job | None:
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._changed:
            while True:
                job = self._jobs.get(job_id)
                if job is None or job.status in ("done", "failed"):
                    return job.model_copy() if job else None
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return job.model_copy()
                self._changed.wait(timeout=left if left is not None else 1.0)

    def close(self, timeout: float = 10.0) -> None:
        with self._lock:
            self._closed = True
            for job in self._jobs.values():
                if job.status == "queued":
                    self._fail(job, "Tjänsten stängdes innan jobbet startade. / The service stopped before the job ran.",
                               "shutdown", 503)
            self._changed.notify_all()
        self._queue.put(None)
        self._thread.join(timeout=timeout)

    # --- the worker ----------------------------------------------------------------------
    def _work(self) -> None:
        while True:
            job_id = self._queue.get()
            if job_id is None:
                return
            with self._lock:
                job = self._jobs.get(job_id)
                spec = self._specs.get(job_id)
                if job is None or spec is None or job.status != "queued":
                    continue
                job.status, job.stage, job.started = "running", "parse", time.time()
                self._renumber()
                self._save(job)
                self._changed.notify_all()
            try:
                outcome = self._run(spec, lambda stage, done, total: self._progress(job_id, stage, done, total))
            except RodaTradenError as exc:
                with self._lock:
                    self._fail(job, exc.message, exc.code, getattr(exc, "status", 422))
            except Exception as exc:  # noqa: BLE001 - a job never kills the worker
                log.exception("ingest job %s failed", job_id)
                with self._lock:
                    self._fail(job, f"oväntat fel / unexpected error: {type(exc).__name__}", "internal_error", 500)
            else:
                with self._lock:
                    job.status, job.stage, job.outcome = "done", "done", outcome
                    job.finished, job.progress, job.eta_s = time.time(), 1.0, 0.0
                    if outcome.pages:
                        job.pages_done = job.pages_total = outcome.pages
                    if outcome.doc_id:
                        job.doc_id = outcome.doc_id
            finally:
                with self._lock:
                    self._save(job)
                    self._changed.notify_all()
            if self._on_finish is not None:
                try:
                    self._on_finish(spec, job.model_copy())
                except Exception:  # noqa: BLE001
                    log.warning("job %s: clean-up failed", job_id, exc_info=True)

    def _progress(self, job_id: str, stage: str, done: int, total: int) -> None:
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None:
                return
            job.stage = stage if stage in ("parse", "ocr", "embed", "store") else job.stage  # type: ignore[assignment]
            if stage != "store":
                job.pages_done, job.pages_total = done, total
            job.progress = max(job.progress, fraction(stage, done, total))
            if job.started and job.progress > 0.02:
                elapsed = time.time() - job.started
                job.eta_s = round(elapsed * (1 - job.progress) / job.progress, 1)
            self._save(job)
            self._changed.notify_all()

    def _fail(self, job: Job, message: str, code: str, status: int) -> None:
        job.status, job.stage = "failed", "failed"
        job.error, job.error_code, job.error_status = " ".join(message.split()), code, status
        job.finished = time.time()
        self._save(job)

    def _renumber(self) -> None:
        n = 0
        for job in self._jobs.values():
            if job.status == "queued":
                n += 1
                job.queue_position = n
            else:
                job.queue_position = 0

    def _prune(self) -> None:
        finished = [k for k, j in self._jobs.items() if j.status in ("done", "failed")]
        for k in finished[: max(0, len(finished) - KEEP_FINISHED)]:
            self._jobs.pop(k, None)
            self._specs.pop(k, None)
