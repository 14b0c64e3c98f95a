"""Titles chosen by the structure of the first pages (ingest.titles): on real PDFs parsed under a neutral file
name, and on line lists shaped like a scanned or broken-font cover."""

from __future__ import annotations

from pathlib import Path

from ingest import parse_pdf
from ingest.manifest import Manifest
from ingest.models import IngestOptions
from ingest.titles import TitleLine, choose_title

DATA = Path(__file__).parent / "data"
OFF = IngestOptions(ocr="off")


def _title(name: str) -> str:
    return parse_pdf(DATA / name, manifest=Manifest(), options=OFF, file_name="dokument.pdf").meta.title


def test_a_cover_naming_kind_and_organisation_beats_the_pdf_title_field() -> None:
    # the PDF's Title field says "Bokslut 2025 Extra Final"; the cover says "Årsbokslut / För / Kalmar Nation /
    # (262000-0931) / Räkenskapsåret / 2025-01-01 - 2025-12-31" in one large type
    assert _title("kalmar-nation-arsbokslut-2025.pdf") == "Årsbokslut för Kalmar Nation"


def test_a_cover_letter_heading_gives_way_to_the_audits_subject() -> None:
    # the only large heading is the cover letter's "Missiv till ansvariga nämnder"
    assert _title("gbg-granskning-trygghet-studiero-2024.pdf") == "Granskning av arbetet med trygghet och studiero"


def test_a_page_heading_under_the_cover_is_not_the_title() -> None:
    cover = [TitleLine("ÅRSREDOVISNING 2023", 0, 22.5, 630), TitleLine("Brf Exempelgården i Ort", 0, 15.0, 670),
             TitleLine("FÖRVALTNINGSBERÄTTELSE", 1, 22.5, 120), TitleLine("VERKSAMHETEN", 1, 13.5, 200),
             TitleLine("Styrelsen för Brf Exempelgården i Ort får härmed avge årsredovisning.", 1, 9.0, 230)]
    text = "\n".join(ln.text for ln in cover)
    assert choose_title(cover, 9.0, None, text, text, [], "Brf Exempelgården i Ort") == \
        "Årsredovisning 2023 Brf Exempelgården i Ort"


def test_a_first_letter_dropped_by_a_broken_font_is_put_back() -> None:
    cover = [TitleLine("rsredovisning", 0, 24.0, 266), TitleLine("f!r", 0, 14.0, 305),
             TitleLine("Brf Exempelgården", 0, 24.0, 336), TitleLine("769600-0000", 0, 14.0, 375)]
    body = "Styrelsen för Brf Exempelgården avger årsredovisning för räkenskapsåret. Brf Exempelgården för"
    assert choose_title(cover, 11.0, "No Title", body, body, [], None, suspect=True) == \
        "Årsredovisning för Brf Exempelgården"


def test_an_ocr_misread_cover_takes_the_documents_own_spelling() -> None:
    cover = [TitleLine("Årsredovisning 2023", 0, 36.0, 80), TitleLine("Bri flagelgården 1 i Ort", 0, 18.0, 120)]
    body = ("Brf Hagelgården 1 i Ort äger fastigheten. Styrelsen för Brf Hagelgården 1 i Ort. "
            "Brf Hagelgården 1 i Ort har sitt säte i Ort.")
    text = "\n".join(ln.text for ln in cover) + "\n" + body
    assert choose_title(cover, 9.0, None, text, text, [], None, suspect=True) == \
        "Årsredovisning 2023 Brf Hagelgården 1 i Ort"
