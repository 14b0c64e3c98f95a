"""The extractive answerer's unit store follows the index per document version (real PDFs, real index)."""

from __future__ import annotations

from index import open_index
from index.pipeline import ingest_file
from assistant.unit_store import UnitStore
from tests.pdfs import write_pdf


def _texts(store: UnitStore, doc_id: str) -> str:
    return " ".join(u.text for u in store.state().units(doc_id, 1))


def test_only_changed_documents_are_split_again(tmp_path, tmp_settings, embedder) -> None:
    a = write_pdf(tmp_path / "parkering.pdf", [["Parkeringsrapport", "Antalet platser vid sjukhuset var 1 250."]])
    b = write_pdf(tmp_path / "cyklar.pdf", [["Cykelrapport", "Antalet cykelställ vid stationen var 640."]])
    with open_index(tmp_settings, embedder) as idx:
        ingest_file(idx, a, doc_id="parkering")
        ingest_file(idx, b, doc_id="cyklar")
        store = UnitStore(idx)
        first = store.state()
        assert store.state() is first  # nothing new the second time
        kept = first.units("cyklar", 1)
        assert "1 250" in _texts(store, "parkering") and "640" in _texts(store, "cyklar")
        before = dict(first.df)

        write_pdf(a, [["Parkeringsrapport", "Antalet platser vid sjukhuset var 1 300 efter ombyggnaden."]])
        ingest_file(idx, a, doc_id="parkering")
        second = store.state()
        assert second is not first and second.gen > first.gen
        assert "1 300" in _texts(store, "parkering") and "1 250" not in _texts(store, "parkering")
        assert "1 250" in " ".join(u.text for u in first.units("parkering", 1))  # the old state stays whole
        assert second.units("cyklar", 1) is kept  # the unchanged document was not split again
        assert second.df.get("ombyggnad", 0) + second.df.get("ombyggnaden", 0) >= 1

        idx.remove("parkering")
        third = store.state()
        assert third.units("parkering", 1) == []
        fresh = UnitStore(idx).state()
        assert third.df == fresh.df and third.n_units == fresh.n_units  # incremental equals rebuilt
        assert before != third.df and before == first.df
