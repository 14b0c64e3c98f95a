"""What an audit recommends, to whom: one recommendation asked by its topic, a committee's recommendations, or all
of an audit's.

``RecommendedAnswerer(index, tracker).answer(q, ranked_docs) -> Answer | None``: the audit's own recommendations as
the tracker extracted them (a structural reading of the report: its recommendation section, "X rekommenderas att",
bullets under a recommending lead-in), not sentences guessed from the text. The audit is the one the question names,
else the best-ranked retrieved document that has recommendations. The committee the question names keeps its own
recommendations; among those left, one asked recommendation is the one closest in meaning to the question (the
multilingual embedder, so English questions find Swedish recommendations), a question in the plural gets them all.
None when the question asks about status (RecommendationAnswerer) or no audit with recommendations fits.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from assistant.citations import CitationBuilder, verify_citations
from assistant.answers.recommendations import LABELS
from assistant.models import Answer
from assistant.question.lexicon import load_lexicon
from assistant.question.models import Question
from assistant.question.reader import opens_as_followup
from assistant.recommendations.models import TrackedRecommendation
from ingest.text import best_match, content_words, stem, words

PLURAL = {"rekommendationer", "rekommendationerna", "recommendations"}  # a list is asked, not the one closest
SINGULAR = {"rekommendation", "rekommendationen", "recommendation"}
WHICH = {"vilken", "vilket", "which", "what"}  # "Vilken rekommendation har inte …": a list filtered, not one asked
MAX_SHOWN = 12
TOP_DOCS = 2
NO_RESPONSE = {
    "sv": "Inget uppföljningsdokument i indexet talar om rekommendationen; status oklart.",
    "en": "No follow-up document in the index speaks to this recommendation; its status is unclear.",
}


def _addressee_stems(r: TrackedRecommendation) -> list[set[str]]:
    return [{stem(w) for w in words(a) if len(w) >= 4} for a in (r.addressees or [r.addressee]) if a]


def _question_stems(q: Question) -> set[str]:
    return {s for g in q.terms for alt in g.alternatives for s in alt if len(s) >= 4}


def _names_addressee(stems: set[str], r: TrackedRecommendation) -> bool:
    """The question names one of the recommendation's addressees: each of its words ("stadsfastighetsnämnd"; "nämnd",
    "demokrati", "medborgarservic") stands in the question, as a word or its inflection."""
    return any(a and all(best_match(s, stems) >= 0.9 for s in a) for a in _addressee_stems(r))


class RecommendedAnswerer:
    def __init__(self, index: Any, tracker, audits=None, lexicon=None) -> None:
        self.index = index
        self.tracker = tracker
        self.audits = audits  # the audits' extractions: each recommendation's printings (page, exact text)
        self._lexicon = lexicon or load_lexicon()

    def _printings(self, audit: str) -> dict[str, list[tuple[int, str]]]:
        if self.audits is None:
            return {}
        return {r.id: list(r.places) for a in self.audits(self.index) if a.report_doc_id == audit
                for r in a.recommendations}

    def asks(self, q: Question) -> bool:
        """The turn itself asks what is recommended (a follow-up "Vad svarade de på det?" after a recommendation
        question asks for the answer to it, not the recommendation)."""
        lex = self._lexicon.lang(q.lang)
        # a modal ("bör", "should") asks it only when no interrogative of amount, time … asked otherwise
        kinds = ("recommendation", "advice") if q.intent == "recommendation" else ("recommendation",)
        cues = [c for c, intent in lex.intents.items() if intent in kinds]
        low = " ".join(words(q.text))
        if any(f" {c} " in f" {low} " for c in cues):
            return True
        # "Och grundskolenämnden?": an opening that asks the same again of a new thing
        return q.followup and opens_as_followup(q.text, lex)

    def asks_response(self, q: Question, previous: str | None = None) -> bool:
        """The question asks what was answered or done about one recommendation ("Vilket svar lämnade bolaget om
        rekommendationen kring intern kontroll?", "How far has the board come with recommendation 3?": the lexicon's
        ``[asked_kinds] response``), not which of several ("Vilken rekommendation har inte åtgärdats?", "…
        rekommendationerna"). A follow-up that opens as one ("Och rekommendationen om …?") asks what ``previous``, the
        turn before, asked."""
        if self._asks_response(q.text, q.lang):
            return True
        opens = q.followup and opens_as_followup(q.text, self._lexicon.lang(q.lang))
        return bool(previous and opens and self._asks_response(previous, q.lang))

    def _asks_response(self, text: str, lang: str) -> bool:
        toks = words(text)
        if PLURAL & set(toks) or any(a in WHICH and b in SINGULAR for a, b in zip(toks, toks[1:])):
            return False
        low = f" {' '.join(toks)} "
        return any(f" {' '.join(words(c))} " in low for c in self._lexicon.lang(lang).asked_kinds.get("response", ()))

    def answer(self, q: Question, ranked_docs, previous: str | None = None) -> Answer | None:
        """``ranked_docs``: a callable giving the retrieved documents best first, called only when the question
        names no audit (a search is work the named audit spares); ``previous``: the user's turn before, for a
        follow-up."""
        recs = [r for r in self.tracker(self.index) if not r.earlier]
        with_recs = {r.report_doc_id for r in recs}
        # a named response to an audit (a committee's yttrande) asks about the audit it answers
        answered = sorted({r.report_doc_id for r in recs if any(e.doc_id in q.doc_ids for e in r.evidence + r.mentions)})
        named = [d for d in q.doc_ids if d in with_recs] or answered
        if q.doc_ids and not named:
            return None  # the named document is no audit of ours (a cooperative's auditor's report): not here
        # unnamed, the audit must be among the best-ranked documents: a recommending word ("bör", "should") in a
        # question about something else does not reach for an audit far down the list
        audit = named[0] if named else next((d for d in ranked_docs()[:TOP_DOCS] if d in with_recs), None)
        if audit is None:
            return None
        recs = sorted((r for r in recs if r.report_doc_id == audit), key=lambda r: r.number)
        stems = _question_stems(q)
        to_named = [r for r in recs if _names_addressee(stems, r)]
        if to_named:
            recs = to_named
        plural = bool(PLURAL & set(words(q.text)))
        response = self.asks_response(q, previous)
        # one recommendation asked of a named committee: the one addressed to it alone, when there is one
        own = [r for r in to_named if len(r.addressees or [r.addressee]) == 1]
        numbered = [r for r in recs if r.number in _numbers_asked(q.text)]
        chosen = recs[:MAX_SHOWN] if plural else numbered[:1] if len(numbered) == 1 and response \
            else own if len(own) == 1 else self._closest(q, recs)
        if not chosen:
            return None
        builder = CitationBuilder(self.index)
        printings = self._printings(audit)
        lines = [f"{builder.title(audit)}:" if q.lang == "en" else f"Enligt {builder.title(audit)}:"]
        for r in chosen:
            n = builder.add(r.report_doc_id, [r.page, r.page + 1], r.text)
            if n is None:  # a recommendation joined across pages: cite its start
                n = builder.add(r.report_doc_id, r.page, r.text[:200].rsplit(" ", 1)[0])
            # printed again elsewhere (the cover letter and the report body): each printing is cited
            more = [m for p, text in printings.get(r.id, []) if p != r.page
                    and (m := builder.add(r.report_doc_id, p, text))]
            marks = "".join(f" [{m}]" for m in dict.fromkeys([n, *more]) if m)
            lines.append(f"- {r.text}{marks}")
            if response:
                lines.append(self._response(builder, r, q, to_named))
        citations = verify_citations(self.index, builder.citations)
        if not citations:
            return None
        note = ("recommendations from the tracker's reading of the audit"
                + (", to the committee the question names" if to_named else "")
                + ("" if plural else ", the one closest in meaning to the question")
                + (", with the follow-up status the tracker read" if response else ""))
        return Answer(question=q.text, answer="\n".join(lines), language=q.lang, abstained=False,
                      citations=citations, tables=[], notes=[note])

    def _response(self, builder: CitationBuilder, r: TrackedRecommendation, q: Question, to_named: list) -> str:
        """What the follow-up documents say of ``r``: its status and the sentence that says it (the latest dated
        document's), for the committee the question names when the recommendation names several."""
        lang = q.lang if q.lang in LABELS else "sv"
        stems = _question_stems(q)
        own = next((c for c in r.by_committee if to_named and (cs := {stem(w) for w in words(c.committee) if len(w) >= 4})
                    and all(best_match(s, stems) >= 0.9 for s in cs)), None)
        status, cited, evidence = (own.status, own.cited, own.evidence) if own else (r.status, r.cited, r.evidence)
        latest = max(evidence, key=lambda e: e.date or "") if evidence else None
        label = LABELS[lang][status]  # the status answer's labels ("Ej åtgärdad")
        parts = []
        for e in (latest, cited):
            if e is None or (parts and " ".join(e.quote.split()) in " ".join(latest.quote.split())):
                continue  # the status sentence stands inside the passage already shown
            m = builder.add(e.doc_id, e.page, e.quote)
            if m is not None:
                where = builder.title(e.doc_id) + (f" ({e.date})" if e.date else "")
                parts.append(f"{where}: ”{e.quote}” [{m}]")
        if not parts:
            return NO_RESPONSE[lang]
        return f"Status: {label}. " + " ".join(parts)

    def _closest(self, q: Question, recs: list[TrackedRecommendation]) -> list[TrackedRecommendation]:
        if len(recs) <= 1:
            return recs
        embedder = getattr(self.index, "embedder", None)
        if embedder is None:
            return recs[:MAX_SHOWN]  # without meaning, all of them rather than a guess
        # a follow-up that names a recommendation of its own ("Och den om X?") is asked by its own words; one that
        # only names a new committee ("Och för nämnden?") by the question it continues
        own = q.followup and len([w for w in content_words(q.text) if w not in SINGULAR]) >= 2
        qv = np.asarray(embedder.embed_query(q.text if own else q.effective), dtype=float)
        rv = np.asarray(embedder.embed_passages([r.text for r in recs]), dtype=float)
        sims = rv @ qv / (np.linalg.norm(rv, axis=1) * np.linalg.norm(qv) + 1e-9)
        return [recs[int(np.argmax(sims))]]


def _numbers_asked(text: str) -> set[int]:
    """The numbers a question gives a recommendation ("rekommendation 6", "recommendation 3")."""
    toks = words(text)
    return {int(b) for a, b in zip(toks, toks[1:]) if a in SINGULAR and b.isdigit() and len(b) <= 2}
