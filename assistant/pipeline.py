"""The answer pipeline's shared front: read the question once, retrieve within the documents it names, and score
the retrieved pages' units. Used by the service (assistant/service.py) and by eval/train_scorer.py, so the
scorer is fitted on exactly what answers.

``AnswerPipeline(index, retriever).read(text, history) -> Question``; ``.retrieve(question, k, doc_ids)``;
``.candidates(text, history) -> (Question, list[Scored])``.
"""

from __future__ import annotations

import re

import logging
import math
from dataclasses import dataclass, field

from assistant.models import Turn
from assistant.question import Question, QuestionReader
from assistant.question.documents import fold
from assistant import budget
from assistant.retrieval import KEYWORD_ONLY, Retriever, reciprocal_rank_fusion
from assistant.scoring.pages import PageRanker
from assistant.scoring.scorer import Scorer
from assistant.strategies.sentence import SentenceStrategy
from assistant.tables.cells import CellStrategy
from assistant.unit_store import UnitStore
from index.models import ScoredChunk, SearchFilters
from ingest.text import stem, words
from rodatraden.errors import IndexUnavailableError

log = logging.getLogger(__name__)


@dataclass
class Retrieval:
    fused: list  # ScoredChunk, best first (what is cited from), in the page ranker's order
    dense: list
    keyword: list
    query_vector: object = None  # the question's embedding (numpy), for unit similarity
    searched: list | None = None  # the fused list in the search's own order, before the page ranker's (_rerank)
    # (doc_id, page) -> the similarities of the page's units to the question, computed once per page for the page
    # ranker (_rerank) and the sentence strategy that scores the units after it (SentenceStrategy._cosines)
    cosines: dict = field(default_factory=dict)

    @property
    def search_order(self) -> list:
        """What the search found in its own order: which documents it found, and the passages an LLM reads."""
        return self.fused if self.searched is None else self.searched

    def __iter__(self):
        return iter(self.fused)

    def __len__(self) -> int:
        return len(self.fused)

    def __getitem__(self, i):
        return self.fused[i]


