"""Follow-up sections linked to their audit by reference: a section of a later document (an auditors' statement's
chapter on earlier audits, a yearly summary) that names the audit by title, topic or diary number, or restates its
recommendations. Its verdict sentences ("Revisionskontoret bedömer att nämnden har omhändertagit
rekommendationen.") give the status. Evidence never comes from a section about another audit."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

import numpy as np
from rapidfuzz import fuzz, process

from ingest.models import Page

from .classify import judge_sentence
from .extract import page_organ, same_recommendation, word_tokens
from .gather import FOOTER_RE, gather
from .lexicon import dehyphenate, load_lexicon
from .models import AuditExtraction, EvidenceUnit, GatheredItem, Judgement, LinkedEvidence
from .text import collapse, content_terms, is_heading, sentence_spans

_NUM_HEADING_RE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s+[A-ZÅÄÖ][^\n]{0,110}$")


@dataclass
class Section:
    heading: str
    lines: list[tuple[int, str]]  # (page, line) including the heading
    names: str | None = None  # an unnumbered follow-up heading's audit ("Uppföljning av X" -> "x"), normalised
    body_at: int = 0  # where the body starts in the heading's line (a heading the extraction joined to its text)
    within: str = ""  # a follow-up heading's enclosing numbered heading ("5.2 Fritidsnämnden"), if any

    @property
    def text(self) -> str:
        return dehyphenate(collapse(" ".join(ln for _, ln in self.lines))).lower()


def sections(pages: list[Page]) -> list[Section]:
    """Every numbered section, nested: "6.4 …" runs to the next heading of the same or a higher level, so it
    holds its subsection "6.4.1 Bedömning"; "6" holds all of "6.x"."""
    lines = [(p.number, ln) for p in pages for ln in p.text.split("\n")
             if ln.strip() and not (FOOTER_RE.search(ln) and len(ln) < 160)]
    heads: list[tuple[int, int]] = []  # (line index, depth)
    follow: list[tuple[int, str]] = []  # (line index, the audit it names): unnumbered follow-up headings
    appendix: list[int] = []
    for i, (_, ln) in enumerate(lines):
        m = _NUM_HEADING_RE.match(ln)
        if m and not ln.rstrip().endswith((".", ",", ":")):
            heads.append((i, m.group(1).count(".") + 1))
            continue
        found = followup_heading(ln)
        if found:
            follow.append((i, found))
        elif _APPENDIX_RE.match(ln):
            appendix.append(i)
    out: list[Section] = []
    for k, (i, depth) in enumerate(heads):
        end = next((j for j, d in heads[k + 1:] if d <= depth), len(lines))
        out.append(Section(heading=lines[i][1].strip(), lines=lines[i:end]))
    # a follow-up section runs to the next follow-up heading, appendix, or numbered heading that ends the numbered
    # section it stands in ("3.1 …" / "Uppföljning av X" / … / "3.2 …"; a top-level one when it stands in none)
    stops = sorted([j for j, _ in follow] + appendix)
    for i, (what, at) in follow:
        above, inside = next(((j, d) for j, d in reversed(heads) if j < i), (None, 1))  # the numbered section it is in
        end = min(next((j for j in stops if j > i), len(lines)),
                  next((j for j, d in heads if j > i and d <= inside), len(lines)))
        out.append(Section(heading=lines[i][1][:at].strip(), lines=lines[i:end], names=what, body_at=at,
                           within=lines[above][1].strip() if above is not None else ""))
    return out


_APPENDIX_RE = re.compile(r"^\s*(?:bilaga|bilagor)\b", re.I)


HEADING_WORDS = 14  # a follow-up heading joined to its paragraph is at most this many words long


def followup_heading(line: str) -> tuple[str, int] | None:
    """(the audit an unnumbered follow-up heading names, normalised; where the body starts in the line) for a line
    that is such a heading ("Uppföljning av granskningen av X" -> "x"; lexicon [topics] followup_heading_re), also
    when the text extraction joined it to its paragraph ("Uppföljning av X Hösten 2024 granskade …": the heading
    ends before the first capitalised word that follows its own words); None for any other line."""
    from .segment import is_short_heading
    from .topics import followup_heading_rx

    s = line.rstrip()
    lead = len(s) - len(s.lstrip())
    s = s.strip()
    if not re.match(r"(?:fördjupad\s+)?uppföljning", s, re.I):
        return None
    if is_short_heading(s) and not s.endswith("-"):
        head, at = s, lead + len(s)
    else:
        words = list(re.finditer(r"\S+", s))[:HEADING_WORDS + 1]
        cut = next((w for w in words[3:] if w.group()[:1].isupper()), None)
        if cut is None or re.search(r"[.,;:!?]$", s[:cut.start()].rstrip()):
            return None
        head, at = s[:cut.start()].rstrip(), lead + cut.start()
    m = followup_heading_rx().match(dehyphenate(collapse(head)))
    return (collapse(m.group("what")).lower(), at) if m else None


def topic_words(title: str) -> set[str]:
    words = re.findall(r"[a-zåäö]{6,}", dehyphenate(title).lower())
    lex = load_lexicon()
    # generic title words (lexicon.toml [link]), and the auditors' own names: "Stadsrevisionen" names who audits,
    # never what an audit is about
    return {w for w in words if w not in lex.link.generic_title_words and w not in lex.recommenders}


def restated_in(section: Section, restated: list[GatheredItem]) -> list[str]:
    lines = {collapse(ln) for _, ln in section.lines}
    return [it.text for it in restated if collapse(it.parts[0][1]) in lines]


def refers(section: Section, audit: AuditExtraction, restated: list[GatheredItem] = ()) -> tuple[bool, bool]:
    """(refers at all, refers certainly): diary number, restated recommendation or the whole topic in the heading
    are certain; the topic only in the section's opening is uncertain."""
    return refers_in(section_ref(section, restated), audit)


