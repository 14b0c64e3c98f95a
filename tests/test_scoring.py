"""The fitted scorer: shipped weights cover every feature, the pairwise training data and the abstention threshold
behave on small synthetic sets (the fit itself runs on the blind dev half: python -m eval.train_scorer)."""

from __future__ import annotations

import json

import numpy as np

from assistant.scoring.features import ANSWERABLE_FEATURES, FEATURES
from assistant.scoring.scorer import WEIGHTS, Scorer
from eval.train_scorer import fit_threshold, pairwise


def test_shipped_weights_name_every_feature_and_a_threshold():
    d = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert set(d["weights"]) == set(FEATURES)
    assert set(d["answerable"]) == set(ANSWERABLE_FEATURES)
    assert 0.0 <= d["threshold"] <= 1.0 and d["fitted_on"].startswith("eval/blind dev")
    s = Scorer.load()
    p = s.probability({name: 0.5 for name in FEATURES})
    assert 0.0 < p < 1.0
    assert 0.0 < s.answerability({name: 0.5 for name in ANSWERABLE_FEATURES}) < 1.0


def test_pairwise_pairs_each_positive_with_negatives_of_its_own_question():
    X = np.array([[1.0, 0.0], [0.0, 1.0], [0.2, 0.1], [0.9, 0.3], [0.1, 0.8]])
    y = np.array([1, 0, 0, 1, 0])
    qids = np.array([0, 0, 0, 1, 1])
    pad = np.zeros((5, len(FEATURES) - 2))
    D, t = pairwise(np.hstack([X, pad]), y, qids, negatives=5)
    assert len(D) == 2 * (2 + 1) and set(t) == {0, 1}  # (q0: 1 pos x 2 neg) + (q1: 1 pos x 1 neg), both ways


class _Identity:
    def predict_proba(self, X):
        p = np.asarray(X)[:, 0]
        return np.stack([1 - p, p], axis=1)


def test_threshold_separates_answerable_from_unanswerable():
    groups = [(True, [[0.9]]), (True, [[0.8]]), (True, [[0.7]]), (False, [[0.2]]), (False, [[0.3]])]
    t = fit_threshold(_Identity(), groups)
    assert 0.3 < t <= 0.7
