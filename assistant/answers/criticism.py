"""Chat questions about formal criticism ("Mot vilka nämnder riktades anmärkning?", "Which committees did the
auditors criticise?", "Vad svarade grundskolenämnden på anmärkningen?").

``CriticismAnswerer(index).answer(question, lang, doc_ids) -> Answer | None``: None unless the question asks about
formal criticism of committees AND the tracker found such criticism (for the committee and year asked about, when
named); otherwise the ordinary answerer looks. Every item cites its page in the auditors' statement and, when found,
the committee's answer; both verified spans."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from assistant.citations import CitationBuilder, verify_citations
from assistant.recommendations.filters import criticism_matches
from assistant.glossary import expand_terms
from assistant.models import Answer, AnswerTable, TableSource
from assistant.recommendations.addressees import organs_in
from assistant.recommendations.models import Criticism
from assistant.recommendations.tracker import criticism

# The question's words (assistant/lexicon/criticism.toml): formal words name criticism on their own; discharge only
# when refused ("Fick någon nämnd ansvarsfrihet avstyrkt?", not "När prövas ansvarsfriheten?"); "kritik" only when
# the question is about committees.
_WORDS = tomllib.loads((Path(__file__).resolve().parents[1] / "lexicon" / "criticism.toml").read_text(encoding="utf-8"))
_FORMAL, _DISCHARGE, _REFUSED, _LOOSE, _ORGANS = (re.compile(_WORDS[k], re.I)
                                                  for k in ("formal", "discharge", "refused", "loose", "organs"))
_YEAR = re.compile(r"\b(20\d\d)\b")

TEXT = {
    "sv": {"lead": "Formell kritik i revisorernas berättelser:", "for": "Avser", "answer": "Nämndens svar",
           "no_answer": "inget svar hittades", "table": "Formell kritik", "columns": ["Nämnd", "Kritik", "Avser", "Svar"],
           "against": "mot"},
    "en": {"lead": "Formal criticism in the auditors' statements:", "for": "For", "answer": "The committee's answer",
           "no_answer": "no answer found", "table": "Formal criticism",
           "columns": ["Committee", "Criticism", "For", "Answer"], "against": "against"},
}


KINDS_EN = {"anmärkning": "formal criticism (anmärkning)", "erinran": "reprimand (erinran)", "kritik": "criticism",
            "påpekande": "remark (påpekande)", "ansvarsfrihet avstyrks": "discharge refused (ansvarsfrihet avstyrks)"}


def is_criticism_question(question: str) -> bool:
    return bool(_FORMAL.search(question) or (_DISCHARGE.search(question) and _REFUSED.search(question))
                or (_LOOSE.search(question) and _ORGANS.search(question)))


def _asked_committees(question: str, lang: str) -> list[str]:
    named = [c for c in organs_in(question) if c.lower() not in ("nämnden", "styrelsen")]
    if lang == "en":  # "the procurement committee": the glossary's Swedish names
        named += [t for t in expand_terms(question, lang) if t.endswith(("nämnden", "styrelsen"))]
    return named


class CriticismAnswerer:
    def __init__(self, index: Any, finder=criticism) -> None:
        self.index = index
        self.finder = finder

    def answer(self, question: str, lang: str, doc_ids: list[str] | None = None) -> Answer | None:
        if not is_criticism_question(question):
            return None
        items: list[Criticism] = self.finder(self.index)
        if doc_ids:
            items = [c for c in items if c.doc_id in doc_ids or c.response_doc in doc_ids]
        years = set(_YEAR.findall(question))
        if years:  # a year in the question: a statement of that year (printed date or title)
            items = [c for c in items if years & set(_YEAR.findall(f"{c.date or ''} {c.doc_title or ''} {c.doc_id}"))]
        asked = _asked_committees(question, lang)
        if asked:
            items = [c for c in items if any(criticism_matches(c, None, a) for a in asked)]
        if not items:
            return None  # nothing tracked for that: the ordinary answer looks in the documents
        t = TEXT.get(lang, TEXT["sv"])
        builder = CitationBuilder(self.index)
        lines = [t["lead"]]
        tables: list[AnswerTable] = []
        for doc in dict.fromkeys(c.doc_id for c in items):
            group = [c for c in items if c.doc_id == doc]
            lines.append(f"{builder.title(doc)}:")
            rows = []
            for c in group:
                n = builder.add(c.doc_id, c.page, c.quote)
                kind = KINDS_EN.get(c.kind, c.kind) if lang == "en" else c.kind
                line = f"- {c.committee}: {kind} — ”{' '.join(c.quote.split())}”" + (f" [{n}]" if n else "")
                if c.for_what:
                    line += f" {t['for']}: {' '.join(c.for_what.split())}"
                answer = t["no_answer"]
                if c.response_quote and c.response_page:
                    m = builder.add(c.response_doc or c.doc_id, c.response_page, c.response_quote)
                    answer = f"”{' '.join(c.response_quote.split())}”" + (f" [{m}]" if m else "")
                line += f" {t['answer']}: {answer}"
                lines.append(line)
                rows.append([c.committee, kind, " ".join((c.for_what or "").split()), answer])
            tables.append(AnswerTable(title=t["table"], columns=t["columns"], rows=rows,
                                      source=TableSource(doc_id=doc, page=min(c.page for c in group))))
        citations = verify_citations(self.index, builder.citations)
        return Answer(question=question, answer="\n".join(lines), language=lang, abstained=not citations,
                      citations=citations, tables=tables,
                      notes=[f"formal criticism from the tracker: {len(items)} item(s)"
                             + (f", committee asked about: {', '.join(asked)}" if asked else "")])

