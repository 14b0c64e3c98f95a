"""Paragraphs that answer several recommendations of one audit, read sentence by sentence.

A follow-up often answers related recommendations in one paragraph ("Utbildningsnämndens rutin för anmälan av
kränkningar är införd. Nämnden har även infört ett digitalt stöd för att dokumentera disciplinära åtgärder. …"), and a
paragraph read whole gives one status to all of them. `split_paragraphs` reads each paragraph of a document's part
about one audit as sentences: each sentence speaks to the recommendation whose own words it holds (the words no other
recommendation of the audit has, the passage embedding breaking ties); a sentence holding none continues the one
before it. Where a paragraph's sentences speak to two or more recommendations, each of them is linked to its own
sentences, judged on them alone, and cited by them; the links of the paragraph read whole give way.
"""

from __future__ import annotations

import re
from typing import Any, Callable

import numpy as np

from .classify import Judge
from .committees import by_subject, collective, named, subject_of
from .lexicon import load_lexicon
from .docwork import DocWork
from .models import EvidenceUnit, LinkedEvidence, Recommendation
from .prose import restating
from .text import collapse, content_terms

__all__ = ["split_paragraphs"]

SENTENCE_BREAK_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9\"”])")
SENTENCE_SCORE = 0.9  # a recommendation's own sentences of a shared paragraph: below a numbered or listed link
COMMON_SHARE = 0.5  # a word in more than this share of an audit's recommendations is no one recommendation's own
MIN_SENTENCES = 2


def _sentences(quote: str) -> list[tuple[int, int]]:
    """Exact spans of a page quote's sentences."""
    spans, start = [], 0
    for m in SENTENCE_BREAK_RE.finditer(quote):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(quote)))
    return [(a, b) for a, b in spans if quote[a:b].strip()]


def own_terms(recs: list[Recommendation]) -> list[set[str]]:
    """Each recommendation's words that at most a few of the audit's others share (its subject, not the audit's)."""
    terms = [content_terms(r.text) for r in recs]
    names = content_terms(" ".join(a for r in recs for a in r.addressees))
    limit = max(1, int(COMMON_SHARE * len(recs)))
    common = {t for t in set().union(*terms) if sum(t in ts for ts in terms) > limit} if len(recs) > 2 else set()
    return [ts - common - names for ts in terms]


def _given_to(sentence: str, recs: list[Recommendation]) -> int | None:
    """The recommendation a sentence names by whom it was given to ("rekommendationen till tekniska nämnden är
    genomförd"; "… till nämnden" when one recommendation alone is to a committee of that kind): the one of the audit's
    recommendations addressed to that organ alone, if exactly one is."""
    m = load_lexicon().committee.rx("rec_to_re").search(sentence)
    if not m:
        return None
    who = m.group("who")
    bare = load_lexicon().rx("singular_re").match(who.lower())
    kind = who.lower()[:5]
    hits = [j for j, r in enumerate(recs) if len(r.addressees) == 1 and (
        kind in r.addressees[0].lower() if bare else named(who, r.addressees))]
    return hits[0] if len(hits) == 1 else None


def _assign(sentences: list[str], own: list[set[str]], similarity: Callable[[], np.ndarray | None],
            recs: list[Recommendation] | None = None) -> list[int | None]:
    """Which recommendation (index) each sentence speaks to; None before the first that holds one's own words.
    ``similarity()`` gives the sentences' passage similarities to the recommendations, asked for only when own
    words tie."""
    out: list[int | None] = []
    current: int | None = None
    sims: np.ndarray | None = None
    for k, s in enumerate(sentences):
        given = _given_to(s, recs) if recs else None
        if given is not None:
            current = given
            out.append(current)
            continue
        words = content_terms(s)
        hits = [len(words & o) for o in own]
        best = max(hits)
        if best >= 1:
            tied = [j for j, h in enumerate(hits) if h == best]
            if len(tied) == 1:
                current = tied[0]
            else:
                sims = similarity() if sims is None else sims
                if sims is not None:
                    order = sorted(tied, key=lambda j: -float(sims[k, j]))
                    if float(sims[k, order[0]] - sims[k, order[1]]) > 0.005:
                        current = order[0]
        out.append(current)
    return out


