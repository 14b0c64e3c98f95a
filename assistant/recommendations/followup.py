"""Follow-up: evidence for every recommendation from the OTHER documents, judged, latest document decides.

Pure over typed inputs (`FollowupDoc`), so it runs on parse_pdf output as well as on an Index."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from ingest.models import DocumentMeta, Page, Table

from .classify import AGREES_ONLY, Judge, RulesJudge
from .dates import document_date
from .docwork import DocWork
from .committees import (SUBJECT_WORDS, TITLE_CHARS, combine, heading_of, named, same_committee, sentences, speaks_for,
                         subject_of, whole_reason)
from .link import (LISTED_SCORE, MARGIN, NUMBER_PREFIX_RE, ROW_SCORE, PassageEmbedder, ResponseIndex, _distinct_topic_words, answers_under_points, audit_above,
                   audit_rows, labelled_audits, distinct_rows, link_units, restates_only, subject_names)
from .reference import AuditKeys, section_links
from .topics import Topics
from .sentences import split_paragraphs
from .models import (AuditExtraction, CommitteeStatus, DocumentStatus, Evidence, EvidenceUnit, Judgement, LinkedEvidence,
                     Recommendation, TrackedRecommendation)
from .text import collapse, content_terms, find_span

__all__ = ["FollowupDoc", "decide", "document_date", "link_evidence", "link_works", "tracked"]

MAX_PARAGRAPHS_PER_DOC = 3


@dataclass
class FollowupDoc:
    meta: DocumentMeta
    pages: list[Page]
    tables: list[Table] = field(default_factory=list)


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
    works = [DocWork(meta=d.meta, pages=d.pages, tables=d.tables) for d in docs]
    return link_works(audits, works, embedder, judge)


def link_works(audits: list[AuditExtraction], works: list[DocWork], embedder: PassageEmbedder | None,
               judge: Judge | None = None, rec_vecs: np.ndarray | None = None) -> list[LinkedEvidence]:
    """`link_evidence` over per-document work (cached or fresh). `rec_vecs`: the recommendations' vectors
    in order, when known (else embedded here)."""
    judge = judge or RulesJudge()
    own_of = {a.report_doc_id: a for a in audits}
    told = [k for k, r in enumerate(r for a in audits for r in a.recommendations)
            if r.earlier and own_of[r.report_doc_id].yearly]
    if told:  # a yearly summary's own copies of the year's audits' recommendations are followed up in the summary
        # itself only: other documents answer the audits, not the summary (promote.py keeps them while the audits are
        # not at hand)
        audits = [a.model_copy(update={"recommendations": [r for r in a.recommendations if not (r.earlier and a.yearly)]})
                  for a in audits]
        if rec_vecs is not None:
            rec_vecs = np.delete(rec_vecs, told, axis=0)
    all_recs = [r for a in audits for r in a.recommendations]
    if not all_recs and not told:
        return []
    dates: dict[str, str | None] = {}
    for w in works:
        dates.setdefault(w.doc_id, w.date)
    audit_dates = {a.report_doc_id: _year(dates.get(a.report_doc_id)) for a in audits}
    if rec_vecs is None and embedder is not None:
        rec_vecs = embedder.embed_passages([r.text for r in all_recs])
    rec_terms_all = [content_terms(r.text) for r in all_recs]
    out: list[LinkedEvidence] = []
    rec_by_id = {r.id: r for a in own_of.values() for r in a.recommendations}
    ix = _AuditIndex(audits, all_recs, audit_dates)
    ix.own.update(own_of)  # (its own links: the summary's passages on its told recommendations)
    rec_rows = distinct_rows(rec_vecs) if rec_vecs is not None else None  # copies' vectors once
    recs_of: dict[str, list[Recommendation]] = {}
    for r in all_recs:
        recs_of.setdefault(r.report_doc_id, []).append(r)
    audit_addressees = {rid: list(dict.fromkeys(a for r in recs for a in r.addressees)) for rid, recs in recs_of.items()}
    for d in works:
        start = len(out)
        parts = _links_of_doc(d, out, all_recs, ix, embedder, judge, rec_vecs, rec_terms_all, rec_rows)
        out[start:] = split_paragraphs(d, out[start:], parts, recs_of, embedder, judge)
        out[start:] = _senders_own(out[start:], d, rec_by_id, audit_addressees)
        attribute(out[start:], d, rec_by_id)
    return out


def _senders_own(links: list[LinkedEvidence], d: DocWork, rec_by_id: dict[str, Recommendation],
                 audit_addressees: dict[str, list[str]]) -> list[LinkedEvidence]:
    """A response of some of an audit's addressees answers the recommendations addressed to them: its passages give
    no evidence for a recommendation of that audit addressed to none of its senders."""
    if not links or not d.outline.senders or _auditors_document(d):
        return links  # (the auditors' statement or yearly summary, ending in a committee's reply, answers for none)
    senders: dict[str, set[str]] = {}
    for rid, names in audit_addressees.items():
        senders[rid] = {a for a in names if any(same_committee(s, a) or named(s, [a]) for s in d.outline.senders)}
    out = []
    for le in links:
        rec = rec_by_id.get(le.rec_id)
        own = senders.get(rec.report_doc_id) if rec is not None else None
        if own and not own & set(rec.addressees) and not _given_to_named(le.unit, rec):
            continue  # (unless the passage names that recommendation by whom it was given to)
        out.append(le)
    return out


def _given_to_named(unit: EvidenceUnit, rec: Recommendation) -> bool:
    """The passage names the recommendation by the organ it was given to ("Rekommendationen till parknämnden
    gällde …"), that organ one of its addressees."""
    from .lexicon import load_lexicon

    m = load_lexicon().committee.rx("rec_to_re").search(collapse(f"{unit.quote} {unit.text}"))
    return bool(m) and bool(named(m.group("who"), rec.addressees))


def _says_followup(d: DocWork) -> bool:
    """The document's title says it follows up (recommendations, audits)."""
    from .lexicon import load_lexicon

    head = " ".join([d.meta.title or ""] + [p.text[:TITLE_CHARS] for p in d.pages[:1]])
    return bool(load_lexicon().rx("followup_heading_re").search(head))


def _criticism_subject(subject: str) -> bool:
    """A declared subject that is the auditors' criticism or statement, not an audit ("Yttrande över
    revisorernas anmärkning mot nämnden")."""
    from .lexicon import load_lexicon

    return bool(load_lexicon().link.criticism_subject_words & set(re.findall(r"[a-zåäö]+", subject.lower())))


def _auditors_document(d: DocWork) -> bool:
    """The auditors' own statement of a year (revisionsberättelse) or their yearly summary: what its appendices'
    signatures say is no sender of the whole."""
    dtype = (d.meta.document_type or "").lower()
    return "revisionsberättelse" in dtype or "revisionsberattelse" in dtype or (d.audit is not None and d.audit.yearly)


class _AuditIndex:
    """The audits and their recommendations read once for all documents of a run: by report (each report's year,
    which recommendations are its), by the keys a section names them by (reference.AuditKeys) and by what a
    document that answers one names (link.ResponseIndex)."""

    def __init__(self, audits: list[AuditExtraction], all_recs: list[Recommendation],
                 audit_dates: dict[str, int | None]) -> None:
        self.audits = audits
        self.reports = list(dict.fromkeys(r.report_doc_id for r in all_recs))  # reports with recommendations
        self.years = [audit_dates.get(rid) for rid in self.reports]
        pos = {rid: k for k, rid in enumerate(self.reports)}
        self.rec_report = np.array([pos[r.report_doc_id] for r in all_recs], dtype=np.int64)
        self.own = {}
        for a in audits:
            self.own.setdefault(a.report_doc_id, a)
        self.sections = AuditKeys(audits)
        self.responses = ResponseIndex(audits)


def _links_of_doc(d: DocWork, out: list[LinkedEvidence], all_recs: list[Recommendation], ix: _AuditIndex,
                  embedder: PassageEmbedder | None, judge: Judge, rec_vecs: np.ndarray | None,
                  rec_terms_all: list[set[str]], rec_rows: tuple[np.ndarray, np.ndarray] | None = None
                  ) -> dict[int, str]:
    date = d.date
    year = _year(date)
    # the reports this document may follow up: not its own, not one dated after it
    older_mask = np.array([rid != d.doc_id and not (year and ry and year < ry) for rid, ry in zip(ix.reports, ix.years)],
                          dtype=bool)
    older = {rid for rid, ok in zip(ix.reports, older_mask) if ok}
    answered = ix.responses.answered(d.text, d.doc_id, d.id_runs)  # none, one (which) or several
    # the audits it names only by the run-in heading of the paragraph about each ("Skyfallshantering. Granskningen …"):
    # with another, several, each followed up in its part
    labelled = labelled_audits(d, [a for a in ix.audits if a.recommendations and a.report_doc_id != d.doc_id])
    if len(answered | labelled) > 1:
        answered |= labelled
    if d.audit is not None and d.audit.yearly and d.meta.year and not _says_followup(d):
        # the auditors' summary of a year tells that year's audits (what they found) and follows up earlier ones;
        # its own year's too only when its title says it follows up ("Årsredogörelse 2026 – Uppföljning av …")
        year_of = dict(zip(ix.reports, ix.years))
        answered = {rid for rid in answered if not (year_of.get(rid) and year_of[rid] >= d.meta.year)}
    subject = d.subject
    by_parts = False  # read part by part: only passages under a heading that names an audit speak to it
    if subject is not None:  # it declares which audit it answers: that one (or, if not indexed, none) - never
        declared = {a.report_doc_id for a in ix.audits  # one it only mentions in passing
                    if a.recommendations and a.report_doc_id != d.doc_id and subject_names(subject, a)}
        if not declared and answered and _criticism_subject(subject):
            by_parts = True  # it answers something else (an anmärkning) and reports on audits under their headings
        else:
            answered = declared if len(declared) <= 1 else answered & declared or declared
            older_mask &= np.array([rid in answered for rid in ix.reports], dtype=bool)
            older = {rid for rid in older if rid in answered}
    responded = answered if len(answered) == 1 and not by_parts else set()  # several audits: section by section
    # A document about an audit (an audit itself, or one that names audits) gives evidence only for the audit it
    # answers; a document about none (an activity report) may speak to any, by paraphrase: an uncertain link.
    about_audits = bool(answered) or d.audit is not None
    if about_audits:
        older_mask &= np.array([rid in responded for rid in ix.reports], dtype=bool)
    keep = np.flatnonzero(older_mask[ix.rec_report]).tolist()
    out.extend(section_links(d.doc_id, d.pages, date, [a for a in ix.audits if a.report_doc_id in older], d.refs,
                             ix.sections, embedder))
    if len(answered) > 1:  # it follows up several audits: a status table's rows name theirs
        for rec, i in audit_rows(d, [a for a in ix.audits if a.report_doc_id in older and a.recommendations],
                                 dict(zip(ix.reports, ix.years))):
            out.append(LinkedEvidence(rec_id=rec.id, unit=d.units[i], date=date, score=ROW_SCORE,
                                      judgement=d.judgement(i, rec, judge)))
    parts: dict[int, str] = {}  # paragraph -> the one audit its part of the document follows up
    if (len(answered) > 1 or by_parts) and (d.audit is None or not d.audit.recommendations):  # each part: one audit
        found_parts, parts = _part_links(d, ix, all_recs, [a for a in answered if a in older], embedder, judge,
                                         rec_vecs, rec_terms_all)
        out.extend(found_parts)
    own = ix.own.get(d.doc_id)
    if own is not None:
        out.extend(d.own_links(own))
    if not keep:
        return parts
    recs = [all_recs[i] for i in keep]
    vecs = rec_vecs[keep] if rec_vecs is not None else None
    per_rec_paragraphs: dict[str, int] = {}
    rows = (rec_rows[0], rec_rows[1][keep]) if rec_rows is not None else None
    found = link_units(d, recs, responded, embedder, vecs, [rec_terms_all[i] for i in keep], rows)
    under = answers_under_points(d.units, recs, responded, found, d, embedder, vecs)  # a point's answer under it
    claimed = {i for _, i, _ in under}
    found = [x for x in found if x[1] not in claimed] + under
    # a passage that names a recommendation by its subject ("rekommendationen om X är genomförd") speaks to that one,
    # whatever it is most like (a number of its own still decides)
    by_name: dict[int, set[str]] = {}
    for rec, i, _ in named_units(d, [r for r in recs if r.report_doc_id in responded], embedder):
        by_name.setdefault(i, set()).add(rec.id)
    numbered = {i for _, i, score in found if score >= 1.0}
    by_name = {i: ids for i, ids in by_name.items() if i not in numbered}
    if by_name:  # (a link it has to a recommendation it names keeps its score)
        kept = [x for x in found if x[1] not in by_name or x[0].id in by_name[x[1]]]
        have = {(r.id, i) for r, i, _ in kept}
        found = kept + [(r, i, NAMED_SCORE) for r in recs for i, ids in by_name.items()
                        if r.id in ids and (r.id, i) not in have]
    found = one_each(d, [r for r in recs if r.report_doc_id in responded], found, set(by_name) | claimed, embedder,
                     {r.id: v for r, v in zip(recs, vecs)} if vecs is not None else None)
    sectioned = section_units(d, [r for r in recs if r.report_doc_id in responded], {i for _, i, _ in found},
                              embedder, {r.id: v for r, v in zip(recs, vecs)} if vecs is not None else None)
    have = {(r.id, i) for r, i, _ in found + sectioned}
    sectioned += [x for x in topic_units(d, [r for r in recs if r.report_doc_id in responded],
                                         [a.title for a in ix.audits if a.report_doc_id in responded])
                  if (x[0].id, x[1]) not in have and x[1] not in by_name]
    # a paragraph inside a block that a number links (its section "3.4 … (rekommendation 4)") speaks to that
    # recommendation alone: no heading, name or likeness links it to another
    blocks = [(rec.id, pg, q) for rec, i, score in found if score >= 1.0 for u in [d.units[i]]
              for pg, q in [(u.page, u.quote), *u.extra_quotes, *u.block]]

    def elsewhere(rec: Recommendation, i: int) -> bool:  # (a paragraph that only holds a number's sentence is not
        u = d.units[i]  # inside it)
        inside = {rid for rid, pg, q in blocks if pg == u.page and u.quote in q}
        return u.kind == "paragraph" and bool(inside) and rec.id not in inside

    if blocks:
        found = [x for x in found if x[2] >= 1.0 or not elsewhere(x[0], x[1])]
        sectioned = [x for x in sectioned if not elsewhere(x[0], x[1])]
    for rec, i, score in sorted(found, key=lambda x: -x[2]) + sectioned:
        unit = d.units[i]
        if unit.kind == "paragraph" and score not in (SECTION_SCORE, NAMED_SCORE, ONE_EACH_SCORE):  # (a likeness link; one by the
            # committee's heading or by the recommendation's name is no guess)
            per_rec_paragraphs[rec.id] = per_rec_paragraphs.get(rec.id, 0) + 1
            if per_rec_paragraphs[rec.id] > max(MAX_PARAGRAPHS_PER_DOC, len(rec.addressees)):  # (a follow-up may
                # give each addressee a paragraph of its own)
                continue
        out.append(LinkedEvidence(rec_id=rec.id, unit=unit, date=date, score=score,
                                  judgement=d.judgement(i, rec, judge), certain=rec.report_doc_id in responded))
    return parts


def _part_links(d: DocWork, ix: "_AuditIndex", all_recs: list[Recommendation], audits: list[str],
                embedder: PassageEmbedder | None, judge: Judge, rec_vecs: np.ndarray | None,
                rec_terms_all: list[set[str]]) -> tuple[list[LinkedEvidence], dict[int, str]]:
    """In a document that answers several audits, the passages under a heading that names one of them speak to
    that audit's recommendations as in a response to it alone (by number or likeness), never to another's. Also
    returns the parts: paragraph index -> the audit its heading names."""
    out: list[LinkedEvidence] = []
    by_no = {p.number: p for p in d.pages}
    audit_of = {a.report_doc_id: a for a in ix.audits}
    named = [audit_of[a] for a in audits if a in audit_of]
    own_words = _distinct_topic_words(named)
    parts: dict[int, str] = {}
    for i, u in enumerate(d.units):
        if u.kind in ("paragraph", "numbered", "table_row"):  # (a status table or matrix, or points by number,
            # under the part's heading are the part's)
            above = audit_above(u, d, by_no, named, own_words)
            if len(above) == 1:
                parts[i] = above[0].report_doc_id
    for rid in dict.fromkeys(parts.values()):
        keep = [k for k, r in enumerate(all_recs) if r.report_doc_id == rid]
        recs = [all_recs[k] for k in keep]
        vecs = rec_vecs[keep] if rec_vecs is not None else None
        found = link_units(d, recs, {rid}, embedder, vecs, [rec_terms_all[k] for k in keep])
        linked = {i for _, i, _ in found}
        found += [(rec, i, SECTION_SCORE) for rec, i in _acting_committee_units(d, recs, parts, rid) if i not in linked]
        for rec, i, score in found:
            j = d.judgement(i, rec, judge)
            if parts.get(i) == rid and j.status != "oklart":  # (a passage of such a summary that says nothing of
                # the measure - "will be followed up next year" - is no evidence)
                out.append(LinkedEvidence(rec_id=rec.id, unit=d.units[i], date=d.date, score=score, judgement=j,
                                          certain=True))
    return out, parts


def _acting_committee_units(d: DocWork, recs: list[Recommendation], parts: dict[int, str], rid: str
                            ) -> list[tuple[Recommendation, int]]:
    """In an audit's part of a document that follows up several, a paragraph whose sentences have one committee
    acting ("Kretslopp och vattennämnden överlämnade …", "Vi bedömer därför att kommunstyrelsen endast delvis har
    …") speaks to the recommendation the audit addresses to that committee alone, when there is one."""
    from .prose import recommendation_verdict, verdict

    names = list(dict.fromkeys(a for r in recs for a in r.addressees))
    out = []
    for i, u in enumerate(d.units):
        if parts.get(i) != rid or u.kind != "paragraph":
            continue
        # the committee acting, or the one a verdict judges ("Rekommendationen till X bedöms därmed vara åtgärdad")
        acting = {c for s in sentences(u.text)
                  for c in (subject_of(s, names) or (named(s, names) if verdict(s) or recommendation_verdict(s) else []))}
        if len(acting) != 1:
            continue
        (c,) = acting
        theirs = [r for r in recs if any(same_committee(c, a) for a in r.addressees)]
        if len(theirs) == 1 and len(theirs[0].addressees) == 1:
            out.append((theirs[0], i))
    return out


def one_each(d: DocWork, recs: list[Recommendation], found: list[tuple[Recommendation, int, float]], named_ids: set[int],
             embedder: PassageEmbedder | None, rec_vec: dict[str, np.ndarray] | None
             ) -> list[tuple[Recommendation, int, float]]:
    """A follow-up that gives each committee a section, one paragraph per recommendation to it, in its own words:
    where the paragraphs under one committee's heading, no more of them than it has recommendations, are linked by
    likeness to fewer recommendations than there are paragraphs (several to one, or some to none), each paragraph
    speaks to a recommendation of its own: each linked recommendation keeps its closest paragraph, the others get
    the recommendations left, the pairs sharing most of the recommendation's own words first (topics.Topics), then
    those nearest in meaning. Links by number, by a named subject or by their place under a listed point stay; the
    letterhead names no section."""
    if embedder is None or rec_vec is None or len(recs) < 2:
        return found
    by_no = {p.number: p for p in d.pages}
    names = list(dict.fromkeys(a for r in recs for a in r.addressees))
    fixed = {i for _, i, score in found if score >= LISTED_SCORE} | named_ids
    top = set()  # the letterhead ("Regionstyrelsen 2025-05-20"): no committee's section
    for _, _, line, own in d.outline.lines:
        if not own:
            break
        top.add(line)
    groups: dict[str, list[int]] = {}
    for i, u in enumerate(d.units):
        if u.kind != "paragraph" or i in fixed or restates_only(u.text):
            continue
        head = heading_of(u, d.outline, by_no, names)
        who = named(head, names, SUBJECT_WORDS) if head else []
        # (a heading that is the committee's name, "3. Förskolenämnden", not a subject line that names it)
        if len(who) == 1 and head not in top and len(NUMBER_PREFIX_RE.sub("", head).split()) <= len(who[0].split()) + 1:
            groups.setdefault(who[0], []).append(i)
    for committee, members in groups.items():
        theirs = [r for r in recs if any(same_committee(committee, a) for a in r.addressees) and r.id in rec_vec]
        linked = [(r, i) for r, i, _ in found if i in members]
        if len(members) < 2 or len(theirs) < len(members) or len({r.id for r, _ in linked}) >= len(members):
            continue
        # each recommendation keeps the paragraph that links to it most closely; the other paragraphs share the
        # recommendations no paragraph keeps
        used_p, used_r, chosen = set(), set(), []
        for r, i, score in sorted((x for x in found if x[1] in members), key=lambda x: -x[2]):
            b = next((k for k, t in enumerate(theirs) if t.id == r.id), None)
            a = members.index(i)
            if b is not None and a not in used_p and b not in used_r:
                used_p.add(a)
                used_r.add(b)
                chosen.append((r, i, score))
        sims = d.vectors(members, embedder) @ np.vstack([rec_vec[r.id] for r in theirs]).T
        topics = Topics(theirs)  # the recommendation's own words first, then likeness
        words = [topics.scores(d.units[i].text) for i in members]
        pairs = sorted(((words[a][b], float(sims[a, b]), a, b) for a in range(len(members)) for b in range(len(theirs))),
                       reverse=True)
        for _, sim, a, b in pairs:
            if a not in used_p and b not in used_r:
                used_p.add(a)
                used_r.add(b)
                chosen.append((theirs[b], members[a], ONE_EACH_SCORE))
        found = [x for x in found if x[1] not in members] + chosen
    return found


ONE_EACH_SCORE = 0.83  # a paragraph given its recommendation among its committee's section's: below a named link


SECTION_SCORE = 0.8  # a paragraph linked by its committee's heading alone: below any similarity link
SECTION_SHARED = 2  # content words a paragraph under a committee's heading must share with the one of its several
# recommendations it speaks to (one shared word is the committee's own or the topic's)


def section_units(d: DocWork, recs: list[Recommendation], linked: set[int], embedder: PassageEmbedder | None = None,
                  rec_vec: dict[str, np.ndarray] | None = None) -> list[tuple[Recommendation, int, float]]:
    """Paragraphs of a document answering one audit that sit under a committee's heading ("Higab AB") and are
    not linked otherwise: they speak to that committee's recommendation when the audit addresses it only one. So do
    those under a heading about the recommendation ("Nämndens ställningstagande till rekommendationen") in the
    response of a committee the audit addresses one recommendation: the sender's."""
    if not recs:
        return []
    from .lexicon import load_lexicon

    answer_words = load_lexicon().link.answer_heading_words
    names = list(dict.fromkeys(a for r in recs for a in r.addressees))
    senders = [a for a in names if any(same_committee(s, a) or named(s, [a]) for s in d.outline.senders)]
    by_no = {p.number: p for p in d.pages}
    top = set()  # the letterhead: the heading lines that open the document, before its first other line
    for _, _, line, own in d.outline.lines:
        if not own:
            break
        top.add(line)
    rec_terms = {r.id: content_terms(r.text) for r in recs}
    out: list[tuple[Recommendation, int, float]] = []
    for i, u in enumerate(d.units):
        if i in linked or u.kind != "paragraph" or restates_only(u.text):
            continue
        head = heading_of(u, d.outline, by_no, names)
        who = named(head, names, SUBJECT_WORDS) if head else []
        if not who and head and len(senders) == 1 and answer_words & set(head.lower().split()):
            who = senders  # the sender's answer to its recommendation
        if len(who) != 1:
            continue
        theirs = [r for r in recs if any(same_committee(who[0], a) for a in r.addressees)]
        if len(theirs) == 1:
            out.append((theirs[0], i, SECTION_SCORE))
        elif len(theirs) > 1 and head not in top:
            # several addressed to that committee (a part about it, not the letterhead at the top): the one the paragraph
            # shares most content words with, when one does; else the one it is clearly nearest in meaning (the
            # heading has narrowed the candidates, so no floor: a paraphrase is enough)
            shared = sorted(((len(d.terms(i) & rec_terms[r.id]), k) for k, r in enumerate(theirs)), reverse=True)
            if shared[0][0] >= SECTION_SHARED and shared[0][0] > shared[1][0]:
                out.append((theirs[shared[0][1]], i, SECTION_SCORE))
            elif embedder is not None and rec_vec is not None:
                uv = d.vectors([i], embedder)[0]
                sims = sorted(((float(uv @ rec_vec[r.id]), k) for k, r in enumerate(theirs) if r.id in rec_vec),
                              reverse=True)
                if len(sims) > 1 and sims[0][0] - sims[1][0] >= MARGIN:
                    out.append((theirs[sims[0][1]], i, SECTION_SCORE))
    return out


NAMED_SCORE = 0.84  # a passage that names a recommendation by its subject: below a link by likeness (which it may
# have too), above one by its committee's heading alone


def named_units(d: DocWork, recs: list[Recommendation], embedder: PassageEmbedder | None = None
                ) -> list[tuple[Recommendation, int, float]]:
    """In a response to one audit, the paragraphs whose sentences name recommendations by their subject
    ("Vi bedömer att rekommendationen om bokningssystemet är genomförd för nämndens del";
    topics.Topics.named): each speaks to the ones it names."""
    if len(recs) < 2:
        return []
    from .topics import Topics, named_rx

    topics = Topics(recs, embedder)
    out: list[tuple[Recommendation, int, float]] = []
    for i, u in enumerate(d.units):
        if u.kind != "paragraph" or not named_rx().search(u.text):
            continue
        ks: list[int] = []
        for s in sentences(u.text):
            ks += [k for k in topics.named(s) if k not in ks]
        out += [(recs[k], i, NAMED_SCORE) for k in ks]
    return out


TOPIC_SHARE = 0.5  # share of a subheading's content terms a recommendation must hold to be one it names
TOPIC_LEAD = 0.25  # ... and no more than this below the recommendation that holds most


def topic_units(d: DocWork, recs: list[Recommendation], titles: list[str]) -> list[tuple[Recommendation, int, float]]:
    """In a response to one audit, a paragraph under a subheading that names recommendations by their subject
    ("Disciplinära åtgärder" over the answer to the two recommendations about them) speaks to each of them: those
    holding half of the subheading's words (less the audit's own subject and the words of following up), as
    nearly as the one that holds most."""
    if len(recs) < 2:
        return []
    by_no = {p.number: p for p in d.pages}
    names = list(dict.fromkeys(a for r in recs for a in r.addressees))
    rec_terms = [content_terms(r.text) for r in recs]
    from .lexicon import load_lexicon

    # the audit's own subject and the words of following up name no one recommendation
    common = content_terms(" ".join(titles)) \
        | content_terms(" ".join(load_lexicon().link.generic_title_words))
    out: list[tuple[Recommendation, int, float]] = []
    for i, u in enumerate(d.units):
        if u.kind != "paragraph" or restates_only(u.text):
            continue
        head = run_in_label(u.quote) or heading_of(u, d.outline, by_no, names)
        terms = content_terms(head) - common if head else set()
        if not terms or named(head, names, SUBJECT_WORDS):
            continue  # no subheading, or one that names a committee (section_units)
        shares = [len(terms & t) / len(terms) for t in rec_terms]
        best = max(shares)
        if best < TOPIC_SHARE or shares.count(best) == len(recs):
            continue  # names none of them, or all alike
        out += [(r, i, SECTION_SCORE) for r, sh in zip(recs, shares) if sh >= TOPIC_SHARE and best - sh <= TOPIC_LEAD]
    return out


RUN_IN_WORDS = 4  # a run-in label ("Individuella studieplaner: Sedan april …") is at most this long
_RUN_IN_RE = re.compile(r"^(?:[^:.!?]*?\s)?(?P<label>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,%d})\s*:\s+[A-ZÅÄÖ]" % (RUN_IN_WORDS - 1))


def run_in_label(text: str) -> str | None:
    """The label a paragraph opens with, set before a colon ("Årskursplacering: Nämnden delar …"; a heading the
    extraction joined in front of it is left out: "Yttrandet i sammandrag Årskursplacering: …"); None without."""
    m = _RUN_IN_RE.match(text.strip())
    if not m or re.search(r"\d", m.group("label")):
        return None  # ("Sammanträdesdatum: 2026-06-09", "Dnr: …")
    return m.group("label")


def attribute(links: list[LinkedEvidence], d: DocWork, rec_by_id: dict[str, Recommendation]) -> None:
    """For each link of a recommendation addressed to several committees: the committees the passage speaks of."""
    by_no = {p.number: p for p in d.pages}
    for le in links:
        rec = rec_by_id.get(le.rec_id)
        if rec is None or len(rec.addressees) < 2 or le.speaks_for:
            continue  # one addressee, or the committee already known (the follow-up section's own organ)
        who, own = speaks_for(le.unit, le.judgement, rec.addressees, d.outline, by_no)
        le.speaks_for, le.committee_judgements = who, own


_KIND_RANK = {"numbered": 0, "table_row": 1, "paragraph": 2}


def auditors_verdict(j: Judgement) -> bool:
    """The status was read from the auditors' own verdict sentence ("Vi bedömer att rekommendationen om … är delvis
    omhändertagen"), the most direct word a document has on a recommendation after a status cell."""
    from .prose import recommendation_verdict, verdict as is_verdict

    # (or a verdict on the recommendation itself: "Rekommendationen till X bedöms därmed vara åtgärdad")
    return bool(j.sentence) and (is_verdict(j.sentence) or recommendation_verdict(j.sentence))


def decide(links: list[LinkedEvidence]) -> str:
    """Per document the most direct passage that gives a definite status (a status cell, then the auditors' verdict
    sentence, then numbered block > table row > paragraph, then score) speaks - a passage that says nothing about the measure does not outrank one that does; across
    documents the latest dated one with a definite status decides; no definite word -> oklart."""
    by_doc: dict[str, list[LinkedEvidence]] = {}
    for le in links:
        by_doc.setdefault(le.unit.doc_id, []).append(le)
    verdicts: list[tuple[str, str]] = []
    for items in by_doc.values():
        top = sorted(items, key=lambda le: (le.judgement.status == "oklart",
                                            le.judgement.reason.startswith(AGREES_ONLY),
                                            not le.judgement.reason.startswith("statusangivelse"),
                                            not auditors_verdict(le.judgement),
                                            _KIND_RANK[le.unit.kind], -le.score))[0]
        verdicts.append((_sort_key(top.date), top.judgement.status))
    for _, status in sorted(verdicts, key=lambda v: v[0], reverse=True):
        if status != "oklart":
            return status
    return "oklart"


def verdict(les: list[LinkedEvidence]) -> tuple[str, LinkedEvidence | None, Evidence | None]:
    """(status, the latest passage that gives it, the sentence of it that says so) over some passages."""
    status = decide(les)
    deciding = _deciding(les, status)
    return status, deciding, _cited(deciding)


def history(les: list[LinkedEvidence]) -> list[DocumentStatus]:
    """Each follow-up document's own status of a recommendation (decide over that document's passages alone), with
    the sentence that says it; latest first."""
    by_doc: dict[str, list[LinkedEvidence]] = {}
    for le in les:
        by_doc.setdefault(le.unit.doc_id, []).append(le)
    out = []
    for doc_id, items in by_doc.items():
        status, deciding, cited = verdict(items)
        reason = _reason(deciding, status, cited) if deciding is not None else "Dokumentet säger inget om vad som har gjorts."
        out.append(DocumentStatus(doc_id=doc_id, date=items[0].date, status=status, reason=reason,  # type: ignore[arg-type]
                                  cited=cited))
    return sorted(out, key=lambda d: _sort_key(d.date), reverse=True)


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
            mentions: list[Evidence] = []
            seen: set[tuple] = set()
            for le in les:
                for page, quote in [(le.unit.page, le.unit.quote), *le.unit.extra_quotes]:
                    key = (le.unit.doc_id, page, quote, le.date)
                    if key not in seen:
                        seen.add(key)
                        (mentions if says_nothing(le) else evidence).append(
                            Evidence(doc_id=le.unit.doc_id, page=page, quote=quote, date=le.date))
            status, deciding, cited = verdict(les)
            reason = _reason(deciding, status, cited)
            by_committee = committee_statuses(r.addressees, les) if len(r.addressees) >= 2 else []
            if any(le.speaks_for for le in les):  # the follow-ups judge the committees separately
                status = combine([c.status for c in by_committee])
                reason = whole_reason([(c.committee, c.status) for c in by_committee])
                cited = next((c.cited for c in by_committee if c.status == status and c.cited), None) \
                    or next((c.cited for c in by_committee if c.cited), None)
            out.append(TrackedRecommendation(
                id=r.id, report_doc_id=r.report_doc_id, number=r.number, addressee=r.addressee, text=r.text,
                page=r.page, status=status, evidence=evidence, mentions=mentions,  # type: ignore[arg-type]
                addressees=r.addressees, pages=r.pages or [r.page], audit_title=a.title,
                reason=reason, link=_link(les), earlier=r.earlier, cited=cited, by_committee=by_committee,
                history=history(les),
            ))
    return out


def _evidence(le: LinkedEvidence) -> Evidence:
    return Evidence(doc_id=le.unit.doc_id, page=le.unit.page, quote=le.unit.quote, date=le.date)


def says_nothing(le: LinkedEvidence) -> bool:
    """The passage is linked to the recommendation (it names the audit) but no sentence of it says what was done."""
    return le.judgement.status == "oklart" and le.judgement.sentence is None


def committee_statuses(addressees: list[str], les: list[LinkedEvidence]) -> list[CommitteeStatus]:
    """Each addressee's status from the passages that speak of it (its own verdict where a passage judges several
    committees in turn), plus the passages of documents that speak of the recommendation only as a whole."""
    split_docs = {le.unit.doc_id for le in les if le.speaks_for}
    whole = [le for le in les if not le.speaks_for and le.unit.doc_id not in split_docs]
    # a document that names some committees only to say nothing of them ("X redovisar sina åtgärder i en egen plan"):
    # its passages on the recommendation as a whole are its word on the committees it does not name
    aside: dict[str, set[str]] = {}
    for le in les:
        if le.speaks_for:
            aside.setdefault(le.unit.doc_id, set()).update(le.speaks_for)
    for le in les:
        if le.speaks_for and le.judgement.status != "oklart":
            aside.pop(le.unit.doc_id, None)
    out: list[CommitteeStatus] = []
    for c in addressees:
        own = [le.model_copy(update={"judgement": le.committee_judgements[c]}) if c in le.committee_judgements else le
               for le in les if c in le.speaks_for]
        rest = [le for le in les if not le.speaks_for and le.unit.doc_id in aside and c not in aside[le.unit.doc_id]]
        mine = own + whole + rest
        status, deciding, cited = verdict(mine)
        reason = _reason(deciding, status, cited) if mine else f"Ingen uppföljning talar om {c}."
        if mine and status == "oklart" and deciding is None:
            reason = f"Uppföljningen säger inget om vad {c} har gjort."
        latest = sorted(mine, key=lambda le: _sort_key(le.date), reverse=True)
        evidence = [_evidence(le) for le in latest if not says_nothing(le)]
        mentions = [_evidence(le) for le in latest if says_nothing(le)]
        out.append(CommitteeStatus(committee=c, status=status, reason=reason, cited=cited,  # type: ignore[arg-type]
                                   evidence=list({(e.doc_id, e.page, e.quote): e for e in evidence}.values()),
                                   mentions=list({(e.doc_id, e.page, e.quote): e for e in mentions}.values()),
                                   history=history(mine)))
    return out


def _deciding(les: list[LinkedEvidence], status: str) -> LinkedEvidence | None:
    """The latest dated passage that gives the decided status."""
    hits = [le for le in les if le.judgement.status == status]
    return max(hits, key=lambda le: _sort_key(le.date)) if hits else None


def _cited(le: LinkedEvidence | None) -> Evidence | None:
    """The deciding passage's sentence that says the status, as an exact span of its page (None if not found)."""
    if le is None or not le.judgement.sentence:
        return None
    u = le.unit
    for page, quote in [(u.page, u.quote), *u.extra_quotes, *u.block]:
        span = find_span(quote, le.judgement.sentence)
        if span:
            return Evidence(doc_id=u.doc_id, page=page, quote=quote[span[0]:span[1]], date=le.date)
    return None


_RULE_SENTENCES = {  # the prose rules' short reasons (classify.judge_prose) as sentences a reader understands
    "genomfört/beslutat": "Uppföljningen beskriver vad som har gjorts",
    "pågående/ofullständigt": "Uppföljningen beskriver arbete som pågår eller inte är klart",
    "inte genomfört": "Uppföljningen säger att det inte är gjort",
    "avböjer": "Svaret avböjer att genomföra rekommendationen",
    "inget besked om åtgärd": "Svaret tar del av rekommendationen men säger inte vad som görs",
    AGREES_ONLY.rstrip(": "): "Svaret instämmer i rekommendationen men anger ingen åtgärd; den läses som inte åtgärdad ännu",
}


def _reason(le: LinkedEvidence | None, status: str, cited: Evidence | None = None) -> str:
    if le is None:
        return "Inget uppföljningsdokument i indexet talar om rekommendationen." if status == "oklart" else ""
    r = le.judgement.reason
    head, _, words = r.partition(":")
    if head == "statusangivelse":
        r = f"Uppföljningen anger status ”{words.strip()}”."
    elif head in _RULE_SENTENCES:
        first = words.split(",")[0].strip()
        r = f"{_RULE_SENTENCES[head]} (”{first}”)." if first else f"{_RULE_SENTENCES[head]}."
    elif r == "endast avsikt, inget genomfört":
        r = "Svaret anger bara en avsikt; inget är genomfört ännu."
    elif r == "inga uppgifter om åtgärder":
        r = "Svaret säger inget om vidtagna åtgärder."
    elif not r.endswith("."):
        r = f"Uppföljningen: {r}."
    when = f" ({le.date})" if le.date else ""
    if cited is not None:  # the sentence that says it
        quote = " ".join(cited.quote.split())
        return f"{r} Källa: {cited.doc_id}, s. {cited.page}{when}: ”{quote.rstrip('.')}”."
    return f"{r} Källa: {le.unit.doc_id}, s. {le.unit.page}{when}."


def _link(les: list[LinkedEvidence]) -> str:
    if not les:
        return "none"
    return "certain" if all(le.certain for le in les) else "uncertain"