class AnswerPipeline:
    def __init__(self, index, retriever: Retriever | None = None, scorer: Scorer | None = None,
                 store: UnitStore | None = None, pages: PageRanker | None = None) -> None:
        self.index = index
        self.retriever = retriever or Retriever(index, "hybrid")
        self.store = store or UnitStore(index)
        self.reader = QuestionReader(index)
        self.scorer = scorer or Scorer.load()
        self.sentences = SentenceStrategy(self.store, self.scorer, pages or PageRanker.load(),
                                          titles=self.reader.library.titles)
        self.cells = CellStrategy(index, self.sentences.measure_cues, known=self.reader.known)
        self._gen: int | None = None
        self._doc_years: dict[str, set[int]] = {}  # per document, the years its text mentions (per generation)

    def read(self, text: str, history: list[Turn] | None = None) -> Question:
        state = self.store.state()
        if state.gen != self._gen:
            self.reader.set_frequencies(state.df, state.n_units, state.matches)
            doc_stems: dict[str, set[str]] = {}
            for (doc_id, _), units in state.pages.items():
                bag = doc_stems.setdefault(doc_id, set())
                for u in units:
                    bag |= u.stems
            self.reader.library.set_content(doc_stems)
            years: dict[str, set[int]] = {}
            for (doc_id, _), units in state.pages.items():
                years.setdefault(doc_id, set()).update(*(u.years for u in units))
            self._doc_years = years
            self._gen = state.gen
        q = self.reader.read(text, history)
        if q.doc_ids:
            q = self._weigh_within(q, state)
        return q

    def doc_years(self, doc_id: str) -> set[int]:
        """Every year a document's text mentions (read with the question's generation of the index)."""
        return self._doc_years.get(doc_id, set())

    @staticmethod
    def _weigh_within(q: Question, state) -> Question:
        """A question that names documents is answered inside them: a word each of them uses everywhere (the
        organisation's own name in its annual report) tells its passages apart no better than a stop word. A term's weight is the
        lower of its rarity over the library and within the named documents (idf over their units); the rarity
        within alone was measured worse on dev (right as a whole 50.4 -> 48.7 %)."""
        terms = []
        for g in q.terms:
            inner = max(math.log(1 + state.doc_units(d) / max(1, min((state.doc_df.get(d, {}).get(s, 0) for s in alt),
                                                                       default=0)))
                        for d in q.doc_ids for alt in g.alternatives) if g.alternatives else g.weight
            terms.append(g.model_copy(update={"weight": min(g.weight, inner)}))
        return q.model_copy(update={"terms": terms})

    @staticmethod
    def search_text(q: Question) -> str:
        """What is searched: the (merged) question, plus the Swedish words of its English terms."""
        if q.lang != "en":
            return q.effective
        extra = [w for g in q.terms for alt in g.alternatives[:1] for w in alt if w not in q.effective.lower()]
        return f"{q.effective} {' '.join(extra)}".strip()

    def swedish_text(self, q: Question) -> str | None:
        """An English question in the documents' language, as far as the glossary reads it: each English term
        that has Swedish words stands as its first one ("What was the interest rate …" -> "What was the räntesats
        …"); None for a Swedish question or when no term was translated."""
        if q.lang != "en":
            return None
        terms = self.reader.lexicon.en.terms
        text, changed = q.effective, False
        for g in sorted(q.terms, key=lambda g: -len(g.word)):
            sv = terms.get(g.word.lower())
            if sv and g.word.lower() in text.lower():
                text = re.sub(re.escape(g.word), sv[0], text, count=1, flags=re.I)
                changed = True
        return text if changed else None

    @staticmethod
    def within_text(q: Question, text: str) -> str:
        """What is searched inside the documents the question names: the question less the words that named them
        ("Brf Ekbacken i Ekby" in its own annual report tells its passages apart no better than a stop
        word, and would rank the pages that repeat the name first); the whole text when no term of the question
        but the name would be left."""
        naming = set(q.naming)
        if not naming or not any(fold(stem(w)) not in naming for g in q.terms for w in words(g.word)):
            return text
        kept = [tok for tok in text.split() if not (ws := words(tok)) or not all(fold(stem(w)) in naming for w in ws)]
        return " ".join(kept)

    def retrieve(self, q: Question, k: int = 16, doc_ids: list[str] | None = None) -> "Retrieval":
        """Dense and keyword search, fused. When the question names documents, their chunks come first and a few of
        the whole library's best follow (a wrongly named document must not hide the answer); the scorer's
        ``doc_named`` feature weighs them. A caller's ``doc_ids`` is a hard scope."""
        scope = list(doc_ids or [])
        named = [d for d in q.doc_ids if not scope or d in scope]
        text = self.search_text(q)
        depth = max(40, 3 * k)

        def search(ids: list[str], words_text: str = text):
            filters = SearchFilters(doc_ids=ids) if ids else None
            try:
                dense = self.retriever.dense(text, depth, filters)
            except IndexUnavailableError as exc:  # Chroma down: the keyword index and the tables still answer
                log.warning("dense search unavailable, keyword search only: %s", exc)
                budget.note(KEYWORD_ONLY)
                dense = []
            return dense, self.retriever.keyword(words_text, depth, filters), self.retriever.tables(text, filters=filters)

        dense, keyword, tables = search(named or scope, self.within_text(q, text) if named else text)
        ranked = [dense, keyword, tables, self._row_hits(q, named)]
        swedish = self.swedish_text(q)
        if swedish:  # an English question also searched densely in the documents' language
            try:
                ranked.append(self.retriever.dense(swedish, depth, SearchFilters(doc_ids=named or scope)
                                                   if (named or scope) else None))
            except IndexUnavailableError:
                pass
        fused = reciprocal_rank_fusion(ranked)[:k]
        if named and not q.named_only:
            d2, k2, t2 = search(scope)
            seen = {sc.chunk.id for sc in fused}
            extra = [sc for sc in reciprocal_rank_fusion([d2, k2, t2]) if sc.chunk.id not in seen][:max(3, k // 4)]
            fused, dense, keyword = fused + extra, dense + d2, keyword + k2
        embedder = getattr(self.index, "embedder", None)
        # the units are compared with the question in the documents' language, and inside the documents it names
        # without the words that name them (every passage of a named report is "about" it)
        unit_text = self.within_text(q, swedish or text) if named else (swedish or text)
        qvec = embedder.embed_query(unit_text) if embedder is not None else None
        return self._rerank(q, Retrieval(fused=fused, dense=dense, keyword=keyword, query_vector=qvec))

    def _rerank(self, q: Question, found: Retrieval) -> Retrieval:
        """The retrieved chunks in the page ranker's order (assistant/scoring/pages.py): a chunk moves with the best
        of its pages; chunks beyond the pages the ranker reads keep their place after them."""
        ranker = self.sentences.pages
        if ranker is None or not found.fused:
            return found
        probs = {key: ranker.probability(f) for key, f in self.sentences.page_features(q, found).items()}
        if not probs:
            return found

        def best(sc) -> float:
            return max((probs.get((sc.chunk.doc_id, p), -1.0) for p in range(sc.chunk.page_start, sc.chunk.page_end + 1)))

        order = sorted(range(len(found.fused)), key=lambda i: (-best(found.fused[i]), i))
        return Retrieval(fused=[found.fused[i] for i in order], dense=found.dense, keyword=found.keyword,
                         query_vector=found.query_vector, searched=found.fused, cosines=found.cosines)

    def _row_hits(self, q: Question, named: list[str]) -> list:
        """Within the named documents, the tables whose row labels carry the question's subject, as retrieval hits
        (their table chunks): a statement's line is found by its label, not only by the words around it."""
        hits = [(self.retriever.table_chunk(t.id), score) for t, score in self.cells.named_rows(q, named)]
        return [ScoredChunk(chunk=c, score=score, source="table") for c, score in hits if c is not None]

    def candidates(self, text: str, history: list[str] | list[Turn] | None = None):
        turns = [t if isinstance(t, Turn) else Turn(role="user", content=t) for t in (history or [])]
        q = self.read(text, turns)
        return q, self.sentences.candidates(q, self.retrieve(q))


def open_pipeline(settings=None) -> AnswerPipeline:
    from index import open_index
    from rodatraden.settings import get_settings

    return AnswerPipeline(open_index(settings or get_settings()))
