"""Which other documents could answer a question that names none.

Over a library of many documents of one kind (four housing cooperatives' annual reports, nine audit reports) a
question that names no document ("Hur stort var överskottet?") is answered from the best-matching one; the
answer then says so, and which other documents of the same kind the search also found, so the reader can ask
again naming one. A question that names a document, an answer that already cites several documents and a refusal
get no such line.

``other_documents(index, question, answer, retrieved) -> list[DocumentMeta]``; ``with_other_documents(...)`` adds
the line to the answer's text.
"""

from __future__ import annotations

from typing import Any

from assistant.models import Answer
from assistant.question.models import Question

TOP_CHUNKS = 10  # the retrieved chunks looked at
MAX_SHOWN = 3  # other documents named


def _meta(index: Any, doc_id: str):
    try:
        return index.document(doc_id).meta
    except Exception:  # noqa: BLE001 - a document gone since the search: not offered
        return None


def other_documents(index: Any, q: Question, answer: Answer, retrieved: list) -> list:
    """The documents of the same kind as the one the answer cites, in the order the search ranked them."""
    if q.doc_ids or answer.abstained or not answer.citations:
        return []
    cited = {c.doc_id for c in answer.citations}
    if len(cited) != 1:
        return []
    own = _meta(index, next(iter(cited)))
    if own is None or not own.document_type:
        return []
    out, seen = [], set(cited)
    for sc in retrieved[:TOP_CHUNKS]:
        d = sc.chunk.doc_id
        if d in seen:
            continue
        seen.add(d)
        m = _meta(index, d)
        if m is not None and m.document_type == own.document_type:
            out.append(m)
    return out[:MAX_SHOWN]


def _name(m) -> str:
    return m.title if not m.year or str(m.year) in m.title else f"{m.title} ({m.year})"


def with_other_documents(index: Any, q: Question, answer: Answer, retrieved: list) -> Answer:
    others = other_documents(index, q, answer, retrieved)
    if not others:
        return answer
    own = _meta(index, answer.citations[0].doc_id)
    names = "; ".join(_name(m) for m in others)
    if q.lang == "en":
        line = (f"The question names no document: the answer above is from {_name(own)}. Other documents of the "
                f"same kind may answer it too: {names}. Name the document to ask one of them.")
    else:
        line = (f"Frågan nämner inget dokument: svaret ovan kommer från {_name(own)}. Fler dokument av samma slag "
                f"kan svara på den: {names}. Nämn dokumentet för att fråga ett av dem.")
    return answer.model_copy(update={"answer": f"{answer.answer}\n\n{line}"})
