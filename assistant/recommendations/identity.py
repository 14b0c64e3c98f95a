"""An audit's identity: title, organisation, auditor, date and diary number, read from its first pages."""

from __future__ import annotations

import re
from collections import Counter

from ingest.models import DocumentMeta, Page

from .dates import _MONTHS
from .lexicon import Lexicon, dehyphenate, load_lexicon
from .models import AuditIdentity
from .text import collapse

_PLACE_DATE_RE = re.compile(r"(?<![\wåäö])[A-ZÅÄÖ][a-zåäö]+\s+den\s+([0-3]?\d)\s+((?i:" + "|".join(_MONTHS) + r"))\s+((?:19|20)\d\d)\b")
_ISO_RE = re.compile(r"(?:datum|daterad)\s*:?\s*((?:19|20)\d\d-[01]\d-[0-3]\d)", re.I)
_BASED_ON_RE = re.compile(r"baseras\s+på\s+(?:revisions)?rapporten\s+[”\"]?(.{8,160}?)[”\"]?\s+som\s+finns", re.I)
_TITLE_PREFIX_RE = re.compile(r"^(?:rapportsammandrag|revisionsrapport|granskningsrapport|missiv)\s*[-–:]\s*", re.I)


def _title(meta: DocumentMeta, text: str, lex: Lexicon) -> str:
    t = collapse(_TITLE_PREFIX_RE.sub("", re.sub(r"\.pdf$", "", collapse(meta.title or ""), flags=re.I)))
    generic = not t or any(t.lower() == g or t.lower().startswith(g + " ") for g in lex.generic_titles)
    if not generic and len(t) > 12:
        return t[:1].upper() + t[1:]
    m = _BASED_ON_RE.search(text)
    if m:
        return collapse(m.group(1))
    return meta.title or meta.doc_id


def _date(text: str) -> str | None:
    m = _PLACE_DATE_RE.search(text)
    if m:
        return f"{m.group(3)}-{_MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    m = _ISO_RE.search(text)
    return m.group(1) if m else None


def _auditor(text: str, lex: Lexicon) -> str | None:
    hits = [(m.start(), a) for a in lex.auditors
            for m in [re.search(r"(?<![\wåäö])" + re.escape(a) + r"(?![\wåäö])", text)] if m]
    firms = [h for h in hits if h[1] not in ("Revisorerna", "Revisionskontoret")]
    best = min(firms or hits, default=None)
    return best[1] if best else None


def audit_identity(meta: DocumentMeta, pages: list[Page], lex: Lexicon | None = None) -> AuditIdentity:
    lex = lex or load_lexicon()
    head = dehyphenate(collapse(" ".join(p.text for p in pages[:3])))
    whole = dehyphenate(collapse(" ".join(p.text for p in pages)))
    org_re = lex.rx("organisation_re", ignore_case=False)
    orgs = Counter(collapse(m.group(1)) for m in org_re.finditer(head)) or \
        Counter(collapse(m.group(1)) for m in org_re.finditer(whole))
    fallback = meta.organisation if meta.organisation and "@" not in meta.organisation else None
    diary = lex.rx("diary_re").search(head)
    return AuditIdentity(
        title=_title(meta, whole, lex),
        organisation=orgs.most_common(1)[0][0] if orgs else fallback,
        auditor=_auditor(head, lex),
        date=_date(head) or meta.date,
        diary_number=collapse(diary.group(1)) if diary else None,
    )
