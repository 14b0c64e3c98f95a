"""The one question reader: text (+ history) -> :class:`Question`, read once.

``QuestionReader(index).read(text, history) -> Question``. The vocabulary comes from ``assistant/lexicon/*.toml``;
the tokenizer and stemmer are ``ingest.text``'s, shared with the unit store. Work is linear in the
length of the question and of the (bounded) history.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from rapidfuzz import fuzz, process

from ingest.text import STOP, YEAR_RE, stem, unsyncopated, words
from assistant.language import detect_language
from assistant.question.cognates import cognates_of
from assistant.models import Turn
from assistant.question.documents import DocumentLibrary, fold
from assistant.question.followup_gate import FollowupGate, carries_on, followup_features
from assistant.question.lexicon import LanguageLexicon, Lexicon, load_lexicon
from assistant.question.models import Question, TermGroup, phrase_words, span_years

MAX_HISTORY_TURNS = 3
MAX_TURN_CHARS = 2000
_ASKING_STEMS = frozenset(stem(w) for w in STOP)  # the words the index keeps none of
_MAX_PHRASE = 6  # the longest lexicon phrase matched (glossary names of national bodies run to six words)
_CAP_WORD = re.compile(r"(?<![.?!]\s)(?<!^)\b([A-ZÅÄÖ][\wåäöÅÄÖ-]+)")


def _phrase_index(table: dict[str, object]) -> dict[tuple[str, ...], object]:
    return {tuple(words(k)): v for k, v in table.items() if words(k)}


def _scan(tokens: list[str], phrases: dict[tuple[str, ...], object]):
    """Longest-first phrase matches over the tokens: yields (start, end, value). Linear in len(tokens) (phrases are
    at most _MAX_PHRASE words)."""
    i = 0
    while i < len(tokens):
        for n in range(min(_MAX_PHRASE, len(tokens) - i), 0, -1):
            key = tuple(tokens[i:i + n])
            if key in phrases:
                yield i, i + n, phrases[key]
                i += n
                break
        else:
            i += 1


class QuestionReader:
    def __init__(self, index, lexicon: Lexicon | None = None, df: dict[str, int] | None = None,
                 n_units: int = 1) -> None:
        self.lexicon = lexicon or load_lexicon()
        self.library = DocumentLibrary(index, frozenset(stem(w) for w in self.lexicon.stop))
        self.gate = FollowupGate.load()
        self._df = df or {}
        self._cognate = cognates_of(self._df)  # an English word's Swedish cognate ("introduction" -> "introduktion")
        self._n = max(1, n_units)
        self._matches: Callable[[str], dict[str, float]] | None = None
        self._phrases = {lang: {
            "intents": _phrase_index(self.lexicon.lang(lang).intents),
            "terms": _phrase_index({k: v for k, v in self.lexicon.lang(lang).terms.items()}),
        } for lang in ("sv", "en")}
        # per language, the words that say what kind of answer is asked (measures, units, question forms): a
        # follow-up's new thing never replaces one of them
        self._form_words = {lang: frozenset(
            {w for cues in lex.measures.values() for c in cues for w in words(c)}
            | {w for cues in lex.asked_units.values() for c in cues for w in words(c)}
            | {w for c in lex.intents for w in words(c)}) for lang in ("sv", "en") for lex in [self.lexicon.lang(lang)]}
        # per language, the words that only say how the question asks (its intent, a difference or an extreme):
        # they name no row, no table, no subject
        self._cue_words = {lang: self.lexicon.lang(lang).cue_words for lang in ("sv", "en")}
        self._synonyms: dict[str, list[tuple[str, ...]]] = {}
        for k, syns in self.lexicon.sv.terms.items():
            self._synonyms.setdefault(stem(k), []).extend(self._stem_alternatives(syns))

    def _stem_alternatives(self, terms) -> list[tuple[str, ...]]:
        """The glossary's terms for a word or phrase as alternatives of stems (stop words left out, empty ones
        dropped, each once: several printed forms may share a stem)."""
        return list(dict.fromkeys(a for t in terms or () if (a := tuple(stem(w) for w in words(t)
                                                                           if w not in self.lexicon.stop))))

    def _synonyms_of(self, st: str) -> list[tuple[str, ...]]:
        """The glossary synonyms of a stem; an inflected form whose stem extends a key's by at most two letters
        counts as that key ("underskottet" -> "underskott": the stemmer gives them different stems)."""
        if st in self._synonyms:
            return self._synonyms[st]
        for cut in (1, 2):
            key = st[:len(st) - cut]
            if len(key) >= 5 and key in self._synonyms:
                return self._synonyms[key]
        return []

    def set_frequencies(self, df: dict[str, int], n_units: int,
                        matches: Callable[[str], dict[str, float]] | None = None) -> None:
        """``matches``: the vocabulary's stems a question stem matches (the unit store's), to weigh a stem the
        documents never use as such by the words it matches ("investera" -> "investering")."""
        self._df, self._n = df, max(1, n_units)
        self._vocab = [k for k in df if len(k) >= 4]
        self._cognate = cognates_of(df)
        self._matches = matches

    def known(self, stem_: str) -> bool:
        """Is this stem a word of the library's text?"""
        return stem_ in self._df

    def _unknown(self, word: str) -> bool:
        """A name no document mentions: its stem is not in the library, is not the start of a word there (a
        compound), and no word there is a near spelling of it (OCR, inflection)."""
        s = stem(word.lower().split("-")[0])  # "Volvo-bilarna": the name is its first part
        if not self._df or len(s) < 4 or s in self._df or word.lower() in self.lexicon.stop:
            return False
        vocab = getattr(self, "_vocab", None) or [k for k in self._df if len(k) >= 4]
        if any(k.startswith(s) for k in vocab):
            return False
        return process.extractOne(s, vocab, scorer=fuzz.ratio, score_cutoff=85) is None

    def _idf(self, stems: tuple[str, ...]) -> float:
        df = min((self._frequency(s) for s in stems), default=0)
        return math.log(1 + self._n / max(1, df))

    def _frequency(self, st: str) -> int:
        """How many units use a stem. A word that only asks ("år", "jämför": the index keeps no such word) is as
        common as any; a stem no unit uses as such is as common as the commonest word it matches as well as the
        coverage does (term_match >= 0.8: "invest" in "investering", "fritidsnämnd" in
        "kultur- och fritidsnämnden"), so that a verb's stem is not weighed as the rarest word of the library."""
        df = self._df.get(st, 0)
        if not self._df:
            return df
        if st in _ASKING_STEMS:
            return self._n
        if df or self._matches is None:
            return df
        return max((self._df.get(s, 0) for s, m in self._matches(st).items() if m >= 0.8), default=0)

    # ------------------------------------------------------------------ one turn
    def _read_one(self, text: str) -> Question:
        text = text.strip()[:MAX_TURN_CHARS]
        lang = detect_language(text)
        lex = self.lexicon.lang(lang)
        toks = words(text)
        intent = self._intent(toks, lex, lang)
        terms = self._terms(toks, lang, lex)
        measures = self._measures(toks, terms, lex)
        said = f" {' '.join(toks)} "  # a cue of several words ("upp eller ner", "in total") stands as written
        operation = next((op for op, cues in lex.operations.items()
                          if any(c in toks or (" " in c and f" {c} " in said) for c in cues)), None)
        if operation in ("max", "min") and any(w in toks for w in lex.negative):
            operation = "min" if operation == "max" else "max"  # "störst underskott": the lowest value
        if intent == "fact" and len(toks) > 1 and toks[0] in _WH and any(t in cues for cues in lex.measures.values()
                                                                          for t in toks[1:3]):
            # "Vilket resultat …?", "What budget …?", "Vilket ekonomiskt resultat …?" (a word that qualifies the
            # measure between): the measure asked for is an amount
            intent = "amount"
        years = sorted({int(y) for y in YEAR_RE.findall(text)} | span_years(text))
        if years and len(years) == 1:  # a year and "året innan" in one question: that year and the one before are asked
            years = sorted(set(years) | set(self._moved_years(text, years, lex)))
        if operation is None and len(years) == 2 and lex.than & set(toks) and lex.comparatives & set(toks):
            operation = "difference"  # "Hur mycket mer … 2023 än 2022?": two years compared by a comparative
        budget_cues = {c.lower() for c in lex.measures.get("budget", ())}
        articles = ("the", "den", "sin")

        def budget_after(k: int) -> bool:  # "budget", "the budget", "budgeterat" from the k-th word on
            nxt = toks[k] if k < len(toks) else ""
            return nxt in budget_cues or (nxt in articles and k + 1 < len(toks) and toks[k + 1] in budget_cues)

        if operation is None and any((w in lex.against and budget_after(k + 1)) or
                                     (w in lex.comparatives and k + 1 < len(toks) and toks[k + 1] in lex.than
                                      and budget_after(k + 2)) for k, w in enumerate(toks)):
            # "Gick X över budget?", "under the budget", "mer än budgeterat", "higher than budgeted": the outcome
            # (or the forecast) less the budget
            operation = "difference"
            if not {"outcome", "forecast"} & set(measures):
                measures = sorted(set(measures) | {"budget", "outcome"})
        unit = _asked_unit(toks, lex, intent)
        caps = {m.group(1).lower() for m in _CAP_WORD.finditer(text)}
        named = [([stem(w)], 2.0 if w in caps else 1.0) for w in toks]
        if lang == "en":
            named += [([s for a in g.alternatives for s in a], 0.5) for g in terms]
        doc_ids, naming = self.library.named(named)
        # a Swedish question's name (capitalised inside the sentence) that no document mentions: the documents
        # cannot say anything of it (English questions name Swedish places in English, so they are not judged)
        unknown = sorted({m.group(1) for m in _CAP_WORD.finditer(text) if self._unknown(m.group(1))}) \
            if lang == "sv" else []
        names = sorted({stem(w) for w in caps if w not in self.lexicon.stop and len(w) >= 4})
        return Question(text=text, effective=text, lang=lang, intent=intent, terms=terms, years=years,
                        measures=measures, operation=operation, doc_ids=doc_ids, naming=naming, unknown=unknown,
                        named_only=self.library.exclusive(doc_ids, naming),
                        names=names, unit=unit)

    def _intent(self, toks: list[str], lex: LanguageLexicon, lang: str) -> str:
        if toks and toks[0] in lex.yesno:
            return "yesno"
        # a one-word cue of time inside the question ("Vilken hyra gäller när avtalet förnyas?", "What is the fee
        # when the contract ends?") joins a clause, it does not ask: it asks only at the question's opening, after a
        # conjunction that opens a second question ("… och när?") or a preposition ("fram till när")
        opens = set(lex.followup_starts) | lex.followup_prepositions
        found = [v for i, j, v in _scan(toks, self._phrases[lang]["intents"])
                 if not (v == "when" and j - i == 1 and i > 0 and toks[i - 1] not in opens)]
        for preferred in ("recommendation", "count", "amount", "why", "when", "advice", "who", "comparison", "table",
                          "list"):
            if preferred in found:
                return "recommendation" if preferred == "advice" else preferred
        return "fact"

    def _measures(self, toks: list[str], terms: list[TermGroup], lex: LanguageLexicon) -> list[str]:
        """The measures the question's words ask. A word inside a glossary phrase asks a measure only when the
        phrase's Swedish term is one, by its last part: "full-year forecast" (helårsprognos) asks a forecast, while
        "budget process" (budgetprocess) is a process, not a budget."""
        phrases = [g for g in terms if " " in g.word]
        inside = phrase_words(terms)
        found = {m for m, cues in lex.measures.items() for c in cues if c.lower() in toks and c.lower() not in inside}
        heads = {m: {stem(w) for c in cues for w in words(c)} for m, cues in self.lexicon.sv.measures.items()}
        for g in phrases:
            last = [a[-1] for a in g.alternatives if a]
            found |= {m for m, hs in heads.items() if any(x.endswith(h) for x in last for h in hs if len(h) >= 4)}
        return sorted(found)

    def _terms(self, toks: list[str], lang: str, lex: LanguageLexicon) -> list[TermGroup]:
        groups: list[TermGroup] = []
        used: set[int] = set()
        if lang == "en":  # the glossary's Swedish terms stand for the English words
            table = self._phrases["en"]["terms"]
            for i, j, sv in _scan(toks, table):
                if j - i == 1 and _in_date(toks, i, lex):  # "3 March 2025": the date's month is no term
                    used.add(i)
                    continue
                alts = self._stem_alternatives(sv)
                if alts:
                    groups.append(TermGroup(word=" ".join(toks[i:j]), alternatives=alts))
                    used.update(range(i, j))
            for k, w in enumerate(toks):  # "honour-related": the glossary knows the parts of a hyphenated word
                if k in used or "-" not in w:
                    continue
                for part in w.split("-"):
                    alts = self._stem_alternatives(table.get((part,)))
                    if alts:
                        groups.append(TermGroup(word=part, alternatives=alts))
                        used.add(k)
        if lang != "en":  # a Swedish phrase of several words the glossary maps ("bytte ägare" -> "överlåtelser")
            for i, j, sv in _scan(toks, self._phrases["sv"]["terms"]):
                if j - i < 2:
                    continue
                alts = self._stem_alternatives(sv)
                if alts:
                    groups.append(TermGroup(word=" ".join(toks[i:j]), alternatives=alts))
                    used.update(range(i, j))
        moved = {w for p in _year_phrases(toks, lex) for w in words(p)}
        cues = self._cue_words[lang] | moved  # "året innan" says which year, not what
        for k, w in enumerate(toks):
            if k in used or w in self.lexicon.stop or len(w) < 2 or YEAR_RE.fullmatch(w):
                continue
            if w.isdigit() and len(w) < 3:
                continue
            if _in_date(toks, k, lex):  # "den 3 mars 2025": the date's month is no content word
                continue
            cognate = self._cognate(w) if lang == "en" and stem(w) not in self._df and w not in cues else None
            if cognate:  # the documents' word stands for the English one (assistant/question/cognates.py)
                groups.append(TermGroup(word=w, alternatives=[(cognate,)], cue=w in cues))
                continue
            if lang == "en" and stem(w) not in self._df and not w[0].isdigit():
                continue  # an English word the documents never use and the lexicon does not know
            # a Swedish word, or its synonyms in the glossary ("vinst" -> "resultat", "överskott"; matched by stem,
            # so "underskottet" finds "underskott"), the same table the rules read
            alts = [(stem(w),)] + (self._synonyms_of(stem(w)) if lang != "en" else [])
            base = unsyncopated(w) if lang != "en" and stem(w) not in self._df else None
            if base and stem(base) in self._df:
                alts.append((stem(base),))  # "vattnet" is "vatten" (the documents' form)
            groups.append(TermGroup(word=w, alternatives=list(dict.fromkeys(alts)), cue=w in cues))
        seen: set[tuple] = set()
        out = []
        for g in groups:
            key = tuple(g.alternatives)
            if key in seen:
                continue
            seen.add(key)
            g.weight = max(self._idf(a) for a in g.alternatives)
            out.append(g)
        return out

    # ------------------------------------------------------------------ with history
    def points_back(self, text: str, lex: LanguageLexicon) -> bool:
        """A pronoun that stands for something said before: one that ends the question, but for a preposition
        ("Vilken effekt får det?", "Vad hänger det på?"), or an object pronoun after a preposition ("Andelen av
        dem …", "Which of them …"). "den", "det", "de" before a word are articles or expletives ("om de gamla
        lokalerna", "finns det i"), not pronouns that point back."""
        toks = words(text)
        for k, w in enumerate(toks):
            if w not in lex.followup_refer:
                continue
            if all(t in lex.followup_prepositions for t in toks[k + 1:]):
                return True
            if k and toks[k - 1] in lex.followup_prepositions and w in lex.followup_objects:
                return True
        return False

    @staticmethod
    def _moved_years(text: str, years: list[int], lex: LanguageLexicon) -> list[int]:
        """The previous question's years, moved by a follow-up's "the year before" / "året efter"."""
        said = _year_phrases(words(text), lex)
        if said & set(lex.year_before):
            return [y - 1 for y in years]
        if said & set(lex.year_after):
            return [y + 1 for y in years]
        return years

    def _replaced_term(self, q: Question, prev: Question, lex: LanguageLexicon):
        """A follow-up that is nothing but a new thing ("Och vattnet?", "And for Culture?"): the previous question's
        thing of the same kind is what it replaces. A new document name replaces the previous question's name (a
        word of both names, "Brf", stays); any other thing (a suspended compound, "kultur- och fritidsnämnden", is
        one) replaces the previous question's thing of its kind (:meth:`_same_kind`) among those that are no
        measure, unit or question-form word and name no document. None when the follow-up says more than a thing,
        or nothing new."""
        toks = words(q.text)
        if any(w in lex.followup_refer and not (k + 1 < len(toks) and toks[k + 1] in lex.followup_prepositions)
               for k, w in enumerate(toks)):
            return None  # a follow-up that points back ("det", "it") asks about the previous thing, it replaces none
            # of it; a pronoun before a preposition stands for the previous thing's kind ("Och den vid hamnen?")
        form = self.form_words(q.lang)

        def naming(g, names) -> bool:
            return any(fold(s_) in names for a in g.alternatives for s_ in a)

        mine, theirs = {fold(n) for n in q.naming}, {fold(n) for n in prev.naming}
        timed = _before_years(q.text)  # "inför 2024", "during 2022": a word that only places the year is no thing
        # a phrase with a measure the follow-up asks anew names that measure (a whole year's forecast asked after a
        # budget): no new thing
        fresh = {w for m in set(q.measures) - set(prev.measures) for c in lex.measures.get(m, ()) for w in words(c)}
        asked = [g for g in _suspended(q.text, q.terms)
                 if g.word not in form and g.word not in lex.followup_substitutes and g.word not in timed
                 and not fresh & set(words(g.word))]
        new = [n for n in asked if not any(tuple(n.alternatives) == tuple(g.alternatives) for g in prev.terms)]
        if not new:
            return None
        to_doc = bool(q.doc_ids) and all(naming(g, mine) for g in new)
        if len(new) < len(asked) and not to_doc:  # it says again something of the previous question
            return None
        starts = set(words(q.text)[:self._opening(q.text, lex)])  # "Och", "What about": the follow-up's opening
        filler = set(self.lexicon.stop) | starts | lex.followup_substitutes | timed
        filler |= {w for g in q.terms for w in words(g.word)}
        loose = [w for w in words(q.text) if w not in filler and not YEAR_RE.fullmatch(w)]
        # a word the reader kept no term of inside the follow-up's one phrase ("the profit after depreciation"):
        # the phrase is the new thing, written whole
        asked_before = {fold(stem(w)) for w in words(prev.effective)}
        fresh_form = [g for g in q.terms
                      if g.word in form and not {fold(stem(w)) for w in words(g.word)} <= asked_before]
        phrase = _span(q.text, [g.word for g in q.terms]) if loose or fresh_form else None  # ("Och resultatet efter
        # avskrivningar?" after a question of the wages: a measure not asked before, the thing after it)
        if loose and (phrase is None or not set(loose) <= set(words(phrase))):
            return None
        if to_doc:  # a new document: its name replaces the old one's ("Brf" said again stays)
            old = [g for g in prev.terms if naming(g, theirs) and not any(
                tuple(g.alternatives) == tuple(n.alternatives) for n in asked)]
            return (old, new, None) if old else None
        if len(new) != 1:
            return None
        headed = [g for g in prev.terms if not naming(g, theirs) and self._is_head_of(g.word, words(new[0].word)[-1])]
        if len(headed) == 1:  # "Och balanskravsresultatet?" after "Vilket resultat …": a kind of the previous word,
            return headed, new, phrase  # measure word or not, takes its place (a compound's last part is its head)
        things = [g for g in _suspended(prev.effective, prev.terms)
                  if not any(w in form for w in words(g.word)) and not naming(g, theirs)]
        old = self._same_kind(new[0], q, prev, things, starts)
        return ([old], new, phrase) if old is not None else None

    def _same_kind(self, new: TermGroup, q: Question, prev: Question, things: list[TermGroup], starts: set[str]):
        """The previous question's thing a follow-up's one new thing takes the place of: a name the name it gave
        ("What about the one at Ystad?" after "… at Tomelilla?"); else the thing it put after the same preposition ("Och
        på städningen?" after "Hur mycket gick det åt på snöröjning?"); else its first thing."""
        if not things:
            return None
        if any(fold(stem(w)) in {fold(n) for n in q.names} for w in words(new.word)):
            names = {fold(n) for n in prev.names}
            named = [g for g in things if any(fold(stem(w)) in names for w in words(g.word))]
            if len(named) == 1:
                return named[0]
        heads = [g for g in things if self._same_head(words(new.word)[-1], words(g.word)[-1])]
        if len(heads) == 1:
            return heads[0]
        mine, theirs = words(q.text), words(prev.effective)
        at = next((i for i in range(len(mine)) if mine[i:i + len(words(new.word))] == words(new.word)), None)
        if at and at > len(starts):
            prep = mine[at - 1]
            if prep in self.lexicon.lang(q.lang).followup_prepositions:  # a preposition, not any function word
                for i, w in enumerate(theirs[:-1]):
                    if w != prep:
                        continue
                    after = next((x for x in theirs[i + 1:i + 4] if x not in self.lexicon.stop), None)
                    hit = next((g for g in things if after is not None and words(g.word)[0] == after), None)
                    if hit is not None:
                        return hit
        # else its first thing, when the follow-up opens as one ("Och …", "What about …"); a question of its own form
        # ("Hur många deltog?") asks something more of the previous thing, it replaces none of it
        return things[0] if starts else None

    def form_words(self, lang: str) -> frozenset[str]:
        """The words of a question's form (not of its subject) in the question's language."""
        return self._form_words["en" if lang == "en" else "sv"]

    @staticmethod
    def _asked_anew(q: Question, prev: Question, lex: LanguageLexicon) -> str | None:
        """A follow-up that is only another interrogative of reason, time or person ("Varför då?", "When?") asks it
        of the previous question's thing: the previous question with its opening interrogative ("Vad kostade") put
        in the new one's place ("Varför ombyggnaden av simhallen?"). Appended instead, the previous interrogative would
        still ask for an amount. None when the follow-up says more, or the previous question opens otherwise."""
        if q.terms or q.intent not in ("why", "when", "who") or q.intent == prev.intent:
            return None
        toks = words(q.text)
        cues = sorted(((words(c), c) for c, i in lex.intents.items() if i == q.intent), key=lambda x: -len(x[0]))
        head = next((c for w, c in cues if any(toks[k:k + len(w)] == w for k in range(len(toks)))), None)
        prev_toks = words(prev.effective)
        opening = max((len(words(c)) for c in lex.intents if words(c) and prev_toks[:len(words(c))] == words(c)),
                      default=0)
        if head is None or not opening:
            return None
        pattern = r"(?i)^\W*" + r"\W+".join(re.escape(w) for w in prev_toks[:opening]) + r"\b\s*"
        rest = re.sub(pattern, "", prev.effective, count=1)
        if rest == prev.effective or not rest.strip():
            return None
        return f"{head[:1].upper()}{head[1:]} {rest}"

    @staticmethod
    def _opening(text: str, lex: LanguageLexicon) -> int:
        """How many words the follow-up's opening phrase ("Och", "Hur är det med", "What about") takes."""
        toks = words(text)
        return max((len(words(s_)) for s_ in lex.followup_starts if words(s_) and toks[:len(words(s_))] == words(s_)),
                   default=0)

    @staticmethod
    def _is_head_of(word: str, compound: str) -> bool:
        """``compound`` is a kind of ``word``: it ends in the word (as written or in another inflection of its
        stem) after a first part of three letters or more ("balanskravsresultatet" of "resultat", "driftbudgeten"
        of "budget")."""
        w, c = word.lower(), compound.lower()
        if " " in w or len(w) < 5 or len(c) < len(w) + 3:
            return False
        s = stem(w)

        def inflected(tail: str) -> bool:  # "resultatet" of "resultat", "budgeten" of "budget"
            return stem(tail) == s or (tail.startswith(w) and len(tail) - len(w) <= 3)

        return any(len(c[:i]) >= 3 and inflected(c[i:]) for i in range(3, len(c) - len(s) + 1) if c[i:].startswith(s))

    def _same_head(self, a: str, b: str) -> bool:
        """Two compounds of the same head ("utbildningsnämnden", "kulturnämnden"): they end in the same word of
        the library, of five letters or more, that neither is alone."""
        k = 0
        while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k]:
            k += 1
        head = a[len(a) - k:]
        return a != b and 5 <= k < min(len(a), len(b)) and self.known(stem(head))

    def _own_subject(self, q: Question, prev: Question, lex: LanguageLexicon) -> bool:
        """A follow-up that asks its own thing of the same subject ("Och antalet anställda då?" after a committee's
        wages in 2023): it does not point back, and brings words of its own, none the
        previous question's, either with a question form of its own or several of them. It keeps the previous
        question's context (the documents and names it gave, its years), not its thing. An existential "det"
        ("Finns det …?") points back to nothing."""
        if any(w in lex.followup_refer for w in unexpletive(q.text, lex)):
            return False
        form = self.form_words(q.lang)
        moves = {w for p in (*lex.year_before, *lex.year_after) for w in words(p)}  # "året innan" moves the year
        new = [g for g in q.terms if g.word not in form and not set(words(g.word)) <= moves]
        if not new or any(set(n.alternatives) & set(g.alternatives) for n in new for g in prev.terms):
            return False
        return q.intent not in ("fact", "list") or len(new) >= 2

    @staticmethod
    def _replaced_measure(q: Question, prev: Question, lex: LanguageLexicon, effective: str) -> str:
        """A follow-up that asks another measure of the same thing ("Och budgeten?" after the outcome): its measure
        word takes the place of the previous question's, when each asks for one measure."""
        if len(q.measures) != 1 or len(prev.measures) != 1 or q.measures == prev.measures:
            return effective
        written = next((w for w in re.findall(r"[\wåäöÅÄÖ-]+", q.text) if w.lower() in lex.measures[q.measures[0]]),
                       None)
        cues = set(lex.measures[prev.measures[0]])
        old = next((w for w in re.findall(r"[\wåäöÅÄÖ-]+", effective) if w.lower() in cues), None)
        if written is None or old is None:
            return effective
        return re.sub(rf"\b{re.escape(old)}\b", written, effective, count=1)

    @staticmethod
    def _context(prev: Question, years: list[int]) -> str:
        """The previous question's words that name its documents or give names (as it writes them), and the years
        asked now."""
        keep = {fold(n) for n in prev.naming} | {fold(n) for n in prev.names}
        names = [w for w in re.findall(r"[\wåäöÅÄÖ-]+", prev.effective)
                 if fold(stem(w.lower())) in keep and not YEAR_RE.fullmatch(w)]
        return " ".join(dict.fromkeys(names + [str(y) for y in years]))

    def read(self, text: str, history: list[Turn] | None = None) -> Question:
        q = self._read_one(text)
        users = [t.content for t in (history or []) if t.role == "user" and t.content.strip()][-MAX_HISTORY_TURNS:]
        if not users:
            return q
        prev = self.read(users[-1], [Turn(role="user", content=u) for u in users[:-1]])
        lex = self.lexicon.lang(q.lang)
        alone = q
        if q.doc_ids and not q.named_only and prev.doc_ids and not set(q.doc_ids) & set(prev.doc_ids) \
                and opens_as_followup(q.text, lex) and self.library.speaks_of(prev.doc_ids, q.naming):
            # "Och för kultur…?" in the previous question's report: a follow-up that opens as one stays in its
            # documents when the words that would name another are words the previous report uses (its thing, not a
            # name), unless they name another by a name only that one carries
            q = q.model_copy(update={"doc_ids": [], "naming": [], "named_only": False})
        if not carries_on(self.gate, followup_features(self, q, prev)):
            return alone  # a new question: read on its own (the gate is fitted on the development follow-ups)
        asked = self._asked_anew(q, prev, lex)
        if asked is not None:  # "Varför då?" after "Vad kostade ombyggnaden av simhallen?"
            return q.model_copy(update={
                "effective": asked, "terms": prev.terms, "years": prev.years, "measures": prev.measures,
                "doc_ids": prev.doc_ids, "naming": prev.naming, "named_only": prev.named_only, "followup": True})
        effective = prev.effective
        moved_period: set[str] = set()  # the words of a follow-up's point in the year that moved the previous one
        now, before = _period(q.text, lex), _period(prev.effective, lex)
        if now and before and now[0] != before[0]:  # "Och i början av året?" after "… i slutet av 2021?"
            # written as the lexicon's first phrase of its kind ("vid årets början"): the follow-up's own wording may
            # carry a question word ("när året började") that would ask something else
            canonical = (lex.period_start if now[0] == "start" else lex.period_end)[0]
            pattern = r"(?i)\b" + r"\s+".join(map(re.escape, words(before[1]))) + r"\b"
            effective = re.sub(pattern, canonical, effective, count=1)
            moved_period = set(words(now[1])) | set(words(before[1]))
        for old_date, new_date in zip(_ISO_DATE.findall(prev.effective), _ISO_DATE.findall(q.text)):
            effective = effective.replace(old_date, new_date, 1)  # a date takes the previous date's place
        years = q.years or self._moved_years(q.text, prev.years, lex)
        if q.years and (q.intent == "comparison" or q.operation == "difference"):
            years = sorted(set(prev.years) | set(q.years))  # "Hur står det sig mot 2022?": both years are asked
        elif years != prev.years and prev.years:
            new = {str(old): (str(years[k]) if k < len(years) else "") for k, old in enumerate(prev.years)}
            # the new year takes the old one's place ("… 2022?" -> "… 2021?"), all at once: a span moved by a year
            # ("2023–2025" -> "2024–2026") must not move a year it has just written; not a date's year
            effective = re.sub(rf"\b({'|'.join(new)})\b(?!-\d\d-\d\d)", lambda m: new[m.group(1)], effective)
        kept: list[TermGroup] = []  # the follow-up's own point in the year stays a word to match ("början")
        if moved_period:  # the follow-up's point in the year is no thing of its own: the previous thing is asked there
            kept = self._terms(words(canonical), q.lang, lex)
            q = q.model_copy(update={"terms": [g for g in q.terms if not set(words(g.word)) <= moved_period]})
            prev = prev.model_copy(update={"terms": [g for g in prev.terms if not set(words(g.word)) <= moved_period]})
        replaced = self._replaced_term(q, prev, lex)
        if replaced is None and self._own_subject(q, prev, lex):
            context = self._context(prev, years)
            keep = {fold(n) for n in prev.naming} | {fold(n) for n in prev.names}
            if q.doc_ids and not set(q.doc_ids) & set(prev.doc_ids):
                # it names another document: the previous one's names are no context of it, only the years
                context, keep = " ".join(str(y) for y in years), set()
            mine = {tuple(g.alternatives) for g in q.terms}
            terms = q.terms + [g for g in prev.terms if tuple(g.alternatives) not in mine
                               and any(fold(x) in keep for a in g.alternatives for x in a)]
            return q.model_copy(update={
                "effective": f"{q.text} {context}".strip(), "terms": terms + kept, "years": years,
                "doc_ids": q.doc_ids or prev.doc_ids, "naming": q.naming or prev.naming, "followup": True,
                "named_only": q.named_only if q.doc_ids else prev.named_only,
                "intent": q.intent if q.intent not in ("fact", "list") else prev.intent,
            })
        effective = self._replaced_measure(q, prev, lex, effective)
        if replaced is not None:  # "Och vattnet?" after "Vad kostade elen …?": the new thing takes the old one's place
            olds, news, phrase = replaced
            written = phrase or " ".join(m.group(0) if (m := re.search(rf"(?i)\b{re.escape(n.word)}\b", q.text)) else n.word
                               for n in news)  # as the follow-up writes it ("Kultur")
            span = _span(effective, [g.word for g in olds])
            if span is not None and len(words(span)) <= len(olds) + 2:
                # a name of several words ("Smultronstället i Ytterby") is replaced whole, the small words inside it too
                effective = effective.replace(span, written, 1)
            else:
                for k, g in enumerate(olds):
                    effective = re.sub(rf"(?i)\b{re.escape(g.word)}\b", written if not k else "", effective, count=1)
            effective = " ".join(effective.split())
        mine = {tuple(g.alternatives) for g in q.terms}
        terms = q.terms + [g for g in prev.terms if tuple(g.alternatives) not in mine
                           and (replaced is None or all(g is not o for o in replaced[0]))]
        form = self.form_words(q.lang)
        moves = {w for p in (*lex.year_before, *lex.year_after) for w in words(p)} | moved_period
        news = {id(n) for n in replaced[1]} if replaced is not None else set()
        rest = [g for g in q.terms if id(g) not in news and g.word not in form and not set(words(g.word)) <= moves]
        if replaced is not None:
            # a word the rewrite already writes ("hälso" of "hälso- och sjukvårdsförvaltningen") is said
            said_now = set(words(effective))
            rest = [g for g in rest if not set(words(g.word)) <= said_now]
        rewritten = replaced is not None or years != prev.years or bool(moved_period) or q.measures != prev.measures
        if not (rewritten and not rest and q.intent in ("fact", "list", prev.intent)):
            # the follow-up's own words go with the rewritten question, unless the rewrite already says all it
            # says ("Och året innan?" is the previous question of the year before, "Och vattnet?" of the water)
            effective = f"{effective} {q.text}".strip()
        measures = q.measures or prev.measures
        if replaced is not None and not q.measures:  # a measure word replaced asks no longer: read them again
            measures = self._measures(words(effective), terms, lex)
        return q.model_copy(update={
            "effective": effective, "terms": terms + kept, "years": years, "measures": measures,
            "operation": q.operation or prev.operation, "unit": q.unit or prev.unit, "doc_ids": q.doc_ids or prev.doc_ids,
            "naming": q.naming or prev.naming, "followup": True,
            "named_only": q.named_only if q.doc_ids else prev.named_only,
            "intent": q.intent if q.intent not in ("fact", "list") else prev.intent,
        })


