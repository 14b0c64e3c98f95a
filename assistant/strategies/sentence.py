"""Sentence and list answers: score every unit of the retrieved pages with the fitted scorer, answer with the best
one (and the list items it leads into, or a second unit that adds what the first lacks), cited.

``SentenceStrategy(store, scorer, pages).candidates(question, retrieved) -> list[Scored]`` and
``.propose(question, retrieved, builder) -> Proposal | None``; ``.page_features(question, retrieved)`` gives the
page ranker (``pages``, assistant/scoring/pages.py) what it reads of each retrieved page, and the pipeline
(AnswerPipeline._rerank) hands the units' pages over in its order. Work is bounded: at most ``MAX_PAGES`` pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ingest.text import stem, words
from ingest.units import debris, is_row_text
from assistant import budget
from assistant.citations import CitationBuilder
from assistant.question.lexicon import load_lexicon
from assistant.question.models import Question
from assistant.scoring.features import StemMatcher, UnitContext, term_coverage, unit_features
from assistant.scoring.pages import PageRanker, page_features
from assistant.scoring.scorer import Scorer
from assistant.strategies.base import Proposal
from assistant.unit_store import UnitStore

MAX_PAGES = 18
MAX_ITEMS = 12
SECOND_DOC_RATIO = 0.9  # another document's unit this close to the best is shown too
# the answer says which document it comes from; an English answer says the quotes are Swedish
LEADS = {"sv": "Enligt {title}: ", "en": "According to {title} (quoted in Swedish): "}


def is_row(u) -> bool:
    """A table line with values: a typed table's row, or a line of a table printed as text."""
    return u.table_line == "row" or (u.table_line != "head" and is_row_text(u.text))


def is_column_header(u) -> bool:
    """A table's header line: a typed table's header, or a line naming two or more years."""
    return u.table_line == "head" or (len(u.years) >= 2 and not u.has_number and len(u.text) < 160)


@dataclass
class _Pages:
    """What is known of the retrieved pages before their units are scored."""
    rank: dict  # (doc_id, page) -> retrieval's page order
    score: dict  # (doc_id, page) -> fused score, scaled
    dense: dict
    keyword: dict
    cos: dict  # (doc_id, page, unit index) -> cosine of the question and the unit
    state: object  # the UnitState read
    match: object  # its StemMatcher


@dataclass
class Scored:
    unit: object
    features: dict[str, float]
    p: float


def _page_scores(chunks, scale: bool = True) -> dict[tuple[str, int], float]:
    """Per page, the best score of its chunks, scaled to [0, 1] over the list (min to max)."""
    raw: dict[tuple[str, int], float] = {}
    for sc in chunks:
        for p in range(sc.chunk.page_start, sc.chunk.page_end + 1):
            key = (sc.chunk.doc_id, p)
            raw[key] = max(raw.get(key, float("-inf")), sc.score)
    if not raw:
        return {}
    lo, hi = min(raw.values()), max(raw.values())
    return {k: ((v - lo) / (hi - lo) if hi > lo else 1.0) if scale else v for k, v in raw.items()}


def _page_order(retrieved) -> dict[tuple[str, int], int]:
    rank: dict[tuple[str, int], int] = {}
    for sc in retrieved:
        for p in range(sc.chunk.page_start, sc.chunk.page_end + 1):
            key = (sc.chunk.doc_id, p)
            if key not in rank and len(rank) < MAX_PAGES:
                rank[key] = len(rank)
    return rank


