"""Recommendations in the formats Swedish audits print them, each built as a real PDF (reportlab: title, headings,
paragraphs, bullet and numbered lists, a grid table) and read by the real parser: a Rekommendationer section with a
numbered list, "Förslag till åtgärder" with bullets, a recommending sentence that opens a list ("Vi rekommenderar
kommunstyrelsen att:", "… rekommenderas utbildningsnämnden att:", "Vi rekommenderar att servicenämnden:"), a list
that continues over a page break, "vill rekommendera", an addressee after the verb ("Vidare rekommenderas X att"),
a table of recommendations with an "Ansvarig" column, lettered items "a) … b) …", a lead-in ending in "att" without
a colon, "Rekommendation 1." labels before the text, sub-headings naming the addressee ("Till regeringen"), and an
audit without recommendations."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from assistant.recommendations.extract import extract_audit
from ingest import parse_pdf
from ingest.models import DocumentMeta, Page
from tests.test_recommendations_docs import _styles

INTRO = [("T", "Granskning av {t}"), ("N", "Revisionsrapport, Stadsrevisionen, 2024-05-02"), ("H", "Inledning"),
         ("N", "Granskningen har genomförts på uppdrag av revisorerna i kommunen. Syftet har varit att bedöma om "
               "nämnden har en ändamålsenlig styrning och uppföljning av verksamheten."),
         ("N", "Nämnden bör enligt kommunallagen se till att verksamheten bedrivs enligt fullmäktiges mål.")]


def _build(path: Path, items: list[tuple], title: str) -> Path:
    ss, font = _styles()
    story: list = []
    for kind, *rest in items:
        if kind == "T":
            story.append(Paragraph(rest[0], ss["Title"]))
        elif kind == "H":
            story.append(Paragraph(rest[0], ss["Heading2"]))
        elif kind == "N":
            story += [Paragraph(rest[0], ss["Normal"]), Spacer(1, 6)]
        elif kind in ("B", "L"):  # bullets, or a numbered list starting at rest[1]
            story += [ListFlowable([ListItem(Paragraph(x, ss["Normal"])) for x in rest[0]],
                                   bulletType="bullet" if kind == "B" else "1", bulletFontName=font,
                                   start="•" if kind == "B" else (rest[1] if len(rest) > 1 else 1),
                                   bulletFormat=None if kind == "B" else "%s."), Spacer(1, 6)]
        elif kind == "P":
            story.append(PageBreak())
        elif kind == "TAB":
            t = Table([[Paragraph(c, ss["Normal"]) for c in row] for row in rest[0]], colWidths=[40, 300, 120])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, -1), font)]))
            story.append(t)
    SimpleDocTemplate(str(path), pagesize=A4, title=title).build(story)
    return path


# name: (items, expected [(addressees, text start)])
CASES: dict[str, tuple[list[tuple], list[tuple[list[str], str]]]] = {
    "kulturbidrag": (INTRO + [("H", "Rekommendationer"), ("L", [
        "Kulturnämnden bör ta fram en plan för uppföljning av bidragen.",
        "Kulturnämnden bör säkerställa att beslut dokumenteras.", "Kulturnämnden bör utveckla sin riskanalys."])],
        [(["Kulturnämnden"], "Kulturnämnden bör ta fram"), (["Kulturnämnden"], "Kulturnämnden bör säkerställa"),
         (["Kulturnämnden"], "Kulturnämnden bör utveckla")]),
    "fritidsavtal": (INTRO + [("H", "Förslag till åtgärder"), ("B", [
        "Fritidsnämnden bör upprätta rutiner för avtalsuppföljning.",
        "Fritidsnämnden bör årligen utvärdera den interna kontrollen."])],
        [(["Fritidsnämnden"], "Fritidsnämnden bör upprätta"), (["Fritidsnämnden"], "Fritidsnämnden bör årligen")]),
    "delegering": (INTRO + [("H", "Revisorernas rekommendationer"), ("N", "Vi rekommenderar kommunstyrelsen att:"),
                            ("B", ["säkerställa att delegationsordningen följs,",
                                   "upprätta en plan för uppföljning av internkontrollen."])],
        [(["Kommunstyrelsen"], "säkerställa att delegationsordningen"), (["Kommunstyrelsen"], "upprätta en plan")]),
    "lokalplanering": (INTRO + [("N", "Utifrån granskningen rekommenderas utbildningsnämnden att:"), ("B", [
        "ta fram en samlad plan för lokalförsörjningen,", "säkerställa att uppföljningen rapporteras till nämnden,",
        "tydliggöra ansvarsfördelningen mellan förvaltning och skolor."])],
        [(["Utbildningsnämnden"], "ta fram en samlad"), (["Utbildningsnämnden"], "säkerställa att uppföljningen"),
         (["Utbildningsnämnden"], "tydliggöra")]),
    "miljötillsyn": (INTRO + [("N", "Vi lämnar följande rekommendationer till miljönämnden:"), ("L", [
        "Miljönämnden bör ta fram en tillsynsplan som grundar sig på en behovsutredning.",
        "Miljönämnden bör säkerställa att tillsynen följs upp och rapporteras till nämnden."]), ("P",),
        ("L", ["Miljönämnden bör se till att avgifterna tas ut enligt taxan.",
               "Miljönämnden bör dokumentera sina prioriteringar."], 3), ("H", "Bakgrund"), ("N", "Granskningen avser år 2023.")],
        [(["Miljönämnden"], "Miljönämnden bör ta fram"), (["Miljönämnden"], "Miljönämnden bör säkerställa"),
         (["Miljönämnden"], "Miljönämnden bör se till"), (["Miljönämnden"], "Miljönämnden bör dokumentera")]),
    "bygglov": (INTRO + [("N", "Revisorerna vill därför rekommendera byggnadsnämnden att förbättra handläggningstiderna.")],
                [(["Byggnadsnämnden"], "Revisorerna vill därför rekommendera")]),
    "placeringar": (INTRO + [
        ("N", "Mot bakgrund av granskningen rekommenderar vi socialnämnden att stärka sin uppföljning av placeringar."),
        ("N", "Vidare rekommenderas socialnämnden att upprätta en rutin för avvikelser.")],
        [(["Socialnämnden"], "Mot bakgrund"), (["Socialnämnden"], "Vidare rekommenderas")]),
    "upphandling": (INTRO + [("N", "Vi rekommenderar att servicenämnden:"), ("L", [
        "tar fram en plan för upphandlingen,", "följer upp avtalstroheten två gånger per år,",
        "dokumenterar direktupphandlingar."])],
        [(["Servicenämnden"], "tar fram en plan"), (["Servicenämnden"], "följer upp"), (["Servicenämnden"], "dokumenterar")]),
    "attestrutiner": (INTRO + [("H", "Rekommendationer"), ("TAB", [
        ["Nr", "Rekommendation", "Ansvarig"], ["1", "Säkerställa att rutinen för attest följs", "Kommunstyrelsen"],
        ["2", "Upprätta en plan för intern kontroll", "Servicenämnden"]])],
        [(["Kommunstyrelsen"], "Säkerställa att rutinen"), (["Servicenämnden"], "Upprätta en plan")]),
    "gatuunderhåll": (INTRO + [("N", "Vi rekommenderar tekniska nämnden att:"),
                               ("N", "a) ta fram en underhållsplan för gatorna,"), ("N", "b) följa upp planen årligen.")],
                      [(["Tekniska nämnden"], "ta fram en underhållsplan"), (["Tekniska nämnden"], "följa upp planen")]),
    "ägarstyrning": (INTRO + [("N", "Revisorerna rekommenderar styrelsen att"),
                              ("B", ["säkerställa att bolagsordningen följs,", "se över ägardirektivet."])],
                     [(["Styrelsen"], "säkerställa att bolagsordningen"), (["Styrelsen"], "se över ägardirektivet")]),
    "digitalisering": (INTRO + [("H", "Rekommendationer"),
                                ("N", "Rekommendation 1. Kommunstyrelsen bör ta fram en plan för digitalisering."),
                                ("N", "Rekommendation 2. Kommunstyrelsen bör följa upp planen.")],
                       [(["Kommunstyrelsen"], "Kommunstyrelsen bör ta fram"), (["Kommunstyrelsen"], "Kommunstyrelsen bör följa")]),
    # a sub-heading inside the section names the addressee of the items below it (Riksrevisionen's way)
    "energistöd": (INTRO + [("H", "Rekommendationer"), ("N", "Riksrevisionen lämnar följande rekommendationer."),
                            ("H", "Till regeringen"),
                            ("B", ["Ge Energimyndigheten i uppdrag att utvärdera stödets effekter.",
                                   "Se över förordningen om stöd till energieffektivisering."]),
                            ("H", "Till Energimyndigheten"), ("B", ["Utveckla uppföljningen av beviljade stöd."])],
                   [(["Regeringen"], "Ge Energimyndigheten"), (["Regeringen"], "Se över förordningen"),
                    (["Energimyndigheten"], "Utveckla uppföljningen")]),
    "bostadsstöd": (INTRO + [("H", "Rekommendationer till regeringen"),
                             ("B", ["Förtydliga målen för bostadsstödet.", "Följ upp stödets fördelning årligen."])],
                    [(["Regeringen"], "Förtydliga målen"), (["Regeringen"], "Följ upp stödets")]),
    # "… rekommenderar att X gör …": X up to its organ word, a company's board standing for the company
    "elnät": (INTRO + [("H", "Rekommendationer"),
                       ("N", "Vi rekommenderar att styrelsen i Norrby Energi AB fastställer en plan för elnätet."),
                       ("N", "Vi rekommenderar att kommunstyrelsen i sin ägarstyrning tydliggör ramarna för lånen.")],
              [(["Norrby Energi AB"], "Vi rekommenderar att styrelsen"), (["Kommunstyrelsen"], "Vi rekommenderar att kommunstyrelsen")]),
    # a numbered sub-heading names the addressee ("6.1 Rekommendation till …"), the items say only "Nämnden bör"
    "elevhälsa": (INTRO + [("H", "6 Revisorernas rekommendationer"),
                           ("N", "Utifrån granskningen lämnar revisorerna följande rekommendationer."),
                           ("N", "6.1 Rekommendation till barn- och utbildningsnämnden"),
                           ("L", ["Nämnden bör ta fram en plan för kompetensförsörjningen inom elevhälsan.",
                                  "Nämnden bör följa upp elevhälsans arbete varje år."])],
                  [(["Barn- och utbildningsnämnden"], "Nämnden bör ta fram"),
                   (["Barn- och utbildningsnämnden"], "Nämnden bör följa")]),
    # "Till regeringen:" right under the lead-in; an imperative item holding "ska" names no addressee of its own
    "elstöd": (INTRO + [("H", "Rekommendationer"), ("N", "Riksrevisionen lämnar följande rekommendationer."),
                        ("N", "Till regeringen:"),
                        ("B", ["Ställ krav i förordningen på att den som får stöd ska redovisa besparingen."])],
               [(["Regeringen"], "Ställ krav i förordningen")]),
    # the summary's printing and the body's, led in two ways, are one recommendation
    "hamnrisker": (INTRO + [("H", "Sammanfattning"),
                            ("N", "Revisionskontoret rekommenderar Österby Hamn AB att genomföra en samlad riskanalys "
                                  "av bolagets anläggningar vid höga havsnivåer."), ("P",),
                            ("H", "Rekommendationer"),
                            ("N", "Österby Hamn AB rekommenderas att genomföra en samlad riskanalys av bolagets "
                                  "anläggningar vid höga havsnivåer.")],
                   [(["Österby Hamn AB"], "Österby Hamn AB rekommenderas")]),
    "parkskötsel": (INTRO + [("H", "Sammanfattande bedömning"), ("N", "Vi bedömer att nämnden har en ändamålsenlig styrning."),
                             ("N", "Nämnden bör dock fortsätta att följa utvecklingen noga."),
                             ("N", "Vi lämnar inga rekommendationer.")], []),
}


@pytest.mark.parametrize("name", list(CASES))
def test_one_item_per_recommendation_with_its_addressee(name: str, tmp_path: Path) -> None:
    items, expected = CASES[name]
    items = [(k, *[r.replace("{t}", name) if isinstance(r, str) else r for r in rest]) for k, *rest in items]
    d = parse_pdf(_build(tmp_path / f"granskning-{name}.pdf", items, f"Granskning av {name}"))
    recs = extract_audit(d.meta, d.pages).recommendations
    assert [(r.addressees, r.text[:len(start)]) for r, (_, start) in zip(recs, expected)] == expected
    assert len(recs) == len(expected)
    by_no = {p.number: " ".join(p.text.split()) for p in d.pages}
    assert all(r.text in by_no[r.page] for r in recs)  # each text is an exact span of its page
    if name == "miljötillsyn":
        assert [r.page for r in recs] == [1, 1, 2, 2]  # the list continues over the page break


# Typed pages as ingest gives them (a heading joined to its first line, labelled items with their explanations, a
# forward-pointing lead-in, dash bullets of 'bör' sentences, 'Vi rekommenderar att X gör', co-actors).
LABELLED = """3 Bedömning Revisionskontoret bedömer att rutinerna för delegering är otydliga. Enligt reglementet ska nämnden
besluta om en delegationsordning varje år.
4 Revisionskontorets rekommendationer Revisionskontoret lämnar följande rekommendationer utifrån granskningen.
Rekommendation 1 Miljönämnden rekommenderas att se över delegationsordningen före årsskiftet.
Motivering: Flera beslut har fattats av tjänstepersoner utan stöd i delegationsordningen under året som gått.
Rekommendation 2 Miljönämnden och byggnadsnämnden bör säkerställa att delegationsbeslut anmäls vid nästa sammanträde.
Motivering: Anmälan sker i dag oregelbundet och ibland flera månader efter beslutet."""

PROPOSALS = """5 Förslag till åtgärder Revisorerna lämnar följande förslag till åtgärder:
– Kulturnämnden bör upprätta en plan för underhållet av konstsamlingen.
– Kulturnämnden och fritidsnämnden bör gemensamt följa upp föreningsbidragen varje år.
Vi rekommenderar att kommunstyrelsen tillsammans med de kommunala bolagen ser över ägardirektiven för
lokalförsörjningen.
Österby den 3 mars 2025"""


def _typed_audit(text: str):
    meta = DocumentMeta(doc_id="granskning-x", title="Granskning av delegering", document_type="granskningsrapport",
                        year=2025, file_name="granskning-x.pdf", sha256="0")
    return extract_audit(meta, [Page(doc_id="granskning-x", number=1, text=text)])


def test_labelled_items_under_a_genitive_heading_with_their_explanations():
    recs = _typed_audit(LABELLED).recommendations
    assert [r.text.split(" ")[0] for r in recs] == ["Miljönämnden", "Miljönämnden"]  # no "Rekommendation 1" label
    assert "bör säkerställa att delegationsbeslut anmäls" in recs[1].text  # a 'bör' item in the section
    assert recs[1].addressees == ["Miljönämnden", "Byggnadsnämnden"]
    assert not any("ska nämnden" in r.text for r in recs)  # a rule cited in the assessment is no recommendation


def test_proposals_under_a_forward_lead_in_and_a_co_actor_is_no_addressee():
    recs = _typed_audit(PROPOSALS).recommendations
    assert len(recs) == 3
    assert recs[0].addressees == ["Kulturnämnden"] and recs[1].addressees == ["Kulturnämnden", "Fritidsnämnden"]
    assert recs[2].addressees == ["Kommunstyrelsen"]  # "tillsammans med de kommunala bolagen" is not addressed


# Two recommending sentences in one paragraph of the section; a label alone on its line at the top of the next page;
# a label run into the explanation before it.
TWO_IN_ONE = """4 Rekommendationer Utifrån granskningen lämnar vi följande rekommendationer.
Kommunstyrelsen och kulturnämnden rekommenderas att ta fram en gemensam plan för bibliotekslokalerna. Kulturnämnden och fritidsnämnden rekommenderas att samordna öppettiderna i de gemensamma lokalerna.
Motivering: Lokalerna delas av flera verksamheter och öppettiderna är i dag inte samordnade. Rekommendation 3 Fritidsnämnden rekommenderas att följa upp besöksstatistiken varje kvartal.
Motivering: Besöksstatistiken sammanställs i dag bara en gång om året."""
NEXT_PAGE = """Rekommendation 4
Kommunstyrelsen bör redovisa lokalkostnaderna per verksamhet i årsredovisningen.
Motivering: Kostnaderna redovisas i dag samlat."""


def test_each_recommending_sentence_and_labelled_item_is_one_recommendation():
    meta = DocumentMeta(doc_id="granskning-y", title="Granskning av bibliotekslokaler", document_type="granskningsrapport",
                        year=2025, file_name="granskning-y.pdf", sha256="0")
    pages = [Page(doc_id="granskning-y", number=1, text=TWO_IN_ONE), Page(doc_id="granskning-y", number=2, text=NEXT_PAGE)]
    recs = extract_audit(meta, pages).recommendations
    assert [r.addressees for r in recs] == [["Kommunstyrelsen", "Kulturnämnden"], ["Kulturnämnden", "Fritidsnämnden"],
                                            ["Fritidsnämnden"], ["Kommunstyrelsen"]]
    assert recs[2].text.startswith("Fritidsnämnden rekommenderas")  # the run-in label is not part of it
    assert recs[3].page == 2  # the section stays open over the label at the top of the next page


def test_the_auditors_plan_for_their_own_work_is_no_recommendation():
    memo = """Förslag
