"""Extractive answering mechanisms (Extractor over the real corpus index, real retrieval)."""

from __future__ import annotations

import pytest

from ingest.text import split_compound
from assistant.citations import CitationBuilder
from assistant.answers.extractive import Extractor
from assistant.retrieval import Retriever

RUN = "run-verksamhetsberattelse-2023-08"
GRANSKNING = "granskning-budgetprocessen-2023"


@pytest.fixture(scope="module")
def parts(corpus_index):
    return Extractor(corpus_index), Retriever(corpus_index)


def _ask(parts, index, question, lang="sv"):
    ex, r = parts
    b = CitationBuilder(index)
    res = ex.answer(question, lang, r.retrieve(question, k=12), b)
    for c in b.citations:
        assert c.quote in index.page(c.doc_id, c.page).text
    return res, b.citations


def test_split_compound_into_known_parts():
    known = {"livsmedel", "områd", "budget"}.__contains__
    assert split_compound("livsmedelsområdet", known) == ("livsmedel", "områd")
    assert split_compound("budget", known) is None  # too short to be a compound
    assert split_compound("okändaordet", known) is None


def test_unseen_compound_and_lead_in_heading_answer_with_its_items(parts, corpus_index):
    """"livsmedelsområdet" is not in the documents; its rare part "livsmedel" is (as the lead-in "Livsmedel:"),
    the common part "område" is everywhere. The answer is the list under the lead-in, not sentences about "områden"."""
    res, cits = _ask(parts, corpus_index, "Vad har gjorts på livsmedelsområdet under året?")
    assert not res.abstained
    assert "nytt handlingsprogram framtaget" in res.text and "brisyrkesanalys kockar" in res.text
    assert {(c.doc_id, c.page) for c in cits} == {(RUN, 10)}


def test_development_question_includes_the_later_figure_of_the_paragraph(parts, corpus_index):
    res, cits = _ask(parts, corpus_index, "Hur har regionens soliditet inklusive pensionsförpliktelser utvecklats?")
    assert "+3 procent" in res.text and "-1 procent" in res.text
    assert len(cits) <= 3 and all(c.page == 7 for c in cits)


def test_table_explanation_comes_from_the_tables_document_and_gives_causes(parts, corpus_index):
    ex, r = parts
    q = "Hur mycket lägre än budget beräknas lönekostnaderna bli i år, och vad förklarar det?"
    b = CitationBuilder(corpus_index)
    text = ex.explanation(q, "sv", r.retrieve(q, k=12), b, exclude_pages={(RUN, 15)})
    assert text and "tillfälliga vakanser" in text
    assert {c.doc_id for c in b.citations} == {RUN} and len(b.citations) <= 2


def test_when_question_prefers_the_sentence_that_names_the_time(parts, corpus_index):
    res, _ = _ask(parts, corpus_index, "När räknar regionledningen med att ekonomin är återställd?")
    assert "år 2026 vara tillbaka" in res.text


def test_a_documents_proper_name_is_no_content_and_its_kind_weighs_less() -> None:
    """Inside the document a question names, its proper name ("Brf Ekbacken") tells no passage from another and
    weighs nothing; a word for its kind ("granskningen") may be what is asked ("omfattas av granskningen") and
    weighs less; the other words keep their weight."""
    from assistant.answers.extractive import NAMING_WEIGHT, Query, _downweighted

    q = Query(groups=[(4.0, ["revis"]), (5.0, ["ekback"]), (3.0, ["granskning"])], years=set(), proper=[],
              is_list=False, count_focus=None, quantity=False, money=False)
    out = _downweighted(q, {"ekback", "granskning"}, "Vilka är revisorer enligt granskningen av Ekbacken?")
    assert [w for w, _ in out.groups] == [4.0, 0.0, 3.0 * NAMING_WEIGHT]


def test_a_figure_whose_sentence_leans_on_the_one_before_is_in_the_evidence(tmp_settings, embedder, tmp_path):
    """'Hur stor var garantin som styrelsen beslutade om utan att fråga fullmäktige?': the sentence before the figure
    says who decided without asking; the figure's own sentence ("Det gällde bland annat … 100 miljoner euro") says
    little of the question. Together they answer it, and the answer gives the figure."""
    from assistant.service import build_assistant
    from ingest import parse_pdf
    from index import open_index
    from tests.pdfs import make_pdf

    page = ["Lekmannarevisorernas granskning av Hamnbolaget AB.",
            "Granskningen visade att styrelsen för Hamnbolaget AB inte har lyft principiella ärenden till",
            "kommunfullmäktige innan bolagsstyrelsen fattade beslut. Det gällde bland annat ett lån till",
            "dotterbolaget och en borgen på 40 miljoner kronor för kajens ombyggnad.",
            "",
            "Revisorerna bedömer att styrelsens arbete i övrigt har fungerat väl under året."]
    path = tmp_path / "hamnbolaget-granskning.pdf"
    path.write_bytes(make_pdf([page, ["Bilaga: intervjuade personer och granskade dokument."]],
                              title="Granskning av Hamnbolaget AB"))
    with open_index(tmp_settings.model_copy(update={"answerer": "rules"}), embedder) as idx:
        idx.add(parse_pdf(path))
        a = build_assistant(idx, tmp_settings.model_copy(update={"answerer": "rules"})).ask(
            "Hur stor var borgen som Hamnbolagets styrelse beslutade om utan att lyfta frågan till kommunfullmäktige?")
        assert not a.abstained and "40 miljoner" in a.answer


