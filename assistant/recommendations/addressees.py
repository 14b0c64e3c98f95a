"""Addressees of a recommendation: the organs its subject names ("Stadsfastighetsnämnden, idrotts- och
föreningsnämnden och Higab AB"), collective subjects ("Nämnderna") resolved to the audit's organs."""

from __future__ import annotations

import re

from .lexicon import Lexicon, dehyphenate, load_lexicon
from .text import STOPWORDS

_SEP_RE = re.compile(r"\s*,\s*|\s+och\s+|\s+samt\s+|\s+respektive\s+")


def _has_organ(part: str, lex: Lexicon) -> bool:
    words = re.findall(r"[\wåäöÅÄÖ]+", part.lower())
    return any(w in lex.organ_words or any(w.endswith(o) and len(o) >= 5 for o in lex.organ_words) for w in words)


def _cap(s: str) -> str:
    s = s.strip(" .,:;")
    return s[:1].upper() + s[1:]


def split_organs(subject: str, lex: Lexicon | None = None) -> list[str]:
    """"A, b- och cnämnden, D AB och E AB" -> ["A", "B- och cnämnden", "D AB", "E AB"]; a part without an organ
    word joins the next one ("Miljö samt bygg- och tillståndsnämnden")."""
    lex = lex or load_lexicon()
    subject = re.sub(r"\s+", " ", subject).strip()
    if not subject:
        return []
    tokens: list[str] = []
    pos = 0
    for m in _SEP_RE.finditer(subject):
        tokens.append(subject[pos:m.start()])
        tokens.append(m.group(0))
        pos = m.end()
    tokens.append(subject[pos:])
    groups: list[str] = []
    cur = ""
    for k in range(0, len(tokens), 2):
        part = tokens[k]
        sep = tokens[k + 1] if k + 1 < len(tokens) else ""
        cur += part
        if cur.endswith("-") or not _has_organ(cur, lex):
            cur += sep  # "vård-" + " och " + "omsorgsnämnden"; "äldre" + " samt " + …
            continue
        groups.append(cur)
        cur = ""
    if cur.strip():
        if groups and not _has_organ(cur, lex):
            groups[-1] += cur
        else:
            groups.append(cur)
    return [_cap(g) for g in groups if g.strip(" ,")]


# An adjective that is part of an organ's name ("tekniska nämnden", "Regionala utvecklingsnämnden"); not a
# determiner or quantifier ("andra", "samma", "hela").
_ADJ = (r"(?:(?<![\wåäöÅÄÖ-])(?!(?:denna|andra|samma|hela|flera|några|dessa|båda|vilka|egna|nya|berörda|samtliga|granskade|alla)\s)"
        r"[A-ZÅÄÖa-zåäö][a-zåäö]{3,}(?:a|(?<![dt])e)\s+)?")  # not a verb's past tense ("beslutade byggnadsnämnden")


def organs_in(text: str, lex: Lexicon | None = None) -> list[str]:
    """Organ names mentioned in a sentence ("om grundskolenämnden och utbildningsnämnden har …"), in order."""
    lex = lex or load_lexicon()
    text = dehyphenate(text)
    found: list[str] = []
    pat = re.compile(r"(?:(?:[\wåäö]+-\s+(?:och|samt)\s+)?" + _ADJ + r"[\wåäö]*(?:nämnden|styrelsen)(?:\s+för\s+[\wåäö]+(?:\s+och\s+[\wåäö]+)?"
                     r"(?=\s+(?:och|samt|,|har|ska|är|bedriver|arbetar)\b))?(?:\s+[A-ZÅÄÖ][\wåäö]+)?|(?:[A-ZÅÄÖ][\wåäö]+\s+){0,2}[A-ZÅÄÖ][\wåäö]+(?:\s+i\s+[A-ZÅÄÖ][\wåäö]+)?\s+AB)")
    generic = re.compile(lex.collective_re + "|" + lex.singular_re, re.I)
    for m in pat.finditer(text):
        name = m.group(0).strip()
        name = re.sub(r"\s+(?:Men|Den|Det|Vi|Revisionskontoret|Granskningen)$", "", name)
        if name.endswith(" AB"):  # a company's name of several words ("Exempelby Energi AB"), not the word that
            # opens the sentence before it ("Enligt Exempelby Energi AB …")
            head = name.split()
            while len(head) > 2 and (head[0].lower() in STOPWORDS or any(head[0].lower().endswith(w) for w in lex.organ_words if len(w) > 3)):
                head = head[1:]
            name = " ".join(head)
        if not generic.match(name.lower()) and name.lower() not in ("nämnden", "styrelsen"):
            found.append(_cap(name))
    seen: dict[str, str] = {}
    for f in found:
        seen.setdefault(f.lower(), f)
    return list(seen.values())


def resolve(addressees: list[str], audited: list[str], page_organ: str | None, lex: Lexicon | None = None) -> list[str]:
    """Collective subjects become the audited organs; "Nämnden" the organ of that page or the only audited one."""
    lex = lex or load_lexicon()
    out: list[str] = []
    for a in addressees:
        board = lex.rx("board_of_re").match(a)
        if board:
            a = board.group("company")
        low = a.lower()
        if lex.rx("collective_re").match(low) and len(audited) >= 2:  # (one audited organ is not "samtliga
            out.extend(audited)  # nämnder": the collective then stays as written)
        elif lex.rx("singular_re").match(low) and (page_organ or len(audited) == 1):
            out.append(page_organ or audited[0])
        else:
            out.append(a)
    return list(dict.fromkeys(out))
