"""Open and validate a PDF: bytes, magic, encryption, corruption."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError

from rodatraden.errors import (
    CorruptPdfError,
    EmptyFileError,
    EncryptedPdfError,
    NotAPdfError,
)


def read_pdf_bytes(path: Path) -> bytes:
    """Read the file and check it is a non-empty PDF by its magic bytes."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise NotAPdfError(path, "file not found") from exc
    except IsADirectoryError as exc:
        raise NotAPdfError(path, "is a directory, not a PDF file") from exc
    if not data.strip():
        raise EmptyFileError(path, "empty file (0 bytes of content)")
    if b"%PDF-" not in data[:1024]:
        raise NotAPdfError(path, "not a PDF (no %PDF- header)")
    return data


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _root_causes(exc: BaseException) -> list[BaseException]:
    """pdfplumber wraps pdfminer errors (PdfminerException); look inside args, cause and context."""
    seen: list[BaseException] = []
    todo = [exc]
    while todo and len(seen) < 10:
        e = todo.pop()
        if e in seen:
            continue
        seen.append(e)
        todo.extend(a for a in getattr(e, "args", ()) if isinstance(a, BaseException))
        todo.extend(x for x in (e.__cause__, e.__context__) if x is not None)
    return seen


def _is_encryption(exc: BaseException) -> bool:
    return any(
        isinstance(e, (PDFPasswordIncorrect, PDFEncryptionError)) or "password" in str(e).lower()
        for e in _root_causes(exc)
    )


def _describe(exc: BaseException) -> str:
    inner = [e for e in _root_causes(exc) if str(e).strip()]
    e = inner[-1] if inner else exc
    return f"{type(e).__name__}: {str(e).strip()}"[:160].replace("\n", " ")


def open_pdf(path: Path, data: bytes) -> pdfplumber.PDF:
    """Open with pdfplumber, turning pdfminer failures into one-line ingest errors."""
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        n = len(pdf.pages)
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise EncryptedPdfError(path, "password-protected PDF; remove the password and try again") from exc
    except PDFSyntaxError as exc:
        raise CorruptPdfError(path, f"corrupt or truncated PDF ({_describe(exc)})") from exc
    except Exception as exc:  # pdfminer raises many types on damaged files
        if _is_encryption(exc):
            raise EncryptedPdfError(path, "password-protected PDF; remove the password and try again") from exc
        raise CorruptPdfError(path, f"corrupt or truncated PDF ({_describe(exc)})") from exc
    if n == 0:
        pdf.close()
        raise CorruptPdfError(path, "corrupt PDF: no pages")
    return pdf


def read_page_chars(path: Path, page) -> int:
    """Characters (non-blank) in one page's text layer; pdfminer failures become one-line ingest errors."""
    try:
        return sum(1 for c in page.chars if c["text"].strip())
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise EncryptedPdfError(path, "password-protected PDF; remove the password and try again") from exc
    except Exception as exc:
        if _is_encryption(exc):
            raise EncryptedPdfError(path, "password-protected PDF; remove the password and try again") from exc
        raise CorruptPdfError(path, f"corrupt or truncated PDF ({_describe(exc)})") from exc
