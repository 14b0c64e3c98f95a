"""Adversarial questions do a bounded amount of work: a repeated sentence of many parts, a long enumeration with
"och", many years, a long follow-up history. The asserts are on counts of the work (assistant.budget), never on
time; past the time budget the answer is stopped with AnswerTimeoutError (503 in the API)."""

from __future__ import annotations

import pytest

from assistant.budget import answer_budget
from assistant.answers.extractive import MAX_COMBINATIONS, MAX_PARTS
from assistant.models import Turn
from assistant.service import Assistant
from rodatraden.errors import AnswerTimeoutError, HistoryTooLongError

LIMIT = 2000
# the default (hybrid) answerer reads a question twice: the rules' own reading and the typed reader's
READINGS = 2
SEVERAL_PARTS = "Hur ofta följs målen upp, och i vilket system redovisas de, och när fattas beslutet, och vem ansvarar? "
ADVERSARIAL = {
    "repeated parts": (SEVERAL_PARTS * 40)[:LIMIT],
    "repeated sentence": ("Vad kostade verksamheten och varför ökade kostnaderna jämfört med året innan? " * 40)[:LIMIT],
    "och enumeration": ("Vilka nämnder har " + " och ".join(f"område {i} med uppdrag {i}" for i in range(200)))[:LIMIT - 1] + "?",
    "many years": ("Hur stor var nettokostnaden " + " ".join(str(1990 + i % 36) for i in range(400)))[:LIMIT - 1] + "?",
}


@pytest.fixture(scope="module")
def assistant(corpus_index):
    settings = corpus_index.settings.model_copy(update={"answer_budget_s": 600.0})  # bounds, not time, are tested
    return Assistant(corpus_index, settings)


def _work(assistant: Assistant, question: str, history: list[Turn] | None = None):
    with answer_budget(600.0) as b:
        answer = assistant.ask(question, history=history)
    return answer, b.counts


def _assert_bounded(counts, text_chars: int) -> None:
    assert counts["combinations"] <= MAX_COMBINATIONS, counts
    # every candidate is scored once for the question and once for each of at most MAX_PARTS parts
    assert counts["scored"] <= (1 + MAX_PARTS) * counts["candidates"], counts
    assert counts["matched_stems"] <= text_chars // 2, counts  # at most one new stem per two characters read


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_questions_are_bounded(assistant, name: str) -> None:
    question = ADVERSARIAL[name]
    assert len(question) <= LIMIT
    answer, counts = _work(assistant, question)
    assert answer.answer
    assert counts["question_chars"] <= READINGS * LIMIT
    _assert_bounded(counts, len(question))


def test_a_question_of_two_parts_still_gets_both(assistant) -> None:
    answer, counts = _work(assistant, "Hur ofta tas prognoser fram, och i vilket system rapporteras de?")
    assert 1 <= counts["combinations"] <= MAX_COMBINATIONS and not answer.abstained


def test_long_follow_up_history_is_bounded(assistant) -> None:
    long_user = (SEVERAL_PARTS * 30)[:LIMIT]
    history = []
    for _ in range(30):  # far more turns than are read, each at the limit
        history += [Turn(role="user", content=long_user), Turn(role="assistant", content="Svar. " * 1000)]
    answer, counts = _work(assistant, "Och för 2022?", history)
    assert answer.answer
    # the follow-up is read with the previous question only: bounded by two questions' length
    assert counts["question_chars"] <= READINGS * (2 * LIMIT + 10)
    _assert_bounded(counts, 2 * LIMIT)


def test_every_user_turn_of_the_history_is_held_to_the_limit(assistant) -> None:
    history = [Turn(role="user", content="Vad är budgeten? " * 200), Turn(role="assistant", content="Den är 5 mnkr."),
               Turn(role="user", content="Hur stor är budgeten?")]
    with pytest.raises(HistoryTooLongError) as err:
        assistant.ask("Och för 2022?", history=history)
    assert err.value.status == 413 and "history" in err.value.message


def test_past_its_budget_an_answer_is_stopped(corpus_index) -> None:
    settings = corpus_index.settings.model_copy(update={"answer_budget_s": 1e-6})
    with pytest.raises(AnswerTimeoutError) as err:
        Assistant(corpus_index, settings).ask(ADVERSARIAL["repeated parts"])
    assert err.value.status == 503 and err.value.code == "answer_timeout"
