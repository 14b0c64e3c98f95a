"""The local write key of a one-person set-up: ``DATA_DIR/local-write.key``, owner-only (0600).

``rodatraden start`` creates it on first run and hands it to the UI process through its environment
(``RODATRADEN_UI_API_KEY``); the API (``start`` and ``serve``) accepts it as an admin key. It does not
make reads need a key: only keys configured in ``RODATRADEN_API_KEYS`` do that.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from rodatraden.errors import ConfigError

FILE_NAME = "local-write.key"


def key_path(data_dir: Path) -> Path:
    return Path(data_dir) / FILE_NAME


def read_local_key(data_dir: Path) -> str | None:
    """The key, or None when there is none. A file others can read is refused (one line)."""
    path = key_path(data_dir)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigError(f"{path} kan läsas av andra (chmod 600 {path}). / {path} is readable by others.")
    key = path.read_text(encoding="utf-8").strip()
    return key or None


def ensure_local_key(data_dir: Path) -> tuple[str, Path, bool]:
    """(key, path, created): the existing key, or a new one written with owner-only permissions."""
    path = key_path(data_dir)
    existing = read_local_key(data_dir)
    if existing:
        return existing, path, False
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, (key + "\n").encode("utf-8"))
    finally:
        os.close(fd)
    return key, path, True
