"""The fictional follow-up letters for the dev half's audits (eval/blind/source/followup_letters/) are usable
development data: every letter's recommendation quote ties to a gold recommendation of the dev half, and a letter
rendered to PDF is read back by pdfplumber with its pages and evidence sentences."""

from __future__ import annotations

import json

import pdfplumber

from eval.recommendations_blind import BLIND
from eval.tracker_letters import LETTERS, gold_with_letters, render


def _letters() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(LETTERS.glob("*.json"))]


def test_every_letter_status_ties_to_a_dev_recommendation():
    dev = json.loads((BLIND / "recommendations_dev.json").read_text(encoding="utf-8"))
    letters = _letters()
    assert len(letters) == 7 and {x["follows_up"] for x in letters} <= {a["doc"] for a in dev["audits"]}
    gold, unmatched = gold_with_letters(dev, letters)
    assert not unmatched
    added = len(gold["followups"]) - len(dev["followups"])
    assert added == sum(len(x["followups"]) for x in letters) == 28
    assert {f["status"] for f in gold["followups"]} == {"atgardad", "delvis", "ej_atgardad", "oklart"}


def test_a_rendered_letter_reads_back_with_its_evidence(tmp_path):
    letter = next(x for x in _letters() if x["file"].startswith("gbg-granskning-skyfall"))
    pdf = tmp_path / f"{letter['file']}.pdf"
    render((LETTERS / f"{letter['file']}.txt").read_text(encoding="utf-8"), pdf)
    with pdfplumber.open(pdf) as doc:
        pages = [" ".join((p.extract_text() or "").split()) for p in doc.pages]
    assert pages[0].startswith("FIKTIVT TESTDOKUMENT")
    for f in letter["followups"]:
        words = " ".join(f["evidence"].split())[:40]
        assert words in " ".join(pages[max(0, f["page"] - 1):f["page"] + 1]), words


def test_a_company_and_its_board_count_as_the_same_addressee():
    from eval.recommendations_blind import _organ_key

    assert _organ_key("Styrelsen för Exempel Energi AB") == _organ_key("Exempel Energi AB") == "exempel energi ab"
    assert _organ_key("Styrelsen i Exempel Energi AB") == "exempel energi ab"
    assert _organ_key("Kulturnämnden") != _organ_key("Kultur- och fritidsnämnden")


def test_a_typed_table_of_wrapped_cells_is_rendered_by_its_columns():
    """A plain-text table whose cells wrap onto indented lines (and rules between its rows) renders as one row per
    entry with each cell whole in its column (the lines' leading blank columns were dropped before: every wrapped
    line came out one column to the left)."""
    from eval.tracker_letters import aligned_rows

    lines = ["Punkt  Brist                      Förslag                      Svar",
             "---------------------------------------------------------------------------",
             "A      Rutinen för inköp är       Kommunstyrelsen bör se       Arbetet har",
             "       gammal och saknar          över rutinen för inköp.      påbörjats.",
             "       ansvarsfördelning.",
             "---------------------------------------------------------------------------",
             "B      Avtalen följs inte upp.    Nämnden bör följa upp        Klart i maj.",
             "                                  avtalen varje år."]
    assert aligned_rows(lines) == [
        ["Punkt", "Brist", "Förslag", "Svar"],
        ["A", "Rutinen för inköp är gammal och saknar ansvarsfördelning.",
         "Kommunstyrelsen bör se över rutinen för inköp.", "Arbetet har påbörjats."],
        ["B", "Avtalen följs inte upp.", "Nämnden bör följa upp avtalen varje år.", "Klart i maj."]]
