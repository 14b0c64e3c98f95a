"""The work budget of one answer: a limit on the CPU time of the thread that answers (``time.thread_time``, so a
busy machine does not turn ordinary questions into timeouts), with a wall-clock limit of WALL_FACTOR times that as
a backstop, both checked cooperatively in the answering loops; and counters of the
work done (scored candidates, part combinations), so that tests can assert on the bound rather than on time,
and the notes of degraded work (a search that fell back to the keyword index) for the answer to show.

``with answer_budget(seconds) as b: ...`` sets the budget for the current thread (a context variable); the
loops call :func:`check` (raises :class:`~rodatraden.errors.AnswerTimeoutError` past the deadline, which the
API maps to 503) and :func:`count`. Without a budget both are no-ops. The work stops at the next check: it is
not left running in the background.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from rodatraden.errors import AnswerTimeoutError


WALL_FACTOR = 4.0


@dataclass
class Budget:
    seconds: float
    deadline: float  # time.monotonic()
    cpu_deadline: float = float("inf")  # time.thread_time() of the answering thread
    counts: Counter = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)  # degraded work the answer should say (e.g. keyword-only)
    # The thread's CPU clock as last read, and when (monotonic). A thread's CPU time grows no faster than the wall
    # clock, so until cpu_seen + (now - cpu_seen_at) passes cpu_deadline the CPU limit cannot have been reached and
    # the clock is not read again: time.thread_time() is a system call made with the GIL held, and on a busy machine
    # a thread is often descheduled on return from one, stalling every other thread of the process (a third of the
    # GIL-holding samples of a worker under 20 clients); time.monotonic() is read without a system call.
    cpu_seen: float = 0.0
    cpu_seen_at: float = float("-inf")

    def cpu_exceeded(self, now: float) -> bool:
        if self.cpu_seen + (now - self.cpu_seen_at) <= self.cpu_deadline:
            return False
        self.cpu_seen, self.cpu_seen_at = time.thread_time(), now
        return self.cpu_seen > self.cpu_deadline

    def check(self) -> None:
        now = time.monotonic()
        if now > self.deadline or self.cpu_exceeded(now):
            raise AnswerTimeoutError(
                f"Frågan tog för lång tid att besvara (mer än {self.seconds:g} s beräkning) och avbröts. Förenkla eller korta "
                f"frågan. / Answering took longer than {self.seconds:g} s and was stopped; ask a shorter question.")


_current: ContextVar[Budget | None] = ContextVar("rodatraden_answer_budget", default=None)


@contextmanager
def answer_budget(seconds: float) -> Iterator[Budget]:
    """A budget of ``seconds`` of CPU time (and WALL_FACTOR times that of wall time) for the work inside the block,
    in this thread (nested blocks keep the outer, earlier deadline)."""
    outer = _current.get()
    deadline = time.monotonic() + WALL_FACTOR * seconds
    if outer is not None and outer.deadline < deadline:
        yield outer
        return
    cpu_now, now = time.thread_time(), time.monotonic()
    budget = Budget(seconds, deadline, cpu_now + seconds, outer.counts if outer is not None else Counter(),
                    cpu_seen=cpu_now, cpu_seen_at=now)
    token = _current.set(budget)
    try:
        yield budget
    finally:
        _current.reset(token)


def current() -> Budget | None:
    return _current.get()


def check() -> None:
    b = _current.get()
    if b is not None:
        b.check()


def note(text: str) -> None:
    """A note for the answer being built (kept once)."""
    b = _current.get()
    if b is not None and text not in b.notes:
        b.notes.append(text)


def count(name: str, n: int = 1) -> None:
    """Adds ``n`` to the counter ``name`` of the current budget, and checks its deadline."""
    b = _current.get()
    if b is not None:
        b.counts[name] += n
        b.check()
