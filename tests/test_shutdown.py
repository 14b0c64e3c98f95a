"""Clean shutdown on real processes: SIGTERM stops the API (its workers too) with a request in flight, within the
grace period; `rodatraden start` stops the API and the UI; the UI listens on loopback; upload folders left by a
killed process are removed at start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from assistant.api.launch import ApiProcess, child_pids, free_port
from tests.conftest import REPO_ROOT
from tests.pdfs import write_pdf
from tests.test_bounded_work import ADVERSARIAL
from tests.test_api_server import WRITE_KEY, client

pytestmark = pytest.mark.integration
GRACE = 2


def _dead_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _listening(port: int) -> list[str]:
    """Local addresses (hex, as in /proc/net/tcp) with a listening socket on ``port``."""
    out = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            addr, p = local.rsplit(":", 1)
            if state == "0A" and int(p, 16) == port:
                out.append(addr)
    return out


def _assert_gone(pids: list[int]) -> None:
    deadline = time.monotonic() + 15  # multiprocessing's resource tracker ends when it sees its parent gone
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [Path(f"/proc/{pid}/cmdline").read_text().replace("\0", " ") for pid in pids if _alive(pid)]


def test_sigterm_stops_the_api_and_its_workers_with_a_request_in_flight(tmp_path: Path) -> None:
    data = tmp_path / "data"
    stale = data / "uploads" / f"{_dead_pid()}-abc"
    stale.mkdir(parents=True)
    (stale / "halvvägs.pdf").write_bytes(b"%PDF-1.4 half an upload")
    api = ApiProcess(data, env={"RODATRADEN_API_KEYS": f"{WRITE_KEY}:write", "RODATRADEN_API_WORKERS": "2",
                                "RODATRADEN_SHUTDOWN_GRACE_S": str(GRACE), "RODATRADEN_ANSWER_BUDGET_S": "120"})
    try:
        api.start()
        assert not stale.exists()  # left by a process that died mid-upload: removed at start
        workers = api.children()
        assert len(workers) >= 2  # two workers (and multiprocessing's resource tracker)
        pdf = write_pdf(tmp_path / "odling.pdf", [["Odlingsrapport", "Stadsodlingarna omfattade 42 lotter 2024."]])
        with client(api, key=WRITE_KEY) as c:
            r = c.post("/v1/documents", params={"wait": "true"}, headers={"Authorization": f"Bearer {WRITE_KEY}"},
                       files={"file": ("odling.pdf", pdf.read_bytes(), "application/pdf")})
            assert r.status_code == 201, r.text
        results: list[object] = []

        def slow_question() -> None:
            try:
                with client(api, key=WRITE_KEY, timeout=60) as c2:
                    results.append(c2.post("/v1/ask", json={"question": ADVERSARIAL["repeated parts"]}).status_code)
            except httpx.HTTPError as exc:
                results.append(type(exc).__name__)

        asker = threading.Thread(target=slow_question)
        asker.start()
        time.sleep(0.5)  # the question is in flight
        os.kill(api.pid, signal.SIGTERM)
        assert api.proc.wait(timeout=60) is not None  # stopped within the grace period (+ start-up slack)
        asker.join(timeout=60)
        # finished within the grace period, or cut after it with a clear 503 (never a 500)
        assert results and results[0] in (200, 503, "RemoteProtocolError", "ReadError"), results
        _assert_gone(workers)
        assert not _listening(api.port)
    finally:
        api.stop()


def test_start_stops_api_and_ui_and_the_ui_listens_on_loopback(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_pdf(corpus / "odling.pdf", [["Odlingsrapport", "Stadsodlingarna omfattade 42 lotter 2024."]])
    port, ui_port = free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("RODATRADEN_")}
    env.update({"RODATRADEN_DATA_DIR": str(tmp_path / "data"), "RODATRADEN_CORPUS_DIR": str(corpus),
                "RODATRADEN_SHUTDOWN_GRACE_S": str(GRACE), "PYTHONPATH": str(REPO_ROOT), "PYTHONUNBUFFERED": "1"})
    log = (tmp_path / "start.log").open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "assistant.cli", "start", "--port", str(port),
                             "--ui-port", str(ui_port)], env=env, stdout=log, stderr=subprocess.STDOUT, cwd=REPO_ROOT)
    try:
        deadline = time.monotonic() + 240
        while not (_listening(ui_port) and _listening(port)):
            assert proc.poll() is None, (tmp_path / "start.log").read_text()
            assert time.monotonic() < deadline, (tmp_path / "start.log").read_text()
            time.sleep(0.5)
        assert set(_listening(ui_port)) == {"0100007F"}, _listening(ui_port)  # 127.0.0.1 only
        ui = child_pids(proc.pid)  # the Streamlit process
        assert ui and all(_alive(pid) for pid in ui)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0, (tmp_path / "start.log").read_text()
        _assert_gone(ui)
        assert not _listening(ui_port) and not _listening(port)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        log.close()
