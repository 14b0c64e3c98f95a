"""The original PDFs, kept in ``DATA_DIR/files/<doc_id>.pdf`` so a citation can show the page itself."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

from rodatraden.errors import RodaTradenError

log = logging.getLogger(__name__)


class FileNotKeptError(RodaTradenError):
    code = "file_not_kept"
    status = 404

    def __init__(self, doc_id: str) -> None:
        super().__init__(f"Originalfilen till {doc_id!r} finns inte sparad (läs in den igen). / "
                         "The original file of this document is not kept (ingest it again).")


def file_path(data_dir: Path, doc_id: str) -> Path:
    return Path(data_dir) / "files" / f"{doc_id}.pdf"


def keep_file(data_dir: Path, doc_id: str, source: Path) -> None:
    """Copy ``source`` into place (atomically). A failure is logged: the index is already right without it."""
    target = file_path(data_dir, doc_id)
    try:
        if target.exists() and target.stat().st_size == source.stat().st_size and target.read_bytes() == source.read_bytes():
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".part")
        os.close(fd)
        shutil.copyfile(source, tmp)
        os.replace(tmp, target)
    except OSError:
        log.warning("could not keep the original of %s", doc_id, exc_info=True)


def drop_file(data_dir: Path, doc_id: str) -> None:
    try:
        file_path(data_dir, doc_id).unlink(missing_ok=True)
    except OSError:
        log.warning("could not remove the original of %s", doc_id, exc_info=True)


def kept_file(data_dir: Path, doc_id: str) -> Path:
    path = file_path(data_dir, doc_id)
    if not path.is_file():
        raise FileNotKeptError(doc_id)
    return path
