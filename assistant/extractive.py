"""Answers without a language model: pick the units (sentences, list items) that answer the
question from the retrieved pages, keep it short, cite each one, or abstain.

Entry point: ``Extractor(index).answer(question, lang, retrieved, builder) -> ExtractiveResult``.
"""

from __future__ import annotations

from assistant.llm.prompts import cannot_answer

import math
import re
from dataclasses import dataclass, field

from assistant.answer_text import YEAR_RE, best_match, content_words, split_compound, stem, words
from assistant.answer_lists import lead_in_answer, list_answer
from assistant.answer_units import Unit, annotate_number_words, page_units
from assistant.citations import CitationBuilder
from assistant.glossary import EN_SV, SV_SV
from index.models import ScoredChunk

LIST_RE = re.compile(r"^\s*(vilka|which|what are|list|lista|nämn|räkna upp|sammanställ)\b|räknas upp|vilka .*(finns|ingår|omfattar|lämnar|tog|redovisar)"
                     r"|\bwhat (measures|recommendations|areas|risks|goals|decisions)\b", re.I)
COUNT_RE = re.compile(r"\b(hur många|how many)\s+(?:(?:har|hade|var|är|did|do|does|were|are)\s+)?([\wåäö-]+)", re.I)
QUANT_RE = re.compile(r"\b(hur (stor|stora|hög|höga|mycket|lång)|vilket värde|vilka värden|how (much|large|high|big)|"
                      r"what (value|figure|amount|target)|vilken (nivå|andel))\b", re.I)
MONEY_RE = re.compile(r"\b(kosta|kostade|kostnaden för|cost|costs|price|pris|arvode|fee|paid|betalade)\b", re.I)
MONEY_NUM = re.compile(r"\d[\d  ,.]*\s*(kr|kronor|tkr|mnkr|mdkr|sek|msek|miljoner|miljarder)\b", re.I)
DEV_RE = re.compile(r"\b(utvecklats|utvecklingen|utvecklat|förändrats|förändringen|utfallit|developed|development|"
                    r"changed|trend|evolved)\b", re.I)
CAUSE_RE = re.compile(r"\b(beror på|berodde på|förklaras|förklaring|på grund av|till följd av|orsak|orsakas|eftersom|"
                      r"med anledning av|härrör|hänförs|because|due to|caused)\b", re.I)
AMOUNT_RE = re.compile(r"\d[\d  ,.]*\s*(kr|kronor|tkr|mnkr|mdkr|miljoner|miljarder|procent|%|st|personer)(?!\w)", re.I)
WHEN_RE = re.compile(r"^\s*(när|when)\b|\b(vilket år|vilket datum|what year|by when)\b", re.I)
OFTEN_RE = re.compile(r"\b(hur ofta|how often)\b", re.I)
FREQ_RE = re.compile(r"\b(gånger? (per|om|i) (år|månad|vecka)|varje (år|månad|vecka|kvartal)|årligen|månadsvis|"
                     r"kvartalsvis|times a year|every (year|month|quarter)|annually|monthly)\b", re.I)
WHY_RE = re.compile(r"\b(varför|förklar|why|explain|reason)", re.I)
PROPER_RE = re.compile(r"(?<![.?!]\s)(?<!^)\b([A-ZÅÄÖ][a-zåäö]{3,})\b")
GENERIC_PROPER = {"region", "regionen", "regionens", "regionstyrelsen", "tabell", "bilaga", "the", "what", "which", "how",
                  "och", "for", "kalmar", "län", "läns"}


_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"]


