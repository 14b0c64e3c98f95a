"""`rodatraden serve | ui | start`: the HTTP API, the Streamlit UI, or both over the demo corpus."""

from __future__ import annotations

import argparse
import importlib.util
import logging
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from rodatraden.settings import Settings


def _configure_logging() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def _uvicorn_config(app: object, host: str, port: int):
    import uvicorn

    # Our middleware logs one line per request with its timing; uvicorn's access log would repeat it.
    return uvicorn.Config(app, host=host, port=port, log_level="info", access_log=False, log_config=None)


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from assistant.api.app import create_app

    _configure_logging()
    host = getattr(args, "host", None) or settings.api_host
    port = getattr(args, "port", None) or settings.api_port
    uvicorn.Server(_uvicorn_config(create_app(settings), host, port)).run()
    return 0


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


def _ui_process(settings: Settings, port: int, api_url: str, local_key: str | None = None) -> subprocess.Popen:
    env = {**os.environ, "RODATRADEN_API_URL": api_url}
    key = local_key or _default_ui_key(settings)
    if key and not env.get("RODATRADEN_UI_API_KEY"):
        env["RODATRADEN_UI_API_KEY"] = key
    cmd = [sys.executable, "-m", "streamlit", "run", str(_ui_script()),
           "--server.port", str(port), "--server.headless", "true"]
    return subprocess.Popen(cmd, env=env)


def cmd_ui(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.local_key import read_local_key

    port = getattr(args, "port", None) or settings.ui_port
    proc = _ui_process(settings, port, settings.api_url, read_local_key(settings.data_dir))
    try:
        return proc.wait()
    except KeyboardInterrupt:
        proc.terminate()
        proc.wait(timeout=10)
        return 130


def cmd_start(args: argparse.Namespace, settings: Settings) -> int:
    """Ingest settings.corpus_dir, serve the API (in-process thread) and the UI, until Ctrl-C."""
    import uvicorn

    from assistant.api.app import create_app
    from index import open_index
    from index.pipeline import ingest_paths

    _configure_logging()
    host = getattr(args, "host", None) or settings.api_host
    port = getattr(args, "port", None) or settings.api_port
    ui_port = getattr(args, "ui_port", None) or settings.ui_port
    from assistant.local_key import ensure_local_key

    local_key, key_file, created = ensure_local_key(settings.data_dir)
    print(("Ny lokal skrivnyckel / new local write key: " if created else "Lokal skrivnyckel / local write key: ")
          + f"{key_file}  (API: Authorization: Bearer $(cat {key_file}))")
    index = open_index(settings)
    try:
        for o in ingest_paths(index, [settings.corpus_dir]):
            line = f"{o.status:9} {o.doc_id or o.path}"
            print(line + (f"  ({o.error})" if o.error else f"  {o.pages} s., {o.chunks} chunks, {o.tables} tabeller"))
        server = uvicorn.Server(_uvicorn_config(create_app(settings, index=index), host, port))
        thread = threading.Thread(target=server.run, name="rodatraden-api", daemon=True)
        thread.start()
        while not server.started:
            if not thread.is_alive():
                print("fel: API-servern startade inte / the API server did not start", file=sys.stderr)
                return 2
            time.sleep(0.1)
        api_url = f"http://{host}:{port}"
        print(f"API: {api_url}/docs   UI: http://{host}:{ui_port}   (Ctrl-C avslutar)")
        ui = _ui_process(settings, ui_port, api_url, local_key)
        try:
            while thread.is_alive() and ui.poll() is None:
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
        finally:
            if ui.poll() is None:
                ui.terminate()
                try:
                    ui.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    ui.kill()
            server.should_exit = True
            thread.join(timeout=15)
        return 0
    finally:
        index.close()
