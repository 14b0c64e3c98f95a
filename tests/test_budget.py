"""The answer budget counts the answering thread's CPU time (read lazily: a thread's CPU time grows no faster than
the wall clock), with a wall-clock backstop of WALL_FACTOR times the budget."""

from __future__ import annotations

import time

import pytest

from assistant import budget
from assistant.budget import WALL_FACTOR, answer_budget
from rodatraden.errors import AnswerTimeoutError


def test_cpu_work_past_the_budget_is_stopped() -> None:
    checks = 0
    with pytest.raises(AnswerTimeoutError), answer_budget(0.05):
        while checks < 10_000_000:
            checks += 1
            sum(range(200))  # CPU work between checks
            budget.check()
    assert checks < 10_000_000  # stopped by the budget, not by the end of the loop


def test_waiting_is_not_cpu_time() -> None:
    """Sleeping past the CPU budget (but within the wall backstop) is not a timeout: on a busy machine a thread
    waits for a core, which must not turn an ordinary question into a 503."""
    with answer_budget(0.05):
        time.sleep(0.12)
        budget.check()  # no raise: the thread used almost no CPU


def test_the_wall_clock_backstop_stops_a_waiting_answer() -> None:
    with pytest.raises(AnswerTimeoutError), answer_budget(0.02):
        time.sleep(0.02 * WALL_FACTOR + 0.03)
        budget.check()


def test_without_a_budget_checks_are_free() -> None:
    budget.check()
    budget.count("scored", 5)
    assert budget.current() is None
