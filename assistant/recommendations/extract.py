"""Extraction: an audit report's recommendations, summary assessments and verdicts on earlier audits.

Pure functions over `DocumentMeta` + `list[Page]` (cleaned page text from ingest)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ingest.models import DocumentMeta, Page, Table
from ingest.text import content_stems

from .addressees import organs_in, resolve, split_organs
from .earlier import earlier_review_statements
from .dates import document_date
from .gather import (FOOTER_RE, ORGAN_NAME_MAX_WORDS, REC_LABEL_RE, RECOMMENDS, abbreviations, expand, gather,
                     glued_section_heading, names_organ as _names_organ, _is_section_heading)
from .identity import audit_identity
from .lexicon import dehyphenate, load_lexicon, recommender_alternation
from .models import AuditExtraction, GatheredItem, Recommendation, SummaryAssessment
from .text import collapse, find_span, is_heading, norm, sentence_spans, strip_bullet

REC_HEADING_RE = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\s*\.?\s*)?(?:(?:revisorernas|våra|sammanfattande|granskningens)\s+)?"
    r"rekommendationer\s*:?\s*$",
    re.IGNORECASE,
)
SUMMARY_HEADING_RE = re.compile(r"^\s*(?:\d{1,2}\s*\.?\s*)?(?:sammanfattning|sammanfattande bedömning)\s*$", re.I)
AUDIT_TYPES = ("granskningsrapport", "revisionsrapport", "granskning", "uppfoljning", "uppföljning", "revisionsberattelse",
               "revisionsberättelse")
NON_AUDIT_TYPES = ("yttrande", "svar", "verksamhetsberattelse", "verksamhetsberättelse", "regionplan",
                   "arsredovisning", "årsredovisning", "delarsrapport", "delårsrapport", "protokoll")
BOR_RE = re.compile(r"^(?P<subj>[A-ZÅÄÖ][^.!?]{0,80}?)\s+(?:bör|borde|behöver|ska|skall)(?:\s+(?:även\s+|också\s+|i ökad grad\s+)?\w|\s*:?$)")
ORGAN_SUBJ_RE = re.compile(r"(styrelse|nämnd|fullmäktige|direktion|utskott|beredning|förvaltning|ledning|bolag)", re.I)


def _lines(pages: list[Page]) -> list[tuple[int, str]]:
    return [(p.number, ln) for p in pages for ln in p.text.split("\n") if ln.strip()]


def is_audit_report(meta: DocumentMeta, pages: list[Page]) -> bool:
    """Typed as an audit report, or (untyped) reads like one: auditors/granskning plus a Rekommendationer section."""
    dtype = (meta.document_type or "").lower()
    if any(t in dtype for t in AUDIT_TYPES):
        return True
    if dtype and any(t in dtype for t in NON_AUDIT_TYPES):
        return _auditors_own_report(meta, pages)
    head = norm(" ".join(p.text for p in pages[:3]) + " " + meta.title)
    about_audit = "revisorerna" in head or "granskning" in head or "revisionsrapport" in head
    lex = load_lexicon()  # (any heading of a recommendations section: "Förslag till åtgärder", "Våra rekommendationer")
    has_section = any(REC_HEADING_RE.match(ln) or _is_section_heading(ln, lex) for _, ln in _lines(pages))
    return about_audit and has_section


YEARLY_TYPES = ("verksamhetsberattelse", "verksamhetsberättelse", "årsredogörelse", "arsredogorelse")


def _yearly_report(meta: DocumentMeta) -> bool:
    """A report of a year's work (the auditors' yearly summary, when the auditors wrote it)."""
    dtype = (meta.document_type or "").lower()
    return any(t in dtype for t in YEARLY_TYPES)


def _auditors_own_report(meta: DocumentMeta, pages: list[Page]) -> bool:
    """An activity report written by the auditors themselves (their yearly summary) is an audit document;
    a committee's own report, answer or statement is not."""
    if not _yearly_report(meta):
        return False
    head = dehyphenate(collapse(f"{meta.title} " + " ".join(p.text for p in pages[:1])[:600]))
    if load_lexicon().rx("auditors_report_re").search(head):
        return True  # "Revisorernas årsredogörelse 2024"
    return any(re.search(r"(?<![\wåäö])" + re.escape(a) + r"(?![\wåäö])", head)
               for a in load_lexicon().auditors if a not in ("Revisorerna", "Revisionskontoret"))


