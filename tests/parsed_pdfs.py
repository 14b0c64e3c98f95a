"""One parse of each bundled PDF per test session (corpus/, tests/data/), read by the modules that only read it.

The demo audit alone takes about 8 s to parse (pdfplumber's character objects), and several modules read it: each
gets a deep copy of the session's one parse, so no test sees another's changes. A test of the parse itself (its
stability, its options) calls ``ingest.parse_pdf`` directly."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ingest import parse_pdf
from ingest.models import ParsedDocument


@lru_cache(maxsize=None)
def _parse(path: str, size: int, mtime_ns: int) -> ParsedDocument:
    return parse_pdf(Path(path))


def parsed(path: Path) -> ParsedDocument:
    """``parse_pdf(path)`` with default options, parsed once per session for an unchanged file."""
    p = Path(path).resolve()
    st = p.stat()
    return _parse(str(p), st.st_size, st.st_mtime_ns).model_copy(deep=True)
