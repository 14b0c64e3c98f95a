"""Answers without a language model: pick the units (sentences, list items) that answer the
question from the retrieved pages, keep it short, cite each one, or abstain.

Entry point: ``Extractor(index).answer(question, lang, retrieved, builder) -> ExtractiveResult``.
"""

from __future__ import annotations

from assistant.llm.prompts import cannot_answer

import itertools
import math
import re
import threading
from dataclasses import dataclass, field

from ingest.text import MONTHS, YEAR_RE, best_match, content_words, split_compound, stem
from assistant.answers.docs import DocumentNames
from assistant.answers.lists import echo_answer, heading_answer, lead_in_answer, list_answer, named_heading
from assistant.answers.signals import Signals, adds_coverage, counted_near, is_question, narrowed, type_stems
from ingest.numbers import AMOUNT_RE
from ingest.units import Unit, annotate_number_words, debris, is_table_block, value_numbers
from assistant import budget
from assistant.citations import CitationBuilder
from assistant.glossary import EN_SV, PHRASE_PATTERNS, SV_PHRASE_PATTERNS, SV_SV, sv_synonyms
from assistant.question.cognates import cognates_of
from assistant.question.lexicon import load_lexicon
from assistant.question.names import document_year
from assistant.question.models import asked_period, year_spans
from assistant.unit_store import UnitState, UnitStore
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
ORG_HEADS = ("nämnd", "förvaltning", "styrels")
WHY_RE = re.compile(r"\b(varför|förklar|why|explain|reason)", re.I)
PROPER_RE = re.compile(r"(?<![.?!]\s)(?<!^)\b([A-ZÅÄÖ][a-zåäö]{3,})\b")
# Names frequent in the index (a region's own name) are dropped by document frequency in _query, not listed here.
GENERIC_PROPER = {"region", "regionen", "regionens", "regionstyrelsen", "tabell", "bilaga", "the", "what", "which", "how",
                  "och", "for", "län", "läns"}


_MONTHS = [m.sv for m in MONTHS]  # ingest/lexicon/months.toml


@dataclass
class ExtractiveResult:
    text: str
    abstained: bool
    score: float
    closest: list[Unit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)  # the cited units of a sentence answer


@dataclass
class _Cand:
    u: Unit
    ctx: set[str]  # stems of the unit and its neighbours
    rank: int  # retrieval rank of its page
    prev: Unit | None  # the unit before it on the page
    years: set[int] = field(default_factory=set)  # years named in its context


@dataclass
class Query:
    groups: list[tuple[float, list[str]]]  # (idf weight, alternative stems)
    years: set[int]
    proper: list[list[str]]  # each proper name of the question with its spellings (an English exonym's Swedish forms)
    is_list: bool
    count_focus: list[str]  # the counted thing's stems: its own and its glossary forms ("employees" -> "anställda")
    quantity: bool
    money: bool
    rare: list[list[str]] = field(default_factory=list)
    develop: bool = False
    spans: set[tuple[int, int]] = field(default_factory=set)  # periods the question names ("budgeten 2027–2029")


# A question of more parts than this ("…, och hur …, och när …" repeated) is answered as one question: the parts'
# best sentences are combined exhaustively, and 3 choices for each of 4 parts is 81 combinations at most.
MAX_PARTS = 4
MAX_COMBINATIONS = 3 ** MAX_PARTS


