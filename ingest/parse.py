"""The one public entry point of the ingestion stage: :func:`parse_pdf`."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from ingest.chunking import make_chunks
from ingest.columns import order_columns
from ingest.clean import (Block, build_blocks, closing_lines, fix_glued_markers, masked, remove_repeated,
                          split_footnotes)
from ingest.layout import Line, body_size, group_lines
from ingest.document_meta import FIRST_PAGES, build_meta, gather
from ingest.manifest import Manifest, manifest_beside
from ingest.models import DocumentMeta, IngestOptions, Page, ParsedDocument, Section, Table
from ingest.pdf import open_pdf, read_pdf_bytes, sha256_of
from ingest.sections import mark_headings
from ingest.tables import (RawTable, analyse, attach_context, build_table, choose_tables, find_ruled, lines_in, row_texts,
                           split_inner_headers)
from ingest.tables_borderless import find_borderless, find_text_grids
from ingest.tables_join import inherit_headers, link_continuations
from ingest.tables_rows import fold_wrapped, join_blocks
from ingest.textlayer import PageText, Progress, read_pages
from rodatraden.errors import NoSearchableTextError


def parse_pdf(
    path: str | Path,
    manifest: Manifest | None = None,
    options: IngestOptions | None = None,
    progress: Progress | None = None,
    file_name: str | None = None,
) -> ParsedDocument:
    """Parse one PDF into pages, sections, chunks and typed tables.

    Pages with no or a broken text layer are read by OCR unless ``options.ocr == "off"``; ``progress`` gets one
    line per OCR'd page. ``file_name`` is the document's own name when ``path`` is a staged copy (an upload); it
    gives the default doc_id (:func:`ingest.doc_ids.slugify`) and is kept as ``meta.file_name``.
    Raises a :class:`rodatraden.errors.IngestError` subclass (one line, naming the file) on bad input,
    :class:`~rodatraden.errors.NoSearchableTextError` when no chunk with searchable text is left.
    """
    path = Path(path)
    options = options or IngestOptions()
    data = read_pdf_bytes(path)
    sha = sha256_of(data)
    pdf = open_pdf(path, data)
    try:
        pages = list(pdf.pages)
        texts, text_warnings = read_pages(path, pages, options, progress)
        sizes = [(float(p.width), float(p.height)) for p in pages]
        lines_pp = [group_lines(t.words, t.number) for t in texts]
        info = pdf.metadata or {}
        doc = _layout(path, pages, lines_pp, sizes)
    finally:
        pdf.close()
    doc["texts"] = texts
    if manifest is None:
        manifest = manifest_beside(path)
    name = file_name or path.name
    suspect = any(t.ocr or set(t.quality.issues) - {"no_text"} for t in texts[:FIRST_PAGES])  # OCR or a broken layer
    meta = build_meta(path, name, sha, len(pages), manifest,
                      gather(name, info, lines_pp, doc["cleaned"], doc["body"], suspect))
    parsed = _assemble(meta, doc)
    parsed.warnings[:0] = text_warnings
    if not any(_WORD.search(c.text) for c in parsed.chunks):
        raise NoSearchableTextError(
            file_name or path, f"no searchable text: {len(pages)} pages gave 0 chunks (the pages hold only text that "
            "repeats on every page, such as a running header, or no words at all); nothing was indexed")
    parsed.meta.text_sha256 = text_hash(parsed.pages)
    return parsed


_WORD = re.compile(r"[^\W\d_]{2,}")


def text_hash(pages: list[Page]) -> str:
    """sha256 of the normalised page texts (NFC, case-folded, whitespace collapsed, empty pages skipped):
    the same text in another file (re-saved, other producer, other metadata) gives the same hash."""
    norm = (" ".join(unicodedata.normalize("NFC", p.text).casefold().split()) for p in pages)
    return hashlib.sha256("\f".join(t for t in norm if t).encode("utf-8")).hexdigest()


def _layout(path: Path, pages, lines_pp: list[list[Line]], sizes) -> dict:
    body = body_size([ln for lines in lines_pp for ln in lines])
    cleaned = remove_repeated(lines_pp, [h for _, h in sizes])
    footers = closing_lines(cleaned)
    raws: list[RawTable] = []
    page_items: list[list[tuple[float, object]]] = []  # per page: (top, Line | RawTable)
    notes_pp: list[list[Line]] = []
    for i, (page, lines) in enumerate(zip(pages, cleaned)):
        w, h = sizes[i]
        pno = i + 1
        lines_body, notes, numbers = split_footnotes(lines, body, h)
        fix_glued_markers(lines_body, numbers)
        words = [wd for ln in lines_body for wd in ln.words]
        singles: list[RawTable] = []
        every = [wd for ln in lines_pp[i] for wd in ln.words]  # the page's words before running headers went
        ruled = join_blocks(find_ruled(page, words, pno, singles, every), singles, lines_body, body)
        for r in ruled:
            fold_wrapped(r)  # a text table's wrapped cells read by column (ingest.tables_rows)
        page_raws = choose_tables(ruled, find_borderless(lines_body, pno, []))
        page_raws = sorted(page_raws + find_text_grids(lines_body, pno, [r.bbox for r in page_raws]),
                           key=lambda t: t.bbox[1])
        in_table: set[int] = set()
        for r in page_raws:
            consumed = r.extra.get("lines") or lines_in(r.bbox, lines_body)
            in_table.update(id(ln) for ln in consumed)
        prose = order_columns([ln for ln in lines_body if id(ln) not in in_table])  # tables stay whole
        mark_headings(prose, body, w, h)
        prose_last = max(prose, key=lambda ln: ln.bottom, default=None)
        footer = prose_last is not None and masked(prose_last.text) in footers
        for r in page_raws:
            analyse(r)
            attach_context(r, prose)
            r.first_on_page = not any(ln.bottom <= r.bbox[1] + 1 for ln in prose)
            r.extra["prose_above"] = [ln.text for ln in prose if ln.bottom <= r.bbox[1] + 1]
            r.extra["prose_above_at"] = [(ln.top, ln.text) for ln in prose if ln.bottom <= r.bbox[1] + 1]
            r.last_on_page = not any(ln.top >= r.bbox[3] - 1 and not (ln is prose_last and footer) for ln in prose)
        # reading order: by top, two-column blocks column by column (ingest.columns)
        items: list[tuple[tuple, object]] = [(ln.extra["order"], ln) for ln in prose] + [
            ((r.bbox[1], 0, r.bbox[1]), r) for r in page_raws]
        items.sort(key=lambda t: t[0])
        page_items.append(items)
        notes_pp.append(notes)
        raws.extend(page_raws)
    return {"items": page_items, "notes": notes_pp, "raws": raws, "body": body, "cleaned": cleaned}


def _page_blocks(items, notes: list[Line], pno: int, raw_index: dict[int, int]) -> list[Block]:
    blocks: list[Block] = []
    run: list[Line] = []
    for _, it in items:
        if isinstance(it, Line):
            run.append(it)
            continue
        blocks.extend(build_blocks(run, pno))
        run = []
        raw: RawTable = it
        idx = raw_index[id(raw)]
        if raw.numeric:
            blocks.append(Block("table", "\n".join(row_texts(raw)), pno, raw.bbox[1], table_index=idx, numeric_table=True))
        else:
            # text tables (e.g. question/answer) stay readable as prose too
            blocks.append(Block("table", "", pno, raw.bbox[1], table_index=idx))
            for r in raw.rows:
                t = " ".join(c.strip() for c in r if c.strip())
                if t:
                    blocks.append(Block("para", re.sub(r"\s+", " ", t), pno, raw.bbox[1]))
    blocks.extend(build_blocks(run + notes, pno))
    return blocks


def _assemble(meta: DocumentMeta, doc: dict) -> ParsedDocument:
    raws: list[RawTable] = doc["raws"]
    raw_index = {id(r): k for k, r in enumerate(raws)}
    blocks: list[Block] = []
    pages: list[Page] = []
    for i, (items, notes) in enumerate(zip(doc["items"], doc["notes"])):
        pb = _page_blocks(items, notes, i + 1, raw_index)
        for b in pb:
            b.text = unicodedata.normalize("NFC", b.text)
        blocks.extend(pb)
        text = "\n".join(b.text for b in pb if b.text)
        pt: PageText = doc["texts"][i]
        pages.append(Page(doc_id=meta.doc_id, number=i + 1, text=text, ocr=pt.ocr, quality_issues=list(pt.quality.issues) + [f"mended:{i}" for i in pt.mended]))
    sections = [Section(doc_id=meta.doc_id, heading=b.text, page=b.page, level=b.level) for b in blocks if b.kind == "heading"]
    # section in force at each table
    section_at: dict[int, str | None] = {}
    cur = None
    for b in blocks:
        if b.kind == "heading":
            cur = b.text
        elif b.kind == "table" and b.table_index is not None:
            section_at[b.table_index] = cur
    tables: list[Table] = []
    table_of_raw: dict[int, list[Table]] = {}
    per_page_count: dict[int, int] = {}
    inherit_headers(raws)
    groups = link_continuations(raws)
    heading_groups: dict[str, int] = {}
    for group in groups:
        if group[0].heading:
            heading_groups[group[0].heading] = heading_groups.get(group[0].heading, 0) + 1
    for group in groups:
        group[0].extra["shared_heading"] = heading_groups.get(group[0].heading or "", 0) >= 2
        first = group[0]
        per_page_count[first.page] = per_page_count.get(first.page, 0) + 1
        t = build_table(group, meta.doc_id, per_page_count[first.page], section_at.get(raw_index[id(first)]))
        if not t.rows:
            continue
        parts = split_inner_headers(t)
        tables.extend(parts)
        for r in group:
            table_of_raw[raw_index[id(r)]] = parts
    chunks = make_chunks(blocks, meta, table_of_raw, section_at)
    warnings = [f"{t.id}: {w}" for t in tables for w in t.warnings]
    return ParsedDocument(meta=meta, pages=pages, sections=sections, chunks=chunks, tables=tables, warnings=warnings)
