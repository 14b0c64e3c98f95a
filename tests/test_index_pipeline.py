"""ingest_paths / ingest_file on real PDFs (written with reportlab) and the demo corpus."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from index import open_index
from index.pipeline import ingest_file, ingest_paths
from rodatraden.errors import NotAPdfError
from tests.pdfs import write_pdf


V1 = [
    ["Granskning av investeringsprocessen", "", "Revisorerna har granskat hur nämnden styr investeringarna.",
     "Granskningen visar att uppföljningen av investeringsprojekten är bristfällig.",
     "Vi rekommenderar att nämnden inför kvartalsvis uppföljning av alla investeringsprojekt."],
    ["Bedömning", "", "Sammantaget bedömer vi att den interna kontrollen inte är tillräcklig.",
     "Nämnden behöver tydliggöra ansvarsfördelningen mellan förvaltningarna."],
]
V2 = [
    ["Granskning av kollektivtrafiken", "", "Revisorerna har granskat färdtjänstens kvalitet och kostnader.",
     "Antalet klagomål på färdtjänsten har minskat under året.",
     "Vi rekommenderar att trafiknämnden följer upp avtalen med entreprenörerna."],
]


def _pdf_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    write_pdf(folder / "granskning-investeringar-2023.pdf", V1)
    (folder / "manifest.json").write_text(
        json.dumps({"files": [{"file": "granskning-investeringar-2023.pdf", "title": "Granskning av investeringar",
                               "document_type": "granskningsrapport", "year": 2023}]}, ensure_ascii=False),
        encoding="utf-8",
    )
    return folder


def test_folder_ingest_bad_files_fail_good_ones_go_in(tmp_path, tmp_settings, embedder):
    folder = _pdf_folder(tmp_path)
    (folder / "a-empty.pdf").write_bytes(b"")
    (folder / "b-not-a-pdf.pdf").write_text("hej, jag är en textfil", encoding="utf-8")
    (folder / "c-truncated.pdf").write_bytes((folder / "granskning-investeringar-2023.pdf").read_bytes()[:300])
    lines: list[str] = []
    with open_index(tmp_settings, embedder) as idx:
        outcomes = ingest_paths(idx, [folder, tmp_path / "missing.pdf"], progress=lines.append)
        by_name = {Path(o.path).name: o for o in outcomes}
        good = by_name["granskning-investeringar-2023.pdf"]
        assert good.status == "added" and good.pages == 2 and good.chunks > 0
        for bad in ("a-empty.pdf", "b-not-a-pdf.pdf", "c-truncated.pdf", "missing.pdf"):
            o = by_name[bad]
            assert o.status == "failed" and o.error_code and bad in o.error and "\n" not in o.error
        assert by_name["a-empty.pdf"].error_code == "empty_file"
        assert by_name["b-not-a-pdf.pdf"].error_code == "not_a_pdf"
        docs = idx.documents()
        assert [d.meta.doc_id for d in docs] == [good.doc_id]
        meta = docs[0].meta
        assert (meta.title, meta.document_type, meta.year) == ("Granskning av investeringar", "granskningsrapport", 2023)
        assert len(lines) == 5 and lines[0].startswith("[1/5] ")
        assert any("2 sidor" in ln and "granskning-investeringar-2023.pdf" in ln for ln in lines)
        assert idx.keyword_search("kvartalsvis uppföljning", 1)[0].chunk.doc_id == good.doc_id


def test_unchanged_file_is_skipped_and_changed_file_replaces_everywhere(tmp_path, tmp_settings, embedder):
    folder = _pdf_folder(tmp_path)
    pdf = folder / "granskning-investeringar-2023.pdf"
    with open_index(tmp_settings, embedder) as idx:
        (first,) = ingest_paths(idx, [pdf])
        gen = idx.generation
        (again,) = ingest_paths(idx, [folder])
        assert again.status == "unchanged" and again.doc_id == first.doc_id and idx.generation == gen
        old_ids = {c.id for c in idx.chunks(first.doc_id)}

        write_pdf(pdf, V2)  # same file name, different content
        (changed,) = ingest_paths(idx, [pdf])
        assert changed.status == "replaced" and changed.doc_id == first.doc_id and changed.pages == 1
        new_ids = {c.id for c in idx.chunks(first.doc_id)}
        assert new_ids and not (new_ids & old_ids)
        assert set(idx.collection.get(include=[])["ids"]) == new_ids
        assert idx.keyword_search("kvartalsvis", 5) == []
        assert idx.keyword_search("färdtjänsten", 1)[0].chunk.id in new_ids
        assert "färdtjänst" in idx.page(first.doc_id, 1).text
        assert idx.dense_search("complaints about the paratransit service", 1)[0].chunk.id in new_ids
        assert idx.document(first.doc_id).meta.sha256 == idx.find_by_hash(idx.document(first.doc_id).meta.sha256).sha256


def test_ingest_file_with_explicit_doc_id(tmp_path, tmp_settings, embedder):
    folder = _pdf_folder(tmp_path)
    upload = tmp_path / "upload.pdf"
    shutil.copy(folder / "granskning-investeringar-2023.pdf", upload)
    with open_index(tmp_settings, embedder) as idx:
        out = ingest_file(idx, upload, doc_id="min-uppladdning")
        assert out.status == "added" and out.doc_id == "min-uppladdning"
        assert all(c.doc_id == "min-uppladdning" for c in idx.chunks("min-uppladdning"))
        assert ingest_file(idx, upload, doc_id="min-uppladdning").status == "unchanged"
        with pytest.raises(NotAPdfError):
            ingest_file(idx, tmp_path / "nope.pdf")


def test_corpus_index_fixture(corpus_index):
    docs = {d.meta.doc_id: d for d in corpus_index.documents()}
    assert sum(d.meta.pages for d in docs.values()) == 53
    assert all(d.chunks > 0 for d in docs.values())
    assert corpus_index.tables() and all(t.doc_id in docs for t in corpus_index.tables())
    hit = corpus_index.dense_search("Hur fungerar budgetprocessen?", 3)
    assert hit and all(h.chunk.doc_id in docs for h in hit)
    assert corpus_index.keyword_search("budgetprocessen", 3)


def test_a_corrected_manifest_entry_updates_an_unchanged_file(tmp_path, tmp_settings, embedder):
    folder = tmp_path / "korpus"
    folder.mkdir()
    pdf = write_pdf(folder / "granskning-investeringar-2023.pdf", V1)
    manifest = folder / "manifest.json"

    def entry(title: str, year: int) -> None:
        manifest.write_text(json.dumps({"files": [{"file": pdf.name, "title": title, "year": year,
                                                   "document_type": "granskningsrapport"}]}), encoding="utf-8")

    entry("Granskning av investeringar", 2022)
    with open_index(tmp_settings, embedder) as idx:
        first = ingest_file(idx, pdf)
        assert first.status == "added"
        entry("Granskning av investeringsprocessen", 2023)  # the same PDF, its metadata corrected
        again = ingest_file(idx, pdf)
        assert again.status == "replaced" and again.doc_id == first.doc_id
        meta = idx.document(first.doc_id).meta
        assert (meta.title, meta.year) == ("Granskning av investeringsprocessen", 2023)
        assert len(idx.documents()) == 1
        assert ingest_file(idx, pdf).status == "unchanged"  # nothing new the third time
