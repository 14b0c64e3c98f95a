"""Does a chat turn carry on the previous question, or is it a new one? A fitted decision, not a rule per wording.

``followup_features(reader, q, prev) -> dict[str, float]``: what the turn says of itself beside the previous
question (read with its own history): does it open as a follow-up ("Och …", "And …"), point back with a pronoun,
name a document or a name of its own, the number of things it asks, and which of those the previous question asked.
``FollowupGate.load()`` reads the weights of a logistic model fitted on the development follow-up pairs
(``python -m eval.train_followup``) from ``followup_gate.json`` beside this module. The reader merges a turn with
the history only when the gate says it carries on; without the file, a turn carries on when it opens as a follow-up,
points back, or asks at most one thing of its own.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from ingest.text import words
from assistant.question.documents import fold
from assistant.question.models import Question

GATE_WEIGHTS = Path(__file__).resolve().parent / "followup_gate.json"
GATE_FEATURES = ("opens", "points_back", "refers", "n_content", "n_new", "n_shared", "own_doc", "same_doc",
                 "own_names", "log_words", "own_years", "bias")


def followup_features(reader, q: Question, prev: Question) -> dict[str, float]:
    """``reader``: the QuestionReader (its lexicon and question-form words); ``q``: the turn read alone; ``prev``:
    the previous user question, read with the turns before it."""
    from assistant.question.reader import opens_as_followup, unexpletive  # the reader imports this module

    lex = reader.lexicon.lang(q.lang)
    form = reader.form_words(q.lang)
    toks = words(q.text)
    theirs = {fold(n) for n in prev.names}
    content = [g for g in q.terms if g.word not in form and not g.cue]  # its words, no question-form word
    before = {a for g in prev.terms for a in g.alternatives}
    shared = [g for g in content if set(g.alternatives) & before]
    titles = reader.library.titles()
    naming = {fold(n) for n in (*q.naming, *q.names)} | {s for d in q.doc_ids for s in titles.get(d, ())}
    # what it brings of its own besides the previous question's words and the words that name a document or give a
    # name ("Och i revisionsbyråns rapport?" brings nothing but another report)
    asked = [g for g in content if g not in shared and not any(fold(x) in naming for a in g.alternatives for x in a)]
    return {
        "opens": float(opens_as_followup(q.text, lex)),
        "points_back": float(reader.points_back(q.text, lex)),
        "refers": float(any(w in lex.followup_refer for w in unexpletive(q.text, lex))),  # not "finns det"
        "n_content": float(min(len(content), 6)),
        "n_new": float(min(len(content) - len(shared), 6)),
        "n_shared": float(min(len(shared), 6)),
        "n_asked": float(min(len(asked), 6)),  # not weighed: a turn that asks nothing of its own carries on
        "own_doc": float(bool(q.doc_ids) and not set(q.doc_ids) & set(prev.doc_ids)),
        "same_doc": float(bool(q.doc_ids) and bool(set(q.doc_ids) & set(prev.doc_ids))),
        "own_names": float(bool({fold(n) for n in q.names} - theirs)),
        "log_words": math.log(1 + len(toks)),
        "own_years": float(bool(q.years) and set(q.years) != set(prev.years)),
        "bias": 1.0,
    }


@dataclass(frozen=True)
class FollowupGate:
    weights: dict[str, float]
    threshold: float = 0.5

    @classmethod
    def load(cls, path: Path = GATE_WEIGHTS) -> "FollowupGate | None":
        if not path.exists():
            return None
        d = json.loads(path.read_text(encoding="utf-8"))
        return cls({k: float(v) for k, v in d["weights"].items()}, float(d.get("threshold", 0.5)))

    def probability(self, features: dict[str, float]) -> float:
        """The probability that the turn carries on the previous question."""
        z = sum(self.weights.get(name, 0.0) * features.get(name, 0.0) for name in GATE_FEATURES)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def carries_on(gate: FollowupGate | None, features: dict[str, float]) -> bool:
    if features["opens"] and not features["n_asked"]:
        return True  # "Och i Sironas granskning?": it names a document or a year and asks nothing, the previous
        # question is asked there
    if gate is not None:
        return gate.probability(features) >= gate.threshold
    return bool(features["opens"] or features["points_back"] or features["n_asked"] <= 1)
