"""A document's date, for "the latest document decides"."""

from __future__ import annotations

import re

from ingest.models import DocumentMeta, Page
from ingest.text import MONTHS

_DATE_RE = re.compile(r"(?:datum|daterad|dated)?\s*:?\s*\b((?:19|20)\d\d-[01]\d-[0-3]\d)\b", re.I)
_MONTHS = {m.sv: m.number for m in MONTHS}  # ingest/lexicon/months.toml
_SV_DATE_RE = re.compile(r"\b([0-3]?\d)\s+(" + "|".join(_MONTHS) + r")\s+((?:19|20)\d\d)\b", re.I)


def document_date(meta: DocumentMeta, pages: list[Page]) -> str | None:
    """The document's date: meta.date, else a date on its first page ("Datum: 2024-03-19", "19 mars 2024"),
    else its year."""
    if meta.date:
        return meta.date
    first = pages[0].text[:1500] if pages else ""
    m = _DATE_RE.search(first)
    if m:
        return m.group(1)
    m = _SV_DATE_RE.search(first)
    if m:
        return f"{m.group(3)}-{_MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    return str(meta.year) if meta.year else None