class Extractor:
    def __init__(self, index) -> None:
        self._index = index
        self._store = UnitStore(index)
        self._names = DocumentNames(index)
        self._local = threading.local()  # the UnitState this thread's answer reads

    # -- the index's units and document frequencies (see assistant/unit_store.py) ----------
    def _refresh(self) -> None:
        self._local.state = self._store.state()

    def _state(self) -> UnitState:
        state = getattr(self._local, "state", None)
        if state is None:
            self._refresh()
            state = self._local.state
        return state

    @property
    def _df(self) -> dict[str, int]:
        return self._state().df

    @property
    def _n_units(self) -> int:
        return self._state().n_units

    def units(self, doc_id: str, page: int) -> list[Unit]:
        self._refresh()
        return self._local.state.units(doc_id, page)

    def _cognate(self, word: str) -> str | None:
        return cognates_of(self._df)(word)  # the typed reader's, over the same generation's frequencies

    def idf(self, s: str) -> float:
        df = self._df.get(s)
        if df is None:  # compound or unseen: use the rarest prefix-related stem, else rare
            df = 1
        return math.log(1 + self._n_units / df)

    # -- question analysis ------------------------------------------------------------
    def analyse(self, question: str, lang: str, counted: list[str] | None = None) -> Query:
        """``counted``: the stems of what a count question counts as the typed reader read them (they replace the
        word right after the cue, which may be a partitive, "av" / "of", or an article)."""
        self._refresh()
        groups: list[tuple[float, list[str]]] = []
        q = question.lower()
        used_words: set[str] = set()
        if lang == "en":
            for ph, rx in PHRASE_PATTERNS:  # longest first
                if rx.search(q) and not set(ph.split()) <= used_words:
                    terms = EN_SV[ph]
                    if len(terms) == 1 and len(content_words(terms[0])) > 1:  # one Swedish phrase: all its words
                        groups.extend((0.0, [stem(w)]) for w in content_words(terms[0]))
                    else:  # alternatives ("budgetavvikelse", "avvikelse")
                        alts = [stem(w) for t in terms for w in content_words(t)]
                        if alts:
                            groups.append((0.0, sorted(set(alts))))
                    used_words |= set(ph.split())
        if lang != "en":  # a Swedish phrase of several words the glossary maps ("bytte ägare")
            for ph, rx in SV_PHRASE_PATTERNS:
                if rx.search(q):
                    alts = sorted({stem(w) for t in SV_SV[ph] for w in content_words(t)})
                    if alts:
                        groups.append((0.0, alts))
                    used_words |= set(ph.split())
        for w in content_words(question):
            if w in used_words or (w.isdigit() and not YEAR_RE.fullmatch(w)):
                continue
            if YEAR_RE.fullmatch(w):
                continue
            s = stem(w)
            alts = [s] + [stem(x) for t in sv_synonyms(w) for x in content_words(t)]
            if lang == "en" and s not in self._df:
                # "introduction" -> "introduktion" (assistant/question/cognates.py); not a word that only asks
                cognate = self._cognate(w) if w not in _EN_CUES else None
                if cognate:
                    groups.append((0.0, [cognate]))
                continue  # an English word the documents never use
            parts = None if s in self._df else split_compound(w, lambda x: x in self._df)
            if parts:  # an unseen compound: match its parts, each weighted by its own rarity
                groups.extend([(0.0, [parts[0]]), (0.0, [parts[1]])])
                continue
            groups.append((0.0, alts))
        for m in re.finditer(r"(\d{1,2})\s+(" + "|".join(_MONTHS) + r")\s+((?:19|20)\d\d)", question, re.I):
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
        # a name the reviewed glossary translates ("Gothenburg" -> "Göteborg") is looked for in its Swedish forms
        proper = [[p, *EN_SV.get(p, [])] for p in proper if self._df.get(stem(p), 0) <= 3]
        rare = [alts for w, alts in weighted
                if 0 < max(self._df.get(a, 0) for a in alts) <= 3 and min(len(a) for a in alts) >= 10]
        m = COUNT_RE.search(question)
        focus: list[str] = []
        quantity = bool(QUANT_RE.search(question))
        if m and _is_unit_word(m.group(2)):  # "hur många procent", "how many kronor": an amount in a unit, no count
            m, quantity = None, True
        if m and counted:  # the typed reader's counted thing, past a partitive or an article
            focus = list(dict.fromkeys(counted))
        elif m:
            w = m.group(2).lower()
            forms = [*(EN_SV.get(w, []) if lang == "en" else []), *sv_synonyms(w)]
            focus = list(dict.fromkeys([stem(w), *(stem(x) for t in forms for x in content_words(t))]))
            # what befell the counted thing, in a phrase right after it, counts it too (bostadsrätter that "bytte
            # ägare" are counted as "överlåtelser"); an English phrase of the glossary likewise
            tail = q[m.end():m.end() + 40]
            for ph, rx in (SV_PHRASE_PATTERNS if lang != "en" else PHRASE_PATTERNS):
                hit = rx.search(tail)
                if hit and hit.start() <= 1 and " " in ph:
                    terms = SV_SV[ph] if lang != "en" else EN_SV[ph]
                    focus += [stem(x) for t in terms for x in content_words(t) if stem(x) not in focus]
                    break
        return Query(
            groups=weighted, years={int(y) for y in YEAR_RE.findall(question)}, proper=proper,
            is_list=bool(LIST_RE.search(question)), count_focus=focus,
            quantity=quantity, money=bool(MONEY_RE.search(question)), rare=rare,
            develop=bool(DEV_RE.search(question)), spans=asked_period(question),
        )

    def coverage(self, q: Query, stems: set[str]) -> float:
        """Weighted share of the question's term groups that ``stems`` match (best alternative per group)."""
        total = sum(w for w, _ in q.groups) or 1.0
        got = 0.0
        for w, alts in q.groups:
            best = 0.0
            for a in alts:
                matches = self._matches(a)
                # the same maximum either way: walk the smaller side (a unit has a few stems, a short question
                # stem can match hundreds of the documents' stems)
                if len(stems) < len(matches):
                    m = max((matches.get(s, 0.0) for s in stems), default=0.0)
                else:
                    m = max((m for s, m in matches.items() if s in stems), default=0.0)
                best = max(best, m)
            got += w * best
        return got / total

    def _matches(self, qstem: str) -> dict[str, float]:
        """The document stems ``qstem`` matches (term_match > 0), best first (UnitState.matches: once per stem and
        index generation; coverage then only looks these up in a unit's stems)."""
        return self._state().matches(qstem)

    # -- answer --------------------------------------------------------------------
    def answer(self, question: str, lang: str, retrieved: list[ScoredChunk], builder: CitationBuilder,
               allow_abstain: bool = True, query: Query | None = None, prose_only: bool = False,
               why: bool = False, counted: list[str] | None = None) -> ExtractiveResult:
        docs, naming = self._names.named_by(question)
        # "enligt granskningen" names a source, "vilken tidplan" the kind of answer: neither is what it is about
        q = _downweighted(query or self.analyse(question, lang, counted), naming | type_stems(question), question)
        page_rank: dict[tuple[str, int], int] = {}
        for rank, sc in enumerate(retrieved):
            for p in range(sc.chunk.page_start, sc.chunk.page_end + 1):
                page_rank.setdefault((sc.chunk.doc_id, p), rank)
        cands = self.candidates(page_rank, prose_only)
        if not cands:
            return ExtractiveResult(cannot_answer(lang), True, 0.0)
        sig = Signals.read(question, docs)
        sig.naming = naming
        qnums = value_numbers(question)  # a figure the question itself names ("1 Gbit/s") is not an answer
        budget.count("scored", len(cands))
        ctx_cov = [self.coverage(q, c.ctx) for c in cands]  # once per candidate: the score and the ranking use it
        scored = sorted(((self._score(q, sig, c, qnums, why, cov), cov, c.u, c.ctx) for c, cov in zip(cands, ctx_cov)),
                        key=lambda x: -x[0])
        best_s, best_cov, best_u, best_ctx = scored[0]
        closest = [u for _, _, u, _ in scored[:3]]
        if not q.is_list:  # a question in the text is not an answer (it is only the best when nothing else is)
            best_s, best_cov, best_u, best_ctx = next((x for x in scored if not is_question(x[2])), scored[0])
            if sig.asks_kind and not sig.gives_kind(best_u):  # "hur ofta", "när", "förordar": the kind of answer
                fit = next((x for x in scored if not is_question(x[2]) and x[2].kind != "heading"
                            and sig.gives_kind(narrowed(self.coverage, q, x[2], False))), None)
                if fit is not None and fit[0] >= 0.75 * best_s:
                    best_s, best_cov, best_u, best_ctx = fit
                elif sig.time and allow_abstain and not prose_only:  # "när": nothing near the best carries a
                    # date or a year, so the best passage speaks of the subject without saying when (frequencies and
                    # recommendations are worded too many ways to refuse on)
                    return ExtractiveResult(cannot_answer(lang), True, best_s, closest, ["no answer of the asked kind"])
            if q.count_focus and not _counted_here(q, narrowed(self.coverage, q, best_u, True).text, qnums):
                # "Hur många personer …": a passage whose figure stands with the counted word ("21 personer"), as the
                # answer's check will want, not one that counts something else ("drygt 20 intervjuer")
                fit = next((x for x in scored if not is_question(x[2]) and x[2].kind != "heading"
                            and _counted_here(q, narrowed(self.coverage, q, x[2], True).text, qnums)), None)
                if fit is not None and fit[0] >= 0.75 * best_s:
                    best_s, best_cov, best_u, best_ctx = fit
        heading = None if prose_only else named_heading(question)
        if heading:  # "… under rubriken X?": what that heading's section says
            lst = heading_answer(self, heading, lang, [u for _, _, u, _ in scored], builder)
            if lst:
                return ExtractiveResult(lst.text, False, lst.score, [lst.lead])
        if q.is_list:
            lst = echo_answer(self, q, lang, scored, builder, is_question) or list_answer(
                self, q, lang, scored, builder, allow_abstain)
            if lst:
                return ExtractiveResult(lst.text, False, lst.score, [lst.lead])
        if not q.is_list and not prose_only:
            lst = lead_in_answer(self, q, lang, scored, builder, asks_what=bool(sig.focus))
            if lst:
                return ExtractiveResult(lst.text, False, lst.score, [lst.lead])
        if sig.focus and sig.plural and not sig.enumerates(best_u):  # "Vilka nämnder …": one that names several
            # (a block of table lines names several too, and the answer's checks refuse it as a quote)
            fits = [x for x in scored[:10] if x[0] >= 0.75 * best_s and sig.enumerates(x[2]) and not is_question(x[2])
                    and not is_table_block(x[2].text)]
            if fits:  # the one that names the most of them, the better scored of equals
                best_s, best_cov, best_u, best_ctx = max(fits, key=lambda x: (sig.instances(x[2]), x[0]))
        reason = self._unsupported(q, scored[:5], docs, naming) if allow_abstain else None
        if reason:
            return ExtractiveResult(cannot_answer(lang), True, best_s, closest, [reason])
        want_number = q.quantity or bool(q.count_focus)
        chosen = self._parts(lang, sig, cands, why)  # one answer per part of a question of several parts
        complete = bool(chosen) and len(chosen) == len(sig.parts)
        if not complete:
            chosen = [narrowed(self.coverage, q, best_u, want_number)] + [
                u for u in chosen if u.text != best_u.text]
            if q.quantity or q.develop:  # the figures that go with the best sentence, later in its paragraph
                chosen += self.number_followers(q, best_u)
        ratio = 0.7 if len(chosen) == 1 else 0.9
        q_gain = _downweighted(q, naming, kind_weight=0.0)  # the named document's name is not something to add
        for s, _, u, _ in scored[1:8]:
            if complete or len(chosen) >= 3 or s < best_s * ratio:
                break
            if u.kind == "heading" or is_question(u) or any(u.text == c.text for c in chosen):
                continue
            if all((c.doc_id, c.page) != (u.doc_id, u.page) for c in chosen) and s < best_s * 0.85:
                continue  # from another page, only a near-equal match
            if not self._adds(q_gain, chosen, u, qnums, best_u):  # says nothing the chosen sentences do not
                continue
            v = narrowed(self.coverage, q, u, want_number)
            if sig.asks_kind and not sig.gives_kind(v):
                continue
            chosen.append(v)
        chosen.sort(key=lambda u: (u.doc_id, u.page, u.order))
        parts = []
        for u in chosen:
            n = builder.add(u.doc_id, u.page, u.clean)
            txt = annotate_number_words(u.clean) if (q.quantity or q.count_focus or sig.often) else u.clean
            parts.append(f"{txt}" + (f" [{n}]" if n else ""))
        lead = "" if lang == "sv" else f"According to {builder.title(chosen[0].doc_id)} (quoted in Swedish): "
        return ExtractiveResult(lead + " ".join(parts), False, best_s, closest, units=chosen)

    def candidates(self, page_rank: dict[tuple[str, int], int], prose_only: bool = False) -> list[_Cand]:
        """Every unit of the retrieved pages with its context: the unit before it, the next one in its paragraph
        and the paragraph's first sentence (which sets its topic: "Regionala utvecklingsnämnden beskriver … .
        … Nämnden godkänner …")."""
        cands: list[_Cand] = []
        for (doc_id, page), rank in page_rank.items():
            budget.check()
            units = self.units(doc_id, page)
            topic: dict[int, set[str]] = {}
            topic_years: dict[int, set[int]] = {}
            for v in units:
                topic.setdefault(v.block, v.stems if v.kind == "sentence" else set())
                topic_years.setdefault(v.block, v.years if v.kind == "sentence" else set())
            for i, u in enumerate(units):
                if debris(u):
                    continue  # no word at all ("10 s.", "- 5 -"): a page's debris, never an answer
                if prose_only and (u.kind == "heading" or sum(ch.isdigit() for ch in u.text) > len(u.text) * 0.2
                                   or len(re.findall(r"(?<!\w)-?\d+", u.text)) > 8):  # flattened table text
                    continue
                near = [units[i - 1]] if i else []
                if i + 1 < len(units) and units[i + 1].block == u.block:
                    near.append(units[i + 1])
                ctx = set(u.stems) | topic.get(u.block, set()) | {st for v in near for st in v.stems}
                years = set(u.years) | topic_years.get(u.block, set()) | {y for v in near for y in v.years}
                cands.append(_Cand(u, ctx, rank, units[i - 1] if i else None, years))
        budget.count("candidates", len(cands))
        return cands

    def _score(self, q: Query, sig: Signals, c: _Cand, qnums: set[str], why: bool = False,
               ctx_cov: float | None = None) -> float:
        u = c.u
        if ctx_cov is None:
            ctx_cov = self.coverage(q, c.ctx)
        s = self.coverage(q, u.stems) + 0.35 * ctx_cov + 0.25 / (1 + c.rank)
        if q.years and u.years & q.years:
            s += 0.15
        elif q.years and c.years & q.years:  # "År 2021 genomförde … . Granskningen resulterade i …"
            s += 0.1
        elif q.years and u.years:  # it names other years than the asked ones
            s -= 0.15
        if q.spans and (spans := year_spans(u.text)):  # a period asked is named whole: "2023–2025" is another plan's
            s += 0.15 if spans & q.spans else -0.15
        if q.count_focus and u.numbers - qnums:  # a count: a figure that stands with the counted word ("21 personer")
            s += 0.15 if _counted_here(q, u.text, qnums) else 0.05
        elif q.quantity and u.numbers - qnums:
            s += 0.15
        if u.kind == "heading" and not q.is_list:
            s -= 0.15
        if why and CAUSE_RE.search(u.text):
            s += 0.2
        if self._state().template(u):  # a form's sentence, printed alike in other documents
            s *= TEMPLATE_WEIGHT
        return s + sig.bonus(u)

    def _adds(self, q: Query, chosen: list[Unit], u: Unit, qnums: set[str], best: Unit) -> bool:
        """Does ``u`` add to the chosen sentences: question terms or asked years they lack, another count of
        the counted thing, or another figure from a sentence that matches the question as well as the best?"""
        covered = {st for c in chosen for st in c.stems}
        far = all((c.doc_id, c.page) != (u.doc_id, u.page) for c in chosen)  # from another page: a clearer gain
        if adds_coverage(q, covered, u, 0.15 if far else 0.08) or q.years & u.years - {y for c in chosen for y in c.years}:
            return True
        new = u.numbers - qnums - {n for c in chosen for n in c.numbers}
        if q.count_focus and new and _counts(q, u.stems):
            return True
        return bool(q.quantity and new and self.coverage(q, u.stems) >= self.coverage(q, best.stems) - 0.02)

    def _parts(self, lang: str, sig: Signals, cands: list[_Cand], why: bool) -> list[Unit]:
        """A question of several parts ("Hur ofta …, och vem ansvarar …?"): for each part, the best sentence
        for that part (scored as if it were the question, the other parts' words and years as light context)
        that also gives the kind of answer it asks for (a frequency for "hur ofta", a time for "när", a figure
        for "hur mycket"). A sentence serves one part; the choice with the best total score wins."""
        parts = sig.parts[:MAX_PARTS]  # a question of more parts (a repeated sentence) is answered as one
        queries = [_downweighted(self.analyse(part, lang), sig.naming | type_stems(part), part) for part in parts]
        ranked: list[tuple[float, int, list[tuple[float, _Cand]], Query]] = []
        for k, (part, pq) in enumerate(zip(parts, queries)):
            pq.is_list = False
            if not pq.groups:
                continue
            own = {a for _, alts in pq.groups for a in alts}
            alone = pq
            pq = Query(**{**pq.__dict__, "groups": pq.groups + [
                (w * 0.3, alts) for j, o in enumerate(queries) if j != k for w, alts in o.groups if not set(alts) & own],
                "years": pq.years | {y for j, o in enumerate(queries) if j != k for y in o.years}})
            psig = Signals.read(part, sig.docs)
            pnums = value_numbers(part)
            budget.count("scored", len(cands))
            fits = sorted(((self._score(pq, psig, c, pnums, why), c) for c in cands
                           if c.u.kind != "heading" and not is_question(c.u) and self.coverage(alone, c.u.stems) >= 0.5
                           and psig.gives_kind(c.u) and (not pq.quantity or c.u.numbers - pnums)),
                          key=lambda x: -x[0])[:3]
            if fits:
                ranked.append((fits[0][0], k, fits, pq))
        options = [[(sc, c) for sc, c in fits if sc >= 0.75 * top] for top, _, fits, _ in ranked]
        best: tuple[float, tuple] | None = None
        for combo in itertools.islice(itertools.product(*options), MAX_COMBINATIONS):  # ≤ 3 choices, ≤ 4 parts
            budget.count("combinations")
            if len({c.u.text for _, c in combo}) < len(combo):
                continue
            total = sum(sc for sc, _ in combo)
            if best is None or total > best[0]:
                best = (total, combo)
        if best is None:
            return []
        return [narrowed(self.coverage, pq, c.u, pq.quantity) for (_, c), (_, _, _, pq) in zip(best[1], ranked)]

    def number_followers(self, q: Query, u: Unit, limit: int = 2) -> list[Unit]:
        """Sentences after ``u`` in the same paragraph that carry a figure and either name a question term or
        directly continue the previous pick ("Under perioden 2019–2022 rör det sig om ca 300 mnkr per år.")."""
        out: list[Unit] = []
        last = u.order
        for v in self.units(u.doc_id, u.page):
            if v.order <= u.order:
                continue
            if v.block != u.block or v.kind != "sentence" or v.order > u.order + 4 or len(out) >= limit:
                break
            if self._other_entity(q, v):  # "Även kollektivtrafiknämnden har …": the paragraph moves on
                break
            if v.has_number and ((v.order == last + 1 and AMOUNT_RE.search(v.text)) or self.coverage(q, v.stems) > 0):
                out.append(v)
                last = v.order
        return out

    @staticmethod
    def _other_entity(q: Query, v: Unit) -> bool:
        """The unit names an organisation ("…nämnden", "…förvaltningen", "…styrelsen") the question does not."""
        asked = {a for _, alts in q.groups for a in alts}
        orgs = {s for s in v.stems if s.endswith(ORG_HEADS) and len(s) > 9}
        return any(best_match(o, asked) < 0.8 and not any(best_match(a, {o}) >= 0.8 for a in asked) for o in orgs)

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
    def _unsupported(self, q: Query, top, docs: set[str] = frozenset(), naming: set[str] = frozenset()) -> str | None:
        """Why the best units do not answer (None: they may). ``docs``/``naming``: the documents the question names
        and the stems of its words that named them: such a name is the document's, and its passages need not repeat
        it (a housing cooperative's annual report speaks of "föreningen", not of its full name)."""
        best_s, best_cov, best_u, best_ctx = top[0]
        if best_cov < 0.35:
            return f"low support ({best_cov:.2f})"
        # the passages that support the answer: the best one (it passed the floor above) and those near it
        floor = min(0.45, best_cov)
        if q.years:  # the unit, its neighbours, the header of the typed table it is a row of, or the document's
            # own year ("Styrelsen har under året hållit 8 möten" in the annual report for 2023)
            if not any(u.years & q.years or _ctx_years(self, u) & q.years or self._own_years(u) & q.years
                       for _, c, u, _ in top[:3] if c >= floor):
                return "the asked year is not in the evidence"
        texts = [self._ctx_text(u).lower() for _, c, u, _ in top[:3] if c >= floor]
        named_here = {u.doc_id for _, c, u, _ in top[:3] if c >= floor} & set(docs)
        # a name in the title or organisation of every evidence document is what those documents are about (a
        # library of one association's report names nothing apart, yet its passages need not repeat its name)
        evidence_docs = {u.doc_id for _, c, u, _ in top[:3] if c >= floor}
        for names in q.proper:
            if named_here and any(stem(p) in naming for p in names):
                continue
            if evidence_docs and all(self._names.carries(d, names) for d in evidence_docs):
                continue
            if not any(p[: max(4, len(p) - 2)] in t for t in texts for p in names):
                return f"'{names[0]}' is not in the evidence"
        for alts in q.rare:
            if not any(max(best_match(a, ctx) for a in alts) >= 0.8 for _, c, u, ctx in top[:3]):
                return f"'{alts[0]}' is not in the evidence"
        if q.money and not any(MONEY_NUM.search(u.text) for _, c, u, _ in top[:3]):
            return "no amount in the evidence"
        if q.count_focus:
            ok = any(u.has_number and _counts(q, u.stems) for _, _, u, _ in top[:5])
            if not ok:
                return "no count of the asked thing in the evidence"
        elif q.quantity:
            ok = any(u.has_number and self.coverage(q, u.stems | ctx) >= 0.4 for _, c, u, ctx in top[:3])
            if not ok:
                return "no figure in the evidence"
        return None

    def _own_years(self, u: Unit) -> set[int]:
        years: set[int] = set()
        hit = self._state().row_of(u)
        if hit is not None:
            t = hit[0]
            years |= {int(y) for y in YEAR_RE.findall(" ".join([t.title, *map(str, t.columns)]))}
        year = document_year(self._index, u.doc_id)
        return years | ({year} if year else set())

    def _ctx_text(self, u: Unit) -> str:
        return " ".join(v.text for v in self.units(u.doc_id, u.page) if abs(v.order - u.order) <= 1)


