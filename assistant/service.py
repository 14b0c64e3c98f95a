"""The question-answering service: retrieval -> recommendations, table QA or extractive answer -> verified citations,
optionally rephrased by a language model whose answer passes the same citation and number checks.

``Assistant(index, settings, retriever=None, llm=None).ask(question, history=None, doc_ids=None) -> Answer``;
``.ask_stream(...)`` yields token events and then one final event with the checked Answer.
``build_assistant(index, settings)`` builds the configured LLM (a ConfigError is logged and noted, not raised).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import replace
from typing import Any

from assistant import budget
from ingest.quality import word_forms
from assistant.answers.followup import bound_history, merge_followup
from assistant.llm.stage import LLM_UNREACHABLE, Draft, LLMStage, StreamEvent, fallback, word_groups
from assistant.answers.criticism import CriticismAnswerer
from assistant.answers.recommendations import RecommendationAnswerer, asks_status
from assistant.answers.recommended import RecommendedAnswerer
from assistant.citations import CitationBuilder, verify_citations
from assistant.answers.extractive import Extractor
from assistant.answers.persons import names_agent, names_person
from assistant.question.models import Question
from assistant.pipeline import AnswerPipeline, Retrieval
from assistant.strategies.arbiter import arbitrate
from assistant.strategies.checks import (asks_person, computes, counted_stems, lacking as check_answer, names_elsewhere,
                                        table_block, years_left_out)
from assistant.strategies.other_documents import with_other_documents
from assistant.language import detect_language
from assistant.llm.generate import LLMAnswerer
from assistant.llm.prompts import cannot_answer
from assistant.budget import answer_budget
from assistant.models import Answer, Turn
from assistant.retrieval import Retriever
from assistant.tables.corroborate import corroborate
from assistant.tables.qa import TableQA, TableResult
from assistant.tables.vocab import SHOW_RE
from index.models import SearchFilters
from assistant.recommendations.tracker import audits as audit_extractions, criticism as formal_criticism, track
from rodatraden.errors import (ConfigError, EmptyQuestionError, LLMError, QuestionTooLongError, RodaTradenError,
                               UnknownDocumentError)

log = logging.getLogger("rodatraden.assistant")
COMPUTED = frozenset({"difference", "sum", "max", "min"})  # operations the typed reading asks a table to compute


class Assistant:
    def __init__(self, index, settings, retriever: Retriever | None = None, llm: Any = None,
                 llm_error: str | None = None) -> None:
        self.index = index
        self.settings = settings
        self.retriever = retriever or Retriever(index, "hybrid")
        self.extractor = Extractor(index)
        # the scored answerer (RODATRADEN_ANSWERER=scored): question reader, fitted unit scorer, strategies
        self.pipeline = AnswerPipeline(index, self.retriever)
        self.table_qa = TableQA(index)
        self.recommendations = RecommendationAnswerer(index)
        self.recommended = RecommendedAnswerer(index, track, audit_extractions)
        self.criticism = CriticismAnswerer(index)
        self.llm = llm
        self.llm_error = llm_error  # a configuration problem found at start-up, noted on every answer
        self.llm_stage = LLMStage(index, max_passages=getattr(settings, "llm_passages", 4))
        self._warmed: object = object()  # the index generation whose caches are built (none yet)
        # held while the caches are built: two first questions over a new index version build them once, the second
        # waits for the first (re-entrant: the first answer's building calls warm(), which takes it too)
        self._warm_lock = threading.RLock()

    def _check(self, question: str, doc_ids: list[str] | None) -> None:
        if question is None or not question.strip():
            raise EmptyQuestionError()
        limit = getattr(self.settings, "max_question_chars", 2000)
        if len(question) > limit:
            raise QuestionTooLongError(
                f"Frågan är för lång ({len(question)} tecken, högst {limit}). / The question is too long.")
        for d in doc_ids or []:
            self.index.document(d)  # raises UnknownDocumentError

    # --- the extractive pass --------------------------------------------------------------------
    def _snapshot(self):
        snapshot = getattr(self.index, "snapshot", None)  # one whole version of the store for the answer
        return snapshot() if snapshot is not None else nullcontext()

    def _draft(self, question: str, history: list[Turn] | None, doc_ids: list[str] | None) -> Draft:
        """The extractive pass, in one read snapshot of the index and within the answer's time budget. The first
        answer over a new version of the index first builds its caches (units, frequencies, tables) outside that
        budget, as the API's startup does: their cost grows with the library, not with the question (a 5,000-page
        library's first question passed 5 s on building them alone)."""
        gen = getattr(self.index, "generation", None)
        if gen != self._warmed:
            self._check(question, doc_ids)  # a bad question is refused before any work
            with self._warm_lock:
                if gen != self._warmed:  # not built by another answer while this one waited
                    try:
                        self.warm()
                    except RodaTradenError as exc:  # best effort: the answer meets the fault itself
                        log.warning("warming the caches failed: %s", exc)
                    self._warmed = gen
        with answer_budget(getattr(self.settings, "answer_budget_s", 5.0)), self._snapshot():
            draft = self._draft_in_budget(question, history, doc_ids)
            if draft.kind != "recommendations":
                tables = self.pipeline.store.state().tables
                draft.answer = corroborate(self.index, draft.answer, lambda d: tables.get(d, []))
            return draft

    def _draft_in_budget(self, question: str, history: list[Turn] | None, doc_ids: list[str] | None) -> Draft:
        self._check(question, doc_ids)
        question = question.strip()
        history = bound_history(history, getattr(self.settings, "max_history_turns", 12),
                                getattr(self.settings, "max_question_chars", 2000))
        mode = getattr(self.settings, "answerer", "rules")
        if mode == "scored":
            return self._draft_scored(question, history, doc_ids)
        q = None
        if mode == "hybrid":  # the typed reading, shared by the unknown-name check and the fallback; the rules read
            # the question their own way too, so hybrid reads it twice (this goes with the rules)
            q = self.pipeline.read(question, history)
            budget.count("question_chars", len(q.effective))
        if q is not None and q.unknown:
            return self._draft_scored(question, history, doc_ids, q)  # it refuses: no document names what is asked
        if q is not None and q.named_only and not doc_ids:
            doc_ids = list(q.doc_ids)  # named by a name only it carries ("Hagelbössan"): the answer is searched there
        searched: list[Retrieval] = []

        def search() -> Retrieval:
            """The typed question's search (named documents first, an English question also in Swedish, the pages in
            the fitted page ranker's order), made once for every answerer of this question."""
            if not searched:
                searched.append(self.pipeline.retrieve(q, k=max(16, getattr(self.settings, "top_k", 8)),
                                                       doc_ids=doc_ids))
            return searched[0]
        previous = next((t.content for t in reversed(history or []) if t.role == "user"), None)
        if q is not None and q.intent == "recommendation" and self.recommended.asks(q) \
                and (not asks_status(q.effective) or self.recommended.asks_response(q, previous)):
            # what an audit recommends: its recommendations as the tracker read them, not sentences guessed (and, asked
            # what was answered or done about one, its follow-up status); a list by status is RecommendationAnswerer's
            t0 = time.perf_counter()
            scoped = q if not doc_ids else q.model_copy(update={"doc_ids": [d for d in q.doc_ids if d in doc_ids]})
            rec = self.recommended.answer(scoped, lambda: list(dict.fromkeys(sc.chunk.doc_id for sc in search().fused)),
                                          previous)
            # an audit about another body than the one the question names ("Region Y's recommendations" when only
            # Region X's audit is indexed) answers nothing of it
            if rec is not None and not names_elsewhere(self, q, rec.citations):
                notes = [f"follow-up read as: {q.effective}"] if q.followup else []
                return self._recommendation_draft(rec, question, q.effective, q.lang, history, notes, t0)
        # the rules answer the question as the typed reader read it (a follow-up merged with its history only when
        # the reader finds it elliptical), so both answerers answer the same question
        draft = self._draft_rules(question, history, doc_ids, q.effective if q is not None else None,
                                  prefer=[d for d in q.doc_ids if not doc_ids or d in doc_ids] if q is not None else None,
                                  naming=q.naming if q is not None else None,
                                  computes=q is not None and q.operation in COMPUTED and bool(q.years),
                                  counted=counted_stems(q, self.pipeline.reader.lexicon.lang(q.lang)) if q is not None else None,
                                  found=search() if q is not None else None)
        if q is not None and not draft.answer.abstained and draft.kind != "recommendations":
            # the rules' answer is held to what the question asks, as the general answerer's is (strategies/checks)
            why = check_answer(self, q, draft.answer.citations, draft.answer.tables) \
                or table_block(draft.answer.citations)
            if why:
                draft = self._refused(draft, why)
        memo: list[Draft] = []

        def second_opinion() -> Draft:
            """The general answerer's draft of this question, made once however many of the rules below ask for it."""
            if not memo:
                memo.append(self._draft_scored(question, history, doc_ids, q, search()))
            return memo[0]

        if q is not None and not draft.answer.abstained and not draft.answer.tables and draft.kind != "recommendations" \
                and years_left_out(self, q, draft.answer.citations, []):
            # a figure for one of the asked years: the typed cells of a table that has every asked year answer better
            scored = second_opinion()
            if scored.kind == "table" and not scored.answer.abstained \
                    and not years_left_out(self, q, scored.answer.citations, scored.answer.tables):
                draft = scored
        if q is not None and q.operation == "difference" and not draft.answer.abstained \
                and draft.kind != "recommendations" and not computes(draft.answer):
            # a difference asked and none shown: the typed cells that compute it from the cited cells answer better
            scored = second_opinion()
            if scored.kind == "table" and not scored.answer.abstained and computes(scored.answer):
                draft = scored
        person = q is not None and asks_person(self, q)  # a role only a person holds; else a company answers too
        names = names_person if person else names_agent
        if q is not None and (q.intent == "who" or person) and draft.kind != "recommendations" \
                and not any(names(c.quote) for c in draft.answer.citations):
            # who is asked and nobody is named (a letterhead, a role): the general answerer's evidence that names
            # a person (or, for no person's role, a company) answers better
            scored = second_opinion()
            if not scored.answer.abstained and any(names(c.quote) for c in scored.answer.citations):
                draft = scored
        if q is not None and draft.answer.abstained and draft.kind != "recommendations":
            # the rules found no answer: the fitted scorer answers when the documents answer with a probability
            # past the threshold fitted for exactly these questions (those the rules refused; eval/train_scorer.py)
            scored = second_opinion()
            named = [d for d in q.doc_ids if not doc_ids or d in doc_ids]
            from_named = not named or any(c.doc_id in named for c in scored.answer.citations)
            # a second opinion on a question the rules refused answers only from the documents it names (dev: right
            # as a whole unchanged, the original gold 86.7 -> 88.3 %)
            if not scored.answer.abstained and from_named \
                    and ((scored.answerable or 0.0) >= self.pipeline.scorer.fallback_threshold or scored.addressed):
                draft = scored
        if q is not None and not doc_ids and draft.kind != "recommendations":
            # a question that names no document, answered from one of several of its kind, says so and names them
            draft = replace(draft, answer=with_other_documents(self.index, q, draft.answer, draft.retrieved))
        return draft

    @staticmethod
    def _refused(draft: Draft, why: str) -> Draft:
        """The draft as a refusal: its passages stay as the closest ones, with the reason in the notes."""
        answer = draft.answer.model_copy(update={"answer": cannot_answer(draft.lang), "abstained": True,
                                                 "tables": [], "notes": draft.answer.notes + [why]})
        return replace(draft, answer=answer, table=None, kind="extractive")

    def _draft_rules(self, question: str, history: list[Turn], doc_ids: list[str] | None,
                     effective: str | None = None, prefer: list[str] | None = None,
                     naming: list[str] | None = None, computes: bool = False,
                     counted: list[str] | None = None, found: Retrieval | None = None) -> Draft:
        """The rule-based extractive answerer. ``effective``: the question as already read with its history (hybrid);
        else the rules merge a follow-up with the history themselves. ``prefer``: the documents the question names
        (the typed reading): a table of theirs that fits answers before any other document's. ``counted``: the stems of
        what a count question counts, as the typed reader read it (checks.counted_stems). ``found``: the typed
        question's search (hybrid): the passages the sentences are taken from."""
        t0 = time.perf_counter()
        lang = detect_language(question)
        if effective is None:
            effective = merge_followup(question, history)
            budget.count("question_chars", len(effective))
        notes: list[str] = []
        if effective != question:
            notes.append(f"follow-up read as: {effective}")
        if self.llm_error:
            notes.append(self.llm_error)

        rec = self._computed_answer(effective, lang, doc_ids)
        if rec is not None:
            return self._recommendation_draft(rec, question, effective, lang, history, notes, t0)

        filters = SearchFilters(doc_ids=list(doc_ids)) if doc_ids else None
        k = max(12, getattr(self.settings, "top_k", 8))
        retrieved = self.retriever.retrieve(effective, k=k, filters=filters)
        # the sentences come from the typed question's search where there is one: it searches the documents the
        # question names first, an English question in Swedish too, and orders the pages by the fitted page ranker
        # (dev: a gold page first 52.0 -> 63.1 %, in the top 12 90.5 -> 97.1 %; right 1 072 -> 1 082 of 1 433); the
        # table answerer keeps the plain search's table hits (with the typed search's, 10 dev table questions were lost)
        passages = found.fused[:k] if found is not None else retrieved
        t1 = time.perf_counter()
        self._budget_notes(notes)

        builder = CitationBuilder(self.index)
        hints = {}
        for rank, sc in enumerate(retrieved):
            if sc.chunk.kind == "table" and sc.chunk.table_id and sc.chunk.table_id not in hints:
                hints[sc.chunk.table_id] = 1.0 / (1 + rank)
        table: TableResult | None = self.table_qa.answer(effective, lang, builder, hints, doc_ids, prefer, naming,
                                                         computes=computes)
        abstained = False
        tables = []
        own_notes: list[str] = []
        if table is not None and table.abstain:
            text, abstained = cannot_answer(lang) + " " + table.text, True
            for u in self.extractor.closest(effective, lang, passages)[:2]:
                builder.add(u.doc_id, u.page, u.clean)
        elif table is not None:
            text, tables = table.text, table.tables
            own_notes.extend(table.notes)
            extra = self.extractor.explanation(effective, lang, passages, builder, exclude_pages=table.pages)
            if not extra and not SHOW_RE.search(effective):
                extra = self.extractor.supplement(effective, lang, passages, builder, exclude_pages=table.pages)
            if extra:
                text += "\n" + extra
        else:
            ex = self.extractor.answer(effective, lang, passages, builder, counted=counted or None)
            text, abstained = ex.text, ex.abstained
            own_notes.extend(ex.notes)
            if abstained:
                for u in ex.closest[:3]:
                    builder.add(u.doc_id, u.page, u.clean)
        citations = verify_citations(self.index, builder.citations)
        if not abstained and not citations:
            text, abstained = cannot_answer(lang), True
            own_notes.append("no verifiable citation")
        t2 = time.perf_counter()
        answer = Answer(
            question=question, answer=text, language=lang, abstained=abstained, citations=citations, tables=tables,
            timings_ms={"retrieval": round((t1 - t0) * 1000, 1), "answer": round((t2 - t1) * 1000, 1),
                        "total": round((t2 - t0) * 1000, 1)},
            notes=notes + own_notes,
        )
        kind = "table" if table is not None and not table.abstain else "extractive"
        return Draft(question, effective, lang, list(history or []), passages, table, answer, kind, t0, t1, notes)

    def _draft_scored(self, question: str, history: list[Turn] | None, doc_ids: list[str] | None,
                      q: Question | None = None, found: Retrieval | None = None) -> Draft:
        """``q``: the question as the hybrid mode already read it (then it is not read, nor counted, again); ``found``:
        its search, when hybrid has made it already."""
        t0 = time.perf_counter()
        alone = q is None  # the general answerer answers alone (RODATRADEN_ANSWERER=scored), not as hybrid's fallback
        if q is None:
            q = self.pipeline.read(question, history)  # the one reading of the question
            budget.count("question_chars", len(q.effective))
        lang, effective = q.lang, q.effective
        notes: list[str] = []
        if q.followup:
            notes.append(f"follow-up read as: {effective}")
        if self.llm_error:
            notes.append(self.llm_error)
        scope = [d for d in q.doc_ids if not doc_ids or d in doc_ids] or list(doc_ids or [])

        rec = self._computed_answer(effective, lang, scope or None)
        if rec is not None:
            return self._recommendation_draft(rec, question, effective, lang, history, notes, t0)

        k = max(16, getattr(self.settings, "top_k", 8))
        retrieved = found if found is not None else self.pipeline.retrieve(q, k=k, doc_ids=doc_ids)
        t1 = time.perf_counter()
        self._budget_notes(notes)
        chosen, table = arbitrate(self, q, retrieved, scope)
        citations = verify_citations(self.index, chosen.citations)
        abstained = chosen.strategy == "abstain"
        text = chosen.text
        if not abstained and not citations:
            text, abstained = cannot_answer(lang), True
            chosen.notes.append("no verifiable citation")
        t2 = time.perf_counter()
        answer = Answer(
            question=question, answer=text, language=lang, abstained=abstained, citations=citations,
            tables=chosen.tables,
            timings_ms={"retrieval": round((t1 - t0) * 1000, 1), "answer": round((t2 - t1) * 1000, 1),
                        "total": round((t2 - t0) * 1000, 1)},
            notes=notes + chosen.notes,
        )
        if alone and not doc_ids:  # which document answered, as hybrid says it (_draft_in_budget)
            answer = with_other_documents(self.index, q, answer, retrieved.search_order)
        kind = "table" if chosen.strategy == "table" else "extractive"
        return Draft(question, effective, lang, list(history or []), retrieved.search_order, table, answer, kind, t0, t1,
                     notes, answerable=chosen.answerable, addressed=chosen.addressed)

    def _computed_answer(self, effective: str, lang: str, doc_ids: list[str] | None) -> Answer | None:
        """Recommendations and formal criticism are computed by the tracker, not extracted."""
        return self.recommendations.answer(effective, lang, doc_ids) or self.criticism.answer(effective, lang, doc_ids)

    @staticmethod
    def _budget_notes(notes: list[str]) -> None:
        """Stop here when the answer's budget is spent; else add its notes (parts left out …) once."""
        budget.check()
        current = budget.current()
        notes.extend(n for n in (current.notes if current else []) if n not in notes)

    @staticmethod
    def _recommendation_draft(rec: Answer, question: str, effective: str, lang: str, history: list[Turn],
                              notes: list[str], t0: float) -> Draft:
        t1 = time.perf_counter()
        ms = round((t1 - t0) * 1000, 1)
        answer = rec.model_copy(update={"question": question, "notes": notes + rec.notes,
                                        "timings_ms": {"retrieval": 0.0, "answer": ms, "total": ms}})
        return Draft(question, effective, lang, list(history or []), [], None, answer, "recommendations", t0, t1,
                     notes)

    def _uses_llm(self, draft: Draft) -> bool:
        # Abstentions of the evidence gate stay abstentions; recommendation lists are computed, not generated.
        return self.llm is not None and not draft.answer.abstained and draft.kind != "recommendations"

    def _backend(self) -> str:
        return getattr(self.settings, "llm_backend", "llm")

    # --- public entry points --------------------------------------------------------------------
    def warm(self) -> None:
        """Build the per-index caches (vectors, keyword index, units, tables) before the first question, with the
        extractive pass only: a configured language model is not called."""
        with self._warm_lock:
            if not self.index.documents():
                return
            # building the caches is not an answer: it runs without the answer's time budget (a slow or loaded
            # machine must not fail the API's startup), and the question is answered by every answerer the mode uses
            gen = getattr(self.index, "generation", None)
            with self._snapshot():
                # the Swedish word list that short question words' compounds are read against (ingest.text), loaded
                # here once rather than inside the first question that needs it (~0.7 s)
                word_forms()
                self._draft_in_budget("Hur stor är budgeten?", None, None)
                # the audit reports' recommendations, which the rules read for "Vad rekommenderar revisorerna …",
                # are extracted once per index version: over 825 pages that took 1.2 s inside the first such answer,
                # and over 5,012 pages it passed the answer's budget (the bench's one error)
                audit_extractions(self.index)
                formal_criticism(self.index)
                # the follow-up linking the status answers read ("Vilka rekommendationer har … inte åtgärdat?"),
                # once per index version, so the first status answer is served from the cache
                track(self.index)
            self._warmed = gen

    def ask(self, question: str, history: list[Turn] | None = None, doc_ids: list[str] | None = None) -> Answer:
        with self._snapshot():
            return self._ask(question, history, doc_ids)

    def _ask(self, question: str, history: list[Turn] | None, doc_ids: list[str] | None) -> Answer:
        draft = self._draft(question, history, doc_ids)
        if not self._uses_llm(draft):
            return draft.answer
        passages = self.llm_stage.passages(draft)
        tables = draft.answer.tables
        t = time.perf_counter()
        try:
            raw = "".join(LLMAnswerer(self.llm).stream(draft.effective, draft.lang, passages, tables, draft.history))
        except LLMError as exc:
            log.warning("LLM failed, extractive answer shown: %s", exc)
            return fallback(draft.answer, LLM_UNREACHABLE)
        return self.llm_stage.compose(draft, passages, raw, self._backend(), (time.perf_counter() - t) * 1000)

    def ask_stream(self, question: str, history: list[Turn] | None = None,
                   doc_ids: list[str] | None = None) -> Iterator[StreamEvent]:
        """Token events as the answer is generated (or, without a model, the extractive answer in word groups),
        then one final event with the checked Answer. Question errors are raised at the first ``next()``."""
        draft = self._draft(question, history, doc_ids)
        if not self._uses_llm(draft):
            for piece in word_groups(draft.answer.answer):
                yield StreamEvent(type="token", text=piece)
            yield StreamEvent(type="final", answer=draft.answer)
            return
        passages = self.llm_stage.passages(draft)
        parts: list[str] = []
        t = time.perf_counter()
        try:
            for token in LLMAnswerer(self.llm).stream(draft.effective, draft.lang, passages, draft.answer.tables,
                                                      draft.history):
                parts.append(token)
                yield StreamEvent(type="token", text=token)
        except LLMError as exc:
            log.warning("LLM failed while streaming, extractive answer shown: %s", exc)
            yield StreamEvent(type="final", answer=fallback(draft.answer, LLM_UNREACHABLE))
            return
        answer = self.llm_stage.compose(draft, passages, "".join(parts), self._backend(),
                                        (time.perf_counter() - t) * 1000)
        yield StreamEvent(type="final", answer=answer)


def build_assistant(index, settings, retriever: Retriever | None = None) -> Assistant:
    """The Assistant with the configured language model. A misconfigured backend is logged, and every answer
    is then extractive with a note saying why (the API keeps running)."""
    from assistant.llm.backends import make_llm

    try:
        llm = make_llm(settings)
    except ConfigError as exc:
        log.error("language model not configured correctly, extractive answers only: %s", exc)
        return Assistant(index, settings, retriever, llm=None,
                         llm_error=f"Språkmodellen är felkonfigurerad ({exc}); svaret är utdragsbaserat.")
    return Assistant(index, settings, retriever, llm=llm)


__all__ = ["Assistant", "StreamEvent", "UnknownDocumentError", "build_assistant"]
