"""SQLite document/page/chunk/table store (WAL). Plain functions over a connection.

The table store holds the typed tables (``tables``, one JSON per table) and their cells (``cells``,
one row per cell with its row label, column header, raw text and parsed value).
A single counter ``meta.generation`` increments on every committed change.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from ingest.models import Chunk, DocumentMeta, Page, ParsedDocument, Section, Table

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT OR IGNORE INTO meta(key, value) VALUES ('generation', '0');
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, meta TEXT NOT NULL, sha256 TEXT NOT NULL, created TEXT NOT NULL,
    warnings TEXT NOT NULL DEFAULT '[]');
CREATE INDEX IF NOT EXISTS documents_sha ON documents(sha256);
CREATE TABLE IF NOT EXISTS pages (
    doc_id TEXT NOT NULL, number INTEGER NOT NULL, text TEXT NOT NULL, ocr INTEGER NOT NULL DEFAULT 0,
    quality TEXT NOT NULL DEFAULT '', PRIMARY KEY (doc_id, number));
CREATE TABLE IF NOT EXISTS sections (
    doc_id TEXT NOT NULL, seq INTEGER NOT NULL, heading TEXT NOT NULL, page INTEGER NOT NULL, level INTEGER NOT NULL,
    PRIMARY KEY (doc_id, seq));
CREATE TABLE IF NOT EXISTS chunks (
    id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, seq INTEGER NOT NULL, title TEXT NOT NULL,
    document_type TEXT, year INTEGER, page_start INTEGER NOT NULL, page_end INTEGER NOT NULL,
    section TEXT, text TEXT NOT NULL, kind TEXT NOT NULL, table_id TEXT);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id, seq);
CREATE TABLE IF NOT EXISTS tables (
    id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, seq INTEGER NOT NULL, page INTEGER NOT NULL, json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS tables_doc ON tables(doc_id, seq);
CREATE TABLE IF NOT EXISTS cells (
    table_id TEXT NOT NULL, row INTEGER NOT NULL, col INTEGER NOT NULL, label TEXT NOT NULL,
    header TEXT, raw TEXT NOT NULL, value REAL, PRIMARY KEY (table_id, row, col));
"""

CHUNK_COLS = "id, doc_id, title, document_type, year, page_start, page_end, section, text, kind, table_id"


def connect(path: Path, synchronous: str = "FULL") -> sqlite3.Connection:
    """WAL with ``synchronous=FULL``: the WAL is fsynced at every COMMIT, so a committed document survives an OS
    crash or a power loss (with NORMAL, the last commits before such a crash may be rolled back; the database is
    never corrupted either way). Readers never wait for the writer."""
    if synchronous.upper() not in ("OFF", "NORMAL", "FULL", "EXTRA"):
        raise ValueError(f"synchronous must be OFF, NORMAL, FULL or EXTRA, not {synchronous!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=30.0, isolation_level=None, check_same_thread=False)  # autocommit; explicit BEGIN
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(f"PRAGMA synchronous={synchronous.upper()}")
    conn.execute("PRAGMA busy_timeout=30000")
    return conn


def init_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA + OUTBOX_SCHEMA)
    cols = {r[1] for r in conn.execute("PRAGMA table_info(pages)")}
    for name, decl in (("ocr", "INTEGER NOT NULL DEFAULT 0"), ("quality", "TEXT NOT NULL DEFAULT ''")):
        if name not in cols:  # a store written before OCR: its pages were all read from the text layer
            conn.execute(f"ALTER TABLE pages ADD COLUMN {name} {decl}")


def _page(row: tuple) -> Page:
    d, n, t, ocr, quality = row
    return Page(doc_id=d, number=n, text=t, ocr=bool(ocr), quality_issues=[q for q in quality.split(",") if q])