def _bullet_items(lines: list[tuple[int, str]], start: int, stop_at_heading: bool = True) -> tuple[list[GatheredItem], int]:
    """Collect bullet/numbered items from lines[start:]; non-bullet lines continue an unfinished item.
    Stops at a heading, or at a paragraph after the list. Returns (items, index after the list)."""
    items: list[GatheredItem] = []
    i = start
    while i < len(lines):
        page, ln = lines[i]
        is_bullet, rest = strip_bullet(ln)
        if is_bullet and " bör " not in f" {ln} " and is_heading(ln) and items:
            break
        if not is_bullet and stop_at_heading and is_heading(ln):
            break
        if is_bullet:
            cur = GatheredItem(kind="bullet")
            cur.parts.append((page, rest.strip()))
            items.append(cur)
        elif items and not items[-1].complete():
            items[-1].parts.append((page, ln.strip()))
        elif items:
            break  # a paragraph after the list ends it
        i += 1
    return items, i


def _exact(pages_by_no: dict[int, Page], item: GatheredItem) -> str:
    """The item's text as exact page spans (whitespace collapsed), joined across pages."""
    chunks: list[str] = []
    for page_no in dict.fromkeys(p for p, _ in item.parts):
        part = " ".join(t for p, t in item.parts if p == page_no)
        span = find_span(pages_by_no[page_no].text, part)
        chunks.append(pages_by_no[page_no].text[span[0]:span[1]] if span else part)
    return collapse(" ".join(chunks))


def word_tokens(text: str) -> set[str]:
    """The words and numbers of a text, normalised and dehyphenated (what same_recommendation compares)."""
    return set(re.findall(r"[a-zåäöéü0-9]+", norm(dehyphenate(text))))


CONTAINED_SHARE = 0.85  # of the shorter printing's content words, found in the longer one
CONTAINED_MIN = 5  # ... when the shorter printing has at least this many


def same_recommendation(a: str, b: str, threshold: float = 0.75) -> bool:
    """Two printings of one recommendation (missiv and body; "sin plan" / "den plan"; "Nämnden"/"Nämnderna"). Also
    one printing inside the other: a summary's short form ("Ställ krav i förordningen på …") and the body's with its
    lead ("Riksrevisionen rekommenderar regeringen att ställa krav i förordningen på …"), or the same measure led in
    two ways ("X rekommenderas att …", "Revisionskontoret rekommenderar X att …") - unless they name different
    addressees."""
    ta, tb = word_tokens(a), word_tokens(b)
    if not ta or not tb:
        return False
    if len(ta & tb) / len(ta | tb) >= threshold:
        return True
    sa, sb = _measure_stems(a), _measure_stems(b)
    small, big = sorted((sa, sb), key=len)
    if len(small) < CONTAINED_MIN or len(small & big) / len(small) < CONTAINED_SHARE:
        return False
    lex = load_lexicon()
    who_a, who_b = (set(organs_in(_subject(collapse(x), lex), lex)) for x in (a, b))
    return not (who_a and who_b and not who_a & who_b)


@lru_cache(maxsize=4096)
def _measure_stems(printing: str) -> frozenset[str]:
    """The content stems of a printing without its addressee (merging compares every pair of printings)."""
    return frozenset(content_stems(_measure(dehyphenate(collapse(printing)), load_lexicon())))


def _measure(text: str, lex) -> str:
    """A recommendation without the organ it is addressed to ("att kommunstyrelsen ser till att …" -> "ser till att
    …"; "Tekniska nämnden bör …" -> "bör …"): what two printings of it share."""
    subject = _subject(text, lex)
    if subject and _names_organ(subject, lex):
        at = text.lower().find(subject.lower())
        if 0 <= at <= 120:
            return text[:at] + text[at + len(subject):]
    return text


_KIND_RANK = {"section": 0, "lead": 1, "sentence": 2}



def _primary(group: list[GatheredItem]) -> GatheredItem:
    """The printing a recommendation is shown by: one of a recommendations section before one under a lead-in or a
    lone sentence, else the first."""
    return min(group, key=lambda it: (_KIND_RANK[it.kind], group.index(it)))


def _glued_subheading(subject: str, lex) -> str:
    """A subject whose organ's name starts inside it with a capitalised organ word (not "AB"), not after
    "och"/"samt"/a comma ("Moderbolaget Styrelsen i X AB", "Båda dotterbolagen Styrelserna i …"): an unnumbered
    sub-heading joined to the sentence; the organ's name from that word on."""
    words = subject.split()
    for k in range(len(words) - 1, 0, -1):
        w = words[k]
        if w[:1].isupper() and len(w) > 3 and _names_organ(w, lex) \
                and words[k - 1].lower() not in ("och", "samt", "i", "för") and not words[k - 1].endswith((",", "-")):
            return " ".join(words[k:])
    return subject