_EN_CUES = load_lexicon().en.cue_words  # English words that only say how a question asks, as the typed reader's

TEMPLATE_WEIGHT = 0.7  # a form's sentence (unit_store.UnitState.template) scores this share as an answer

NAMING_WEIGHT = 0.4  # a word naming the kind of document or its author ("granskningen") may still be content


def _downweighted(q: Query, naming: set[str], question: str = "", kind_weight: float = NAMING_WEIGHT) -> Query:
    """Question words that name the source document count less as content: its kind or author ("granskningen",
    "revisorerna": a question of what an audit covered asks about the audit) at NAMING_WEIGHT, and its
    own proper name ("Brf Ekbacken", a capitalised word of ``question``) not at all: inside that document the name
    tells no passage from another, and a passage matching the name alone outranked the one that answers (dev right
    as a whole 212 -> 214 of 318, gold unchanged). ``kind_weight=0`` leaves every naming word out."""
    if not naming:
        return q
    proper = {stem(m.group(1)) for m in PROPER_RE.finditer(question)} & naming
    groups = [((0.0 if set(alts) & proper else w * kind_weight) if set(alts) & naming else w, alts)
              for w, alts in q.groups]
    return Query(**{**q.__dict__, "groups": groups})


def _is_unit_word(word: str) -> bool:
    """A word that gives a number its unit (``[units]`` of either language's lexicon: "procent", "kronor", "%")."""
    lex = load_lexicon()
    w = word.lower()
    return any(w in ws for lx in (lex.sv, lex.en) for ws in lx.units.values())


_RAW_NUMBER = re.compile(r"(?<![\w,.])\d{1,3}(?:[  ]\d{3})*(?:,\d+)?(?![\w])")


def _counted_here(q: Query, text: str, qnums: set[str]) -> bool:
    """A figure of ``text`` (not one the question names) stands with a word of what is counted."""
    return any(counted_near(text, m.group(0), q.count_focus) for m in _RAW_NUMBER.finditer(text)
               if re.sub(r"\D", "", m.group(0)) not in qnums)


def _counts(q: Query, stems: set[str]) -> bool:
    """The stems name the thing a "hur många X" question counts (in one of its forms)."""
    return any(best_match(f, stems) >= 0.8 for f in q.count_focus)


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


