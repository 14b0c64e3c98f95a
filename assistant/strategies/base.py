"""What every answer strategy proposes: a candidate answer with its evidence and a confidence."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Proposal:
    strategy: str  # "sentence", "list", "table", "recommendation"
    text: str
    confidence: float  # the fitted scorer's probability of its best evidence
    citations: list = field(default_factory=list)  # assistant.models.Citation
    tables: list = field(default_factory=list)  # assistant.models.AnswerTable
    notes: list[str] = field(default_factory=list)
    closest: list = field(default_factory=list)  # units shown when the arbiter abstains
    answerable: float = 0.0  # the arbiter's probability that the documents answer the question at all
    addressed: bool = False  # a table answer whose cells the question addresses by itself (no threshold needed)
