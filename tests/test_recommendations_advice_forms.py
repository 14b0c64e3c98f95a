"""Recommendations said in other forms than "rekommenderar"/"bör", on real rendered PDFs read by parse_pdf:
- advice said impersonally or with emphasis under the auditors' assessment ("Det är angeläget att nämnden …",
  "Vi vill understryka vikten av att nämnden …"), its organ after "att"; the same words without an organ are no
  recommendation;
- an agency named by its short form ("SIVA bör …") under a sub-heading that names it in full, the short form
  introduced in brackets after a name of several words ("Statens institut för vattenfrågor (SIVA)");
- a sub-heading joined to its recommendation ("Moderbolaget Styrelsen i X AB bör …") is no part of the addressee;
  a recommendation listing two companies' boards keeps both."""

from __future__ import annotations

from pathlib import Path

from assistant.recommendations.extract import extract_recommendations_full
from ingest.parse import parse_pdf


def _render(path: Path, paragraphs: list[str]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    style = getSampleStyleSheet()["BodyText"]
    flow: list = []
    for p in paragraphs:
        flow += [Paragraph(p, style), Spacer(1, 14)]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50).build(flow)


def _recs(tmp_path: Path, name: str, paragraphs: list[str]):
    pdf = tmp_path / name
    _render(pdf, paragraphs)
    parsed = parse_pdf(pdf)
    return extract_recommendations_full(parsed.meta, parsed.pages)[0]


def test_impersonal_advice_under_the_assessment_is_a_recommendation(tmp_path: Path) -> None:
    recs = _recs(tmp_path, "granskning-tillsyn-2025.pdf", [
        "Granskning av miljönämndens tillsyn", "Revisionsrapport, Revisorerna i Exempelby kommun, 2025-02-10",
        "Revisorerna har granskat om miljönämnden bedriver en ändamålsenlig tillsyn av enskilda avlopp.",
        "<b>Bedömning</b> Vi bedömer att dokumentationen av tillsynen är bristfällig. Det är angeläget att "
        "miljönämnden säkerställer att varje tillsynsbesök dokumenteras i ärendesystemet.",
        "<b>Bedömning</b> Vi vill understryka vikten av att miljönämnden årligen följer upp hur många avlopp som "
        "har åtgärdats efter föreläggande.",
        "<b>Bedömning</b> Planeringen har varit optimistisk. Det är angeläget att planeringen blir mer realistisk.",
    ])
    assert len(recs) == 2, [r.text for r in recs]
    assert recs[0].text.startswith("Det är angeläget att miljönämnden säkerställer")
    assert recs[1].text.startswith("Vi vill understryka vikten av att miljönämnden")
    assert all([a.lower() for a in r.addressees] == ["miljönämnden"] for r in recs)


def test_an_agency_by_its_short_form_under_a_heading_naming_it(tmp_path: Path) -> None:
    recs = _recs(tmp_path, "granskning-vattenstod-2025.pdf", [
        "Statens stöd till vattenförsörjningen", "Granskningsrapport 2025:3, Granskningsverket, 2025-03-01",
        "Granskningen omfattar regeringen och Statens institut för vattenfrågor (SIVA).",
        "<b>Rekommendationer</b>",
        "Till regeringen",
        "• Regeringen bör förtydliga ansvaret för reservvatten i myndigheternas instruktioner.",
        "Till Statens institut för vattenfrågor",
        "• SIVA bör ta fram en vägledning för kommunernas riskbedömning vid torka.",
    ])
    assert [r.addressees for r in recs] == [["Regeringen"], ["Statens institut för vattenfrågor"]], \
        [(r.addressees, r.text) for r in recs]


