"""Uploads as background jobs: ``POST /v1/documents`` answers 202 with a job; ``GET /v1/jobs/{id}`` reports its
stage (parse, OCR, embed, store), pages done of total, an estimate and errors. ``?wait=true`` keeps the
synchronous behaviour (201 added/replaced, 200 unchanged, the error's own status on failure).

The file's size and PDF header are checked before the 202 (413, 415, 422 empty); parse problems (corrupt,
encrypted, no text layer) are the job's error. One worker ingests at a time; questions are answered meanwhile.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from assistant.api.deps import ApiState, IndexDep, ReadKey, StateDep, WriteKey, request_scope
from assistant.api.errors import error_class_for_code
from assistant.api.scope import default_collection, require_writable_doc, visible
from assistant.api.security import require_collection_write
from assistant.api.security import ApiKey
from assistant.api.uploads import StagedUpload, display_name, explicit_doc_id
from index.metadata import parse_change
from assistant.api.jobs import Job, JobQueue, JobSpec
from index.models import DocumentInfo, IngestOutcome
from rodatraden.errors import IngestError, RodaTradenError, UnknownDocumentError

router = APIRouter(tags=["documents"])

AUTH = {401: {"description": "missing or unknown API key"}}
WRITE = {**AUTH, 403: {"description": "the key has no write rights, or no write key is configured"}}


class UploadResult(BaseModel):
    outcome: IngestOutcome
    # the document now indexed; for a duplicate, the indexed document it duplicates
    document: DocumentInfo | None = None
    duplicate_of: str | None = None  # set when the file was not indexed because this document holds the same bytes or text


class JobAccepted(BaseModel):
    job: Job
    status_url: str


class UnknownJobError(UnknownDocumentError):
    code = "unknown_job"

    def __init__(self, job_id: str) -> None:
        RodaTradenError.__init__(self, f"Okänt jobb {job_id[:40]!r}. / Unknown job.")


def make_job_queue(state: ApiState) -> JobQueue:
    """The app's one ingest worker (created at start-up)."""

    def run(spec: JobSpec, progress) -> IngestOutcome:
        from index.pipeline import ingest_file

        index = state.index
        if index is None:
            raise RodaTradenError("Indexet är inte öppet. / The index is not open.")
        path = Path(spec.path)
        with state.write_lock:
            try:
                outcome = ingest_file(index, path, doc_id=spec.doc_id, file_name=spec.file_name, step=progress,
                                      metadata=spec.metadata, allow_duplicate=spec.allow_duplicate)
            except IngestError as exc:  # never show our temp path
                raise type(exc)(spec.file_name, exc.reason) from None
        if outcome.status == "failed":
            reason = (outcome.error or "okänt fel / unknown error").replace(str(path), spec.file_name)
            raise error_class_for_code(outcome.error_code)(spec.file_name, reason)
        return outcome.model_copy(update={"path": spec.file_name})

    def cleanup(spec: JobSpec, job: Job) -> None:
        shutil.rmtree(Path(spec.path).parent, ignore_errors=True)

    from assistant.api.jobs import JobStore

    store = JobStore(state.settings.data_dir / "jobs.sqlite")
    store.prune()
    return JobQueue(run, on_finish=cleanup, store=store)


def _queue(state: ApiState) -> JobQueue:
    jobs = getattr(state, "jobs", None)
    if jobs is None:
        raise RodaTradenError("Jobbkön är inte startad. / The job queue is not running.")
    return jobs


def _stage(upload: UploadFile, limit_mb: int, data_dir: Path) -> tuple[Path, str]:
    """The staged copy and its sha256."""
    from index.pipeline import _sha256

    staged = StagedUpload(upload, limit_mb, data_dir)
    try:
        path = staged.write()
        return path, _sha256(path)
    except BaseException:
        staged.cleanup()
        raise


def _target_doc_id(index: Any, key: ApiKey, given: str | None, name: str, sha: str) -> str:
    """The doc_id the upload will have: the given one, else ingest.doc_ids' choice, where a file name matches
    only the documents this key can read (another collection's file of the same name is never replaced)."""
    if given:
        return given
    from ingest.doc_ids import resolve_doc_id

    docs = [d.meta if key.can_read(d.meta.collection) else d.meta.model_copy(update={"file_name": ""})
            for d in index.documents()]
    return resolve_doc_id(docs, name, sha)


