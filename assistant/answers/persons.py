"""Persons' and companies' names in evidence: what answers a who-question ("Vem undertecknade?", "Who was the chair?",
"Vem sköter förvaltningen?").

``names_person(text) -> bool``: the text gives a person's name, a given name of the lexicon's list
(assistant/lexicon/given_names.txt, the most common first names in Sweden) followed by a capitalised surname
("Susanne Andersson", "Anna-Karin Berg", "Per O. Lindqvist"). A text that only gives roles or organisations
("Revisorerna i Region X") names nobody.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

NAMES_FILE = Path(__file__).resolve().parent.parent / "lexicon" / "given_names.txt"
_WORD = r"[A-ZÅÄÖÉÜ][a-zåäöéüè]+"
# a given name (or two, or a hyphenated one), an initial perhaps, and a surname
_PERSON_RE = re.compile(rf"\b({_WORD}(?:-{_WORD})?)\s+(?:({_WORD})\s+)?(?:[A-ZÅÄÖ]\.\s*)?({_WORD}(?:-{_WORD})?)\b")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    lines = NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(s.strip() for s in lines if s.strip() and not s.startswith("#"))


def names_person(text: str) -> bool:
    names = given_names()
    for m in _PERSON_RE.finditer(text or ""):
        first, second, surname = m.groups()
        if not any(part in names for part in first.split("-")):
            continue
        if second is None or second in names:
            if surname not in names:
                return True
        elif second not in names:  # "Susanne Andersson Ordförande": the surname is the second word
            return True
    return False


@lru_cache(maxsize=1)
def _company_re() -> re.Pattern:
    from assistant.question.lexicon import load_lexicon

    forms = "|".join(re.escape(f) for f in sorted(load_lexicon().sv.company_forms, key=len, reverse=True))
    # one to four capitalised words before the form ("KPMG AB", "Primär Fastighetsförvaltning AB"; not "ett AB")
    return re.compile(rf"\b(?:[A-ZÅÄÖ0-9][\wåäöÅÄÖ&.-]*\s+){{1,4}}(?:{forms})(?![\wåäö])")


def names_agent(text: str) -> bool:
    """The text names a person or a company ("Primär Förvaltning AB"): who answers a who-question that no role
    asks of a person."""
    return names_person(text) or bool(_company_re().search(text or ""))
