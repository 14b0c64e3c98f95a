"""Ingest files and folders into an :class:`~index.store.Index`, one outcome per file.

A file that fails (any ingest error) becomes a "failed" outcome with a one-line reason; the other
files still go in and nothing indexed before is lost. Unchanged files (same sha256 already indexed)
are skipped before parsing. Any file name gives a doc_id (ingest.doc_ids); a file over the size limit
fails before it is read, one that takes longer than the time budget fails when it runs out
(index.parse_worker); a copy of an indexed document (same bytes, or same text) is reported as a
"duplicate" of it and not indexed again unless asked.
"""

from __future__ import annotations

import hashlib
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from index.models import IngestOutcome
from index.files import keep_file
from index.parse_worker import parse_within
from ingest.progress import ProgressFn, report
from index.store import VERSION_FIELDS, Index
from ingest.manifest import Manifest, ManifestEntry, manifest_beside
from ingest.models import IngestOptions
from rodatraden.errors import FileTooLargeError, IngestError, NotAPdfError, RodaTradenError

MB = 1024 * 1024

Progress = Callable[[str], None]
FileProgress = Callable[[Path, int, int], "ProgressFn | None"]


def expand_paths(paths: list[str | Path]) -> list[Path | IngestError]:
    """Files as given; folders expanded to their *.pdf files (sorted). Problems become IngestErrors."""
    out: list[Path | IngestError] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            pdfs = sorted(q for q in p.iterdir() if q.is_file() and q.suffix.lower() == ".pdf")
            if not pdfs:
                out.append(NotAPdfError(p, "no PDF files in this folder"))
            out.extend(pdfs)
        elif not p.exists():
            out.append(NotAPdfError(p, "file not found"))
        else:
            out.append(p)
    return out


def _manifest_for(path: Path, doc_id: str | None):
    """The manifest.json beside the file (via ingest.manifest), with ``doc_id`` forced when given."""
    manifest = manifest_beside(path)
    if doc_id is None:
        return manifest
    manifest = manifest or Manifest()
    entry = manifest.entry_for(path.name)
    data = entry.model_dump() if entry is not None else {"file": path.name}
    data["doc_id"] = doc_id
    others = [e for e in manifest.files if e is not entry]
    return manifest.model_copy(update={"files": [ManifestEntry(**data), *others]})


def _manifest_says_otherwise(meta, manifest, path: Path) -> bool:
    """The file is unchanged but its manifest entry now gives other metadata (a corrected title, year ...):
    then it is ingested again so that citations, filters and the document list show the new values."""
    entry = manifest.entry_for(path.name) if manifest is not None else None
    if entry is None or (entry.doc_id and entry.doc_id != meta.doc_id):
        return False
    for name in VERSION_FIELDS:
        value = getattr(entry, name)
        if isinstance(value, str):
            value = unicodedata.normalize("NFC", value)
        if value is not None and value != getattr(meta, name):
            return True
    return False


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    try:
        with path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
    except FileNotFoundError as exc:
        raise NotAPdfError(path, "file not found") from exc
    except IsADirectoryError as exc:
        raise NotAPdfError(path, "is a directory, not a PDF file") from exc
    except OSError as exc:
        raise IngestError(path, f"cannot be read ({exc.strerror or exc})") from exc
    return h.hexdigest()


def _check_size(path: Path, limit_mb: int) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise NotAPdfError(path, "file not found") from exc
    except OSError as exc:
        raise IngestError(path, f"cannot be read ({exc.strerror or exc})") from exc
    if size > limit_mb * MB:
        raise FileTooLargeError(path, f"file too large: {size / MB:.1f} MB, the limit is {limit_mb} MB "
                                      "(RODATRADEN_MAX_UPLOAD_MB, the same as for uploads); nothing was indexed")


