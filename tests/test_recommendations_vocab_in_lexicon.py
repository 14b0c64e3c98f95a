"""The tracker's vocabulary lives in lexicon.toml, not in module regexes: the words that keep a capitalised word
inside a phrase when a table row's cells are read across ("i Norrköping"), the header words of a share-of-progress
column ("Andel genomförd"), and the sentence that says whom numbered recommendations go to ("Rekommendation 2 riktas
till X"). Each test changes the lexicon entry and sees the behaviour follow it. Invented text."""

from __future__ import annotations

import re

import assistant.recommendations.lexicon as lexicon_module
from assistant.recommendations.gather import _after_observation
from assistant.recommendations.lexicon import load_lexicon
from assistant.recommendations.segment import current_status_column


def test_the_entries_are_in_the_lexicon():
    lex = load_lexicon()
    assert {"i", "av", "hos"} <= lex.inside_phrase_words
    assert lex.rx("share_column_re").search("Andel genomförd")
    m = lex.rx("numbers_to_re").search("Rekommendationerna 1-2 riktas till fritidsnämnden.")
    assert m and m.group("nums") == "1-2" and m.group("org") == "fritidsnämnden"
    m = lex.rx("numbers_also_re").match(" och rekommendation 3 till servicenämnden.")
    assert m and m.group("nums") == "3" and m.group("org") == "servicenämnden"


def test_share_column_follows_the_lexicon(monkeypatch):
    cols = ["Nr", "Åtgärd", "Status", "Andel genomförd"]
    assert current_status_column(cols) == 2
    other = load_lexicon().model_copy(update={"share_column_re": r"(?!)"})
    monkeypatch.setattr(lexicon_module, "load_lexicon", lambda *a, **k: other)
    assert current_status_column(cols) == 3  # no share column known: the last status column


def test_inside_phrase_words_follow_the_lexicon():
    lex = load_lexicon()
    row = "Rutiner saknas hos Fritidsförvaltningen Upprätta en rutin för inköp."
    rec_re = re.compile(r"(?!)")
    assert _after_observation(row, lex, False, rec_re).startswith("Upprätta")
    bare = lex.model_copy(update={"inside_phrase_words": frozenset()})
    assert _after_observation(row, bare, False, rec_re).startswith("Fritidsförvaltningen")
