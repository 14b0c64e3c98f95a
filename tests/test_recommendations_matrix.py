"""Status matrices (one row per recommendation, one column per committee, symbols explained by the page's key) and a
later statement's chapter per committee with an unnumbered heading of the audit under it: on real PDFs rendered
from small texts and read by pdfplumber, with the real embedder."""

from __future__ import annotations

from pathlib import Path

from assistant.recommendations.matrix import cell_status, column_committee, status_columns, symbol_key
from assistant.recommendations.tracker import run
from eval.recommendations_blind import committee_status

from tests.rendered_docs import rendered_docs
from tests.test_recommendations_joint_and_tables import AUDIT_FOOD, AUDIT_PARKS

KEY = "Teckenförklaring: ✔ = Genomfört   ◐ = Påbörjat   ✖ = Ej påbörjat   ? = Underlag saknas   – = Ej riktad till nämnden"

MATRIX_SUMMARY = f"""Årsredogörelse 2025
Stadsrevisionen
Datum: 2026-03-18

3 Uppföljning av tidigare granskningar
Revisionskontoret har följt upp två granskningar under året.

3.1 Parkernas skötsel
Resultatet sammanfattas i tabellen. Nämnderna står i en annan ordning än i rapporten.
{KEY}

Rek. | KN | Fritidsnämnden | PN | Innebörd i korthet
1 | ◐ | ✔ | ✖ | Gemensam plan för lekplatserna
2 | – | ✔ | ◐ | Besiktningar av lekredskapen
3 | ? | – | – | Den offentliga konsten

3.2 Livsmedelskontrollens planering
Miljönämnden har beslutat om en riskbaserad kontrollplan som tillämpas sedan januari 2025. Vi bedömer att
rekommendationen är omhändertagen.
"""

CHAPTERS = """Granskningsredogörelse 2025
Stadsrevisionen
Datum: 2026-03-24

5 Uppföljning av tidigare års granskningar
Vi följer upp varje rekommendation för varje nämnd som den riktades till.

5.1 Parknämnden
Uppföljning av granskningen av parkernas skötsel
Parknämnden har tillsammans med fritidsnämnden beslutat om en gemensam skötselplan för lekplatserna. Vi bedömer
att rekommendationen om en gemensam plan för lekplatserna är omhändertagen.

5.2 Fritidsnämnden
Uppföljning av granskningen av parkernas skötsel
Fritidsnämnden har ännu inte ställt sig bakom skötselplanen och använder fortfarande sin egen plan. Vi bedömer att
rekommendationen om en gemensam plan för lekplatserna inte är omhändertagen.
"""


def test_the_pages_key_says_what_each_symbol_means():
    key = symbol_key(KEY)
    assert key["✔"] == "Genomfört" and key["?"] == "Underlag saknas"
    assert [cell_status(c, key) for c in ("✔", "◐", "✖", "?", "–")] == ["atgardad", "delvis", "ej_atgardad",
                                                                        "oklart", ""]
    assert cell_status("✔", {}) == "atgardad" and cell_status("Påbörjat", {}) == "delvis"  # no key: the lexicon's
    assert cell_status("Lekplatser", {}) is None


def test_status_columns_are_those_whose_cells_read_as_statuses():
    rows = [["1", "✔", "◐", "Plan för lekplatserna"], ["2", "–", "✖", "Besiktningar"]]
    assert status_columns(rows, {}) == [1, 2]


def test_a_column_header_names_a_committee_by_name_or_short_form():
    names = ["Socialnämnden Nordost", "Socialnämnden Hisingen", "Grundskolenämnden", "Kommunstyrelsen"]
    assert column_committee("SN Nordost", names) == "Socialnämnden Nordost"
    assert column_committee("Grundskolen ämnden", names) == "Grundskolenämnden"  # broken over the header's lines
    assert column_committee("KS", ["Kommunstyrelsen", "Kulturnämnden"]) == "Kommunstyrelsen"
    assert column_committee("UN", names) is None  # no utbildningsnämnd among the addressees


