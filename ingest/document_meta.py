"""DocumentMeta for a parsed PDF: the manifest's fields where it gives them, the rest read from the document
(ingest.metadata.infer_metadata over the evidence gathered here from the parser's lines)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from ingest.doc_ids import file_stem, slugify
from ingest.layout import Line
from ingest.manifest import Manifest
from ingest.metadata import Evidence, infer_metadata
from ingest.titles import TitleLine
from ingest.models import DocumentMeta

COVER_WORDS = 12  # a first page with fewer words is a cover: the next page's heading counts too
FIRST_PAGES = 3


def _heading(lines: list[Line], body: float) -> list[str]:
    """The page's largest lines near its top, in reading order (at most 6); the first two when no line is larger."""
    top = lines[:40]
    if not top:
        return []
    big = max(ln.size for ln in top)
    picked = [ln.text for ln in top if ln.size >= max(1.15 * body, 0.75 * big)]
    return picked[:6] if picked else [ln.text for ln in top[:2]]


def _info(info: dict, key: str) -> str | None:
    v = info.get(key)
    if isinstance(v, bytes):
        v = v.decode("utf-8", "ignore")
    return unicodedata.normalize("NFC", v).strip() if isinstance(v, str) and v.strip() else None


def gather(file_name: str, info: dict, raw: list[list[Line]], cleaned: list[list[Line]], body: float,
           suspect: bool = False) -> Evidence:
    """``raw``: each page's lines before running headers/footers were removed; ``cleaned``: after. ``suspect``:
    the first pages were read by OCR or have a broken text layer."""
    heading: list[str] = []
    for page in cleaned[:FIRST_PAGES]:
        if not page:
            continue
        heading.extend(_heading(page, body))
        if sum(len(ln.text.split()) for ln in page) >= COVER_WORDS or len(heading) >= 6:
            break
    running: list[str] = []
    for before, after in zip(raw[:FIRST_PAGES], cleaned[:FIRST_PAGES]):
        kept = {id(ln) for ln in after}
        running.extend(ln.text for ln in before if id(ln) not in kept and ln.text not in running)
    return Evidence(
        file_stem=file_stem(file_name),
        heading=heading,
        first_text="\n".join(ln.text for page in cleaned[:FIRST_PAGES] for ln in page),
        running=running,
        all_text="\n".join(ln.text for page in cleaned for ln in page),
        pdf_title=_info(info, "Title"),
        pdf_author=_info(info, "Author"),
        pdf_subject=_info(info, "Subject"),
        pdf_created=_info(info, "CreationDate"),
        lines=[TitleLine(text=ln.text, page=pno, size=ln.size, top=ln.top)
               for pno, page in enumerate(cleaned[:FIRST_PAGES]) for ln in page],
        body=body,
        suspect=suspect,
    )


def build_meta(path: Path, file_name: str, sha: str, n_pages: int, manifest: Manifest | None,
               evidence: Evidence) -> DocumentMeta:
    entry = manifest.entry_for(path.name) if manifest else None
    guessed = infer_metadata(evidence)
    given = entry.model_dump() if entry is not None else {}
    extra = entry.model_extra or {} if entry is not None else {}

    def pick(name: str):
        value = given.get(name, extra.get(name))
        return value if value not in (None, "") else getattr(guessed, name)

    inferred = [f for f in ("title", "document_type", "year", "period", "date", "organisation")
                if given.get(f, extra.get(f)) in (None, "") and getattr(guessed, f) is not None]
    title = pick("title") or file_stem(file_name)
    period = pick("period")
    return DocumentMeta(
        doc_id=(entry.doc_id if entry and entry.doc_id else None) or slugify(file_name) or f"dokument-{sha[:8]}",
        title=unicodedata.normalize("NFC", title),
        document_type=pick("document_type"),
        year=pick("year"),
        period=str(period) if period is not None else None,
        date=pick("date"),
        organisation=pick("organisation"),
        file_name=unicodedata.normalize("NFC", file_name),
        sha256=sha,
        pages=n_pages,
        inferred=inferred,
    )