def _subject(text: str, lex) -> str:
    t = dehyphenate(collapse(text))
    opinion = lex.rx("opinion_lead_re").match(t)
    rest = t[opinion.end():][:1].upper() + t[opinion.end() + 1:] if opinion else ""
    if (modal := BOR_RE.match(rest)) and _names_organ(modal.group("subj"), lex):
        t = rest  # "Vi anser att nämnden behöver …": the organ of the att-clause, not the auditors' opinion
    who = recommender_alternation(lex)
    verb = f"(?:{RECOMMENDS}|{lex.recommended_re})"  # (told in the past tense by a summary too)
    lead = (r"^(?:[^.!?]{0,120}?\b(?:" + lex.recommends_inverted_re + "|" + lex.recommended_re + r")\s+(?:" + who + r")|(?:"
            + who + r")\s+" + verb + ")")
    adverbs = "|".join(map(re.escape, lex.sentence_adverbs))
    m = re.match(lead + r"\s+(?:(?:" + adverbs + r")\s+)?(?P<s>.{2,200}?)\s+att\b", t, re.I)
    if m and not re.match(r"^(?:" + adverbs + r")$|^att\s", m.group("s"), re.I):  # "… rekommenderar att X gör": below
        return m.group("s")
    # "… rekommenderar att X gör …": X is the phrase up to its organ word ("styrelsen i Bolaget AB fastställer")
    organ = r"(?:\w*(?:" + "|".join(re.escape(w) for w in sorted(lex.organ_words, key=len, reverse=True)) + r"))"
    seat = r"(?:\s+i\s+(?-i:[A-ZÅÄÖ])\w*(?:\s+(?-i:[A-ZÅÄÖ])\w*)*)?"  # "styrelsen i Bolaget AB"
    m = re.match(lead + r"\s+(?:\w+\s+)?att\s+(?P<s>[^.,]{0,80}?\b" + organ + seat + r")\s+(?!och\b|samt\b|för\b)\w+",
                 t, re.I)
    if m:
        return m.group("s")
    m = re.match(lead + r"\s+(?:\w+\s+)?att\s+(?P<s>[^.,]{2,120}?)\s+(?:ska|bör|verkar|ser|tar|säkerställer|\w+ar)\b", t, re.I)
    if m:
        return m.group("s")
    m = re.match(r"^att\s+(?P<s>[^.,]{0,80}?\b" + organ + seat + r")\s+(?!och\b|samt\b|för\b)\w+", t, re.I)
    if m:  # an item of a list under "Vi rekommenderar:": "att kommunstyrelsen ser till att …"
        return m.group("s")
    advice = lex.rx("organ_advice_re").match(t)  # "Det är angeläget att nämnden säkerställer …": the att-clause's organ
    m = advice and re.match(r"(?P<s>[^.,]{0,80}?\b" + organ + seat + r")\s+(?!och\b|samt\b|för\b)\w+",
                            t[advice.start("subj"):], re.I)
    if m:
        return m.group("s")
    m = re.match(r"^det\s+re-?\s?kommender(?:a|ade)s\s+(?:\w+\s+)?att\s+(?P<s>[^.,]{0,80}?\b" + organ + seat
                 + r")\s+(?!och\b|samt\b|för\b)\w+", t, re.I)
    if m:  # "Det rekommenderas att nämnden inför …": the organ of the att-clause
        return m.group("s")
    m = re.match(r"^(?P<s>[^.!?]{2,220}?)\s+re-?\s?kommender(?:a|ade)s\b", t, re.I)
    if m and not _names_organ(m.group("s"), lex) and re.search(r"re-?\s?kommender(?:a|ade)s\s+[^.!?]{2,200}?\s+att\b", t, re.I):
        m = None  # "Vidare rekommenderas socialnämnden att …": the addressee follows the verb
    if m:
        return re.sub(r"^(?:mot bakgrund av [^,]*,\s*)", "", m.group("s"), flags=re.I)
    m = re.search(r"re-?\s?kommender(?:a|ade)s\s+(?P<s>[^.!?]{2,200}?)\s+att\b", t, re.I)
    if m:
        return m.group("s")
    m = re.match(r"^(?P<s>(?:(?!att\s)[\wåäö-]+\s+){0,3}?" + organ + seat + r")\s+(?!och\b|samt\b|för\b|under\b|efter\b"
                 r"|eller\b|över\b|inför\b)(?-i:[a-zåäö][\wåäö]*r)\b", t, re.I)
    if m:  # an item that opens with its organ and a verb in the present ("socialnämnden säkerställer att …")
        return m.group("s")
    m = re.match(r"^(?P<s>(?:(?!att\s)[\wåäö-]+\s+){0,3}?" + organ + seat + r")\s+att\s", t, re.I)
    if m:  # an item of a list under "Vi rekommenderar:" that opens with its organ: "kommunstyrelsen att fastställa …"
        return m.group("s")
    m = re.match(r"^(?:" + adverbs + r")\s+(?:bör|borde|behöver)\s+(?P<s>(?:[\wåäö-]+\s+){0,3}?" + organ + seat + r")\s", t,
                 re.I)
    if m:  # "Vidare bör nämnden se till …": the organ after the modal, a sentence adverb before it
        return m.group("s")
    m = BOR_RE.match(t)
    return m.group("subj") if m else ""


