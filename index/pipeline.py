"""Ingest files and folders into an :class:`~index.store.Index`, one outcome per file.

A file that fails (any ingest error) becomes a "failed" outcome with a one-line reason; the other
files still go in and nothing indexed before is lost. Unchanged files (same sha256 already indexed)
are skipped before parsing.
"""

from __future__ import annotations

import hashlib
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from index.models import IngestOutcome
from index.store import VERSION_FIELDS, Index
from rodatraden.errors import IngestError, NotAPdfError, RodaTradenError

Progress = Callable[[str], None]


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
    from ingest.manifest import Manifest, ManifestEntry, manifest_beside

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


def ingest_file(index: Index, path: str | Path, doc_id: str | None = None) -> IngestOutcome:
    """Ingest one PDF. Raises the file's RodaTradenError (IngestError subclasses) on failure."""
    from ingest import parse_pdf

    path = Path(path)
    sha = _sha256(path)
    known = index.find_by_hash(sha)
    manifest = _manifest_for(path, doc_id)
    if known is not None and (doc_id is None or known.doc_id == doc_id):
        info = index.document(known.doc_id)
        if _manifest_says_otherwise(info.meta, manifest, path):
            return _ingest_parsed(index, path, parse_pdf(path, manifest=manifest))
        return IngestOutcome(
            path=str(path), doc_id=known.doc_id, status="unchanged", pages=info.meta.pages, chunks=info.chunks, tables=info.tables
        )
    return _ingest_parsed(index, path, parse_pdf(path, manifest=manifest))


def _ingest_parsed(index: Index, path: Path, parsed) -> IngestOutcome:
    status = index.add(parsed)
    return IngestOutcome(
        path=str(path),
        doc_id=parsed.meta.doc_id,
        status=status,
        pages=len(parsed.pages),
        chunks=len(parsed.chunks),
        tables=len(parsed.tables),
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
    text = f"{outcome.pages} sidor, {outcome.chunks} chunkar, {outcome.tables} tabeller"
    return {"unchanged": f"oförändrad ({text})", "replaced": f"ersatt: {text}"}.get(outcome.status, text)


def ingest_paths(index: Index, paths: list[str | Path], progress: Progress | None = None) -> list[IngestOutcome]:
    items = expand_paths(paths)
    outcomes: list[IngestOutcome] = []
    for n, item in enumerate(items, 1):
        if isinstance(item, IngestError):
            outcome = _failed(Path(item.path), item)
            name = Path(item.path).name or item.path
        else:
            name = item.name
            t0 = time.perf_counter()
            try:
                outcome = ingest_file(index, item)
            except Exception as exc:  # noqa: BLE001 - one bad file never stops the others
                outcome = _failed(item, exc)
        outcomes.append(outcome)
        if progress is not None:
            took = "" if outcome.status == "failed" or isinstance(item, IngestError) else f" ({time.perf_counter() - t0:.1f} s)"
            progress(f"[{n}/{len(items)}] {name} … {describe(outcome)}{took}")
    return outcomes
