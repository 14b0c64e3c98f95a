"""Who-questions: the units of the asked documents that name a person ("Vem har reviderat räkenskaperna?", "Who is
the chair?"), ranked by their and their neighbouring units' coverage of the question's terms.

``person_proposal(store, q, doc_ids, builder) -> Proposal | None``. Used when the other strategies' evidence names
nobody (a letterhead, a role): a who-question is answered by someone's name. Work is bounded by the named
documents' size; documents not named are not read.
"""

from __future__ import annotations

from functools import lru_cache

from assistant.answers.persons import names_person
from assistant.question.lexicon import load_lexicon
from assistant.question.models import Question
from assistant.scoring.features import StemMatcher, term_coverage
from assistant.strategies.base import Proposal
from assistant.strategies.sentence import LEADS
from ingest.text import stem, words

NEIGHBOURS = 2  # units before and after a name that say what the person is ("Ordförande", "Revisor:")
MAX_NAMED_DOCS = 3
MAX_CHARS = 300  # a name in a line, a signature or a sentence; not in a page-long block of figures


@lru_cache(maxsize=1)
def _role_stems() -> frozenset[str]:
    return frozenset(stem(w) for c in load_lexicon().sv.answer_cues.get("who", ()) for w in words(c))


def person_proposal(store, q: Question, doc_ids: list[str], builder) -> Proposal | None:
    if not doc_ids or len(doc_ids) > MAX_NAMED_DOCS:
        return None
    state = store.state()
    match = StemMatcher(state.matches)
    roles = _role_stems()
    best = None
    pages = [(doc_id, page) for (doc_id, _), (_, numbers) in state.docs.items() if doc_id in doc_ids
             for page in numbers]  # the named documents' pages only, not the library's
    for doc_id, page in pages:
        units = state.units(doc_id, page)
        for i, u in enumerate(units):
            if len(u.text) > MAX_CHARS or not names_person(u.text) or state.template(u):
                continue
            around = units[max(0, i - NEIGHBOURS):i + NEIGHBOURS + 1]
            stems = set().union(*(set(x.stems) for x in around))
            cov, _ = term_coverage(q, stems, match)
            own, _ = term_coverage(q, set(u.stems), match)
            key = (cov, own, bool(set(u.stems) & roles), -page, -i)
            if cov > 0 and (best is None or key > best[0]):
                best = (key, doc_id, page, i, units)
    if best is None:
        return None
    _, doc_id, page, i, units = best
    shown = [u for u in units[max(0, i - 1):i + 2] if u.text.strip()]
    marks = []
    for u in shown:
        n = builder.add(doc_id, page, u.text)
        marks.append(f"{u.text.strip()} [{n}]" if n else u.text.strip())
    lead = LEADS["en" if q.lang == "en" else "sv"].format(title=builder.title(doc_id))
    return Proposal("person", lead + " ".join(marks), best[0][0], citations=builder.citations)
