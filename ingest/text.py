"""Small text helpers shared by the answer stages: normalisation, tokens, light stems,
compound-aware term matching and number/year spotting. No models, no state."""

from __future__ import annotations

import bisect
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import Stemmer

_SV = Stemmer.Stemmer("swedish")
_EN = Stemmer.Stemmer("english")

WORD_RE = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+(?:[-/][0-9A-Za-zÀ-ÖØ-öø-ÿ]+)*")
# a year: not part of a longer number or a decimal ("1.2023"), but the year of a day.month.year date ("1.1.2024",
# "31.12.2023") is one
YEAR_RE = re.compile(r"(?:(?<![\d,.])|(?<=\b\d\.\d\.)|(?<=\b\d\d\.\d\.)|(?<=\b\d\.\d\d\.)|(?<=\b\d\d\.\d\d\.))"
                     r"(?:19[5-9]\d|20[0-6]\d)(?!\d|,\d)")


def _stop_lists() -> dict[str, dict[str, frozenset[str]]]:
    """The one stop list, ``ingest/lexicon/stopwords.toml``: per language, its kinds of words
    (function, task, asking, recommending)."""
    path = Path(__file__).resolve().parent / "lexicon" / "stopwords.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {lang: {kind: frozenset(text.split()) for kind, text in kinds.items()} for lang, kinds in data.items()}


_STOP_LISTS = _stop_lists()
# function and task words: what the question reader skips; STOP adds the asking words: what content_words drops
FUNCTION_SV = _STOP_LISTS["sv"]["function"] | _STOP_LISTS["sv"]["task"]
FUNCTION_EN = _STOP_LISTS["en"]["function"]
STOP_SV = FUNCTION_SV | _STOP_LISTS["sv"]["asking"]
STOP_EN = FUNCTION_EN | _STOP_LISTS["en"]["asking"]
STOP = STOP_SV | STOP_EN
# the tracker's: function words without the task verbs, and the verbs of recommending
RECOMMENDATION_STOP_SV = _STOP_LISTS["sv"]["function"] | _STOP_LISTS["sv"]["recommending"]


@dataclass(frozen=True)
class Month:
    number: int  # 1-12
    sv: str  # "augusti"
    names: tuple[str, ...]  # full names, Swedish and English ("augusti", "august")
    short: tuple[str, ...]  # abbreviations ("aug")


def _months() -> tuple[Month, ...]:
    """``ingest/lexicon/months.toml``, in order."""
    data = tomllib.loads((Path(__file__).resolve().parent / "lexicon" / "months.toml").read_text(encoding="utf-8"))
    return tuple(Month(number=k + 1, sv=m["sv"], names=tuple(dict.fromkeys([m["sv"], *m.get("en", [])])),
                       short=tuple(m.get("short", []))) for k, m in enumerate(data["month"]))


MONTHS = _months()
MONTH_NUMBER = {name: m.number for m in MONTHS for name in m.names}  # full name (sv or en) -> 1-12
MONTH_NAMES = "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))  # a regex alternation of the full names


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def collapse(text: str) -> str:
    """NFC and every whitespace run collapsed to one space."""
    return re.sub(r"\s+", " ", nfc(text)).strip()


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD_RE.findall(nfc(text))]


_ENDINGS = ("arna", "erna", "orna", "ens", "ets", "en", "et", "na", "ar", "er", "or", "s")


_ABBREVIATION_FILE = tomllib.loads((Path(__file__).resolve().parent / "lexicon" / "abbreviations.toml")
                                   .read_text(encoding="utf-8"))
# ``ingest/lexicon/abbreviations.toml``: an abbreviation -> the word it shortens ("kvm" -> "kvadratmeter") …
ABBREVIATIONS: dict[str, str] = dict(_ABBREVIATION_FILE.get("sv", {}))
# … and the dotted abbreviations after which no sentence ends ("fr.o.m.", "bl.a."; its [dotted] words)
DOTTED_ABBREVIATIONS: tuple[str, ...] = tuple(_ABBREVIATION_FILE.get("dotted", {}).get("words", ()))


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """Swedish snowball stem plus a light strip of definite/plural endings; an abbreviation stems as its word."""
    w = word.lower()
    w = ABBREVIATIONS.get(w, w)
    if w.isdigit():
        return w
    s = _SV.stemWord(w)
    for end in _ENDINGS:
        if s.endswith(end) and len(s) - len(end) >= 4:
            s = s[: -len(end)]
            break
    return s


