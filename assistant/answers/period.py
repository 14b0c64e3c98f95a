"""Amounts over the years: when table QA answers one row across several years' tables ("Hur stora har X:s
underskott varit de senaste åren?"), the report often states the figure over the period in prose ("Under perioden
2019–2022 rör det sig om ca 300 mnkr per år."). That statement answers; the yearly table is attached.

``period_answer(ex, question, lang, retrieved, label, pages) -> (builder, text) | None`` (``ex``: the Extractor).
"""

from __future__ import annotations

import re

from ingest.numbers import AMOUNT_RE
from ingest.text import best_match, content_words, stem
from assistant.citations import CitationBuilder
from index.models import ScoredChunk

PERIOD_RE = re.compile(r"(?:19|20)\d\d\s*[–-]\s*(?:19|20)\d\d|\bper år\b|\bvarje år\b|\bårligen\b|under en följd av år|"
                       r"de senaste (?:\w+ )?åren|\bper year\b|\beach year\b", re.I)


def period_statement(ex, question: str, lang: str, retrieved: list[ScoredChunk], builder: CitationBuilder,
                     entity: str, docs: set[str]) -> str | None:
    """For "hur stora har X:s underskott varit de senaste åren?" answered from a series of yearly tables: the
    report's own prose statement of the amount over the period ("Under perioden 2019–2022 rör det sig om ca
    300 mnkr per år."), in the tables' document, in a paragraph about the same entity, with the sentence
    that names the entity and the figures that follow; None when the prose has no such statement."""
    q = ex.analyse(question, lang)
    want = {stem(w) for w in content_words(entity) if len(w) > 3}
    page_rank: dict[tuple[str, int], int] = {}
    for rank, sc in enumerate(retrieved):
        if sc.chunk.doc_id in docs:
            for p in range(sc.chunk.page_start, sc.chunk.page_end + 1):
                page_rank.setdefault((sc.chunk.doc_id, p), rank)
    fits = [c for c in ex.candidates(page_rank, prose_only=True)
            if c.u.kind == "sentence" and PERIOD_RE.search(c.u.text) and AMOUNT_RE.search(c.u.text)
            and want and all(best_match(w, c.ctx) >= 0.8 for w in want) and ex.coverage(q, c.ctx) >= 0.6]
    if not fits:
        return None
    c = max(fits, key=lambda c: (ex.coverage(q, c.ctx), -c.rank))
    chosen = [c.u] + ex.number_followers(q, c.u)
    if c.prev is not None and c.prev.block == c.u.block and not all(best_match(w, c.u.stems) >= 0.8 for w in want):
        chosen.insert(0, c.prev)  # the sentence that names the entity
    parts = []
    for u in chosen:
        n = builder.add(u.doc_id, u.page, u.clean)
        parts.append(u.clean + (f" [{n}]" if n else ""))
    lead = "" if lang == "sv" else f"According to {builder.title(c.u.doc_id)} (quoted in Swedish): "
    return lead + " ".join(parts)


def period_answer(ex, question: str, lang: str, retrieved: list[ScoredChunk], label: str | None,
                  pages: set[tuple[str, int]]) -> tuple[CitationBuilder, str] | None:
    """(a fresh builder with its citations, the prose answer and a pointer to the yearly table) for a
    row-across-years table answer whose figure the report also states in prose; else None."""
    if not label:
        return None
    builder = CitationBuilder(ex._index)
    text = period_statement(ex, question, lang, retrieved, builder, label, {d for d, _ in pages})
    if not text:
        return None
    nums = ", ".join(str(p) for _, p in sorted(pages))
    pointer = (f"Tabellen nedan visar värdena per år ur rapportens tabeller (s. {nums})." if lang == "sv" else
               f"The table below gives the figures per year from the report's tables (pp. {nums}).")
    return builder, text + "\n" + pointer