def ingest_file(index: Index, path: str | Path, doc_id: str | None = None, *, file_name: str | None = None,
                allow_duplicate: bool = False, progress: Progress | None = None, step: ProgressFn | None = None,
                metadata: dict | None = None) -> IngestOutcome:
    """Ingest one PDF. Raises the file's RodaTradenError (IngestError subclasses) on failure.

    ``doc_id``: forced (the API's form field); else the manifest's, else :func:`ingest.doc_ids.resolve_doc_id`
    of ``file_name`` (default: the path's name). A file whose bytes, or whose extracted text, another document
    already holds is not indexed (status "duplicate", ``duplicate_of``) unless ``allow_duplicate``.
    ``step(stage, done, total)``: a progress bar's view (ingest.progress). ``metadata``: changes set by a person
    (index.metadata), applied before anything is stored; a new version keeps the old one's collection unless
    ``metadata`` names another."""
    from ingest.doc_ids import resolve_doc_id

    path = Path(path)
    name = unicodedata.normalize("NFC", file_name or path.name)
    settings = index.settings
    _check_size(path, settings.max_upload_mb)
    sha = _sha256(path)
    docs = [d.meta for d in index.documents()]
    beside = manifest_beside(path)
    entry = beside.entry_for(path.name) if beside is not None else None
    target = doc_id or (entry.doc_id if entry is not None and entry.doc_id else None) or resolve_doc_id(docs, name, sha)
    manifest = _manifest_for(path, target)
    same_bytes = [m for m in docs if m.sha256 == sha]
    changes = dict(metadata or {})
    previous = next((m for m in docs if m.doc_id == target), None)
    if "collection" not in changes and previous is not None:
        changes["collection"] = previous.collection  # a new version stays where the old one was
    if any(m.doc_id == target for m in same_bytes):
        info = index.document(target)
        if not _manifest_says_otherwise(info.meta, manifest, path):
            if metadata:
                index.update_meta(target, dict(metadata))
            keep_file(settings.data_dir, target, path)  # indexes older than kept originals get it now
            return IngestOutcome(path=str(path), doc_id=target, status="unchanged", pages=info.meta.pages,
                                 chunks=info.chunks, tables=info.tables, file_name=info.meta.file_name)
    # a duplicate is one in the same collection: another collection may hold the same report (its own copy)
    collection = changes.get("collection") or "standard"
    pool = [m for m in same_bytes if m.collection == collection]
    if not any(m.doc_id == target for m in same_bytes) and pool and not allow_duplicate:
        return _duplicate(path, name, pool[0].doc_id, "bytes", index)
    parsed = parse_within(path, manifest, IngestOptions.from_settings(settings), name, settings.ingest_timeout_s,
                          _with_steps(progress, step, path))
    report(step, "parse", len(parsed.pages), len(parsed.pages))
    text_twins = [m.doc_id for m in docs if m.doc_id != target and m.text_sha256 == parsed.meta.text_sha256
                  and m.collection == collection]
    if text_twins and not allow_duplicate:
        return _duplicate(path, name, text_twins[0], "text", index)
    return _ingest_parsed(index, path, parsed, step, changes)


def _page_count(path: Path) -> int:
    try:
        import pypdfium2

        pdf = pypdfium2.PdfDocument(str(path))
        try:
            return len(pdf)
        finally:
            pdf.close()
    except Exception:  # noqa: BLE001 - only for the progress bar; parsing reports the real problem
        return 0


def _with_steps(progress: Progress | None, step: ProgressFn | None, path: Path) -> Progress | None:
    """The parse worker's progress lines (one per OCR'd page) passed on, and counted for the progress bar."""
    if step is None:
        return progress
    total = _page_count(path)
    report(step, "parse", 0, total)
    count = [0]

    def line(text: str) -> None:
        if progress is not None:
            progress(text)
        if text.startswith("OCR "):
            count[0] += 1
            report(step, "ocr", min(count[0], total), total)

    return line


def _duplicate(path: Path, name: str, of: str, kind: str, index: Index) -> IngestOutcome:
    info = index.document(of)
    return IngestOutcome(path=str(path), status="duplicate", duplicate_of=of, duplicate_kind=kind, file_name=name,
                         pages=info.meta.pages, chunks=info.chunks, tables=info.tables)