Revisionskontoret föreslår att revisorerna under 2026 genomför en fördjupad granskning av taxesättningen."""
    assert _typed_audit("5 Förslag till åtgärder\n" + memo.split("\n", 1)[1]).recommendations == []


# A recommendations table drawn with rules of dashes, read line by line: the "Ansvarig" cell's lines stand inside
# the recommendation and after its full stop.
RULED_TABLE = """Granskningen har omfattat kommunstyrelsen, kulturnämnden och fritidsnämnden.
5 Rekommendationer
Nr Rekommendation Ansvarig nämnd ---------------------------------------------- 1 Ta fram en plan för underhållet av Kommunstyrelsen idrottshallarna.
2 Följa upp bokningsgraden i lokalerna minst två gånger Kulturnämnden, per år. fritidsnämnden
3 Upprätta en gemensam rutin för felanmälan i samtliga Samtliga granskade lokaler. nämnder
----------------------------------------------
Norrby den 3 mars 2025"""


def test_a_ruled_recommendations_table_read_line_by_line_gives_each_row_and_its_responsible_organ():
    recs = _typed_audit(RULED_TABLE).recommendations
    assert [r.text for r in recs] == ["Ta fram en plan för underhållet av idrottshallarna.",
                                      "Följa upp bokningsgraden i lokalerna minst två gånger per år.",
                                      "Upprätta en gemensam rutin för felanmälan i samtliga lokaler."]
    assert [r.addressees for r in recs] == [["Kommunstyrelsen"], ["Kulturnämnden", "Fritidsnämnden"],
                                            ["Kommunstyrelsen", "Kulturnämnden", "Fritidsnämnden"]]


# Committee subheadings joined by the text layer to the lead-in under them; a summary list of "att X gör …" items
# that the section prints again, fuller, per committee.
SUBHEADED = """Vi rekommenderar sammanfattningsvis:
• att kulturnämnden upprättar en plan för bibliotekens öppettider och lokalernas användning,
• att fritidsnämnden inför en rutin för uppföljning av bokningar i idrottshallarna.
4 Rekommendationer Utifrån granskningen lämnar vi följande rekommendationer.
Kulturnämnden Vi rekommenderar vidare kulturnämnden att:
• upprätta en plan för bibliotekens öppettider och lokalernas användning som utgår från besöksstatistiken.
Fritidsnämnden och kulturnämnden
Vi rekommenderar fritidsnämnden och kulturnämnden att:
• samordna bokningen av gemensamma lokaler."""


def test_subheadings_name_the_addressees_and_a_summary_item_counts_once_with_its_fuller_printing():
    recs = _typed_audit(SUBHEADED).recommendations
    assert [r.addressees for r in recs] == [["Fritidsnämnden"], ["Kulturnämnden"], ["Fritidsnämnden", "Kulturnämnden"]]
    assert "besöksstatistiken" in recs[1].text and len(recs[1].places) == 2  # the section's printing, both places


def test_a_table_header_joined_to_its_first_row_opens_the_table():
    text = """Granskningen har omfattat kommunstyrelsen och tekniska nämnden.
