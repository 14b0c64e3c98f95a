"""Recommendation lists in three more forms, on real rendered PDFs read by parse_pdf:
- a section headed "Förbättringsområden" (a review memo's word for its recommendations), its heading joined to the
  line that opens the list ("… följande förbättringsområden för X:"), the organ named there;
- a numbered item broken before a line that starts with a number ("… i enlighet med" / "4 kap. 2 § …"): the list
  goes on, and the next number is an item, not a heading;
- items closed by their organs' short forms in brackets ("(MN)", "(MN, BN)"), the report's key naming them: the
  addressees are those organs, and the brackets are no part of the text."""

from __future__ import annotations

from pathlib import Path

from tests.rendered_docs import rendered_recommendations


def test_a_review_memos_improvement_areas_are_its_recommendations(tmp_path: Path) -> None:
    recs = rendered_recommendations(tmp_path, "promemoria-arkiv-2025.pdf", """Granskningspromemoria – Miljönämnden, Exempelby kommun
Grundläggande granskning av arkivhanteringen

Bedömning
Vi bedömer att miljönämnden till stor del har en fungerande arkivhantering. Arkivbeskrivningen är dock inte uppdaterad sedan 2019 och gallringsbeslut saknas för delar av verksamheten.

Förbättringsområden
Utifrån granskningen ser vi följande förbättringsområden för miljönämnden:

• Uppdatera arkivbeskrivningen så att den omfattar nämndens nuvarande verksamhet.

• Fatta beslut om gallring för handlingar i tillsynsärenden.

Promemorian har faktagranskats av förvaltningen. Revisorerna önskar inget formellt svar.
""")
    assert [r.text for r in recs] == [
        "Uppdatera arkivbeskrivningen så att den omfattar nämndens nuvarande verksamhet.",
        "Fatta beslut om gallring för handlingar i tillsynsärenden."]
    assert all(r.addressees == ["Miljönämnden"] for r in recs)


def test_a_numbered_list_goes_on_past_a_line_that_starts_with_a_number(tmp_path: Path) -> None:
    recs = rendered_recommendations(tmp_path, "granskning-bygglov-2025.pdf", """Granskning av bygglovshanteringen
Revisionsrapport, Revisorerna i Exempelby kommun, 2025-04-01

Revisorerna har granskat om byggnadsnämnden handlägger bygglov inom lagstadgad tid.

Rekommendationer
Utifrån granskningen rekommenderar vi byggnadsnämnden att:

1. Följa upp handläggningstiderna för bygglov varje månad.

2. Säkerställa att avgiften reduceras när tidsfristen överskrids i enlighet med
12 kap. 8 a § plan- och bygglagen.

3. Ta fram en rutin för kompletteringsbegäran inom tre veckor.
""")
    assert len(recs) == 3, [r.text for r in recs]
    assert recs[1].text.endswith("12 kap. 8 a § plan- och bygglagen.")
    assert recs[2].text.startswith("Ta fram en rutin")
    assert all(r.addressees == ["Byggnadsnämnden"] for r in recs)


def test_short_forms_in_brackets_after_an_item_name_its_organs(tmp_path: Path) -> None:
    recs = rendered_recommendations(tmp_path, "granskning-lokaler-2025.pdf", """Granskning av lokalplaneringen
Revisionsrapport, Revisorerna i Exempelby kommun, 2025-05-12

Förkortningar
MN      Miljönämnden
BN      Byggnadsnämnden
KS      Kommunstyrelsen

Sammanfattning
Revisorerna har granskat hur kommunens nämnder planerar sina lokaler.

Utifrån granskningen lämnar vi följande rekommendationer. Inom parentes anges vilken nämnd rekommendationen riktas till.

1. Ta fram en lokalbehovsplan som sträcker sig minst fem år framåt. (KS)

2. Redovisa lokalernas nyttjandegrad en gång per år. (MN, BN)
""")
    assert [r.text for r in recs] == ["Ta fram en lokalbehovsplan som sträcker sig minst fem år framåt.",
                                      "Redovisa lokalernas nyttjandegrad en gång per år."]
    assert recs[0].addressees == ["Kommunstyrelsen"]
    assert recs[1].addressees == ["Miljönämnden", "Byggnadsnämnden"]


def test_a_sentence_about_the_recommendations_ends_the_one_before_it(tmp_path: Path) -> None:
    """"Vi rekommenderar vidare att VD … . Samtliga rekommendationer framgår av avsnitt 3.": the pointer is no part of
    the recommendation, so the summary's printing is the same recommendation as the body's."""
    recs = rendered_recommendations(tmp_path, "granskning-bolag-2025.pdf", """Granskning av fastighetsbolagets underhåll
Revisionsrapport, Lekmannarevisorerna i Exempelby Fastigheter AB, 2025-10-01

Sammanfattning
Vi rekommenderar vidare att VD säkerställer att alla besiktningar dokumenteras i fastighetssystemet. Samtliga rekommendationer framgår av avsnitt 3.

3. Rekommendationer
Vi rekommenderar vidare att VD säkerställer att alla besiktningar dokumenteras i fastighetssystemet, så att de kan användas i underhållsplaneringen.
""")
    vd = [r for r in recs if r.addressees == ["VD"]]
    assert len(vd) == 1, [(r.text, r.pages) for r in recs]
    assert "Samtliga rekommendationer" not in vd[0].text and vd[0].pages == [1]


def test_lettered_items_run_on_after_a_lead_in_that_ends_in_att_are_each_a_recommendation(tmp_path: Path) -> None:
    """"… rekommenderar vi miljönämnden att a) X; b) Y; c) Z." over several lines: three recommendations, the first
    one too (its letter follows "att", not a colon)."""
    recs = rendered_recommendations(tmp_path, "granskning-tillsyn-2025.pdf", """Granskning av miljötillsynen
Revisionsrapport, Revisorerna i Exempelby kommun, 2025-03-12

Bedömning
Vi bedömer att miljönämnden inte helt säkerställer en ändamålsenlig tillsyn.

Rekommendationer
Utifrån granskningen rekommenderar vi miljönämnden att a) upprätta en behovsutredning för
tillsynen som omfattar samtliga verksamhetsområden; b) följa upp att tillsynsplanen genomförs och
rapportera avvikelser till nämnden; c) se över taxan så att den täcker kostnaderna för tillsynen.
""")
    assert [r.text.rstrip(";.") for r in recs] == [
        "upprätta en behovsutredning för tillsynen som omfattar samtliga verksamhetsområden",
        "följa upp att tillsynsplanen genomförs och rapportera avvikelser till nämnden",
        "se över taxan så att den täcker kostnaderna för tillsynen"]
    assert all(r.addressees == ["Miljönämnden"] for r in recs)