def unit_texts(parsed) -> list[str]:
    """The distinct texts of the document's answer units (``ingest.units``), as the answerer embeds them."""
    from ingest.units import page_units

    return sorted({u.text for p in parsed.pages for u in page_units(parsed.meta.doc_id, p.number, p.text)})


def embed_units(index: Index, parsed) -> int:
    """Embed the document's answer units (sentences, items, rows: ``ingest.units``) once, at ingest, so the
    answerer's unit similarity reads them from the embedder's cache. Returns how many texts were embedded."""
    texts = unit_texts(parsed)
    embedder = getattr(index, "embedder", None)
    if embedder is None or not texts:
        return 0
    for i in range(0, len(texts), 256):
        embedder.embed_passages(texts[i:i + 256])
    return len(texts)


def _ingest_parsed(index: Index, path: Path, parsed, step: ProgressFn | None = None,
                   changes: dict | None = None) -> IngestOutcome:
    from index.metadata import apply_to_parsed

    parsed = apply_to_parsed(parsed, changes or {})
    status = index.add(parsed, progress=step)
    keep_file(index.settings.data_dir, parsed.meta.doc_id, path)
    if status != "unchanged":
        embed_units(index, parsed)
    return IngestOutcome(
        path=str(path),
        doc_id=parsed.meta.doc_id,
        status=status,
        pages=len(parsed.pages),
        chunks=len(parsed.chunks),
        tables=len(parsed.tables),
        file_name=parsed.meta.file_name,
    )


def _failed(path: Path, exc: Exception) -> IngestOutcome:
    if isinstance(exc, IngestError):
        reason = f"{path.name}: {exc.reason}"
    elif isinstance(exc, RodaTradenError):
        reason = f"{path.name}: {exc.message}"
    else:
        reason = f"{path.name}: unexpected {type(exc).__name__}: {exc}"
    reason = " ".join(reason.split())  # one line
    code = getattr(exc, "code", "ingest_failed")
    return IngestOutcome(path=str(path), status="failed", error=reason, error_code=code)


def describe(outcome: IngestOutcome) -> str:
    """Swedish one-line summary: "30 sidor, 120 chunkar, 5 tabeller" (+ status when not added)."""
    if outcome.status == "failed":
        return f"fel: {outcome.error}"
    if outcome.status == "duplicate":
        same = "samma fil" if outcome.duplicate_kind == "bytes" else "samma text"
        return (f"dubblett av {outcome.duplicate_of} ({same}); inte indexerad "
                "(--allow-duplicate indexerar den ändå)")
    text = f"{outcome.pages} sidor, {outcome.chunks} chunkar, {outcome.tables} tabeller"
    return {"unchanged": f"oförändrad ({text})", "replaced": f"ersatt: {text}"}.get(outcome.status, text)


def ingest_paths(index: Index, paths: list[str | Path], progress: Progress | None = None,
                 allow_duplicate: bool = False, on_file: FileProgress | None = None) -> list[IngestOutcome]:
    """``progress(line)`` after each file (and OCR lines); ``on_file(path, n, of)`` before each file, returning
    that file's ``(stage, done, total)`` callback (a progress bar)."""
    items = expand_paths(paths)
    outcomes: list[IngestOutcome] = []
    for n, item in enumerate(items, 1):
        if isinstance(item, IngestError):
            outcome = _failed(Path(item.path), item)
            name = Path(item.path).name or item.path
        else:
            name = item.name
            t0 = time.perf_counter()
            step = on_file(item, n, len(items)) if on_file is not None else None
            try:
                outcome = ingest_file(index, item, allow_duplicate=allow_duplicate, progress=progress, step=step)
            except Exception as exc:  # noqa: BLE001 - one bad file never stops the others
                outcome = _failed(item, exc)
        outcomes.append(outcome)
        if progress is not None:
            took = "" if outcome.status == "failed" or isinstance(item, IngestError) else f" ({time.perf_counter() - t0:.1f} s)"
            progress(f"[{n}/{len(items)}] {name} … {describe(outcome)}{took}")
    return outcomes