4 Våra rekommendationer
Nr Rekommendation Ansvarig nämnd 1 Upprätta en samlad plan för vilken Kommunstyrelsen nämnd som ska ansvara för parkernas skötsel.
2 Följa upp skötselavtalen med entreprenörerna varje kvartal. Tekniska nämnden"""
    recs = _typed_audit(text).recommendations
    assert [r.addressees for r in recs] == [["Kommunstyrelsen"], ["Tekniska nämnden"]]
    assert recs[0].text == "Upprätta en samlad plan för vilken nämnd som ska ansvara för parkernas skötsel."


def test_a_lead_in_that_ends_its_sentence_is_followed_by_a_lead_of_its_own():
    text = """6 Rekommendationer Utifrån de iakttagelser som framgår av rapporten lämnar vi följande rekommendationer.
Vi rekommenderar hälso- och sjukvårdsnämnden att:
1. Ta fram en plan för bemanningen av akutmottagningen.
2. Följa upp kostnaderna för inhyrd personal varje månad.
Vi rekommenderar regionstyrelsen att:
3. Säkerställa en samlad rapportering om personalomsättningen."""
    recs = _typed_audit(text).recommendations
    assert [r.addressees for r in recs] == [["Hälso- och sjukvårdsnämnden"]] * 2 + [["Regionstyrelsen"]]


def test_a_main_printing_that_names_no_one_takes_the_addressee_another_printing_names():
    text = """1. Sammanfattning
