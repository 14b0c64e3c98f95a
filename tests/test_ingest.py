"""Ingestion on the real corpus PDFs and the fictional response letter (real pdfplumber)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from eval.tables_eval import evaluate_tables
from ingest import load_manifest, parse_pdf
from tests.parsed_pdfs import parsed

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
DATA = Path(__file__).resolve().parent / "data"
REPORT = "granskning-budgetprocessen-2023"
DECK = "run-verksamhetsberattelse-2023-08"
LETTER = "fiktivt-yttrande-budgetprocessen-2024"


def ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def docs():
    return {stem: parsed(CORPUS / f"{stem}.pdf") for stem in (REPORT, DECK)}


@pytest.fixture(scope="module")
def letter():
    return parsed(DATA / f"{LETTER}.pdf")


def test_running_headers_and_footers_removed(docs, letter):
    for doc in docs.values():
        for p in doc.pages:
            assert "regionkalmar.se" not in p.text
            assert "www.sironagroup.se" not in p.text
            assert "Granskning av budgetprocessen i Region Kalmar län\n" not in p.text[:90]
            assert not p.text.startswith("Region Kalmar län – Granskning")
    for p in letter.pages:
        assert "FIKTIVT TESTDOKUMENT" not in p.text
        assert not re.search(r"(?m)^Sida \d+$", p.text)
    assert all(p.text.strip() for p in docs[REPORT].pages[:25])


def test_footnote_markers_are_superscripts(docs):
    text = "\n".join(p.text for p in docs[REPORT].pages)
    assert "Kolada-databasen¹" in text
    assert "resultatutjämningsreserven³" in text
    p7 = docs[REPORT].pages[6].text
    assert "prognos för 2023⁶." in p7
    assert "jämförelse⁴." in p7
    # the footnote text stays, at the end of the page
    assert p7.rstrip().endswith("delårsrapport per augusti 2023")
    assert "⁵ Avstämning mot kommunallagens balanskrav" in p7


def test_bullets_are_list_items_and_lines_joined(docs):
    p3 = docs[DECK].pages[2].text
    assert "\n▪ Stärkt samverkan med länets kommuner och övriga samarbetspartners\n" in p3
    p1 = docs[REPORT].pages[0].text
    assert "kännetecknas av tydliga regler och riktlinjer och en god struktur" in p1  # hard break joined
    assert "\n• Budgetprocessen kan utvecklas genom att i arbetet ha ett mer långsiktigt perspektiv på kanske 5–10 år.\n" in p1
    assert all(unicode_nfc(p.text) for d in docs.values() for p in d.pages)


def unicode_nfc(text: str) -> bool:
    import unicodedata

    return unicodedata.normalize("NFC", text) == text


def test_sections(docs, letter):
    heads = [s.heading for s in docs[REPORT].sections]
    for h in ("7.6 Ekonomisk uppföljning och prognoser", "9 Rekommendationer", "Bilaga 4: Träffsäkerhet i ekonomiska prognoser",
              "7.4 Kopplingen mellan verksamheternas budget, mål, uppdrag och produktionsmål"):
        assert h in heads
    s76 = next(s for s in docs[REPORT].sections if s.heading.startswith("7.6"))
    assert s76.level == 2
    deck = [s.heading for s in docs[DECK].sections]
    assert "Budgetuppföljning per verksamhet" in deck and "Mål och delmål" in deck
    assert "Exempel insatser Invånare och kund - Hälsa och välbefinnande" in deck  # a title over two lines
    assert [s.heading for s in letter.sections][1:] == [f"Rekommendation {n}" for n in range(1, 9)]


def test_chunk_metadata_and_sizes(docs):
    doc = docs[REPORT]
    heads = {s.heading for s in doc.sections}
    assert len({c.id for c in doc.chunks}) == len(doc.chunks)
    for c in doc.chunks:
        assert c.doc_id == REPORT and c.title == "Granskning av budgetprocessen i Region Kalmar län"
        assert c.document_type == "granskningsrapport" and c.year == 2023
        assert 1 <= c.page_start <= c.page_end <= 30
        assert c.id.startswith(f"{REPORT}:") and c.id.endswith(f":{doc.chunks.index(c)}")
        assert c.section is None or c.section in heads
    prose = [c for c in doc.chunks if c.kind == "text"]
    sizes = [len(c.text.split()) for c in prose]
    assert max(sizes) <= 280
    assert sum(60 <= n <= 230 for n in sizes) >= 0.7 * len(sizes)
    assert any(c.page_end > c.page_start for c in prose)  # a chunk may run over a page break
    # never across a section: a chunk starting with a heading names that heading as its section
    for c in prose:
        first = c.text.split("\n")[0]
        if first in heads:
            assert c.section == first


def test_table_chunks(docs):
    doc = docs[REPORT]
    tchunks = [c for c in doc.chunks if c.kind == "table"]
    assert {c.table_id for c in tchunks} == {t.id for t in doc.tables}
    t3 = next(c for c in tchunks if "Tabell 3" in c.text)
    assert (t3.page_start, t3.page_end) == (26, 27)
    assert "Finansiella poster 492 671 924" in t3.text
    assert not any("-289 -295 -299" in c.text for c in doc.chunks if c.kind == "text")


def test_every_gold_quote_is_in_a_chunk_of_its_document(docs):
    missing = []
    total = 0
    for line in (ROOT / "eval" / "questions.jsonl").read_text(encoding="utf-8").splitlines():
        q = json.loads(line)
        if not q.get("doc"):
            continue
        own = [ws(c.text) for c in docs[q["doc"]].chunks]
        every = [ws(c.text) for d in docs.values() for c in d.chunks]
        pages = [ws(p.text) for d in docs.values() for p in d.pages]
        for quote in q["quotes"]:
            total += 1
            qq = ws(quote)
            # q067 compares both documents and quotes each; otherwise the quote's own document must hold it
            if not (any(qq in t for t in own) or (any(qq in t for t in every) and q["id"] == "q067")):
                missing.append((q["id"], quote))
            assert any(qq in t for t in pages), (q["id"], quote)
    assert total > 100
    assert missing == [], f"{len(missing)} of {total} gold quotes not found: {missing}"


def test_tables_typed(docs):
    t4 = next(t for t in docs[REPORT].tables if t.caption and t.caption.startswith("Tabell 4"))
    assert t4.title == "Tabell 4: Resultatprognoser och utfall år 2022 (2022, belopp i mnkr)"
    assert t4.unit == "mnkr" and t4.page == 27
    total = next(r for r in t4.rows if r.label == "TOTALT")
    assert total.cells[0].raw == "--195" and total.cells[0].value == -195
    assert any("--195" in w for w in t4.warnings)
    rs = next(r for r in t4.rows if r.label == "Regionstyrelsen")
    assert all(c.value is None and c.raw == "" for c in rs.cells)
    t1 = next(t for t in docs[REPORT].tables if t.page == 7)
    assert t1.title.startswith("Tabell 1: Redovisning av resultat för Region Kalmar län 2018–2022")
    assert [r.label for r in t1.rows][-1] == "2023 prognos"
    t5 = next(t for t in docs[REPORT].tables if t.caption and t.caption.startswith("Tabell 5"))
    hs = next(r for r in t5.rows if r.label == "Hälso- och sjukvårdsförvaltningen")
    assert [c.value for c in hs.cells] == [-353, -367, None]
    deck = docs[DECK].tables
    assert [t.page for t in deck] == [15, 16]  # not the p23 box layout, not prose
    t16 = deck[1]
    assert t16.unit == "tkr"
    assert t16.columns[-1] == "Helårsprognos budgetavvikelse 2023 (tkr)"
    assert "Regional utveckling 51 264 15 473 30 20 110 4 205" in ws(t16.render_text())
    # the question/answer table of 8.1 is a text table: its text is also in prose chunks
    qa = next(t for t in docs[REPORT].tables if t.page == 20)
    assert qa.page_end == 21 and len(qa.rows) >= 9
    assert any("följer delvis den beslutade modellen för budgetprocessen" in c.text for c in docs[REPORT].chunks if c.kind == "text")


def test_gold_tables_matched(docs):
    report = evaluate_tables(list(docs.values()), ROOT / "eval" / "tables.json")
    assert len(report.ours) == 4
    assert report.ours_accuracy == 1.0, [s.errors for s in report.ours]
    assert all(s.columns_match for s in report.ours)
    assert report.baseline_accuracy < 1.0


def test_manifest_metadata(docs, letter, tmp_path):
    deck = docs[DECK].meta
    assert deck.title == "Verksamhetsberättelse augusti 2023 – Regional utvecklingsnämnd/förvaltning"
    assert deck.document_type == "verksamhetsberattelse" and deck.year == 2023 and deck.pages == 23
    assert len(deck.sha256) == 64
    # the letter comes with a manifest of its own? no: metadata is guessed from the PDF
    meta = parse_pdf(DATA / f"{LETTER}.pdf", manifest=load_manifest(tmp_path)).meta
    assert meta.doc_id == LETTER
    assert meta.document_type == "yttrande" and meta.date == "2024-03-19" and meta.year == 2024
    # an explicit manifest with a doc_id overrides the file stem
    (tmp_path / "manifest.json").write_text(
        json.dumps({"files": [{"file": f"{LETTER}.pdf", "doc_id": "yttrande-2024", "title": "Yttrande", "year": 2024}]}),
        encoding="utf-8",
    )
    meta2 = parse_pdf(DATA / f"{LETTER}.pdf", manifest=load_manifest(tmp_path)).meta
    assert meta2.doc_id == "yttrande-2024" and meta2.title == "Yttrande"
