"""The one index the side-by-side eval asks: corpus/ + the real documents (../shared/real) + the fictional letter.

Questions that name no document are asked against this whole library, as a user's would be.
``open_library(settings, data_dir, ...)`` builds it in ``data_dir/index`` (passage embeddings cached in
``data_dir/embeddings.sqlite``). A ``data_dir`` given with ``--data-dir`` is reused: PDFs whose bytes are unchanged
are not parsed again, unless the ingest or index code changed since the last build (a fingerprint of their
source), in which case the index is rebuilt from scratch (the embedding cache makes that mostly parsing).
A PDF that fails to ingest (a scanned file without OCR) is reported; the questions about it then count as failed.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from rodatraden.errors import ConfigError
from rodatraden.settings import Settings

REPO = Path(__file__).resolve().parent.parent
REAL_DIR = REPO.parent / "shared" / "real"  # beside the clone, as eval/blind/verify_quotes.py finds it
LETTER_GLOB = "fiktivt-yttrande-*.pdf"
FINGERPRINT = "eval-library.json"
CODE_DIRS = ("ingest", "index")  # what the stored index depends on


class LibraryInfo(BaseModel):
    data_dir: str
    reused: bool = False  # an existing index was reused (documents unchanged)
    rebuilt_reason: str | None = None
    documents: list[str] = Field(default_factory=list)  # doc ids in the index
    failed: dict[str, str] = Field(default_factory=dict)  # file stem -> one-line reason
    pages: int = 0
    ingest_s: float = 0.0


def library_pdfs(real_dir: Path | None = None, repo: Path = REPO) -> list[Path]:
    real = Path(real_dir) if real_dir else REAL_DIR
    pdfs = sorted((repo / "corpus").glob("*.pdf"))
    if real.is_dir():
        pdfs += sorted(real.glob("*.pdf"))
    pdfs += sorted((repo / "tests" / "data").glob(LETTER_GLOB))
    return pdfs


def code_fingerprint(repo: Path = REPO) -> str:
    h = hashlib.sha256()
    for d in CODE_DIRS:
        for p in sorted((repo / d).rglob("*")):
            if p.is_file() and p.suffix in {".py", ".toml", ".json", ".txt"} and "__pycache__" not in p.parts:
                h.update(str(p.relative_to(repo)).encode())
                h.update(p.read_bytes())
    return h.hexdigest()


def _prepare(data_dir: Path, fingerprint: str, log: Callable[[str], None], keep: bool = False) -> tuple[bool, str | None]:
    """(reusable?, why rebuilt). Wipes ``data_dir/index`` when the code that built it changed (unless ``keep``)."""
    stamp = data_dir / FINGERPRINT
    index_dir = data_dir / "index"
    if not index_dir.exists():
        return False, None
    try:
        old = json.loads(stamp.read_text(encoding="utf-8")).get("code")
    except (OSError, ValueError):
        old = None
    if old == fingerprint:
        return True, None
    if keep:
        log(f"keeping the index in {index_dir} although the ingest/index code changed (--keep-index)")
        return True, "kept although the ingest/index code changed (--keep-index)"
    reason = "ingest/index code changed since the last build" if old else "no fingerprint of the code that built it"
    log(f"rebuilding the index in {index_dir}: {reason}")
    shutil.rmtree(index_dir)
    return False, reason


def open_library(settings: Settings, data_dir: Path | None, log: Callable[[str], None] = lambda s: None,
                 real_dir: Path | None = None, keep_index: bool = False,
                 ) -> tuple[Any, Settings, LibraryInfo, tempfile.TemporaryDirectory | None]:
    """(index, its settings, what is in it, the temporary directory to clean up when no data_dir was given).
    ``keep_index``: reuse an index in ``data_dir`` even when the ingest/index code changed since it was built."""
    from index import open_index
    from index.embedder import make_embedder
    from index.embedding_cache import CachedEmbedder
    from index.pipeline import ingest_paths

    tmp = None
    if data_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="rodatraden-eval-")
        data_dir = Path(tmp.name)
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    pdfs = library_pdfs(real_dir)
    real = Path(real_dir) if real_dir else REAL_DIR
    if not real.is_dir():
        log(f"warning: no real documents at {real} (pass --real-dir); their questions will count as failed")
    if not pdfs:
        raise ConfigError("no PDFs for the eval library (corpus/ is empty)")
    fingerprint = code_fingerprint()
    reused, reason = _prepare(data_dir, fingerprint, log, keep_index)
    if not (keep_index and reason):  # stamped now: an interrupted build resumes (unchanged PDFs are skipped)
        (data_dir / FINGERPRINT).write_text(json.dumps({"code": fingerprint}), encoding="utf-8")
    s = settings.model_copy(update={"data_dir": data_dir / "index", "chroma_host": None, "collection": "rodatraden_eval"})
    index = open_index(s, CachedEmbedder(make_embedder(s), data_dir / "embeddings.sqlite"))
    info = LibraryInfo(data_dir=str(data_dir), reused=reused, rebuilt_reason=reason)
    wanted = {p.stem for p in pdfs}
    for d in index.documents():  # a document no longer in the library must not answer
        if d.meta.doc_id not in wanted:
            index.remove(d.meta.doc_id)
    log(f"library: {len(pdfs)} PDFs into {s.data_dir}" + (" (reusing unchanged documents)" if reused else ""))
    t0 = time.perf_counter()
    outcomes = ingest_paths(index, [str(p) for p in pdfs], progress=lambda m: log("  " + m))
    info.ingest_s = time.perf_counter() - t0
    info.failed = {Path(o.path).stem: o.error or "failed" for o in outcomes if o.status == "failed"}
    docs = list(index.documents())
    info.documents = sorted(d.meta.doc_id for d in docs)
    info.pages = sum(d.meta.pages for d in docs)
    if not docs:
        index.close()
        raise ConfigError("nothing in the eval library could be ingested")
    return index, s, info, tmp
