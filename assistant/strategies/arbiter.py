"""The arbiter: each strategy proposes an answer with the evidence it used; one rule picks.

The table strategy (typed cells) and the sentence strategy (scored units) both propose; a table answer wins when
the scorer rates a line of its table's page at least as well as the best sentence (less a small margin), so a table
is chosen because its evidence answers, not because the question says "tabell". Below the fitted threshold the
answer is "Det framgår inte av dokumenten." with the closest passages.
"""

from __future__ import annotations

from assistant.citations import CitationBuilder
from assistant.llm.prompts import cannot_answer
from assistant.question.models import Question
from assistant.scoring.features import answerable_features
from assistant.answers.persons import names_person
from assistant.strategies.base import Proposal
from assistant.strategies.checks import WRONG_KIND, asks_person, holds_value, lacking as check_answer
from assistant.strategies.person import person_proposal

TABLE_MARGIN = 0.1
NO_TABLE_INTENTS = ("why", "recommendation")  # answered in prose, never by a table's cells


def _table_proposal(service, q: Question, scored) -> Proposal | None:
    builder = CitationBuilder(service.index)
    if q.intent in NO_TABLE_INTENTS:
        return None
    table = service.pipeline.cells.propose(q, scored, builder)
    if table is None:
        return None
    # the table answer is as good as the scorer finds the lines of the pages it cites
    cited = {(c.doc_id, c.page) for c in builder.citations}
    conf = max((s.p for s in scored if (s.unit.doc_id, s.unit.page) in cited
                and (s.unit.kind != "heading" or s.unit.table_line == "row")), default=0.0)  # (a short row reads as a heading)
    if not holds_value(table.tables):
        return None  # a table answer without one value answers nothing
    return Proposal("table", table.text, conf, citations=builder.citations, tables=table.tables), table


def arbitrate(service, q: Question, retrieved, scope: list[str]):
    sentences = service.pipeline.sentences
    scored = sentences.candidates(q, retrieved)
    if q.unknown:  # the question names something no document mentions: the documents cannot answer it
        closest = CitationBuilder(service.index)
        for s in sorted(scored, key=lambda s: -s.p)[:2]:
            closest.add(s.unit.doc_id, s.unit.page, s.unit.text)
        return Proposal("abstain", cannot_answer(q.lang), 0.0, citations=closest.citations,
                        notes=[f"no document mentions: {', '.join(q.unknown)}"], answerable=0.0), None
    builder = CitationBuilder(service.index)
    sentence = sentences.propose_from(q, scored, builder)
    if sentence is not None:
        sentence.citations = builder.citations
    tab = _table_proposal(service, q, scored)
    table_prop, table = tab if tab else (None, None)
    scorer = sentences.scorer
    answerable = scorer.answerability(answerable_features(q, scored))
    best = sentence
    if table_prop is not None and (sentence is None or table_prop.confidence >= sentence.confidence - TABLE_MARGIN):
        best = table_prop
    if (q.intent == "who" or asks_person(service, q)) \
            and not (best is not None and any(names_person(c.quote) for c in best.citations)):
        # who is asked and the best evidence names nobody (a letterhead, a role): a unit of the asked documents
        # that names a person, beside what the question asks, answers
        person = person_proposal(service.pipeline.store, q, scope, CitationBuilder(service.index))
        if person is not None and person.citations:
            best = person
    lacking = check_answer(service, q, best.citations, best.tables) if best is not None else None
    if lacking and lacking.startswith(WRONG_KIND) and best is table_prop and sentence is not None \
            and not check_answer(service, q, sentence.citations, sentence.tables):
        # the table's numbers are of another kind than asked (a row of revenues for a count): the sentence
        # proposal answers when it passes, rather than a refusal beside evidence that answers. (Any failed check,
        # or a sentence's passing to a table, let through weaker evidence for unanswerables: dev -7 of them.)
        best, lacking = sentence, None
    addressed = best is not None and best is table_prop and table is not None and table.addressed
    if best is None or (answerable < scorer.threshold and not addressed) or lacking:
        closest = CitationBuilder(service.index)
        for u in (sentence.closest if sentence else [])[:3]:
            closest.add(u.doc_id, u.page, u.text)
        return Proposal("abstain", cannot_answer(q.lang), best.confidence if best else 0.0,
                        citations=closest.citations, notes=[lacking or "below the answer threshold"],
                        answerable=answerable), table
    best.answerable = answerable
    best.addressed = addressed
    return best, table
