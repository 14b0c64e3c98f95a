"""Link evidence units to recommendations: explicit numbers when the document answers that report,
else embedding similarity plus key-term overlap above thresholds."""

from __future__ import annotations

import re
from typing import Protocol

import numpy as np

from ingest.models import DocumentMeta, Page

from .docwork import DocWork
from .models import AuditExtraction, EvidenceUnit, Recommendation
from .text import content_terms, norm

SIM_THRESHOLD = 0.87  # cosine (multilingual-e5-small passages); calibrated in eval/recommendations_eval.py
SIM_THRESHOLD_RESPONSE = 0.85  # lower when the document answers the report
OVERLAP_THRESHOLD = 0.40  # share of the recommendation's content terms found in the passage
OVERLAP_THRESHOLD_RESPONSE = 0.35
MARGIN = 0.005  # the best recommendation must beat the runner-up by this much
GENERIC_TITLE_WORDS = {"granskning", "granskningen", "rapport", "revisionsrapport", "region", "regionen", "kommun",
                       "län", "läns", "uppföljning", "av", "i", "och", "för", "inom", "av", "den", "det"}
RESPONSE_WORDS_RE = re.compile(r"revisionsrapport|granskningsrapport|revisorerna|revisorernas|granskning|yttrande|rekommendation", re.I)


class PassageEmbedder(Protocol):
    def embed_passages(self, texts: list[str]) -> np.ndarray: ...


def title_core(title: str) -> str:
    """"Granskning av budgetprocessen i Region Kalmar län" -> "granskning av budgetprocessen"."""
    t = norm(title)
    t = re.split(r"\s+(?:i|inom|vid|hos)\s+(?=[a-zåäö]*\s*(?:region|kommun|landsting))|\s+-\s+|:\s", t)[0]
    return t.strip(' "')


def responds_to(doc_meta: DocumentMeta, pages: list[Page], audit: AuditExtraction) -> bool:
    """Does this document answer that audit report (names its title, file or doc id, or a distinctive title word
    together with auditors/report vocabulary)?"""
    text = norm(" ".join(p.text for p in pages)) + " " + norm(doc_meta.title)
    return responds_to_text(text, audit)


def responds_to_text(text: str, audit: AuditExtraction) -> bool:
    """`responds_to` over a document's normalised text (+ " " + normalised title)."""
    core = title_core(audit.title)
    if len(core) >= 12 and core in text:
        return True
    if audit.report_doc_id.lower() in text:
        return True
    distinctive = [w for w in re.findall(r"[a-zåäö]{6,}", core) if w not in GENERIC_TITLE_WORDS]
    return bool(distinctive) and all(w in text for w in distinctive) and bool(RESPONSE_WORDS_RE.search(text)) \
        and "rekommendation" in text


def link_units(
    doc: DocWork,
    recs: list[Recommendation],
    responded: set[str],
    embedder: PassageEmbedder | None,
    rec_vecs: np.ndarray | None,
    rec_terms: list[set[str]] | None = None,
) -> list[tuple[Recommendation, int, float]]:
    """(recommendation, index into doc.units, score) links. `responded` holds the report ids this document answers."""
    if not recs:
        return []
    units = doc.units
    by_report: dict[str, dict[int, Recommendation]] = {}
    for r in recs:
        by_report.setdefault(r.report_doc_id, {})[r.number] = r
    links: list[tuple[Recommendation, int, float]] = []
    rest: list[int] = []
    by_number: dict[int, list[Recommendation]] = {}  # number -> that recommendation of each answered report
    listed = _listed_in_audit_order(units, by_report, responded)
    for i, u in enumerate(units):
        if u.number is not None and u.number not in by_number:
            by_number[u.number] = [by_report[rid][u.number] for rid in responded if u.number in by_report.get(rid, {})]
        targets = by_number[u.number] if u.number is not None else []
        if len(targets) == 1:
            links.append((targets[0], i, 1.0))
        elif i in listed:
            links.append((listed[i], i, LISTED_SCORE))
        else:
            rest.append(i)
    numbered_spans = {(u.doc_id, pg, q) for _, i, _ in links for u in [units[i]]
                      for pg, q in [(u.page, u.quote), *u.extra_quotes, *u.block]}
    rest = [i for i in rest if not _inside_linked(units[i], numbered_spans)
            and not (units[i].kind == "paragraph" and restates_only(units[i].text))]
    if not rest or embedder is None or rec_vecs is None:
        return links
    sims = doc.vectors(rest, embedder) @ rec_vecs.T
    if rec_terms is None:
        rec_terms = [content_terms(r.text) for r in recs]
    floor = min(SIM_THRESHOLD, SIM_THRESHOLD_RESPONSE)
    top = sims.max(axis=1)
    for row, i in enumerate(rest):
        if float(top[row]) < floor:  # below both thresholds: no link whatever else holds
            continue
        order = np.argsort(-sims[row])
        best = int(order[0])
        second = float(sims[row][order[1]]) if len(order) > 1 else -1.0
        score = float(sims[row][best])
        response = recs[best].report_doc_id in responded
        threshold = SIM_THRESHOLD_RESPONSE if response else SIM_THRESHOLD
        min_overlap = OVERLAP_THRESHOLD_RESPONSE if response else OVERLAP_THRESHOLD
        if score < threshold or score - second < MARGIN:
            continue
        overlap = len(doc.terms(i) & rec_terms[best]) / max(1, len(rec_terms[best]))
        if overlap >= min_overlap:
            links.append((recs[best], i, score))
    return links


_LIST_ITEM = re.compile(r"^\s*(\d{1,2})[.)]\s+[A-ZÅÄÖ]")
LISTED_SCORE = 0.95  # below a link by "Rekommendation N" (1.0)


def _listed_in_audit_order(units, by_report: dict[str, dict[int, Recommendation]],
                           responded: set[str]) -> dict[int, Recommendation]:
    """A document answering one audit point by point in the audit's own numbering ("1. Kompetensutveckling …",
    "4. Registrering …"): its numbered paragraphs, rising from 1 and never past the audit's last recommendation,
    speak to the recommendations of those numbers. unit index -> recommendation."""
    if len(responded) != 1:
        return {}
    recs = by_report.get(next(iter(responded)), {})
    items = [(i, int(m.group(1))) for i, u in enumerate(units)
             if u.kind == "paragraph" and u.number is None and (m := _LIST_ITEM.match(u.quote))]
    numbers = [n for _, n in items]
    if len(numbers) < 2 or numbers[0] != 1 or numbers != sorted(set(numbers)) or max(numbers) > max(recs, default=0):
        return {}
    return {i: recs[n] for i, n in items if n in recs}


def restates_only(text: str) -> bool:
    """Every sentence restates a recommendation ("… bör …", "rekommenderar …"): not evidence of action."""
    sents = [s for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) > 3]
    return bool(sents) and all(re.search(r"\b(bör|borde|rekommenderar|rekommenderas)\b", s, re.I) for s in sents)


def _inside_linked(u: EvidenceUnit, linked: set[tuple[str, int, str]]) -> bool:
    """A paragraph that lies inside an already number-linked block adds nothing."""
    return any(doc == u.doc_id and page == u.page and (u.quote in quote or quote in u.quote) for doc, page, quote in linked)
