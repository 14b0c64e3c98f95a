"""Upload handling for POST /v1/documents: doc_id rules, size limit, PDF check by content, and a
temp file whose name we choose (a client's file name is never used as a path)."""

from __future__ import annotations

import re
import shutil
import tempfile
import unicodedata
from pathlib import Path

from fastapi import UploadFile

from assistant.api.body_limit import too_large_message
from rodatraden.errors import EmptyFileError, InvalidDocIdError, NotAPdfError, UploadTooLargeError

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


def slugify(name: str) -> str:
    """A doc_id derived from an uploaded file's name (only its stem, never its directories)."""
    stem = re.split(r"[\\/]", name or "")[-1]
    stem = stem[:-4] if stem.lower().endswith(".pdf") else stem
    ascii_ = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9._-]+", "-", ascii_)
    slug = re.sub(r"-{2,}", "-", slug).lstrip("._-")[:100].rstrip("._-")
    return slug


def choose_doc_id(form_doc_id: str | None, file_name: str | None) -> str:
    if form_doc_id is not None and form_doc_id.strip():
        return normalise_doc_id(form_doc_id)
    slug = slugify(file_name or "")
    if not slug:
        raise InvalidDocIdError(
            "Kan inte bilda ett doc_id av filnamnet; ange fältet doc_id. / "
            "Cannot derive a doc_id from the file name; send the form field doc_id."
        )
    return validate_doc_id(slug)


def display_name(file_name: str | None, doc_id: str) -> str:
    """The client's base name for messages only (never a path), with control characters removed."""
    base = re.split(r"[\\/]", file_name or "")[-1]
    base = "".join(ch for ch in base if ch.isprintable())[:200]
    return base or f"{doc_id}.pdf"


class StagedUpload:
    """The upload copied into a fresh private temp directory as ``<doc_id>.pdf``."""

    def __init__(self, upload: UploadFile, doc_id: str, limit_mb: int) -> None:
        self.upload = upload
        self.doc_id = doc_id
        self.limit_bytes = limit_mb * 1024 * 1024
        self.limit_mb = limit_mb
        self.dir = Path(tempfile.mkdtemp(prefix="rodatraden-upload-"))
        self.path = self.dir / f"{doc_id}.pdf"
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
        name = display_name(self.upload.filename, self.doc_id)
        if self.size == 0:
            raise EmptyFileError(name, "filen är tom / the file is empty")
        if not head.startswith(PDF_MAGIC):
            raise NotAPdfError(name, "inte en PDF (saknar %PDF-) / not a PDF (no %PDF- header)")
        return self.path

    def cleanup(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)