_ISO_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d-\d\d-\d\d(?!\d)")


def _span(text: str, things: list[str]) -> str | None:
    """The stretch of ``text`` from the first to the last of several ``things``, as written ("the profit after
    depreciation"); None for fewer than two or one not found."""
    if len(things) < 2:
        return None
    found = [m for t in things if (m := re.search(rf"(?i)\b{re.escape(t)}\b", text))]
    if len(found) != len(things):
        return None
    return text[min(m.start() for m in found):max(m.end() for m in found)]


def _before_years(text: str) -> set[str]:
    """The words that stand right before a year ("inför 2024", "under 2022", "for 2021")."""
    toks = words(text)
    return {toks[i] for i in range(len(toks) - 1) if YEAR_RE.fullmatch(toks[i + 1])}


def _in_date(toks: list[str], k: int, lex: LanguageLexicon) -> bool:
    """``toks[k]`` is a month name inside a date: after a day number ("1 januari") or before a year ("januari
    2024"). A month alone ("Hur mycket kostade el i januari?") still names a period the passage must carry."""
    if toks[k] not in lex.months:
        return False
    day = k > 0 and toks[k - 1].isdigit() and 1 <= int(toks[k - 1]) <= 31
    year = k + 1 < len(toks) and YEAR_RE.fullmatch(toks[k + 1]) is not None
    return day or year