class SectionRef:
    """A section with what `refers_in` reads of it, each read when first asked and kept with the document's work
    (DocWork.refs): its text, heading, the restated recommendations printed in it, its letter and digit runs."""

    def __init__(self, section: Section, doc: "DocumentRefs | None" = None, restated: list[GatheredItem] = ()) -> None:
        self.section = section
        self._doc = doc
        self._restated = restated
        self._text: str | None = None
        self._head: str | None = None
        self._quoted: list[str] | None = None
        self._grams: frozenset[str] | None = None
        self._digits: frozenset[str] | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.section.text
        return self._text

    @property
    def head(self) -> str:
        """The heading, dehyphenated and lower-cased."""
        if self._head is None:
            self._head = dehyphenate(self.section.heading).lower()
        return self._head

    @property
    def opening(self) -> str:
        return self.text[:_OPENING]

    @property
    def quoted(self) -> list[str]:
        """The restated recommendations printed in it (restated_in)."""
        if self._quoted is None:
            self._quoted = restated_in(self.section, self._doc.restated if self._doc is not None else self._restated)
        return self._quoted

    @property
    def grams(self) -> frozenset[str]:
        """Every substring of 6 and 7 letters of its heading's and opening's letter runs: a topic-word prefix w[:7]
        (letters only, 6 or 7 long) is in the heading or the opening exactly when it is one of these."""
        if self._grams is None:
            out: set[str] = set()
            for t in (self.head, self.opening):
                for m in _LETTERS_RE.finditer(t):
                    run = m.group()
                    for n in (6, 7):
                        out.update(run[k:k + n] for k in range(len(run) - n + 1))
            self._grams = frozenset(out)
        return self._grams

    @property
    def digits(self) -> frozenset[str]:
        """Its maximal digit runs: a diary number's inner digit runs are among them when it names it."""
        if self._digits is None:
            self._digits = frozenset(_DIGITS_RE.findall(self.text))
        return self._digits

    def names_prefix(self, p: str) -> bool:
        return p in self.head or p in self.opening


_OPENING = 600  # characters of a section's text that count as its opening
_LETTERS_RE = re.compile(r"[a-zåäö]{6,}")
_DIGITS_RE = re.compile(r"\d+")


