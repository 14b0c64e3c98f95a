"""One scoring function for candidate units: a logistic model over :data:`FEATURES`, with weights and the
abstention threshold fitted on the development questions (``python -m eval.train_scorer``) and shipped as
``assistant/scoring/weights.json``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from assistant.scoring.features import ANSWERABLE_FEATURES, FEATURES

WEIGHTS = Path(__file__).resolve().parent / "weights.json"


@dataclass(frozen=True)
class Scorer:
    weights: dict[str, float]
    threshold: float  # answer when the probability that the documents answer reaches this
    answerable: dict[str, float] | None = None  # weights of the question-level answerability model
    fallback: float | None = None  # threshold for questions the rule-based answerer refused (hybrid mode)

    @property
    def fallback_threshold(self) -> float:
        return self.threshold if self.fallback is None else max(self.threshold, self.fallback)

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> "Scorer":
        if not path.exists():  # before the first fit: coverage alone, a neutral threshold
            return cls({"coverage": 4.0, "bias": -2.0}, 0.5)
        d = json.loads(path.read_text(encoding="utf-8"))
        return cls({k: float(v) for k, v in d["weights"].items()}, float(d["threshold"]),
                   {k: float(v) for k, v in d["answerable"].items()} if d.get("answerable") else None,
                   float(d["fallback_threshold"]) if d.get("fallback_threshold") is not None else None)

    def probability(self, features: dict[str, float]) -> float:
        z = sum(self.weights.get(name, 0.0) * features.get(name, 0.0) for name in FEATURES)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def answerability(self, features: dict[str, float]) -> float:
        """The probability that the documents answer the question, from :func:`answerable_features`."""
        if not self.answerable:
            return features.get("top_p", 0.0)
        z = sum(self.answerable.get(name, 0.0) * features.get(name, 0.0) for name in ANSWERABLE_FEATURES)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
