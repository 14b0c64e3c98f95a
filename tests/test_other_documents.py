"""A question that names no document, over a library of several documents of one kind, is answered from one of them
and says so, naming the others the search found (assistant/strategies/other_documents.py). Real PDFs, pdfplumber,
Chroma and the embedder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.libraries import hybrid_assistant

DATA = Path(__file__).parent / "data"
AUDITS = ["gbg-granskning-skyfall-2022.pdf", "gbg-granskning-trygghet-studiero-2024.pdf"]


@pytest.fixture(scope="module")
def audits(tmp_path_factory, embedder, embedding_cache):
    root = tmp_path_factory.mktemp("same_kind")
    pdfs = root / "pdfs"
    pdfs.mkdir()
    for name in AUDITS:
        shutil.copy(DATA / name, pdfs / name)
    # the session's vectors: the browser workflow (test_ui_workflow) uploads one of these PDFs and reuses them
    with hybrid_assistant(root, pdfs, embedder, embedding_cache) as assistant:
        yield assistant


def test_an_unnamed_document_is_said_and_the_others_of_its_kind_are_named(audits):
    kinds = {d.meta.document_type for d in audits.index.documents()}
    assert len(kinds) == 1 and None not in kinds  # two audit reports: one kind
    a = audits.ask("Vad var syftet med granskningen?")
    assert not a.abstained
    own = {c.doc_id for c in a.citations}
    assert len(own) == 1
    other = next(d.meta for d in audits.index.documents() if d.meta.doc_id not in own)
    assert "Frågan nämner inget dokument" in a.answer and other.title in a.answer.split("Frågan nämner")[1]
    en = audits.ask("What was the purpose of the audit?")
    assert en.abstained or "The question names no document" in en.answer


def test_a_question_that_names_its_document_gets_no_such_line(audits):
    a = audits.ask("Vad var syftet med granskningen av skyfallshanteringen?")
    assert not a.abstained and {c.doc_id for c in a.citations} == {"gbg-granskning-skyfall-2022"}
    assert "Frågan nämner inget dokument" not in a.answer
    scoped = audits.ask("Vad var syftet med granskningen?", doc_ids=["gbg-granskning-skyfall-2022"])
    assert "Frågan nämner inget dokument" not in scoped.answer  # the caller chose the document


def test_the_general_answerer_alone_says_which_document_answered_too(audits):
    """RODATRADEN_ANSWERER=scored: the same line as the default answerer gives, from the one reading of the question."""
    from assistant.service import Assistant

    scored = Assistant(audits.index, audits.settings.model_copy(update={"answerer": "scored"}))
    lines = []
    for question in ("Vad var syftet med granskningen?", "Vilka rekommendationer lämnades?",
                     "Vilken bedömning gjorde revisorerna?"):
        a = scored.ask(question)
        one = not a.abstained and len({c.doc_id for c in a.citations}) == 1
        lines.append("Frågan nämner inget dokument" in a.answer)
        assert lines[-1] == one  # said exactly when one document answered
    assert any(lines)
    named = scored.ask("Vad var syftet med granskningen av skyfallshanteringen?")
    assert "Frågan nämner inget dokument" not in named.answer


def test_an_english_exonym_is_looked_for_in_its_swedish_form(audits):
    """A proper name of an English question that the glossary translates ("Gothenburg" -> "Göteborg") is evidence when
    its Swedish form stands in the passages; before, the answer was refused as "'gothenburg' is not in the evidence"."""
    a = audits.ask("What was the purpose of Gothenburg's audit of cloudburst preparedness?")
    assert not a.abstained, a.notes
    assert {c.doc_id for c in a.citations} == {"gbg-granskning-skyfall-2022"}
    assert not any("not in the evidence" in n for n in a.notes)
