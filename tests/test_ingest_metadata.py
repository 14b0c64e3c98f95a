"""Metadata read from the document when no manifest gives it (ingest.metadata), on two small real PDFs
parsed under a neutral file name, and on PDFs written with reportlab."""

from __future__ import annotations

import json
from pathlib import Path

from ingest import parse_pdf
from ingest.manifest import Manifest, load_manifest
from ingest.metadata import document_types
from ingest.models import IngestOptions
from tests.pdfs import write_pdf

DATA = Path(__file__).parent / "data"
OFF = IngestOptions(ocr="off")


def _meta(path: Path, manifest: Manifest | None = None):
    return parse_pdf(path, manifest=manifest or Manifest(), options=OFF, file_name="dokument.pdf").meta


def test_the_type_vocabulary_is_data() -> None:
    ids = {t.id for t in document_types()}
    assert {"arsredovisning", "delarsrapport", "verksamhetsberattelse", "budget", "granskningsrapport",
            "revisionsberattelse", "yttrande", "protokoll"} <= ids
    assert all(t.year in ("subject", "date") and t.patterns for t in document_types())


def test_a_student_nations_annual_accounts() -> None:
    meta = _meta(DATA / "kalmar-nation-arsbokslut-2025.pdf")
    assert meta.document_type == "arsredovisning"
    assert meta.year == 2025 and meta.period == "2025-01-01–2025-12-31"
    assert meta.organisation and meta.organisation.casefold() == "kalmar nation"
    assert {"document_type", "year", "organisation", "period"} <= set(meta.inferred)


def test_a_city_audit_summary_takes_its_year_from_the_signing_date() -> None:
    meta = _meta(DATA / "gbg-granskning-hemvardsbidrag-2023.pdf")
    assert meta.document_type == "granskningsrapport"
    assert meta.date == "2023-10-17" and meta.year == 2023  # "Göteborg den 17 oktober 2023"
    assert meta.organisation == "Stadsrevisionen"
    assert "hemvårdsbidrag" in meta.title


def test_the_bundled_audit_report_without_its_manifest() -> None:
    meta = _meta(Path(__file__).parents[1] / "corpus" / "granskning-budgetprocessen-2023.pdf")
    assert (meta.document_type, meta.year, meta.organisation) == ("granskningsrapport", 2023, "Region Kalmar län")
    assert meta.period is None  # the plan years its text mentions are not the report's period


def test_generated_interim_report_and_minutes(tmp_path) -> None:
    interim = write_pdf(tmp_path / "a.pdf", [["Simrishamns kommun", "Delårsrapport januari–augusti 2024",
                                              "Nämnden redovisar utfallet för perioden och en prognos för helåret.",
                                              "Resultatet är bättre än budget för perioden."]])
    meta = _meta(interim)
    assert (meta.document_type, meta.year, meta.period) == ("delarsrapport", 2024, "januari–augusti 2024")
    assert meta.organisation == "Simrishamns kommun"
    minutes = write_pdf(tmp_path / "b.pdf", [["Sammanträdesprotokoll", "Kommunstyrelsens arbetsutskott",
                                              "Datum: 2024-05-14", "§ 12 Budgetuppföljning efter april.",
                                              "Arbetsutskottet beslutar att lägga rapporten till handlingarna."]])
    meta = _meta(minutes)
    assert (meta.document_type, meta.date, meta.year) == ("protokoll", "2024-05-14", 2024)


def test_a_manifest_wins_field_by_field(tmp_path) -> None:
    pdf = DATA / "kalmar-nation-arsbokslut-2025.pdf"
    (tmp_path / "manifest.json").write_text(json.dumps({"files": [{"file": pdf.name, "title": "Nationens bokslut",
                                                                   "year": 2024}]}), encoding="utf-8")
    meta = _meta(pdf, load_manifest(tmp_path))
    assert (meta.title, meta.year) == ("Nationens bokslut", 2024)  # given
    assert meta.document_type == "arsredovisning" and "document_type" in meta.inferred  # read from the PDF
    assert "title" not in meta.inferred and "year" not in meta.inferred


def test_a_generators_placeholder_title_is_no_title(tmp_path) -> None:
    """reportlab's document template writes "(anonymous)" as the PDF Title; the title is then read from the page."""
    pdf = write_pdf(tmp_path / "c.pdf", [["Uppföljning av granskningen av lokalförsörjningen",
                                          "Nämnden har under året infört en ny rutin för lokalplanering."]],
                    title="(anonymous)")
    meta = _meta(pdf)
    assert meta.title != "(anonymous)" and "Uppföljning" in meta.title
