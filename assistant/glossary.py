"""The bilingual glossary of budget, accounting, audit and public-administration terms.

The vocabulary is data: ``assistant/lexicon/glossary.toml`` (read through ``assistant.question.lexicon``), the
same English -> Swedish table the question reader uses. Used to expand English questions with the Swedish words the
documents use (keyword search, sentence scoring, table row/column matching), and to map a few Swedish near-synonyms
onto the words tables use ("förbrukat" -> "utfall").
"""

from __future__ import annotations

import re

from ingest.text import stem
from assistant.question.lexicon import load_glossary

_G = load_glossary()
# English phrase -> Swedish terms (the one term table, shared with the question reader). Longer phrases first wins.
EN_SV: dict[str, list[str]] = {k: list(v) for k, v in _G.en_sv.items()}
# Swedish near-synonyms -> the words tables and reports tend to use.
SV_SV: dict[str, list[str]] = {k: list(v) for k, v in _G.sv_sv.items()}


def _patterns(phrases, gap: str = r"\s+") -> list[tuple[str, re.Pattern]]:
    """Each phrase as a pattern matched on word boundaries, ``gap`` between its words; longest first."""
    return [(ph, re.compile(r"(?<![\w-])" + gap.join(map(re.escape, ph.split())) + r"(?![\w-])"))
            for ph in sorted(phrases, key=len, reverse=True)]


# an article may stand between the words of a phrase: "rights of child" matches "rights of the child"
PHRASE_PATTERNS = _patterns(EN_SV, r"\s+(?:(?:the|a|an)\s+)?")
SV_PHRASE_PATTERNS = _patterns(k for k in SV_SV if " " in k)  # Swedish phrases of several words ("bytte ägare")
_SV_STEMS = {stem(k): k for k in SV_SV}


def sv_synonyms(word: str) -> list[str]:
    """The glossary's [sv_sv] words for a Swedish question word, looked up as written or by its stem ("räntorna"
    finds "ränta", "omsättningen" finds "omsättning"), as the typed question reader looks them up."""
    w = word.lower()
    return SV_SV.get(w, []) or SV_SV.get(_SV_STEMS.get(stem(w), ""), [])


def expand_terms(question: str, lang: str | None = None) -> list[str]:
    """Swedish terms for the glossary phrases found in the question (English phrases are
    matched on word boundaries, longest first; a word used by a longer phrase is not reused)."""
    q = question.lower()
    out: list[str] = []
    used: list[tuple[int, int]] = []
    if lang != "sv":
        for ph, rx in PHRASE_PATTERNS:  # longest first
            if ph.split()[0].split("-")[0] not in q:
                continue
            for m in rx.finditer(q):
                if any(a < m.end() and m.start() < b for a, b in used):
                    continue
                used.append((m.start(), m.end()))
                out.extend(EN_SV[ph])
    if lang != "en":  # a Swedish phrase of several words ("bytte ägare")
        for ph, rx in SV_PHRASE_PATTERNS:
            if rx.search(q):
                out.extend(SV_SV[ph])
    for w in re.findall(r"[\wåäö]+", q):
        out.extend(sv_synonyms(w))
    seen: set[str] = set()
    return [t for t in out if not (t in seen or seen.add(t))]


def expand_query(question: str, lang: str | None = None) -> str:
    """The question with its Swedish glossary terms appended (for keyword search)."""
    extra = expand_terms(question, lang)
    return question if not extra else question + " " + " ".join(extra)


# Swedish table words -> English, for showing table headers and row labels to English questions. A header or
# label is shown in English only when every word is known ("Prognos april" -> "Forecast April (Prognos april)");
# the Swedish original always stays visible next to it.
SV_EN_WORDS: dict[str, str] = dict(_G.sv_en_words)
SV_EN_LABELS: dict[str, str] = dict(_G.sv_en_labels)  # whole labels
_UNITS = {"kr", "tkr", "mnkr", "mdkr", "sek", "msek", "st", "km"}  # kept as they are
_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:-[A-Za-zÀ-ÖØ-öø-ÿ]+)*|[^A-Za-zÀ-ÖØ-öø-ÿ]+")


def english_label(text: str) -> str | None:
    """English for a Swedish table header or row label when every word of it is known, else None (also when the
    English would read the same, as for "Budget 2023 (tkr)")."""
    t = re.sub(r"\s+", " ", text).strip()
    whole = SV_EN_LABELS.get(t.lower())
    if whole:
        return whole
    out = []
    for tok in _TOKEN.findall(t):
        if not tok[0].isalpha():
            out.append(tok)
            continue
        if tok.lower() in _UNITS:
            out.append(tok)
            continue
        if tok == "ÅR":  # the annual report (årsredovisning), as tables abbreviate it
            out.append("annual report")
            continue
        en = SV_EN_WORDS.get(tok.lower())
        if en is None and "-" in tok:  # "jan-aug"
            parts = [SV_EN_WORDS.get(p.lower()) for p in tok.split("-")]
            en = "–".join(parts) if all(parts) else None
        if en is None:
            return None
        out.append(en)
    eng = "".join(out)
    eng = eng[:1].upper() + eng[1:]
    return None if eng.lower() == t.lower() else eng


def shown_label(text: str, lang: str) -> str:
    """``text`` for Swedish; for English "English (Swedish)" when the glossary knows every word."""
    if lang == "sv":
        return text
    en = english_label(text)
    return f"{en} ({text})" if en else text