def _lead_subject(lead: str, lex) -> str:
    """The addressee a list's lead-in names: as a recommending sentence, or "Vi rekommenderar att nämnden:"."""
    # (or the list goes on it; the last att-clause's: "… att se till att kontoret")
    m = re.search(r"\batt\s+(?P<s>(?:(?!\batt\b)[^.:,]){2,120}?)\s*:?$", dehyphenate(collapse(lead)))
    if m and (_names_organ(m.group("s"), lex) or _auditors_themselves(m.group("s"), lex)):
        if len(re.findall(r"\batt\b", lead)) > 1 and _names_organ(outer := _subject(lead, lex), lex):
            return outer  # "X uppmanar nämnden att se till att kontoret:": the organ urged, not the one
            # its measure is carried out by
        return m.group("s")  # (the auditors themselves: a plan for their own work, dropped by the caller)
    return _subject(lead, lex)


def _audited_organs(pages: list[Page]) -> list[str]:
    """The organs the audit is addressed to: named in the missiv's purpose sentence or "Missiv till …"."""
    audited = load_lexicon().rx("audited_re")
    for p in pages[:3]:
        for a, b in sentence_spans(p.text):
            sent = p.text[a:b]
            if audited.search(sent):
                found = organs_in(sent)
                if found:
                    return found
    return []


_RECIPIENT_RE = re.compile(r"\btill\s*:\s*(?P<who>[^\n:]{3,80}?)(?=\s+(?:från|datum|dnr|diarienummer|ärende|kopia)\s*:|\n|$)",
                           re.I)
RECIPIENT_CHARS = 600  # a memo's "Till:" line stands in its opening lines


def _recipient(pages: list[Page], raw: list[str], lex) -> str | None:
    """A memo's recipient ("Till: Styrelsen för Fjällbo Energi AB") for a recommendation to a bare "styrelsen" or
    "nämnden", when the recipient is an organ of that kind."""
    if not pages or len(raw) != 1 or not lex.rx("singular_re").match(raw[0].strip().lower()):
        return None
    m = _RECIPIENT_RE.search(pages[0].text[:RECIPIENT_CHARS])
    if not m or not _names_organ(m.group("who"), lex):
        return None
    who = m.group("who").strip()
    kind = raw[0].strip().lower()[:5]  # "styre(lsen)", "nämnd(en)": the recipient must be an organ of that kind
    return who if kind in who.lower() else None


def page_organ(pages: list[Page], page_no: int, before: str | None = None) -> str | None:
    """The organ a page is about: named in its running footer ("Granskning av grundskolenämnden 9 (29)") or in
    the latest chapter title line at or before it ("Granskning av grundskolenämnden", "Granskningsredogörelse –
    Socialnämnden"; lexicon chapter_re). With `before` (a text on that page), the latest title above that text: a
    page may hold the chapters of several organs."""
    lex = load_lexicon()
    chapter = lex.rx("chapter_re")
    by_no = {p.number: p for p in pages}
    page = by_no.get(page_no)
    if page is not None:
        for ln in page.text.split("\n")[::-1]:
            if FOOTER_RE.search(ln):
                found = organs_in(ln[-120:])
                if found:
                    return found[-1]
    for p in sorted((p for p in pages if p.number <= page_no), key=lambda p: -p.number):
        text = p.text
        if before and p.number == page_no and (at := text.find(before)) > 0:
            text = text[:at]
        for ln in text.split("\n")[::-1]:
            m = chapter.match(ln.strip())
            if m:
                name = m.group("o")
                if name is None and m.group("o3"):  # a numbered heading: an organ only when its first word is one
                    # ("4. Socialnämnden", "3. Barn- och utbildningsnämnden Iakttagelser …"), else no chapter of one
                    words = m.group("o3").split()
                    at = next((k for k, w in enumerate(words[:4]) if _names_organ(w, lex)), None)
                    if at is None or any(w[:1].islower() and w not in ("och", "för") for w in words[:at]):
                        continue
                    name = " ".join(words[:at + 1])
                elif name is None:  # a title joined to its chapter's first sentence: up to its first organ word
                    words = m.group("o2").split()
                    name = " ".join(words[:next((k + 1 for k, w in enumerate(words) if _names_organ(w, lex)), len(words))])
                found = organs_in(name)
                if found:
                    return found[0]
    return None


