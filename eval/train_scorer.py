"""Fit the unit scorer's weights and the abstention threshold on the blind DEVELOPMENT questions only.

    RODATRADEN_DATA_DIR=… python -m eval.train_scorer [--out assistant/scoring/weights.json]

Needs an index holding the documents of eval/blind (corpus/, ../shared/real/, the fixture letter). For every
answerable development question, the candidate units of its retrieved pages are labelled: a unit is positive when it
stands on a gold page of the gold document and overlaps a gold quote. A logistic regression (scikit-learn) is
fitted on the features of assistant/scoring/features.py; the threshold is the one that best separates the
development questions' best-candidate probabilities of answerable and unanswerable questions, with false refusals
held under 5 %.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold, StratifiedKFold, cross_val_predict

from assistant.scoring.features import ANSWERABLE_FEATURES, FEATURES, answerable_features, vector
from assistant.scoring.pages import PAGE_FEATURES, PAGE_WEIGHTS, PageRanker
from assistant.scoring.scorer import WEIGHTS, Scorer

BLIND = Path(__file__).resolve().parent / "blind"


def _norm(t: str) -> str:
    return re.sub(r"\s+", " ", t).strip().lower()


def _positive(unit, q: dict) -> bool:
    if unit.doc_id != q.get("doc") or unit.page not in (q.get("pages") or []):
        return False
    u = _norm(unit.clean)
    if len(u) < 12:
        return False
    return any(fuzz.partial_ratio(u, _norm(quote)) >= 88 for quote in q.get("quotes") or [])


def _items(names: list[str]) -> list[dict]:
    return [json.loads(line) for n in names for line in (BLIND / n).read_text(encoding="utf-8").splitlines()
            if line.strip()]


def collect(pipeline, items: list[dict], page_folds: dict | None = None):
    """(X, y, qid) over candidate units, and per question (answerable?, its candidates' vectors). ``page_folds``:
    per question index, the page ranker that ranks its pages (one that did not see it; fit_pages)."""
    X, y, groups, qids, qrows = [], [], [], [], []
    shipped = pipeline.sentences.pages
    for k, q in enumerate(items):
        if page_folds:
            pipeline.sentences.pages = page_folds.get(k, shipped)
        question, scored = pipeline.candidates(q["question"], q.get("history") or [])
        qrows.append((question, scored, q["type"] != "unanswerable"))
        if q["type"] == "unanswerable":
            groups.append((False, [vector(s.features) for s in scored]))
            continue
        vecs, found = [], False
        for s in scored:
            X.append(vector(s.features))
            y.append(1 if _positive(s.unit, q) else 0)
            qids.append(k)
            found = found or bool(y[-1])
            vecs.append(X[-1])
        if found:  # an answerable question whose evidence retrieval never reached says nothing of the threshold
            groups.append((True, vecs))
    pipeline.sentences.pages = shipped
    return np.array(X), np.array(y), groups, np.array(qids), qrows


def _top1(score: np.ndarray, y: np.ndarray, groups: np.ndarray) -> int:
    """Questions whose best-scored page is a gold page."""
    return sum(int(y[idx[np.argmax(score[idx])]] == 1) for idx in (np.where(groups == k)[0] for k in np.unique(groups)))


def fit_pages(pipeline, items: list[dict], C: float = 0.3) -> tuple[PageRanker, dict[int, PageRanker]]:
    """The page ranker (assistant/scoring/pages.py): a logistic model over the retrieved pages of every answerable
    development question, a page positive when it is a gold page of the gold document. Pages are read in
    retrieval's order (the ranker off), so the features are what the ranker will see. Prints the questions whose
    gold page comes first, in retrieval's order and out of fold with the ranker.

    Returns the ranker fitted on all questions, and per question index the ranker of the fold that did not see it:
    the unit scorer is fitted on pages ranked by those (stacking), so it learns how far the ranker's probability
    holds on questions the ranker never saw, not how well it remembers its own."""
    from assistant.models import Turn

    kept, pipeline.sentences.pages = pipeline.sentences.pages, None
    X, y, g = [], [], []
    for k, q in enumerate(items):
        if q["type"] == "unanswerable":
            continue
        hist = [Turn(role="user", content=h) for h in q.get("history") or []]
        question = pipeline.read(q["question"], hist)
        for (doc_id, page), f in pipeline.sentences.page_features(question, pipeline.retrieve(question)).items():
            X.append([f[n] for n in PAGE_FEATURES])
            y.append(1 if doc_id == q.get("doc") and page in (q.get("pages") or []) else 0)
            g.append(k)
    pipeline.sentences.pages = kept
    X, y, g = np.array(X), np.array(y), np.array(g)
    oof = np.zeros(len(y))
    folds: dict[int, PageRanker] = {}
    held_out = np.array_split(np.random.default_rng(0).permutation(len(items)), 5)
    for held in held_out:
        te = np.isin(g, held)
        m = LogisticRegression(C=C, class_weight="balanced", max_iter=3000, fit_intercept=False).fit(X[~te], y[~te])
        oof[te] = X[te] @ m.coef_[0]
        ranker = PageRanker(dict(zip(PAGE_FEATURES, (float(v) for v in m.coef_[0]))))
        folds.update({int(k): ranker for k in held})
    n = len(np.unique(g[np.isin(g, g[y == 1])]))
    print(f"pages: {len(y)} pages of {len(np.unique(g))} questions; a gold page first: retrieval "
          f"{_top1(X[:, PAGE_FEATURES.index('rank')], y, g)}, ranker out of fold {_top1(oof, y, g)} "
          f"(of {n} with a gold page retrieved)")
    m = LogisticRegression(C=C, class_weight="balanced", max_iter=3000, fit_intercept=False).fit(X, y)
    return PageRanker(dict(zip(PAGE_FEATURES, (float(v) for v in m.coef_[0])))), folds


def pairwise(X, y, qids, negatives: int = 30, seed: int = 0):
    """Ranking pairs within each question: every positive against its hardest negatives (by coverage) and random
    ones; a linear model on the differences learns to rank a question's units (RankSVM-style)."""
    rng = np.random.default_rng(seed)
    cov = FEATURES.index("coverage_ctx")
    D, t = [], []
    for k in np.unique(qids):
        idx = np.where(qids == k)[0]
        pos, neg = idx[y[idx] == 1], idx[y[idx] == 0]
        if not len(pos) or not len(neg):
            continue
        hard = neg[np.argsort(-X[neg, cov])][:negatives]
        rand = rng.choice(neg, size=min(negatives, len(neg)), replace=False)
        for p in pos:
            for n in np.unique(np.concatenate([hard, rand])):
                D.append(X[p] - X[n]); t.append(1)
                D.append(X[n] - X[p]); t.append(0)
    return np.array(D), np.array(t)


class _Calibrated:
    """A ranking model's scores mapped to a probability of being an answer (Platt scaling on units)."""

    def __init__(self, w: np.ndarray, a: float, b: float) -> None:
        self.w, self.a, self.b = w, a, b

    def predict_proba(self, X):
        p = 1.0 / (1.0 + np.exp(-(self.a * (X @ self.w) + self.b)))
        return np.stack([1 - p, p], axis=1)


class _Fixed:
    """Probabilities already computed (out of fold): predict_proba passes them through."""

    def predict_proba(self, X):
        p = np.asarray(X, dtype=float).reshape(-1)
        return np.stack([1 - p, p], axis=1)


def _threshold(p: np.ndarray, t: np.ndarray, max_false_refusal: float = 0.05) -> tuple[float, float]:
    """The threshold with the best (refused unanswerables - 2 x false refusals), and that objective."""
    best = (0.0, -1.0)
    for th in sorted(set(np.round(p, 4)) | {0.0}):
        false_ref = float(np.mean(p[t == 1] < th)) if (t == 1).any() else 0.0
        refused = float(np.mean(p[t == 0] < th)) if (t == 0).any() else 0.0
        score = refused - 2.0 * false_ref
        if score > best[1]:
            best = (float(th), score)
    return best


def fit_threshold(model, groups, max_false_refusal: float = 0.05) -> float:
    best_p = [(ans, float(model.predict_proba(np.array(v))[:, 1].max()) if v else 0.0) for ans, v in groups]
    answerable = [p for a, p in best_p if a]
    unans = [p for a, p in best_p if not a]
    best_t, best_score = 0.0, -1.0
    for t in sorted({round(p, 4) for _, p in best_p} | {0.0}):
        false_ref = sum(p < t for p in answerable) / max(1, len(answerable))
        refused = sum(p < t for p in unans) / max(1, len(unans))
        score = refused - 2.0 * false_ref
        if score > best_score:
            best_t, best_score = t, score
    print("answerable best p (sorted):", " ".join(f"{p:.2f}" for p in sorted(answerable)))
    print("unanswerable best p (sorted):", " ".join(f"{p:.2f}" for p in sorted(unans)))
    return best_t


def fit_fallback(pipeline, items: list[dict], answerability: np.ndarray) -> float:
    """The hybrid mode's threshold: over the dev questions the rule-based answerer refuses, the answerability at
    which answering them with the scored answerer does best (refused unanswerables - 2 x false refusals). Those
    questions are more often unanswerable than the rest, so their threshold is fitted on them alone, on each
    question's out-of-fold answerability (from models that never saw it)."""
    from assistant.models import Turn
    from assistant.service import Assistant
    from rodatraden.settings import get_settings

    assistant = Assistant(pipeline.index, get_settings().model_copy(update={"answerer": "rules"}),
                          retriever=pipeline.retriever)
    p, t = [], []
    for k, q in enumerate(items):
        hist = [Turn(role=r, content=c) for h in q.get("history") or [] for r, c in (("user", h), ("assistant", "…"))]
        draft = assistant._draft(q["question"], hist or None, None)
        if not draft.answer.abstained or draft.kind == "recommendations":
            continue
        p.append(float(answerability[k]))
        t.append(0 if q["type"] == "unanswerable" else 1)
    th, score = _threshold(np.array(p), np.array(t))
    print(f"fallback: {len(t)} dev questions the rules refuse ({len(t) - sum(t)} unanswerable); "
          f"threshold {th:.3f} (objective {score:+.3f}, out of fold)")
    return th


def out_of_fold_units(X, y, qids, qrows, C: float, folds: int = 5) -> list[dict[str, float]]:
    """Each question's answerability features from a unit scorer that did not see that question (stacking): on
    questions no one tuned for, the best unit's probability is lower than on the ones the scorer was fitted on,
    and the answerability model must learn from features as they will look there."""
    k_all = np.arange(len(qrows))
    out: list[dict[str, float] | None] = [None] * len(qrows)
    for _, held in KFold(folds, shuffle=True, random_state=0).split(k_all):
        held_set = set(held.tolist())
        train = np.array([q not in held_set for q in qids])
        m = LogisticRegression(C=C, class_weight="balanced", max_iter=2000, fit_intercept=False).fit(X[train], y[train])
        scorer = Scorer(dict(zip(FEATURES, (float(v) for v in m.coef_[0]))), 0.5)
        for k in held:
            question, scored, _ = qrows[k]
            for s_ in scored:
                s_.p = scorer.probability(s_.features)
            scored.sort(key=lambda s_: -s_.p)
            out[k] = answerable_features(question, scored)
    return out  # type: ignore[return-value]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(WEIGHTS))
    ap.add_argument("--C", type=float, default=0.03)  # chosen by 5-fold cross-validation on dev (top-1 unit)
    ap.add_argument("--objective", choices=["pairwise", "pointwise"], default="pointwise")
    ap.add_argument("--keep-units", action="store_true",
                    help="keep the shipped unit weights and refit only the answerability model and thresholds "
                         "(those are fitted out of fold either way)")
    ap.add_argument("--no-fallback", dest="fallback", action="store_false",
                    help="skip fitting the hybrid mode's threshold (it runs the rule-based answerer on dev)")
    ap.add_argument("--pages-out", default=str(PAGE_WEIGHTS))
    ap.add_argument("--keep-pages", action="store_true", help="keep the shipped page ranker")
    args = ap.parse_args(argv)
    from assistant.pipeline import open_pipeline

    pipeline = open_pipeline()
    items = _items(["dev.jsonl", "followups_dev.jsonl"])
    page_folds = None
    if not args.keep_pages:  # the pages first: the units are scored on the pages in the ranker's order
        ranker, page_folds = fit_pages(pipeline, items)
        Path(args.pages_out).write_text(json.dumps({"weights": ranker.weights, "fitted_on": "eval/blind dev half"},
                                                   indent=1) + "\n", encoding="utf-8")
        pipeline.sentences.pages = ranker
    X, y, groups, qids, qrows = collect(pipeline, items, page_folds)
    if args.objective == "pairwise":
        D, t = pairwise(X, y, qids)
        rank = LogisticRegression(C=args.C, max_iter=4000, fit_intercept=False).fit(D, t)
        w = rank.coef_[0]
        platt = LogisticRegression(max_iter=2000, class_weight="balanced").fit((X @ w).reshape(-1, 1), y)
        a, b = float(platt.coef_[0][0]), float(platt.intercept_[0])
        model = _Calibrated(w, a, b)
        coef = a * w
        coef[FEATURES.index("bias")] += b
    else:
        model = LogisticRegression(C=args.C, class_weight="balanced", max_iter=2000, fit_intercept=False).fit(X, y)
        coef = model.coef_[0]
    weights = dict(zip(FEATURES, (float(v) for v in coef)))
    kept = None
    if args.keep_units:
        kept = json.loads((Path(args.out) if Path(args.out).exists() else WEIGHTS).read_text(encoding="utf-8"))
        weights = {k: float(v) for k, v in kept["weights"].items()}
    # the answerability model: question-level features, computed with unit scorers fitted out of fold
    feats = out_of_fold_units(X, y, qids, qrows, args.C) if args.objective == "pointwise" else None
    if feats is None:  # pairwise: in-sample unit probabilities (kept for comparison)
        scorer = Scorer(weights, 0.5)
        feats = []
        for question, scored, _ in qrows:
            for s_ in scored:
                s_.p = scorer.probability(s_.features)
            scored.sort(key=lambda s_: -s_.p)
            feats.append(answerable_features(question, scored))
    A = np.array([[f[n] for n in ANSWERABLE_FEATURES] for f in feats])
    t = np.array([1 if answerable else 0 for _, _, answerable in qrows])
    # the answerability model's strength and threshold are chosen on out-of-fold probabilities: each question's
    # probability comes from a model that did not see it, so they hold on questions no one tuned for
    best = None
    for c in (0.1, 0.3, 1.0, 3.0, 10.0):
        oof = cross_val_predict(LogisticRegression(C=c, max_iter=2000, fit_intercept=False,
                                                   class_weight="balanced"), A, t,
                                cv=StratifiedKFold(5, shuffle=True, random_state=0), method="predict_proba")[:, 1]
        th, score = _threshold(oof, t)
        print(f"answerability C={c}: out-of-fold objective {score:+.3f} at threshold {th:.3f}")
        if best is None or score > best[0]:
            best = (score, c, oof)
    _, a_c, oof = best
    amodel = LogisticRegression(C=a_c, max_iter=2000, fit_intercept=False, class_weight="balanced").fit(A, t)
    answerable_w = dict(zip(ANSWERABLE_FEATURES, (float(v) for v in amodel.coef_[0])))
    threshold = fit_threshold(_Fixed(), [(bool(tt), [[p]]) for p, tt in zip(oof, t)])
    fallback = None
    if args.fallback:
        fallback = fit_fallback(pipeline, items, oof)
    Path(args.out).write_text(json.dumps({"weights": weights, "answerable": answerable_w, "threshold": threshold,
                                          "fallback_threshold": fallback,
                                          "fitted_on": "eval/blind dev half", "objective": args.objective,
                                          "units": kept.get("units") if kept else int(len(y)),
                                          "positives": kept.get("positives") if kept else int(y.sum()),
                                          **({"unit_weights": kept.get("unit_weights", "kept from the previous fit "
                                                                                      "(--keep-units)")}
                                             if kept else {})}, indent=1) + "\n", encoding="utf-8")
    print(f"{len(y)} units, {int(y.sum())} positive; threshold {threshold:.3f}")
    for k, v in sorted(weights.items(), key=lambda kv: -abs(kv[1])):
        print(f"  {k:20s} {v:+.3f}")
    _ = Scorer.load(Path(args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
