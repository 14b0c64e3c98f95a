"""Upload handling for POST /v1/documents: explicit doc_id rules, size limit, PDF check by content, and a
temp file whose name we choose (a client's file name is never used as a path; it gives the doc_id through
ingest.doc_ids, the same function as `rodatraden ingest`)."""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
import unicodedata
from pathlib import Path

from fastapi import UploadFile

from assistant.api.body_limit import too_large_message
from rodatraden.errors import EmptyFileError, InvalidDocIdError, NotAPdfError, UploadTooLargeError

log = logging.getLogger("rodatraden.api")
UPLOADS_DIR = "uploads"  # under data_dir: <pid>-<random>/<doc_id>.pdf while an upload is being ingested
DOC_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")
PDF_MAGIC = b"%PDF-"
READ_BLOCK = 1024 * 1024


def validate_doc_id(doc_id: str) -> str:
    if not DOC_ID_RE.fullmatch(doc_id):
        raise InvalidDocIdError(
            f"Ogiltigt doc_id {doc_id[:120]!r}: använd a–z, 0–9, '.', '_' eller '-' (högst 100 tecken, "
            "börjar med bokstav eller siffra). / Invalid doc_id: use a-z, 0-9, '.', '_', '-' "
            "(at most 100 characters, starting with a letter or digit)."
        )
    return doc_id


def normalise_doc_id(value: str) -> str:
    """A doc_id given by the client: lower-cased, whitespace to '-', then validated strictly."""
    candidate = re.sub(r"\s+", "-", unicodedata.normalize("NFC", value).strip().lower())
    return validate_doc_id(candidate)


def explicit_doc_id(form_doc_id: str | None) -> str | None:
    """The form's doc_id, validated strictly; None when not given (then ingest.doc_ids derives one from the
    file name, as `rodatraden ingest` does)."""
    if form_doc_id is not None and form_doc_id.strip():
        return normalise_doc_id(form_doc_id)
    return None


def display_name(file_name: str | None) -> str:
    """The client's base name (never a path), with control characters removed: messages and ``file_name``."""
    base = re.split(r"[\\/]", unicodedata.normalize("NFC", file_name or ""))[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip()[:255]
    return base or "dokument.pdf"


class StagedUpload:
    """The upload copied into a fresh private temp directory as ``upload.pdf``."""

    def __init__(self, upload: UploadFile, limit_mb: int, data_dir: Path) -> None:
        self.upload = upload
        self.limit_bytes = limit_mb * 1024 * 1024
        self.limit_mb = limit_mb
        root = Path(data_dir) / UPLOADS_DIR
        root.mkdir(parents=True, exist_ok=True)
        self.dir = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=root))
        self.path = self.dir / "upload.pdf"
        self.size = 0

    def write(self) -> Path:
        """Copies in blocks, refusing (413) as soon as the limit is passed; then checks the content."""
        src = self.upload.file
        src.seek(0)
        head = b""
        with open(self.path, "wb") as out:
            while block := src.read(READ_BLOCK):
                self.size += len(block)
                if self.size > self.limit_bytes:
                    raise UploadTooLargeError(too_large_message(self.limit_mb))
                if len(head) < 1024:
                    head += block[:1024]
                out.write(block)
        name = display_name(self.upload.filename)
        if self.size == 0:
            raise EmptyFileError(name, "filen är tom / the file is empty")
        if not head.startswith(PDF_MAGIC):
            raise NotAPdfError(name, "inte en PDF (saknar %PDF-) / not a PDF (no %PDF- header)")
        return self.path

    def cleanup(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale_uploads(data_dir: Path) -> int:
    """Removes the upload folders left by processes that died mid-upload (kill -9, a crash); the folders of
    live processes (other API workers on this data dir) stay. Returns how many were removed."""
    root = Path(data_dir) / UPLOADS_DIR
    removed = 0
    for d in root.glob("*-*") if root.is_dir() else []:
        pid = d.name.split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(d, ignore_errors=True)
            removed += 1
    if removed:
        log.info("removed %d upload folders left by stopped processes", removed)
    return removed
