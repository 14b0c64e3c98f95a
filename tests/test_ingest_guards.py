"""`rodatraden ingest` on odd file names, duplicates, empty documents, the size limit and the time budget
(assistant.cli.main in-process, real PDFs written with reportlab, real index)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assistant.cli import main
from tests.pdfs import write_pdf

TEXT = ["Årsredovisning för räkenskapsåret 2023", "Styrelsen för Brf Kornblixten avger härmed årsredovisning.",
        "Föreningen har under året bytt samtliga stammar i fastigheten."]



def _docs(capsys) -> dict[str, dict]:
    capsys.readouterr()
    assert main(["documents", "--json"]) == 0
    return {d["doc_id"]: d for d in json.loads(capsys.readouterr().out)}


def test_odd_file_names_become_stable_doc_ids(tmp_path, data_dir, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    long_name = "Styrelsens rapport om " + "stammar och tak " * 14 + ".pdf"  # over 200 characters
    names = ["Årsredovisning 2023.pdf", "-ledande – streck 🎉.pdf", long_name, "årsredovisning-2023.pdf"]
    for k, name in enumerate(names):
        write_pdf(folder / name, [[f"Dokument nummer {k} om stammar", *TEXT[1:], f"Kod {k * 7919} gäller."]])
    assert main(["ingest", str(folder)]) == 0, capsys.readouterr().err
    docs = _docs(capsys)
    by_name = {d["file_name"]: d["doc_id"] for d in docs.values()}
    assert set(by_name) == set(names)  # the original names are kept
    assert by_name["Årsredovisning 2023.pdf"] in {"arsredovisning-2023", "arsredovisning-2023-2"}
    assert {by_name["Årsredovisning 2023.pdf"], by_name["årsredovisning-2023.pdf"]} == {"arsredovisning-2023",
                                                                                         "arsredovisning-2023-2"}
    assert by_name["-ledande – streck 🎉.pdf"] == "ledande-streck"
    assert len(long_name) > 200 and len(by_name[long_name]) <= 80 and by_name[long_name].startswith("styrelsens-rapport")
    # the same document again keeps its id (unchanged), a changed version replaces it under the same id
    before = dict(by_name)
    assert main(["ingest", str(folder / "Årsredovisning 2023.pdf")]) == 0
    assert "oförändrad" in capsys.readouterr().err
    write_pdf(folder / "Årsredovisning 2023.pdf", [["En ny version om hissar", *TEXT[1:]]])
    assert main(["ingest", str(folder / "Årsredovisning 2023.pdf")]) == 0
    assert "ersatt" in capsys.readouterr().err
    docs = _docs(capsys)
    assert {d["file_name"]: d["doc_id"] for d in docs.values()} == before


def test_byte_and_text_duplicates_are_reported_not_indexed(tmp_path, data_dir, capsys):
    original = write_pdf(tmp_path / "Årsredovisning 2023.pdf", [TEXT], title="Första titeln")
    byte_copy = tmp_path / "kopia.pdf"
    shutil.copy(original, byte_copy)
    text_copy = write_pdf(tmp_path / "omsparad.pdf", [TEXT], title="En annan titel")  # other bytes, same text
    assert byte_copy.read_bytes() == original.read_bytes() and text_copy.read_bytes() != original.read_bytes()
    assert main(["ingest", str(original)]) == 0
    capsys.readouterr()
    assert main(["ingest", str(byte_copy), str(text_copy)]) == 0
    err = capsys.readouterr().err
    assert "kopia.pdf … dubblett av arsredovisning-2023 (samma fil)" in err
    assert "omsparad.pdf … dubblett av arsredovisning-2023 (samma text)" in err
    assert "2 dubbletter" in err
    assert set(_docs(capsys)) == {"arsredovisning-2023"}
    assert main(["ingest", "--allow-duplicate", str(text_copy)]) == 0
    assert set(_docs(capsys)) == {"arsredovisning-2023", "omsparad"}


def test_a_document_without_searchable_text_is_an_error(tmp_path, data_dir, capsys):
    pdf = write_pdf(tmp_path / "upprepad.pdf", [["Samma rubrik på varje sida", "Och samma rad under den"]] * 6)
    assert main(["ingest", str(pdf)]) == 1
    err = capsys.readouterr().err.splitlines()
    fail = [ln for ln in err if ln.startswith("fel: upprepad.pdf: ")]
    assert fail and "no searchable text" in fail[0] and "6 pages" in fail[0]
    assert "0 tillagda" in "\n".join(err)
    assert _docs(capsys) == {}


def test_size_limit_and_time_budget(tmp_path, data_dir, capsys, monkeypatch):
    small = write_pdf(tmp_path / "liten.pdf", [TEXT])
    big = write_pdf(tmp_path / "stor.pdf", [[f"Sida {p} handlar om stammar, hissar och tak i föreningen {p * 31}."
                                              for _ in range(40)] for p in range(120)])
    monkeypatch.setenv("RODATRADEN_MAX_UPLOAD_MB", "0")
    assert main(["ingest", str(small)]) == 1
    (line,) = [ln for ln in capsys.readouterr().err.splitlines() if ln.startswith("fel: ")]
    assert "file too large" in line and "limit is 0 MB" in line
    monkeypatch.setenv("RODATRADEN_MAX_UPLOAD_MB", "50")
    monkeypatch.setenv("RODATRADEN_INGEST_TIMEOUT_S", "0.5")
    assert main(["ingest", str(big), str(small)]) == 1  # the slow file fails, the next one still goes in
    err = capsys.readouterr().err.splitlines()
    (line,) = [ln for ln in err if ln.startswith("fel: ")]
    assert line.startswith("fel: stor.pdf: gave up after 0.5 s") and "RODATRADEN_INGEST_TIMEOUT_S" in line
    assert any("liten.pdf … 1 sidor" in ln for ln in err)
    assert set(_docs(capsys)) == {"liten"}
