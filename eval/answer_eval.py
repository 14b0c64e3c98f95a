"""Ask one question set (the original gold, or a blind half) against the library and grade every answer.

``ask_set(assistant, index, questions, set_name, missing_docs)`` -> list[AnswerResult]; the grading is pure
(:func:`grade`) so tests feed it synthetic answers. Aggregates live in eval/set_metrics.py.

Follow-ups: a history of user questions only (the blind format) is played as a chat: each earlier question is
asked in turn and the assistant's own answer becomes the history of the next turn, as in the UI. Only the last
turn is graded and timed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from pydantic import BaseModel, Field

from eval import metrics as M
from eval.gold import GoldQuestion
from rodatraden.errors import RodaTradenError

MERGED_NOTE = "follow-up read as:"  # the assistant's note when it read a turn together with the history


class CitedPage(BaseModel):
    doc_id: str
    page: int
    quote: str
    verified: bool


class AnswerResult(BaseModel):
    id: str
    set: str
    type: str
    lang: str
    question: str
    doc: str | None = None
    pages: list[int] = Field(default_factory=list)  # gold pages (given, or where the gold quotes stand)
    quote_pages: list[int] = Field(default_factory=list)  # other pages of the gold doc where a gold quote stands too
    standalone: bool | None = None  # follow-ups only
    history: list[str] = Field(default_factory=list)
    gold_answer: str = ""
    answer: str = ""
    abstained: bool | None = None
    notes: list[str] = Field(default_factory=list)
    citations: list[CitedPage] = Field(default_factory=list)
    latency_ms: float | None = None
    error: str | None = None  # the question failed: an exception, or its document is not in the index
    doc_missing: bool = False
    numbers: list[str] = Field(default_factory=list)
    numbers_ok: bool | None = None  # None: no expected numbers
    numbers_missing: list[str] = Field(default_factory=list)
    page_cited: bool | None = None  # None: no gold page known
    merged: bool | None = None  # follow-ups: the answer says it read the turn together with the history
    retrieval_rank: int | None = None  # 1-based rank of the first retrieved chunk on a gold page (None: not in top k)
    retrieval_graded: bool = False  # the question was retrieved for (answerable, gold page known, not a follow-up)
    correct: bool = False

    @property
    def answerable(self) -> bool:
        return self.type != "unanswerable"

    @property
    def is_followup(self) -> bool:
        return self.standalone is not None


def answer_text(answer: Any) -> str:
    """The answer's text plus its tables' cells: where the numbers of an answer stand."""
    parts = [answer.answer]
    for t in getattr(answer, "tables", []) or []:
        parts.append(" | ".join(t.columns))
        parts += [" | ".join("" if c is None else str(c) for c in row) for row in t.rows]
    return "\n".join(parts)


def grade(r: AnswerResult, text: str | None = None) -> AnswerResult:
    """Fill numbers_ok, page_cited, merged and correct from the answer already in ``r``.

    Answerable: right when not refused, every expected number present (answer text + tables), and a citation on
    a gold page of the gold document (when the gold pages are known; a page of that document where a gold quote
    stands as well counts too). Unanswerable: right when refused.
    A follow-up that is a new question (standalone) is right only if also not merged with the history.
    """
    if r.error is not None:
        r.numbers_ok = False if r.numbers else None
        r.page_cited = False if (r.pages and r.answerable) else None
        r.correct = False
        return r
    text = r.answer if text is None else text
    if r.numbers and r.answerable:
        r.numbers_ok, r.numbers_missing = M.gold_items_present(r.numbers, text)
    if r.pages and r.doc and r.answerable:
        ok = set(r.pages) | set(r.quote_pages)
        r.page_cited = any(c.doc_id == r.doc and c.page in ok for c in r.citations)
    if r.is_followup:
        r.merged = any(n.startswith(MERGED_NOTE) for n in r.notes)
    if not r.answerable:
        r.correct = bool(r.abstained)
    else:
        r.correct = (not r.abstained) and r.numbers_ok is not False and r.page_cited is not False
        if r.standalone:
            r.correct = r.correct and not r.merged
    return r


def quote_pages(q: GoldQuestion, pages_of: Callable[[str], list[tuple[int, str]]]) -> list[int]:
    """The pages of the gold doc where a gold quote stands (whitespace collapsed, case ignored)."""
    if not (q.doc and q.quotes):
        return []
    quotes = [M.collapse(x).lower() for x in q.quotes if x.strip()]
    return [n for n, text in pages_of(q.doc) if any(x in M.collapse(text).lower() for x in quotes)]


def gold_pages(q: GoldQuestion, pages_of: Callable[[str], list[tuple[int, str]]]) -> tuple[list[int], list[int]]:
    """(the gold pages: given, or for the original gold where a gold quote stands; other pages with a gold quote)."""
    found = quote_pages(q, pages_of)
    if q.pages:
        return list(q.pages), [n for n in found if n not in q.pages]
    return found, []


def _history_questions(q: GoldQuestion) -> list[str] | None:
    """The earlier user questions when the history holds only those (to be played as a chat), else None."""
    if not q.history or any(t.role != "user" for t in q.history):
        return None
    return [t.content for t in q.history]


Retrieve = Callable[[str, int], list[tuple[str, int, int]]]  # (question, k) -> [(doc_id, page_start, page_end)]
RETRIEVAL_K = 10


def page_rank(hits: Sequence[tuple[str, int, int]], doc: str, pages: set[int]) -> int | None:
    """1-based rank of the first hit from ``doc`` whose page span covers a gold page."""
    for i, (d, start, end) in enumerate(hits, 1):
        if d == doc and any(start <= p <= end for p in pages):
            return i
    return None


def product_retriever(index: Any, assistant: Any = None) -> Retrieve | None:
    """The search the product's answer reads its passages from, as (question, k) -> page spans: given the assistant,
    the typed question's search (its question reader, then its pipeline's retrieve, top 16 as the answer makes it;
    assistant/service.py), else the plain hybrid retriever; None when neither is there."""
    pipeline = getattr(assistant, "pipeline", None)
    if pipeline is not None:
        def typed(q: str, k: int):
            found = pipeline.retrieve(pipeline.read(q, []), k=max(16, k))
            return [(sc.chunk.doc_id, sc.chunk.page_start, sc.chunk.page_end) for sc in found.fused[:k]]
        return typed
    try:
        from assistant.retrieval import Retriever

        r = Retriever(index, mode="hybrid")
    except Exception:  # noqa: BLE001 - the answerer may be rebuilt without this class
        return None
    return lambda q, k: [(sc.chunk.doc_id, sc.chunk.page_start, sc.chunk.page_end) for sc in r.retrieve(q, k=k)]


def ask_set(assistant: Any, index: Any, questions: Sequence[GoldQuestion], set_name: str, missing_docs: set[str],
            log: Callable[[str], None] = lambda s: None, retrieve: Retrieve | None = None) -> list[AnswerResult]:
    from assistant.models import Turn

    page_cache: dict[str, list[tuple[int, str]]] = {}

    def pages_of(doc_id: str) -> list[tuple[int, str]]:
        if doc_id not in page_cache:
            try:
                page_cache[doc_id] = [(p.number, p.text) for p in index.pages(doc_id)]
            except RodaTradenError:
                page_cache[doc_id] = []
        return page_cache[doc_id]

    def page_text(doc_id: str, n: int) -> str | None:
        return next((t for p, t in pages_of(doc_id) if p == n), None)

    out: list[AnswerResult] = []
    for i, q in enumerate(questions, 1):
        pages, also = gold_pages(q, pages_of)
        r = AnswerResult(id=q.id, set=set_name, type=q.type, lang=q.language, question=q.question, doc=q.doc,
                         pages=pages, quote_pages=also, standalone=q.standalone, gold_answer=q.answer,
                         history=[t.content for t in q.history or [] if t.role == "user"],
                         numbers=[f"{n:g}" if isinstance(n, (int, float)) else n for n in q.numbers])
        if q.doc and q.doc in missing_docs:
            r.doc_missing = True
            r.error = f"document not in the index: {q.doc}"
            out.append(grade(r))
            continue
        if retrieve is not None and r.answerable and r.pages and q.doc and not r.is_followup:
            r.retrieval_graded = True
            try:
                r.retrieval_rank = page_rank(retrieve(q.question, RETRIEVAL_K), q.doc, set(r.pages) | set(r.quote_pages))
            except Exception:  # noqa: BLE001 - the answer below reports the error
                r.retrieval_rank = None
        try:
            history = q.history
            earlier = _history_questions(q)
            if earlier is not None:  # play the chat: the assistant's own earlier answers
                history = []
                for h in earlier:
                    prev = assistant.ask(h, history=list(history))
                    history += [Turn(role="user", content=h), Turn(role="assistant", content=prev.answer)]
            t0 = time.perf_counter()
            ans = assistant.ask(q.question, history=history)
            r.latency_ms = 1000 * (time.perf_counter() - t0)
        except Exception as exc:  # noqa: BLE001 - one broken question must not sink the run
            r.error = f"{type(exc).__name__}: {exc}"[:300]
            out.append(grade(r))
            continue
        r.answer, r.abstained, r.notes = ans.answer, ans.abstained, list(ans.notes)
        r.citations = [CitedPage(doc_id=c.doc_id, page=c.page, quote=c.quote,
                                 verified=M.quote_verified(c.quote, page_text(c.doc_id, c.page)))
                       for c in ans.citations]
        out.append(grade(r, answer_text(ans)))
        if i % 25 == 0:
            log(f"  {set_name}: {i}/{len(questions)}")
    return out
