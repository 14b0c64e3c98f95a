"""The text-quality check on real broken text layers (one page cut from each of two real annual reports)
and on clean real pages."""

from pathlib import Path

import pdfplumber

from ingest import parse_pdf
from ingest.layout import page_words
from ingest.models import IngestOptions
from ingest.quality import assess

DATA = Path(__file__).parent / "data"
CORPUS = Path(__file__).parent.parent / "corpus"
OFF = IngestOptions(ocr="off")


def _page_texts(pdf_path: Path, page: int = 0) -> list[str]:
    with pdfplumber.open(pdf_path) as pdf:
        return [w.text for w in page_words(pdf.pages[page])]


def test_garbled_font_encoding_is_detected():
    q = assess(_page_texts(DATA / "broken-encoding-page.pdf"))
    assert not q.ok
    assert "no_diacritics" in q.issues  # 'f"r', '!tg rder': Swedish prose without one å/ä/ö
    assert q.scores["diacritic_share"] == 0


def test_dropped_ligatures_are_detected():
    q = assess(_page_texts(DATA / "broken-ligatures-page.pdf"))
    assert not q.ok and "glyphs" in q.issues  # 'Förvaltningsberä\x00elsen'


def test_dropped_ligatures_without_a_trace_are_detected_by_the_word_list():
    """The same page with the lost glyphs extracted as spaces ('berä elsen', 'a man'): only non-words are left."""
    words = " ".join(_page_texts(DATA / "broken-ligatures-page.pdf")).replace("\x00", " ").split()
    q = assess(words)
    assert q.issues == ["non_words"]
    assert q.scores["ligature_gaps"] >= 10


def test_cid_glyphs_and_stray_punctuation_are_detected():
    text = "Styrelsen f!reslår a(cid:425) bevilja ansvarsfrihet (cid:425) och (cid:426) samt !rsredovisning".split()
    q = assess(text)
    assert "cid" in q.issues


def test_clean_pages_pass():
    for f in [CORPUS / "granskning-budgetprocessen-2023.pdf", CORPUS / "run-verksamhetsberattelse-2023-08.pdf"]:
        with pdfplumber.open(f) as pdf:
            for i in range(0, len(pdf.pages), 3):
                q = assess([w.text for w in page_words(pdf.pages[i])], full=True)
                assert q.ok, (f.name, i + 1, q)


def test_a_broken_font_encoding_is_mended_from_the_word_list_without_ocr():
    """The real page whose subset fonts map å/ä/ö to '!', '"', '#' and a space: each glyph (font and character) is
    read as the letter that makes its words Swedish words, and the page keeps its text layer (no OCR needed)."""
    doc = parse_pdf(DATA / "broken-encoding-page.pdf", options=OFF)
    page = doc.pages[0]
    assert page.quality_issues == ["mended:no_diacritics", "mended:non_words"] and not page.ocr
    assert any("mended from the Swedish word list" in w and "page" in w for w in doc.warnings)
    assert "Lägenheterna" in page.text and 'f"r' not in page.text and "!" not in page.text
    assert assess(page.text.split()).ok


def test_dropped_ligatures_are_filled_by_the_likeliest_word():
    """The real page whose ligature glyphs extract as control characters: each gap gets the ligature that makes a
    word ("berä?elsen" -> "berättelsen"), the commoner word where two would ("e?ersom" -> "eftersom")."""
    doc = parse_pdf(DATA / "broken-ligatures-page.pdf", options=OFF)
    text = doc.pages[0].text
    assert doc.pages[0].quality_issues == ["mended:glyphs"] and not doc.pages[0].ocr and "\x00" not in text
    assert "Förvaltningsberättelsen" in text and "eftersom" in text and "ettersom" not in text


def test_parse_reports_a_broken_page_it_cannot_mend_when_ocr_is_off(tmp_path):
    """Swedish prose with its å/ä/ö written as a/a/o has no glyph to read otherwise: it stays broken, and said so."""
    from tests.pdfs import write_pdf

    prose = ("Foreningen har under aret noterat kostnadshojningar bade i den egna verksamheten och i de "
             "samfalligheter som foreningen ar delaktig i. Styrelsen foreslar att arets resultat balanseras i ny "
             "rakning och att avgifterna hojs med fem procent infor nasta ar for att tacka okade rantekostnader. "
             "Foreningens lan omsatts under aret till en hogre ranta an tidigare och det paverkar resultatet.")
    words = prose.split()
    pdf = write_pdf(tmp_path / "utan-prickar.pdf", [[" ".join(words[i:i + 11]) for i in range(0, len(words), 11)]])
    doc = parse_pdf(pdf, options=OFF)
    assert "no_diacritics" in doc.pages[0].quality_issues and not doc.pages[0].ocr
    assert any("broken text layer" in w and "page 1" in w for w in doc.warnings)
    clean = parse_pdf(DATA / "fiktivt-yttrande-budgetprocessen-2024.pdf", options=OFF)
    assert not any(p.quality_issues for p in clean.pages)
    assert not any("text layer" in w for w in clean.warnings)


def test_a_bullet_glyph_without_unicode_is_a_bullet_not_a_broken_layer(tmp_path):
    """A list whose bullet glyph has no Unicode mapping (extracted as "(cid:127)" before each item): the page's text
    layer is sound, the lone glyph reads as a bullet, and the page is not sent to OCR."""
    from tests.pdfs import write_pdf

    pdf = write_pdf(tmp_path / "lista.pdf", [["Rekommendationer", "Vi rekommenderar nämnden att:",
                                              "• revidera rutinen för inköp av tjänster", "• följa upp avtalen årligen",
                                              "• redovisa uppföljningen för nämnden", "Granskningen är därmed avslutad."]])
    with pdfplumber.open(pdf) as doc:
        assert "(cid:" in doc.pages[0].extract_text()  # the glyph has no Unicode mapping
        words = [w.text for w in page_words(doc.pages[0])]
    assert words.count("•") == 3 and not any("(cid:" in w for w in words)
    assert assess(words).ok
    parsed = parse_pdf(pdf, options=IngestOptions(ocr="auto"))
    assert not parsed.pages[0].ocr and "• följa upp avtalen årligen" in parsed.pages[0].text


def test_a_line_of_codes_heads_no_section():
    """A verification stamp read by OCR ("& B1YdNsc1A-rkxY EicJR") is no heading, so no table below it is titled
    by it; a heading in capitals or with a number still is."""
    from ingest.layout import Line, Word
    from ingest.sections import mark_headings

    def line(text, size=14.0):
        ws, x = [], 50.0
        for t in text.split():
            ws.append(Word(t, x, x + 6 * len(t), 100, 100 + size, size, True))
            x += 6 * len(t) + 4
        ln = Line(words=ws, top=100, bottom=100 + size)
        ln.refresh()
        return ln

    lines = [line("& B1YdNsc1A-rkxY EicJR"), line("NYCKELTAL"), line("3 Iakttagelser")]
    mark_headings(lines, body=10.0, page_width=595, page_height=842)
    assert [ln.kind for ln in lines] == ["text", "heading", "heading"]
