"""The blind-table scorer: a cell is right when label, column header and value all match (names fuzzily)."""

from __future__ import annotations

from eval.tables_blind import Candidate, score


def _gold(cells):
    return {"doc": "d", "page": 1, "title": "t", "columns": ["2023", "2022"],
            "cells": [{"row": r, "column": c, "raw": str(v), "value": v} for r, c, v in cells]}


def test_cells_need_label_header_and_value():
    gold = _gold([("Nettoomsättning", "2023", 4564), ("Nettoomsättning", "2022", 4377),
                  ("Summa", "2023", 10), ("Summa", "2022", 9), ("Summa", "2023", 20), ("Summa", "2022", 19)])
    cand = Candidate(ref="x", columns=["2023 ", "2022"], rows=[
        ("Netto omsättning", [4564, 4300]),   # fuzzy label; one wrong value
        ("Summa", [10, 9]),
        ("Övrigt", [1, 1]),
        ("SUMMA", [20, None]),                # second occurrence matched by order; one value missing
    ])
    right, errors = score(gold, cand)
    assert right == 4
    assert any("want 4377" in e for e in errors) and any("want 19" in e for e in errors)


def test_years_do_not_match_each_other_and_header_lines_can_name_a_column():
    gold = _gold([("Kassa", "2023-12-31", 5)])
    wrong_year = Candidate(ref="a", columns=["2022-12-31"], rows=[("Kassa", [5])])
    assert score(gold, wrong_year)[0] == 0
    by_part = Candidate(ref="b", columns=["2023-01-01 2023-12-31"], parts=[["2023-01-01", "2023-12-31"]],
                        rows=[("Kassa", [5])])
    assert score(gold, by_part)[0] == 1
