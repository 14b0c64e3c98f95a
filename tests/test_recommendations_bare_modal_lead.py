"""A lead-in that is an organ and its "bör" alone, the dashed items below finishing the sentence: each item is one
recommendation to that organ, and the lead-in line itself is none. Texts written for this test, rendered to a real
PDF."""

from __future__ import annotations

from pathlib import Path

from assistant.recommendations.gather import _BARE_MODAL_RE, _is_lead_in
from assistant.recommendations.lexicon import load_lexicon
from tests.rendered_docs import rendered_recommendations

REPORT = """Granskning av föreningsbidragen
Missiv
Revisorerna, Exempelby kommun
Datum: 2025-03-04

Vi har granskat kulturnämndens och fritidsnämndens hantering av föreningsbidrag. Vi vill lyfta fram följande
rekommendationer:

Kulturnämnden bör
–  inventera de lokaler som föreningarna hyr av kommunen.
–  dokumentera varje beslut om bidrag i diariet.

Fritidsnämnden bör
–  följa upp hur bidragen till idrottsföreningarna används.

För Exempelby kommuns revisorer
"""


def test_an_organ_and_its_modal_alone_lead_a_list():
    lex = load_lexicon()
    assert _is_lead_in("Kulturnämnden bör", "–  inventera lokalerna.", lex)
    assert _BARE_MODAL_RE.match("Kommunstyrelsen bör även:").group("org") == "Kommunstyrelsen"
    assert not _is_lead_in("Kulturnämnden bör inventera lokalerna.", "", lex)  # a whole recommendation


def test_the_items_are_the_recommendations_to_the_organ_of_their_lead_in(tmp_path: Path) -> None:
    recs = rendered_recommendations(tmp_path, "granskning-foreningsbidrag-2025.pdf", REPORT)
    by_text = {r.text: r for r in recs}
    assert len(recs) == 3, [r.text for r in recs]
    assert not any(t.strip().endswith("bör") for t in by_text), list(by_text)
    lokaler = next(r for r in recs if "lokaler" in r.text)
    idrott = next(r for r in recs if "idrottsföreningarna" in r.text)
    assert [a.lower() for a in lokaler.addressees] == ["kulturnämnden"]
    assert [a.lower() for a in idrott.addressees] == ["fritidsnämnden"]