class SentenceStrategy:
    def __init__(self, store: UnitStore, scorer: Scorer, pages: PageRanker | None = None,
                 titles: Callable[[], dict[str, set[str]]] = dict) -> None:
        self.store = store
        self.titles = titles  # doc_id -> the folded stems naming the document (DocumentLibrary.titles)
        self.scorer = scorer
        self.pages = pages  # re-ranks the retrieved pages (None: retrieval's order)
        lex = load_lexicon()
        self._measure_cues = {lang: {m: {stem(w) for c in cues for w in words(c)} for m, cues in
                                     lex.lang(lang).measures.items()} for lang in ("sv", "en")}
        self._money = frozenset(w for ws in lex.sv.units.values() for w in ws)
        self._cues = {i: frozenset(stem(w) for c in cues for w in words(c)) for i, cues in lex.sv.answer_cues.items()}
        self._op_cues = {o: frozenset(stem(w) for c in cues for w in words(c)) for o, cues in lex.sv.operations.items()}

    @property
    def measure_cues(self) -> dict[str, set[str]]:
        """Per measure (budget, outcome …), the stems of its Swedish cue words (headers are Swedish)."""
        return self._measure_cues["sv"]

    def _pages(self, q: Question, retrieved) -> "_Pages":
        rank = _page_order(retrieved.fused)
        state = self.store.state()  # one generation for the units and the vocabulary their stems are matched in
        cos = self._cosines(retrieved.query_vector, rank, state, getattr(retrieved, "cosines", None))
        return _Pages(rank, _page_scores(retrieved.fused), _page_scores(retrieved.dense),
                      _page_scores(retrieved.keyword), cos, state, StemMatcher(state.matches))

    def page_features(self, q: Question, retrieved) -> dict[tuple[str, int], dict[str, float]]:
        """Per retrieved page (in retrieval's order), its features for the page ranker (assistant/scoring/pages.py,
        AnswerPipeline._rerank). The unit similarities it computes are kept on the Retrieval (``cosines``) for the
        scoring of the units that follows."""
        pg = self._pages(q, retrieved)
        per_page: dict[tuple[str, int], list[float]] = {}
        for (doc_id, page, _), c in pg.cos.items():
            per_page.setdefault((doc_id, page), []).append(c)
        best = [max(v) for v in per_page.values()] or [0.0]
        out = {}
        names = self.titles()
        for key, r in pg.rank.items():
            units = pg.state.units(*key)
            stems = set().union(*(u.stems for u in units)) if units else set()
            out[key] = page_features(q, units, per_page.get(key, []), rank=r, fused=pg.score.get(key, 0.0),
                                     dense=pg.dense.get(key, 0.0), keyword=pg.keyword.get(key, 0.0),
                                     best_lo=min(best), best_hi=max(best),
                                     coverage=term_coverage(q, stems, pg.match, frozenset(names.get(key[0], ()))),
                                     doc_named=bool(q.doc_ids) and key[0] in q.doc_ids)
        return out

    def candidates(self, q: Question, retrieved) -> list[Scored]:
        """``retrieved``: a Retrieval (fused list plus the dense and keyword lists it was fused from)."""
        pg = self._pages(q, retrieved)
        rank, score, dense, keyword, cos = pg.rank, pg.score, pg.dense, pg.keyword, pg.cos
        state, match = pg.state, pg.match
        measure_stems = {s for m in q.measures for s in self._measure_cues["sv"].get(m, set())}
        cues = self._cues.get(q.intent, frozenset())
        op_cues = self._op_cues.get(q.operation or "", frozenset())
        lo, hi = (min(cos.values()), max(cos.values())) if cos else (0.0, 1.0)
        names = self.titles()
        out: list[Scored] = []
        budget.count("pages", len(rank))
        for (doc_id, page), r in rank.items():
            budget.check()
            units = state.units(doc_id, page)
            budget.count("candidates", len(units))
            budget.count("scored", len(units))
            heading: set[str] = set()
            prev: set[str] = set()
            head: tuple[set[str], set[int]] = (set(), set())  # the column header in force (stems, years)
            for i, u in enumerate(units):
                nxt = units[i + 1] if i + 1 < len(units) else None
                row = is_row(u)
                ctx = UnitContext(page_rank=r, chunk_score=score.get((doc_id, page), 0.0),
                                  context_stems=heading | (head[0] if row else prev),
                                  context_years=head[1] if row else set(), row=row,
                                  intent_cue=bool(cues & u.stems), op_cue=bool(op_cues & u.stems),
                                  followed_by_items=bool(nxt is not None and nxt.kind in ("item", "sub")
                                                         and u.kind not in ("item", "sub")),
                                  measure_stems=measure_stems, dense_page=dense.get((doc_id, page), 0.0),
                                  keyword_page=keyword.get((doc_id, page), 0.0), money_words=self._money,
                                  dense_unit=(cos.get((doc_id, page, i), 0.8) - 0.8) * 10,
                                  dense_unit_scaled=(cos.get((doc_id, page, i), lo) - lo) / (hi - lo) if hi > lo else 0.0,
                                  match=match, doc_names=frozenset(names.get(doc_id, ())))
                f = unit_features(q, u, ctx)
                out.append(Scored(u, f, self.scorer.probability(f)))
                if is_column_header(u):
                    head = (set(u.stems), set(u.years))
                elif u.kind == "heading" and not row:
                    heading, head = set(u.stems), (set(), set())
                prev = set(u.stems)
        out.sort(key=lambda s: -s.p)
        return out

    @staticmethod
    def _cosines(qvec, rank, state, memo: dict | None = None) -> dict[tuple[str, int, int], float]:
        """(doc_id, page, unit index) -> the unit's similarity to the question, for the pages of ``rank``; ``memo``
        ((doc_id, page) -> the page's similarities, kept on the Retrieval) spares a page computed before."""
        out: dict[tuple[str, int, int], float] = {}
        if qvec is None:
            return out
        memo = {} if memo is None else memo
        for doc_id, page in rank:
            if (doc_id, page) not in memo:
                vecs = state.vectors(doc_id, page)
                memo[(doc_id, page)] = None if vecs is None else [float(c) for c in vecs @ qvec]
            for i, c in enumerate(memo[(doc_id, page)] or []):
                out[(doc_id, page, i)] = c
        return out

    def propose(self, q: Question, retrieved, builder: CitationBuilder) -> Proposal | None:
        return self.propose_from(q, self.candidates(q, retrieved), builder)

    def propose_from(self, q: Question, scored: list[Scored], builder: CitationBuilder) -> Proposal | None:
        if not scored:
            return None
        # a heading, a running header or a question in the text is never the answer
        best = next((s for s in scored if (s.unit.kind != "heading" or s.unit.table_line == "row")
                     and s.unit.table_line != "head"
                     and not s.unit.text.rstrip().endswith("?") and not debris(s.unit)
                     and len(s.unit.clean.split()) >= 2), None)
        if best is None:
            return None
        chosen = [best.unit]
        if best.features["followed_by_items"] or (q.intent == "list" and best.unit.kind in ("item", "sub")):
            chosen += self._items_after(best.unit) if best.features["followed_by_items"] else \
                self._siblings(best.unit)
        else:
            second = self._second(q, best, scored)
            if second is not None:
                chosen.append(second.unit)
        parts = []
        for k, u in enumerate(chosen):
            n = builder.add(u.doc_id, u.page, u.text)
            text = self._row_text(q, u) or u.clean
            if k and u.doc_id != chosen[0].doc_id:  # another document says it too: name it
                text = LEADS[q.lang].format(title=builder.title(u.doc_id)) + text
            parts.append(f"{text} [{n}]" if n else text)
        sep = "\n" if len(chosen) > 2 or len({u.doc_id for u in chosen}) > 1 else " "
        lead = LEADS[q.lang].format(title=builder.title(best.unit.doc_id))
        return Proposal("sentence", lead + sep.join(parts), best.p, closest=[s.unit for s in scored[:3]])

    def _row_text(self, q: Question, unit) -> str | None:
        """A table row read as a person writes it: "Label: value (column), value (column)", the asked year's
        columns first, with the table's title."""
        hit = self.store.state().row_of(unit)
        if not hit or hit[1] is None:
            return None
        table, row = hit
        heads = list(table.columns[1:]) if len(table.columns) == len(row.cells) + 1 else list(table.columns)
        cells = [(heads[i] if i < len(heads) else "", c.raw) for i, c in enumerate(row.cells) if c.raw.strip()]
        if not cells:
            return None
        wanted = [str(y) for y in q.years]
        cells.sort(key=lambda hc: 0 if any(y in hc[0] for y in wanted) else 1)
        unit_txt = f" {table.unit}" if table.unit else ""
        vals = ", ".join(f"{raw}{unit_txt} ({head})" if head.strip() else f"{raw}{unit_txt}" for head, raw in cells)
        return f"{row.label}: {vals} – {table.title}"

    def _items_after(self, lead) -> list:
        """The list items after a lead-in, continuing at the top of the next page when the list runs to the end."""
        state = self.store.state()
        units = state.units(lead.doc_id, lead.page)
        out = []
        for u in units[lead.order + 1:]:
            if u.kind not in ("item", "sub") or len(out) >= MAX_ITEMS:
                return out
            out.append(u)
        for u in state.units(lead.doc_id, lead.page + 1):
            if u.kind not in ("item", "sub") or len(out) >= MAX_ITEMS:
                break
            out.append(u)
        return out

    def _siblings(self, item) -> list:
        units = self.store.state().units(item.doc_id, item.page)
        i = item.order
        lo = i
        while lo > 0 and units[lo - 1].kind in ("item", "sub"):
            lo -= 1
        hi = i
        while hi + 1 < len(units) and units[hi + 1].kind in ("item", "sub") and hi - lo < MAX_ITEMS:
            hi += 1
        return [u for u in units[lo:hi + 1] if u is not item]

    def _second(self, q: Question, best: Scored, scored: list[Scored]) -> Scored | None:
        """A second unit that scores close to the best: from the same document when it covers asked terms the
        first lacks; from another document when the question names none (both documents are then shown)."""
        missing = {a for g in q.terms for a in g.alternatives if not set(a) <= best.unit.stems}
        for s in scored[1:6]:
            if s.unit.kind == "heading" or s.unit.table_line == "head" or s.unit.text == best.unit.text:
                continue
            if s.unit.doc_id == best.unit.doc_id:
                if s.p >= 0.6 * best.p and any(set(a) <= s.unit.stems for a in missing):
                    return s
            elif not q.doc_ids and s.p >= SECOND_DOC_RATIO * best.p:
                return s
        return None
