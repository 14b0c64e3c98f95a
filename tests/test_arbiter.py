"""The arbiter (assistant/strategies/arbiter.py) on a real housing cooperative's annual report (its text layer has a
broken font encoding, repaired at ingest): asked a count, a table row whose numbers are of another kind (a note's
revenue from charging posts) gives way to the sentence that counts the parking spaces, rather than a refusal or the
row. Real pdfplumber, Chroma and the embedder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.libraries import hybrid_assistant

DATA = Path(__file__).parent / "data"
REPORT = "brf-husarvikens-strand-badenc.pdf"


@pytest.fixture(scope="module")
def cooperative(tmp_path_factory, embedder, embedding_cache):
    root = tmp_path_factory.mktemp("arbiter")
    pdfs = root / "pdfs"
    pdfs.mkdir()
    shutil.copy(DATA / REPORT, pdfs / REPORT)
    with hybrid_assistant(root, pdfs, embedder, embedding_cache) as assistant:
        yield assistant


@pytest.mark.parametrize("question", [
    "Hur många av föreningens parkeringsplatser har laddstolpar i Husarvikens Strand?",
    "How many of the garage's parking spaces at Husarvikens Strand come with charging posts?",
])
def test_a_table_row_of_another_kind_gives_way_to_the_sentence_that_counts(cooperative, question):
    ans = cooperative.ask(question)
    assert not ans.abstained, (ans.answer, ans.notes)
    assert "15" in ans.answer and "29 676" not in ans.answer, ans.answer
    assert not ans.tables
