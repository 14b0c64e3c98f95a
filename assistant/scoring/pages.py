"""Which retrieved page holds the answer? A second look at the pages retrieval found, before their units are scored.

Retrieval ranks chunks by fusing a dense list and a keyword list; within one document the gold page often comes
third or sixth (a long chunk that shares the document's words outranks the short page with the asked line). This
stage re-ranks the retrieved pages with what retrieval cannot see: the best *unit* similarities on the page (every
unit is embedded at ingest), the share of the question's weighted terms the page's units carry, and the asked years.

``page_features(...) -> dict[str, float]``: one fixed, named feature vector per page. ``PageRanker.load()`` reads
the weights of a logistic model fitted on the development questions (``python -m eval.train_scorer``, which fits
this model first) from ``assistant/scoring/pages.json``; without that file pages keep their retrieval order.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from assistant.question.models import Question

PAGE_WEIGHTS = Path(__file__).resolve().parent / "pages.json"
PAGE_FEATURES = ("rank", "fused", "dense", "keyword", "dense_best", "dense_top3", "coverage", "rare_coverage",
                 "year_match", "year_other", "doc_named", "numeric_x_number", "bias")
NUMERIC_INTENTS = ("amount", "count", "comparison")


def page_features(q: Question, units: list, cosines: list[float], *, rank: int, fused: float, dense: float,
                  keyword: float, best_lo: float, best_hi: float, coverage: tuple[float, float],
                  doc_named: bool) -> dict[str, float]:
    """``cosines``: the page's unit similarities to the question; ``best_lo``/``best_hi``: the lowest and highest
    best-unit similarity over this question's pages (the scale of ``dense_best``); ``coverage``: (weighted,
    rare-term) coverage of the question's terms by the stems of all the page's units."""
    top = sorted(cosines, reverse=True)[:3] or [0.0]
    years = set().union(*(u.years for u in units)) if units else set()
    asked = set(q.years)
    return {
        "rank": 1.0 / (1.0 + rank),
        "fused": fused,
        "dense": dense,
        "keyword": keyword,
        "dense_best": (top[0] - best_lo) / (best_hi - best_lo) if best_hi > best_lo else 0.0,
        "dense_top3": (sum(top) / len(top) - 0.8) * 10,
        "coverage": coverage[0],
        "rare_coverage": coverage[1],
        "year_match": 1.0 if asked and years & asked else 0.0,
        "year_other": 1.0 if asked and years and not years & asked else 0.0,
        "doc_named": 1.0 if doc_named else 0.0,
        "numeric_x_number": 1.0 if q.intent in NUMERIC_INTENTS and any(u.has_number for u in units) else 0.0,
        "bias": 1.0,
    }


@dataclass(frozen=True)
class PageRanker:
    weights: dict[str, float]

    @classmethod
    def load(cls, path: Path = PAGE_WEIGHTS) -> "PageRanker | None":
        if not path.exists():
            return None
        d = json.loads(path.read_text(encoding="utf-8"))
        return cls({k: float(v) for k, v in d["weights"].items()})

    def probability(self, features: dict[str, float]) -> float:
        z = sum(self.weights.get(name, 0.0) * features.get(name, 0.0) for name in PAGE_FEATURES)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
