"""A recommendations section that gives its advice in prose: a paragraph of why ("Enligt förordningen ska …") with the
organ's "bör" in later sentences, straight or after a sentence adverb ("Kulturnämnden bör därför …", "Vidare bör
nämnden …", "Slutligen bör nämnden …"): each such sentence is one recommendation to that organ, the others none. Texts
written for this test, rendered to a real PDF."""

from __future__ import annotations

from pathlib import Path

from tests.rendered_docs import audit_report, rendered_recommendations

REPORT = audit_report(
    "Granskning av arkivvården", "2025-09-10", "Vi har granskat om kulturnämnden sköter vården av kommunens arkiv.",
    "4 Slutsatser och rekommendationer",
    ["Vi bedömer att kulturnämnden inte helt säkerställer en ändamålsenlig arkivvård.",
     "Enligt arkivlagen ska handlingar bevaras så att de är tillgängliga. Flera arkivlokaler saknar brandskydd. "
     "Kulturnämnden bör därför se till att samtliga arkivlokaler får godkänt brandskydd. Vidare bör nämnden fastställa "
     "en plan för gallring av äldre handlingar.",
     "Vi konstaterar att arkivredogörelsen inte har uppdaterats sedan 2019. Slutligen bör nämnden uppdatera "
     "arkivredogörelsen årligen."])


def test_each_advising_sentence_of_a_prose_paragraph_is_one_recommendation(tmp_path: Path) -> None:
    recs = rendered_recommendations(tmp_path, "granskning-arkivvard-2025.pdf", REPORT)
    texts = [r.text for r in recs]
    assert len(recs) == 3, texts
    assert texts[0].startswith("Kulturnämnden bör därför se till")
    assert texts[1].startswith("Vidare bör nämnden fastställa")
    assert texts[2].startswith("Slutligen bör nämnden uppdatera")
    assert all(r.addressees == ["Kulturnämnden"] for r in recs), [r.addressees for r in recs]