def test_a_status_matrix_gives_each_committee_its_own_status(tmp_path: Path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-parker-2023": AUDIT_PARKS, "granskning-livsmedel-2023": AUDIT_FOOD,
                            "arsredogorelse-2025": MATRIX_SUMMARY})
    _, _, tracked = run(docs, embedder)
    parks = {t.number: t for t in tracked if t.report_doc_id == "granskning-parker-2023"}
    assert committee_status(parks[1], "Kulturnämnden") == "delvis"
    assert committee_status(parks[1], "Fritidsnämnden") == "atgardad"
    assert committee_status(parks[1], "Parknämnden") == "ej_atgardad"
    assert committee_status(parks[2], "Fritidsnämnden") == "atgardad"
    assert committee_status(parks[2], "Parknämnden") == "delvis"
    assert parks[3].status == "oklart"  # "?": the auditors could not tell
    food = next(t for t in tracked if t.report_doc_id == "granskning-livsmedel-2023")
    assert food.status == "atgardad"


MATRIX_BY_COMMITTEE = f"""Uppföljning av granskningen av parkernas skötsel
Revisionskontoret
Datum: 2025-10-02

Matrisen visar vår bedömning per nämnd (rader) och rekommendation (kolumner).

Nämnd | R1 | R2 | R3
Parknämnden | ✔ | ◐ | –
Fritidsnämnden | ✖ | ✔ | –
Kulturnämnden | ◐ | – | ✔

{KEY}
"""


def test_a_matrix_with_committees_as_rows_and_recommendations_as_columns(tmp_path: Path, embedder):
    """The matrix the other way round: each cell is its row's committee's status of its column's recommendation;
    a dash is a committee the recommendation was not addressed to."""
    docs = rendered_docs(tmp_path, {"granskning-parker-2023": AUDIT_PARKS, "uppfoljning-parker-2025": MATRIX_BY_COMMITTEE})
    _, _, tracked = run(docs, embedder)
    parks = {t.number: t for t in tracked if t.report_doc_id == "granskning-parker-2023"}
    assert committee_status(parks[1], "Parknämnden") == "atgardad"
    assert committee_status(parks[1], "Fritidsnämnden") == "ej_atgardad"
    assert committee_status(parks[1], "Kulturnämnden") == "delvis"
    assert committee_status(parks[2], "Parknämnden") == "delvis"
    assert committee_status(parks[2], "Fritidsnämnden") == "atgardad"
    assert parks[3].status == "atgardad"


COMPILED = """Redovisning av hur nämnderna har omhändertagit stadsrevisionens rekommendationer
Kommunstyrelsen
Datum: 2025-10-14

Sammanfattning
Kommunstyrelsen följer enligt sin uppsiktsplikt hur nämnderna hanterar de rekommendationer som stadsrevisionen
lämnar. Redovisningen är uppställd med en tabell per granskning, och i kolumnen Bedömning anges
stadsledningskontorets samlade bedömning av hur långt arbetet har kommit.

Tabell 1. Granskning av parkernas skötsel

Rekommendation | Nämnd | Åtgärder | Bedömning
Rek. 1 | Parknämnden | Nämnden antog en skötselplan för lekplatserna i mars 2025. | Rekommendationen är omhändertagen.
Rek. 1 | Fritidsnämnden | Ett förslag till plan är under framtagande. | Arbetet är påbörjat men inte slutfört.
Rek. 2 | Parknämnden | Nämnden har inte redovisat några åtgärder. | Inget har gjorts.

Tabell 2. Granskning av livsmedelskontrollens planering
Rekommendationen riktades till miljönämnden.

Rekommendation | Nämnd | Åtgärder | Bedömning
Rek. 1 | Miljönämnden | En riskbaserad kontrollplan tillämpas sedan januari 2025. | Genomförd.
"""