_SYNCOPE_RE = re.compile(r"^(.{2,}[^aeiouyåäö])([nlr])(et|en|ar|er|arna|erna|a|s)$")


def unsyncopated(word: str) -> str | None:
    """The base form of a Swedish word whose inflection drops an -e- before its last consonant ("vattnet" ->
    "vatten", "regeln" is kept, "nyckeln" -> no: the ending must follow the consonant), or None."""
    m = _SYNCOPE_RE.match(word.lower())
    return f"{m.group(1)}e{m.group(2)}" if m else None


def content_stems(text: str) -> set[str]:
    """The stems of a text's content words (no stop words, no numbers)."""
    return {stem(w) for w in content_words(text) if not w.isdigit()}


def content_words(text: str) -> list[str]:
    out = []
    for w in words(text):
        if w in STOP or len(w) < 2:
            continue
        if w.isdigit() and not YEAR_RE.fullmatch(w) and len(w) < 2:
            continue
        out.append(w)
    return out


@lru_cache(maxsize=200_000)
def term_match(qstem: str, tstem: str) -> float:
    """How well a needed stem (question) is matched by an available stem (text).

    1 equal; 0.8 when the text word is a compound containing the question word
    ("avvikelse" in "budgetavvikelse") or an inflection sharing a long prefix; 0.5 when the text
    word is only a part of a more specific question compound ("resultat" for "resultatutjämningsreserv").
    """
    if qstem == tstem:
        return 1.0
    if qstem.isdigit() or tstem.isdigit():
        return 0.0
    if len(qstem) >= 5 and (tstem.startswith(qstem) or tstem.endswith(qstem)):
        return 0.8
    if len(tstem) >= 5 and (qstem.startswith(tstem) or qstem.endswith(tstem)):
        # an inflection differs at the end ("kostnad"/"kostnader"); a word with more in front is more specific
        # ("reinvestering" is not any "investering")
        return 0.8 if qstem.startswith(tstem) and len(qstem) - len(tstem) <= 2 else 0.5
    if len(qstem) >= 6 and qstem in tstem:
        return 0.6
    if _inflected(qstem, tstem) or _inflected(tstem, qstem):
        return 0.8
    if _modifies(qstem, tstem):
        return 0.6
    if _misread(qstem, tstem):
        return 0.8
    if _nominal(qstem, tstem) or _nominal(tstem, qstem):
        return 0.8
    return 0.0


_NOMINAL_SUFFIXES = ("ning", "ing", "else")
_PAST_ENDINGS = ("ad", "d", "t")


def _nominal(verb: str, noun: str) -> bool:
    """``noun`` is the verb stem's action noun: "höjning" of "höj" (höjs), "förändring" of "förändr" (förändrades),
    "avvikelse" of "avvik" (avviker). A question asks with the verb, the report writes the noun, or the reverse."""
    if len(verb) < 3:
        return False
    # the stemmer leaves a past participle's or preterite's ending ("höjd" of höjdes, "ökad" of ökade, "höjt")
    roots = [verb] + [verb[: -len(e)] for e in _PAST_ENDINGS if verb.endswith(e) and len(verb) - len(e) >= 2]
    if any(noun.startswith(r) and noun[len(r):] in _NOMINAL_SUFFIXES for r in roots):
        return True
    # or a compound's head ("avgiftshöjning" of höjdes): a modifier of three letters or more before the noun
    return any(noun.endswith(r + suf) and len(noun) - len(r) - len(suf) >= 3 and len(r + suf) >= 6
               for r in roots for suf in _NOMINAL_SUFFIXES)


