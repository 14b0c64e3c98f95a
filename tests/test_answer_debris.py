"""A page's debris is never an answer: a unit with no word, a table of contents' line, or a browser's printed web
address with its date. The
lines are written for this test."""

from __future__ import annotations

import pytest

from ingest.units import debris, page_units



@pytest.mark.parametrize("text, expected", [
    ("Föreningen har 38 lägenheter, varav 29 bostadsrätter och 9 hyresrätter.", False),
    ("10 s.", True),
    ("https://portal.example.se/shared/rapporter/arsredovisningPopup.php?datum=2023-12-31 2024-05-03 18:01", True),
    ("Se www.example.se för mer om föreningens stadgar och styrelsens arbete under året.", False),
    ("Förvaltningsberättelse s. 2 Resultaträkning s. 7", True),  # a table of contents' line
    ("14 Tilläggsupplysningar s.", True),
    ("Noter ........ 12", True),
    ("10 2.1.1 Nämndens hantering av budgeten..............", True),  # the page number read before the entry
    ("Nämnden beslutade... och ändrade sedan sitt beslut om ramen.", False),  # an ellipsis is no dot leader
    ("Resultatet framgår av resultaträkningen på sidan 7.", False),  # a sentence that refers to a page
    ("Tabell 2: Nämndernas resultat 2019–2023 samt prognos för 2024.", True),  # a caption names what is shown
    ("Diagram 4 – Kostnader per månad", True),
    # a long entry with its leader dots is a table of contents' line however many words it has
    ("16 3.2.4 Ansvaret för lokalförsörjningen upplevs ibland som oklart av de flesta förvaltningarna ..........", True),
    ("Tabell 2 visar att nämndernas resultat förbättrades under perioden.", False),  # a sentence about a table
])
def test_debris(text: str, expected: bool) -> None:
    units = page_units("brf-x", 3, text)  # the line alone on its page, as ingest reads it
    assert len(units) == 1 and debris(units[0]) is expected


def test_a_word_hyphenated_over_a_line_break_with_a_space_counts_as_the_joined_word() -> None:
    """"förut- sättningar" (the line break read as a space) is "förutsättningar" too; a suspended compound
    ("Bygg- och miljönämnden") is not joined with its conjunction."""
    (u,) = page_units("rapport-x", 4, "Hälften av cheferna anser att de har de förut-\nsättningar som krävs. "
                                       "Bygg- och miljönämnden har yttrat sig.")[:1]
    from ingest.text import stem

    assert stem("förutsättningar") in u.stems
    (v,) = [x for x in page_units("rapport-x", 4, "Bygg- och miljönämnden har yttrat sig.")]
    assert stem("byggoch") not in v.stems and stem("bygg") in v.stems