def _period(text: str, lex: LanguageLexicon) -> tuple[str, str] | None:
    """The point in the year the text names ("start" or "end") and the longest phrase that names it."""
    low = f" {' '.join(words(text))} "
    found = [(len(p), kind, p) for kind, phrases in (("start", lex.period_start), ("end", lex.period_end))
             for p in phrases if f" {' '.join(words(p))} " in low]
    if not found:
        return None
    _, kind, phrase = max(found)
    return kind, phrase


def _year_phrases(toks: list[str], lex: LanguageLexicon) -> set[str]:
    """The lexicon's phrases of a year relative to another ("året innan", "the year after") that the words say."""
    low = f" {' '.join(toks)} "
    return {p for p in (*lex.year_before, *lex.year_after) if f" {' '.join(words(p))} " in low}


_SUSPENDED = re.compile(r"(?i)\b([\wåäö]+)-\s+(och|eller|and|or)\s+([\wåäö]+)")


def _suspended(text: str, terms: list[TermGroup]) -> list[TermGroup]:
    """The terms with each suspended compound ("kultur- och fritidsnämnden") made one thing: a name of one body."""
    out = list(terms)
    for m in _SUSPENDED.finditer(text):
        first, last = m.group(1).lower(), m.group(3).lower()
        a = next((g for g in out if g.word == first), None)
        b = next((g for g in out if g.word == last), None)
        if a is None or b is None:
            continue
        both = TermGroup(word=m.group(0).lower(), alternatives=[x + y for x in a.alternatives for y in b.alternatives],
                         weight=max(a.weight, b.weight))
        out = [both if g is a else g for g in out if g is not b]
    return out


