"""Retrieval chunks: a few sentences to a few paragraphs (about 60-220 words), never crossing a section,
list items kept with their lead-in; one chunk per table (kind="table"), or per row group of a long table."""

from __future__ import annotations

import hashlib
import re

from ingest.clean import Block
from ingest.models import Chunk, DocumentMeta, Table

MIN_WORDS = 60
TARGET_WORDS = 160
MAX_WORDS = 220


def _words(text: str) -> int:
    return len(text.split())


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9\"”•▪])", text)
    return [p for p in parts if p.strip()]


def table_pieces(t: Table) -> list[str]:
    """A table's retrieval text, cut into row groups of at most MAX_WORDS words when it is longer (each piece
    repeats the title, unit and header line), so that no table chunk runs past the embedding model's limit."""
    text = t.render_text()
    if _words(text) <= MAX_WORDS:
        return [text]
    lines = text.split("\n")
    head_n = 1 + bool(t.unit) + bool(" ".join(c for c in t.columns if c.strip()))
    head, rows = lines[:head_n], lines[head_n:]
    pieces: list[str] = []
    cur: list[str] = []
    budget = MAX_WORDS - _words("\n".join(head))
    for row in rows:
        if cur and _words("\n".join(cur)) + _words(row) > budget:
            pieces.append("\n".join(head + cur))
            cur = []
        cur.append(row)
    if cur:
        pieces.append("\n".join(head + cur))
    return pieces


def _split_block(b: Block) -> list[Block]:
    """A block longer than MAX_WORDS is cut at sentence ends (words as a last resort)."""
    if _words(b.text) <= MAX_WORDS:
        return [b]
    pieces: list[str] = []
    cur = ""
    for s in _sentences(b.text):
        if _words(s) > MAX_WORDS:
            ws = s.split()
            for k in range(0, len(ws), TARGET_WORDS):
                if cur:
                    pieces.append(cur)
                    cur = ""
                pieces.append(" ".join(ws[k : k + TARGET_WORDS]))
            continue
        if cur and _words(cur) + _words(s) > TARGET_WORDS:
            pieces.append(cur)
            cur = s
        else:
            cur = (cur + " " + s).strip()
    if cur:
        pieces.append(cur)
    return [Block(b.kind, p, b.page, b.top) for p in pieces]


def _units(blocks: list[Block]) -> list[list[Block]]:
    """Group a lead-in paragraph with the list items after it; a run of items stays together."""
    units: list[list[Block]] = []
    for b in blocks:
        if b.kind == "item" and units and units[-1][-1].kind in ("item", "para", "heading") and (
            units[-1][-1].kind == "item" or units[-1][-1].text.rstrip().endswith(":") or _words(units[-1][-1].text) <= 25
        ):
            units[-1].append(b)
        else:
            units.append([b])
    out: list[list[Block]] = []
    for u in units:
        if sum(_words(b.text) for b in u) <= MAX_WORDS:
            out.append(u)
            continue
        cur: list[Block] = []
        for b in u:
            for piece in _split_block(b):
                if cur and sum(_words(x.text) for x in cur) + _words(piece.text) > MAX_WORDS:
                    out.append(cur)
                    cur = []
                cur.append(piece)
        if cur:
            out.append(cur)
    return out


def make_chunks(blocks: list[Block], meta: DocumentMeta, tables: dict[int, list[Table]],
                sections_of: dict[int, str | None]) -> list[Chunk]:
    """``blocks`` in document order; ``tables`` maps a table block's table_index to its tables (one, or the parts
    of a grid that held several: ingest.tables.split_inner_headers)."""
    chunks: list[Chunk] = []
    section: str | None = None
    pending: list[Block] = []
    emitted_tables: set[str] = set()

    def emit(text: str, p0: int, p1: int, kind: str = "text", table_id: str | None = None, sec: str | None = None) -> None:
        n = len(chunks)
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
        chunks.append(
            Chunk(
                id=f"{meta.doc_id}:{digest}:{n}",
                doc_id=meta.doc_id,
                title=meta.title,
                document_type=meta.document_type,
                year=meta.year,
                page_start=p0,
                page_end=p1,
                section=sec,
                text=text,
                kind=kind,
                table_id=table_id,
            )
        )

    pages_with_text = {b.page for b in blocks if b.kind not in ("heading", "table") and b.text.strip()}

    def flush() -> None:
        if not pending:
            return
        if all(b.kind == "heading" for b in pending) and all(b.page in pages_with_text for b in pending):
            pending.clear()  # a bare heading (its text follows under a sub-heading or in a table chunk)
            return
        for unit_group in _pack(_units(pending)):
            text = "\n".join(b.text for b in unit_group)
            emit(text, min(b.page for b in unit_group), max(b.page for b in unit_group), sec=section)
        pending.clear()

    for i, b in enumerate(blocks):
        if b.kind == "heading":
            flush()
            section = b.text
            pending.append(b)
            continue
        if b.kind == "table":
            flush()
            for t in tables.get(b.table_index, []) if b.table_index is not None else []:
                if t.id in emitted_tables:
                    continue
                emitted_tables.add(t.id)
                for piece in table_pieces(t):
                    emit(piece, t.page, t.page_end or t.page, kind="table", table_id=t.id,
                         sec=sections_of.get(b.table_index, section))
            continue
        pending.append(b)
    flush()
    return chunks


def _pack(units: list[list[Block]]) -> list[list[Block]]:
    out: list[list[Block]] = []
    cur: list[Block] = []
    n = 0
    for u in units:
        uw = sum(_words(b.text) for b in u)
        only_heading = all(b.kind == "heading" for b in cur)
        if cur and not only_heading and (n + uw > MAX_WORDS or n >= TARGET_WORDS) and n >= MIN_WORDS:
            out.append(cur)
            cur, n = [], 0
        elif cur and not only_heading and n + uw > MAX_WORDS * 1.25:
            out.append(cur)
            cur, n = [], 0
        cur.extend(u)
        n += uw
    if cur:
        out.append(cur)
    return out
