"""Run the API as a separate process on loopback (used by the API tests and eval/bench_api.py).

``ApiProcess(data_dir, env=…)`` runs ``python -m assistant.cli serve`` on a free port with its own
data directory (the API process is the one writer of that directory), waits for /healthz and stops
it again. ``ingest_corpus(data_dir, paths)`` fills a data directory beforehand with
``rodatraden ingest`` in its own process.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(data_dir: Path, extra: dict[str, str] | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RODATRADEN_")}
    env.update({"RODATRADEN_DATA_DIR": str(data_dir), "RODATRADEN_LLM_BACKEND": "none", "PYTHONUNBUFFERED": "1",
                "RODATRADEN_API_WORKERS": "1"})  # one worker unless the caller asks for more
    env.update(extra or {})
    return env


def ingest_corpus(data_dir: Path, paths: list[Path], env: dict[str, str] | None = None, timeout: float = 600) -> str:
    """``rodatraden ingest PATHS`` into ``data_dir`` in a subprocess; returns its output, raises on failure."""
    proc = subprocess.run([sys.executable, "-m", "assistant.cli", "ingest", *map(str, paths)],
                          env=_env(data_dir, env), capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"ingest failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return proc.stdout + proc.stderr


def child_pids(pid: int) -> list[int]:
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(x) for x in (task / "children").read_text().split()]
        except OSError:
            continue
    return out


class ApiProcess:
    def __init__(self, data_dir: Path, env: dict[str, str] | None = None, port: int | None = None,
                 log_path: Path | None = None, own_session: bool = False) -> None:
        """``own_session``: start the API in a session of its own, as a service runs (Linux's autogroup scheduling
        then gives it its own share of the CPU instead of sharing the caller's, e.g. a load generator's)."""
        self.own_session = own_session
        self.data_dir = Path(data_dir)
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path or self.data_dir / "api.log"
        self._env = _env(self.data_dir, env)
        self.proc: subprocess.Popen | None = None

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def start(self, timeout: float = 180) -> ApiProcess:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "assistant.cli", "serve", "--host", "127.0.0.1", "--port", str(self.port)],
            env=self._env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=self.own_session)
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"API exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                if httpx.get(f"{self.url}/healthz", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"API did not answer /healthz within {timeout:.0f} s:\n{self.log_tail()}")
            time.sleep(0.2)

    def log_tail(self, chars: int = 3000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def children(self) -> list[int]:
        """The pids of the API process's children (its uvicorn workers when there are several)."""
        return child_pids(self.pid)

    def peak_rss_kb(self) -> int | None:
        """VmHWM (peak resident set size) of the API process, from /proc; with workers, the sum over them."""
        total = None
        for pid in [self.pid, *self.children()]:
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        total = (total or 0) + int(line.split()[1])
            except OSError:
                continue
        return total

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if getattr(self, "_log", None) is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> ApiProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
