"""Follow-up sections linked to their audit by reference: a section of a later document (an auditors' statement's
chapter on earlier audits, a yearly summary) that names the audit by title, topic or diary number, or restates its
recommendations. Its verdict sentences ("Revisionskontoret bedömer att nämnden har omhändertagit
rekommendationen.") give the status. Evidence never comes from a section about another audit."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from ingest.models import Page

from .classify import judge_sentence
from .extract import page_organ, same_recommendation
from .gather import FOOTER_RE, gather
from .lexicon import dehyphenate, load_lexicon
from .models import AuditExtraction, EvidenceUnit, GatheredItem, Judgement, LinkedEvidence
from .text import collapse, content_terms, sentence_spans

_NUM_HEADING_RE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s+[A-ZÅÄÖ][^\n]{0,110}$")
_GENERIC = {"granskning", "granskningen", "arbetet", "arbete", "stadens", "göteborgs", "rapport", "uppföljning",
            "styrning", "kontroll", "nämndernas", "nämndens", "kommunens", "regionens", "inom", "samt", "för", "och",
            "mot", "med", "att", "av", "i"}


@dataclass
class Section:
    heading: str
    lines: list[tuple[int, str]]  # (page, line) including the heading

    @property
    def text(self) -> str:
        return dehyphenate(collapse(" ".join(ln for _, ln in self.lines))).lower()


def sections(pages: list[Page]) -> list[Section]:
    """Every numbered section, nested: "6.4 …" runs to the next heading of the same or a higher level, so it
    holds its subsection "6.4.1 Bedömning"; "6" holds all of "6.x"."""
    lines = [(p.number, ln) for p in pages for ln in p.text.split("\n")
             if ln.strip() and not (FOOTER_RE.search(ln) and len(ln) < 160)]
    heads: list[tuple[int, int]] = []  # (line index, depth)
    for i, (_, ln) in enumerate(lines):
        m = _NUM_HEADING_RE.match(ln)
        if m and not ln.rstrip().endswith((".", ",", ":")):
            heads.append((i, m.group(1).count(".") + 1))
    out: list[Section] = []
    for k, (i, depth) in enumerate(heads):
        end = next((j for j, d in heads[k + 1:] if d <= depth), len(lines))
        out.append(Section(heading=lines[i][1].strip(), lines=lines[i:end]))
    return out


def topic_words(title: str) -> set[str]:
    words = re.findall(r"[a-zåäö]{6,}", dehyphenate(title).lower())
    return {w for w in words if w not in _GENERIC}


def restated_in(section: Section, restated: list[GatheredItem]) -> list[str]:
    lines = {collapse(ln) for _, ln in section.lines}
    return [it.text for it in restated if collapse(it.parts[0][1]) in lines]


def refers(section: Section, audit: AuditExtraction, restated: list[GatheredItem] = ()) -> tuple[bool, bool]:
    """(refers at all, refers certainly): diary number, restated recommendation or the whole topic in the heading
    are certain; the topic only in the section's opening is uncertain."""
    idt = audit.identity
    text = section.text
    if idt and idt.diary_number and idt.diary_number.lower() in text:
        return True, True
    # restating the audit's recommendations counts only after a past-tense lead-in ("Granskningen resulterade i
    # följande rekommendationer"): a statement's own, current recommendations are no follow-up
    restating = any(restates(r.text, t) for r in audit.recommendations for t in restated_in(section, restated))
    words = topic_words(audit.title)
    if not words:
        return restating, restating
    head = dehyphenate(section.heading).lower()
    in_head = sum(w[:7] in head for w in words) / len(words)
    opening = text[:600]
    in_open = sum(w[:7] in opening for w in words) / len(words)
    if restating and max(in_head, in_open) >= 0.5:
        return True, True
    if in_head >= 0.99 and len(words) >= 2:
        return True, True
    if in_open >= 0.99 and len(words) >= 2:
        return True, False
    return False, False


def _after_att(text: str) -> str:
    t = dehyphenate(text)
    m = re.search(r"re-?\s?kommender\w*\s+(?:[^.]{0,120}?\s)??att|\bbör\b|\batt\b", t, re.I)
    return t[m.end():] if m else t


def restates(a: str, b: str) -> bool:
    """b restates recommendation a: the part after "rekommenderas att" alike, spaces ignored (OCR joins words)."""
    ca, cb = (re.sub(r"[^a-zåäöéü0-9]", "", _after_att(x).lower()) for x in (a, b))
    if not ca or not cb:
        return False
    return same_recommendation(_after_att(a), _after_att(b), 0.6) or SequenceMatcher(None, ca, cb).ratio() >= 0.85


def verdicts(section: Section, pages_by_no: dict[int, Page]) -> list[tuple[int, str, Judgement, str]]:
    """(page, exact sentence, judgement, its paragraph) for each sentence that judges the recommendations."""
    out: list[tuple[int, str, Judgement, str]] = []
    for page_no, line in section.lines:  # a line is a paragraph: sentences never run over a heading
        page = pages_by_no[page_no]
        for a, b in sentence_spans(line):
            raw = line[a:b].strip()
            flat = dehyphenate(collapse(raw))
            if not load_lexicon().rx("verdict_re").search(flat) or "rekommenderas" in flat or flat.endswith(":"):
                continue
            j = judge_sentence(flat)
            if j is not None and collapse(raw) in collapse(page.text):
                out.append((page_no, raw, j.model_copy(update={"sentence": raw}), line))  # cite it as printed
    return out


