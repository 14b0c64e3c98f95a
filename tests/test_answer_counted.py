"""What a count question counts is read once, by the typed reader, and both answerers look for it ("hur många av
lägenheterna", "how many of the flats": the partitive is no counted thing). A fictional report written to a real
PDF; pdfplumber, Chroma, the embedder and the default hybrid assistant."""

from __future__ import annotations

import pytest

from assistant.question.lexicon import load_lexicon
from assistant.strategies.checks import counted_stems
from tests.libraries import written_library

REPORT = [
    ["Årsredovisning 2024 för Bostadsrättsföreningen Lönnkullen", "Förvaltningsberättelse"],
    ["Fastigheten",
     "Föreningen äger fastigheten Lönnen 4 med tre trapphus.",
     "Föreningens 40 lägenheter har alla balkong, varav 12 st är inglasade.",
     "Tvättstugan renoverades under hösten."],
]
PLAN = [  # a second document, so that a name tells one document from another
    ["Vattenplan för Åbyhamn 2023", "Kommunstyrelsen, mars 2023"],
    ["Mål och delmål",
     "Fullmäktiges vattenplan gäller för perioden fram till år 2035.",
     "Ett delmål är att vattenförbrukningen i hushållen ska minska med 15 procent per invånare jämfört med år 2012."],
]


@pytest.fixture(scope="module")
def library(tmp_path_factory, embedder, embedding_cache):
    docs = {"lonnkullen-arsredovisning-2024.pdf": (REPORT, "Årsredovisning 2024 Brf Lönnkullen"),
            "abyhamn-vattenplan-2023.pdf": (PLAN, "Vattenplan för Åbyhamn 2023")}
    with written_library(tmp_path_factory.mktemp("counted"), docs, embedder, embedding_cache) as assistant:
        yield assistant


@pytest.mark.parametrize("question, counted", [
    ("Hur många av lägenheterna har balkong?", "lägenhet"),
    ("How many of the flats have a balcony?", "lägenhet"),
])
def test_the_counted_thing_is_after_the_partitive(library, question, counted):
    q = library.pipeline.read(question, [])
    stems = counted_stems(q, load_lexicon().lang(q.lang))
    assert stems and all(s not in ("av", "of") for s in stems)
    assert any(s.startswith(counted[:5]) for s in stems), stems


@pytest.mark.parametrize("question", [
    "Hur många av lägenheterna i Lönnkullen har en inglasad balkong?",
    "How many of the flats in Lönnkullen have a glazed balcony?",
])
def test_the_rules_count_what_the_reader_read(library, question):
    # the rules' own reading took the word after the cue ("av", "of") as the counted thing and refused for want of
    # a count of it; given the typed reader's counted thing they answer
    q = library.pipeline.read(question, [])
    counted = counted_stems(q, load_lexicon().lang(q.lang))
    draft = library._draft_rules(question, [], None, q.effective, counted=counted)
    assert not draft.answer.abstained, draft.answer.notes
    assert "12" in draft.answer.answer
    assert not library.ask(question).abstained



def test_a_library_of_one_report_answers_a_question_that_names_it(tmp_path_factory, embedder, embedding_cache):
    # with one document nothing is named apart from another, yet its name need not stand in the answering sentence
    docs = {"lonnkullen-arsredovisning-2024.pdf": (REPORT, "Årsredovisning 2024 Brf Lönnkullen")}
    with written_library(tmp_path_factory.mktemp("one_report"), docs, embedder, embedding_cache) as assistant:
        question = "Hur många av lägenheterna i Lönnkullen har en inglasad balkong?"
        q = assistant.pipeline.read(question, [])
        draft = assistant._draft_rules(question, [], None, q.effective,
                                       counted=counted_stems(q, load_lexicon().lang(q.lang)))
        assert not draft.answer.abstained, draft.answer.notes  # the rules' own answer, not only the fallback's
        a = assistant.ask(question)
        assert not a.abstained and "12" in a.answer, a.notes
        other = assistant.ask("Hur många av lägenheterna i Ekbacken har en inglasad balkong?")
        assert other.abstained, other.answer