Vi rekommenderar socialnämnden att:
• säkerställa att genomförandeplaner upprättas inom fyra veckor.
• utveckla uppföljningen av hemtjänstens kvalitet.
5. Rekommendationer
Nr Rekommendation
1 Säkerställa att genomförandeplaner upprättas inom fyra veckor.
2 Utveckla uppföljningen av hemtjänstens kvalitet."""
    recs = _typed_audit(text).recommendations
    assert len(recs) == 2
    assert [r.addressees for r in recs] == [["Socialnämnden"], ["Socialnämnden"]]


def test_a_table_of_short_forms_resolved_by_the_report_s_key_and_a_priority_cell_left_out():
    text = """5. Rekommendationer
Nr Rekommendation Adressat Prioritet
1 Säkerställa att samtliga enheter genomför de BUN Hög årliga kontrollerna av närvaron.
2 Förtydliga ansvaret mellan förvaltningen och KS, BUN Medel skolenheterna vid frånvaro.
BUN = barn- och utbildningsnämnden, KS = kommunstyrelsen"""
    recs = _typed_audit(text).recommendations
    assert [r.addressees for r in recs] == [["Barn- och utbildningsnämnden"],
                                            ["Kommunstyrelsen", "Barn- och utbildningsnämnden"]]
    assert recs[0].text.startswith("Säkerställa att samtliga enheter genomför de årliga kontrollerna")
    assert "Medel" not in recs[1].text and "KS" not in recs[1].text


def test_lettered_items_under_leads_the_text_layer_joined_into_one_line_keep_their_addressees():
    text = """5 Förslag till åtgärder
