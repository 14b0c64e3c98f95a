"""A recommending verb negated ("Vi föreslår inte några ytterligare åtgärder …") gives no recommendation, while
"inte bara … utan även" still recommends. Texts written for this test, rendered to a real PDF."""

from __future__ import annotations

from pathlib import Path

from tests.rendered_docs import rendered_recommendations

REPORT = """Granskning av bibliotekens öppettider
Revisionsrapport
Revisorerna, Exempelby kommun
Datum: 2025-02-18

Bedömning
Vi bedömer att kulturnämnden i huvudsak har en ändamålsenlig styrning av bibliotekens öppettider.

Vi rekommenderar kulturnämnden att följa upp besöksstatistiken per filial varje år.

Vi föreslår inte några ytterligare åtgärder när det gäller meröppna bibliotek, eftersom ett arbete redan pågår.

Revisorerna rekommenderar därför inga förändringar av bemanningen i nuläget.

Vi rekommenderar kulturnämnden att inte bara mäta antalet besökare utan även låntagarnas nöjdhet.
"""


def test_a_negated_recommending_verb_gives_no_recommendation(tmp_path: Path) -> None:
    texts = [r.text for r in rendered_recommendations(tmp_path, "granskning-bibliotek-2025.pdf", REPORT)]
    assert any("besöksstatistiken" in t for t in texts)
    assert any("inte bara mäta" in t for t in texts)
    assert not any("ytterligare åtgärder" in t or "bemanningen" in t for t in texts), texts
