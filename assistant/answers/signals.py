"""Which sentences carry the answer? Signals read from the question, used to score and pick units.

- ``Signals.read(question, named_docs)``: what the question asks for beyond its words: a recommendation
  ("förordar", "rekommenderas", "recommend"), a time or schedule ("när", "tidplan"), a frequency ("hur ofta"),
  its parts (two questions joined by "och"/"and") and the documents it names.
- ``Signals.bonus(u)``: the score adjustment for one unit: a unit from a named document, a unit that enumerates
  the X of a "vilka X" question; a question in the text is itself never the answer. (Bonuses for the kind of
  answer, a conclusion and the sentence after a restated question were measured on the blind dev and original
  gold questions: without them no answer changed, so they went.)
- ``adds_coverage(coverage, q, covered, u)``: a further sentence is cited only when it covers question terms
  the chosen ones do not (a second sentence saying the same thing is noise, not evidence).
- ``narrowed(coverage, q, u, want_number)``: a long unit (a bullet of several sentences) cut to its best sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ingest.text import best_match, content_words, stem, words
from ingest.units import Unit, annotate_number_words, sentence_spans
from assistant.question.lexicon import load_glossary, load_lexicon
from assistant.question.models import year_spans

REC_Q = re.compile(r"\b(rekommender\w*|förordar|förordas|föreslår|föreslås|råder|recommend\w*|suggest\w*|advis\w*)\b", re.I)
REC_UNIT = re.compile(r"\b(bör|borde|rekommenderar|föreslår|förordar|should|recommends?)\b", re.I)
TIME_Q = re.compile(r"^\s*(när|when)\b|\b(vilket år|vilket datum|what year|by when|tidplan\w*|tidsplan\w*|"
                    r"schedule|timeline|timetable)\b", re.I)
MONTH_RE = re.compile(r"\b(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
                      r"våren|hösten|sommaren|vintern)\b", re.I)
# words that say what kind of answer is wanted (a time), not what it is about: they weigh little as content
TYPE_WORDS = re.compile(r"\b(tidplan\w*|tidsplan\w*|schedule|timeline|timetable)\b", re.I)
PART_RE = re.compile(r",\s*(?:och|samt)\s+(?=(?:vad|vilk\w*|hur|när|vem|i vilk\w*|har|är|blir)\b)|"
                     r"\s+(?:och|samt)\s+(?=(?:vad|vilk\w*|hur|när|vem|i vilk\w*)\s)|"
                     r",\s*and\s+(?=(?:what|which|how|when|who|has|have|is|was|did)\b)|"
                     r"\s+and\s+(?=(?:what|which|how|when|who)\s)", re.I)
FOCUS_RE = re.compile(r"^\s*(?:vilka|vilken|vilket|which|what)\s+([a-zåäö][\wåäö-]{3,})", re.I)
OFTEN_Q = re.compile(r"\b(hur ofta|how often)\b", re.I)
FREQ_RE = re.compile(r"\b(gånger? (per|om|i) (år|månad|vecka)|varje (år|månad|vecka|kvartal)|årligen|månadsvis|"
                     r"kvartalsvis|times a year|every (year|month|quarter)|annually|monthly)\b", re.I)
QUESTION_UNIT = re.compile(r"\?[\s)”\"]*$|^\s*(?:\d{1,2}\.\s+)?(?:Vilka|Vilken|Vilket)\s")  # "Vilka utökade åtgärder kan …."


def is_question(u: Unit) -> bool:
    return bool(QUESTION_UNIT.search(u.text))


def type_stems(question: str) -> set[str]:
    return {stem(m.group(1).lower()) for m in TYPE_WORDS.finditer(question)}


def question_parts(question: str) -> list[str]:
    """"När antogs planen, och vem beslutade den?" -> its two questions; "Hur många av lärarna respektive de
    nyanställda lärarna …?" -> the question of each of the two things."""
    parts = [p.strip(" ,?") for p in PART_RE.split(question)]
    if len(parts) > 1:
        return [p for p in parts if len(content_words(p)) >= 1]
    return _respective_parts(question)