def split_paragraphs(d: DocWork, links: list[LinkedEvidence], parts: dict[int, str],
                     recs_of: dict[str, list[Recommendation]], embedder: Any, judge: Judge) -> list[LinkedEvidence]:
    """``links`` of document ``d`` with its shared paragraphs read sentence by sentence. ``parts``: unit index ->
    the audit the unit's part of the document follows up (one audit only); ``recs_of``: audit -> recommendations."""
    if not parts:
        return links
    unit_index = {id(u): i for i, u in enumerate(d.units)}
    out = list(links)
    rec_vecs: dict[str, np.ndarray] = {}  # audit -> its recommendations' vectors, embedded once per document
    owns: dict[str, list[set[str]]] = {}  # audit -> each recommendation's own words

    def vectors_of(rid: str) -> np.ndarray:
        if rid not in rec_vecs:
            rec_vecs[rid] = np.asarray(embedder.embed_passages([r.text for r in recs_of[rid]]), dtype=np.float32)
        return rec_vecs[rid]
    for i, rid in parts.items():
        u = d.units[i]
        recs = recs_of.get(rid, [])
        if u.kind != "paragraph" or len(recs) < 2 or _table_text(u, d):
            continue
        spans = _sentences(u.quote)
        if len(spans) < MIN_SENTENCES:
            continue
        texts = [collapse(u.quote[a:b]) for a, b in spans]
        if rid not in owns:
            owns[rid] = own_terms(recs)
        own = owns[rid]

        def similarity(texts: list[str] = texts, rid: str = rid) -> np.ndarray | None:
            if embedder is None:
                return None
            return np.asarray(embedder.embed_passages(texts), dtype=np.float32) @ vectors_of(rid).T

        who = _assign(texts, own, similarity, recs)
        spoken = [j for j in dict.fromkeys(who) if j is not None]
        if len(spoken) < 2 and not any(_given_to(t, recs) is not None for t in texts):
            continue  # (one recommendation named by whom it was given to is spoken of, whatever the words)
        ids = {recs[j].id for j in spoken} | {r.id for r in recs}
        out = [le for le in out if not (unit_index.get(id(le.unit)) == i and le.rec_id in ids)]
        for j in spoken:
            runs = _runs([spans[k] for k, w in enumerate(who) if w == j], spans)
            said = [texts[k] for k, w in enumerate(who) if w == j and not restating(texts[k])]
            if not said:
                continue
            part = EvidenceUnit(doc_id=u.doc_id, page=u.page, quote=u.quote[runs[0][0]:runs[0][1]], text=" ".join(said),
                                kind="paragraph", extra_quotes=[(u.page, u.quote[a:b]) for a, b in runs[1:]])
            verdict = judge.judge(recs[j], part)
            if verdict.status == "oklart":
                continue
            first = next(k for k, w in enumerate(who) if w == j)
            # a part that judges its committees in turn ("A har … . B har ännu inte …") is read per committee later
            # (committees.speaks_for); else it speaks for the committee last named as acting
            turns = by_subject(part.text, recs[j].addressees) if len(recs[j].addressees) > 1 else {}
            out.append(LinkedEvidence(rec_id=recs[j].id, unit=part, date=d.date, score=SENTENCE_SCORE,
                                      judgement=verdict, certain=True,
                                      speaks_for=[] if turns else _acting(texts[:first + 1], recs[j].addressees)))
    return out


def _table_text(u: EvidenceUnit, d: DocWork) -> bool:
    """The paragraph is a table's rows read as text (a status table's cells are no sentences)."""
    rows = d.table_lines.get(u.page, set())
    return bool(rows) and any(ln.strip().startswith(r) for ln in u.quote.split("\n") for r in rows)


def _acting(sentences: list[str], addressees: list[str]) -> list[str]:
    """The committee the paragraph last named as acting up to and including a sentence ("Utbildningsnämndens rutin
    … . Nämnden har även infört …" speaks of utbildningsnämnden); [] when it names none or all of them."""
    if len(addressees) < 2:
        return []
    for s in reversed(sentences):
        who = subject_of(s, addressees)
        if who:
            return [] if collective(s) or len(who) == len(addressees) else who
    return []


def _runs(mine: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Consecutive sentences joined into one span each (a quote is an exact run of the page's text)."""
    order = {s: k for k, s in enumerate(spans)}
    runs: list[list[int]] = []
    for s in mine:
        k = order[s]
        if runs and runs[-1][1] == k - 1:
            runs[-1][1] = k
        else:
            runs.append([k, k])
    return [(spans[a][0], spans[b][1]) for a, b in runs]