def generation(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key='generation'").fetchone()
    return int(row[0]) if row else 0


def _bump(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key='generation'")


# --- reads -------------------------------------------------------------------------
def _chunk(row: tuple) -> Chunk:
    keys = [k.strip() for k in CHUNK_COLS.split(",")]
    return Chunk(**dict(zip(keys, row)))


def get_meta(conn: sqlite3.Connection, doc_id: str) -> DocumentMeta | None:
    row = conn.execute("SELECT meta FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
    return DocumentMeta.model_validate_json(row[0]) if row else None


def find_by_hash(conn: sqlite3.Connection, sha256: str) -> DocumentMeta | None:
    row = conn.execute("SELECT meta FROM documents WHERE sha256=? ORDER BY doc_id LIMIT 1", (sha256,)).fetchone()
    return DocumentMeta.model_validate_json(row[0]) if row else None


def has_document(conn: sqlite3.Connection, doc_id: str) -> bool:
    return conn.execute("SELECT 1 FROM documents WHERE doc_id=?", (doc_id,)).fetchone() is not None


def document(conn: sqlite3.Connection, doc_id: str) -> tuple[DocumentMeta, int, int] | None:
    row = conn.execute(
        "SELECT d.meta, (SELECT COUNT(*) FROM chunks c WHERE c.doc_id=d.doc_id),"
        " (SELECT COUNT(*) FROM tables t WHERE t.doc_id=d.doc_id) FROM documents d WHERE d.doc_id=?", (doc_id,)
    ).fetchone()
    return (DocumentMeta.model_validate_json(row[0]), row[1], row[2]) if row else None


def documents(conn: sqlite3.Connection) -> list[tuple[DocumentMeta, int, int]]:
    rows = conn.execute(
        "SELECT d.meta, (SELECT COUNT(*) FROM chunks c WHERE c.doc_id=d.doc_id),"
        " (SELECT COUNT(*) FROM tables t WHERE t.doc_id=d.doc_id) FROM documents d ORDER BY d.doc_id"
    ).fetchall()
    return [(DocumentMeta.model_validate_json(m), n_c, n_t) for m, n_c, n_t in rows]


def pages(conn: sqlite3.Connection, doc_id: str) -> list[Page]:
    rows = conn.execute("SELECT doc_id, number, text, ocr, quality FROM pages WHERE doc_id=? ORDER BY number", (doc_id,))
    return [_page(r) for r in rows]


def page(conn: sqlite3.Connection, doc_id: str, number: int) -> Page | None:
    row = conn.execute("SELECT doc_id, number, text, ocr, quality FROM pages WHERE doc_id=? AND number=?", (doc_id, number)).fetchone()
    return _page(row) if row else None


def sections(conn: sqlite3.Connection, doc_id: str) -> list[Section]:
    rows = conn.execute("SELECT heading, page, level FROM sections WHERE doc_id=? ORDER BY seq", (doc_id,))
    return [Section(doc_id=doc_id, heading=h, page=p, level=lv) for h, p, lv in rows]


def chunks(conn: sqlite3.Connection, doc_id: str | None = None) -> list[Chunk]:
    if doc_id is None:
        rows = conn.execute(f"SELECT {CHUNK_COLS} FROM chunks ORDER BY doc_id, seq")
    else:
        rows = conn.execute(f"SELECT {CHUNK_COLS} FROM chunks WHERE doc_id=? ORDER BY seq", (doc_id,))
    return [_chunk(r) for r in rows]


def chunks_by_id(conn: sqlite3.Connection, ids: list[str]) -> list[Chunk]:
    """Chunks in the order of ``ids``; ids not in the store are skipped."""
    found: dict[str, Chunk] = {}
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        q = f"SELECT {CHUNK_COLS} FROM chunks WHERE id IN ({','.join('?' * len(part))})"
        for r in conn.execute(q, part):
            found[r[0]] = _chunk(r)
    return [found[i] for i in ids if i in found]


def chunk_ids(conn: sqlite3.Connection, doc_id: str) -> list[str]:
    return [r[0] for r in conn.execute("SELECT id FROM chunks WHERE doc_id=?", (doc_id,))]


def tables(conn: sqlite3.Connection, doc_id: str | None = None) -> list[Table]:
    if doc_id is None:
        rows = conn.execute("SELECT json FROM tables ORDER BY doc_id, seq")
    else:
        rows = conn.execute("SELECT json FROM tables WHERE doc_id=? ORDER BY seq", (doc_id,))
    return [Table.model_validate_json(r[0]) for r in rows]


def table(conn: sqlite3.Connection, table_id: str) -> Table | None:
    row = conn.execute("SELECT json FROM tables WHERE id=?", (table_id,)).fetchone()
    return Table.model_validate_json(row[0]) if row else None


# --- writes (call inside one transaction) ------------------------------------------
def delete_document(conn: sqlite3.Connection, doc_id: str) -> None:
    conn.execute("DELETE FROM cells WHERE table_id IN (SELECT id FROM tables WHERE doc_id=?)", (doc_id,))
    for name in ("tables", "chunks", "sections", "pages", "documents"):
        conn.execute(f"DELETE FROM {name} WHERE doc_id=?", (doc_id,))
    _bump(conn)


def update_meta(conn: sqlite3.Connection, meta: DocumentMeta) -> None:
    """A document's metadata and the chunks' copies of it (title, type, year); text and vectors unchanged."""
    conn.execute("UPDATE documents SET meta=? WHERE doc_id=?", (meta.model_dump_json(), meta.doc_id))
    conn.execute("UPDATE chunks SET title=?, document_type=?, year=? WHERE doc_id=?",
                 (meta.title, meta.document_type, meta.year, meta.doc_id))
    _bump(conn)


def insert_document(conn: sqlite3.Connection, parsed: ParsedDocument) -> None:
    meta = parsed.meta
    doc_id = meta.doc_id
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    conn.execute(
        "INSERT INTO documents(doc_id, meta, sha256, created, warnings) VALUES (?,?,?,?,?)",
        (doc_id, meta.model_dump_json(), meta.sha256, now, json.dumps(parsed.warnings, ensure_ascii=False)),
    )
    conn.executemany("INSERT INTO pages(doc_id, number, text, ocr, quality) VALUES (?,?,?,?,?)",
                     [(doc_id, p.number, p.text, int(p.ocr), ",".join(p.quality_issues)) for p in parsed.pages])
    conn.executemany(
        "INSERT INTO sections(doc_id, seq, heading, page, level) VALUES (?,?,?,?,?)",
        [(doc_id, i, s.heading, s.page, s.level) for i, s in enumerate(parsed.sections)],
    )
    conn.executemany(
        f"INSERT INTO chunks({CHUNK_COLS}, seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (c.id, c.doc_id, c.title, c.document_type, c.year, c.page_start, c.page_end, c.section, c.text, c.kind, c.table_id, i)
            for i, c in enumerate(parsed.chunks)
        ],
    )
    for i, t in enumerate(parsed.tables):
        conn.execute("INSERT INTO tables(id, doc_id, seq, page, json) VALUES (?,?,?,?,?)", (t.id, t.doc_id, i, t.page, t.model_dump_json()))
        conn.executemany(
            "INSERT INTO cells(table_id, row, col, label, header, raw, value) VALUES (?,?,?,?,?,?,?)",
            [
                (t.id, r, c, row.label, t.columns[c + 1] if c + 1 < len(t.columns) else None, cell.raw, cell.value)
                for r, row in enumerate(t.rows)
                for c, cell in enumerate(row.cells)
            ],
        )
    _bump(conn)


# --- vector outbox: ids that may be in Chroma and must go unless they are live chunks ------------
OUTBOX_SCHEMA = "CREATE TABLE IF NOT EXISTS vector_outbox (id TEXT PRIMARY KEY);"


def outbox_add(conn: sqlite3.Connection, ids: list[str]) -> None:
    conn.executemany("INSERT OR IGNORE INTO vector_outbox(id) VALUES (?)", [(i,) for i in ids])


def outbox_remove(conn: sqlite3.Connection, ids: list[str]) -> None:
    conn.executemany("DELETE FROM vector_outbox WHERE id=?", [(i,) for i in ids])


def outbox(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT id FROM vector_outbox ORDER BY id")]


def all_chunk_ids(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT id FROM chunks")}
