"""`rodatraden doctor` finds every difference between the stores and repairs it (real Chroma, real embedder),
and the vector outbox leaves no orphan when Chroma refuses a delete."""

from __future__ import annotations

import subprocess
import sys

from index import open_index
from index.doctor import check, repair
from tests.conftest import REPO_ROOT, make_parsed

TEXTS = ["Budgeten för kulturnämnden är 12 mnkr.", "Utfallet blev 11 mnkr efter besparingar."]


def test_doctor_reports_and_repairs_missing_orphan_and_stale_vectors(tmp_settings, embedder) -> None:
    with open_index(tmp_settings, embedder) as idx:
        idx.add(make_parsed("kultur", "v1", TEXTS))
        assert check(idx).consistent
        ids = sorted(c.id for c in idx.chunks("kultur"))
        coll = idx.collection
        coll.delete(ids=[ids[0]])  # a lost vector
        coll.add(ids=["gone:v0:0"], embeddings=[[0.1] * embedder.dim], metadatas=[{"doc_id": "gone"}])  # an orphan
        coll.update(ids=[ids[1]], metadatas=[{"doc_id": "annat"}])  # stale metadata
        report = check(idx)
        assert report.missing_vectors == [ids[0]] and report.orphan_vectors == ["gone:v0:0"]
        assert report.stale_metadata == [ids[1]] and not report.consistent
        after = repair(idx, report)
        assert after.consistent and after.repaired and after.vectors == len(ids)
        hits = idx.dense_search("kulturnämndens budget", 3, None)
        assert {h.chunk.id for h in hits} == set(ids)


def test_doctor_command_exit_codes(tmp_settings, embedder) -> None:
    with open_index(tmp_settings, embedder) as idx:
        idx.add(make_parsed("kultur", "v1", TEXTS))
        idx.collection.delete(ids=[c.id for c in idx.chunks("kultur")][:1])
    env = {"RODATRADEN_DATA_DIR": str(tmp_settings.data_dir), "PYTHONPATH": str(REPO_ROOT), "PATH": "/usr/bin:/bin"}

    def doctor(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "assistant.cli", "doctor", *args], env=env, cwd=REPO_ROOT,
                              capture_output=True, text=True, timeout=300)

    first = doctor()
    assert first.returncode == 1 and "1 saknar vektor" in first.stdout, first.stdout + first.stderr
    fixed = doctor("--repair")
    assert fixed.returncode == 0 and "lagren stämmer" in fixed.stdout, fixed.stdout + fixed.stderr
    assert doctor().returncode == 0
