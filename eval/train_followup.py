"""Fit the follow-up gate (does a chat turn carry on the previous question?) on the blind DEVELOPMENT follow-ups only.

    RODATRADEN_DATA_DIR=… python -m eval.train_followup [--out assistant/question/followup_gate.json]

Needs an index holding the documents of eval/blind (the reader names documents from it). Every development pair of
``eval/blind/followups_dev.jsonl`` is one example: its turn read alone, its previous question read with the turns
before it, ``assistant.question.followup_gate.followup_features`` of the two, labelled by the pair's ``standalone``.
A logistic regression (scikit-learn); its regularisation chosen by 10-fold cross-validation, the accuracy of which
is printed beside the decision without the gate's file (the fallback), on the same pairs.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from assistant.question.followup_gate import GATE_FEATURES, GATE_WEIGHTS, carries_on, followup_features

BLIND = Path(__file__).resolve().parent / "blind"


def examples(reader, path: Path) -> tuple[list[dict[str, float]], np.ndarray]:
    from assistant.models import Turn

    F, y = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        history = [Turn(role="user", content=h) for h in item["history"]]
        q = reader.read(item["question"])
        prev = reader.read(item["history"][-1], history[:-1])
        F.append(followup_features(reader, q, prev))
        y.append(0 if item["standalone"] else 1)  # 1: the turn carries on
    return F, np.array(y, int)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(GATE_WEIGHTS))
    args = ap.parse_args(argv)
    from assistant.pipeline import open_pipeline

    reader = open_pipeline().reader
    F, y = examples(reader, BLIND / "followups_dev.jsonl")
    X = np.array([[f[name] for name in GATE_FEATURES] for f in F], float)
    folds = StratifiedKFold(10, shuffle=True, random_state=0)
    scores = {}
    for c in (0.03, 0.1, 0.3, 1.0, 3.0):
        p = cross_val_predict(LogisticRegression(C=c, max_iter=4000, fit_intercept=False), X, y, cv=folds)
        scores[c] = int((p == y).sum())
    c = max(scores, key=lambda k: (scores[k], -abs(np.log(k))))
    model = LogisticRegression(C=c, max_iter=4000, fit_intercept=False).fit(X, y)
    fallback = sum(carries_on(None, f) == bool(t) for f, t in zip(F, y))
    weights = dict(zip(GATE_FEATURES, (float(v) for v in model.coef_[0])))
    Path(args.out).write_text(json.dumps({"weights": weights, "threshold": 0.5, "C": c,
                                          "fitted_on": "eval/blind followups_dev.jsonl", "pairs": int(len(y)),
                                          "cross_validated_right": scores[c]}, indent=1) + "\n", encoding="utf-8")
    print(f"{len(y)} pairs ({int(y.sum())} carry on); 10-fold right by C: {scores}; chosen C={c}; "
          f"the fallback without the gate: {fallback} right")
    for k, v in sorted(weights.items(), key=lambda kv: -abs(kv[1])):
        print(f"  {k:12s} {v:+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
