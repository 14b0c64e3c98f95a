"""Faults on real processes: a Chroma server that goes down and comes back, and a second process (the CLI)
writing the data directory of a running API. No 500s; clear 503s; nothing orphaned; recovery without restart."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from assistant.api.launch import ApiProcess, free_port, ingest_corpus
from tests.conftest import REPO_ROOT, VENV_BIN
from tests.pdfs import write_pdf
from tests.test_api_server import WRITE_KEY, client

pytestmark = pytest.mark.integration
KEYS = {"RODATRADEN_API_KEYS": f"{WRITE_KEY}:write"}
W = {"Authorization": f"Bearer {WRITE_KEY}"}
ODLING = ["Odlingsrapport 2024", "Kommunens stadsodlingar omfattade 42 lotter under 2024.", "Kostnaden var 310 tkr."]
BRYGGOR = ["Bryggrapport 2024", "Hamnen fick 17 nya bryggplatser under 2024.", "Investeringen var 2,4 mnkr."]


def _chroma(path: Path, port: int) -> subprocess.Popen:
    exe = VENV_BIN / "chroma"
    if not exe.exists():
        pytest.skip(f"chroma CLI not found at {exe}")
    log = (path / "chroma.log").open("ab")
    proc = subprocess.Popen([str(exe), "run", "--path", str(path / "db"), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    pytest.fail("chroma did not start")


def _stop(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)


def _upload(c: httpx.Client, pdf: Path, doc_id: str) -> httpx.Response:
    return c.post("/v1/documents", headers=W, files={"file": (pdf.name, pdf.read_bytes(), "application/pdf")},
                  data={"doc_id": doc_id}, params={"wait": "true"})  # the synchronous upload these checks need


def test_chroma_outage_is_a_clear_recoverable_state(tmp_path: Path) -> None:
    port = free_port()
    chroma = _chroma(tmp_path, port)
    api = ApiProcess(tmp_path / "data", env={**KEYS, "RODATRADEN_CHROMA_HOST": "127.0.0.1",
                                             "RODATRADEN_CHROMA_PORT": str(port)})
    try:
        api.start()
        with client(api, key=WRITE_KEY) as c:
            assert _upload(c, write_pdf(tmp_path / "odling.pdf", [ODLING]), "odling").status_code == 201
            health = c.get("/healthz").json()
            assert health["status"] == "ok" and health["stores"]["chroma"]["count"] == health["chunks"] > 0
            _stop(chroma)  # the server dies

            h = c.get("/v1/health")
            assert h.status_code == 200 and h.json()["status"] == "degraded", h.text
            assert not h.json()["stores"]["chroma"]["ok"] and h.json()["stores"]["sqlite"]["ok"]
            r = c.post("/v1/ask", json={"question": "Hur många lotter omfattade stadsodlingarna?"})
            assert r.status_code == 200, r.text
            assert "42" in r.json()["answer"] and any("nyckelordssökning" in n for n in r.json()["notes"]), r.json()
            for refused in (c.delete("/v1/documents/odling", headers=W),
                            _upload(c, write_pdf(tmp_path / "bryggor.pdf", [BRYGGOR]), "bryggor")):
                assert refused.status_code == 503, refused.text
                assert refused.json()["error"]["code"] == "index_unavailable"
            assert [d["meta"]["doc_id"] for d in c.get("/v1/documents").json()] == ["odling"]  # nothing changed

            chroma = _chroma(tmp_path, port)  # it comes back: no restart of the API
            assert c.get("/healthz").json()["status"] == "ok"
            assert c.delete("/v1/documents/odling", headers=W).status_code == 200
            health = c.get("/healthz").json()
            assert health["stores"]["chroma"]["count"] == 0 and health["pending_vector_deletes"] == 0  # no orphans
    finally:
        api.stop()
        _stop(chroma)


def test_a_cli_ingest_beside_a_running_api(tmp_path: Path) -> None:
    """The CLI writes the API's data directory (the write lock serialises them); the API picks up the new
    generation, Chroma's included, without a restart and without a 500."""
    data = tmp_path / "data"
    ingest_corpus(data, [write_pdf(tmp_path / "odling.pdf", [ODLING])])
    with ApiProcess(data, env=KEYS) as api, client(api, key=WRITE_KEY) as c:
        assert c.post("/v1/ask", json={"question": "Hur många lotter fanns?", "doc_ids": ["odling"]}).status_code == 200
        ingest_corpus(data, [write_pdf(tmp_path / "bryggor.pdf", [BRYGGOR])])  # a second writer process
        r = c.post("/v1/ask", json={"question": "Hur många nya bryggplatser fick hamnen?", "doc_ids": ["bryggor"]})
        assert r.status_code == 200, r.text
        assert "17" in r.json()["answer"] and r.json()["citations"][0]["doc_id"] == "bryggor", r.json()
        dense = c.post("/v1/ask", json={"question": "småbåtshamnens utbyggnad", "doc_ids": ["bryggor"]})
        assert dense.status_code == 200, dense.text
        # and the API writes after it, under the same lock, with a Chroma it reopened
        assert _upload(c, write_pdf(tmp_path / "odling2.pdf", [ODLING[:2] + ["Kostnaden var 330 tkr."]]),
                       "odling").status_code == 201
        health = c.get("/healthz").json()
        assert health["status"] == "ok" and health["documents"] == 2
        assert health["stores"]["chroma"]["count"] == health["chunks"] == health["stores"]["keyword"]["count"]
    doctor = subprocess.run([sys.executable, "-m", "assistant.cli", "doctor"], capture_output=True, text=True,
                            env={**os.environ, "RODATRADEN_DATA_DIR": str(data), "PYTHONPATH": str(REPO_ROOT)},
                            cwd=REPO_ROOT, timeout=300)
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