def _respective_parts(question: str) -> list[str]:
    """"… av X respektive (de nyanställda) Y …": the question without "respektive …" and the question with Y in X's
    place. The second thing runs to the word that shares the first one's stem ("lärarna … nyanställda
    lärarna"), else to its first content word ("mars respektive i juni")."""
    lexicon = load_lexicon()
    marks = lexicon.sv.respectively | lexicon.en.respectively
    toks = question.rstrip(" ?").split()
    at = [i for i, t in enumerate(toks) if t.lower() in marks]
    if len(at) != 1 or not 0 < at[0] < len(toks) - 1:
        return []
    i = at[0]
    if not content_words(toks[i - 1]):
        return []  # "i sina respektive verksamheter", "för respektive nämnd": each one's own, no two things
    first = stem(toks[i - 1].strip(",.").lower())
    rest = toks[i + 1:i + 5]
    end = next((k for k, t in enumerate(rest) if stem(t.strip(",.").lower()) == first), None)
    if end is None:
        end = next((k for k, t in enumerate(rest) if content_words(t)), None)
    if end is None:
        return []
    one = " ".join(toks[:i] + toks[i + 1 + end + 1:])
    again = 1 if i >= 2 and toks[i + 1].lower() == toks[i - 2].lower() else 0  # "i mars respektive i juni"
    two = " ".join(toks[:i - 1] + toks[i + 1 + again:])
    return [one, two]


@dataclass
class Signals:
    docs: set[str] = field(default_factory=set)
    naming: set[str] = field(default_factory=set)  # stems of the question words that named the documents
    recommend: bool = False
    time: bool = False
    often: bool = False
    duration: bool = False  # "hur snabbt", "how long": the answer is a number of a time unit ("två månader")
    focus: str | None = None  # the thing a "vilka X" question enumerates (its stem)
    plural: bool = False  # "vilka nämnder", "which committees": the answer names several
    parts: list[str] = field(default_factory=list)

    @classmethod
    def read(cls, question: str, named_docs: set[str] | None = None) -> Signals:
        m = FOCUS_RE.search(question)
        focus = _focus(m.group(1)) if m and m.group(1).lower() not in ("som", "the", "is", "are", "was") else None
        plural = bool(m and (m.group(0).lower().lstrip().startswith("vilka")
                             or (m.group(0).lower().lstrip().startswith(("which", "what")) and m.group(1).endswith("s"))))
        return cls(docs=set(named_docs or ()), recommend=bool(REC_Q.search(question)), time=bool(TIME_Q.search(question)),
                   often=bool(OFTEN_Q.search(question)), duration=_asks_duration(question), focus=focus,
                   plural=plural, parts=question_parts(question))

    def bonus(self, u: Unit) -> float:
        b = 0.25 if u.doc_id in self.docs else 0.0
        if self.focus and self.enumerates(u):  # "vilka nämnder …": a unit that names several
            b += 0.35
        return b - 0.3 if is_question(u) else b

    @property
    def asks_kind(self) -> bool:
        return self.often or self.time or self.recommend or self.duration

    def gives_kind(self, u: Unit) -> bool:
        """The unit gives the kind of answer asked for: a frequency ("hur ofta"), a time ("när", "tidplan"),
        a recommendation ("förordar", "rekommenderas": a "bör" sentence)."""
        if self.often and not FREQ_RE.search(u.text):
            return False
        if self.recommend and not REC_UNIT.search(u.text):
            return False
        if self.duration and not _gives_duration(u.text):
            return False
        return not (self.time and not (u.years or MONTH_RE.search(u.text)))

    def enumerates(self, u: Unit) -> bool:
        """Two or more words of the unit are instances of the asked "vilka X" ("…utvecklingsnämnden och
        kollektivtrafiknämnden" for "Vilka nämnder …")."""
        return self.instances(u) >= 2

    def instances(self, u: Unit) -> int:
        """How many words of the unit are instances of the asked "vilka X": compounds of X, or of a head word its
        members also go by (``[kinds]`` of the lexicon: "regionstyrelsen" is one of "nämnder")."""
        if not self.focus:
            return 0
        kin = _kin(self.focus)
        return len({w for w in u.stems if w != self.focus and (best_match(self.focus, {w}) >= 0.8
                                                                or any(w.endswith(k) for k in kin))})


