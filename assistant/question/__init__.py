"""Reading the question once: ``QuestionReader(index).read(text, history) -> Question``."""

from assistant.question.models import Question, TermGroup
from assistant.question.reader import QuestionReader

__all__ = ["Question", "QuestionReader", "TermGroup"]
