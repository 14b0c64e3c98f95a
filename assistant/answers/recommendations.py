"""Chat questions about the follow-up status of audit recommendations ("Vilka rekommendationer har inte åtgärdats?").

``RecommendationAnswerer(index).answer(question, lang, doc_ids) -> Answer | None``: None unless the question asks
about recommendations AND their status (plain "Vilka rekommendationer lämnar X?" is left to the extractive answer).
Statuses come from the tracker (assistant.recommendations.tracker.track); every recommendation cites its page in the
audit report and its latest follow-up evidence, both verified spans.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.citations import CitationBuilder, verify_citations
from assistant.models import Answer, AnswerTable, TableSource
from assistant.recommendations.filters import for_committee, matches_committee
from assistant.recommendations.addressees import organs_in
from assistant.recommendations.models import TrackedRecommendation
from assistant.recommendations.tracker import track

_REC = re.compile(r"rekommendation|recommendation", re.I)
_STATUS = re.compile(
    r"åtgärda(?:d|de|t|ts|s)?\b|följ(?:ts|des|s|t)?\s+upp|uppfölj|genomför(?:d|da|t|ts|des)\b|verkställ|"
    r"\bstatus|kvarstår|kvarstående|återstår|hanterat?s?\b|"
    r"\baddress(?:ed)?\b|followed[ -]up|follow[ -]up|implement(?:ed)?|resolved|outstanding|acted on|"
    r"\bopen\b|\bremain", re.I)
_NEG = re.compile(r"\b(?:inte|ej|icke|inga|aldrig|not|n't|never|yet to)\b|kvarstår|kvarstående|återstår|"
                  r"outstanding|\bopen\b|\bremain|unresolved", re.I)
_PARTLY = re.compile(r"\bdelvis|\bpartly|\bpartially|\bpåbörja", re.I)
_UNCLEAR = re.compile(r"\boklar|\bunclear|\bunknown|\bokänd", re.I)
_DONE = re.compile(r"åtgärda(?:d|de|t|ts)\b|genomför(?:d|da|t|ts|des)\b|verkställ|\baddressed|implemented|"
                   r"resolved|acted on|hanterat?s?\b", re.I)

LABELS = {
    "sv": {"atgardad": "Åtgärdad", "delvis": "Delvis åtgärdad", "ej_atgardad": "Ej åtgärdad", "oklart": "Oklart"},
    "en": {"atgardad": "Addressed", "delvis": "Partly addressed", "ej_atgardad": "Not addressed", "oklart": "Unclear"},
}
NO_FOLLOWUP = {
    "sv": "Inga uppföljningsdokument i indexet talar om rekommendationerna; status oklart.",
    "en": "No follow-up document in the index speaks to the recommendations; their status is unclear.",
}
NONE_MATCH = {
    "sv": "Ingen rekommendation har den efterfrågade statusen enligt dokumenten i indexet.",
    "en": "According to the documents in the index, no recommendation has the status asked about.",
}
NONE_FOR_COMMITTEE = {
    "sv": "Inga rekommendationer till {name} finns i de granskningar som är indexerade.",
    "en": "The indexed audits contain no recommendations to {name}.",
}
TABLE_TITLE = "Rekommendationer och status"
COLUMNS = ["Nr", "Rekommendation", "Status", "Underlag"]


def _committees_in(question: str) -> list[str]:
    """Committees a question names ("kommunstyrelsen", an English name of one is not matched)."""
    return [c for c in organs_in(question) if c.lower() not in ("nämnden", "styrelsen")]


def is_status_question(question: str) -> bool:
    return bool(_REC.search(question) and _STATUS.search(question))


def asks_status(question: str) -> bool:
    """The question speaks of follow-up or status at all (a status word, "åtgärdats", "followed up")."""
    return bool(_STATUS.search(question))


def wanted_statuses(question: str) -> set[str]:
    """Which statuses the question asks for ("inte åtgärdats" -> not fully addressed, incl. unclear)."""
    if _UNCLEAR.search(question):
        return {"oklart"}
    if _PARTLY.search(question):
        return {"delvis"}
    if _NEG.search(question):
        return {"ej_atgardad", "delvis", "oklart"}
    if _DONE.search(question):
        return {"atgardad"}
    return {"atgardad", "delvis", "ej_atgardad", "oklart"}


def _status(r: TrackedRecommendation) -> str:
    """The asked committee's own status when the list is filtered to one committee, else the whole's."""
    return r.committee_status.status if r.committee_status else r.status


class RecommendationAnswerer:
    def __init__(self, index: Any, tracker=track) -> None:
        self.index = index
        self.tracker = tracker

    def answer(self, question: str, lang: str, doc_ids: list[str] | None = None) -> Answer | None:
        if not is_status_question(question):
            return None
        recs = self.tracker(self.index)
        if doc_ids:
            recs = [r for r in recs if r.report_doc_id in doc_ids or any(e.doc_id in doc_ids for e in r.evidence + r.mentions)]
        if not recs:
            return None  # nothing tracked: let the extractive answer look for it
        asked = _committees_in(question)
        if asked:  # "Vilka rekommendationer har kommunstyrelsen inte åtgärdat?": only that committee's
            recs = [r for r in recs if any(matches_committee(r, c) for c in asked)]
            if not recs:
                return Answer(question=question, answer=NONE_FOR_COMMITTEE[lang].format(name=", ".join(asked)),
                              language=lang, abstained=True, citations=[], tables=[],
                              notes=["recommendation status from the tracker: no recommendation to that committee"])
        if len(asked) == 1:  # one committee: its own status where the recommendation names several
            recs = for_committee(recs, asked[0])
        wanted = wanted_statuses(question)
        chosen = [r for r in recs if _status(r) in wanted]
        builder = CitationBuilder(self.index)
        labels = LABELS.get(lang, LABELS["sv"])
        lines: list[str] = []
        notes = [f"recommendation status from the tracker; statuses asked for: {', '.join(sorted(wanted))}"]
        if not any(r.evidence for r in recs):
            lines.append(NO_FOLLOWUP[lang])
            chosen = recs  # every status is unclear: list them all, each marked so
        elif not chosen:
            lines.append(NONE_MATCH[lang])
        tables: list[AnswerTable] = []
        for report in dict.fromkeys(r.report_doc_id for r in chosen):
            group = [r for r in chosen if r.report_doc_id == report]
            title = builder.title(report)
            lines.append(f"{title}:" if lang == "en" else f"{title}:")
            rows = []
            for r in group:
                line, underlag = self._line(builder, r, labels, lang)
                lines.append(line)
                rows.append([r.number, r.text, labels[_status(r)], underlag])
            tables.append(AnswerTable(title=TABLE_TITLE, columns=COLUMNS, rows=rows,
                                      source=TableSource(doc_id=report, page=min(r.page for r in group))))
        citations = verify_citations(self.index, builder.citations)
        return Answer(question=question, answer="\n".join(lines), language=lang,
                      abstained=not chosen and not citations, citations=citations, tables=tables, notes=notes)

    def _line(self, builder: CitationBuilder, r: TrackedRecommendation, labels: dict[str, str], lang: str
              ) -> tuple[str, str]:
        n = builder.add(r.report_doc_id, [r.page, r.page + 1], r.text)
        if n is None:  # a recommendation joined across pages: cite its start
            n = builder.add(r.report_doc_id, r.page, r.text[:200].rsplit(" ", 1)[0])
        line = f"{r.number}. {r.text}" + (f" [{n}]" if n else "") + f" — {labels[_status(r)]}"
        underlag = "–"
        evidence = r.committee_status.evidence if r.committee_status else r.evidence
        if evidence:
            ev = max(evidence, key=lambda e: e.date or "")
            m = builder.add(ev.doc_id, ev.page, ev.quote)
            where = f"{builder.title(ev.doc_id)}, s. {ev.page}" + (f" ({ev.date})" if ev.date else "")
            underlag = where
            if m:
                line += f" ({'underlag' if lang != 'en' else 'evidence'}: ”{ev.quote}” [{m}])"
        return line, underlag