def test_a_compiled_account_with_a_status_table_per_audit(tmp_path: Path, embedder):
    """The city executive board's account of several audits, a table per audit under a caption that names it (a
    sentence perhaps joined to the caption): each row is its committee's status of the recommendation its number
    gives in that audit, never another audit's."""
    docs = rendered_docs(tmp_path, {"granskning-parker-2023": AUDIT_PARKS, "granskning-livsmedel-2023": AUDIT_FOOD,
                            "ks-sammanstallning-2025": COMPILED})
    _, _, tracked = run(docs, embedder)
    parks = {t.number: t for t in tracked if t.report_doc_id == "granskning-parker-2023"}
    assert committee_status(parks[1], "Parknämnden") == "atgardad"
    assert committee_status(parks[1], "Fritidsnämnden") == "delvis"
    assert committee_status(parks[2], "Parknämnden") == "ej_atgardad"
    food = next(t for t in tracked if t.report_doc_id == "granskning-livsmedel-2023")
    assert food.status == "atgardad"
    assert not any(e.doc_id == "ks-sammanstallning-2025" and "Miljönämnden" in e.quote for t in parks.values()
                   for e in t.evidence)  # the second table's row is not the first audit's


def test_a_chapter_per_committee_reads_past_the_audits_own_heading(tmp_path: Path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-parker-2023": AUDIT_PARKS, "granskningsredogorelse-2025": CHAPTERS})
    _, _, tracked = run(docs, embedder)
    plan = next(t for t in tracked if t.number == 1)
    assert committee_status(plan, "Parknämnden") == "atgardad"
    assert committee_status(plan, "Fritidsnämnden") == "ej_atgardad"


def test_a_section_verdict_that_numbers_a_recommendation_is_that_ones_alone():
    from types import SimpleNamespace

    from assistant.recommendations.reference import _numbers_others

    first, sixth = SimpleNamespace(number=1), SimpleNamespace(number=6)
    verdict = "Arbetet med gemensamma rutiner (rekommendation 6) pågår i en arbetsgrupp."
    assert _numbers_others(verdict, first) and not _numbers_others(verdict, sixth)
    assert not _numbers_others("Rekommendation 1 och 6 är genomförda.", first)
    assert not _numbers_others("Arbetet pågår i alla nämnder.", first)  # a verdict naming none is everyone's


WORD_KEY = """Teckenförklaring
Grön   Rekommendationen bedöms vara omhändertagen.
Gul    Åtgärder har vidtagits men rekommendationen är inte omhändertagen fullt ut.
Röd    Inga eller otillräckliga åtgärder har vidtagits."""

COLOUR_TABLE = f"""Uppföljning av granskningen av parkernas skötsel
Stadsrevisionen
Datum: 2025-11-04

Revisionskontoret har följt upp granskningen av parkernas skötsel. Statusen anges med färg.
{WORD_KEY}

Nr | Nämnd | Status | Kommentar
1 | Kulturnämnden | Gul | Planen är beslutad men tillämpas ännu inte vid alla lekplatser
1 | Fritidsnämnden | Grön | Planen tillämpas sedan våren 2025
1 | Parknämnden | Röd | Ingen plan finns
"""


def test_a_key_of_words_says_what_each_colour_means():
    """A key whose marks are words, one entry a line or run together by the text extraction: each meaning is read
    as prose; without a key the traffic-light colours read as the lexicon gives them."""
    key = symbol_key(WORD_KEY)
    assert set(key) == {"Grön", "Gul", "Röd"}
    assert [cell_status(c, key) for c in ("Grön", "Gul", "Röd")] == ["atgardad", "delvis", "ej_atgardad"]
    assert symbol_key(" ".join(WORD_KEY.split())) == key  # run together on one line
    assert cell_status("Gul", {}) == "delvis" and cell_status("röd", {}) == "ej_atgardad"
    # a key that reverses the usual reading wins over the lexicon
    assert cell_status("Gul", symbol_key("Förklaring: Gul Inga åtgärder har vidtagits.")) == "ej_atgardad"


def test_a_status_column_of_colours_is_read_through_the_key(tmp_path: Path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-parker-2023": AUDIT_PARKS, "uppfoljning-parker-2025": COLOUR_TABLE})
    _, _, tracked = run(docs, embedder)
    plan = next(t for t in tracked if t.report_doc_id == "granskning-parker-2023" and t.number == 1)
    assert committee_status(plan, "Kulturnämnden") == "delvis"
    assert committee_status(plan, "Fritidsnämnden") == "atgardad"
    assert committee_status(plan, "Parknämnden") == "ej_atgardad"
    assert "Gul" in next(c for c in plan.by_committee if c.committee.lower() == "kulturnämnden").reason
