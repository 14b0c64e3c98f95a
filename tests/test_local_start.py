"""`rodatraden start` on one person's machine: a local write key on first run (owner-only file in the data
dir), handed to the UI process; the API still refuses writes without it, and reads stay open."""

from __future__ import annotations

import os
import stat
import time
import sys
from pathlib import Path

import httpx
import pytest

from assistant.api.launch import free_port
from assistant.api.local_key import key_path
from tests.pdfs import make_pdf, write_pdf
from tests.processes import serving

pytestmark = pytest.mark.integration


def _children(pid: int) -> list[int]:
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        out.extend(int(t) for t in text)
    return out


def test_start_creates_a_local_key_and_the_ui_gets_it(tmp_path: Path) -> None:
    data, corpus = tmp_path / "data", tmp_path / "corpus"
    corpus.mkdir()
    write_pdf(corpus / "lokal-rapport-2024.pdf", ["Lokal rapport 2024\nBudgeten för kultur är 12 mnkr."],
              title="Lokal rapport 2024")
    port, ui_port = free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("RODATRADEN_")}
    env.update({"RODATRADEN_DATA_DIR": str(data), "RODATRADEN_CORPUS_DIR": str(corpus),
                "RODATRADEN_LLM_BACKEND": "none", "PYTHONUNBUFFERED": "1"})
    log = tmp_path / "start.log"
    cmd = [sys.executable, "-m", "assistant.cli", "start", "--port", str(port), "--ui-port", str(ui_port)]
    with serving(cmd, f"http://127.0.0.1:{port}/healthz", log, timeout=180, env=env) as proc:
        kf = key_path(data)
        assert kf.is_file()
        assert stat.S_IMODE(kf.stat().st_mode) == 0o600
        key = kf.read_text().strip()
        assert len(key) >= 32
        assert str(kf) in log.read_text()  # the start says where the key is
        # The UI process was handed the key through its environment.
        # start spawns the UI right after the API answers, so it may lag the health check by a moment
        ui: list[int] = []
        deadline = time.monotonic() + 30
        while not ui and time.monotonic() < deadline:
            envs = {}
            for c in _children(proc.pid):
                try:
                    envs[c] = Path(f"/proc/{c}/environ").read_bytes().split(b"\0")
                except OSError:  # a short-lived child already gone
                    continue
            ui = [c for c, e in envs.items() if f"RODATRADEN_UI_API_KEY={key}".encode() in e]
            if not ui:
                time.sleep(0.2)
        assert ui  # the UI process got the key

        url = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=url, timeout=120) as c:
            assert c.get("/v1/documents").status_code == 200  # reads open on loopback
            assert c.get("/v1/health").json()["status"] == "ok"
            pdf = make_pdf(["Ny rapport 2025\nBudgeten för idrott är 7 mnkr."], title="Ny rapport")
            files = {"file": ("ny.pdf", pdf, "application/pdf")}
            refused = c.post("/v1/documents", files=files)
            assert refused.status_code in (401, 403)
            assert c.post("/v1/documents", files=files, headers={"Authorization": "Bearer fel-nyckel"}).status_code == 401
            ok = c.post("/v1/documents", params={"wait": "true"}, files=files, headers={"Authorization": f"Bearer {key}"})
            assert ok.status_code in (200, 201), ok.text
            assert "ny" in {d["meta"]["doc_id"] for d in c.get("/v1/documents").json()}

    deadline = time.monotonic() + 30
    while Path(f"/proc/{ui[0]}").exists() and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not Path(f"/proc/{ui[0]}").exists()  # stopping start stops the UI too
    # A second start keeps the same key.
    with serving(cmd, f"http://127.0.0.1:{port}/healthz", tmp_path / "start2.log", timeout=180, env=env):
        assert key_path(data).read_text().strip() == key
