"""The vocabulary of table questions and headers, compiled once from ``assistant/lexicon/tables.toml``."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

_DATA = tomllib.loads((Path(__file__).resolve().parents[1] / "lexicon" / "tables.toml").read_text(encoding="utf-8"))


def _rx(section: str, key: str) -> re.Pattern[str]:
    return re.compile(_DATA[section][key], re.I)


MAX_RE = _rx("question", "largest")
MIN_RE = _rx("question", "smallest")
NEG_RE = _rx("question", "negative")
SHOW_RE = _rx("question", "show")
ACCURACY_RE = _rx("question", "accuracy")
BELOW_RE = _rx("question", "against_budget")
SPENT_RE = _rx("question", "spent")
ACTUAL_RE = _rx("question", "actual")
DIFF_RE = _rx("question", "difference")
SPAN_RE = _rx("question", "span")
CHANGE_RE = _rx("question", "change")
# words that make a question one about a table's figures, a change or a difference included
TABLE_WORDS = re.compile("|".join(_DATA["question"][k] for k in ("table_words", "change", "difference")), re.I)
TOTAL_RE = _rx("label", "total")
COST_RE = _rx("label", "cost")
LABEL_UNITS = tuple(_DATA["label"]["units"])  # units a row label carries, which the question need not name
PRIMARY_STATEMENT_RE = _rx("statement", "primary")
STATEMENT_NAMES = {lang: dict(_DATA["statement"][lang]) for lang in ("sv", "en")}  # how an answer names a statement
ROLE_HEADER = {role: re.compile(p, re.I) for role, p in _DATA["role_header"].items()}
ROLE_QUESTION = {role: re.compile(p, re.I) for role, p in _DATA["role_question"].items()}