def _misread(a: str, b: str) -> bool:
    """The same long word with a letter misread, dropped or added (OCR: "genomshnittlig" for "genomsnittlig"):
    9+ letters, the same first three, and at most one edit per ten letters."""
    if len(a) < 9 or len(b) < 9 or abs(len(a) - len(b)) > 2 or a[:3] != b[:3] or not (a.isalpha() and b.isalpha()):
        return False  # (a word broken at a line end, "genom-slag", is another matter: ingest joins those)
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(a, b) <= max(1, min(len(a), len(b)) // 10)


def _modifies(qstem: str, tstem: str) -> bool:
    """``tstem`` is a compound that a short question word (3-4 letters) begins and a word of the Swedish word list
    ends, with or without a linking letter: "räntekostnad" for "ränt" (räntor), "lånevillkor" for "lån". A longer
    question word that begins a text word already matches (0.8). (Particles such as "upp" are stop words.)"""
    if not 3 <= len(qstem) <= 4 or not tstem.startswith(qstem) or len(tstem) - len(qstem) < 4:
        return False
    rest = tstem[len(qstem):]
    return any(len(h) >= 4 and _is_head(h) for h in (rest, rest[1:] if rest[0] in "esau" else ""))


_HEAD_ENDINGS = ("", "er", "ar", "or", "en", "et", "a", "e", "ning", "ningar")


@lru_cache(maxsize=20_000)
def _is_head(stem_: str) -> bool:
    """A stem that some Swedish word form is (with a usual ending)."""
    from ingest.quality import word_forms  # the word list is read only when a short question word needs it
    forms = word_forms()
    return any(stem_ + e in forms for e in _HEAD_ENDINGS)


# definite endings the stemmer leaves on a short word ("elen", "elet": its stem is too short to cut)
_SHORT_INFLECTIONS = ("en", "et", "ens", "ets", "na")


def _inflected(longer: str, short: str) -> bool:
    """``longer`` is ``short`` (a stem of 2-4 letters) with a definite ending: "elen" of "el"."""
    return 2 <= len(short) <= 4 and longer.startswith(short) and longer[len(short):] in _SHORT_INFLECTIONS


class StemIndex:
    """The stems of a vocabulary that a question stem matches (``term_match > 0``), found without comparing it to
    every stem: a match is the stem itself, a stem of 5+ letters that begins or ends the question stem (its
    prefixes and suffixes are looked up), a short stem with or without a definite ending, a stem that contains a
    question stem of 5+ letters or begins with one of 3-4 (found by ``str.find`` over the vocabulary joined into one
    string), or, for a long question stem, a stem of the same first three letters and near length (a misread letter). Same result as scanning, in time that grows with
    the number of hits, not the size of the vocabulary."""

    def __init__(self, stems) -> None:
        self._set = frozenset(stems)
        order = sorted(self._set)
        self._stems = order
        self._blob = "\n" + "\n".join(order) + "\n"
        starts, pos = [], 1
        for st in order:
            starts.append(pos)
            pos += len(st) + 1
        self._starts = starts

    def _containing(self, qstem: str):
        blob, i = self._blob, self._blob.find(qstem)
        seen = -1
        while i >= 0:
            k = bisect.bisect_right(self._starts, i) - 1
            if k != seen and k >= 0:
                seen = k
                yield self._stems[k]
            i = blob.find(qstem, i + 1)

    def matches(self, qstem: str) -> dict[str, float]:
        """``{stem: term_match(qstem, stem)}`` for every stem of the vocabulary with a match, best first."""
        if not qstem or "\n" in qstem:
            return {}
        cands: set[str] = set()
        if qstem in self._set:
            cands.add(qstem)
        for n in range(5, len(qstem)):
            for part in (qstem[:n], qstem[-n:]):
                if part in self._set:
                    cands.add(part)
        for end in _SHORT_INFLECTIONS:  # a short word and its definite form ("el", "elen")
            if qstem.endswith(end) and qstem[:-len(end)] in self._set:
                cands.add(qstem[:-len(end)])
            if qstem + end in self._set:
                cands.add(qstem + end)
        for suf in _NOMINAL_SUFFIXES:  # a verb and its action noun ("höj", "höjning")
            if qstem.endswith(suf) and qstem[:-len(suf)] in self._set:
                cands.add(qstem[:-len(suf)])
            if qstem + suf in self._set:
                cands.add(qstem + suf)
            if qstem.endswith(suf):  # a compound the action noun ends ("avgiftshöjning"): its verb ("höj", "höjd")
                for i in range(3, len(qstem) - len(suf) - 1):
                    root = qstem[i:-len(suf)]
                    cands.update(r for r in (root, *(root + e for e in _PAST_ENDINGS)) if r in self._set)
            if len(qstem + suf) >= 6:  # compounds the action noun ends ("avgiftshöjning" for "höj")
                cands.update(s for s in self._containing(qstem + suf) if s.endswith(qstem + suf))
            for end in _PAST_ENDINGS:  # a past form the stemmer left ("höjd") and the noun ("höjning")
                root = qstem[:-len(end)]
                if qstem.endswith(end) and len(root) >= 2 and len(root + suf) >= 6:
                    cands.update(s for s in self._containing(root + suf) if s.endswith(root + suf))
                if qstem.endswith(end) and qstem[:-len(end)] + suf in self._set:
                    cands.add(qstem[:-len(end)] + suf)
                if qstem.endswith(suf) and qstem[:-len(suf)] + end in self._set:
                    cands.add(qstem[:-len(suf)] + end)
        if len(qstem) >= 5:
            cands.update(self._containing(qstem))
        elif len(qstem) >= 3:  # compounds the short word begins ("räntekostnad" for "ränt")
            cands.update(s for s in self._containing(qstem) if s.startswith(qstem))
        if len(qstem) >= 9:  # the same word misread by a letter or two: stems of the same first three letters
            lo = bisect.bisect_left(self._stems, qstem[:3])
            hi = bisect.bisect_left(self._stems, qstem[:3] + "\uffff")
            cands.update(s for s in self._stems[lo:hi] if abs(len(s) - len(qstem)) <= 2)
        found = {s: m for s in cands if (m := term_match(qstem, s)) > 0}
        return dict(sorted(found.items(), key=lambda x: (-x[1], x[0])))


def split_compound(word: str, known) -> tuple[str, str] | None:
    """An unseen Swedish compound split into two stems the documents use: "livsmedelsområdet" ->
    ("livsmedel", "områd"). ``known(stem)`` says whether a stem occurs in the documents. Tries the
    longest modifier first, with and without a linking -s-; both parts need at least 4 letters."""
    w = word.lower()
    if len(w) < 9 or not w.isalpha():
        return None
    for i in range(len(w) - 4, 3, -1):
        left, right = w[:i], w[i:]
        for mod in ([left[:-1], left] if left.endswith("s") and len(left) > 4 else [left]):
            a, b = stem(mod), stem(right)
            if len(a) >= 4 and len(b) >= 4 and known(a) and known(b):
                return a, b
    return None


def years(text: str) -> set[int]:
    return {int(y) for y in YEAR_RE.findall(text)}


def compound_cover(qstem: str, stems: set[str]) -> tuple[str, str] | None:
    """A Swedish compound of the question matched by its parts written apart: its head ends it and its modifier
    (less a linking s, e, a or u) begins another of the text's stems ("årsresultat" by "Årets resultat", "räntekostnader" by
    "kostnader för räntor"). Returns (modifier, head) as the text's stems, or None."""
    for s in stems:
        at = qstem.rfind(s)  # the head ends the compound, but for an ending the stemmer left ("årsresultat"/"result")
        if len(s) < 4 or at < 2 or len(qstem) - at - len(s) > 2:
            continue
        mod = qstem[:at]
        mods = {mod, mod[:-1]} if mod[-1] in "seau" and len(mod) > 2 else {mod}  # a linking -s-, -e-, -a-, -u-
        for t in stems:
            if t != s and any(t == m or (t.startswith(m) and len(t) - len(m) <= 3) for m in mods):
                return t, s
    return None


def compound_parts_match(qstem: str, stems: set[str]) -> bool:
    return compound_cover(qstem, stems) is not None


def best_match(qstem: str, stems: set[str]) -> float:
    if qstem in stems:
        return 1.0
    best = 0.0
    for s in stems:
        m = term_match(qstem, s)
        if m > best:
            best = m
            if best >= 0.8:
                break
    if best < 0.8 and len(qstem) >= 6 and compound_parts_match(qstem, stems):
        return 0.9
    return best
