"""Follow-up: evidence for every recommendation from the OTHER documents, judged, latest document decides.

Pure over typed inputs (`FollowupDoc`), so it runs on parse_pdf output as well as on an Index."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.models import DocumentMeta, Page, Table

from .classify import Judge, RulesJudge
from .link import PassageEmbedder, link_units, responds_to
from .models import AuditExtraction, Evidence, LinkedEvidence, TrackedRecommendation
from .segment import document_units

MAX_PARAGRAPHS_PER_DOC = 3
_DATE_RE = re.compile(r"(?:datum|daterad|dated)?\s*:?\s*\b((?:19|20)\d\d-[01]\d-[0-3]\d)\b", re.I)
_MONTHS = {m: i + 1 for i, m in enumerate(
    "januari februari mars april maj juni juli augusti september oktober november december".split())}
_SV_DATE_RE = re.compile(r"\b([0-3]?\d)\s+(" + "|".join(_MONTHS) + r")\s+((?:19|20)\d\d)\b", re.I)


@dataclass
class FollowupDoc:
    meta: DocumentMeta
    pages: list[Page]
    tables: list[Table] = field(default_factory=list)


def document_date(meta: DocumentMeta, pages: list[Page]) -> str | None:
    """The document's date: meta.date, else a date on its first page ("Datum: 2024-03-19", "19 mars 2024"),
    else its year."""
    if meta.date:
        return meta.date
    first = pages[0].text[:1500] if pages else ""
    m = _DATE_RE.search(first)
    if m:
        return m.group(1)
    m = _SV_DATE_RE.search(first)
    if m:
        return f"{m.group(3)}-{_MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    return str(meta.year) if meta.year else None


def _sort_key(date: str | None) -> str:
    return date or ""


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def link_evidence(
    audits: list[AuditExtraction],
    docs: list[FollowupDoc],
    embedder: PassageEmbedder | None,
    judge: Judge | None = None,
) -> list[LinkedEvidence]:
    """Every (recommendation, passage) link found in documents other than the recommendation's own report."""
    judge = judge or RulesJudge()
    all_recs = [r for a in audits for r in a.recommendations]
    if not all_recs:
        return []
    audit_dates = {a.report_doc_id: _year(_date_of(docs, a.report_doc_id)) for a in audits}
    rec_vecs = embedder.embed_passages([r.text for r in all_recs]) if embedder is not None else None
    out: list[LinkedEvidence] = []
    for d in docs:
        date = document_date(d.meta, d.pages)
        year = _year(date)
        keep = [i for i, r in enumerate(all_recs)
                if r.report_doc_id != d.meta.doc_id
                and not (year and audit_dates.get(r.report_doc_id) and year < audit_dates[r.report_doc_id])]
        if not keep:
            continue
        recs = [all_recs[i] for i in keep]
        vecs = rec_vecs[keep] if rec_vecs is not None else None
        responded = {a.report_doc_id for a in audits if a.report_doc_id != d.meta.doc_id and responds_to(d.meta, d.pages, a)}
        units = document_units(d.meta.doc_id, d.pages, d.tables)
        per_rec_paragraphs: dict[str, int] = {}
        for rec, unit, score in sorted(link_units(units, recs, responded, embedder, vecs), key=lambda x: -x[2]):
            if unit.kind == "paragraph":
                per_rec_paragraphs[rec.id] = per_rec_paragraphs.get(rec.id, 0) + 1
                if per_rec_paragraphs[rec.id] > MAX_PARAGRAPHS_PER_DOC:
                    continue
            out.append(LinkedEvidence(rec_id=rec.id, unit=unit, date=date, score=score, judgement=judge.judge(rec, unit)))
    return out


def _date_of(docs: list[FollowupDoc], doc_id: str) -> str | None:
    for d in docs:
        if d.meta.doc_id == doc_id:
            return document_date(d.meta, d.pages)
    return None


_KIND_RANK = {"numbered": 0, "table_row": 1, "paragraph": 2}


def decide(links: list[LinkedEvidence]) -> str:
    """Per document the most direct passage (numbered block > table row > paragraph, then score) speaks;
    across documents the latest dated one with a definite status decides; no definite word -> oklart."""
    by_doc: dict[str, list[LinkedEvidence]] = {}
    for le in links:
        by_doc.setdefault(le.unit.doc_id, []).append(le)
    verdicts: list[tuple[str, str]] = []
    for items in by_doc.values():
        top = sorted(items, key=lambda le: (not le.judgement.reason.startswith("statusangivelse"),
                                            _KIND_RANK[le.unit.kind], -le.score))[0]
        verdicts.append((_sort_key(top.date), top.judgement.status))
    for _, status in sorted(verdicts, key=lambda v: v[0], reverse=True):
        if status != "oklart":
            return status
    return "oklart"


def tracked(audits: list[AuditExtraction], links: list[LinkedEvidence]) -> list[TrackedRecommendation]:
    by_rec: dict[str, list[LinkedEvidence]] = {}
    for le in links:
        by_rec.setdefault(le.rec_id, []).append(le)
    out: list[TrackedRecommendation] = []
    for a in audits:
        for r in a.recommendations:
            les = sorted(by_rec.get(r.id, []), key=lambda le: (_sort_key(le.date), -_KIND_RANK[le.unit.kind], le.score),
                         reverse=True)
            evidence: list[Evidence] = []
            for le in les:
                for page, quote in [(le.unit.page, le.unit.quote), *le.unit.extra_quotes]:
                    ev = Evidence(doc_id=le.unit.doc_id, page=page, quote=quote, date=le.date)
                    if ev not in evidence:
                        evidence.append(ev)
            out.append(TrackedRecommendation(
                id=r.id, report_doc_id=r.report_doc_id, number=r.number, addressee=r.addressee, text=r.text,
                page=r.page, status=decide(les), evidence=evidence,  # type: ignore[arg-type]
            ))
    return out
