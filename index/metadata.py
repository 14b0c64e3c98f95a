"""Document metadata set by a person (on upload or later): title, organisation, type, year, period, date and
collection. Changing it rewrites the stored metadata (SQLite, and Chroma's per-chunk metadata) and never
re-embeds: the chunk texts, and so their vectors, stay the same.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date as Date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ingest.models import DocumentMeta, ParsedDocument
from rodatraden.errors import InvalidMetadataError

COLLECTION_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
DEFAULT_COLLECTION = "standard"
# Fields a chunk carries a copy of (its metadata in SQLite and Chroma).
CHUNK_FIELDS = ("title", "document_type", "year")


def _text(value: Any, limit: int) -> str | None:
    if value is None:
        return None
    text = " ".join(unicodedata.normalize("NFC", str(value)).split())
    if len(text) > limit:
        raise ValueError(f"högst {limit} tecken / at most {limit} characters")
    return text or None


class MetadataChange(BaseModel):
    """The fields to change; a field left out stays as it is, null clears it (title and collection cannot be cleared)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    title: str | None = Field(default=None, description="the document's title")
    organisation: str | None = None
    document_type: str | None = Field(default=None, alias="type",
                                      description="e.g. verksamhetsberattelse, granskningsrapport, regionplan")
    year: int | None = Field(default=None, ge=1900, le=2100)
    period: str | None = Field(default=None, description="the period reported on, e.g. januari–augusti 2023")
    date: str | None = Field(default=None, description="YYYY-MM-DD")
    collection: str | None = Field(default=None, description="a-z, 0-9, '.', '_', '-'")

    @field_validator("title", "organisation", "period", mode="before")
    @classmethod
    def _clean(cls, v: Any) -> Any:
        return _text(v, 300)

    @field_validator("document_type", mode="before")
    @classmethod
    def _type(cls, v: Any) -> Any:
        v = _text(v, 60)
        return v.lower().replace(" ", "_") if v else v

    @field_validator("date", mode="before")
    @classmethod
    def _date(cls, v: Any) -> Any:
        v = _text(v, 10)
        if v is not None:
            Date.fromisoformat(v)  # ValueError: not YYYY-MM-DD
        return v

    @field_validator("collection", mode="before")
    @classmethod
    def _collection(cls, v: Any) -> Any:
        v = _text(v, 64)
        if v is not None:
            v = v.lower()
            if not COLLECTION_RE.fullmatch(v):
                raise ValueError("a–z, 0–9, '.', '_' eller '-' (högst 64 tecken) / a-z, 0-9, '.', '_', '-'")
        return v

    def changes(self) -> dict[str, Any]:
        out = {name: getattr(self, name) for name in self.model_fields_set}
        for required in ("title", "collection"):
            if required in out and not out[required]:
                raise InvalidMetadataError(f"{required} kan inte tömmas / {required} cannot be cleared")
        return out


def parse_change(data: dict[str, Any]) -> MetadataChange:
    """A MetadataChange from loose input (form fields, CLI options); a bad value is one InvalidMetadataError."""
    from pydantic import ValidationError

    try:
        return MetadataChange.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first.get("loc", ())) or "metadata"
        raise InvalidMetadataError(f"{where}: {first.get('msg', 'ogiltigt värde / invalid value')}") from None


def updated_meta(meta: DocumentMeta, changes: dict[str, Any]) -> DocumentMeta:
    return DocumentMeta.model_validate({**meta.model_dump(), **changes})


def apply_to_parsed(parsed: ParsedDocument, changes: dict[str, Any]) -> ParsedDocument:
    """The parsed document with its metadata (and the chunks' copies of it) changed, before it is stored."""
    if not changes:
        return parsed
    meta = updated_meta(parsed.meta, changes)
    chunk_update = {f: getattr(meta, f) for f in CHUNK_FIELDS}
    chunks = [c.model_copy(update=chunk_update) for c in parsed.chunks]
    return parsed.model_copy(update={"meta": meta, "chunks": chunks})
