"""The question-answering service: retrieval -> table QA or extractive answer -> verified citations.

``Assistant(index, settings, retriever=None).ask(question, history=None, doc_ids=None) -> Answer``.
No language model is needed; answers are composed from cited passages and table cells.
"""

from __future__ import annotations

import time

from assistant.citations import CitationBuilder, verify_citations
from assistant.extractive import Extractor
from assistant.answer_followup import merge_followup
from assistant.language import detect_language
from assistant.models import Answer, Turn
from assistant.retrieval import Retriever
from assistant.table_qa import SHOW_RE, TableQA, TableResult
from index.models import SearchFilters
from rodatraden.errors import EmptyQuestionError, QuestionTooLongError, UnknownDocumentError

ABSTAIN = {"sv": "Det framgår inte av dokumenten.", "en": "The documents do not say."}


class Assistant:
    def __init__(self, index, settings, retriever: Retriever | None = None) -> None:
        self.index = index
        self.settings = settings
        self.retriever = retriever or Retriever(index, "hybrid")
        self.extractor = Extractor(index)
        self.table_qa = TableQA(index)

    def _check(self, question: str, doc_ids: list[str] | None) -> None:
        if question is None or not question.strip():
            raise EmptyQuestionError()
        limit = getattr(self.settings, "max_question_chars", 2000)
        if len(question) > limit:
            raise QuestionTooLongError(
                f"Frågan är för lång ({len(question)} tecken, högst {limit}). / The question is too long.")
        for d in doc_ids or []:
            self.index.document(d)  # raises UnknownDocumentError

    def ask(self, question: str, history: list[Turn] | None = None, doc_ids: list[str] | None = None) -> Answer:
        t0 = time.perf_counter()
        self._check(question, doc_ids)
        question = question.strip()
        lang = detect_language(question)
        effective = merge_followup(question, history or [])
        notes: list[str] = []
        if effective != question:
            notes.append(f"follow-up read as: {effective}")
        filters = SearchFilters(doc_ids=list(doc_ids)) if doc_ids else None
        k = max(12, getattr(self.settings, "top_k", 8))
        retrieved = self.retriever.retrieve(effective, k=k, filters=filters)
        t1 = time.perf_counter()

        builder = CitationBuilder(self.index)
        hints = {}
        for rank, sc in enumerate(retrieved):
            if sc.chunk.kind == "table" and sc.chunk.table_id and sc.chunk.table_id not in hints:
                hints[sc.chunk.table_id] = 1.0 / (1 + rank)
        table: TableResult | None = self.table_qa.answer(effective, lang, builder, hints, doc_ids)
        abstained = False
        tables = []
        if table is not None and table.abstain:
            text, abstained = ABSTAIN[lang] + " " + table.text, True
            for u in self.extractor.closest(effective, lang, retrieved)[:2]:
                builder.add(u.doc_id, u.page, u.clean)
        elif table is not None:
            text, tables = table.text, table.tables
            notes.extend(table.notes)
            extra = self.extractor.explanation(effective, lang, retrieved, builder, exclude_pages=table.pages)
            if not extra and not SHOW_RE.search(effective):
                extra = self.extractor.supplement(effective, lang, retrieved, builder, exclude_pages=table.pages)
            if extra:
                text += "\n" + extra
        else:
            ex = self.extractor.answer(effective, lang, retrieved, builder)
            text, abstained = ex.text, ex.abstained
            notes.extend(ex.notes)
            if abstained:
                for u in ex.closest[:3]:
                    builder.add(u.doc_id, u.page, u.clean)
        citations = verify_citations(self.index, builder.citations)
        if not abstained and not citations:
            text, abstained = ABSTAIN[lang], True
            notes.append("no verifiable citation")
        t2 = time.perf_counter()
        return Answer(
            question=question, answer=text, language=lang, abstained=abstained, citations=citations, tables=tables,
            timings_ms={"retrieval": round((t1 - t0) * 1000, 1), "answer": round((t2 - t1) * 1000, 1),
                        "total": round((t2 - t0) * 1000, 1)},
            notes=notes,
        )


__all__ = ["Assistant", "UnknownDocumentError"]
