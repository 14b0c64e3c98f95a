"""manifest.json beside the PDFs: title, document_type, year, date, organisation (optional doc_id)."""

from __future__ import annotations

import json
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
