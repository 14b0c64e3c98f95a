"""Post-generation trust checks for language-model answers.

- every [n] must refer to a passage that was given (unknown markers are removed and noted);
- every number in the answer must appear in a cited passage or table cell (with its unit, when the answer gives
  one); a sentence carrying a number that does not is removed and noted;
- with a support scorer: a sentence whose cited passage does not support it has its citation moved to the
  passage that does, or is removed; an uncited sentence takes the citation of the next cited sentence on its
  line when that passage supports it (see assistant.llm.support);
- an answer left with no valid citation becomes an abstention.
"""

from __future__ import annotations

import re
from typing import Protocol

from pydantic import BaseModel, Field

from assistant.llm.prompts import CANNOT_ANSWER_EN, CANNOT_ANSWER_SV, cannot_answer
from ingest.numbers import find_numbers

_MARKER = re.compile(r"\[(\d{1,3})\]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9\-−•▪])")


class Passage(BaseModel):
    """One numbered piece of evidence shown to the model."""

    n: int
    doc_id: str
    title: str
    page: int
    text: str
    numbers_extra: list[float] = Field(default_factory=list)  # e.g. cells of a table passage
    units_extra: list[str] = Field(default_factory=list)  # the units of those cells (a table's "tkr")


class Scorer(Protocol):
    """Support of a sentence by each passage, 0..1 (assistant.llm.support.SupportScorer is the one we ship)."""

    def scores(self, sentence: str, passages: list["Passage"], language: str) -> list[float]: ...

    def floor(self, language: str) -> float: ...

    def margin(self, language: str) -> float: ...


class CheckedAnswer(BaseModel):
    text: str
    cited: list[int]  # passage numbers the checked text cites, in order of first use
    abstained: bool
    notes: list[str] = Field(default_factory=list)


def _values(text: str) -> list[float]:
    return [m.value for m in find_numbers(text) if m.value is not None]


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _split_sentences(text: str) -> list[str]:
    return [s for _, s in _split_lines(text)]


def _split_lines(text: str) -> list[tuple[int, str]]:
    """(line number, sentence) pairs."""
    parts: list[tuple[int, str]] = []
    for i, line in enumerate(text.splitlines()):
        parts.extend((i, p) for p in _SENTENCE_END.split(line) if p.strip())
    return parts


def _following_markers(parts: list[tuple[int, str]], k: int) -> list[int]:
    """The markers of the next cited sentence on the same line (a model often cites once per paragraph)."""
    line = parts[k][0]
    for i, sentence in parts[k + 1:]:
        if i != line:
            break
        found = [int(m) for m in _MARKER.findall(sentence)]
        if found:
            return found
    return []


_UNIT_CANON = {"miljarder kronor": "mdkr", "miljoner kronor": "mnkr", "kronor": "kr", "procent": "%"}


def _unit(unit: str | None) -> str | None:
    return _UNIT_CANON.get(unit, unit) if unit else None


def _unsupported_numbers(text: str, sources: list[Passage]) -> list[float]:
    """Numbers of ``text`` that no source states. A number written with a unit ("7 208 mnkr") also needs that
    unit: the source states it with the same unit, or without one in a passage or table that uses the unit."""
    allowed: list[tuple[float, str | None, set[str]]] = []
    for p in sources:
        mentions = [m for m in find_numbers(p.text) if m.value is not None]
        units = {u for m in mentions if (u := _unit(m.unit))} | {u for x in p.units_extra if (u := _unit(x))}
        allowed.extend((m.value, _unit(m.unit), units) for m in mentions)
        allowed.extend((v, None, units) for v in p.numbers_extra)
    missing: list[float] = []
    for m in find_numbers(text):
        if m.value is None:
            continue
        unit = _unit(m.unit)
        if not any(_close(m.value, v) and (unit is None or u == unit or (u is None and unit in units))
                   for v, u, units in allowed):
            missing.append(m.value)
    return missing


def _numbers_note(values: list[float]) -> str:
    return "removed a sentence with number(s) not found in its cited sources: " + ", ".join(f"{v:g}" for v in values)


