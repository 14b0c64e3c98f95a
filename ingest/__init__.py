"""PDF → pages, sections, chunks and typed tables (pdfplumber). Entry point: :func:`ingest.parse_pdf`."""

from ingest.manifest import Manifest, load_manifest
from ingest.parse import parse_pdf

__all__ = ["Manifest", "load_manifest", "parse_pdf"]
