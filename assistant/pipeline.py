"""The answer pipeline's shared front: read the question once, retrieve within the documents it names, and score
the retrieved pages' units. Used by the service (assistant/service.py) and by eval/train_scorer.py, so the
scorer is fitted on exactly what answers.

``AnswerPipeline(index, retriever).read(text, history) -> Question``; ``.retrieve(question, k, doc_ids)``;
``.candidates(text, history) -> (Question, list[Scored])``.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.models import Turn
from assistant.question import Question, QuestionReader
from assistant.retrieval import Retriever, reciprocal_rank_fusion
from assistant.scoring.scorer import Scorer
from assistant.strategies.sentence import SentenceStrategy
from assistant.unit_store import UnitStore
from index.models import SearchFilters


@dataclass
class Retrieval:
    fused: list  # ScoredChunk, best first (what is cited from)
    dense: list
    keyword: list
    query_vector: object = None  # the question's embedding (numpy), for unit similarity

    def __iter__(self):
        return iter(self.fused)

    def __len__(self) -> int:
        return len(self.fused)

    def __getitem__(self, i):
        return self.fused[i]


class AnswerPipeline:
    def __init__(self, index, retriever: Retriever | None = None, scorer: Scorer | None = None,
                 store: UnitStore | None = None) -> None:
        self.index = index
        self.retriever = retriever or Retriever(index, "hybrid")
        self.store = store or UnitStore(index)
        self.reader = QuestionReader(index)
        self.scorer = scorer or Scorer.load()
        self.sentences = SentenceStrategy(self.store, self.scorer)

    def read(self, text: str, history: list[Turn] | None = None) -> Question:
        if self.store.refresh() or not self.reader._df:
            self.reader.set_frequencies(self.store.df, self.store.n_units)
        return self.reader.read(text, history)

    @staticmethod
    def search_text(q: Question) -> str:
        """What is searched: the (merged) question, plus the Swedish words of its English terms."""
        if q.lang != "en":
            return q.effective
        extra = [w for g in q.terms for alt in g.alternatives[:1] for w in alt if w not in q.effective.lower()]
        return f"{q.effective} {' '.join(extra)}".strip()

    def retrieve(self, q: Question, k: int = 12, doc_ids: list[str] | None = None) -> "Retrieval":
        """Dense and keyword search within the documents the question (or the caller) names, fused."""
        scope = list(doc_ids or [])
        if q.doc_ids:
            scope = [d for d in q.doc_ids if not scope or d in scope] or scope
        filters = SearchFilters(doc_ids=scope) if scope else None
        text = self.search_text(q)
        depth = max(40, 3 * k)
        dense = self.retriever.dense(text, depth, filters)
        keyword = self.retriever.keyword(text, depth, filters)
        tables = self.retriever.tables(text, filters=filters)
        fused = reciprocal_rank_fusion([dense, keyword, tables])[:k]
        embedder = getattr(self.index, "embedder", None)
        qvec = embedder.embed_query(text) if embedder is not None else None
        return Retrieval(fused=fused, dense=dense, keyword=keyword, query_vector=qvec)

    def candidates(self, text: str, history: list[str] | list[Turn] | None = None):
        turns = [t if isinstance(t, Turn) else Turn(role="user", content=t) for t in (history or [])]
        q = self.read(text, turns)
        return q, self.sentences.candidates(q, self.retrieve(q))


def open_pipeline(settings=None) -> AnswerPipeline:
    from index import open_index
    from rodatraden.settings import get_settings

    return AnswerPipeline(open_index(settings or get_settings()))