def conclusion(found: list[tuple[int, str, Judgement, str]]) -> tuple[int, str, Judgement]:
    """The section's conclusion: its last verdict paragraph ("Bedömning"). Within it, "inte i alla delar
    omhändertagit … Rekommendationen kvarstår" is partly done: a partial verdict, or done and not done, is delvis."""
    last = found[-1][3]
    para = [f for f in found if f[3] == last]
    statuses = {f[2].status for f in para}
    if len(para) > 1 and ("delvis" in statuses or {"atgardad", "ej_atgardad"} <= statuses):
        first = next(f for f in para if f[2].status == "delvis") if "delvis" in statuses else para[0]
        return first[0], first[1], first[2].model_copy(update={"status": "delvis"})
    return para[0][0], para[0][1], para[0][2]


def own_verdict(rec_text: str, found: list[tuple[int, str, Judgement, str]], conclusion_quote: str
                ) -> tuple[int, str, Judgement] | None:
    """The verdict sentence that speaks of this recommendation's own subject ("… rutinerna för X är nu på plats"),
    when one does clearly more than the section's conclusion; None keeps the conclusion."""
    terms = content_terms(_after_att(rec_text))
    if len(terms) < 3:
        return None
    base = len(terms & content_terms(conclusion_quote))
    scored = sorted(((len(terms & content_terms(f[1])), k) for k, f in enumerate(found)), reverse=True)
    best, k = scored[0]
    if best >= 3 and best >= 0.3 * len(terms) and best >= base + 2 and found[k][1] != conclusion_quote:
        return found[k][0], found[k][1], found[k][2]
    return None


def section_links(doc_id: str, pages: list[Page], date: str | None, audits: list[AuditExtraction]
                  ) -> list[LinkedEvidence]:
    by_no = {p.number: p for p in pages}
    out: list[LinkedEvidence] = []
    restated = [it for it in gather(pages) if it.restated]
    done: set[str] = set()  # audits already linked from a smaller (more specific) section
    for sec in sorted(sections(pages), key=lambda x: len(x.lines)):
        hits = [(a, certain) for a in audits if a.report_doc_id != doc_id
                for ok, certain in [refers(sec, a, restated)] if ok]
        if len(hits) != 1:
            continue  # no audit, or several: the section cannot be attributed
        audit, certain = hits[0]
        if audit.report_doc_id in done:
            continue
        found = verdicts(sec, by_no)
        if not certain:  # a loose reference: only a verdict that itself names the audit's topic
            words = topic_words(audit.title)
            found = [v for v in found if any(w[:7] in dehyphenate(v[1]).lower() for w in words)]
        if not found:
            continue
        page_no, raw, j = conclusion(found)
        unit = EvidenceUnit(doc_id=doc_id, page=page_no, quote=raw, text=collapse(raw), kind="paragraph")
        done.add(audit.report_doc_id)
        organ = page_organ(pages, sec.lines[0][0])
        quoted = restated_in(sec, restated)
        named = [r for r in audit.recommendations
                 if any(restates(r.text, t) for t in quoted)]
        for r in named or audit.recommendations:  # the recommendations the section restates, else all of them
            if not named and organ and r.addressees and organ.lower() not in {a.lower() for a in r.addressees}:
                continue  # the section follows up another committee's part of the audit
            own = own_verdict(r.text, found, raw)
            if own is not None:
                r_unit = EvidenceUnit(doc_id=doc_id, page=own[0], quote=own[1], text=collapse(own[1]), kind="paragraph")
                out.append(LinkedEvidence(rec_id=r.id, unit=r_unit, date=date, score=1.0, judgement=own[2],
                                          certain=certain))
                continue
            out.append(LinkedEvidence(rec_id=r.id, unit=unit, date=date, score=1.0, judgement=j, certain=certain))
    return out


def own_links(doc_id: str, pages: list[Page], date: str | None, audit: AuditExtraction) -> list[LinkedEvidence]:
    """A statement that lists recommendations and also follows them up: the verdict of the (smallest) section that
    restates a recommendation after a past-tense lead-in gives its status."""
    restated = [it for it in gather(pages) if it.restated]
    if not restated or not audit.recommendations:
        return []
    by_no = {p.number: p for p in pages}
    secs = sorted(sections(pages), key=lambda x: len(x.lines))
    out: list[LinkedEvidence] = []
    for r in audit.recommendations:
        sec = next((s for s in secs if any(restates(r.text, t) for t in restated_in(s, restated))), None)
        found = verdicts(sec, by_no) if sec else []
        if found:
            page_no, raw, j = conclusion(found)
            unit = EvidenceUnit(doc_id=doc_id, page=page_no, quote=raw, text=collapse(raw), kind="paragraph")
            out.append(LinkedEvidence(rec_id=r.id, unit=unit, date=date, score=1.0, judgement=j, certain=True))
    return out