REWORDED_SHARE = 0.5  # of the shorter printing's content stems found in the longer, for a reworded copy
REWORDED_SHARE_SECTIONS = 0.6  # ... when both printings are recommendations-section items (a list and a labelled copy)


def _printing_subject(it: GatheredItem, lex) -> str:
    """Whom one printing of a recommendation names: its own clause's subject when that is an organ, else its table
    cell or subheading, else its lead-in's subject."""
    subject = _subject(collapse(it.text), lex)
    if subject and _names_organ(subject, lex):
        return subject
    return it.addressee or (_lead_subject(it.lead, lex) if it.lead else "")


def _named_organs(it: GatheredItem, lex) -> frozenset[str]:
    """The organs one printing names, normalised for comparing printings."""
    subject = _printing_subject(it, lex)
    return frozenset(norm(dehyphenate(o)) for o in split_organs(subject, lex)) if subject else frozenset()


def _rejoin_reworded(groups: list[list[GatheredItem]], lex) -> int:
    """A summary or missiv restates a recommendation of the recommendations section in other words ("… om kvalitet
    och inte enbart om ekonomi" for "… om kvalitet, exempelvis avvikelser, klagomål …"). A group printed only
    outside the section and one printed in it, on other pages, that name the same organs, share half of the
    shorter printing's content stems and are each other's best such match (one copy pairs with one
    recommendation), are one recommendation."""
    pages = [{p for it in g for p, _ in it.parts} for g in groups]
    organs = [frozenset().union(*(_named_organs(it, lex) for it in g)) for g in groups]
    in_section = [any(it.kind == "section" for it in g) for g in groups]
    best: dict[int, tuple[float, int]] = {}
    for i in range(len(groups)):
        for j in range(len(groups)):
            if i == j or (in_section[i] == in_section[j] and not in_section[i]) or pages[i] & pages[j] \
                    or not organs[i] or not _same_organs(organs[i], organs[j], lex):
                continue
            share = 0.0
            for a in groups[i]:
                for b in groups[j]:
                    small, big = sorted((_measure_stems(a.text), _measure_stems(b.text)), key=len)
                    if len(small) >= 3:
                        share = max(share, len(small & big) / len(small))
            # (two printings inside the section - its list and a chapter's labelled copy - must share more)
            need = REWORDED_SHARE_SECTIONS if in_section[i] and in_section[j] else REWORDED_SHARE
            if share >= need and share > best.get(i, (0.0, -1))[0]:
                best[i] = (share, j)
    pairs = sorted(((i, j) for i, (_, j) in best.items() if i < j and best.get(j, (0.0, -1))[1] == i), reverse=True)
    for i, j in pairs:  # mutual best: each group in at most one pair; later groups first, so indices hold
        groups[i].extend(groups.pop(j))
    return len(pairs)


def _same_organs(a: frozenset[str], b: frozenset[str], lex) -> bool:
    """Two printings name the same organs: the same names, or one organ named in one and the bare "nämnden" /
    "styrelsen" of its kind in the other ("Vi rekommenderar att nämnden inför …" for the summary's "… rekommenderar
    socialnämnden att: … införa …")."""
    if a == b:
        return True
    if len(a) != 1 or len(b) != 1:
        return False
    (x,), (y,) = sorted((a, b), key=lambda o: not lex.rx("singular_re").match(next(iter(o))))
    return bool(lex.rx("singular_re").match(x)) and not lex.rx("singular_re").match(y) and x[:5] in y


def _siblings(a: GatheredItem, b: GatheredItem) -> bool:
    """Two items of one list (under the same lead-in, on the same page): two recommendations, never two printings of
    one, though a summary sentence that holds them both is like each ("… att genomföra A samt att säkerställa B")."""
    return a.kind == b.kind and a.kind in ("section", "lead") and a.lead == b.lead and a.addressee == b.addressee \
        and a.page == b.page


def _merge(items: list[GatheredItem]) -> tuple[list[list[GatheredItem]], int]:
    groups: list[list[GatheredItem]] = []
    merged = 0
    for it in items:
        for g in groups:
            if same_recommendation(g[0].text, it.text) and not any(_siblings(x, it) for x in g):
                g.append(it)
                merged += 1
                break
        else:
            groups.append([it])
    merged += _rejoin_reworded(groups, load_lexicon())
    return groups, merged


