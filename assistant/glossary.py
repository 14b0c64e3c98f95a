"""Bilingual vocabulary for keyword search and table labels, read from the lexicon data files
(``assistant/lexicon/en.toml`` [terms], ``sv.toml`` [synonyms] and [labels_en]); no vocabulary lives here.

``expand_terms(question, lang)``: the Swedish words for the English terms of a question (longest phrase first) and
the report words for Swedish near-synonyms. ``expand_query``: the question with those appended (keyword search).
``shown_label(text, lang)``: a Swedish table header or label in English, with the Swedish kept, when every word of
it is known.
"""

from __future__ import annotations

import re

from ingest.text import stem
from assistant.question.lexicon import load_lexicon

_LEX = load_lexicon()
EN_SV: dict[str, list[str]] = {k: list(v) for k, v in _LEX.en.terms.items()}
_PHRASES = sorted(EN_SV, key=len, reverse=True)


def _sv_section(name: str) -> dict:
    import tomllib

    from assistant.question.lexicon import LEXICON_DIR

    return tomllib.loads((LEXICON_DIR / "sv.toml").read_text(encoding="utf-8")).get(name, {})


SV_SV: dict[str, list[str]] = {k: list(v) for k, v in _sv_section("synonyms").items()}
SV_EN_WORDS: dict[str, str] = dict(_sv_section("labels_en"))
_SV_STEMS = {stem(k): k for k in SV_SV}
_UNITS = {w for ws in _LEX.sv.units.values() for w in ws}  # kept as they are
_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:-[A-Za-zÀ-ÖØ-öø-ÿ]+)*|[^A-Za-zÀ-ÖØ-öø-ÿ]+")


def expand_terms(question: str, lang: str | None = None) -> list[str]:
    """Swedish terms for the lexicon phrases found in the question (English phrases are matched on word
    boundaries, longest first; a word used by a longer phrase is not reused)."""
    q = question.lower()
    out: list[str] = []
    used: list[tuple[int, int]] = []
    if lang != "sv":
        for ph in _PHRASES:
            for m in re.finditer(rf"(?<![\w-]){re.escape(ph)}(?![\w-])", q):
                if any(a < m.end() and m.start() < b for a, b in used):
                    continue
                used.append((m.start(), m.end()))
                out.extend(EN_SV[ph])
    for w in re.findall(r"[\wåäö]+", q):
        out.extend(SV_SV.get(w, []) or SV_SV.get(_SV_STEMS.get(stem(w), ""), []))
    seen: set[str] = set()
    return [t for t in out if not (t in seen or seen.add(t))]


def expand_query(question: str, lang: str | None = None) -> str:
    """The question with its Swedish lexicon terms appended (for keyword search)."""
    extra = expand_terms(question, lang)
    return question if not extra else question + " " + " ".join(extra)


def english_label(text: str) -> str | None:
    """English for a Swedish table header or row label when every word of it is known, else None (also when the
    English would read the same, as for "Budget 2023 (tkr)")."""
    t = re.sub(r"\s+", " ", text).strip()
    out = []
    for tok in _TOKEN.findall(t):
        if not tok[0].isalpha() or tok.lower() in _UNITS:
            out.append(tok)
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
    """``text`` for Swedish; for English "English (Swedish)" when the lexicon knows every word."""
    if lang == "sv":
        return text
    en = english_label(text)
    return f"{en} ({text})" if en else text