_WH = frozenset({"vilket", "vilken", "vilka", "vad", "what", "which"})


def unexpletive(text: str, lex: LanguageLexicon) -> list[str]:
    """The words of ``text`` without the lexicon's existential openings ("finns det", "is there"), whose pronoun
    stands for nothing said before."""
    said = f" {' '.join(words(text))} "
    for e in lex.followup_expletives:
        said = said.replace(f" {' '.join(words(e))} ", " ")
    return said.split()


def opens_as_followup(text: str, lex: LanguageLexicon) -> bool:
    """The question opens as a follow-up does ("Och …", "And …", "Hur är det med …": the lexicon's
    ``[followup] starts``)."""
    low = text.lower()
    return any(re.match(rf"{re.escape(s)}\b", low) for s in lex.followup_starts)


def _asked_unit(toks: list[str], lex: LanguageLexicon, intent: str) -> str | None:
    """The unit of the number a question asks for: money ("Hur mycket kostade …"), percent ("Hur stor andel …"),
    time (a count of years, months, days: "Hur många år …"); quantity, a number of any unit ("Hur mycket snö föll
    …"); None when the question asks for no number by its form. Words from the lexicon's
    ``[asked_units]``; a phrase of several words counts when it stands in the question as written."""
    # a unit word right after a number gives what the question already knows ("avtalet om 2 500 000 kr"), it does
    # not ask for it
    text = " " + " ".join(t for k, t in enumerate(toks)
                          if not (k and toks[k - 1][:1].isdigit() and not YEAR_RE.fullmatch(toks[k - 1]))) + " "

    def has(unit: str) -> bool:
        return any(f" {w} " in text for w in lex.asked_units.get(unit, ()))

    if has("money"):
        return "money"
    if has("percent"):
        return "percent"
    if intent == "count" and any(a in ("många", "many") and b in lex.asked_units.get("time", ())
                                 for a, b in zip(toks, toks[1:])):
        return "time"
    if has("quantity"):
        return "quantity"
    return None