def section_ref(section: Section, restated: list[GatheredItem] = ()) -> SectionRef:
    return SectionRef(section, restated=restated)


TITLE_IN_HEAD = 20  # characters of an audit's title core a heading must hold whole to name it by title


def _title_in(head: str, title: str) -> bool:
    from .link import _title_stems

    core = _title_stems(title)[0]  # the title core, read once per title
    return len(core) >= TITLE_IN_HEAD and core in " ".join(head.split())


def refers_in(ref: SectionRef, audit: AuditExtraction, words: set[str] | frozenset[str] | None = None
              ) -> tuple[bool, bool]:
    """`refers` over a section's reading; `words`: topic_words(audit.title) when known."""
    idt = audit.identity
    text = ref.text
    if idt and idt.diary_number and idt.diary_number.lower() in text:
        return True, True
    # restating the audit's recommendations counts only after a past-tense lead-in ("Granskningen resulterade i
    # följande rekommendationer"): a statement's own, current recommendations are no follow-up
    def restating() -> bool:  # read only when it decides
        return any(restates(r.text, t) for r in audit.recommendations for t in ref.quoted)

    if words is None:
        words = topic_words(audit.title)
    head = ref.head
    if _title_in(head, audit.title):
        return True, True  # the heading is the audit's title (however few its topic words)
    if not words:
        r = restating()
        return r, r
    in_head = sum(w[:7] in head for w in words) / len(words)
    opening = ref.opening
    in_open = sum(w[:7] in opening for w in words) / len(words)
    if max(in_head, in_open) >= 0.5 and restating():
        return True, True
    if in_head >= 0.99 and len(words) >= 2:
        return True, True
    if in_open >= 0.99 and len(words) >= 2:
        return True, False
    return False, False


class DocumentRefs:
    """A document's numbered sections (smallest first) and the earlier recommendations it restates, each read
    when first asked (a document no section of which can name an audit is never gathered)."""

    def __init__(self, pages: list[Page]) -> None:
        self.pages = pages
        self._sections: list[SectionRef] | None = None
        self._restated: list[GatheredItem] | None = None

    @property
    def sections(self) -> list[SectionRef]:
        if self._sections is None:
            self._sections = [SectionRef(sec, self) for sec in sorted(sections(self.pages), key=lambda x: len(x.lines))]
        return self._sections

    @property
    def restated(self) -> list[GatheredItem]:
        if self._restated is None:
            self._restated = [it for it in gather(self.pages) if it.restated]
        return self._restated


def document_refs(pages: list[Page]) -> DocumentRefs:
    return DocumentRefs(pages)


PREFIX_SCAN = 256  # up to this many distinct topic-word prefixes a section is searched for each; past it, its letter
# runs are looked up among them (the same candidates, a cost that no longer grows with the audits)