# a recommendation closed by the short forms of the organs it is addressed to, in brackets, the report's key giving
# their names ("… kopplas till budgetprocessen. (KS)", "(UN, VON)")
_TAG_RE = re.compile(r"\s*\((?P<tags>[A-ZÅÄÖ]{2,6}(?:\s*(?:,|/|&|och)\s*[A-ZÅÄÖ]{2,6})*)\)\s*$")
_TAG_SPLIT_RE = re.compile(r"\s*(?:,|/|&|och)\s*")


def _build(meta: DocumentMeta, pages: list[Page], groups: list[list[GatheredItem]], audited: list[str], prefix: str
           ) -> list[Recommendation]:
    lex = load_lexicon()
    by_no = {p.number: p for p in pages}
    abbrev = abbreviations(pages, lex)  # "KS att fastställa …": the report's own key names the organ
    order = sorted(groups, key=lambda g: _position(g, pages))
    recs: list[Recommendation] = []
    for g in order:
        primary = _primary(g)
        text = _exact(by_no, primary)
        tagged: list[str] = []
        tag = _TAG_RE.search(text)
        if tag and abbrev and all(t in abbrev for t in _TAG_SPLIT_RE.split(tag.group("tags"))):
            tagged = [abbrev[t] for t in _TAG_SPLIT_RE.split(tag.group("tags"))]  # "… budgetprocessen. (KS)"
            text = text[:tag.start()].rstrip()
        if not text:
            continue
        subject = _subject(expand(text, abbrev) if abbrev else text, lex)
        generic = lex.rx("singular_re").match(subject.strip()) or lex.rx("collective_re").match(subject.strip())
        # the clause's own subject, when it is an organ's name ("Kulturnämnden bör …"), not a row's words that
        # happen to hold an organ word ("Upprätta en plan för vilken nämnd som ska …")
        own = bool(subject) and _names_organ(subject, lex) and (len(subject.split()) <= ORGAN_NAME_MAX_WORDS or (
            len(parts := split_organs(subject, lex)) >= 2  # "Styrelserna i X AB och Y AB bör …": organs listed
            and all(_names_organ(o, lex) and len(o.split()) <= ORGAN_NAME_MAX_WORDS for o in parts)))
        if primary.addressee and (generic or not own):
            # "Till regeringen:" over "• Ställ krav …", or "6.1 Rekommendation till X" over "Nämnden bör …": the
            # heading's organ, not the clause's
            subject = primary.addressee
        elif generic and primary.lead and lex.rx("singular_re").match(subject.strip()):
            subject = _lead_subject(primary.lead, lex) or subject  # "Nämnden bör även …": the lead's organ
        subject = subject or (_lead_subject(primary.lead, lex) if primary.lead else "")
        subject = glued_section_heading(subject, lex)[1]  # "Rekommendationer Trafiknämnden": the heading is no organ
        subject = _glued_subheading(subject, lex)  # "Moderbolaget Styrelsen i X AB": a sub-heading joined to it
        subject = lex.rx("co_actor_re").sub("", REC_LABEL_RE.sub("", subject))
        raw = split_organs(subject, lex)
        after = re.search(r"\batt\s+(.+)", text)  # "X föreslår att revisorerna …" names no addressee before "att"
        if (raw and all(_auditors_themselves(o, lex) for o in raw)) or (subject and _auditors_themselves(subject, lex)) \
                or (not raw and after and _auditors_themselves(after.group(1), lex)):
            continue  # "Revisionskontoret föreslår att revisorerna genomför en fördjupad granskning": the auditors'
            # plan for their own work, not a recommendation to an audited body
        organ = _paragraph_organ(by_no, primary, raw, lex) or page_organ(pages, primary.page, primary.parts[0][1]) \
            or _recipient(pages, raw, lex)
        addressees = resolve(tagged or raw, audited, organ, lex)
        if not raw and not tagged:  # the main printing names no one (a table row without its cell): another
            # printing's addressee
            addressees = next((found for it in g if it is not primary
                               for found in [_printing_addressees(it, audited, pages, lex)] if found), addressees)
        n = len(recs) + 1
        places = [(it.page, _exact(by_no, it)) for it in g]
        recs.append(Recommendation(
            id=f"{meta.doc_id}:{prefix}{n}", report_doc_id=meta.doc_id, number=n,
            addressee=", ".join(addressees), text=text, page=primary.page, addressees=addressees,
            pages=sorted({p for it in g for p, _ in it.parts}), places=places))
    _name_bare_organs(recs, lex, pages[0].text if pages else "")
    _by_numbers(recs, pages, lex)
    return recs


