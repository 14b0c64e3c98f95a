"""The answer contract shared by the CLI (--json), the HTTP API and the UI."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Citation(BaseModel):
    n: int
    doc_id: str
    title: str
    page: int
    quote: str  # an exact span of that page's extracted text (verified)
    ocr: bool = False  # that page's text was read by OCR (a scan or a broken text layer): it may hold misreadings


class TableSource(BaseModel):
    doc_id: str
    page: int


class AnswerTable(BaseModel):
    title: str
    columns: list[str]
    rows: list[list[str | float | int | None]]
    source: TableSource
    unit: str | None = None


class Turn(BaseModel):
    role: str  # "user" | "assistant"
    content: str


class Answer(BaseModel):
    question: str
    answer: str
    language: str  # "sv" | "en"
    abstained: bool
    citations: list[Citation] = Field(default_factory=list)
    tables: list[AnswerTable] = Field(default_factory=list)
    timings_ms: dict[str, float] = Field(default_factory=dict)
    notes: list[str] = Field(default_factory=list)  # e.g. "LLM unreachable, extractive answer shown"