class AuditKeys:
    """The audits indexed by the keys a section can name them by: the prefixes of their topic words and the digit
    runs inside their diary numbers. Audits that `refers_in` cannot tell apart (copies: the same diary number,
    topic words and recommendations) are judged once per section. A section is compared only with the audits whose
    keys it holds; an audit it cannot name (no topic word prefix in its heading or opening, no diary number's digits
    in its text) is never one `refers_in` accepts, so the result is that of comparing it with every audit."""

    def __init__(self, audits: list[AuditExtraction]) -> None:
        self.audits = audits
        self.members: list[list[int]] = []  # per group: positions in `audits`, rising
        self.by_prefix: dict[str, list[int]] = {}
        self.by_digits: dict[str, list[int]] = {}
        self.always: list[int] = []  # a diary number without an inner digit run: its text is searched every time
        self.wordless: list[int] = []  # no topic words: only a restatement (or the diary number) refers to it
        self.words: list[frozenset[str]] = []  # per group: its topic words
        groups: dict[tuple, int] = {}
        for i, a in enumerate(audits):
            diary = a.identity.diary_number.lower() if a.identity and a.identity.diary_number else None
            words = frozenset(topic_words(a.title))
            key = (diary, words, tuple(r.text for r in a.recommendations))
            g = groups.get(key)
            if g is not None:
                self.members[g].append(i)
                continue
            g = groups[key] = len(self.members)
            self.members.append([i])
            self.words.append(words)
            for p in {w[:7] for w in words}:
                self.by_prefix.setdefault(p, []).append(g)
            if not words:
                self.wordless.append(g)
            if diary:
                inner = [m.group() for m in _DIGITS_RE.finditer(diary) if 0 < m.start() and m.end() < len(diary)]
                if inner:
                    for d in set(inner):
                        self.by_digits.setdefault(d, []).append(g)
                else:
                    self.always.append(g)

    def candidates(self, ref: SectionRef) -> set[int]:
        """The groups `refers_in` may accept for this section (all the others it refuses)."""
        out = set(self.always)
        if self.wordless and ref.quoted:
            out.update(self.wordless)
        if len(self.by_prefix) <= PREFIX_SCAN:  # a few prefixes: look each up in the heading and opening
            for p, groups in self.by_prefix.items():
                if ref.names_prefix(p):
                    out.update(groups)
        else:  # many: the section's letter runs, looked up among them
            for p in ref.grams:
                out.update(self.by_prefix.get(p, ()))
        if self.by_digits:
            for d in ref.digits:
                out.update(self.by_digits.get(d, ()))
        return out

    def referring(self, ref: SectionRef, eligible: set[str], limit: int = 2) -> list[tuple[AuditExtraction, bool]]:
        """The eligible audits (by report id) the section refers to, with `certain`, in the audits' order; at most
        `limit` (when there are more, which ones is not defined)."""
        found: list[tuple[int, bool]] = []
        for g in sorted(self.candidates(ref)):
            members = []
            for i in self.members[g]:
                if self.audits[i].report_doc_id in eligible:
                    members.append(i)
                    if len(found) + len(members) >= limit:
                        break
            if not members:
                continue
            ok, certain = refers_in(ref, self.audits[members[0]], self.words[g])
            if ok:
                found.extend((i, certain) for i in members)
                if len(found) >= limit:
                    break
        return [(self.audits[i], certain) for i, certain in sorted(found)[:limit]]


def _after_att(text: str) -> str:
    t = dehyphenate(text)
    m = re.search(r"re-?\s?kommender\w*\s+(?:[^.]{0,120}?\s)??att|\bbör\b|\batt\b", t, re.I)
    return t[m.end():] if m else t


def _squeezed(after: str) -> str:
    return re.sub(r"[^a-zåäöéü0-9]", "", after.lower())


RESTATED_JACCARD = 0.6  # token Jaccard of the parts after "att" (extract.same_recommendation)
RESTATED_RATIO = 0.85  # SequenceMatcher ratio of those parts, spaces and punctuation dropped


def restates(a: str, b: str) -> bool:
    """b restates recommendation a: the part after "rekommenderas att" alike, spaces ignored (OCR joins words)."""
    ca, cb = (_squeezed(_after_att(x)) for x in (a, b))
    if not ca or not cb:
        return False
    return same_recommendation(_after_att(a), _after_att(b), RESTATED_JACCARD) \
        or SequenceMatcher(None, ca, cb).ratio() >= RESTATED_RATIO


