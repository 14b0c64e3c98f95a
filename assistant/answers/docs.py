"""Which documents does a question name? "… enligt granskningen", "… redovisar förvaltningen", "… förordar
revisorerna", "… lämnar Sirona": the answer should come from that document when it has one.

``DocumentNames(index).named(question) -> set[str]``: the doc_ids named by document type ("granskningen",
"verksamhetsberättelsen", "the audit"), by the author's role word in the definite form ("förvaltningen",
"nämnden", "revisorerna") when the document's organisation or title carries that word (also as the head of a
compound: "utvecklingsnämnd/förvaltning"), or by a proper name found in a document's title or organisation.
Empty when nothing or every document is named (then there is no preference). Cached per index generation.
"""

from __future__ import annotations

import re

from ingest.text import content_words, stem, words
from assistant.answers.signals import type_stems
from assistant.tables.compare import DOC_TYPES, _norm_type

# definite (and genitive) role words -> the stem a document's organisation/title must carry
ROLE_RE = re.compile(r"\b(förvaltningen|förvaltningens|nämnden|nämndens|styrelsen|styrelsens|revisorerna|revisorernas|"
                     r"the administration|the committee|the auditors)\b", re.I)
ROLE_HEAD = {"förvaltning": "förvaltning", "nämnd": "nämnd", "styrels": "styrels", "revisor": "revisor",
             "administration": "förvaltning", "committee": "nämnd", "auditor": "revisor"}
NAME_RE = re.compile(r"(?<!^)(?<![.?!]\s)\b([A-ZÅÄÖ][A-Za-zåäöÅÄÖ]{2,})\b")
GENERIC_NAMES = {"region", "regionen", "regionens", "regionstyrelsen", "län", "läns", "tabell", "table", "bilaga"}


def _role_head(word: str) -> str | None:
    w = word.lower()
    for key, head in ROLE_HEAD.items():
        if key in w:
            return head
    return None


class DocumentNames:
    def __init__(self, index) -> None:
        self._index = index
        self._gen: int | None = None
        self._docs: list[tuple[str, str, set[str], str]] = []  # doc_id, type, stems of title+organisation, text

    def _refresh(self) -> None:
        gen = getattr(self._index, "generation", 0)
        if gen == self._gen:
            return
        docs = []  # built aside and swapped in whole: other threads read self._docs meanwhile
        for info in self._index.documents():
            m = info.meta
            hay = " ".join([m.title or "", m.organisation or ""])
            parts = [p for w in words(hay) for p in re.split(r"[/-]", w) if p]
            docs.append((m.doc_id, _norm_type(m.document_type), {stem(p) for p in parts}, hay.lower()))
        self._docs = docs
        self._gen = gen

    def carries(self, doc_id: str, names: list[str]) -> bool:
        """One of ``names`` (a name's spellings, lower case) starts a word of the document's title or organisation (a
        genitive's or inflection's last two letters aside, as the evidence texts are searched)."""
        self._refresh()
        hay = next((h for d, _, _, h in self._docs if d == doc_id), "")
        return any(re.search(rf"\b{re.escape(n.lower()[: max(4, len(n) - 2)])}", hay) for n in names if n)

    def named(self, question: str) -> set[str]:
        return self.named_by(question)[0]

    def named_by(self, question: str) -> tuple[set[str], set[str]]:
        """(the named doc_ids, the stems of the question words that named them)."""
        self._refresh()
        if len(self._docs) < 2:
            return set(), set()
        found: set[str] = set()
        naming: set[str] = set()
        narrow: list[set[str]] = []  # the documents each name names
        for doc_id, dtype, stems, hay in self._docs:
            rx = DOC_TYPES.get(dtype)
            m = rx.search(question) if rx else None
            if m:
                found.add(doc_id)
                naming |= {stem(w) for w in words(m.group(0))}
        for m in ROLE_RE.finditer(question):
            head = _role_head(m.group(1))
            docs = {d for d, _, stems, _ in self._docs if head and any(s.endswith(head) for s in stems)}
            if docs:
                found |= docs
                naming |= {stem(w) for w in words(m.group(1))}
        for name in NAME_RE.findall(question):
            if name.lower() in GENERIC_NAMES or len(name) < 4 and not name.isupper():
                continue
            # a genitive names the same ("Sironas granskning", "Higabs styrelse")
            forms = [name.lower()] + ([name.lower()[:-1]] if name.endswith("s") and len(name) > 4 else [])
            docs = {d for d, _, _, hay in self._docs if any(re.search(rf"\b{re.escape(f)}\b", hay) for f in forms)}
            if docs and len(docs) < len(self._docs):  # "Kalmar" names every document here, "Sirona" one
                found |= docs
                narrow.append(docs)
                naming.add(stem(name))
        if not found or len(found) >= len(self._docs):
            return set(), set()
        # the question's other words that every named document's title or organisation carries (the audit's subject
        # and the region it audited): inside those documents they tell no passage from another
        core = set.intersection(*narrow) if narrow and set.intersection(*narrow) else found  # named by every name
        shared = set.intersection(*(stems for d, _, stems, _ in self._docs if d in core))
        titled = {s for s in (stem(w) for w in words(question)) if s in shared and len(s) >= 3}
        # unless nothing would be left to ask about but the kind of answer (a schedule asked of the audited process:
        # the process is the subject there)
        if {stem(w) for w in content_words(question)} - naming - titled - type_stems(question):
            naming |= titled
        return found, naming