Byggnadsnämnden rekommenderas att:
a) säkerställa att tidsfristerna för bygglov följs,
b) följa upp handläggningstiderna varje kvartal. Miljönämnden rekommenderas att: c) motivera besluten om strandskyddsdispens tydligt.
Kommunstyrelsen rekommenderas att: d) prioritera en digital ansökan om bygglov."""
    recs = _typed_audit(text).recommendations
    assert [r.addressees for r in recs] == [["Byggnadsnämnden"], ["Byggnadsnämnden"], ["Miljönämnden"],
                                            ["Kommunstyrelsen"]]


def test_a_missiv_item_led_by_its_committee_and_a_colon_names_it():
    text = """Revisorerna vill särskilt lyfta fram följande rekommendationer:
* Miljönämnden: säkerställa att besluten om strandskyddsdispens motiveras tydligt.
* Kommunstyrelsen: prioritera en digital ansökan om bygglov och strandskyddsdispens."""
    recs = _typed_audit(text).recommendations
    assert [(r.addressees, r.text) for r in recs] == [
        (["Miljönämnden"], "säkerställa att besluten om strandskyddsdispens motiveras tydligt."),
        (["Kommunstyrelsen"], "prioritera en digital ansökan om bygglov och strandskyddsdispens.")]


def test_a_responsible_organ_cell_over_three_lines_read_into_the_rows_text_is_taken_out_whole():
    """The text layer reads a two-column table line by line: the organ cell's lines stand at the end of each line
    of the recommendation, the last after its full stop; two rows may share one line."""
    text = """5. Våra rekommendationer
