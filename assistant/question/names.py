"""The names a question gives (Region X, a company, a person), held against the words of the evidence: shared by
the arbiter (cited pages) and the cell strategy (a table). A name that named the document, or that no document of
the library uses (an English place name), is not judged."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from assistant.question.documents import fold
from assistant.question.models import Question
from ingest.text import stem, words


def _forms(n: str, q: Question | None) -> list[tuple[str, ...]]:
    """The other forms the reader gave a name's term (the glossary's Swedish form of an English name)."""
    if q is None:
        return []
    return [alt for g in q.terms
            if any(n in a for a in g.alternatives) or n in {stem(w) for w in words(g.word)}
            for alt in g.alternatives]


def judged_names(q: Question, known: Callable[[str], bool]) -> list[str]:
    """The question's name stems that must stand in the evidence: those the library's text uses, itself or in the
    form the reader gave it ("Gothenburg", a word no document uses, stands for "Göteborg", which they do)."""
    naming = {fold(n) for n in q.naming}
    return [n for n in q.names if fold(n) not in naming
            and (known(n) or any(alt and all(known(x) for x in alt) for alt in _forms(n, q) if n not in alt))]


def missing_names(names: list[str], stems: Iterable[str], q: Question | None = None) -> list[str]:
    """Those of ``names`` that no evidence stem carries, whole or as the start of a compound. With ``q``, a name
    also stands in the evidence in another form the reader gave its term (the glossary's Swedish form of an
    English name: "Gothenburg" is "Göteborg" in the documents)."""
    folded = {fold(x) for x in stems}

    def present(s: str) -> bool:
        return fold(s) in folded or any(x.startswith(fold(s)) for x in folded)

    return [n for n in names if not present(n) and not any(all(present(s) for s in alt) for alt in _forms(n, q))]


def document_name_text(index, doc_id: str) -> str:
    """A document's title and organisation ("" for a document no longer in the index)."""
    try:
        meta = index.document(doc_id).meta
    except Exception:  # noqa: BLE001 (a document gone since the answer has no title to offer)
        return ""
    return " ".join(filter(None, [meta.title, meta.organisation or ""]))


def document_year(index, doc_id: str) -> int | None:
    """A document's own year (the report's year), None when unknown or the document is no longer in the index."""
    try:
        year = index.document(doc_id).meta.year
    except Exception:  # noqa: BLE001 (a document gone since the answer has no year to offer)
        return None
    return int(year) if year else None
