"""Who-questions are answered by someone's name (assistant/answers/persons.py, assistant/strategies/person.py): a
unit of the asked document that names a person beside what the question asks, not a letterhead or a role. A rendered
annual report of a fictional housing cooperative (reportlab), real pdfplumber, Chroma and the embedder."""

from __future__ import annotations

import pytest

from assistant.answers.persons import names_person
from eval.tracker_letters import render
from tests.libraries import hybrid_assistant

REPORT = """Årsredovisning 2024 för Bostadsrättsföreningen Lönnen i Mora
Org.nr 769600-0000
Styrelsen för Brf Lönnen i Mora får härmed avge årsredovisning för räkenskapsåret 2024.
Föreningen äger fastigheten Lönnen 4 med 36 lägenheter och två lokaler.
\f
Förvaltningsberättelse
Verksamheten
Föreningen har under året målat om trapphusen och bytt ut tvättmaskinerna i tvättstugan.
Årets resultat blev ett överskott om 212 400 kronor.
Styrelse och revision
Ordförande har varit Eva Lindqvist och ledamöter Per Holm och Sara Nyberg.
Revisor har varit Anna Berglund, Revisionsbyrån Dalarna AB, vald av föreningsstämman.
\f
Underskrifter
Mora den 12 mars 2025
Styrelsen för Brf Lönnen i Mora
"""


@pytest.fixture(scope="module")
def cooperative(tmp_path_factory, embedder, embedding_cache):
    root = tmp_path_factory.mktemp("who")
    pdfs = root / "pdfs"
    pdfs.mkdir()
    render(REPORT, pdfs / "brf-lonnen-2024.pdf")
    with hybrid_assistant(root, pdfs, embedder, embedding_cache) as assistant:
        yield assistant


def test_a_persons_name_is_told_from_roles_and_organisations():
    assert names_person("Revisor har varit Anna Berglund, Revisionsbyrån Dalarna AB")
    assert names_person("Per O. Holm, ordförande") and names_person("Anna-Karin Ek")
    assert not names_person("Till: Revisorerna i Region Dalarna")
    assert not names_person("Styrelsen för Brf Lönnen i Mora")


@pytest.mark.parametrize("question", ["Vem är revisor i Brf Lönnen?", "Who is the auditor of Brf Lönnen?"])
def test_who_is_answered_with_the_name(cooperative, question):
    a = cooperative.ask(question)
    assert not a.abstained
    assert "Anna Berglund" in a.answer
    assert any("Anna Berglund" in c.quote and c.page == 2 for c in a.citations)


def test_a_role_named_in_the_question_is_answered_by_its_holder(cooperative):
    a = cooperative.ask("Vem är ordförande i Brf Lönnen?")
    assert not a.abstained and "Eva Lindqvist" in a.answer


def test_a_person_asked_whom_the_document_does_not_name_is_refused(cooperative):
    """The report names no secretary: the letterhead or a role is no answer to whom (lexicon [persons])."""
    a = cooperative.ask("Vad heter sekreteraren i Brf Lönnen?")
    assert a.abstained
    assert "Eva Lindqvist" not in a.answer and "Anna Berglund" not in a.answer