class Restatements:
    """`restates(t, b)` for every text t of a list at once, for many b: the texts are read once (copies once), and
    only those that can restate b are compared with it. A token Jaccard of at least RESTATED_JACCARD needs that many
    shared tokens (counted over an inverted index of the tokens); a SequenceMatcher ratio of at least
    RESTATED_RATIO needs an Indel (longest common subsequence) similarity at least as high, since the matching
    blocks are a common subsequence (rapidfuzz over all texts at once). The texts found are exactly those for which
    `restates(t, b)` holds."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = list(dict.fromkeys(texts))
        after = [_after_att(t) for t in self.texts]
        self._squeezed = [_squeezed(x) for x in after]
        tokens = [word_tokens(x) for x in after]
        self._sizes = np.array([len(t) for t in tokens], dtype=np.int64)
        postings: dict[str, list[int]] = {}
        for i, ts in enumerate(tokens):
            for t in ts:
                postings.setdefault(t, []).append(i)
        self._postings = {t: np.array(ix, dtype=np.int64) for t, ix in postings.items()}

    def candidates(self, b: str) -> np.ndarray:
        """Positions of the texts that may restate b (a superset of those that do), rising."""
        n = len(self.texts)
        after = _after_att(b)
        squeezed = _squeezed(after)
        if not n or not squeezed:
            return np.zeros(0, dtype=np.int64)
        found = np.zeros(n, dtype=bool)
        tokens = word_tokens(after)
        shared = [self._postings[t] for t in tokens if t in self._postings]
        if shared:
            inter = np.bincount(np.concatenate(shared), minlength=n)
            union = np.maximum(self._sizes + len(tokens) - inter, 1)
            found |= (inter > 0) & (inter / union >= RESTATED_JACCARD - 1e-9)
        # fuzz.ratio = 100 * 2 * LCS / (len a + len b) >= 100 * SequenceMatcher.ratio(); a margin for float32
        similar = process.cdist([squeezed], self._squeezed, scorer=fuzz.ratio, score_cutoff=100 * RESTATED_RATIO - 1,
                                workers=1)[0]
        found |= similar > 0
        return np.flatnonzero(found)

    def restating(self, b: str):
        """The positions i (rising) with restates(texts[i], b), found lazily."""
        return (int(i) for i in self.candidates(b) if restates(self.texts[i], b))


def verdicts(section: Section, pages_by_no: dict[int, Page]) -> list[tuple[int, str, Judgement, str]]:
    """(page, exact sentence, judgement, its paragraph) for each sentence that judges the recommendations."""
    out: list[tuple[int, str, Judgement, str]] = []
    for page_no, line in section.lines:  # a line is a paragraph: sentences never run over a heading
        page = pages_by_no[page_no]
        for a, b in sentence_spans(line):
            raw = line[a:b].strip()
            flat = dehyphenate(collapse(raw))
            if not load_lexicon().rx("verdict_re").search(flat) or "rekommenderas" in flat or flat.endswith(":") \
                    or load_lexicon().rx("counted_re").search(flat.lower()):
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


def headed_numbers(section: Section) -> dict[str, frozenset[int]]:
    """Each line of the section under a heading that names recommendations by number ("Rekommendation 5 – …",
    "Rek. 2 och 3:"), mapped to those numbers: what is said there is said of them. A numbered heading or another
    recommendation's heading ends it; the section's own heading line and the lines before any such heading map to
    nothing."""
    from .segment import HEADING_REF_RE

    out: dict[str, frozenset[int]] = {}
    cur: frozenset[int] = frozenset()
    for k, (_, line) in enumerate(section.lines):
        m = HEADING_REF_RE.match(line) if k else None
        if m:
            cur = frozenset(int(n) for n in re.findall(r"\d{1,2}", m.group(0)))
        elif k and (is_heading(line) or _NUM_HEADING_RE.match(line) and not line.rstrip().endswith((".", ",", ":"))):
            cur = frozenset()
        out[line] = cur
    return out


HEADING_SHARE = 0.6  # an unnamed follow-up heading ("Uppföljning av X") names an audit by most of its topic words (a
# topic of one of its recommendations, "Uppföljning av studieron", is not the audit "trygghet och studiero")


def section_links(doc_id: str, pages: list[Page], date: str | None, audits: list[AuditExtraction],
                  refs: DocumentRefs | None = None, keys: AuditKeys | None = None, embedder=None
                  ) -> list[LinkedEvidence]:
    """Evidence from the document's sections that refer to exactly one of `audits`. `refs`: the document's
    sections as read once (DocWork.refs); `keys`: the audits indexed by their reference keys, built over `audits`
    or any list that holds them in the same order. An unnumbered follow-up heading ("Uppföljning av X") links its
    section to the one audit X names, and in it each recommendation's status is read from the sentences that speak
    of it (topics.py), cited; the section's verdict is for the others, unless the section rates them one by one.
    Such a heading under a committee's numbered heading ("5.2 Fritidsnämnden") follows up that committee's part."""
    from .committees import named as names_in, same_committee
    from .link import names_audit
    from .topics import Topics, assign, judge, sentences_of

    by_no = {p.number: p for p in pages}
    out: list[LinkedEvidence] = []
    refs = refs if refs is not None else document_refs(pages)
    keys = keys if keys is not None else AuditKeys(audits)
    eligible = {a.report_doc_id for a in audits} - {doc_id}
    done: set[tuple] = set()  # audits (and organs) already linked from a smaller (more specific) section
    for ref in refs.sections:
        sec = ref.section
        if sec.names is not None:
            by_heading = {a.report_doc_id: a for a in audits if a.report_doc_id in eligible and a.recommendations
                          and names_audit(sec.names, a, HEADING_SHARE)}
            hits = [(next(iter(by_heading.values())), True)] if len(by_heading) == 1 else []
        else:
            hits = keys.referring(ref, eligible)
        if len(hits) != 1:
            continue  # no audit, or several: the section cannot be attributed
        audit, certain = hits[0]
        organ = page_organ(pages, sec.lines[0][0])
        if sec.within:  # a follow-up heading under a committee's numbered heading ("5.2 Fritidsnämnden") is its part
            under = names_in(sec.within, list(dict.fromkeys(a for r in audit.recommendations for a in r.addressees)))
            organ = under[0] if len(under) == 1 else organ
        key = (audit.report_doc_id, organ if sec.names is not None else None)
        if key in done:
            continue
        found = verdicts(sec, by_no)
        if not certain:  # a loose reference: only a verdict that itself names the audit's topic
            words = topic_words(audit.title)
            found = [v for v in found if any(w[:7] in dehyphenate(v[1]).lower() for w in words)]
        topical: dict[str, tuple] = {}
        if sec.names is not None and len(audit.recommendations) >= 2:  # a follow-up section (not an audit's findings)
            topics = Topics(audit.recommendations, embedder)
            first_page, first = sec.lines[0]
            body = [(first_page, first[sec.body_at:])]
            for k, sents in assign(sentences_of(body + sec.lines[1:]), topics).items():
                said = judge(sents)
                if said is not None:
                    topical[audit.recommendations[k].id] = said
        if not found and not topical:
            continue
        done.add(key)
        page_no, raw, j = conclusion(found) if found else (0, "", None)
        unit = EvidenceUnit(doc_id=doc_id, page=page_no, quote=raw, text=collapse(raw), kind="paragraph")
        headed = headed_numbers(sec)  # a verdict under a heading that numbers recommendations is theirs only
        bound = headed.get(found[-1][3], frozenset()) if found else frozenset()
        loose = [f for f in found if not headed.get(f[3])]  # the verdicts under no such heading
        quoted = ref.quoted
        named = [r for r in audit.recommendations
                 if any(restates(r.text, t) for t in quoted)]
        for r in named or audit.recommendations:  # the recommendations the section restates, else all of them
            if not named and organ and r.addressees and organ.lower() not in {a.lower() for a in r.addressees}:
                continue  # the section follows up another committee's part of the audit
            whose = [a for a in r.addressees if organ and same_committee(organ, a)] if len(r.addressees) > 1 else []
            if r.id in topical:  # the sentences about this recommendation speak
                tj, sent = topical[r.id]
                s_unit = EvidenceUnit(doc_id=doc_id, page=sent.page, quote=sent.raw, text=sent.flat, kind="paragraph")
                out.append(LinkedEvidence(rec_id=r.id, unit=s_unit, date=date, score=1.0, certain=certain,
                                          judgement=tj.model_copy(update={"sentence": collapse(sent.raw)}),
                                          speaks_for=whose[:1]))
                continue
            if j is None:
                continue
            if not named and len(audit.recommendations) > 1 and (_about_others(raw, r, audit)
                                                                 or _numbers_others(raw, r)):
                continue  # the section's verdict names another addressee of the audit ("kommunstyrelsen har tagit …")
                # or another of its recommendations by number ("… (rekommendation 6) pågår")
            if bound and r.number not in bound:  # the conclusion is another recommendation's ("Rekommendation 5 –
                # … Nämnden anser att rekommendationen inte längre är aktuell"): the section's verdicts under no
                # recommendation's heading speak for this one, if any
                if not loose:
                    continue
                r_page, r_raw, r_j = conclusion(loose)
                r_unit = EvidenceUnit(doc_id=doc_id, page=r_page, quote=r_raw, text=collapse(r_raw), kind="paragraph")
                out.append(LinkedEvidence(rec_id=r.id, unit=r_unit, date=date, score=1.0, judgement=r_j,
                                          certain=certain))
                continue
            own_found = [f for f in found if not headed.get(f[3]) or r.number in headed[f[3]]]
            own = own_verdict(r.text, own_found, raw) if own_found else None
            if own is not None:
                r_unit = EvidenceUnit(doc_id=doc_id, page=own[0], quote=own[1], text=collapse(own[1]), kind="paragraph")
                out.append(LinkedEvidence(rec_id=r.id, unit=r_unit, date=date, score=1.0, judgement=own[2],
                                          certain=certain))
                continue
            if sec.names is not None and len({f[3] for f in found}) > 1 and topical:
                continue  # a follow-up that rates its recommendations one by one: its last verdict is the last one's
            out.append(LinkedEvidence(rec_id=r.id, unit=unit, date=date, score=1.0, judgement=j, certain=certain))
    return out


def _numbers_others(verdict_text: str, r) -> bool:
    """The verdict names recommendations by number ("rekommendation 6", "rek. 2 och 3"), and not this one."""
    from .segment import REF_WORD

    said = {int(n) for m in re.finditer(r"\b" + REF_WORD + r"\s*(?:nr\.?\s*)?((?:\d{1,2}(?:\s*(?:,|och|samt|&)\s*)?)+)",
                                         verdict_text, re.I)
            for n in re.findall(r"\d{1,2}", m.group(1))}
    return bool(said) and r.number not in said


def _about_others(verdict_text: str, r, audit: AuditExtraction) -> bool:
    """The verdict names addressees of the audit, and none of this recommendation's: it is about theirs."""
    from .committees import named, same_committee

    everyone = list(dict.fromkeys(a for x in audit.recommendations for a in x.addressees))
    said = named(verdict_text, everyone)
    return bool(said) and not any(same_committee(s, a) for s in said for a in r.addressees)


