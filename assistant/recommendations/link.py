"""Link evidence units to recommendations: explicit numbers when the document answers that report,
else embedding similarity plus key-term overlap above thresholds."""

from __future__ import annotations

import re
from typing import Protocol

import numpy as np

from ingest.models import DocumentMeta, Page

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
    core = title_core(audit.title)
    if len(core) >= 12 and core in text:
        return True
    if audit.report_doc_id.lower() in text:
        return True
    distinctive = [w for w in re.findall(r"[a-zåäö]{6,}", core) if w not in GENERIC_TITLE_WORDS]
    return bool(distinctive) and all(w in text for w in distinctive) and bool(RESPONSE_WORDS_RE.search(text)) \
        and "rekommendation" in text


def link_units(
    units: list[EvidenceUnit],
    recs: list[Recommendation],
    responded: set[str],
    embedder: PassageEmbedder | None,
    rec_vecs: np.ndarray | None,
) -> list[tuple[Recommendation, EvidenceUnit, float]]:
    """(recommendation, unit, score) links. `responded` holds the report ids this document answers."""
    if not recs:
        return []
    by_report: dict[str, dict[int, Recommendation]] = {}
    for r in recs:
        by_report.setdefault(r.report_doc_id, {})[r.number] = r
    links: list[tuple[Recommendation, EvidenceUnit, float]] = []
    rest: list[EvidenceUnit] = []
    for u in units:
        targets = [by_report[rid][u.number] for rid in responded if u.number is not None and u.number in by_report.get(rid, {})]
        if len(targets) == 1:
            links.append((targets[0], u, 1.0))
        else:
            rest.append(u)
    numbered_spans = {(u.doc_id, pg, q) for _, u, _ in links for pg, q in [(u.page, u.quote), *u.extra_quotes, *u.block]}
    rest = [u for u in rest if not _inside_linked(u, numbered_spans) and not (u.kind == "paragraph" and restates_only(u.text))]
    if not rest or embedder is None or rec_vecs is None:
        return links
    vecs = embedder.embed_passages([u.text for u in rest])
    sims = vecs @ rec_vecs.T
    rec_terms = [content_terms(r.text) for r in recs]
    for i, u in enumerate(rest):
        order = np.argsort(-sims[i])
        best = int(order[0])
        second = float(sims[i][order[1]]) if len(order) > 1 else -1.0
        score = float(sims[i][best])
        response = recs[best].report_doc_id in responded
        threshold = SIM_THRESHOLD_RESPONSE if response else SIM_THRESHOLD
        min_overlap = OVERLAP_THRESHOLD_RESPONSE if response else OVERLAP_THRESHOLD
        overlap = len(content_terms(u.text) & rec_terms[best]) / max(1, len(rec_terms[best]))
        if score >= threshold and overlap >= min_overlap and score - second >= MARGIN:
            links.append((recs[best], u, score))
    return links


def restates_only(text: str) -> bool:
    """Every sentence restates a recommendation ("… bör …", "rekommenderar …"): not evidence of action."""
    sents = [s for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) > 3]
    return bool(sents) and all(re.search(r"\b(bör|borde|rekommenderar|rekommenderas)\b", s, re.I) for s in sents)


def _inside_linked(u: EvidenceUnit, linked: set[tuple[str, int, str]]) -> bool:
    """A paragraph that lies inside an already number-linked block adds nothing."""
    return any(doc == u.doc_id and page == u.page and (u.quote in quote or quote in u.quote) for doc, page, quote in linked)
