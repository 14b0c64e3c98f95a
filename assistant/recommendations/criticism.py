"""Formal criticism in auditors' statements: an anmärkning, erinran or kritik against a committee, what it is for,
and the committee's answer (its yttrande) when the document carries it."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from pydantic import BaseModel

from ingest.models import DocumentMeta, Page

from .addressees import organs_in
from .lexicon import Lexicon, dehyphenate, load_lexicon
from .text import collapse, sentence_spans

_REASON_RE = re.compile(r"^(?:anledningen|skälet|grunden)\s+(?:till\s+detta\s+)?är\s+att\b|^anmärkningen\s+(?:avser|gäller)\b", re.I)
_FOR_RE = re.compile(r"\b(?:gällande|avseende|med\s+anledning\s+av|för\s+att|eftersom|då)\s+(.{10,300})$", re.I)
_ANSWER_RE = re.compile(r"\b(?:instämmer|delar\s+(?:inte\s+)?(?:revisionens|revisorernas|stadsrevisionens)|beklagar|bestrider"
                        r"|tar\s+till\s+sig|accepterar|anser\s+(?:inte\s+)?att|vill\s+(?:inledningsvis\s+)?tacka)\b", re.I)
_NEGATED_RE = re.compile(r"\b(?:ingen|inte|ej)\s+(?:\w+\s+){0,2}(?:kritik|anmärkning|erinran)", re.I)


class Criticism(BaseModel):
    doc_id: str
    page: int
    committee: str
    kind: str  # anmärkning | erinran | kritik
    for_what: str | None = None
    quote: str  # exact span of the page text
    response_doc: str | None = None
    response_page: int | None = None
    response_quote: str | None = None


def _committee(after: str) -> str | None:
    head = re.split(r"\s+(?:i\s+form\s+av|gällande|avseende|med\s+anledning|för\s+att|eftersom)\b|[.;]", after, maxsplit=1)[0]
    head = re.sub(r"(nämnd|styrelse)ens\b", r"\1en", head, flags=re.I)  # "grundskolenämndens beslut" -> the committee
    found = organs_in(head[:120])
    return found[0] if found else None


def _kind(sent: str, lex: Lexicon) -> str:
    low = sent.lower()
    for k in lex.criticism_kinds:
        if k in low and k != "kritik":
            return k
    return "kritik"


def criticisms(meta: DocumentMeta, pages: list[Page], lex: Lexicon | None = None) -> list[Criticism]:
    lex = lex or load_lexicon()
    against = lex.rx("against_re")
    kinds_re = re.compile(r"\b(?:" + "|".join(map(re.escape, lex.criticism_kinds)) + r")\w*", re.I)
    out: list[Criticism] = []
    seen: set[str] = set()
    for page in pages:
        spans = sentence_spans(page.text)
        for k, (a, b) in enumerate(spans):
            raw = page.text[a:b]
            sent = dehyphenate(collapse(raw))
            if not kinds_re.search(sent) or _NEGATED_RE.search(sent) or sent.endswith("?"):
                continue
            m = against.search(sent)
            if not m:
                continue
            committee = _committee(sent[m.end():])
            if not committee:
                continue
            kind = _kind(sent, lex)
            key = re.sub(r"[^a-zåäö]", "", committee.lower())
            if any(SequenceMatcher(None, key, k).ratio() >= 0.85 for k in seen):
                continue  # the same committee spelt a little differently ("inköp-"/"inköps-")
            seen.add(key)
            for_what = None
            if k + 1 < len(spans):
                nxt = dehyphenate(collapse(page.text[spans[k + 1][0]:spans[k + 1][1]]))
                if _REASON_RE.search(nxt):
                    for_what = nxt
            if for_what is None:
                fm = _FOR_RE.search(sent[m.end():])
                for_what = fm.group(1) if fm else None
            crit = Criticism(doc_id=meta.doc_id, page=page.number, committee=committee, kind=kind, for_what=for_what,
                             quote=raw.strip())
            out.append(_with_response(crit, meta, pages))
    return out


def _with_response(crit: Criticism, meta: DocumentMeta, pages: list[Page]) -> Criticism:
    """The committee's answer: a sentence of its yttrande (a page that names it and is a yttrande/answer)."""
    stem = crit.committee.lower()[:max(6, len(crit.committee) - 3)]
    for page in pages:
        low = dehyphenate(collapse(page.text)).lower()
        if page.number == crit.page or "yttrande" not in low or stem not in low:
            continue
        for a, b in sentence_spans(page.text):
            s = page.text[a:b]
            if _ANSWER_RE.search(dehyphenate(collapse(s))):
                return crit.model_copy(update={"response_doc": meta.doc_id, "response_page": page.number,
                                               "response_quote": s.strip()})
    return crit