Nr Rekommendation Ansvarig nämnd
1 Ta fram en behovsanalys för förskolelokaler som Barn- och bygger på den senaste prognosen och som utbildningsnämnden uppdateras vartannat år.
2 Säkerställa att underlagen för investeringar Kommunstyrelsen, innehåller en bedömning av samhällsbyggnads- konsekvenserna för driften. nämnden 3 Följa upp lokalutnyttjandet och Samhällsbyggnads- redovisa resultatet för kommunstyrelsen årligen. nämnden"""
    recs = _typed_audit(text).recommendations
    assert [r.addressees for r in recs] == [["Barn- och utbildningsnämnden"],
                                            ["Kommunstyrelsen", "Samhällsbyggnadsnämnden"],
                                            ["Samhällsbyggnadsnämnden"]]
    assert recs[0].text.startswith("Ta fram en behovsanalys för förskolelokaler som bygger på den senaste prognosen och "
                                   "som uppdateras")
    assert "samhällsbyggnads-" not in recs[1].text and "för kommunstyrelsen årligen" in recs[2].text


def test_a_summary_s_reworded_copy_counts_once_with_the_section_s_recommendation():
    summary = """Sammanfattning
Vi rekommenderar socialnämnden att utveckla uppföljningen så att nämnden får regelbunden information om kvalitet och inte enbart om ekonomi.
Vi rekommenderar socialnämnden att se över bemanningen av nattpatrullen i hemtjänsten.
Bakgrund
Granskningen har omfattat socialnämnden."""
    section = """5. Rekommendationer
Vi rekommenderar socialnämnden att:
• utveckla uppföljningen så att nämnden får regelbunden information om kvalitet, exempelvis avvikelser, klagomål och utförd tid i förhållande till beviljad tid.
• se över bemanningen av nattpatrullen så att larm kan besvaras inom utlovad tid."""
    meta = DocumentMeta(doc_id="granskning-x", title="Granskning av hemtjänsten", document_type="granskningsrapport",
                        year=2025, file_name="granskning-x.pdf", sha256="0")
    recs = extract_audit(meta, [Page(doc_id="granskning-x", number=n, text=t)
                                for n, t in ((2, summary), (5, section))]).recommendations
    assert len(recs) == 2
    assert all(len(r.pages) == 2 for r in recs) and all(r.addressees == ["Socialnämnden"] for r in recs)


def test_a_lead_in_that_names_whom_its_recommendations_are_to_gives_their_addressee():
    text = """4.2 Rekommendationer
Riksrevisionen lämnar följande rekommendationer till regeringen:
1. Ge Tillväxtverket i uppdrag att utvärdera stödets effekter på sysselsättningen.
Riksrevisionen lämnar följande rekommendationer till Tillväxtverket:
2. Säkerställ att bedömningen av varje ansökan dokumenteras."""
    recs = _typed_audit(text).recommendations
    assert [r.addressees for r in recs] == [["Regeringen"], ["Tillväxtverket"]]


def test_a_chapter_of_assessment_and_recommendations_opens_the_section_after_its_intro_paragraph():
    summary = """Sammanfattning
Utifrån granskningen rekommenderar vi socialnämnden att i korthet:
• utveckla uppföljningen så att nämnden får information om kvalitet och inte enbart om ekonomi,
• se till att kontrollplanen omfattar de väsentliga riskerna."""
    section = """4. Samlad bedömning och rekommendationer
Vår samlade bedömning är att socialnämnden delvis säkerställer en ändamålsenlig styrning och uppföljning av hemtjänsten.
Vi rekommenderar socialnämnden att:
• utveckla uppföljningen så att nämnden får regelbunden information om kvalitet, exempelvis avvikelser och klagomål,
• se till att den interna kontrollplanen omfattar hemtjänstens mest väsentliga risker."""
    meta = DocumentMeta(doc_id="granskning-x", title="Granskning av hemtjänsten", document_type="granskningsrapport",
                        year=2025, file_name="granskning-x.pdf", sha256="0")
    recs = extract_audit(meta, [Page(doc_id="granskning-x", number=n, text=t)
                                for n, t in ((2, summary), (5, section))]).recommendations
    assert len(recs) == 2 and all(r.page == 5 and r.pages == [2, 5] for r in recs)


def test_a_two_line_cell_of_two_organs_read_into_the_row_is_taken_out_whole():
    text = """Nr Rekommendation Ansvarig