def _resolve_support(sentence: str, valid: list[int], passages: list[Passage], language: str,
                     scorer: "Scorer") -> tuple[list[int], str | None]:
    """The passages the sentence should cite, judged by support scores, and a note when that changed.
    An empty list means no given passage supports it."""
    order = [p.n for p in passages]
    scores = dict(zip(order, scorer.scores(_MARKER.sub("", sentence), passages, language)))
    best = max(order, key=lambda n: scores[n])
    floor, margin = scorer.floor(language), scorer.margin(language)
    if not valid:
        if scores[best] >= max(floor, 1e-9) and (language != "en" or floor > 0):
            return [best], f"cited [{best}] for an uncited sentence its passage supports"
        return [], "removed an uncited sentence"
    cited_best = max(scores[n] for n in valid)
    if best not in valid and scores[best] - cited_best >= margin and scores[best] >= floor:
        return [best], f"moved citation {valid} to [{best}], the passage that supports the sentence"
    if cited_best < floor:
        return [], f"removed a sentence its cited passage(s) {valid} do not support"
    return valid, None


def check_answer(text: str, passages: list[Passage], language: str, scorer: "Scorer | None" = None) -> CheckedAnswer:
    """Apply the citation, support and number checks to a generated answer.

    With a ``scorer`` (see assistant.llm.support), each sentence is also checked against the passage it cites:
    a citation is moved to a clearly better-supporting passage, and a sentence no given passage supports is
    removed. Every change is noted."""
    notes: list[str] = []
    given = {p.n: p for p in passages}
    stripped = text.strip()
    if not stripped or stripped in (CANNOT_ANSWER_SV, CANNOT_ANSWER_EN):
        return CheckedAnswer(text=cannot_answer(language), cited=[], abstained=True)

    kept: list[tuple[int, str]] = []
    cited: list[int] = []
    parts = _split_lines(stripped)
    for k, (line_no, sentence) in enumerate(parts):
        markers = [int(m) for m in _MARKER.findall(sentence)]
        implicit = not markers and scorer is not None
        if implicit:
            markers = _following_markers(parts, k)
        unknown = [m for m in markers if m not in given]
        if unknown:
            notes.append(f"removed citation(s) to passages that were not given: {unknown}")
            sentence = _MARKER.sub(lambda m: m.group(0) if int(m.group(1)) in given else "", sentence)
        valid = list(dict.fromkeys(m for m in markers if m in given))
        bare = _MARKER.sub("", sentence)
        if scorer is not None and markers and not valid:
            continue  # it cited only passages that were not given (noted above): not salvaged
        if scorer is not None and passages and bare.strip(" .") and bare.strip() not in (CANNOT_ANSWER_SV, CANNOT_ANSWER_EN):
            resolved, note = _resolve_support(sentence, valid, passages, language, scorer)
            if not resolved:
                missing = _unsupported_numbers(bare, [given[m] for m in valid])
                notes.append(_numbers_note(missing) if missing and valid else note)
                continue
            if note:
                notes.append(note)
            if resolved != valid or implicit:
                body = re.sub(r"\s+([.!?])", r"\1", _MARKER.sub("", sentence).rstrip())
                end = body[-1] if body and body[-1] in ".!?" else ""
                body = body[:-1].rstrip() if end else body
                sentence = f"{body} " + "".join(f"[{n}]" for n in resolved) + end
                valid = resolved
        # Numbers must come from a cited passage.
        unsupported = _unsupported_numbers(bare, [given[m] for m in valid])
        if unsupported:
            notes.append(_numbers_note(unsupported))
            continue
        if not valid and _values(bare):
            notes.append("removed an uncited sentence that states numbers")
            continue
        kept.append((line_no, sentence.strip()))
        for m in valid:
            if m not in cited:
                cited.append(m)

    notes = list(dict.fromkeys(notes))
    if not cited:
        notes.append("no valid citation left: the answer became an abstention")
        return CheckedAnswer(text=cannot_answer(language), cited=[], abstained=True, notes=notes)
    lines: dict[int, list[str]] = {}
    for line_no, sentence in kept:
        lines.setdefault(line_no, []).append(sentence)
    text_out = "\n".join(" ".join(v) for v in lines.values())
    return CheckedAnswer(text=text_out, cited=cited, abstained=False, notes=notes)
