"""Formal criticism in auditors' statements: an anmärkning, erinran, kritik or a refused discharge against a
committee, what it is for, and the committee's answer (its yttrande) — in the same document or in a document of
its own. Vocabulary: [criticism] of lexicon.toml."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Iterable

from ingest.models import DocumentMeta, Page

from .addressees import organs_in
from .lexicon import CriticismVocab, Lexicon, dehyphenate, load_lexicon
from .models import Criticism
from .text import collapse, norm, sentence_spans

__all__ = ["Criticism", "criticisms", "link_responses"]

_CLAUSE_END = re.compile(r"\s+(?:i\s+form\s+av|gällande|avseende|med\s+anledning|för\s+att|eftersom|på\s+grund|då\s)\b|[.;:]",
                         re.I)


def _organs(text: str) -> list[str]:
    """The organs named at the start of `text`, up to the clause that says what for ("mot X och Y för att …")."""
    head = _CLAUSE_END.split(text, maxsplit=1)[0]
    head = re.sub(r"(nämnd|styrelse)ens\b", r"\1en", head, flags=re.I)  # "grundskolenämndens beslut" -> the committee
    head = dehyphenate(head[:200])
    found = [o for o in organs_in(head) if o.lower() not in ("nämnden", "styrelsen", "nämnderna")]
    low, out, end = head.lower(), [], -1
    for o in found:  # the first organ, then only those coordinated with it ("X, Y och Z")
        at = low.find(o.lower(), max(end, 0))
        if at < 0:
            continue
        if out and not re.fullmatch(r"\s*(?:,|och|samt|liksom)?\s*", low[end:at]):
            break
        out.append(o)
        end = at + len(o)
    return out


def _target(sent: str, voc: CriticismVocab) -> tuple[list[str], str] | None:
    """(committees, kind) when the sentence aims criticism at one or more organs."""
    low = sent.lower()
    d = voc.rx("discharge_re").search(sent)
    if d:
        # the organ is named in the refusal ("… för X", "… att X beviljas ansvarsfrihet") or right after it
        who = _organs(sent[d.start():]) or _organs(sent[d.end():])
        if who:
            return who, voc.discharge_label
    label = next((voc.kind_labels[k] for k in voc.kinds if re.search(r"\b" + re.escape(k), low)), None)
    if label is None or voc.rx("negated_re").search(sent):
        return None
    for name in ("against_re", "aimed_re"):
        for m in voc.rx(name).finditer(sent):
            who = _organs(sent[m.end():])
            if who:
                return who, label
    r = voc.rx("receives_re").match(sent)
    if r:
        who = _organs(r.group("who"))
        if who:
            return who, label
    return None


def _same_committee(a: str, b: str) -> bool:
    ka, kb = (re.sub(r"[^a-zåäö]", "", x.lower()) for x in (a, b))
    return SequenceMatcher(None, ka, kb).ratio() >= 0.85  # "inköp-"/"inköps-"


def criticisms(meta: DocumentMeta, pages: list[Page], lex: Lexicon | None = None) -> list[Criticism]:
    """Every committee criticised in the document (one item per committee), with what for and its answer
    when the document carries it."""
    voc = (lex or load_lexicon()).criticism
    out: list[Criticism] = []
    for page in pages:
        spans = sentence_spans(page.text)
        for k, (a, b) in enumerate(spans):
            raw = page.text[a:b]
            sent = dehyphenate(collapse(raw))
            if sent.endswith("?"):
                continue
            hit = _target(sent, voc)
            if hit is None:
                continue
            committees, kind = hit
            for_what, for_page = None, None
            if k + 1 < len(spans):
                nxt = page.text[spans[k + 1][0]:spans[k + 1][1]]
                if voc.rx("reason_re").search(dehyphenate(collapse(nxt))):
                    for_what, for_page = collapse(nxt), page.number
            if for_what is None:
                last = committees[-1]
                at = sent.lower().rfind(last.lower()[:-2])
                fm = voc.rx("for_re").search(sent[at + len(last) - 2:] if at >= 0 else sent)
                for_what = fm.group(1) if fm else None
            for committee in committees:
                if any(_same_committee(committee, c.committee) for c in out):
                    continue
                crit = Criticism(doc_id=meta.doc_id, page=page.number, committee=committee, kind=kind,
                                 for_what=for_what, for_page=for_page, quote=raw.strip(),
                                 id=f"{meta.doc_id}:c{len(out) + 1}", doc_title=meta.title)
                out.append(_answer_in(crit, meta.doc_id, pages, voc, same_doc=True) or crit)
    return out


def _stem(committee: str) -> str:
    return norm(committee)[:max(6, len(committee) - 3)]


def _answer_in(crit: Criticism, doc_id: str, pages: list[Page], voc: CriticismVocab, same_doc: bool
               ) -> Criticism | None:
    """The committee's answer: a sentence of a page that names the committee and reads as its yttrande/answer."""
    stem = _stem(crit.committee)
    for page in pages:
        low = norm(dehyphenate(collapse(page.text)))
        if same_doc and page.number == crit.page:
            continue
        if stem not in low or (same_doc and not voc.rx("answer_page_re").search(low)):
            continue
        for a, b in sentence_spans(page.text):
            s = _without_headings(page.text[a:b], voc)
            if s:
                return crit.model_copy(update={"response_doc": doc_id, "response_page": page.number,
                                               "response_quote": s})
    return None


def _without_headings(raw: str, voc: CriticismVocab) -> str | None:
    """The answer sentence without heading lines run into it ("Gatunämnden Yttrande … Nämnden instämmer …" ->
    "Nämnden instämmer …"); None when the sentence does not answer. Always an exact span of `raw`."""
    raw = raw.strip()
    m = voc.rx("answer_re").search(raw)
    if m is None:
        return None
    head = raw[:m.start()]
    caps = list(re.finditer(r"(?<![\wåäöÅÄÖ-])[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?=\s+(?:[a-zåäö][\wåäö-]*\s+){0,3}$)", head))
    if caps and caps[-1].start() > 0 and not re.search(r"[.,;:!?]", head[:caps[-1].start()]):
        return raw[caps[-1].start():]
    return raw


def link_responses(crits: list[Criticism], docs: Iterable[tuple[DocumentMeta, list[Page], str | None]],
                   lex: Lexicon | None = None) -> list[Criticism]:
    """Criticism without an answer in its own document gets one from another document: an answer or yttrande
    (its title or first page says so) that names the committee and the criticism, dated no earlier."""
    voc = (lex or load_lexicon()).criticism
    docs = list(docs)
    dates = {m.doc_id: d for m, _, d in docs}
    kinds = re.compile(r"\b(?:" + "|".join(map(re.escape, voc.kinds)) + r"|ansvarsfrihet|revisionsberättelse)", re.I)
    out: list[Criticism] = []
    for c in crits:
        c = c.model_copy(update={"date": c.date or dates.get(c.doc_id)})
        if c.response_quote is None:
            for meta, pages, date in docs:
                if meta.doc_id == c.doc_id or (date and c.date and date[:4] < c.date[:4]):
                    continue
                head = dehyphenate(collapse(meta.title + " " + " ".join(p.text for p in pages[:1])[:1500]))
                if not voc.rx("answer_page_re").search(head) or not kinds.search(head) \
                        or _stem(c.committee) not in norm(head):
                    continue
                found = _answer_in(c, meta.doc_id, pages, voc, same_doc=False)
                if found is not None:
                    c = found
                    break
        out.append(c)
    return out