@router.post("/documents", response_model=JobAccepted, status_code=202,
             responses={**WRITE, 200: {"description": "?wait=true: unchanged, the same file is already indexed",
                                       "model": UploadResult},
                        201: {"description": "?wait=true: added or replaced", "model": UploadResult},
                        400: {"description": "invalid doc_id"}, 413: {"description": "file too large"},
                        415: {"description": "not a PDF"},
                        422: {"description": "empty; with ?wait=true also corrupt, encrypted or scanned PDF"}})
async def upload_document(
    file: Annotated[UploadFile, File(description="a PDF")],
    state: StateDep,
    index: IndexDep,
    key: WriteKey,
    doc_id: Annotated[str | None, Form(description="doc_id; default: derived from the file name")] = None,
    allow_duplicate: Annotated[bool, Form(description="index the file even when a document of the same collection "
                                                      "has the same bytes or the same text")] = False,
    title: Annotated[str | None, Form(description="default: what ingest infers")] = None,
    organisation: Annotated[str | None, Form()] = None,
    document_type: Annotated[str | None, Form(description="e.g. verksamhetsberattelse, granskningsrapport")] = None,
    year: Annotated[str | None, Form()] = None,
    period: Annotated[str | None, Form(description="e.g. januari–augusti 2023")] = None,
    date: Annotated[str | None, Form(description="YYYY-MM-DD")] = None,
    collection: Annotated[str | None, Form(description="default: the key's only collection, else standard")] = None,
    wait: Annotated[bool, Query(description="ingest before answering (the old synchronous behaviour)")] = False,
) -> Any:
    given_id = explicit_doc_id(doc_id)
    name = display_name(file.filename)
    given = {"title": title, "organisation": organisation, "type": document_type, "year": year or None,
             "period": period, "date": date, "collection": collection}
    changes = parse_change({k: v for k, v in given.items() if v not in (None, "")}).changes()
    if "collection" in changes:
        require_collection_write(key, changes["collection"])
    path, sha = await run_in_threadpool(_stage, file, state.settings.max_upload_mb, state.settings.data_dir)
    try:
        chosen = _target_doc_id(state.index, key, given_id, name, sha)
        existing = require_writable_doc(state.index, key, chosen)  # every doc_id, whatever the key may read
    except BaseException:
        shutil.rmtree(path.parent, ignore_errors=True)
        raise
    if "collection" not in changes and existing is None:
        changes["collection"] = default_collection(key)
        require_collection_write(key, changes["collection"])
    target = changes.get("collection") or (existing.meta.collection if existing else "standard")
    jobs = _queue(state)
    job = jobs.submit(JobSpec(path=str(path), file_name=name, doc_id=chosen, owner=key.owner,
                              collection=target, metadata=changes, allow_duplicate=allow_duplicate))
    if not wait:
        body = JobAccepted(job=job, status_url=f"/v1/jobs/{job.id}")
        return JSONResponse(body.model_dump(mode="json"), status_code=202,
                            headers={"Location": body.status_url})
    done = await run_in_threadpool(jobs.wait, job.id, None)
    assert done is not None
    if done.status == "failed":
        err = RodaTradenError(done.error or "")
        err.code = done.error_code or "ingest_failed"  # the job's own error, as the synchronous upload gave it
        err.status = done.error_status or 422
        raise err
    outcome = done.outcome
    assert outcome is not None
    document = index.document(outcome.duplicate_of or outcome.doc_id or chosen)
    result = UploadResult(outcome=outcome, document=document, duplicate_of=outcome.duplicate_of)
    return JSONResponse(result.model_dump(mode="json"),
                        status_code=200 if outcome.status in ("unchanged", "duplicate") else 201)


@router.get("/jobs/{job_id}", response_model=Job, responses={**AUTH, 404: {"description": "unknown job"}})
def get_job(job_id: str, state: StateDep, request: Request, _k: ReadKey) -> Job:
    _key, scope = request_scope(state, request)
    job = _queue(state).get(job_id)
    if job is None or not visible(scope, job.collection):
        raise UnknownJobError(job_id)
    return job


@router.get("/jobs", response_model=list[Job], responses=AUTH)
def list_jobs(state: StateDep, request: Request, _key: ReadKey) -> list[Job]:
    _key, scope = request_scope(state, request)
    return [j for j in _queue(state).list() if visible(scope, j.collection)]
