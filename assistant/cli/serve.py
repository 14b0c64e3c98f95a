"""`rodatraden serve | ui | start`: the HTTP API, the Streamlit UI, or both over the demo corpus."""

from __future__ import annotations

import argparse
import importlib.util
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from rodatraden.settings import Settings


def _configure_logging() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def _uvicorn_config(app: object, host: str, port: int, settings: Settings | None = None, **extra: object):
    import uvicorn

    grace = settings.shutdown_grace_s if settings is not None else 10.0
    # Our middleware logs one line per request with its timing; uvicorn's access log would repeat it.
    # On SIGTERM/SIGINT requests in flight get `grace` seconds, then their tasks are cancelled.
    return uvicorn.Config(app, host=host, port=port, log_level="info", access_log=False, log_config=None,
                          timeout_graceful_shutdown=max(1, int(grace)), **extra)


def _cut_after(seconds: float, cut) -> None:
    """A watchdog: ``cut()`` after ``seconds`` unless the process has exited by then (a request stuck in a worker
    thread cannot be cancelled by uvicorn, so the grace period is enforced from outside)."""
    timer = threading.Timer(seconds, cut)
    timer.daemon = True
    timer.start()


def _graceful_server(config, grace: float):
    import uvicorn

    class GracefulServer(uvicorn.Server):
        def handle_exit(self, sig, frame) -> None:
            if not self.should_exit:
                _cut_after(grace + 2, lambda: os._exit(0))
            super().handle_exit(sig, frame)

    return GracefulServer(config)


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    """The API; with more than one worker, a supervisor process and N workers sharing the socket."""
    _configure_logging()
    host = getattr(args, "host", None) or settings.api_host
    port = getattr(args, "port", None) or settings.api_port
    workers = getattr(args, "workers", None) or settings.api_workers
    grace = settings.shutdown_grace_s
    from assistant.api.uploads import clean_stale_uploads

    clean_stale_uploads(settings.data_dir)
    if workers <= 1:
        from assistant.api.app import create_app

        _graceful_server(_uvicorn_config(create_app(settings), host, port, settings), grace).run()
        return 0
    from uvicorn.supervisors import Multiprocess

    class Supervisor(Multiprocess):
        """uvicorn's supervisor with one listening socket per worker, all on the same port (SO_REUSEPORT): the
        kernel spreads new connections over the workers. On one shared socket the first idle worker accepted a
        burst of keep-alive connections and kept them (20 clients: one worker busy, the other idle;
        eval/bench_api.py's per-process CPU). A worker started in place of a dead one takes over its socket."""

        def __init__(self, config, slots: list) -> None:
            self._slots = slots
            super().__init__(config, sockets=slots[0])

        @property
        def sockets(self) -> list:
            for i, p in enumerate(self.processes):  # a worker replacing a dead one
                if not p.process.is_alive():
                    return self._slots[i]
            return self._slots[min(len(self.processes), len(self._slots) - 1)]  # the next new worker

        @sockets.setter
        def sockets(self, value: list) -> None:
            pass  # the slots are the sockets

        def restart_all(self) -> None:  # SIGHUP: each worker stopped, then started again on its socket
            for i, p in enumerate(self.processes):
                p.terminate()
                p.join()
                self.processes[i] = type(p)(self.config, self._slots[i])
                self.processes[i].start()

        def handle_ttin(self) -> None:  # one socket per worker: the number of workers is fixed
            logging.getLogger(__name__).info("SIGTTIN ignored: the number of workers is --workers")

        def handle_ttou(self) -> None:
            logging.getLogger(__name__).info("SIGTTOU ignored: the number of workers is --workers")

        def terminate_all(self) -> None:
            super().terminate_all()

            def cut() -> None:
                for p in self.processes:
                    if p.process.is_alive():
                        p.process.kill()

            _cut_after(grace + 2, cut)

    # N workers share the cores: each gets its share of BLAS threads (the query embedding), not all of them, so
    # concurrent questions do not oversubscribe the CPU (an explicit OPENBLAS_/OMP_NUM_THREADS is kept).
    share = str(max(1, (os.cpu_count() or 1) // workers))
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, share)
    config = _uvicorn_config("assistant.api.app:app_from_env", host, port, settings, factory=True, workers=workers)
    slots = _reuseport_sockets(host, port, workers, config.backlog)
    logging.getLogger(__name__).info("API on http://%s:%d with %d workers", host, slots[0][0].getsockname()[1], workers)
    Supervisor(config, slots).run()
    return 0


def _reuseport_sockets(host: str, port: int, n: int, backlog: int) -> list[list]:
    """``n`` listening sockets on one port (SO_REUSEPORT), one per worker; port 0 picks a free port for all. A port
    another process holds is refused with a clear error (with SO_REUSEPORT alone a second server of the same user
    would silently share the port)."""
    import socket

    from rodatraden.errors import ConfigError

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    if port:
        probe = socket.socket(family, socket.SOCK_STREAM)
        try:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
        except OSError as exc:
            raise ConfigError(f"Port {port} on {host} is in use ({exc.strerror}); "
                              "choose another with --port or RODATRADEN_API_PORT.") from None
        finally:
            probe.close()
    slots = []
    for _ in range(n):
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((host, port))
        port = sock.getsockname()[1]
        sock.listen(backlog)
        sock.set_inheritable(True)
        slots.append([sock])
    return slots


def _stop_on_sigterm() -> None:
    """SIGTERM is handled like Ctrl-C (KeyboardInterrupt in the main thread), so children are stopped too."""
    def raise_interrupt(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, raise_interrupt)


def _stop_child(proc: subprocess.Popen, grace: float) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _ui_script() -> Path:
    spec = importlib.util.find_spec("ui")
    assert spec is not None and spec.submodule_search_locations
    return Path(list(spec.submodule_search_locations)[0]) / "app.py"


def _default_ui_key(settings: Settings) -> str | None:
    """The first read-only key, so the UI can read when keys are configured (writes need a typed key)."""
    for entry in (settings.api_keys or "").split(","):
        entry = entry.strip()
        if entry and not entry.lower().endswith(":write"):
            return entry.removesuffix(":read")
    return None


def _ui_process(settings: Settings, host: str, port: int, api_url: str, local_key: str | None = None
                ) -> subprocess.Popen:
    env = {**os.environ, "RODATRADEN_API_URL": api_url}
    key = local_key or _default_ui_key(settings)
    if key and not env.get("RODATRADEN_UI_API_KEY"):
        env["RODATRADEN_UI_API_KEY"] = key
    cmd = [sys.executable, "-m", "streamlit", "run", str(_ui_script()), "--server.address", host,
           "--server.port", str(port), "--server.headless", "true",
           "--client.toolbarMode", "minimal", "--browser.gatherUsageStats", "false"]
    return subprocess.Popen(cmd, env=env)


def cmd_ui(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.api.local_key import read_local_key

    host = getattr(args, "host", None) or settings.ui_host
    port = getattr(args, "port", None) or settings.ui_port
    _stop_on_sigterm()
    proc = _ui_process(settings, host, port, settings.api_url, read_local_key(settings.data_dir))
    try:
        return proc.wait()
    except KeyboardInterrupt:
        return 130
    finally:
        _stop_child(proc, settings.shutdown_grace_s)


def cmd_start(args: argparse.Namespace, settings: Settings) -> int:
    """Ingest settings.corpus_dir, serve the API (in-process thread) and the UI, until Ctrl-C or SIGTERM; both
    stop within the grace period."""
    import uvicorn

    from assistant.api.app import create_app
    from assistant.api.uploads import clean_stale_uploads
    from index import open_index
    from index.pipeline import ingest_paths

    _configure_logging()
    _stop_on_sigterm()
    host = getattr(args, "host", None) or settings.api_host
    ui_host = getattr(args, "host", None) or settings.ui_host
    port = getattr(args, "port", None) or settings.api_port
    ui_port = getattr(args, "ui_port", None) or settings.ui_port
    from assistant.api.local_key import ensure_local_key

    local_key, key_file, created = ensure_local_key(settings.data_dir)
    print(("Ny lokal skrivnyckel / new local write key: " if created else "Lokal skrivnyckel / local write key: ")
          + f"{key_file}  (API: Authorization: Bearer $(cat {key_file}))")
    clean_stale_uploads(settings.data_dir)
    index = open_index(settings)
    ui: subprocess.Popen | None = None
    server: uvicorn.Server | None = None
    thread: threading.Thread | None = None
    try:
        from assistant.cli.progress import file_bars

        with file_bars() as on_file:
            outcomes = ingest_paths(index, [settings.corpus_dir], on_file=on_file)
        for o in outcomes:
            line = f"{o.status:9} {o.doc_id or o.path}"
            print(line + (f"  ({o.error})" if o.error else f"  {o.pages} sidor, {o.chunks} textavsnitt, {o.tables} tabeller"))
        server = uvicorn.Server(_uvicorn_config(create_app(settings, index=index), host, port, settings))
        thread = threading.Thread(target=server.run, name="rodatraden-api", daemon=True)
        thread.start()
        while not server.started:
            if not thread.is_alive():
                print("fel: API-servern startade inte / the API server did not start", file=sys.stderr)
                return 2
            time.sleep(0.1)
        api_url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}"
        print(f"API: {api_url}/docs   UI: http://{ui_host}:{ui_port}   (Ctrl-C avslutar)", flush=True)
        ui = _ui_process(settings, ui_host, ui_port, api_url, local_key)
        while thread.is_alive() and ui.poll() is None:
            time.sleep(0.5)
        return 0
    except KeyboardInterrupt:
        return 0
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second SIGTERM ends the process at once
        if ui is not None:
            _stop_child(ui, settings.shutdown_grace_s)
        if server is not None and thread is not None:
            server.should_exit = True
            thread.join(timeout=settings.shutdown_grace_s + 2)
        index.close()