def _focus(word: str) -> str:
    """The stem of what a "vilka X" question enumerates, in the documents' language: an English X by its glossary
    translation ("committees" -> nämnder), so the Swedish passage's members of X are counted."""
    sv = load_glossary().en_sv.get(word.lower())
    return stem(sv[0]) if sv else stem(word)


@lru_cache(maxsize=256)
def _kin(focus: str) -> tuple[str, ...]:
    """The stems of the other head words the members of ``focus``'s kind go by (sv.toml ``[kinds]``)."""
    kinds = load_lexicon().sv.kinds
    return tuple(stem(w) for key, ws in kinds.items() if stem(key) == focus for w in ws)


NEAR_BEFORE = 8  # words of the value's clause before it that may name what it counts


def counted_near(quote: str, raw: str, counted: list[str]) -> bool:
    """A value ``raw`` of ``quote`` stands with a word of what is counted ("21 personer", "antalet elever 340")."""
    at = quote.find(raw)
    if at < 0:
        return False
    # before the value: its clause's words since the sentence began ("Antalet medlemmar vid räkenskapsårets slut
    # var 48"), at most NEAR_BEFORE of them; after it: the next few ("21 personer")
    before = re.split(r"[.!?;:]\s", quote[max(0, at - 120):at])[-1]
    around = [stem(w) for w in words(before)][-NEAR_BEFORE:] + \
        [stem(w) for w in words(quote[at + len(raw):at + len(raw) + 60])][:4]
    # the counted word itself (inflected) or a compound it ends ("sjuksköterskor" for "sköterskor"): a Swedish
    # compound is a kind of its last part, so "personalkostnader" (a cost) counts no "personal"
    # a more general word the counted compound ends in counts it too ("nio utförare", asked of "hemtjänstutförare")
    return any(w.endswith(c) or (w.startswith(c) and len(w) - len(c) <= 2) or (len(w) >= 5 and c.endswith(w))
               for c in counted for w in around)


def _asks_duration(question: str) -> bool:
    """The question asks how long or how quickly (``[asked_kinds] duration`` of either language's lexicon)."""
    low = " " + " ".join(re.findall(r"[\wåäö]+", question.lower())) + " "
    lex = load_lexicon()
    return any(f" {p} " in low for lx in (lex.sv, lex.en) for p in lx.asked_kinds.get("duration", ()))


def _gives_duration(text: str) -> bool:
    """A number, in digits or words, of a time unit ("två månader", "inom 30 dagar", "three weeks")."""
    lex = load_lexicon()
    units = {u for lx in (lex.sv, lex.en) for u in lx.units.get("time", ())}
    toks = re.findall(r"[\wåäö]+", annotate_number_words(text).lower())
    return any(t.isdigit() and k + 1 < len(toks) and toks[k + 1] in units for k, t in enumerate(toks))


def adds_coverage(q, covered: set[str], u: Unit, min_gain: float = 0.08) -> bool:
    """``u`` matches question terms (weighted share ≥ ``min_gain``) that the chosen sentences do not match at all
    (a compound "utvecklingsnämnden" already matches "nämnder"; the plain word adds nothing)."""
    total = sum(w for w, _ in q.groups) or 1.0
    gain = sum(w for w, alts in q.groups
               if max(best_match(a, covered) for a in alts) < 0.8 <= max(best_match(a, u.stems) for a in alts))
    return gain / total >= min_gain


def narrowed(coverage, q, u: Unit, want_number: bool, limit: int = 260) -> Unit:
    """A long unit cut to the sentence that covers the question best (with a figure when one is asked for)."""
    if len(u.text) <= limit:
        return u
    spans = sentence_spans(u)
    if len(spans) < 2:
        return u
    asked, periods = getattr(q, "years", set()), getattr(q, "spans", set())

    def fit(v: Unit) -> float:  # the sentence of the asked year and period before one of another
        years = 0.15 if asked and v.years & asked else 0.0
        named = year_spans(v.text) if periods else set()
        return years + (0.15 if named & periods else -0.15 if named else 0.0)

    return max(spans, key=lambda v: coverage(q, v.stems) + (0.3 if want_number and v.has_number else 0.0) + fit(v))
