"""manifest.json beside the PDFs: title, document_type, year, date, organisation (optional doc_id)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from pydantic import BaseModel, Field


class ManifestEntry(BaseModel):
    model_config = {"extra": "allow"}

    file: str
    doc_id: str | None = None
    title: str | None = None
    document_type: str | None = None
    year: int | None = None
    date: str | None = None
    organisation: str | None = None


class Manifest(BaseModel):
    model_config = {"extra": "allow"}

    files: list[ManifestEntry] = Field(default_factory=list)

    def entry_for(self, file_name: str) -> ManifestEntry | None:
        for e in self.files:
            if e.file == file_name or Path(e.file).name == file_name:
                return e
        return None


def load_manifest(path: str | Path) -> Manifest:
    """Load a manifest file, or the manifest.json in a directory. Missing -> empty manifest."""
    p = Path(path)
    if p.is_dir():
        p = p / "manifest.json"
    if not p.is_file():
        return Manifest()
    return Manifest.model_validate(json.loads(p.read_text(encoding="utf-8")))


def manifest_beside(pdf_path: Path) -> Manifest | None:
    p = pdf_path.parent / "manifest.json"
    if p.is_file():
        try:
            return load_manifest(p)
        except (ValueError, OSError):
            return None
    return None


_TYPES = [
    ("granskning", "granskningsrapport"),
    ("revisionsrapport", "granskningsrapport"),
    ("verksamhetsberättelse", "verksamhetsberattelse"),
    ("verksamhetsberattelse", "verksamhetsberattelse"),
    ("yttrande", "yttrande"),
    ("delårsrapport", "delarsrapport"),
    ("delarsrapport", "delarsrapport"),
    ("regionplan", "regionplan"),
    ("årsredovisning", "arsredovisning"),
    ("verksamhetsplan", "verksamhetsplan"),
]


def guess_document_type(*texts: str) -> str | None:
    """Keyword guess over file name, title and first page (first hit in that order wins)."""
    for text in texts:
        low = (text or "").lower()
        for kw, kind in _TYPES:
            if kw in low:
                return kind
    return None


def guess_year(*texts: str) -> int | None:
    for text in texts:
        m = re.search(r"(?<!\d)(19[5-9]\d|20[0-9]\d)(?!\d)", text or "")
        if m:
            return int(m.group(1))
    return None


def guess_date(first_page_text: str) -> str | None:
    """An ISO date near the top of page 1 ("Datum: 2024-03-19")."""
    head = (first_page_text or "")[:800]
    m = re.search(r"[Dd]atum:?\s*(\d{4}-\d{2}-\d{2})", head) or re.search(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)", head)
    return m.group(1) if m else None
