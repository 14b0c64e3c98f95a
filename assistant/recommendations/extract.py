"""Extraction: an audit report's recommendations, summary assessments and verdicts on earlier audits.

Pure functions over `DocumentMeta` + `list[Page]` (cleaned page text from ingest)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.models import DocumentMeta, Page

from .earlier import earlier_review_statements
from .models import AuditExtraction, Recommendation, SummaryAssessment
from .text import collapse, find_span, is_heading, norm, sentence_spans, strip_bullet

REC_HEADING_RE = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\s*\.?\s*)?(?:(?:revisorernas|våra|sammanfattande|granskningens)\s+)?"
    r"rekommendationer\s*:?\s*$",
    re.IGNORECASE,
)
SUMMARY_HEADING_RE = re.compile(r"^\s*(?:\d{1,2}\s*\.?\s*)?(?:sammanfattning|sammanfattande bedömning)\s*$", re.I)
AUDIT_TYPES = ("granskningsrapport", "revisionsrapport", "granskning", "uppfoljning", "uppföljning")
NON_AUDIT_TYPES = ("yttrande", "svar", "verksamhetsberattelse", "verksamhetsberättelse", "regionplan",
                   "arsredovisning", "årsredovisning", "delarsrapport", "delårsrapport", "protokoll")
BOR_RE = re.compile(r"^(?P<subj>[A-ZÅÄÖ][^.!?]{0,80}?)\s+(?:bör|borde|ska|skall)\s+(?:även\s+|också\s+|i ökad grad\s+)?\w")
INTRO_ADDRESSEE_RE = re.compile(r"rekommenderar\s+(?:vi\s+|revisorerna\s+)?(?P<org>[\wåäö-]*(?:styrelsen|nämnden|nämnderna|fullmäktige|direktionen))\s+att", re.I)
ORGAN_SUBJ_RE = re.compile(r"(styrelse|nämnd|fullmäktige|direktion|utskott|beredning|förvaltning|ledning|bolag)", re.I)


@dataclass
class _Item:
    parts: list[tuple[int, str]] = field(default_factory=list)  # (page number, exact line text)

    @property
    def text(self) -> str:
        return collapse(" ".join(t for _, t in self.parts))

    @property
    def page(self) -> int:
        return self.parts[0][0]

    def complete(self) -> bool:
        return self.text.endswith((".", "!", "?", "”", '"', ")"))


def _lines(pages: list[Page]) -> list[tuple[int, str]]:
    return [(p.number, ln) for p in pages for ln in p.text.split("\n") if ln.strip()]


def is_audit_report(meta: DocumentMeta, pages: list[Page]) -> bool:
    """Typed as an audit report, or (untyped) reads like one: auditors/granskning plus a Rekommendationer section."""
    dtype = (meta.document_type or "").lower()
    if any(t in dtype for t in AUDIT_TYPES):
        return True
    if dtype and any(t in dtype for t in NON_AUDIT_TYPES):
        return False
    head = norm(" ".join(p.text for p in pages[:3]) + " " + meta.title)
    about_audit = "revisorerna" in head or "granskning" in head or "revisionsrapport" in head
    has_section = any(REC_HEADING_RE.match(ln) for _, ln in _lines(pages))
    return about_audit and has_section


def _bullet_items(lines: list[tuple[int, str]], start: int, stop_at_heading: bool = True) -> tuple[list[_Item], int]:
    """Collect bullet/numbered items from lines[start:]; non-bullet lines continue an unfinished item.
    Stops at a heading, or at a paragraph after the list. Returns (items, index after the list)."""
    items: list[_Item] = []
    i = start
    while i < len(lines):
        page, ln = lines[i]
        is_bullet, rest = strip_bullet(ln)
        if is_bullet and " bör " not in f" {ln} " and is_heading(ln) and items:
            break
        if not is_bullet and stop_at_heading and is_heading(ln):
            break
        if is_bullet:
            cur = _Item()
            cur.parts.append((page, rest.strip()))
            items.append(cur)
        elif items and not items[-1].complete():
            items[-1].parts.append((page, ln.strip()))
        elif items:
            break  # a paragraph after the list ends it
        i += 1
    return items, i


def _find_rec_section(lines: list[tuple[int, str]]) -> list[int]:
    return [i for i, (_, ln) in enumerate(lines) if REC_HEADING_RE.match(ln)]


def _section_items(lines: list[tuple[int, str]], head: int) -> tuple[list[_Item], str]:
    """Items of the Rekommendationer section starting at line `head`; also the intro text."""
    intro: list[str] = []
    i = head + 1
    while i < len(lines):
        is_bullet, _ = strip_bullet(lines[i][1])
        if is_bullet or is_heading(lines[i][1]):
            break
        intro.append(lines[i][1])
        i += 1
    items, _ = _bullet_items(lines, i)
    if not items:  # prose section: every "X bör …" sentence of the intro text is a recommendation
        items = _bor_sentences([(lines[k][0], lines[k][1]) for k in range(head + 1, i)])
    return items, " ".join(intro)


def _bor_sentences(lines: list[tuple[int, str]], organ_only: bool = False) -> list[_Item]:
    out: list[_Item] = []
    for page, ln in lines:
        for a, b in sentence_spans(ln):
            s = ln[a:b]
            m = BOR_RE.match(strip_bullet(s)[1])
            if m and (not organ_only or ORGAN_SUBJ_RE.search(m.group("subj"))):
                out.append(_Item(parts=[(page, strip_bullet(s)[1])]))
    return out


def _addressee(text: str, intro: str) -> str:
    m = BOR_RE.match(text)
    if m:
        return m.group("subj").strip()
    m = INTRO_ADDRESSEE_RE.search(intro)
    if m:
        org = m.group("org")
        return org[:1].upper() + org[1:]
    return ""


def _exact(pages_by_no: dict[int, Page], item: _Item) -> str:
    """The item's text as exact page spans (whitespace collapsed), joined across pages."""
    chunks: list[str] = []
    for page_no in dict.fromkeys(p for p, _ in item.parts):
        part = " ".join(t for p, t in item.parts if p == page_no)
        span = find_span(pages_by_no[page_no].text, part)
        chunks.append(pages_by_no[page_no].text[span[0]:span[1]] if span else part)
    return collapse(" ".join(chunks))


