"""The vocabulary of the question reader, loaded once from ``assistant/lexicon/{sv,en}.toml``.

``load_lexicon() -> Lexicon``: intents (cue phrase -> intent), yes/no starts, measures, operations, follow-up cues,
stop words per language (the function words of the one stop list, ``ingest/lexicon/stopwords.toml``), and the
English -> Swedish term table. The term table is the glossary's (``assistant/lexicon/glossary.toml``,
``load_glossary()``), shared with ``assistant/glossary.py``: one table for both answerers.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ingest.text import FUNCTION_EN, FUNCTION_SV, words

LEXICON_DIR = Path(__file__).resolve().parents[1] / "lexicon"
GLOSSARY_FILE = "glossary.toml"


@dataclass(frozen=True)
class Glossary:
    en_sv: dict[str, tuple[str, ...]]  # English phrase -> Swedish forms (alternatives)
    sv_sv: dict[str, tuple[str, ...]]  # Swedish question word -> the words reports use
    sv_en_words: dict[str, str]  # Swedish table word -> English
    sv_en_labels: dict[str, str]  # whole Swedish label -> English


@lru_cache(maxsize=4)
def load_glossary(directory: Path = LEXICON_DIR) -> Glossary:
    d = tomllib.loads((directory / GLOSSARY_FILE).read_text(encoding="utf-8"))
    return Glossary(
        en_sv={k.lower(): tuple(v) for k, v in d.get("en_sv", {}).items()},
        sv_sv={k.lower(): tuple(v) for k, v in d.get("sv_sv", {}).items()},
        sv_en_words={k.lower(): v for k, v in d.get("sv_en_words", {}).items()},
        sv_en_labels={k.lower(): v for k, v in d.get("sv_en_labels", {}).items()},
    )


@dataclass(frozen=True)
class LanguageLexicon:
    intents: dict[str, str]
    yesno: tuple[str, ...]
    measures: dict[str, tuple[str, ...]]
    operations: dict[str, tuple[str, ...]]
    followup_starts: tuple[str, ...]
    followup_refer: frozenset[str]
    stop: frozenset[str]
    terms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    units: dict[str, tuple[str, ...]] = field(default_factory=dict)
    answer_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)  # intent -> words of answering units
    asked_units: dict[str, tuple[str, ...]] = field(default_factory=dict)  # unit -> question words that ask for it
    asked_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)  # kind ("duration") -> phrases asking it
    person_roles: tuple[str, ...] = ()  # roles only a person holds ("ordförande", "revisor")
    name_words: tuple[str, ...] = ()  # words that ask for a name ("heter")
    company_forms: tuple[str, ...] = ()  # what ends a company's name ("AB", "ekonomisk förening")
    which_words: tuple[str, ...] = ()  # words that ask which of a role ("vilka revisorer")
    negative: tuple[str, ...] = ()  # words that make the largest the lowest value ("störst underskott")
    year_before: tuple[str, ...] = ()  # a follow-up's phrase for the year before the previous question's
    year_after: tuple[str, ...] = ()
    period_start: tuple[str, ...] = ()  # a follow-up's phrase for the start of the year ("vid årets början")
    period_end: tuple[str, ...] = ()  # … and for its end ("vid årets slut")
    # words that stand for the previous question's thing while the follow-up qualifies it anew ("the one in …")
    followup_substitutes: frozenset[str] = frozenset()
    # an object pronoun after a preposition points back ("av dem", "of them")
    followup_prepositions: frozenset[str] = frozenset()
    followup_expletives: tuple[str, ...] = ()  # "finns det", "is there": no pronoun that points back
    followup_objects: frozenset[str] = frozenset()
    # a comparative and its "than" ("mer … än", "higher … than"): two asked years or things compared by difference
    comparatives: frozenset[str] = frozenset()
    than: frozenset[str] = frozenset()
    against: frozenset[str] = frozenset()  # "över budget": the outcome (or forecast) against the budget
    respectively: frozenset[str] = frozenset()  # "X respektive Y": the same asked of two things
    months: frozenset[str] = frozenset()  # month names: inside a date they say when, not what
    count_between: frozenset[str] = frozenset()  # words between a count's cue and what it counts ("of the")
    attribute_endings: tuple[str, ...] = ()  # endings of the attributes before a counted noun ("nya", "stadens")
    labels: frozenset[str] = frozenset()  # words a number after names ("årskurs 8", "not 12"): no value
    # the kinds whose members go by other head words too: "nämnd" counts "regionstyrelsen" (a styrelse is a nämnd)
    kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def cue_words(self) -> frozenset[str]:
        """The words that only say how the question asks (its intent, a difference or an extreme), less the measure
        words: they name no row, no table, no subject."""
        return frozenset({w for c in self.intents for w in words(c)}
                         | {w for op in ("difference", "max", "min") for c in self.operations.get(op, ())
                            for w in words(c)}) - {w for cues in self.measures.values() for c in cues for w in words(c)}


@dataclass(frozen=True)
class Lexicon:
    sv: LanguageLexicon
    en: LanguageLexicon

    def lang(self, lang: str) -> LanguageLexicon:
        return self.en if lang == "en" else self.sv

    @property
    def stop(self) -> frozenset[str]:
        return self.sv.stop | self.en.stop


def _read(path: Path, stop: frozenset[str], terms: dict[str, tuple[str, ...]] | None = None) -> LanguageLexicon:
    d = tomllib.loads(path.read_text(encoding="utf-8"))
    return LanguageLexicon(
        intents={k.lower(): v for k, v in d.get("intents", {}).items()},
        yesno=tuple(d.get("yesno", {}).get("starts", [])),
        measures={k: tuple(v) for k, v in d.get("measures", {}).items()},
        operations={k: tuple(v) for k, v in d.get("operations", {}).items()},
        followup_starts=tuple(d.get("followup", {}).get("starts", [])),
        followup_refer=frozenset(d.get("followup", {}).get("refer", [])),
        stop=stop,
        terms=dict(terms or {}),
        units={k: tuple(v) for k, v in d.get("units", {}).items()},
        answer_cues={k: tuple(v) for k, v in d.get("answer_cues", {}).items()},
        asked_units={k: tuple(v) for k, v in d.get("asked_units", {}).items()},
        asked_kinds={k: tuple(v) for k, v in d.get("asked_kinds", {}).items()},
        person_roles=tuple(d.get("persons", {}).get("roles", [])),
        name_words=tuple(d.get("persons", {}).get("name_words", [])),
        company_forms=tuple(d.get("persons", {}).get("company_forms", [])),
        which_words=tuple(d.get("persons", {}).get("which_words", [])),
        negative=tuple(d.get("polarity", {}).get("negative", [])),
        year_before=tuple(d.get("followup", {}).get("year_before", [])),
        year_after=tuple(d.get("followup", {}).get("year_after", [])),
        period_start=tuple(d.get("followup", {}).get("period_start", [])),
        period_end=tuple(d.get("followup", {}).get("period_end", [])),
        followup_substitutes=frozenset(d.get("followup", {}).get("substitutes", [])),
        followup_prepositions=frozenset(d.get("followup", {}).get("prepositions", [])),
        followup_expletives=tuple(d.get("followup", {}).get("expletives", [])),
        followup_objects=frozenset(d.get("followup", {}).get("objects", [])),
        comparatives=frozenset(d.get("comparison", {}).get("comparatives", [])),
        than=frozenset(d.get("comparison", {}).get("than", [])),
        against=frozenset(d.get("comparison", {}).get("against", [])),
        respectively=frozenset(d.get("comparison", {}).get("respectively", [])),
        months=frozenset(m.lower() for m in d.get("dates", {}).get("months", [])),
        count_between=frozenset(d.get("count", {}).get("between", [])),
        attribute_endings=tuple(d.get("count", {}).get("attribute_endings", [])),
        labels=frozenset(w.lower() for w in d.get("labels", {}).get("words", [])),
        kinds={k: tuple(v) for k, v in d.get("kinds", {}).items()},
    )


@lru_cache(maxsize=1)
def load_lexicon(directory: Path = LEXICON_DIR) -> Lexicon:
    glossary = load_glossary(directory)
    return Lexicon(sv=_read(directory / "sv.toml", FUNCTION_SV, glossary.sv_sv),
                   en=_read(directory / "en.toml", FUNCTION_EN, glossary.en_sv))
