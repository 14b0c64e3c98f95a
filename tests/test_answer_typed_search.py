"""The question is searched once, by its typed reading, for every answerer of it: the rules take their sentences from
that search (the named documents first, an English question searched in Swedish too), and the general answerer,
when asked for a second opinion, reuses it rather than searching again; the retriever remembers a search of an index
version. A fictional library written to real PDFs; pdfplumber, Chroma, the embedder and the default hybrid
assistant."""

from __future__ import annotations

import pytest

from tests.libraries import written_library

GUIDE = [
    ["Verksamhetsplan 2025 för Fritidsnämnden i Östra Lerby", "Fritidsnämnden, januari 2025"],
    ["Simhallen",
     "Simhallen i Östra Lerby byggdes 1974 och har en bassäng på 25 meter.",
     "Nämnden planerar att renovera simhallens omklädningsrum under hösten 2025.",
     "Besökarna i simhallen var 61 000 under 2024."],
]
REPORT = [
    ["Årsredovisning 2024 för Bostadsrättsföreningen Granhöjden", "Förvaltningsberättelse"],
    ["Fastigheten",
     "Föreningen äger fastigheten Granen 2 med två trapphus och 28 lägenheter.",
     "Taket lades om under våren 2024.",
     "Föreningens styrelse har haft elva protokollförda möten."],
]


@pytest.fixture(scope="module")
def library(tmp_path_factory, embedder, embedding_cache):
    docs = {"lerby-fritid-verksamhetsplan-2025.pdf": (GUIDE, "Verksamhetsplan 2025 Fritidsnämnden Östra Lerby"),
            "granhojden-arsredovisning-2024.pdf": (REPORT, "Årsredovisning 2024 Brf Granhöjden")}
    with written_library(tmp_path_factory.mktemp("typed_search"), docs, embedder, embedding_cache) as assistant:
        assistant.ask("Hur stor är budgeten?")  # the caches built (the first answer over an index builds them)
        yield assistant


def _spy(monkeypatch, library):
    searches, given = [], []
    search, answer = library.pipeline.retrieve, library.extractor.answer

    def retrieve(*args, **kwargs):
        searches.append(search(*args, **kwargs))
        return searches[-1]

    def extract(question, lang, retrieved, *args, **kwargs):
        given.append(list(retrieved))
        return answer(question, lang, retrieved, *args, **kwargs)

    monkeypatch.setattr(library.pipeline, "retrieve", retrieve)
    monkeypatch.setattr(library.extractor, "answer", extract)
    return searches, given


@pytest.mark.parametrize("question", [
    "När ska simhallens omklädningsrum renoveras?",
    "When will the changing rooms of the swimming hall be renovated?",
])
def test_the_rules_answer_from_the_typed_search(monkeypatch, library, question):
    searches, given = _spy(monkeypatch, library)
    a = library.ask(question)
    assert len(searches) == 1  # one search of the typed question
    assert given, "the rules' sentence answerer was not asked"
    # the very passages of that search, in its order (before: a second, plain search of the question's text)
    assert [id(sc) for sc in given[0]] == [id(sc) for sc in searches[0].fused[:len(given[0])]]
    assert not a.abstained and "2025" in a.answer, a.notes
    assert any(c.doc_id.startswith("lerby") for c in a.citations)


def test_a_refused_question_is_searched_once_for_both_answerers(monkeypatch, library):
    # the rules refuse (nothing says how many lifeguards there are); the general answerer's second opinion makes the
    # typed search once, however many of the rules' checks ask for it
    searches, _ = _spy(monkeypatch, library)
    a = library.ask("Hur många badvakter arbetar i simhallen i Östra Lerby?")
    assert a.abstained, a.answer
    assert len(searches) == 1


def test_a_search_is_remembered_until_the_index_changes(monkeypatch, library):
    # one answer searches the same text more than once (the typed search, the rules' table hints): the retriever
    # remembers a search of an index version, and searches again when the index has changed
    calls = []
    search = library.index.keyword_search

    def keyword_search(*args, **kwargs):
        calls.append(args[0])
        return search(*args, **kwargs)

    monkeypatch.setattr(library.index, "keyword_search", keyword_search)
    retriever = library.retriever
    first = retriever.keyword("renovering av omklädningsrummen i simhallen", 10)
    again = retriever.keyword("renovering av omklädningsrummen i simhallen", 10)
    assert len(calls) == 1 and [sc.chunk.id for sc in again] == [sc.chunk.id for sc in first] and first
    retriever.keyword("renovering av omklädningsrummen i simhallen", 5)  # another depth is another search
    assert len(calls) == 2
    monkeypatch.setattr(type(library.index), "generation", property(lambda self: -1))  # the index changed
    retriever.keyword("renovering av omklädningsrummen i simhallen", 10)
    assert len(calls) == 3


def test_the_eval_measures_the_search_the_answer_reads(library):
    # `rodatraden eval`'s retrieval figures (a gold page in the top 5 / 10) are of the typed search, not of a plain
    # search the answer no longer reads
    from eval.answer_eval import product_retriever

    retrieve = product_retriever(library.index, library)
    question = "When will the changing rooms of the swimming hall be renovated?"
    found = library.pipeline.retrieve(library.pipeline.read(question, []), k=16)
    assert retrieve(question, 5) == [(sc.chunk.doc_id, sc.chunk.page_start, sc.chunk.page_end)
                                     for sc in found.fused[:5]]
