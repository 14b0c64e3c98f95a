"""Answer units read the way a page is written: short lines under a lead-in that ends in a colon are the items of a
list (no bullets needed), and a dotted abbreviation ("fr.o.m.", "bl.a.") ends no sentence. The pages are written for
this test."""

from __future__ import annotations

from ingest.units import page_units

PAGE = """VIKTIGA HÄNDELSER
Styrelsen har under året arbetat med följande åtgärder:
Fasaden på gårdshuset har lagats.
Tvättstugan har fått två nya maskiner.
12 nya cykelställ har monterats (hus 3-5).
Bytt belysning, källarplan
Planerade åtgärder nästa år:
Stambyte i hus A ska utredas.
AVGIFTER
Avgiften höjdes fr.o.m. 2024-07-01 med 4 %. Beslutet togs bl.a. Efter samråd med banken.
"""


def test_short_lines_under_a_colon_lead_in_are_the_items_of_its_list():
    units = page_units("brf-test", 3, PAGE)
    kinds = [(u.kind, u.text) for u in units]
    items = [t for k, t in kinds if k == "item"]
    assert items[:3] == ["Fasaden på gårdshuset har lagats.", "Tvättstugan har fått två nya maskiner.",
                         "12 nya cykelställ har monterats (hus 3-5)."]  # a line may open with a number
    assert "Stambyte i hus A ska utredas." in items  # a second lead-in starts a second list
    lead = next(u for u in units if u.text.startswith("Styrelsen har under året"))
    assert lead.kind != "item"


def test_a_line_that_does_not_end_as_a_sentence_ends_the_list():
    units = page_units("brf-test", 3, PAGE)
    odd = next(u for u in units if "Bytt belysning" in u.text)
    assert odd.kind != "item"  # a label-like line ("Bytt belysning, källarplan") is no item of the list above


def test_a_table_header_under_a_lead_in_is_no_item():
    text = ("Föreningen äger följande fastigheter:\nFastighet Förvärvsdatum Byggår\nEken 1 2006-06-07 1993\n"
            "Totalt 1 objekt\n")
    assert all(u.kind != "item" for u in page_units("brf-test", 2, text))


def test_a_dotted_abbreviation_ends_no_sentence():
    units = page_units("brf-test", 3, PAGE)
    texts = [u.text for u in units]
    assert "Avgiften höjdes fr.o.m. 2024-07-01 med 4 %." in texts
    assert any(t.startswith("Beslutet togs bl.a. Efter samråd") for t in texts)
