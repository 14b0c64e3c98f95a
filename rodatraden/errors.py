"""The one module of errors. Each carries a short message a person understands,
a stable ``code`` for the API, and the HTTP status the API maps it to."""

from __future__ import annotations


class RodaTradenError(Exception):
    code = "error"
    status = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


# --- ingestion -------------------------------------------------------------------
class IngestError(RodaTradenError):
    """A file could not be ingested. Nothing of it was stored."""

    code = "ingest_failed"
    status = 422

    def __init__(self, path: object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def __reduce__(self):  # picklable across the parse worker process (index.parse_worker)
        return (type(self), (self.path, self.reason))


class NotAPdfError(IngestError):
    code = "not_a_pdf"
    status = 415


class EmptyFileError(IngestError):
    code = "empty_file"


class CorruptPdfError(IngestError):
    code = "corrupt_pdf"


class EncryptedPdfError(IngestError):
    code = "encrypted_pdf"


class ScannedPdfError(IngestError):
    code = "no_text_layer"


class OcrUnavailableError(RodaTradenError):
    """The OCR engine cannot run (not installed, failed). Ingest turns it into an IngestError naming the file."""

    code = "ocr_unavailable"
    status = 503


class NoSearchableTextError(IngestError):
    """The PDF has text, but none is left to search (e.g. every page repeats one running text)."""

    code = "no_searchable_text"


class FileTooLargeError(IngestError):
    code = "file_too_large"
    status = 413


class IngestTimeoutError(IngestError):
    """Reading the file took longer than its time budget (``RODATRADEN_INGEST_TIMEOUT_S``)."""

    code = "ingest_timeout"


# --- index and documents ---------------------------------------------------------
class UnknownDocumentError(RodaTradenError):
    code = "unknown_document"
    status = 404

    def __init__(self, doc_id: str) -> None:
        self.doc_id = doc_id
        super().__init__(f"Okänt dokument / unknown document: {doc_id!r}")


class InvalidDocIdError(RodaTradenError):
    code = "invalid_doc_id"
    status = 400


class IndexUnavailableError(RodaTradenError):
    code = "index_unavailable"
    status = 503


class StoreBusyError(RodaTradenError):
    """Another process holds the data directory's write lock for longer than the wait allows."""

    code = "store_busy"
    status = 503


class PageNotFoundError(RodaTradenError):
    code = "page_not_found"
    status = 404


# --- questions -------------------------------------------------------------------
class EmptyQuestionError(RodaTradenError):
    code = "empty_question"
    status = 400

    def __init__(self) -> None:
        super().__init__("Frågan är tom. Skriv en fråga. / The question is empty.")


class QuestionTooLongError(RodaTradenError):
    code = "question_too_long"
    status = 413


class HistoryTooLongError(RodaTradenError):
    """A user turn of the history is longer than a question may be."""

    code = "history_too_long"
    status = 413


class AnswerTimeoutError(RodaTradenError):
    """Answering passed its time budget (settings.answer_budget_s) and was stopped."""

    code = "answer_timeout"
    status = 503


# --- API -------------------------------------------------------------------------
class AuthError(RodaTradenError):
    code = "unauthorized"
    status = 401


class ForbiddenError(RodaTradenError):
    code = "forbidden"
    status = 403


class UploadTooLargeError(RodaTradenError):
    code = "upload_too_large"
    status = 413


# --- language model --------------------------------------------------------------
class LLMError(RodaTradenError):
    """The configured language model is misconfigured or unreachable."""

    code = "llm_unavailable"
    status = 502


class ConfigError(RodaTradenError):
    code = "config_error"
    status = 500


class InvalidMetadataError(RodaTradenError):
    """A metadata value that cannot be stored (a bad year, date or collection name)."""

    code = "invalid_metadata"
    status = 400
