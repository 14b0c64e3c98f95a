"""The service builds the tracker's follow-up linking with its other caches (warm), so the first status answer is
served from the cache; two first questions over a new index version build the caches once, and the tracker builds
one result for callers that ask at once. Real corpus index (conftest.corpus_index)."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from unittest import mock

from assistant.recommendations import tracker
from assistant.service import Assistant


def test_after_warm_the_first_status_answer_is_served_from_the_cache(corpus_index):
    """warm() builds the follow-up linking with the other caches: the first status question does not link again."""
    assistant = Assistant(corpus_index, corpus_index.settings)
    assistant.warm()
    with mock.patch.object(tracker, "run_works", side_effect=AssertionError("linked again")):
        assert tracker.track(corpus_index)
        answer = assistant.ask("Vilka rekommendationer har regionstyrelsen inte åtgärdat?")
    assert any("recommendation status from the tracker" in n for n in answer.notes), answer.notes


def test_two_first_questions_over_a_new_index_version_build_the_caches_once(corpus_index):
    """Two threads asking the first question over an index version the assistant has not warmed: one builds the
    caches, the other waits for it and does not build them again."""
    assistant = Assistant(corpus_index, corpus_index.settings)
    real_warm = Assistant.warm
    builders: list[int] = []

    def slow_warm(self):
        builders.append(threading.get_ident())
        time.sleep(0.3)  # long enough for the other thread to arrive while the caches are built
        real_warm(self)

    barrier = threading.Barrier(2)

    def ask(q: str):
        barrier.wait()
        return assistant.ask(q)

    with mock.patch.object(Assistant, "warm", autospec=True, side_effect=slow_warm):
        with ThreadPoolExecutor(2) as pool:
            answers = list(pool.map(ask, ["Hur stor var budgeten för Bildning 2023?",
                                          "Vilka rekommendationer har regionstyrelsen inte åtgärdat?"]))
    assert len(builders) == 1
    assert all(a.answer for a in answers)


def test_the_tracker_builds_one_result_for_callers_that_ask_at_once(corpus_index, monkeypatch):
    """track() asked by two threads at once over a new index version links once (the API's recommendations route
    and a chat answer may ask together)."""
    calls: list[int] = []
    real = tracker.run_works

    def counted(*args, **kwargs):
        calls.append(1)
        time.sleep(0.3)
        return real(*args, **kwargs)

    monkeypatch.setattr(tracker, "run_works", counted)
    monkeypatch.setattr(tracker, "_CACHE", type(tracker._CACHE)())  # nothing cached yet
    barrier = threading.Barrier(2)

    def track(_):
        barrier.wait()
        return tracker.track(corpus_index)

    with ThreadPoolExecutor(2) as pool:
        a, b = pool.map(track, range(2))
    assert len(calls) == 1 and a is b
