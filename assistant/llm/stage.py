"""The language-model stage of the Assistant: numbered passages from the extractive pass's evidence,
generation, the trust checks, and mapping the cited [n] back to verified Citations.

Entry: ``LLMStage(index, max_passages, scorer).passages(draft)`` / ``.compose(draft, passages, raw_text)``.
The budget tables of a table answer are passed through as computed; they are never generated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel

from assistant.citations import CitationBuilder, find_span, verify_citations
from assistant.llm.checks import CheckedAnswer, Passage, Scorer, check_answer
from assistant.llm.prompts import cannot_answer
from assistant.llm.support import SupportScorer
from assistant.models import Answer, Turn
from assistant.tables.qa import TableResult
from index.models import ScoredChunk
from ingest.numbers import find_numbers

LLM_UNREACHABLE = "Språkmodellen kunde inte nås; svaret är utdragsbaserat."
WORDS_PER_CHUNK = 6
MAX_PASSAGES = 4
CONTEXT_CHARS = 300
MAX_PASSAGE_CHARS = 1100

_MARKER = re.compile(r"\[(\d{1,3})\]")
_SENT = re.compile(r"(?<=[.!?:;])\s+|\n+|\s+(?=[▪•])")
_WORD = re.compile(r"\w+", re.UNICODE)


class StreamEvent(BaseModel):
    """``token`` events carry text as it is generated; the one ``final`` event carries the checked Answer."""

    type: Literal["token", "final"]
    text: str = ""
    answer: Answer | None = None


@dataclass
class Draft:
    """The extractive pass of one question: what the LLM stage starts from and falls back to."""

    question: str
    effective: str
    lang: str
    history: list[Turn]
    retrieved: list[ScoredChunk]
    table: TableResult | None
    answer: Answer  # the extractive (or table / recommendation) answer, complete
    kind: str = "extractive"  # "extractive" | "table" | "recommendations"
    t0: float = 0.0
    t1: float = 0.0
    notes: list[str] = field(default_factory=list)  # notes that belong to every variant (follow-up reading)
    answerable: float | None = None  # the scored answerer's probability that the documents answer (None: not scored)
    addressed: bool = False  # answered by typed cells the question addresses by itself (tables.cells.CellAnswer)


def word_groups(text: str, size: int = WORDS_PER_CHUNK) -> list[str]:
    """Split into chunks of about ``size`` words; joining them gives ``text`` back exactly."""
    tokens = re.findall(r"\s*\S+", text)
    groups = ["".join(tokens[i:i + size]) for i in range(0, len(tokens), size)]
    tail = text[len("".join(groups)):]
    if tail:
        groups.append(tail)
    return groups or [""]


def _window(page_text: str, span: str) -> str:
    """``span`` with about CONTEXT_CHARS of the page either side, cut at word boundaries (an exact page substring)."""
    start = page_text.find(span)
    if start < 0:
        return span
    end = start + len(span)
    lo, hi = max(0, start - CONTEXT_CHARS), min(len(page_text), end + CONTEXT_CHARS)
    if lo > 0:
        sp = page_text.find(" ", lo, start)
        lo = sp + 1 if sp >= 0 else start
    if hi < len(page_text):
        sp = page_text.rfind(" ", end, hi)
        hi = sp if sp >= 0 else end
    text = page_text[lo:hi].strip()
    return text[:MAX_PASSAGE_CHARS] if len(span) < MAX_PASSAGE_CHARS else span


def _sentences(text: str) -> list[str]:
    return [s.strip(" ▪•") for s in _SENT.split(text) if s and len(s.strip(" ▪•")) >= 12]


def _words(text: str) -> set[str]:
    return {w.lower()[:6] for w in _WORD.findall(text) if len(w) > 2}


def _table_numbers(table: TableResult) -> list[float]:
    vals: list[float] = []
    for t in table.tables:
        for row in t.rows:
            for cell in row:
                if isinstance(cell, (int, float)) and not isinstance(cell, bool):
                    vals.append(float(cell))
                elif isinstance(cell, str):
                    vals.extend(m.value for m in find_numbers(cell) if m.value is not None)
    vals.extend(m.value for m in find_numbers(_MARKER.sub("", table.text)) if m.value is not None)
    return vals


class LLMStage:
    def __init__(self, index: Any, max_passages: int = MAX_PASSAGES, scorer: Scorer | None = None) -> None:
        self.index = index
        self.max_passages = max_passages
        self.scorer = scorer if scorer is not None else SupportScorer(getattr(index, "embedder", None))

    def _page(self, builder: CitationBuilder, doc_id: str, page: int) -> str:
        return builder.page_text(doc_id, page) or ""

    def passages(self, draft: Draft) -> list[Passage]:
        """Numbered passages: the extractive answer's verified quotes first, then the top retrieved chunks."""
        builder = CitationBuilder(self.index)
        anchors: list[tuple[str, int, str]] = [(c.doc_id, c.page, c.quote) for c in draft.answer.citations]
        for sc in draft.retrieved:
            ch = sc.chunk
            head = ch.text.strip()[:160]
            cut = head.rfind(" ")
            head = head[:cut] if cut > 60 else head
            for page in range(ch.page_start, ch.page_end + 1):
                span = find_span(self._page(builder, ch.doc_id, page), head)
                if span:
                    anchors.append((ch.doc_id, page, span))
                    break
        out: list[Passage] = []
        extra = _table_numbers(draft.table) if draft.table is not None and draft.table.tables else []
        table_pages = draft.table.pages if draft.table is not None else set()
        for doc_id, page, span in anchors:
            if len(out) >= self.max_passages:
                break
            if any(p.doc_id == doc_id and p.page == page and span in p.text for p in out):
                continue
            text = _window(self._page(builder, doc_id, page), span)
            numbers = extra if (doc_id, page) in table_pages or (extra and not out) else []
            units = sorted({t.unit for t in draft.table.tables if t.unit}) if numbers else []
            out.append(Passage(n=len(out) + 1, doc_id=doc_id, title=builder.title(doc_id), page=page, text=text,
                               numbers_extra=list(numbers), units_extra=units))
        return out

    def compose(self, draft: Draft, passages: list[Passage], raw_text: str, backend: str,
                llm_ms: float) -> Answer:
        """Check the generated text, map [n] to verified citations and build the Answer."""
        checked: CheckedAnswer = check_answer(raw_text, passages, draft.lang, scorer=self.scorer)
        notes = list(draft.notes) + [f"answer generated by language model ({backend}), then citation-checked"]
        notes.extend(checked.notes)
        builder = CitationBuilder(self.index)
        text, abstained = checked.text, checked.abstained
        if not abstained:
            text, mapped, lost = self._map(builder, checked, passages)
            if lost:
                notes.append(f"no verifiable quote for passage(s) {lost}: their citations were removed")
            if not mapped:
                text, abstained = cannot_answer(draft.lang), True
                notes.append("no verifiable citation")
        if abstained:
            for p in passages[:3]:
                for s in _sentences(p.text)[:1] or [p.text]:
                    builder.add(p.doc_id, p.page, s)
        citations = verify_citations(self.index, builder.citations)
        base = draft.answer
        timings = dict(base.timings_ms)
        timings["llm"] = round(llm_ms, 1)
        timings["total"] = round(timings.get("total", 0.0) + llm_ms, 1)
        return Answer(question=draft.question, answer=text, language=draft.lang, abstained=abstained,
                      citations=citations, tables=base.tables, timings_ms=timings, notes=notes)

    def _map(self, builder: CitationBuilder, checked: CheckedAnswer, passages: list[Passage]
             ) -> tuple[str, dict[int, int], list[int]]:
        given = {p.n: p for p in passages}
        context: dict[int, set[str]] = {}
        for sentence in re.split(r"(?<=[.!?])\s+", checked.text):
            for m in _MARKER.findall(sentence):
                context.setdefault(int(m), set()).update(_words(_MARKER.sub("", sentence)))
        mapped: dict[int, int] = {}
        lost: list[int] = []
        for n in checked.cited:
            p = given[n]
            want = context.get(n, set())
            cands = sorted(_sentences(p.text), key=lambda s: -len(_words(s) & want))
            for quote in cands[:8] or [p.text]:
                cn = builder.add(p.doc_id, p.page, quote)
                if cn is not None:
                    mapped[n] = cn
                    break
            else:
                lost.append(n)

        def renumber(m: re.Match) -> str:
            cn = mapped.get(int(m.group(1)))
            return f"[{cn}]" if cn else ""

        text = re.sub(r" +", " ", _MARKER.sub(renumber, checked.text)).replace(" .", ".").strip()
        return text, mapped, lost


def fallback(answer: Answer, note: str) -> Answer:
    """The extractive answer, saying why it is shown instead of a generated one."""
    return answer.model_copy(update={"notes": [*answer.notes, note]})