def _name_bare_organs(recs: list[Recommendation], lex, first_page: str = "") -> None:
    """A recommendation to a bare "Nämnden" or "Styrelsen" that neither the page nor the audit's purpose resolved,
    in a report whose other recommendations are all to one organ of that kind ("… rekommenderas
    miljönämnden att … . Nämnden rekommenderas vidare att …"): that organ; when no other recommendation names one,
    the one organ of that kind the report's first page names (its title, "… inom socialnämnden")."""
    singular = lex.rx("singular_re")
    for r in recs:
        if len(r.addressees) != 1 or not singular.match(r.addressees[0].lower()):
            continue
        kind = r.addressees[0].lower()[:5]  # "nämnd(en)", "styre(lsen)", "bolag(et)"
        # (organs of another kind beside it do not count: "… rekommenderas kommunstyrelsen att …" beside
        # "… att digitaliseringsnämnden …" leaves one committee for "nämnden")
        named = {a for o in recs if o is not r for a in o.addressees if not singular.match(a.lower()) and kind in a.lower()}
        if not named:
            named = {a for ln in first_page.split("\n") for a in organs_in(ln, lex) if kind in a.lower()}
        if kind in ("styre", "bolag"):  # a bare "Styrelsen" in a report that names a company is the company's board,
            # not the kommunstyrelsen named beside it (as the owner: "Kommunstyrelsen, i egenskap av ägare, bör …")
            # (the companies the other recommendations go to, else the one the first page names most often: the
            # audited company, not the auditors' firm named once, "biträtts av sakkunniga från X AB")
            companies = {a for o in recs if o is not r for a in o.addressees if _company(a, lex)}
            if not companies:
                counts = Counter(a for ln in first_page.split("\n") for a in organs_in(ln, lex) if _company(a, lex))
                top = counts.most_common(2)
                companies = {top[0][0]} if top and (len(top) == 1 or top[0][1] > top[1][1]) else set()
            named = companies or named
        if len(named) == 1:
            r.addressees = [named.pop()]
            r.addressee = r.addressees[0]


def _company(name: str, lex) -> bool:
    """A company's name ("Exempel Energi AB", "Styrelsen i Exempel Energi AB"): it ends in a company form (lexicon
    [committee] company_forms)."""
    low = name.strip().lower()
    return any(low.endswith(" " + form) for form in lex.committee.company_forms)


def _by_numbers(recs: list[Recommendation], pages: list[Page], lex) -> None:
    """Recommendations that name no addressee (a table without an organ column), when the report says whom each
    number goes to ("Rekommendationerna 1-4 riktas till hälso- och sjukvårdsnämnden och rekommendation 5 till
    regionstyrelsen"): that organ - only when the numbers cover exactly the recommendations found, so that a
    recommendation's place is its number."""
    if not recs or not any(not r.addressees for r in recs):
        return
    to: dict[int, str] = {}
    text = dehyphenate(collapse(" ".join(p.text for p in pages)))
    for first in lex.rx("numbers_to_re").finditer(text):
        m: re.Match[str] | None = first
        while m is not None:
            found = organs_in(m.group("org"), lex)
            if len(found) == 1:
                for a, b in re.findall(r"(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?", m.group("nums")):
                    for n in range(int(a), int(b or a) + 1):
                        to.setdefault(n, found[0])
            m = lex.rx("numbers_also_re").match(text, m.end())  # "… och rekommendation 5 till regionstyrelsen"
    if sorted(to) != list(range(1, len(recs) + 1)):
        return
    for r in recs:
        if not r.addressees:
            r.addressees = [to[r.number][:1].upper() + to[r.number][1:]]
            r.addressee = r.addressees[0]


def _printing_addressees(it: GatheredItem, audited: list[str], pages: list[Page], lex) -> list[str]:
    """The organs one printing of a recommendation names, resolved ("Nämnden" as the page's organ)."""
    subject = _printing_subject(it, lex)
    raw = split_organs(lex.rx("co_actor_re").sub("", subject), lex) if subject else []
    if not raw:
        return []
    organ = _paragraph_organ({p.number: p for p in pages}, it, raw, lex) or page_organ(pages, it.page, it.parts[0][1])
    return resolve(raw, audited, organ, lex)


PARAGRAPH_OPENING_WORDS = 8  # a printing is found on its page by its first words