def extract_recommendations(meta: DocumentMeta, pages: list[Page]) -> list[Recommendation]:
    lines = _lines(pages)
    by_no = {p.number: p for p in pages}
    candidates: list[tuple[list[_Item], str]] = [_section_items(lines, h) for h in _find_rec_section(lines)]
    candidates = [c for c in candidates if c[0]]
    if candidates:
        items, intro = max(candidates, key=lambda c: len(c[0]))  # the section with the list
    else:
        items, intro = _fallback_items(lines), ""
    recs: list[Recommendation] = []
    seen: set[str] = set()
    for item in items:
        text = _exact(by_no, item)
        key = norm(text)
        if not text or key in seen:
            continue
        seen.add(key)
        n = len(recs) + 1
        recs.append(Recommendation(id=f"{meta.doc_id}:r{n}", report_doc_id=meta.doc_id, number=n,
                                   addressee=_addressee(text, intro), text=text, page=item.page))
    return recs


def _fallback_items(lines: list[tuple[int, str]]) -> list[_Item]:
    """No Rekommendationer section: lists introduced by "rekommenderar", else organ-addressed "bör" sentences."""
    for i, (_, ln) in enumerate(lines):
        if re.search(r"rekommender(ar|as)", ln, re.I) and ln.rstrip().endswith(":"):
            items, _ = _bullet_items(lines, i + 1)
            if items:
                return items
    return _bor_sentences(lines, organ_only=True)


def extract_summary_assessments(meta: DocumentMeta, pages: list[Page], recs: list[Recommendation]) -> list[SummaryAssessment]:
    """Bullet lists in the Sammanfattning section that are not (copies of) recommendations."""
    lines = _lines(pages)
    rec_keys = {norm(r.text) for r in recs}
    by_no = {p.number: p for p in pages}
    out: list[SummaryAssessment] = []
    for h, (_, ln) in enumerate(lines):
        if not SUMMARY_HEADING_RE.match(ln):
            continue
        i = h + 1
        while i < len(lines) and not is_heading(lines[i][1]):
            intro = lines[i - 1][1]
            if strip_bullet(lines[i][1])[0]:
                items, i = _bullet_items(lines, i)
                if "rekommender" in intro.lower():
                    continue
                for it in items:
                    text = _exact(by_no, it)
                    if norm(text) not in rec_keys:
                        out.append(SummaryAssessment(report_doc_id=meta.doc_id, number=len(out) + 1, text=text, page=it.page))
                continue
            i += 1
        break
    return out


def extract_audit(meta: DocumentMeta, pages: list[Page]) -> AuditExtraction:
    """Everything the tracker needs from one audit report."""
    recs = extract_recommendations(meta, pages)
    return AuditExtraction(
        report_doc_id=meta.doc_id,
        title=meta.title,
        recommendations=recs,
        summary_assessments=extract_summary_assessments(meta, pages, recs),
        earlier_reviews=earlier_review_statements(meta, pages),
    )
