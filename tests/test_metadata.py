"""Document metadata set by a person: CLI `documents set`, the index's update (no re-embedding), the kept original."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli import main
from index import open_index
from index.files import file_path
from index.models import SearchFilters
from tests.pdfs import write_pdf

PAGES = ["Rapport om kollektivtrafik\nResandet med buss ökade till 4 200 000 resor under året.",
         "Sida två\nKostnaden för färdtjänst var 88 mnkr."]



def test_documents_set_changes_metadata_without_re_embedding(tmp_path, data_dir, capsys) -> None:
    pdf = write_pdf(tmp_path / "trafikrapport.pdf", PAGES, title="Trafikrapport")
    assert main(["ingest", str(pdf)]) == 0
    assert file_path(data_dir, "trafikrapport").read_bytes() == pdf.read_bytes()  # the original is kept
    from rodatraden.settings import get_settings

    with open_index(get_settings()) as index:
        ids = [c.id for c in index.chunks("trafikrapport")]
        before = index.collection.get(ids=ids, include=["embeddings"])
        generation = index.generation
    capsys.readouterr()

    assert main(["documents", "set", "trafikrapport", "--type", "Verksamhetsberättelse", "--year", "2023",
                 "--organisation", "Region Testlän", "--period", "januari–december 2023", "--date", "2024-02-20",
                 "--title", "Kollektivtrafiken 2023", "--collection", "trafik"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["document_type"] == "verksamhetsberättelse" and shown["year"] == 2023
    assert shown["collection"] == "trafik" and shown["period"] == "januari–december 2023"

    with open_index(get_settings()) as index:
        meta = index.document("trafikrapport").meta
        assert (meta.title, meta.organisation, meta.date) == ("Kollektivtrafiken 2023", "Region Testlän", "2024-02-20")
        assert index.generation > generation
        chunks = index.chunks("trafikrapport")
        assert [c.id for c in chunks] == ids  # same chunks
        assert {c.title for c in chunks} == {"Kollektivtrafiken 2023"} and {c.year for c in chunks} == {2023}
        after = index.collection.get(ids=ids, include=["embeddings", "metadatas"])
        assert sorted(after["ids"]) == sorted(before["ids"])
        old = dict(zip(before["ids"], before["embeddings"]))
        assert all((old[i] == v).all() for i, v in zip(after["ids"], after["embeddings"]))  # vectors untouched
        assert {m["year"] for m in after["metadatas"]} == {2023}
        # Chroma's own filter sees the new values
        hits = index.dense_search("färdtjänst kostnad", 3, SearchFilters(year=2023))
        assert hits and hits[0].chunk.doc_id == "trafikrapport"
        assert not index.dense_search("färdtjänst kostnad", 3, SearchFilters(year=2022))

    assert main(["documents", "--collection", "trafik", "--json"]) == 0
    assert [d["doc_id"] for d in json.loads(capsys.readouterr().out)] == ["trafikrapport"]
    assert main(["documents", "set", "trafikrapport", "--year", "tjugo"]) == 2
    assert capsys.readouterr().err.startswith("fel: year")
    assert main(["documents", "set", "trafikrapport", "--collection", "Ogiltig Samling!"]) == 2
    assert main(["documents", "set", "finns-inte", "--year", "2020"]) == 2

    assert main(["remove", "trafikrapport"]) == 0
    assert not file_path(data_dir, "trafikrapport").exists()