3 Upprätta aktuella informationshanteringsplaner för samtliga Kommunstyrelsen, verksamheter i enlighet med Samhällsbyggnadsnämnden arkivreglementet."""
    recs = _typed_audit("5. Rekommendationer\n" + text).recommendations
    assert [r.addressees for r in recs] == [["Kommunstyrelsen", "Samhällsbyggnadsnämnden"]]
    assert recs[0].text.startswith("Upprätta aktuella informationshanteringsplaner för samtliga verksamheter i enlighet "
                                   "med arkivreglementet")


# Forms of a batch of audits written blind (session 27), each in its own wording here.
RUNIN_TOPIC = """3 Avtalsuppföljning
Uppföljningen av avtalen sker i dag sporadiskt och resultatet dokumenteras inte.
Rekommendation 2 – Leverantörskontroll: Servicenämnden bör följa upp att leverantörerna fullgör sina åtaganden.
4 Direktupphandling
Rekommendation 3 – Dokumentation: Servicenämnden och kommunstyrelsen bör dokumentera varje direktupphandling."""

ORGAN_TABLE = """Stadsrevisionen lämnar följande rekommendationer utifrån granskningen:
Nämnd/styrelse Rekommendation
Kommunstyrelsen Ta fram en gemensam rutin för kontroll av utbetalningarna.
Samtliga stads- Följa upp att felaktiga utbetalningar utreds och att områdesnämnder återkrav beslutas.
Socialnämnden Sammanställa kontrollerna och rapportera dem till kommunstyrelsen varje år.
Granskningen har genomförts av revisionskontoret."""

ORGAN_ITEMS = """Våra rekommendationer sammanfattas nedan:
a) socialnämnden säkerställer att behörigheterna i journalsystemet ses över,
b) kommunstyrelsen genomför en klassning av kommunens informationstillgångar.
Kommunstyrelsen rekommenderas att i sin uppsiktsplikt
– fastställa hur uppsikten över bolagen dokumenteras och rapporteras
till kommunfullmäktige,
– årligen pröva bolagens verksamhet i ett särskilt beslut.
Det rekommenderas att nämnden inför en rutin för att återbetala avgiften vid försening."""


def test_a_numbered_run_in_label_with_a_topic_opens_a_bor_recommendation():
    recs = _typed_audit(RUNIN_TOPIC).recommendations
    assert [r.addressees for r in recs] == [["Servicenämnden"], ["Servicenämnden", "Kommunstyrelsen"]]
    assert recs[0].text.startswith("Servicenämnden bör följa upp")  # no label, no topic


def test_a_table_whose_first_column_names_the_organ_gives_each_row_its_addressee():
    recs = _typed_audit(ORGAN_TABLE).recommendations
    assert sorted((r.addressees, r.text.split()[0]) for r in recs) == [
        (["Kommunstyrelsen"], "Ta"), (["Samtliga stadsområdesnämnder"], "Följa"), (["Socialnämnden"], "Sammanställa")]
    assert not any("områdesnämnder" in r.text for r in recs)  # the organ cell's second line, read into the row


def test_an_item_opening_with_its_organ_and_a_continued_line_that_is_no_heading():
    recs = _typed_audit(ORGAN_ITEMS).recommendations
    # ("nämnden" beside recommendations to one committee and to a board is that committee)
    assert [r.addressees for r in recs] == [["Socialnämnden"], ["Kommunstyrelsen"], ["Kommunstyrelsen"],
                                            ["Kommunstyrelsen"], ["Socialnämnden"]]


def test_short_forms_from_the_report_s_list_name_the_addressees_of_the_recommending_items():
    """A list of short forms run into one line ("KS Kommunstyrelsen BUN Barn- och utbildningsnämnden …") names the
    organs that the recommendations give only by their short forms."""
    text = """Förkortningar KS Kommunstyrelsen BUN Barn- och utbildningsnämnden TN Tekniska nämnden
Granskningen avser hur KS, BUN och TN planerar sina lokaler.
Utifrån granskningen rekommenderar vi:
– KS att fastställa en lokalförsörjningsplan som revideras årligen.
– BUN att ta fram lokalbehovsprognoser med tio års framförhållning.
– TN att upprätta underhållsplaner för samtliga verksamhetslokaler."""
    recs = _typed_audit(text).recommendations
    assert [r.addressees for r in recs] == [["Kommunstyrelsen"], ["Barn- och utbildningsnämnden"], ["Tekniska nämnden"]]


def test_a_recommending_sentence_that_points_at_the_table_below_names_its_rows_addressee_and_is_none_itself():
    text = """6. Rekommendationer
Mot bakgrund av granskningens resultat rekommenderar revisorerna miljönämnden att genomföra de åtgärder som anges i tabellen nedan.
Nr Rekommendation
1 Revidera taxan för tillsyn så att avgifterna speglar den faktiska tidsåtgången.
2 Införa en rutin för uppföljning av förelägganden."""
    recs = _typed_audit(text).recommendations
    assert [r.text[:20] for r in recs] == ["Revidera taxan för t", "Införa en rutin för "]
    assert [r.addressees for r in recs] == [["Miljönämnden"], ["Miljönämnden"]]


def test_an_organs_should_also_after_a_recommending_sentence_is_a_second_recommendation_to_that_organ():
    text = """3.2 Gatuunderhåll
