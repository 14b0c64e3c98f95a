"""Recommendation lists in more forms, on real rendered PDFs read by parse_pdf (fictional texts written for the test):
- items numbered by chapter ("1.1", "2.1") under "Förslag till förbättringar", a sub-heading joined to the first item
  of its group, and "Förslagen riktas till X" naming their addressee; a numbered sub-heading elsewhere is no item;
- an item that leads into points of another mark ("… genom att" / "– …") is one recommendation with its points;
- "X bör enligt vår mening …": the auditors' own view on what a named organ should do is a recommendation wherever it
  stands, under a chapter about an organ's monitoring ("Styrning och uppföljning av …") too; a norm for any organ
  ("En nämnd bör enligt vår mening …") is not."""

from __future__ import annotations

from pathlib import Path

from tests.rendered_docs import rendered_recommendations


def test_items_numbered_by_chapter_with_their_addressee(tmp_path: Path) -> None:
    recs = rendered_recommendations(tmp_path, "granskning-arkiv-2025.pdf", """Granskning av arkivhanteringen
Revisionsrapport, Revisorerna i Exempelby kommun, 2025-03-10

2 Iakttagelser
2.1 Arkivbeskrivning
Arkivbeskrivningen har inte uppdaterats sedan 2018 och saknar flera verksamheter.

4 Förslag till förbättringar
Utifrån granskningen lämnar vi följande förslag till förbättringar. Förslagen riktas till kommunstyrelsen.

Arkivets organisation
1.1 Uppdatera arkivbeskrivningen så att den omfattar samtliga verksamheter.

1.2 Utse en arkivansvarig för varje förvaltning och dokumentera uppdraget i
delegationsordningen.

Gallring
2.1 Fatta beslut om gallring för handlingar i ärendehanteringssystemet.
""")
    assert [r.text for r in recs] == [
        "Uppdatera arkivbeskrivningen så att den omfattar samtliga verksamheter.",
        "Utse en arkivansvarig för varje förvaltning och dokumentera uppdraget i delegationsordningen.",
        "Fatta beslut om gallring för handlingar i ärendehanteringssystemet."]
    assert all(r.addressees == ["Kommunstyrelsen"] for r in recs)


def test_points_under_an_item_are_part_of_it(tmp_path: Path) -> None:
    recs = rendered_recommendations(tmp_path, "granskning-fordon-2025.pdf", """Granskning av fordonshanteringen
Revisionsrapport, Revisorerna i Exempelby kommun, 2025-05-02

Rekommendationer
Utifrån granskningen rekommenderar vi tekniska nämnden att:

• förbättra styrningen av fordonsparken genom att
    – föra ett samlat register över nämndens fordon,
    – följa upp körsträckor per fordon varje kvartal, och
    – avveckla fordon som används mindre än tio dagar per månad.

• säkerställa att drivmedelskort bara används av behörig personal.
""")
    assert len(recs) == 2
    assert recs[0].text.startswith("förbättra styrningen av fordonsparken genom att")
    assert "avveckla fordon" in recs[0].text and "följa upp körsträckor" in recs[0].text
    assert recs[1].text.startswith("säkerställa att drivmedelskort")


def test_an_organ_should_in_the_auditors_view_recommends(tmp_path: Path) -> None:
    recs = rendered_recommendations(tmp_path, "lekmannarevision-bolaget-2025.pdf", """Lekmannarevision 2024 – Exempelby Vatten AB
Granskningsrapport från lekmannarevisorerna, 2025-03-20

3 Styrning och uppföljning av underhållet
Bolaget saknar en samlad underhållsplan för ledningsnätet. Styrelsen får ingen rapport om eftersatt underhåll.

Styrelsen bör enligt vår mening begära en årlig rapport om ledningsnätets skick.

En nämnd bör enligt vår mening alltid känna till sina risker, vilket också gäller bolagets styrelse.
""")
    assert [r.text for r in recs] == ["Styrelsen bör enligt vår mening begära en årlig rapport om ledningsnätets skick."]