def test_a_joined_sub_heading_is_no_part_of_the_addressee(tmp_path: Path) -> None:
    recs = _recs(tmp_path, "granskning-inkop-bolag-2024.pdf", [
        "Granskning av inköp i bolagskoncernen", "Revisionsrapport, lekmannarevisorerna, 2024-11-20",
        "Lekmannarevisorerna har granskat inköpen i Ekby Stadshus AB och dess dotterbolag.",
        "<b>Förslag till åtgärder</b>",
        "<b>Moderbolaget</b> Styrelsen i Ekby Stadshus AB bör ta fram en gemensam inköpspolicy för koncernen.",
        "<b>Båda dotterbolagen</b> Styrelserna i Ekby Energi AB och Ekbybostäder AB bör i sina "
        "internkontrollplaner pröva avtalstroheten.",
    ])
    # (the boards of several companies stand for the companies, as one board does for its company)
    assert [r.addressees for r in recs] == [["Ekby Stadshus AB"], ["Ekby Energi AB", "Ekbybostäder AB"]], \
        [(r.addressees, r.text) for r in recs]


def test_impersonal_advice_in_the_auditors_own_text_is_a_recommendation(tmp_path: Path) -> None:
    # the auditors' impersonal advice to an organ counts wherever the report gives it ("Vi ser behov av att …" too);
    # an urging to act on the audit or its recommendations is none, nor is such advice with no organ
    recs = _recs(tmp_path, "granskning-parkering-2025.pdf", [
        "Granskning av parkeringsövervakningen", "Revisionsrapport, Revisorerna i Exempelby kommun, 2025-04-02",
        "Vi föreslår att trafiknämnden tar fram mål för parkeringsövervakningen i ytterområdena. Vi föreslår att "
        "kommunstyrelsen ser över taxan för boendeparkering.",
        "<b>3. Kontroll av avgifter</b>",
        "Avgifterna stäms av en gång per år. Avvikelser utreds inte. Vi ser behov av att trafiknämnden stämmer av "
        "intäkterna från parkeringsautomaterna varje månad.",
        "<b>4. Övervakning nattetid</b>",
        "Det är angeläget att nämnden följer upp hur ofta övervakningen sker nattetid.",
        "Det är angeläget att komma ihåg att taxan beslutas av fullmäktige.",
        "<b>5. Avslutning</b>",
        "Vi vill betona vikten av att trafiknämnden vidtar åtgärder med anledning av granskningen.",
    ])
    assert [r.text.split(" att ")[0] for r in recs] == ["Vi föreslår", "Vi föreslår", "Vi ser behov av",
                                                         "Det är angeläget"], [r.text for r in recs]
    # a bare "nämnden" is the one committee the report's other recommendations name (a board beside it is no
    # committee)
    assert [r.addressees for r in recs] == [["Trafiknämnden"], ["Kommunstyrelsen"], ["Trafiknämnden"],
                                            ["Trafiknämnden"]], [r.addressees for r in recs]


def test_bare_nammden_of_impersonal_advice_is_named_by_its_heading_or_the_title(tmp_path: Path) -> None:
    # a heading "Bedömning och förslag – X" names the committee of the advice below it; with no heading or other
    # recommendation naming one, the one committee the report's first page names
    recs = _recs(tmp_path, "pm-bibliotek-2025.pdf", [
        "PM – Uppföljning av bibliotekens öppettider inom kulturnämnden", "Revisorerna i Exempelby kommun, 2025-03-03",
        "<b>Bakgrund</b>", "Revisorerna har följt upp hur öppettiderna har förändrats sedan 2022.",
        "<b>Revisionell bedömning</b>",
        "Öppettiderna har minskat. Vi ser ett behov av att nämnden analyserar hur besöken fördelar sig över dagen.",
    ])
    assert [r.addressees for r in recs] == [["Kulturnämnden"]], [(r.addressees, r.text) for r in recs]
    recs = _recs(tmp_path, "pm-bidrag-2025.pdf", [
        "PM – Föreningsbidrag och lokaler", "Revisorerna i Exempelby kommun, 2025-03-03",
        "Revisorerna har granskat hur kultur- och fritidsnämnden och socialnämnden betalar ut föreningsbidrag.",
        "<b>Iakttagelser – socialnämnden</b>", "Bidragen betalas ut efter beslut i nämnden.",
        "<b>Bedömning och förslag – kultur- och fritidsnämnden</b>",
        "Bidragen betalas ut innan redovisningen har kommit in. Det är angeläget att nämnden kontrollerar "
        "redovisningen innan nästa bidrag betalas ut.",
    ])
    assert [r.addressees for r in recs] == [["Kultur- och fritidsnämnden"]], [(r.addressees, r.text) for r in recs]