@dataclass
class ExtractiveResult:
    text: str
    abstained: bool
    score: float
    closest: list[Unit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class Query:
    groups: list[tuple[float, list[str]]]  # (idf weight, alternative stems)
    years: set[int]
    proper: list[str]
    is_list: bool
    count_focus: str | None
    quantity: bool
    money: bool
    rare: list[list[str]] = field(default_factory=list)
    develop: bool = False


class Extractor:
    def __init__(self, index) -> None:
        self._index = index
        self._gen: int | None = None
        self._pages: dict[tuple[str, int], list[Unit]] = {}
        self._df: dict[str, int] = {}
        self._n_units = 1

    # -- per-generation cache of units and document frequencies ---------------------
    def _refresh(self) -> None:
        gen = getattr(self._index, "generation", 0)
        if gen == self._gen:
            return
        self._pages, self._df = {}, {}
        n = 0
        for info in self._index.documents():
            doc_id = info.meta.doc_id
            for p in self._index.pages(doc_id):
                units = page_units(doc_id, p.number, p.text)
                self._pages[(doc_id, p.number)] = units
                for u in units:
                    n += 1
                    for s in u.stems:
                        self._df[s] = self._df.get(s, 0) + 1
        self._n_units = max(1, n)
        self._gen = gen

    def units(self, doc_id: str, page: int) -> list[Unit]:
        self._refresh()
        return self._pages.get((doc_id, page), [])

    def idf(self, s: str) -> float:
        df = self._df.get(s)
        if df is None:  # compound or unseen: use the rarest prefix-related stem, else rare
            df = 1
        return math.log(1 + self._n_units / df)

    # -- question analysis ------------------------------------------------------------
    def analyse(self, question: str, lang: str) -> Query:
        self._refresh()
        groups: list[tuple[float, list[str]]] = []
        q = question.lower()
        used_words: set[str] = set()
        if lang == "en":
            for ph in sorted(EN_SV, key=len, reverse=True):
                if re.search(rf"(?<![\w-]){re.escape(ph)}(?![\w-])", q) and not set(ph.split()) <= used_words:
                    alts = [stem(w) for t in EN_SV[ph] for w in content_words(t)]
                    if alts:
                        groups.append((0.0, sorted(set(alts))))
                    used_words |= set(ph.split())
        for w in content_words(question):
            if w in used_words or (w.isdigit() and not YEAR_RE.fullmatch(w)):
                continue
            if YEAR_RE.fullmatch(w):
                continue
            s = stem(w)
            alts = [s] + [stem(x) for t in SV_SV.get(w, []) for x in content_words(t)]
            if lang == "en" and s not in self._df:
                continue  # an English word the documents never use
            parts = None if s in self._df else split_compound(w, lambda x: x in self._df)
            if parts:  # an unseen compound: match its parts, each weighted by its own rarity
                groups.extend([(0.0, [parts[0]]), (0.0, [parts[1]])])
                continue
            groups.append((0.0, alts))
        for m in re.finditer(r"(\d{1,2})\s+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
                             r"november|december)\s+((?:19|20)\d\d)", question, re.I):
            mon = _MONTHS.index(m.group(2).lower()) + 1
            iso = f"{m.group(3)}-{mon:02d}-{int(m.group(1)):02d}"
            for g in groups:
                if stem(m.group(2).lower()) in g[1]:
                    g[1].append(iso)
        weighted = []
        for _, alts in groups:
            w = max(self.idf(a) for a in alts)
            weighted.append((w, alts))
        proper = [p.lower() for p in PROPER_RE.findall(question) if p.lower() not in GENERIC_PROPER]
        proper = [p for p in proper if self._df.get(stem(p), 0) <= 3]
        rare = [alts for w, alts in weighted
                if 0 < max(self._df.get(a, 0) for a in alts) <= 3 and min(len(a) for a in alts) >= 10]
        m = COUNT_RE.search(question)
        return Query(
            groups=weighted, years={int(y) for y in YEAR_RE.findall(question)}, proper=proper,
            is_list=bool(LIST_RE.search(question)), count_focus=stem(m.group(2)) if m else None,
            quantity=bool(QUANT_RE.search(question)), money=bool(MONEY_RE.search(question)), rare=rare,
            develop=bool(DEV_RE.search(question)),
        )

    @staticmethod
    def coverage(q: Query, stems: set[str]) -> float:
        total = sum(w for w, _ in q.groups) or 1.0
        got = sum(w * max(best_match(a, stems) for a in alts) for w, alts in q.groups)
        return got / total

    # -- answer --------------------------------------------------------------------
    def answer(self, question: str, lang: str, retrieved: list[ScoredChunk], builder: CitationBuilder,
               allow_abstain: bool = True, query: Query | None = None, prose_only: bool = False,
               why: bool = False) -> ExtractiveResult:
        q = query or self.analyse(question, lang)
        page_rank: dict[tuple[str, int], int] = {}
        for rank, sc in enumerate(retrieved):
            for p in range(sc.chunk.page_start, sc.chunk.page_end + 1):
                page_rank.setdefault((sc.chunk.doc_id, p), rank)
        scored: list[tuple[float, float, Unit, set[str]]] = []
        when_q, often_q = bool(WHEN_RE.search(question)), bool(OFTEN_RE.search(question))
        for (doc_id, page), rank in page_rank.items():
            units = self.units(doc_id, page)
            for i, u in enumerate(units):
                ctx = set(u.stems)
                for j in (i - 1, i + 1):
                    if 0 <= j < len(units):
                        ctx |= units[j].stems
                cov = self.coverage(q, u.stems)
                cov_ctx = self.coverage(q, ctx)
                s = cov + 0.35 * cov_ctx + 0.25 / (1 + rank)
                if q.years and u.years & q.years:
                    s += 0.15
                if (q.quantity or q.count_focus) and u.has_number:
                    s += 0.15
                if u.kind == "heading" and not q.is_list:
                    s -= 0.15
                if why and CAUSE_RE.search(u.text):
                    s += 0.2
                if when_q and u.years:  # "när …?": a sentence that names the time
                    s += 0.15
                if often_q and FREQ_RE.search(u.text):  # "hur ofta …?": a sentence that names a frequency
                    s += 0.2
                if prose_only and (u.kind == "heading" or sum(ch.isdigit() for ch in u.text) > len(u.text) * 0.2
                                   or len(re.findall(r"(?<!\w)-?\d+", u.text)) > 8):  # flattened table text
                    continue
                scored.append((s, cov_ctx, u, ctx, i))
        if not scored:
            return ExtractiveResult(cannot_answer(lang), True, 0.0)
        scored.sort(key=lambda x: -x[0])
        scored = [x[:4] for x in scored]
        best_s, best_cov, best_u, best_ctx = scored[0]
        closest = [u for _, _, u, _ in scored[:3]]
        if q.is_list:
            lst = list_answer(self, q, lang, scored, builder, allow_abstain)
            if lst:
                return ExtractiveResult(lst.text, False, lst.score, [lst.lead])
        if not q.is_list and not prose_only:
            lst = lead_in_answer(self, q, lang, scored, builder)
            if lst:
                return ExtractiveResult(lst.text, False, lst.score, [lst.lead])
        reason = self._unsupported(q, scored[:5]) if allow_abstain else None
        if reason:
            return ExtractiveResult(cannot_answer(lang), True, best_s, closest, [reason])
        chosen = [best_u]
        if q.quantity or q.develop:  # the figures that go with the best sentence, later in its paragraph
            chosen += self._number_followers(q, best_u)
        ratio = 0.7 if len(chosen) == 1 else 0.9
        for s, _, u, _ in scored[1:8]:
            if len(chosen) >= 3 or s < best_s * ratio:
                break
            if u.kind == "heading" or any(u.text == c.text for c in chosen):
                continue
            chosen.append(u)
        if why and any(CAUSE_RE.search(u.text) for u in chosen):  # an explanation: only the sentences giving causes
            chosen = [u for u in chosen if CAUSE_RE.search(u.text)][:2]
        chosen.sort(key=lambda u: (u.doc_id, u.page, u.order))
        parts = []
        for u in chosen:
            n = builder.add(u.doc_id, u.page, u.clean)
            txt = annotate_number_words(u.clean) if (q.quantity or q.count_focus) else u.clean
            parts.append(f"{txt}" + (f" [{n}]" if n else ""))
        lead = "" if lang == "sv" else f"According to {builder.title(chosen[0].doc_id)} (quoted in Swedish): "
        return ExtractiveResult(lead + " ".join(parts), False, best_s, closest)

    def _number_followers(self, q: Query, u: Unit, limit: int = 2) -> list[Unit]:
        """Sentences after ``u`` in the same paragraph that carry a figure and either name a question term or
        directly continue the previous pick ("Under perioden 2019–2022 rör det sig om ca 300 mnkr per år.")."""
        out: list[Unit] = []
        last = u.order
        for v in self.units(u.doc_id, u.page):
            if v.order <= u.order:
                continue
            if v.block != u.block or v.kind != "sentence" or v.order > u.order + 4 or len(out) >= limit:
                break
            if v.has_number and ((v.order == last + 1 and AMOUNT_RE.search(v.text)) or self.coverage(q, v.stems) > 0):
                out.append(v)
                last = v.order
        return out

    def closest(self, question: str, lang: str, retrieved: list[ScoredChunk]) -> list[Unit]:
        """The best-matching units, for showing next to an abstention."""
        return self.answer(question, lang, retrieved, _NullBuilder(), allow_abstain=True).closest

    def explanation(self, question: str, lang: str, retrieved: list[ScoredChunk], builder: CitationBuilder,
                    exclude_pages: set[tuple[str, int]] | None = None) -> str | None:
        """For "why / what explains" questions answered from a table: the best explaining sentences."""
        if not WHY_RE.search(question):
            return None
        q = self.analyse(re.sub(r"\d[\d ,.]*", " ", question), lang)
        q.is_list = False
        if exclude_pages:  # explain a table from its own document: the table's pages and the next, then retrieved
            docs = {d for d, _ in exclude_pages}
            near = {(d, p + i) for d, p in exclude_pages for i in (0, 1)}
            retrieved = [_page_hit(d, p) for d, p in sorted(near)] + [sc for sc in retrieved if sc.chunk.doc_id in docs]
        res = self.answer(question, lang, retrieved, builder, allow_abstain=False, query=q, prose_only=True, why=True)
        return None if res.abstained else res.text

    def supplement(self, question: str, lang: str, retrieved: list[ScoredChunk], builder: CitationBuilder,
                   exclude_pages: set[tuple[str, int]] | None = None) -> str | None:
        """One well-supported prose sentence with a figure, to go with a table answer."""
        q = self.analyse(question, lang)
        q.is_list = False
        res = self.answer(question, lang, retrieved, _NullBuilder(), allow_abstain=True, query=q, prose_only=True)
        if res.abstained or not res.closest:
            return None
        u = res.closest[0]
        ctx = {st for v in self.units(u.doc_id, u.page) if abs(v.order - u.order) <= 1 for st in v.stems}
        if not u.has_number or self.coverage(q, ctx) < 0.55 or (exclude_pages and (u.doc_id, u.page) in exclude_pages):
            return None
        n = builder.add(u.doc_id, u.page, u.clean)
        return f"{u.clean} [{n}]" if n else None

    # -- abstention ----------------------------------------------------------------
    def _unsupported(self, q: Query, top) -> str | None:
        best_s, best_cov, best_u, best_ctx = top[0]
        if best_cov < 0.35:
            return f"low support ({best_cov:.2f})"
        if q.years:
            if not any(u.years & q.years or _ctx_years(self, u) & q.years for _, c, u, _ in top[:3] if c >= 0.45):
                return "the asked year is not in the evidence"
        texts = [self._ctx_text(u).lower() for _, c, u, _ in top[:3] if c >= 0.45]
        for p in q.proper:
            if not any(p[: max(4, len(p) - 2)] in t for t in texts):
                return f"'{p}' is not in the evidence"
        for alts in q.rare:
            if not any(max(best_match(a, ctx) for a in alts) >= 0.8 for _, c, u, ctx in top[:3]):
                return f"'{alts[0]}' is not in the evidence"
        if q.money and not any(MONEY_NUM.search(u.text) for _, c, u, _ in top[:3]):
            return "no amount in the evidence"
        if q.count_focus:
            ok = any(u.has_number and best_match(q.count_focus, u.stems) >= 0.8 for _, _, u, _ in top[:5])
            if not ok:
                return "no count of the asked thing in the evidence"
        elif q.quantity:
            ok = any(u.has_number and self.coverage(q, u.stems) >= 0.4 for _, c, u, _ in top[:3])
            if not ok:
                return "no figure in the evidence"
        return None

    def _ctx_text(self, u: Unit) -> str:
        return " ".join(v.text for v in self.units(u.doc_id, u.page) if abs(v.order - u.order) <= 1)

def _ctx_years(ex: Extractor, u: Unit) -> set[int]:
    units = ex.units(u.doc_id, u.page)
    ys: set[int] = set()
    for v in units:
        if abs(v.order - u.order) <= 1:
            ys |= v.years
    return ys


def _page_hit(doc_id: str, page: int) -> ScoredChunk:
    """A stand-in retrieval hit for one page (only doc_id and page span are read by ``answer``)."""
    from ingest.models import Chunk

    return ScoredChunk(chunk=Chunk(id=f"{doc_id}:page:{page}", doc_id=doc_id, title="", page_start=page, page_end=page,
                                   text=""), score=0.0, source="page")


class _NullBuilder:
    def add(self, *a, **k):
        return None

    def title(self, doc_id: str) -> str:
        return doc_id


