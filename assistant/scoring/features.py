"""Features of a candidate unit (a sentence, list item, heading or table line of a retrieved page) for a question.

``unit_features(question, unit, context) -> dict[str, float]``: one fixed, named feature vector. The weights that
combine them are fitted on the development questions (``python -m eval.train_scorer``), never set by hand.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from ingest.text import best_match, compound_parts_match
from assistant.question.documents import fold
from assistant.question.models import Question, asked_period, year_spans

FEATURES = (
    "coverage", "coverage_ctx", "rare_coverage", "page_rank", "chunk_score", "year_match", "year_other",
    "has_number", "amount_x_number", "count_x_number", "when_x_date", "kind_heading", "kind_item",
    "kind_sentence", "log_len", "short", "doc_named", "measure_match", "list_x_item", "followed_by_items",
    "dense_page", "keyword_page", "money", "amount_x_money", "kind_row", "amount_x_row", "dense_unit", "dense_unit_scaled", "kind_table_head",
    "coverage_x_dense", "named_x_coverage", "intent_cue", "op_cue", "bias",
)


@dataclass
class UnitContext:
    page_rank: int  # rank of the unit's page among the retrieved pages (0 = best)
    chunk_score: float  # the best retrieval score of a chunk on that page (fused, normalised to [0, 1])
    context_stems: set[str]  # stems of the heading in force and the previous unit
    followed_by_items: bool  # list items follow the unit on its page
    measure_stems: set[str]  # stems of the asked measures' cue words
    dense_page: float = 0.0  # the page's best dense similarity, scaled to [0, 1] over the retrieved pages
    keyword_page: float = 0.0  # the page's best BM25 score, scaled to [0, 1]
    money_words: frozenset[str] = frozenset()  # unit words of amounts (kr, tkr, %, …) from the lexicon
    dense_unit: float = 0.0  # cosine of the question and the unit (multilingual e5), centred
    dense_unit_scaled: float = 0.0  # the same, scaled to [0, 1] over this question's candidates
    context_years: set[int] = field(default_factory=set)  # years of the column header over a table line
    row: bool = False  # a table line with values (typed, or printed as text)
    intent_cue: bool = False  # the unit has a word that answers of the question's intent carry (lexicon answer_cues)
    op_cue: bool = False  # the unit has a word of the question's operation ("summa" for a sum)
    match: Callable[[str, set[str]], float] = best_match  # best_match, or the faster equal StemMatcher
    doc_names: frozenset[str] = frozenset()  # the folded stems of the unit's document's title, organisation and file


def term_coverage(q: Question, stems: set[str], match=best_match,
                  doc_names: frozenset[str] = frozenset()) -> tuple[float, float]:
    """(weighted, rare-term) coverage of the question's terms by a set of stems (a unit's, or a page's units' together).
    ``doc_names``: the name words of the document the stems are of; a question word that names it ("Region Kalmar
    län", "Brf Smultronstället") is true of every passage of that document and tells none of them apart."""
    groups = [g for g in q.terms if not naming_only(q, g) and not _names_doc(g, doc_names)]
    total = sum(g.weight for g in groups) or 1.0
    got = rare = 0.0
    rare_total = 0.0
    top = max((g.weight for g in q.terms), default=1.0)
    for g in groups:
        m = max((min(match(s, stems) for s in alt) for alt in g.alternatives), default=0.0)
        got += g.weight * m
        if g.weight >= 0.6 * top:
            rare_total += g.weight
            rare += g.weight * m
    return got / total, (rare / rare_total if rare_total else 0.0)


class StemMatcher:
    """``best_match`` with the vocabulary's matches of each question stem looked up once (``matches``: the unit
    store's UnitState.matches, or StemIndex.matches): a unit's stems are then a few dictionary lookups, not a fuzzy
    comparison each. Same value as best_match."""

    def __init__(self, matches: Callable[[str], dict[str, float]]) -> None:
        self._matches = matches

    def __call__(self, qstem: str, stems: set[str]) -> float:
        if qstem in stems:
            return 1.0
        found = self._matches(qstem)
        best = max((found.get(s, 0.0) for s in stems), default=0.0) if len(stems) < len(found) else \
            max((m for s, m in found.items() if s in stems), default=0.0)
        if best < 0.8 and len(qstem) >= 6 and compound_parts_match(qstem, stems):
            return 0.9
        return best


def _names_doc(g, doc_names: frozenset[str]) -> bool:
    return bool(doc_names) and all(len(a) == 1 and fold(a[0]) in doc_names for a in g.alternatives)


def naming_only(q: Question, g) -> bool:
    """A word that only named the document carries no content to match."""
    return bool(q.naming) and all(len(a) == 1 and fold(a[0]) in q.naming for a in g.alternatives)


def unit_features(q: Question, u, ctx: UnitContext) -> dict[str, float]:
    cov, rare = term_coverage(q, u.stems, ctx.match, ctx.doc_names)
    cov_ctx, _ = term_coverage(q, u.stems | ctx.context_stems, ctx.match, ctx.doc_names)
    n_words = max(1, len(u.text.split()))
    qy = set(q.years)
    # a period the question names is a name: a unit naming another period ("regionplanen 2023–2025" for the plan of
    # 2024–2026) speaks of other years, though the two overlap
    periods = asked_period(q.effective) if len(qy) > 1 else frozenset()
    seen = u.years | ctx.context_years  # the years the unit and the column over it speak of
    other_period = bool(periods) and bool(named := year_spans(u.text)) and not named & periods
    money = u.has_number and bool(ctx.money_words & set(u.text.lower().replace("%", " % ").split()))
    f = {
        "coverage": cov,
        "coverage_ctx": cov_ctx,
        "rare_coverage": rare,
        "page_rank": 1.0 / (1.0 + ctx.page_rank),
        "chunk_score": ctx.chunk_score,
        "year_match": 1.0 if qy and seen & qy and not other_period else 0.0,
        "year_other": 1.0 if qy and seen and (other_period or not seen & qy) else 0.0,
        "has_number": 1.0 if u.has_number else 0.0,
        "amount_x_number": 1.0 if q.intent in ("amount", "comparison") and u.has_number else 0.0,
        "count_x_number": 1.0 if q.intent == "count" and u.has_number else 0.0,
        "when_x_date": 1.0 if q.intent == "when" and (u.years or u.has_number) else 0.0,
        "kind_heading": 1.0 if u.kind == "heading" and not u.table_line and not ctx.row else 0.0,
        "kind_item": 1.0 if u.kind in ("item", "sub") else 0.0,
        "kind_sentence": 1.0 if u.kind == "sentence" and not u.table_line and not ctx.row else 0.0,
        "log_len": math.log(n_words),
        "short": 1.0 if n_words < 5 else 0.0,
        "doc_named": 1.0 if q.doc_ids and u.doc_id in q.doc_ids else 0.0,
        "measure_match": 1.0 if ctx.measure_stems and (u.stems & ctx.measure_stems) else 0.0,
        "list_x_item": 1.0 if q.intent == "list" and u.kind in ("item", "sub") else 0.0,
        "followed_by_items": 1.0 if ctx.followed_by_items else 0.0,
        "dense_page": ctx.dense_page,
        "keyword_page": ctx.keyword_page,
        "money": 1.0 if money else 0.0,
        "amount_x_money": 1.0 if money and q.intent in ("amount", "comparison") else 0.0,
        "kind_row": 1.0 if ctx.row else 0.0,
        "amount_x_row": 1.0 if ctx.row and q.intent in ("amount", "comparison", "count") else 0.0,
        "kind_table_head": 1.0 if u.table_line == "head" else 0.0,
        "coverage_x_dense": cov_ctx * ctx.dense_unit_scaled,
        "named_x_coverage": cov_ctx if q.doc_ids and u.doc_id in q.doc_ids else 0.0,
        "dense_unit": ctx.dense_unit,
        "dense_unit_scaled": ctx.dense_unit_scaled,
        "intent_cue": 1.0 if ctx.intent_cue else 0.0,
        "op_cue": 1.0 if ctx.op_cue else 0.0,
        "bias": 1.0,
    }
    return f


def vector(f: dict[str, float]) -> list[float]:
    return [f[name] for name in FEATURES]


ANSWERABLE_FEATURES = ("top_p", "top_coverage_ctx", "top_rare_coverage", "missing_terms", "top_dense",
                       "missing_rarest", "missing_year", "value_coverage", "year_in_top_doc", "bias")
NUMERIC_INTENTS = ("amount", "count", "comparison")


def answerable_features(q: Question, scored: list) -> dict[str, float]:
    """Question-level evidence that the documents answer at all: how good the best unit is, and the share of the
    question (by term weight) no candidate unit carries."""
    if not scored:
        return {"top_p": 0.0, "top_coverage_ctx": 0.0, "top_rare_coverage": 0.0, "missing_terms": 1.0,
                "top_dense": 0.0, "missing_rarest": 1.0, "missing_year": 1.0 if q.years else 0.0,
                "value_coverage": 0.0, "year_in_top_doc": 0.0 if q.years else 1.0, "bias": 1.0}
    top = scored[0]
    groups = [g for g in q.terms if not naming_only(q, g)]
    total = sum(g.weight for g in groups) or 1.0
    rarest = max((g.weight for g in groups), default=0.0) or 1.0
    missing = missing_rare = 0.0
    seen = scored[:60]
    for g in groups:
        if not any(max(min(best_match(st, s.unit.stems) for st in alt) for alt in g.alternatives) >= 0.8
                   for s in seen):
            missing += g.weight
            missing_rare = max(missing_rare, g.weight / rarest)
    years_seen = set().union(*(s.unit.years for s in seen))
    # a question of an amount is answered by a unit that carries a number AND the question's subject: when the
    # units that speak of the subject carry no number, the documents mention it without saying how much
    value_cov = max((s.features["coverage_ctx"] for s in seen if s.unit.has_number), default=0.0) \
        if q.intent in NUMERIC_INTENTS else 1.0
    # the asked year in the best unit's document (another document's years say nothing of this one)
    year_in_top = (1.0 if any(s.features["year_match"] > 0 for s in seen if s.unit.doc_id == top.unit.doc_id)
                   else 0.0) if q.years else 1.0
    return {"top_p": top.p, "top_coverage_ctx": top.features["coverage_ctx"],
            "top_rare_coverage": top.features["rare_coverage"], "missing_terms": missing / total,
            "top_dense": max(s.features["dense_unit"] for s in scored[:10]), "missing_rarest": missing_rare,
            "missing_year": 1.0 if q.years and not (set(q.years) & years_seen) else 0.0,
            "value_coverage": value_cov, "year_in_top_doc": year_in_top, "bias": 1.0}
