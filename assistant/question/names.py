"""The names a question gives (Region X, a company, a person), held against the words of the evidence: shared by
the arbiter (cited pages) and the cell strategy (a table). A name that named the document, or that no document of
the library uses (an English place name), is not judged."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from assistant.question.documents import fold
from assistant.question.models import Question


def judged_names(q: Question, known: Callable[[str], bool]) -> list[str]:
    """The question's name stems that must stand in the evidence."""
    naming = {fold(n) for n in q.naming}
    return [n for n in q.names if fold(n) not in naming and known(n)]


def missing_names(names: list[str], stems: Iterable[str]) -> list[str]:
    """Those of ``names`` that no evidence stem carries, whole or as the start of a compound."""
    folded = {fold(x) for x in stems}
    return [n for n in names if fold(n) not in folded and not any(x.startswith(fold(n)) for x in folded)]


def document_name_text(index, doc_id: str) -> str:
    """A document's title and organisation ("" for a document no longer in the index)."""
    try:
        meta = index.document(doc_id).meta
    except Exception:  # noqa: BLE001 (a document gone since the answer has no title to offer)
        return ""
    return " ".join(filter(None, [meta.title, meta.organisation or ""]))
