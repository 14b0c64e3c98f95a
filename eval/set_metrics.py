"""Aggregate figures of one question set (original gold, blind dev, blind test), from graded AnswerResults.

Every question counts: a question that raised, or whose document could not be ingested, counts as failed
(not refused, no numbers, no gold page) rather than being left out.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, Field

from eval import metrics as M
from eval.answer_eval import AnswerResult


class SliceMetrics(BaseModel):
    n: int = 0
    number_questions: int = 0
    number_recall: float | None = None  # answers that contain every expected number
    page_questions: int = 0
    gold_page_cited: float | None = None  # some citation on a gold page of the gold document
    citations: int = 0
    citations_verified: float | None = None  # citations whose quote is an exact span of the cited page
    answers_all_verified: float | None = None  # answers with citations whose every quote verifies
    unanswerable: int = 0
    refused_unanswerable: float | None = None
    answerable: int = 0
    false_refusal: float | None = None
    accuracy: float | None = None  # right as a whole (see eval.answer_eval.grade)
    retrieval_questions: int = 0
    page_recall_at_5: float | None = None  # the product's retriever: a chunk on a gold page in the top 5
    page_recall_at_10: float | None = None
    page_mrr: float | None = None
    latency_p50_ms: float | None = None
    latency_p95_ms: float | None = None


class FollowupMetrics(BaseModel):
    n: int = 0
    accuracy: float | None = None  # every follow-up turn answered right in its context
    elliptical: int = 0
    elliptical_accuracy: float | None = None  # numbers and gold page right, read with the history
    standalone: int = 0
    standalone_accuracy: float | None = None  # answered right AND not merged with the history
    standalone_merged: float | None = None  # new questions wrongly read together with the history


class SetMetrics(BaseModel):
    name: str
    n: int
    errors: int = 0  # exceptions
    doc_missing: int = 0  # questions over documents that are not in the index (counted as failed)
    docs_missing: list[str] = Field(default_factory=list)
    all: SliceMetrics
    followups: FollowupMetrics
    by_lang: dict[str, SliceMetrics] = Field(default_factory=dict)
    by_type: dict[str, SliceMetrics] = Field(default_factory=dict)


def slice_metrics(rs: Sequence[AnswerResult]) -> SliceMetrics:
    nums = [r for r in rs if r.numbers and r.answerable]
    paged = [r for r in rs if r.pages and r.answerable and r.doc]
    cits = [c for r in rs for c in r.citations]
    with_cits = [r for r in rs if r.citations]
    unans = [r for r in rs if not r.answerable]
    ans = [r for r in rs if r.answerable]
    lat = [r.latency_ms for r in rs if r.latency_ms is not None]
    ranks = [r.retrieval_rank for r in rs if r.retrieval_graded]
    return SliceMetrics(
        n=len(rs),
        number_questions=len(nums), number_recall=M.share(bool(r.numbers_ok) for r in nums),
        page_questions=len(paged), gold_page_cited=M.share(bool(r.page_cited) for r in paged),
        citations=len(cits), citations_verified=M.share(c.verified for c in cits),
        answers_all_verified=M.share(all(c.verified for c in r.citations) for r in with_cits),
        unanswerable=len(unans), refused_unanswerable=M.share(r.error is None and bool(r.abstained) for r in unans),
        answerable=len(ans), false_refusal=M.share(r.error is not None or bool(r.abstained) for r in ans),
        accuracy=M.share(r.correct for r in rs),
        retrieval_questions=len(ranks), page_recall_at_5=M.recall_at_k(ranks, 5),
        page_recall_at_10=M.recall_at_k(ranks, 10), page_mrr=M.mrr(ranks),
        latency_p50_ms=M.percentile(lat, 50), latency_p95_ms=M.percentile(lat, 95),
    )


def followup_metrics(rs: Sequence[AnswerResult]) -> FollowupMetrics:
    fus = [r for r in rs if r.is_followup]
    ell = [r for r in fus if not r.standalone]
    new = [r for r in fus if r.standalone]
    return FollowupMetrics(
        n=len(fus), accuracy=M.share(r.correct for r in fus),
        elliptical=len(ell), elliptical_accuracy=M.share(r.correct for r in ell),
        standalone=len(new), standalone_accuracy=M.share(r.correct for r in new),
        standalone_merged=M.share(bool(r.merged) for r in new if r.error is None),
    )


def set_metrics(name: str, rs: Sequence[AnswerResult]) -> SetMetrics:
    return SetMetrics(
        name=name, n=len(rs),
        errors=sum(1 for r in rs if r.error is not None and not r.doc_missing),
        doc_missing=sum(1 for r in rs if r.doc_missing),
        docs_missing=sorted({r.doc for r in rs if r.doc_missing and r.doc}),
        all=slice_metrics(rs), followups=followup_metrics(rs),
        by_lang={k: slice_metrics([r for r in rs if r.lang == k]) for k in sorted({r.lang for r in rs})},
        by_type={k: slice_metrics([r for r in rs if r.type == k]) for k in sorted({r.type for r in rs})},
    )