def own_links(doc_id: str, pages: list[Page], date: str | None, audit: AuditExtraction,
              refs: DocumentRefs | None = None) -> list[LinkedEvidence]:
    """A statement that lists recommendations and also follows them up: the verdict of the (smallest) section that
    restates a recommendation after a past-tense lead-in gives its status."""
    refs = refs if refs is not None else document_refs(pages)
    if not refs.restated or not audit.recommendations:
        return []
    by_no = {p.number: p for p in pages}
    out: list[LinkedEvidence] = []
    quoted = list(dict.fromkeys(t for s in refs.sections for t in s.quoted))  # each restated text once
    read: dict[int, list] = {}  # a section's verdicts, read once
    for r in audit.recommendations:
        restating = {t for t in quoted if restates(r.text, t)}
        ref = next((s for s in refs.sections if any(t in restating for t in s.quoted)), None) if restating else None
        if ref is not None and id(ref) not in read:
            read[id(ref)] = verdicts(ref.section, by_no)
        found = read[id(ref)] if ref is not None else []
        if found:
            page_no, raw, j = conclusion(found)
            unit = EvidenceUnit(doc_id=doc_id, page=page_no, quote=raw, text=collapse(raw), kind="paragraph")
            out.append(LinkedEvidence(rec_id=r.id, unit=unit, date=date, score=1.0, judgement=j, certain=True))
    return out
