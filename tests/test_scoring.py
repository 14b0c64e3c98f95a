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


def test_out_of_fold_threshold_refuses_what_scores_low_and_keeps_false_refusals_low():
    from eval.train_scorer import _threshold

    p = np.array([0.9, 0.8, 0.85, 0.7, 0.75, 0.2, 0.1, 0.3, 0.6])
    t = np.array([1, 1, 1, 1, 1, 0, 0, 0, 0])
    th, score = _threshold(p, t)
    assert th == 0.7 and score == 1.0  # every unanswerable refused, no answerable (the lowest is 0.7) refused
    th, score = _threshold(np.array([0.9, 0.2, 0.8, 0.3]), np.array([1, 1, 0, 0]))
    assert th == 0.0 and score == 0.0  # refusing would cost more false refusals than it saves


def test_table_lines_printed_as_text_are_told_from_prose():
    from ingest.units import is_row_text

    assert is_row_text("Summa rörelsekostnader -2 083 033 -2 369 953")
    assert is_row_text("2021 787 596")
    assert is_row_text("Årsavgift per kvm 717 644 631 631")
    assert not is_row_text("Kostnaden uppgick till 3 300 tkr.")  # a sentence ends in a word or a stop
    assert not is_row_text("Årets resultat uppgick till 623 578", "kronor, vilket är mer än väntat.")  # prose wraps
    assert not is_row_text("Projektet genomförs 2024")


def test_answer_cues_come_from_the_lexicon_and_mark_units_of_the_asked_intent():
    from assistant.question.lexicon import load_lexicon
    from assistant.scoring.features import UnitContext, unit_features
    from assistant.question.models import Question, TermGroup
    from ingest.units import page_units

    cues = load_lexicon().sv.answer_cues
    assert {"why", "when", "who", "recommendation"} <= set(cues)
    q = Question(text="Varför ökade kostnaderna?", effective="Varför ökade kostnaderna?", lang="sv", intent="why",
                 terms=[TermGroup(word="kostnaderna", alternatives=[("kostnad",)])])
    u = page_units("d", 1, "Kostnaderna ökade eftersom energipriserna steg kraftigt under året.")[0]
    with_cue = unit_features(q, u, UnitContext(0, 1.0, set(), False, set(), intent_cue=True))
    without = unit_features(q, u, UnitContext(0, 1.0, set(), False, set()))
    assert with_cue["intent_cue"] == 1.0 and without["intent_cue"] == 0.0
    assert Scorer.load().weights.get("intent_cue", 0.0) > 0  # fitted: a cue of the asked intent helps


def test_the_fast_stem_matcher_equals_best_match():
    """The sentence strategy's StemMatcher (the vocabulary's matches of a question stem, looked up once) gives the
    same value as best_match for every stem: equal, compound, inflection, part, and the compound written apart."""
    from assistant.scoring.features import StemMatcher
    from ingest.text import StemIndex, best_match, stem

    units = [{stem(w) for w in t.split()} for t in (
        "budgetavvikelse för året", "kostnader för räntor ökade", "årets resultat blev negativt",
        "räntekostnaderna steg", "reinvesteringar i lokaler", "resultatutjämningsreserv", "styrelsen sammanträdde")]
    matcher = StemMatcher(StemIndex(set().union(*units)).matches)
    for q in ("avvikelse", "räntekostnad", "årsresultat", "investering", "resultat", "kostnad", "styrels", "okänd"):
        for u in units:
            assert matcher(stem(q), u) == best_match(stem(q), u), (q, u)


def test_shipped_page_ranker_names_every_page_feature():
    from assistant.scoring.pages import PAGE_FEATURES, PAGE_WEIGHTS, PageRanker

    d = json.loads(PAGE_WEIGHTS.read_text(encoding="utf-8"))
    assert set(d["weights"]) == set(PAGE_FEATURES) and d["fitted_on"].startswith("eval/blind dev")
    ranker = PageRanker.load()
    assert 0.0 < ranker.probability({name: 0.5 for name in PAGE_FEATURES}) < 1.0
    # fitted, not set: a page that carries the question's rare terms, or the best unit similarity, is more likely
    # the answer's page; a page of other years than the asked one is less likely
    assert ranker.weights["rare_coverage"] > 0 and ranker.weights["dense_best"] > 0
    assert ranker.weights["year_other"] < 0


def test_page_ranker_puts_the_page_with_the_asked_line_and_year_before_a_better_retrieved_page():
    """Retrieval ranked a page of the wrong year first; the ranker reads the pages' units and moves the page whose
    units carry the asked line and year first."""
    from assistant.question.models import Question, TermGroup
    from assistant.scoring.pages import PageRanker, page_features
    from ingest.units import page_units

    q = Question(text="Hur stora var räntekostnaderna 2023?", effective="Hur stora var räntekostnaderna 2023?",
                 lang="sv", intent="amount", years=[2023],
                 terms=[TermGroup(word="räntekostnaderna", alternatives=[("räntekostnad",)], weight=3.0)])
    other = page_units("d", 1, "Föreningens styrelse sammanträdde tio gånger under 2022.")
    asked = page_units("d", 2, "Räntekostnader 2023 uppgick till 632 717 kr.")
    common = dict(best_lo=0.80, best_hi=0.86, doc_named=True)
    f_other = page_features(q, other, [0.84], rank=0, fused=1.0, dense=1.0, keyword=1.0, coverage=(0.0, 0.0),
                            **common)
    f_asked = page_features(q, asked, [0.86], rank=3, fused=0.6, dense=0.7, keyword=0.8, coverage=(1.0, 1.0),
                            **common)
    assert f_other["year_other"] == 1.0 and f_asked["year_match"] == 1.0 and f_asked["numeric_x_number"] == 1.0
    ranker = PageRanker.load()
    assert ranker.probability(f_asked) > ranker.probability(f_other)


def test_words_naming_the_document_tell_none_of_its_passages_apart():
    """A question that names the organisation ("… i Brf Lönnen i Umeå") asks the same of every passage of that
    organisation's report: the cover line that repeats the name covers none of what is asked, the passage about the
    bicycles all of it (before, the cover line covered the better part of the question by its name alone)."""
    from ingest.text import stem
    from assistant.question.documents import _name_stems
    from assistant.question.models import Question, TermGroup
    from assistant.scoring.features import term_coverage

    def group(word: str, weight: float) -> TermGroup:
        return TermGroup(word=word, alternatives=[(stem(word),)], weight=weight)

    q = Question(text="Hur många cykelplatser finns det i Brf Lönnen i Umeå?", effective="", lang="sv",
                 terms=[group("cykelplatser", 3.0), group("lönnen", 4.0), group("umeå", 3.5)])
    names = frozenset(_name_stems("Årsredovisning 2024 Brf Lönnen i Umeå", "brf-lonnen-umea-2024"))
    cover = {stem("brf"), stem("lönnen"), stem("umeå"), stem("årsredovisning")}
    bikes = {stem("cykelplatser"), stem("gården"), stem("finns")}
    assert term_coverage(q, cover)[0] > term_coverage(q, bikes)[0]  # the name alone outweighs the thing asked
    assert term_coverage(q, cover, doc_names=names)[0] == 0.0
    assert term_coverage(q, bikes, doc_names=names)[0] == 1.0
    # another document's passage that names the organisation still covers those words (it speaks of it)
    assert term_coverage(q, cover, doc_names=frozenset(_name_stems("Årsredovisning 2024 Brf Eken")))[0] > 0.5