def test_the_counted_thing_of_an_english_question_is_read_in_its_swedish_forms(parts):
    """"How many employees …": the thing counted is looked for as the glossary's Swedish words ("anställda",
    "medarbetare"), and a proper name with a Swedish form ("Gothenburg") is looked for in that form too."""
    from ingest.text import stem

    ex, _ = parts
    q = ex.analyse("How many employees did the Gothenburg office have?", "en")
    assert {stem("employees"), stem("anställda"), stem("medarbetare")} <= set(q.count_focus)
    assert ["gothenburg", "göteborg", "göteborgs"] in q.proper
    sv = ex.analyse("Hur många anställda hade förvaltningen?", "sv")
    assert sv.count_focus and sv.count_focus[0] == stem("anställda")


def test_how_many_percent_asks_an_amount_in_a_unit_not_a_count(parts):
    """"Med hur många procent …" and "how many kronor …" ask for a figure in that unit ("5%"), not for a count of
    percents: no counted thing to find in the evidence, and the question wants a figure."""
    ex, _ = parts
    for question, lang in (("Med hur många procent höjdes avgiften?", "sv"), ("How many percent was the fee raised?", "en"),
                           ("Hur många kronor kostade det?", "sv")):
        q = ex.analyse(question, lang)
        assert q.count_focus == [] and q.quantity, question
    assert ex.analyse("Hur många lägenheter har föreningen?", "sv").count_focus


def test_a_count_is_answered_by_the_figure_that_stands_with_the_counted_word(tmp_settings, embedder, tmp_path):
    """"Hur många medarbetare svarade på enkäten?": the summary's "hade 30 frågor" counts questions, the method
    page's "svarade 112 medarbetare" counts what is asked. The summary covers more of the question's words and ranks
    first; the answer is the method page's figure, not a refusal."""
    from assistant.service import build_assistant
    from ingest import parse_pdf
    from index import open_index
    from tests.pdfs import make_pdf

    summary = ["Sammanfattning",
               "Revisorerna har granskat hur Fjällbygdens kommun arbetar med arbetsmiljön för medarbetare i",
               "hemtjänsten. Enkäten om arbetsmiljön i hemtjänsten hade 30 frågor och gick ut till alla medarbetare.",
               "Granskningen visar att arbetsmiljöarbetet behöver stärkas."]
    method = ["Metod",
              "Enkäten skickades ut i mars. Av de tillfrågade svarade 112 medarbetare, vilket motsvarar en",
              "svarsfrekvens på drygt hälften.",
              "Därutöver har styrdokument granskats."]
    path = tmp_path / "fjallbygden-arbetsmiljo.pdf"
    path.write_bytes(make_pdf([summary, method], title="Granskning av arbetsmiljön i hemtjänsten"))
    with open_index(tmp_settings.model_copy(update={"answerer": "rules"}), embedder) as idx:
        idx.add(parse_pdf(path))
        a = build_assistant(idx, tmp_settings.model_copy(update={"answerer": "rules"})).ask(
            "Hur många medarbetare svarade på enkäten om arbetsmiljön i hemtjänsten?")
        assert not a.abstained, a.notes
        assert "112" in a.answer


def test_a_what_question_is_answered_by_the_lead_that_announces_its_items(tmp_settings, embedder, tmp_path):
    """"Vilket underhåll utförde föreningen 2025?": the lead "Under året har följande underhåll utförts:" names the
    subject no better than a sentence about the maintenance plan, but it announces what was done: its items answer.
    Asked of 2027, the lead whose item carries that year answers, as that item's sentence, not the year's list."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from assistant.service import build_assistant
    from ingest import parse_pdf
    from index import open_index

    lines = [("B", "Förvaltningsberättelse för Brf Lönngården, räkenskapsåret 2025"), None,
             ("R", "Föreningen har en underhållsplan som visar behovet av underhåll i fastigheten."), None,
             ("B", "Under året har följande underhåll utförts:"), ("R", "Fönstren i hus A har bytts."),
             ("R", "Taket på cykelförrådet har lagts om."), ("R", "Tvättstugan har renoverats."), None,
             ("B", "Kommande underhåll:"), ("R", "2027 planerar föreningen stambyte i hus B."), None,
             ("R", "Styrelsen har haft tio protokollförda sammanträden under året.")]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setTitle("Årsredovisning 2025 Brf Lönngården")
    y = 780
    for line in lines:  # the leads set in bold, as annual reports set them
        if line is not None:
            c.setFont("Helvetica-Bold" if line[0] == "B" else "Helvetica", 10)
            c.drawString(60, y, line[1])
        y -= 14
    c.showPage()
    c.setFont("Helvetica", 10)
    c.drawString(60, 780, "Resultaträkning och balansräkning följer på nästa sida.")
    c.showPage()
    c.save()
    path = tmp_path / "brf-lonngarden-2025.pdf"
    path.write_bytes(buf.getvalue())
    settings = tmp_settings.model_copy(update={"answerer": "rules"})
    with open_index(settings, embedder) as idx:
        idx.add(parse_pdf(path))
        assistant = build_assistant(idx, settings)
        done = assistant.ask("Vilket underhåll gjordes under 2025?")
        assert not done.abstained
        assert all(w in done.answer for w in ("Fönstren", "cykelförrådet", "Tvättstugan")), done.answer
        planned = assistant.ask("Vilket underhåll planeras till 2027?")
        assert "stambyte" in planned.answer and "Fönstren" not in planned.answer, planned.answer
