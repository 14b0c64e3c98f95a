"""What an audit report says about earlier audits: sentences that name an earlier audit and give a verdict."""

from __future__ import annotations

import re

from ingest.models import DocumentMeta, Page

from .models import EarlierReviewStatement
from .text import collapse, sentence_spans

EARLIER_RE = re.compile(
    r"(tidigare\s+granskning\w*|granskning\w*\s+(?:från\s+|år\s+|som\s+genomfördes\s+)?(?:19|20)\d\d"
    r"|(?:19|20)\d\d\s+års\s+granskning|tidigare\s+(?:lämnade\s+)?rekommendationer|uppföljande\s+granskning)",
    re.I,
)
VERDICT_RE = re.compile(
    r"(?P<v>(?:(?:till\s+stor\s+del|i\s+allt\s+väsentligt|delvis|helt|fortfarande|alltjämt)\s+)?kvarstår"
    r"(?:\s+(?:bristerna\s+|dessa\s+)?(?:till\s+stor\s+del|i\s+allt\s+väsentligt|delvis|helt))?"
    r"|(?:inte\s+|ej\s+|delvis\s+|helt\s+)?(?:har\s+)?(?:åtgärdats|omhändertagits|hanterats|genomförts|åtgärdade|omhändertagna))",
    re.I,
)
YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\b")


def verdict_status(verdict: str) -> str:
    v = verdict.lower()
    if "kvarstår" in v:
        return "delvis" if "delvis" in v else "ej_atgardad"
    if re.search(r"\b(inte|ej)\b", v):
        return "ej_atgardad"
    if "delvis" in v:
        return "delvis"
    return "atgardad"


def earlier_review_statements(meta: DocumentMeta, pages: list[Page]) -> list[EarlierReviewStatement]:
    out: list[EarlierReviewStatement] = []
    seen: set[str] = set()
    for page in pages:
        text = page.text
        for a, b in sentence_spans(text):
            sent = text[a:b]
            flat = collapse(sent)
            if flat.endswith("?") or not EARLIER_RE.search(flat):
                continue
            vm = VERDICT_RE.search(flat)
            if not vm or flat in seen:
                continue
            seen.add(flat)
            em = EARLIER_RE.search(flat)
            year = YEAR_RE.search(em.group(0)) if em else None
            if year is None:
                near = YEAR_RE.search(flat)
                year = near if near and "granskning" in flat[max(0, near.start() - 40):near.start()].lower() else None
            verdict = collapse(vm.group("v"))
            out.append(EarlierReviewStatement(
                report_doc_id=meta.doc_id, page=page.number, quote=sent,
                reviewed_year=int(year.group(1)) if year else None,
                verdict=verdict, status=verdict_status(verdict),  # type: ignore[arg-type]
            ))
    return out
