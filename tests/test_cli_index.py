"""`rodatraden ingest | documents | tables | remove` through assistant.cli.main and one real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import main
from index import open_index
from tests.conftest import make_parsed
from tests.pdfs import write_pdf
from tests.test_index_pipeline import V1



def test_ingest_documents_remove(tmp_path, data_dir, capsys):
    folder = tmp_path / "pdfs"
    folder.mkdir()
    write_pdf(folder / "granskning-investeringar-2023.pdf", V1)
    (folder / "trasig.pdf").write_text("inte en pdf", encoding="utf-8")

    assert main(["ingest", str(folder)]) == 1  # one file failed
    err = capsys.readouterr().err
    assert "[1/2] granskning-investeringar-2023.pdf … 2 sidor" in err
    assert any(ln.startswith("fel: trasig.pdf: ") for ln in err.splitlines())

    assert main(["documents", "--json"]) == 0
    docs = json.loads(capsys.readouterr().out)
    assert [d["doc_id"] for d in docs] == ["granskning-investeringar-2023"]
    assert docs[0]["pages"] == 2 and docs[0]["chunks"] > 0 and docs[0]["title"]

    assert main(["documents"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["doc_id", "titel", "typ", "år", "samling", "sidor", "chunkar", "tabeller"]
    assert out[2].startswith("granskning-investeringar-2023 ")

    assert main(["ingest", str(folder / "granskning-investeringar-2023.pdf")]) == 0
    assert "oförändrad" in capsys.readouterr().err

    assert main(["remove", "granskning-investeringar-2023"]) == 0
    capsys.readouterr()
    assert main(["remove", "granskning-investeringar-2023"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("fel: ") and "granskning-investeringar-2023" in err
    assert main(["documents", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_tables_json(data_dir, capsys, embedder):
    from rodatraden.settings import get_settings

    with open_index(get_settings(), embedder) as idx:
        idx.add(make_parsed("rapport-a", "v1", ["Driftredovisning för regionen."], table_value=-166311))
        idx.add(make_parsed("rapport-b", "v1", ["Något helt annat."]))

    assert main(["tables", "--json"]) == 0
    tables = json.loads(capsys.readouterr().out)
    assert [t["doc_id"] for t in tables] == ["rapport-a", "rapport-b"]
    assert main(["tables", "--doc", "rapport-a", "--json"]) == 0
    (t,) = json.loads(capsys.readouterr().out)
    assert t["page"] == 1 and t["title"] == "Tabell 1: Driftredovisning" and t["unit"] == "tkr"
    assert t["columns"] == ["Post", "Budget 2023"]
    assert t["rows"] == [{"label": "Nettokostnad", "cells": [{"raw": "-166 311", "value": -166311.0}]}]

    assert main(["tables", "--doc", "finns-inte", "--json"]) == 2
    assert "finns-inte" in capsys.readouterr().err


def test_remove_unknown_prints_one_line(data_dir, capsys):
    assert main(["remove", "finns-inte"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("fel: ") and "finns-inte" in err[0]


def test_documents_via_subprocess(tmp_path, embedder):
    data = tmp_path / "data"
    from rodatraden.settings import get_settings

    with open_index(get_settings(data_dir=data), embedder) as idx:
        idx.add(make_parsed("rapport-a", "v1", ["Driftredovisning för regionen."]))
    exe = Path(sys.executable).parent / "rodatraden"
    env = {**os.environ, "RODATRADEN_DATA_DIR": str(data)}
    env.pop("RODATRADEN_CHROMA_HOST", None)
    proc = subprocess.run([str(exe), "documents", "--json"], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert [d["doc_id"] for d in json.loads(proc.stdout)] == ["rapport-a"]