def _paragraph_organ(by_no: dict[int, Page], it: GatheredItem, raw: list[str], lex) -> str | None:
    """For a bare "nämnden" / "styrelsen": the organ of that kind its own paragraph names last before it
    ("Kulturnämnden rekommenderas att … . Nämnden rekommenderas också att …"; "Vi bedömer att tekniska nämnden … .
    Vi rekommenderar därför nämnden att …"), else None (the page's organ is asked next)."""
    if len(raw) != 1 or not lex.rx("singular_re").match(raw[0].lower()):
        return None
    page = by_no.get(it.page)
    span = find_span(page.text, " ".join(it.parts[0][1].split()[:PARAGRAPH_OPENING_WORDS])) if page else None
    if not span:
        return None
    start = page.text.rfind("\n", 0, span[0]) + 1
    kind = raw[0].lower()[:5]  # "nämnd(en)", "styre(lsen)", "bolag(et)"
    named = [o for o in organs_in(page.text[start:span[0]], lex) if kind in o.lower()]
    if not named:
        return None
    words = named[-1].split()
    recommenders = {norm(r) for r in lex.recommenders}
    while len(words) > 1 and norm(words[0]) in recommenders:  # "… rekommenderar revisorerna socialnämnden att …"
        words = words[1:]
        words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words)


def _auditors_themselves(organ: str, lex) -> bool:
    """The organ a recommendation is addressed to is one who recommends: the auditors themselves."""
    o = norm(organ)
    return any(o == r or o.startswith(r + " ") for r in lex.recommenders if r != "vi")


def _position(group: list[GatheredItem], pages: list[Page]) -> tuple[int, int]:
    primary = _primary(group)
    page = next((p for p in pages if p.number == primary.page), None)
    first = primary.parts[0][1]
    return primary.page, (page.text.find(first) if page else 0)


QUOTED_RE = re.compile(r"^(?:[^»«”“\"]{0,40}:\s*)?[»”“\"]")  # an opening quotation mark, after a label perhaps


_CLOSING = {"»": "«", "”": "”", "“": "”", '"': '"'}  # an opening quotation mark and the mark that closes it


def _quoted(item: GatheredItem, opening: re.Match) -> GatheredItem:
    """A quoted recommendation: restated, and ending at its closing quotation mark (the answer that follows it in
    a response is not part of it). ``opening``: QUOTED_RE's match on the item's first part."""
    close = _CLOSING[opening.group(0)[-1]]
    parts: list[tuple[int, str]] = []
    for k, (page, text) in enumerate(item.parts):
        at = text.find(close, opening.end() if k == 0 else 0)
        if at >= 0:
            parts.append((page, text[:at + 1]))
            break
        parts.append((page, text))
    return item.model_copy(update={"restated": True, "parts": parts})


def extract_recommendations_full(meta: DocumentMeta, pages: list[Page], tables: list[Table] | None = None
                                 ) -> tuple[list[Recommendation], list[Recommendation], int]:
    """(own recommendations, earlier audits' recommendations restated here, duplicate printings merged). ``tables``:
    the document's typed tables (a recommendations table is read by its columns: gather.table_items)."""
    # the auditors' summary of the year tells its audits' recommendations in the past tense ("Revisorerna
    # rekommenderade nämnden att …"); in any other report such a sentence tells an earlier audit's
    date = document_date(meta, pages) if _yearly_report(meta) else None
    items = gather(pages, told=int(date[:4]) if date else None, tables=tables)
    # a recommendation printed inside quotation marks ("Revisorernas rekommendation: »Nämnden rekommenderas att …«")
    # is quoted from its audit: restated, never this document's own
    items = [_quoted(it, m) if (m := QUOTED_RE.match(it.parts[0][1] if it.parts else "")) else it for it in items]
    audited = _audited_organs(pages)
    own_groups, merged = _merge([it for it in items if not it.restated])
    restated_groups, _ = _merge([it for it in items if it.restated])
    restated_groups = [g for g in restated_groups if not any(same_recommendation(g[0].text, o[0].text) for o in own_groups)]
    return (_build(meta, pages, own_groups, audited, "r"), _build(meta, pages, restated_groups, audited, "x"), merged)


def extract_recommendations(meta: DocumentMeta, pages: list[Page], tables: list[Table] | None = None
                            ) -> list[Recommendation]:
    return extract_recommendations_full(meta, pages, tables)[0]


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


def extract_audit(meta: DocumentMeta, pages: list[Page], tables: list[Table] | None = None) -> AuditExtraction:
    """Everything the tracker needs from one audit report (``tables``: its typed tables, read by their columns)."""
    recs, restated, merged = extract_recommendations_full(meta, pages, tables)
    identity = audit_identity(meta, pages)
    return AuditExtraction(
        report_doc_id=meta.doc_id,
        title=identity.title,
        identity=identity,
        merged_duplicates=merged,
        restated=restated,
        recommendations=recs,
        summary_assessments=extract_summary_assessments(meta, pages, recs),
        earlier_reviews=earlier_review_statements(meta, pages),
        yearly=_yearly_report(meta),
    )