Granskningen visar att underhållet av gatorna inte planeras långsiktigt. Revisorerna rekommenderar därför gatunämnden att upprätta en underhållsplan för gatunätet. Nämnden bör även säkerställa att besiktningarna dokumenteras i ett gemensamt system.
3.3 Löner
Revisorerna rekommenderar kommunstyrelsen att kontrollera behörigheterna i lönesystemet."""
    recs = _typed_audit(text).recommendations
    assert [r.text[:30] for r in recs] == ["Revisorerna rekommenderar därf", "Nämnden bör även säkerställa a",
                                           "Revisorerna rekommenderar komm"]
    assert [r.addressees for r in recs] == [["Gatunämnden"], ["Gatunämnden"], ["Kommunstyrelsen"]]


def test_a_bare_styrelsen_in_a_memo_is_the_board_its_recipient_line_names():
    text = """GranskningsPM
Till: Styrelsen för Exempel Vatten AB
Från: Lekmannarevisorerna i Exempel Vatten AB
Granskning av bolagets reservvattenförsörjning
Vi rekommenderar att styrelsen:
• säkerställer att reservvattenplanen övas minst en gång per år,
• begär en årlig rapport om läget för reservvattentäkterna."""
    recs = _typed_audit(text).recommendations
    assert len(recs) == 2
    assert all(r.addressees == ["Styrelsen för Exempel Vatten AB"] for r in recs), [r.addressees for r in recs]


def test_a_numbered_heading_after_a_table_whose_number_does_not_go_on_is_no_row():
    # "4 Revisorernas slutsats" after rows 1-5 (and "5. Avslutning" after row 5) closes the table: the heading and
    # the handing over of the report below it are no recommendations
    text = """3 Rekommendationer
Nr Rekommendation Ansvarig nämnd
1 Upprätta en plan för underhållet av gång- och cykelbroar. Tekniska nämnden
2 Följ upp att besiktningarnas anmärkningar åtgärdas i tid. Tekniska nämnden
3 Säkerställ att investeringsbudgeten bygger på underhållsplanen. Kommunstyrelsen
4 Rapportera eftersläpningen i underhållet till fullmäktige årligen. Kommunstyrelsen
5 Inför en rutin för akuta reparationer av broar. Tekniska nämnden
4 Revisorernas slutsats
Revisorerna överlämnar rapporten till tekniska nämnden och kommunstyrelsen och önskar svar senast i maj."""
    recs = _typed_audit(text).recommendations
    assert [r.text.split()[0] for r in recs] == ["Upprätta", "Följ", "Säkerställ", "Rapportera", "Inför"], \
        [r.text for r in recs]
    recs = _typed_audit(text.replace("4 Revisorernas slutsats", "5. Avslutning")).recommendations
    assert len(recs) == 5, [r.text for r in recs]


def test_a_reworded_body_printing_to_the_bare_committee_joins_the_summary_item():
    # the summary's "… rekommenderar kulturnämnden att: … införa …" and the body's "Vi rekommenderar att nämnden inför
    # …" in other words on another page are one recommendation printed twice
    meta = DocumentMeta(doc_id="granskning-y", title="Granskning av bibliotek", document_type="granskningsrapport",
                        year=2025, file_name="granskning-y.pdf", sha256="0")
    summary = """Revisorernas rekommendationer
Revisorerna rekommenderar kulturnämnden att
a) införa en rutin för gallring av bibliotekens mediebestånd varje år,
b) följa upp utlåningen per filial i delårsrapporten."""
    body = """3. Mediebeståndet
Bestånden gallras sällan och olika på filialerna. Vi rekommenderar att nämnden inför en rutin för gallring av
mediebeståndet, så att alla filialer arbetar på samma sätt."""
    recs = extract_audit(meta, [Page(doc_id="granskning-y", number=1, text=summary),
                                Page(doc_id="granskning-y", number=2, text=body)]).recommendations
    assert [(r.pages, r.addressees) for r in recs] == [([1, 2], ["Kulturnämnden"]), ([1], ["Kulturnämnden"])], \
        [(r.pages, r.addressees, r.text) for r in recs]


def test_a_chapters_labelled_copy_in_other_words_joins_the_sections_list_item():
    # the recommendations list and a chapter's "Rekommendation:" that says the same in other words on another page are
    # one recommendation printed twice; a second, different recommendation to the same committee stays apart
    meta = DocumentMeta(doc_id="granskning-z", title="Granskning av vinterväghållning", document_type="granskningsrapport",
                        year=2025, file_name="granskning-z.pdf", sha256="0")
    summary = """Rekommendationer
1. Tekniska nämnden bör fastställa en prioriteringsordning för snöröjningen av gång- och cykelvägar som
   revideras inför varje vintersäsong.
2. Tekniska nämnden bör följa upp entreprenörernas utryckningstider varje månad."""
    chapter = """4. Snöröjning
Prioriteringen skiljer sig mellan entreprenörerna.
Rekommendation: Vi rekommenderar att tekniska nämnden tar fram och fastställer en prioriteringsordning för
snöröjningen av gång- och cykelvägar, som ses över inför varje vintersäsong."""
    recs = extract_audit(meta, [Page(doc_id="granskning-z", number=1, text=summary),
                                Page(doc_id="granskning-z", number=2, text=chapter)]).recommendations
    assert [r.pages for r in recs] == [[1, 2], [1]], [(r.pages, r.text) for r in recs]
