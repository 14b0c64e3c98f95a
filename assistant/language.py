"""Question language: Swedish or English, by function words and å/ä/ö."""

from __future__ import annotations

from assistant.llm.prompts import CANNOT_ANSWER_EN, CANNOT_ANSWER_SV

import re

_SV = set(
    """och att det som en ett är av för med till den har de inte om var men från vid kan när
    eller hur vad vilken vilket vilka vem varför finns hade blev blir ska skulle under efter
    mot samt också även än mer mest nu där alla andra detta dessa denna deras någon något
    några många mycket enligt kring inom utan varit varje år året åren sig hos får visa
    jämför stämmer ta fram""".split()
)
_EN = set(
    """the a an and or of to in on for by with at from is are was were be been what which
    who whom whose why how when where does do did has have had it its this that these
    those there their they any some much many more most than show list give tell compare
    according did much did""".split()
)


def detect_language(text: str) -> str:
    """Return "sv" or "en". Ties and unknowns go to Swedish (the documents' language)."""
    raw = re.findall(r"[A-Za-zÀ-ÖØ-öø-ÿ]+", text)
    if not raw:
        return "sv"
    tokens = [t.lower() for t in raw]
    sv = sum(1 for t in tokens if t in _SV)
    en = sum(1 for t in tokens if t in _EN)
    # å/ä/ö mark a Swedish word, but not in a name: an English question names Swedish places and organisations
    # ("Who chairs Brf Sjöängen in Täby?"), so a capitalised word after the first counts for neither language
    sv += sum(1 for k, t in enumerate(raw) if re.search(r"[åäöÅÄÖ]", t) and (k == 0 or not t[0].isupper()))
    if en > sv:
        return "en"
    return "sv"


def phrase(key: str, lang: str) -> str:
    """Fixed answer phrases in the question's language."""
    return _PHRASES[key][0 if lang == "sv" else 1]


_PHRASES = {
    "abstain": (CANNOT_ANSWER_SV, CANNOT_ANSWER_EN),
    "closest": ("Närmaste passager:", "Closest passages:"),
    "according": ("Enligt {title}:", "According to {title} (quoted in Swedish):"),
    "table_intro": ("Enligt {title}:", "According to {title}:"),
    "page": ("s.", "p."),
}
