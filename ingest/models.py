"""Typed objects that leave the ingestion stage. Every later stage consumes these."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field

if TYPE_CHECKING:  # pragma: no cover
    from rodatraden.settings import Settings


class IngestOptions(BaseModel):
    """How to read a PDF (from rodatraden.settings: RODATRADEN_OCR, RODATRADEN_OCR_ENGINE, RODATRADEN_OCR_DPI)."""

    ocr: Literal["auto", "off"] = "auto"  # auto: OCR pages with no or a broken text layer
    ocr_engine: Literal["tesseract", "rapidocr"] = "tesseract"
    ocr_dpi: int = 300
    ocr_lang: str = "swe"

    @classmethod
    def from_settings(cls, settings: Settings) -> IngestOptions:
        return cls(ocr=settings.ocr, ocr_engine=settings.ocr_engine, ocr_dpi=settings.ocr_dpi)


class DocumentMeta(BaseModel):
    doc_id: str
    title: str
    document_type: str | None = None  # e.g. verksamhetsberattelse, granskningsrapport, yttrande
    year: int | None = None
    date: str | None = None  # ISO date when known (YYYY-MM-DD), else None
    organisation: str | None = None
    period: str | None = None  # "2023-01-01–2023-12-31", "januari–augusti 2023", "2027–2031"
    file_name: str
    sha256: str
    pages: int = 0
    text_sha256: str | None = None  # ingest.parse.text_hash: finds the same text in another file
    inferred: list[str] = Field(default_factory=list)  # fields read from the document (no manifest gave them)
    collection: str = "standard"  # who may see it: API keys are scoped to collections


class Page(BaseModel):
    doc_id: str
    number: int  # 1-based PDF page number
    text: str  # cleaned: NFC, running headers/footers/page numbers removed, paragraphs joined
    ocr: bool = False  # the text was read by OCR from the rendered page (no or a broken text layer)
    # the text layer's faults (ingest.quality), empty when clean; "mended:<fault>" for one mended from the word list
    # (ingest.glyphs: the page's text is the mended text layer)
    quality_issues: list[str] = Field(default_factory=list)


class Section(BaseModel):
    doc_id: str
    heading: str
    page: int  # page where the heading stands
    level: int = 1


class NumberMention(BaseModel):
    """A number found in text (see ingest.numbers.find_numbers)."""

    value: float
    raw: str  # exactly as in the text, unit included when present
    unit: str | None = None  # "mnkr", "tkr", "%", ... when one follows the number
    start: int
    end: int


class Cell(BaseModel):
    raw: str
    value: float | None = None


class ColumnInfo(BaseModel):
    """What one column holds, read from its header rows (see ingest.tables_typed)."""

    header: str  # the merged header text (same as Table.columns[i])
    parts: list[str] = Field(default_factory=list)  # the header's lines, top to bottom ("2025-01-01 -", "2025-12-31")
    role: str = "value"  # "label" | "value" | "note" (note references such as "Not 3") | "text"
    year: int | None = None  # 2023 in "Budget 2023", "2023-12-31", "Utfall 2023 jan-aug"
    period: str | None = None  # "2023-01-01 – 2023-12-31", "jan-aug", "Helår", "Period", "2023-12-31"
    measure: str | None = None  # "Utfall", "Budget", "Prognos", "Avvikelse", "Plan", "Fg prognos" …
    unit: str | None = None  # "tkr", "mnkr", "%" when the header says so
    group: str | None = None  # the spanning header above it, e.g. "Period" or "Helår"


class TableRow(BaseModel):
    label: str
    cells: list[Cell]
    total: bool = False  # a sum row ("Summa …", "Totalt", "Årets resultat" …; ingest/vocab/table_terms.json)
    page: int | None = None  # the page the row stands on (a table continuing over pages has rows on several)


class Table(BaseModel):
    id: str  # f"{doc_id}:t{page}-{index}"
    doc_id: str
    page: int  # first page (1-based)
    page_end: int | None = None  # last page when the table continues
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom on the first page (PDF points)
    title: str  # caption ("Tabell 4: …") or the slide/section heading
    caption: str | None = None  # "Tabell 4: Resultatprognoser och utfall år 2022" (footnote marker removed)
    heading: str | None = None  # the short heading just above the table, e.g. "2022, belopp i mnkr"
    unit: str | None = None  # "tkr", "mnkr", "%" …
    columns: list[str]  # header per column, the label column first
    rows: list[TableRow]
    column_info: list[ColumnInfo] = Field(default_factory=list)  # one per entry of columns (typed headers)
    number_style: str = "sv"  # "sv" ("-166 311", "1,5") or "en" ("3,983,166.42") as the table prints numbers
    warnings: list[str] = Field(default_factory=list)

    def render_text(self) -> str:
        """Text rendering indexed for retrieval: title, unit, headers and rows."""
        lines = [self.title]
        if self.unit:
            lines.append(f"Belopp i {self.unit}")
        head = " ".join(c for c in self.columns if c.strip())
        if head:
            lines.append(head)
        for row in self.rows:
            lines.append(" ".join(t for t in [row.label, *(c.raw for c in row.cells)] if t.strip()))
        return "\n".join(lines)


class Chunk(BaseModel):
    id: str  # stable: f"{doc_id}:{sha}:{n}"
    doc_id: str
    title: str
    document_type: str | None = None
    year: int | None = None
    page_start: int
    page_end: int
    section: str | None = None
    text: str
    kind: str = "text"  # "text" or "table"
    table_id: str | None = None


class ParsedDocument(BaseModel):
    meta: DocumentMeta
    pages: list[Page]
    sections: list[Section]
    chunks: list[Chunk]
    tables: list[Table]
    warnings: list[str] = Field(default_factory=list)
