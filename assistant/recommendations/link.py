"""Link evidence units to recommendations: explicit numbers when the document answers that report,
else embedding similarity plus key-term overlap above thresholds."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

import numpy as np
from rapidfuzz import fuzz

from ingest.models import DocumentMeta, Page
from ingest.sections import CAPTION_RE
from ingest.text import YEAR_RE, content_stems

from .docwork import DocWork
from .lexicon import load_lexicon
from .models import AuditExtraction, EvidenceUnit, Recommendation
from .prose import restating
from .text import ID_CHARS_RE, ID_GRAM, content_terms, id_runs, norm
from .committees import unit_position

SIM_THRESHOLD = 0.87  # cosine (multilingual-e5-small passages); calibrated in eval/recommendations_eval.py
SIM_THRESHOLD_RESPONSE = 0.85  # lower when the document answers the report
OVERLAP_THRESHOLD = 0.40  # share of the recommendation's content terms found in the passage
OVERLAP_THRESHOLD_RESPONSE = 0.35
MARGIN = 0.005  # the best recommendation must beat the runner-up by this much


class PassageEmbedder(Protocol):
    def embed_passages(self, texts: list[str]) -> np.ndarray: ...


def title_core(title: str) -> str:
    """"Granskning av lokalförsörjningen i Region X" -> "granskning av lokalförsörjningen"."""
    t = norm(title)
    t = re.split(r"\s+(?:i|inom|vid|hos)\s+(?=[a-zåäö]*\s*(?:region|kommun|landsting))|\s+-\s+|:\s", t)[0]
    return t.strip(' "')


def responds_to(doc_meta: DocumentMeta, pages: list[Page], audit: AuditExtraction) -> bool:
    """Does this document answer that audit report (names its title, file or doc id, or a distinctive title word
    together with auditors/report vocabulary)?"""
    text = norm(" ".join(p.text for p in pages)) + " " + norm(doc_meta.title)
    return responds_to_text(text, audit)


def responds_to_text(text: str, audit: AuditExtraction) -> bool:
    """`responds_to` over a document's normalised text (+ " " + normalised title)."""
    core = title_core(audit.title)
    return (_names_a_topic(core) and core in text) or audit.report_doc_id.lower() in text \
        or _names_topic(text, _distinctive(core), lambda: _response_words(text))


def _distinctive(core: str) -> list[str]:
    """A title core's topic words: not the generic words of titles, nor the auditors' names (in every document of
    theirs, they name no audit)."""
    return [w for w in re.findall(r"[a-zåäö]{6,}", core) if w not in load_lexicon().link.generic_title_words
            and w not in _auditor_words()]


@lru_cache(maxsize=1)
def _auditor_words() -> frozenset[str]:
    lex = load_lexicon()
    return frozenset(w for name in lex.auditors + lex.generic_titles for w in norm(name).split())


def _names_a_topic(core: str) -> bool:
    """A title core long enough to be looked for whole, that names a topic: not only an organisation or the auditors
    ("Göteborgs Stad", "Stadsrevisionen" read as the title of a page that prints no other)."""
    if len(core) < 12:
        return False
    rest = load_lexicon().rx("organisation_re").sub(" ", core)
    generic = load_lexicon().link.generic_title_words
    return any(w not in generic and w not in _auditor_words() for w in re.findall(r"[\wåäö-]{3,}", rest))


def _response_words(text: str) -> bool:
    return any(w in text for w in load_lexicon().link.response_words) and "rekommend" in text  # -ation, -erar, -eras


def _names_topic(text: str, distinctive: list[str], response_words) -> bool:
    """Every distinctive title word, with auditors' or report vocabulary (`response_words()`, asked last)."""
    return bool(distinctive) and all(w in text for w in distinctive) and response_words()


SUBJECT_CHARS = 1500  # a subject line is looked for at the top of the first page
SUBJECT_SHARE = 0.5  # share of an audit's topic words the subject line must name


def declared_subject(pages: list[Page]) -> str | None:
    """The audit a document declares that it answers, from its subject line at the top of its first page
    ("Yttrande över revisionsrapporten X" -> "x"), normalised; None when it declares none. A subject that runs onto
    the next line (that line starting in lower case) is read whole."""
    if not pages:
        return None
    rx = load_lexicon().committee.rx("subject_re")
    lines = pages[0].text[:SUBJECT_CHARS].split("\n")
    for k, line in enumerate(lines):
        m = rx.search(line)
        if not m:
            continue
        what = m.group("what").strip()
        nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
        if nxt[:1].islower() and not what.endswith((".", ":")):
            what = f"{what} {nxt}"
        what = norm(what)
        from .reference import topic_words

        lex = load_lexicon()
        if lex.link.several_audits_words & set(re.findall(r"[a-zåäö]+", what)):
            return None  # a follow-up of several audits declares none of them
        generic = set(lex.committee.subject_generic)
        return what if topic_words(what) - generic else None  # names something, not only the auditors' work
    return None


ROW_SHARE = 0.6  # share of an audit's topic words a status-table row must name to be that audit's row
ROW_SCORE = 0.97  # a row linked by the audit its own cell names and the recommendation its text holds
ROW_MIN_TERMS = 0.3  # share of the row's content terms the recommendation must hold



def names_audit(text: str, audit: AuditExtraction, share: float) -> bool:
    """Does a short text (a table row, a subject line) name this audit: its title core, or at least `share` of its
    topic words? A topic word is found by its stem: all but its last three letters, and at least seven
    ("skyfallshanteringen" for "skyfallshantering"; "revisionskontoret" is not "revisionsberättelse")."""
    core, words = _title_stems(audit.title)
    if _names_a_topic(core) and core in text:
        return True
    return bool(words) and sum(w in text for w in words) / len(words) >= share


@lru_cache(maxsize=4096)
def _title_stems(title: str) -> tuple[str, tuple[str, ...]]:
    """(title core, the stem of each topic word) of an audit title, read once per title."""
    from .reference import topic_words

    return title_core(title), tuple(sorted({w[:max(7, len(w) - 3)] for w in topic_words(title)}))


def audit_rows(doc: DocWork, audits: list[AuditExtraction],
               years: dict[str, int | None] | None = None) -> list[tuple[Recommendation, int]]:
    """In a document that follows up several audits (a yearly summary), the rows of a status table that name one
    audit in their own cells ("Skyfallshantering (2022) | <recommendation> | <committee> | <status>") speak to the
    recommendation of that audit their text holds most of (by content, not by number). (recommendation, unit index).
    ``years``: each audit's year; when a row's words name several audits (the audit and an earlier follow-up of it,
    which restates its recommendations), the year the row prints decides."""
    out: list[tuple[Recommendation, int]] = []
    own_words = _distinct_topic_words(audits)
    by_no = {p.number: p for p in doc.pages}
    for i, u in enumerate(doc.units):
        if u.kind != "table_row" or not u.explicit_status:
            continue
        low = norm(u.text)
        named = [a for a in audits if names_audit(low, a, ROW_SHARE)]
        if not named:  # a short name of the audit ("Nyanlända (2026)"): a topic word no other audit's title has
            row_words = set(re.findall(r"[a-zåäö]{5,}", low))
            named = [a for a in audits if any(_short_name(w, row_words) for w in own_words.get(a.report_doc_id, ()))]
        if len({a.report_doc_id for a in named}) != 1:  # a table under a heading that names its audit
            named = audit_above(u, doc, by_no, audits, own_words) or named
        if len({a.report_doc_id for a in named}) > 1 and years:
            printed = {int(y) for y in YEAR_RE.findall(low)}
            named = [a for a in named if years.get(a.report_doc_id) in printed] or named
        if len({a.report_doc_id for a in named}) != 1:
            continue
        # what the row and each recommendation speak of, not whom: a row's committee cell names addressees of
        # several recommendations (and a recommendation may name others it works with)
        whom = _addressee_terms(named[0])
        terms = doc.terms(i) - whom
        if not terms:
            continue
        # shared terms first; between recommendations that share as many, the closer wording (six-letter terms
        # join "upprätthåller" and "upprätta")
        # (the share of the shorter side: a row's comment cell may be longer than the recommendation)
        scored = sorted(((_shared(terms, content_terms(r.text) - whom), fuzz.token_set_ratio(low, norm(r.text)), k)
                         for k, r in enumerate(named[0].recommendations)), reverse=True)
        best, ratio, k = scored[0]
        if best >= ROW_MIN_TERMS and (len(scored) == 1 or (best, ratio) > scored[1][:2]):
            out.append((named[0].recommendations[k], i))
    return out


def audit_above(u: EvidenceUnit, doc: DocWork, by_no: dict[int, Page], audits: list[AuditExtraction],
                own_words: dict[str, tuple[str, ...]] | None = None) -> list[AuditExtraction]:
    """Which audit a unit's section follows up: the nearest heading-like line above it (short, not a sentence, not a
    sentence's continuation in lower case) that
    names an audit, when it names exactly one ("2. Uppföljning: X" over a status table). Lines of a table (cells
    apart) are no headings. ``own_words``: ``_distinct_topic_words(audits)``, when the caller reads many units."""
    page_no, at = unit_position(u, by_no)
    own_words = own_words if own_words is not None else _distinct_topic_words(audits)
    openings = load_lexicon().link.audit_opening_words
    named = _run_in_audit(u.quote, audits, own_words)  # the unit's own run-in heading
    if named or dated_heading(u.quote):  # (a dated heading of its own that names no one audit opens another part)
        return named
    first = u.quote.split("\n", 1)[0].strip()  # the unit's own numbered heading, its paragraph joined under it
    if "\n" in u.quote.strip() and NUMBERED_HEADING_RE.match(first) and len(first) <= HEADING_CHARS:
        named = _heading_audits(norm(first), audits, own_words)
        if named or SECTION_NUMBER_RE.match(first):
            return named if len({a.report_doc_id for a in named}) == 1 else []
    within: str | None = None  # the number of the subsection ("3.1") the unit is in, once passed: only its parents count
    for number in range(page_no, 0, -1):
        page = by_no.get(number)
        if page is None:
            continue
        text = page.text[:at] if number == page_no else page.text
        in_table = doc.table_lines.get(number, set())
        for line in reversed(text.split("\n")):
            line = line.strip()
            numbered = NUMBERED_HEADING_RE.match(line)  # "2. Uppföljning av …", its paragraph perhaps joined to it
            if within is not None and numbered and not _encloses(line, within):
                continue  # another subsection ("3.1" above "3.2"), not the one the unit's section is part of
            caption = CAPTION_RE.match(line) if line and " | " not in line else None
            if caption:  # a table's caption names the audit its table follows up ("Tabell 2. <audit> (rapport 2024)"),
                # a sentence perhaps joined after it
                rest = re.sub(r"^[.:]?\s*", "", line[caption.end():])
                named = [a for a in audits if names_audit(norm(rest[:SHORT_HEADING_CHARS]), a, SUBJECT_SHARE)]
                if named:
                    return named if len({a.report_doc_id for a in named}) == 1 else []
            if not line or " | " in line or any(line.startswith(q) for q in in_table) or line[0].islower() \
                    or (not numbered and len(line) <= HEADING_CHARS and line.endswith((".", ":"))):
                continue
            low = norm(line)
            if len(line) > HEADING_CHARS:  # a heading with its paragraph joined: the heading's own words ("4 Övriga
                low = low[:SHORT_HEADING_CHARS]  # granskningar Under året har vi granskat …" names none)
                named = [] if numbered else _run_in_audit(line, audits, own_words)
                if named or (not numbered and dated_heading(line)):  # a run-in heading ("Skyfallshantering.
                    return named  # Granskningen från 2022 visade …"): its words alone; a dated one that names no
                    # audit is a part of its own
                if not numbered and low.split(" ", 1)[0] not in openings:
                    continue  # a paragraph, unless it opens with an audit's name ("Granskningen av X Som exempel …")
            named = [a for a in audits if names_audit(low, a, SUBJECT_SHARE)]
            if not numbered and len(line) > HEADING_CHARS:
                if named:  # (its heading joined to it)
                    return named if len({a.report_doc_id for a in named}) == 1 else []
                continue
            if not named and (numbered or len(line) <= SHORT_HEADING_CHARS):  # a heading by the audit's short name
                named = _heading_audits(low, audits, own_words)
            if named:
                return named if len({a.report_doc_id for a in named}) == 1 else []
            if SECTION_NUMBER_RE.match(line) and not (line.endswith(".") and len(line.split()) > SENTENCE_ITEM_WORDS):
                no = _section_no(line)
                if no.count(".") >= 1 and within is None:  # a subsection ("3.1 Nämnden för funktionsstöd") that names
                    within = no  # no audit is part of its section ("3. Hemvårdsbidrag (2023)"): read on to it
                    continue
                return []  # a numbered section of its own ("2. Ekonomi och personal") that names no audit; a numbered
                # sentence is an item of a list ("2. Stadsledningskontoret får i uppdrag att …") within its section
    return []


def _section_no(line: str) -> str:
    """A numbered heading's number without its closing dot ("3.1 Nämnden" -> "3.1", "2. Ekonomi" -> "2")."""
    m = re.match(_SECTION_NO, line.strip())
    return m.group(0) if m else ""


def _encloses(line: str, within: str) -> bool:
    """The numbered heading ``line`` is a section that subsection ``within`` is part of ("3." for "3.1")."""
    no = _section_no(line)
    return bool(no) and within.startswith(no + ".") and no != within


def _heading_audits(low: str, audits: list[AuditExtraction], own_words: dict[str, tuple[str, ...]]
                    ) -> list[AuditExtraction]:
    """The audits a heading (lower case) names: by title, or by the audit's short name (a topic word only its title
    has)."""
    named = [a for a in audits if names_audit(low, a, SUBJECT_SHARE)]
    if named:
        return named
    head = NUMBER_PREFIX_RE.sub("", low).split(". ")[0]  # the heading, not its text
    line_words = set(re.findall(r"[a-zåäö]{5,}", head))
    return [a for a in audits if any(_short_name(w, line_words) for w in own_words.get(a.report_doc_id, ()))]


HEADING_CHARS = 120
SENTENCE_ITEM_WORDS = 12  # a numbered line of more words that ends with a full stop is a list item, not a heading
SHORT_HEADING_CHARS = 80
_SECTION_NO = r"^\d{1,2}(?:\.\d{1,2})*"  # "2", "3.1"
NUMBER_PREFIX_RE = re.compile(_SECTION_NO + r"\.?\s+")
NUMBERED_HEADING_RE = re.compile(_SECTION_NO + r"\.?\s+[A-ZÅÄÖ][a-zåäö]")
# "2. Ekonomi", "3.2 Hemvårdsbidrag" (a table row: "2 Åtgärder")
SECTION_NUMBER_RE = re.compile(r"^(?:\d{1,2}\.|\d{1,2}(?:\.\d{1,2})+\.?)\s+[A-ZÅÄÖ][a-zåäö]")
RUN_IN_HEAD_WORDS = 6  # a run-in heading that opens a paragraph ("Parkernas skötsel. Granskningen visade …")
_RUN_IN_HEAD_RE = re.compile(r"^(?P<label>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,%d})\s*[.:]\s+[A-ZÅÄÖ]"
                             % (RUN_IN_HEAD_WORDS - 1))
DATED_HEAD_WORDS = 10  # an audit's name with its year in brackets ("Styrning och uppföljning av X (2022)"): the year
# marks where the heading ends, so a longer name is still a heading
_RUN_IN_DATED_RE = re.compile(r"^(?P<label>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,%d})\s*\((?:19|20)\d\d\)\s*[.:]?\s+[A-ZÅÄÖ]"
                              % (DATED_HEAD_WORDS - 1))


def labelled_audits(doc: DocWork, audits: list[AuditExtraction]) -> set[str]:
    """The audits that the run-in headings of a document's paragraphs name, one each ("Parkernas skötselplaner.
    Granskningen omfattade …" in a yearly summary that treats each audit in a paragraph)."""
    own_words = _distinct_topic_words(audits)
    return {a.report_doc_id for u in doc.units if u.kind == "paragraph"
            for a in _run_in_audit(u.quote, audits, own_words)}


def _run_in_audit(text: str, audits: list[AuditExtraction], own_words: dict[str, tuple[str, ...]]
                  ) -> list[AuditExtraction]:
    """The one audit a paragraph's run-in heading names (see _named_by_label), or [] (no such heading)."""
    m = _RUN_IN_HEAD_RE.match(text.strip()) if len(text) > HEADING_CHARS else None
    named = _named_by_label(norm(m.group("label")), audits, own_words) if m else []
    if named:
        return named
    dated = dated_heading(text)  # (or, when such a label names none, a heading of another form)
    if dated:
        return _dated_audits(dated, audits, own_words)
    return _title_run_in(text, audits) if len(text) > HEADING_CHARS else []


TITLE_HEAD_WORDS = 14  # an audit's title as a heading joined to its paragraph: at most this many words
TITLE_HEAD_OWN_TERMS = 1  # content words of its own such a heading may add to the title ("stadens arbete med X")


def _title_run_in(text: str, audits: list[AuditExtraction]) -> list[AuditExtraction]:
    """The one audit whose title a paragraph opens with as its heading, joined to it with no stop ("Arbetet med X i
    skolan Granskningen avslutades …"): the longest opening, ended where a capitalised word starts the paragraph,
    whose content words are the title's but for one of its own ("stadens") and that names the audit (names_audit)."""
    words = text.split()
    if not words or not words[0][:1].isupper():
        return []
    for k in range(min(TITLE_HEAD_WORDS, len(words) - 1), 1, -1):
        if not words[k][:1].isupper() or re.search(r"[.,:;!?)]$", words[k - 1]):
            continue
        label = norm(" ".join(words[:k]))
        terms = content_terms(label)
        named = [a for a in audits if terms and len(terms - content_terms(a.title)) <= TITLE_HEAD_OWN_TERMS
                 and names_audit(label, a, SUBJECT_SHARE)]
        if named:
            return named if len({a.report_doc_id for a in named}) == 1 else []
    return []


def dated_heading(text: str) -> str | None:
    """The heading a paragraph opens with when it is a name with a year in brackets, the paragraph run in after it
    ("Parkernas skötsel (2024) Parknämnden har …": the heading line joined to its paragraph), lower case; None when
    it opens otherwise."""
    m = _RUN_IN_DATED_RE.match(text.strip()) if len(text) > HEADING_CHARS else None
    return norm(m.group("label")) if m else None


def _dated_audits(label: str, audits: list[AuditExtraction], own_words: dict[str, tuple[str, ...]]
                  ) -> list[AuditExtraction]:
    """The one audit a dated heading names: by its title or its short name, as any heading (the year marks it a
    heading, so it may also name the audit in words of its own: "Lokalvårdens kvalitet i stadsdelarna (2023)")."""
    named = _heading_audits(label, audits, own_words)
    return named if len({a.report_doc_id for a in named}) == 1 else []


def _named_by_label(label: str, audits: list[AuditExtraction], own_words: dict[str, tuple[str, ...]]
                    ) -> list[AuditExtraction]:
    """The one audit a run-in heading names, by its title or by its short name (a topic word only its title has).
    A heading is the audit's name: all its content words are its title's ("Parkernas skötsel" for "Granskning av
    skötseln av parkerna"), so a short opening sentence ("Stadsrevisionen har granskat stadens parker.") or a
    recommendation's label ("Lekplatsernas besiktning:" in a reply to an audit of "parkernas skötsel") is none."""
    named = [a for a in audits if names_audit(label, a, SUBJECT_SHARE)]
    if not named:
        words = set(re.findall(r"[a-zåäö]{5,}", label))
        named = [a for a in audits if any(_short_name(w, words) for w in own_words.get(a.report_doc_id, ()))]
    terms = content_terms(label)
    named = [a for a in named if terms <= content_terms(a.title)]
    return named if len({a.report_doc_id for a in named}) == 1 else []


def _distinct_topic_words(audits: list[AuditExtraction]) -> dict[str, tuple[str, ...]]:
    """Each audit's title topic words whose first seven letters no other of the audits' titles has."""
    from .reference import topic_words

    words = {a.report_doc_id: topic_words(a.title) for a in audits}
    keys = {rid: {w[:7] for w in ws} for rid, ws in words.items()}
    out = {}
    for rid, ws in words.items():
        others = set().union(*(k for r, k in keys.items() if r != rid))
        out[rid] = tuple(sorted(w for w in ws if w[:7] not in others))
    return out


def _short_name(title_word: str, row_words: set[str]) -> bool:
    """A row word that names a title's topic word: the same word inflected, or its first part ("skyfall" for
    "skyfallshantering"), not another compound of the same start ("verksamhetssystemet" is no "verksamhetsfordon")."""
    from ingest.text import stem

    head = title_word[:max(5, len(title_word) - 3)]
    return any(w.startswith(head) or (len(s := stem(w)) >= 6 and title_word.startswith(s)) for w in row_words)


def _shared(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(1, min(len(a), len(b)))


def _addressee_terms(audit: AuditExtraction) -> set[str]:
    return {t for r in audit.recommendations for a in r.addressees for t in content_terms(a)}


def subject_names(subject: str, audit: AuditExtraction) -> bool:
    """Does a declared subject (declared_subject) name this audit: its title core, or most of its topic words?"""
    return names_audit(subject, audit, SUBJECT_SHARE)


class ResponseIndex:
    """`responds_to_text` for every audit at once, read once per audit for all documents: audits with the same
    title core (copies) are checked once per document, and a report's doc id is looked for only inside the
    document's long runs of doc-id characters that hold its first ID_GRAM characters (the answer is that of
    `responds_to_text` for each audit)."""

    def __init__(self, audits: list[AuditExtraction]) -> None:
        self.cores: list[tuple[str, list[str]]] = []  # (title core, its distinctive words)
        self.members: list[list[int]] = []  # per core: its entries
        self.entries: list[tuple[str, str, int]] = []  # (report doc id, lower-cased, core group), audits with recs
        self.by_gram: dict[str, list[int]] = {}  # an id's first ID_GRAM characters -> entries
        self.scan: list[int] = []  # ids shorter or with other characters: searched in the whole text
        groups: dict[str, int] = {}
        for a in audits:
            if not a.recommendations:
                continue
            core = title_core(a.title)
            g = groups.get(core)
            if g is None:
                g = groups[core] = len(self.cores)
                self.cores.append((core, _distinctive(core)))
                self.members.append([])
            low = a.report_doc_id.lower()
            e = len(self.entries)
            self.entries.append((a.report_doc_id, low, g))
            self.members[g].append(e)
            if len(low) >= ID_GRAM and ID_CHARS_RE.fullmatch(low):
                self.by_gram.setdefault(low[:ID_GRAM], []).append(e)
            else:
                self.scan.append(e)

    def answered(self, text: str, doc_id: str, runs: list[str] | None = None, limit: int | None = None) -> set[str]:
        """The report ids (other than `doc_id`) of the audits the document answers; with `limit`, at most that many
        (which ones, when there are more, is not defined). `runs`: id_runs(text)."""
        out: set[str] = set()

        def add(e: int) -> bool:
            rid = self.entries[e][0]
            if rid != doc_id:
                out.add(rid)
            return limit is not None and len(out) >= limit

        for e in self.scan:
            if self.entries[e][1] in text and add(e):
                return out
        for run in id_runs(text) if runs is None else runs:
            for k in range(len(run) - ID_GRAM + 1):
                for e in self.by_gram.get(run[k:k + ID_GRAM], ()):
                    if self.entries[e][1] in run and add(e):
                        return out
        words: list[bool] = []  # the document's response vocabulary, read once when first asked

        def response_words() -> bool:
            if not words:
                words.append(_response_words(text))
            return words[0]

        for g, (core, distinctive) in enumerate(self.cores):
            if (_names_a_topic(core) and core in text) or _names_topic(text, distinctive, response_words):
                for e in self.members[g]:
                    if add(e):
                        return out
        return out


POINT_ANSWER_PARAGRAPHS = 4  # at most this many paragraphs after a listed point answer it
POINT_ANSWER_STEP = 0.01  # each a step below the one before: the nearest answer outranks a later one
POINT_SHARE = 0.5  # a point speaks of a recommendation when its text carries at least half of its content words


def answers_under_points(units: list[EvidenceUnit], recs: list[Recommendation], responded: set[str],
                         links: list[tuple[Recommendation, int, float]], doc: DocWork | None = None,
                         embedder: PassageEmbedder | None = None,
                         rec_vecs: np.ndarray | None = None) -> list[tuple[Recommendation, int, float]]:
    """A response that answers point by point ("1. Förebyggande arbete …") often restates each point and answers it
    in the paragraphs after it, up to the next point: those paragraphs, unless a number of their own links them
    (`links`, from `link_units`), speak to the point's recommendation, each a step below the one before; where they
    stand says more than their likeness to some other recommendation of the audit (the caller drops such links).

    A response may also gather recommendations under fewer points of its own ("3. Disciplinära åtgärder" for the
    audit's third and fourth): a point whose own text carries, besides its own recommendation, the words of one no
    point of its number answers, speaks to both, and each paragraph under it goes to the one it speaks of
    (`_closest_of`). Needs `doc` and `embedder`; without them every paragraph goes to the point's number.
    `rec_vecs`: the recommendations' passage vectors, row for row with `recs`, when already embedded."""
    by_report: dict[str, dict[int, Recommendation]] = {}
    for r in recs:
        by_report.setdefault(r.report_doc_id, {})[r.number] = r
    listed = _listed_in_audit_order(units, by_report, responded)
    if not listed:
        return []
    taken = {i for _, i, s in links if s >= LISTED_SCORE}  # linked by a number of their own
    starts = sorted(listed)
    unlisted = [r for r in by_report[next(iter(responded))].values() if r not in listed.values()]
    row_of = {r.id: n for n, r in enumerate(recs)}

    def rec_vec(r: Recommendation) -> np.ndarray:
        if rec_vecs is not None:
            return np.asarray(rec_vecs[row_of[r.id]], dtype=np.float32)
        return np.asarray(embedder.embed_passages([r.text])[0], dtype=np.float32)

    out: list[tuple[Recommendation, int, float]] = []
    for k, i in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(units)
        answers = []
        for j in range(i + 1, end):
            u = units[j]
            if u.kind != "paragraph" or u.number is not None or len(answers) >= POINT_ANSWER_PARAGRAPHS:
                break
            answers.append(j)
        gathered = _gathered(doc, i, listed[i], unlisted) if doc is not None and embedder is not None else []
        for n, j in enumerate(answers, start=1):
            if j in taken:
                continue
            rec = _closest_of(doc, j, [listed[i], *gathered], embedder, rec_vec) if gathered else listed[i]
            out.append((rec, j, LISTED_SCORE - POINT_ANSWER_STEP * n))
    return out


def _gathered(doc: DocWork, i: int, own: Recommendation, unlisted: list[Recommendation]) -> list[Recommendation]:
    """The recommendations no point of the response is numbered for that point i's own text (its heading and the
    restatement under it) speaks of as fully as of its own: a share of their content words at least
    POINT_SHARE and at least its own recommendation's share."""
    terms = content_stems(doc.units[i].text)  # the stemmer keeps "skolenheter" and "skolenkät" apart

    def share(r: Recommendation) -> float:
        rt = content_stems(r.text)
        return len(terms & rt) / max(1, len(rt))

    bar = max(POINT_SHARE, share(own))
    return [r for r in unlisted if share(r) >= bar]


def _closest_of(doc: DocWork, j: int, cands: list[Recommendation], embedder: PassageEmbedder,
                rec_vec) -> Recommendation:
    """Which of a point's recommendations paragraph j speaks of: the one with the most of the content words that
    only it has among them; when the words do not decide, the one closest in meaning (passage vectors;
    ``rec_vec(r)`` is a recommendation's)."""
    terms = content_stems(doc.units[j].text)
    own = [content_stems(r.text) for r in cands]
    counts = [len(terms & (t - set().union(*(o for k, o in enumerate(own) if k != n)))) for n, t in enumerate(own)]
    top = max(counts)
    tied = [n for n, c in enumerate(counts) if c == top]
    if len(tied) == 1:
        return cands[tied[0]]
    vec = doc.vectors([j], embedder)[0]
    recs = np.vstack([rec_vec(cands[n]) for n in tied])
    return cands[tied[int(np.argmax(recs @ vec))]]


def link_units(
    doc: DocWork,
    recs: list[Recommendation],
    responded: set[str],
    embedder: PassageEmbedder | None,
    rec_vecs: np.ndarray | None,
    rec_terms: list[set[str]] | None = None,
    rec_rows: tuple[np.ndarray, np.ndarray] | None = None,
) -> list[tuple[Recommendation, int, float]]:
    """(recommendation, index into doc.units, score) links. `responded` holds the report ids this document answers.
    `rec_rows`: (distinct vectors, each recommendation's row among them), when known: a document no passage of which
    can link (see `may_link`) is then not compared with every recommendation."""
    if not recs:
        return []
    units = doc.units
    by_report: dict[str, dict[int, Recommendation]] = {}
    for r in recs:
        by_report.setdefault(r.report_doc_id, {})[r.number] = r
    links: list[tuple[Recommendation, int, float]] = []
    rest: list[int] = []
    by_number: dict[int, list[Recommendation]] = {}  # number -> that recommendation of each answered report
    listed = _listed_in_audit_order(units, by_report, responded)
    for i, u in enumerate(units):
        if u.audit_page is not None:  # named by the audit's page: the recommendation at that place of that page
            targets = [on_page[u.number - 1] for rid in responded
                       for on_page in [sorted((r for r in by_report.get(rid, {}).values()
                                               if u.audit_page in (r.pages or [r.page])), key=lambda r: r.number)]
                       if 0 < u.number <= len(on_page)]
            if len(targets) == 1:
                links.append((targets[0], i, 1.0))
            continue
        if u.number is not None and u.number not in by_number:
            by_number[u.number] = [by_report[rid][u.number] for rid in responded if u.number in by_report.get(rid, {})]
        targets = by_number[u.number] if u.number is not None else []
        if len(targets) == 1:
            links.append((restated_instead(u.text, targets[0], by_report[targets[0].report_doc_id], u.restates), i, 1.0))
        elif i in listed:
            links.append((listed[i], i, LISTED_SCORE))
        else:
            rest.append(i)
    numbered_spans = {(u.doc_id, pg, q) for _, i, _ in links for u in [units[i]]
                      for pg, q in [(u.page, u.quote), *u.extra_quotes, *u.block]}
    rest = [i for i in rest if not _inside_linked(units[i], numbered_spans)
            and not (units[i].kind == "paragraph" and restates_only(units[i].text))]
    if not rest or embedder is None or rec_vecs is None:
        return links
    vecs = doc.vectors(rest, embedder)
    if rec_rows is not None and not may_link(vecs, *rec_rows):
        return links
    sims = vecs @ rec_vecs.T
    if rec_terms is None:
        rec_terms = [content_terms(r.text) for r in recs]
    floor = min(SIM_THRESHOLD, SIM_THRESHOLD_RESPONSE)
    # The rows that can link, found for all rows at once: the best score at least the lower threshold, and ahead of
    # the runner-up by MARGIN (compared in double precision, as below); the others would be skipped below.
    n = sims.shape[1]
    if n > 1:
        part = np.partition(sims, n - 2, axis=1)
        top, runner_up = part[:, n - 1].astype(np.float64), part[:, n - 2].astype(np.float64)
        open_rows = np.flatnonzero((top >= floor) & (top - runner_up >= MARGIN))
    else:
        open_rows = np.flatnonzero(sims[:, 0].astype(np.float64) >= floor)
    for row in open_rows.tolist():
        i = rest[row]
        order = np.argsort(-sims[row])
        best = int(order[0])
        second = float(sims[row][order[1]]) if len(order) > 1 else -1.0
        score = float(sims[row][best])
        response = recs[best].report_doc_id in responded
        threshold = SIM_THRESHOLD_RESPONSE if response else SIM_THRESHOLD
        min_overlap = OVERLAP_THRESHOLD_RESPONSE if response else OVERLAP_THRESHOLD
        if score < threshold or score - second < MARGIN:
            continue
        overlap = len(doc.terms(i) & rec_terms[best]) / max(1, len(rec_terms[best]))
        if overlap >= min_overlap:
            links.append((recs[best], i, score))
    return links


RESTATED_SHARE = 0.5  # share of a restatement's content terms a recommendation must hold to be the one restated
RESTATED_LEAD = 0.2  # ... and by how much more than the recommendation of the block's number


def restated_instead(text: str, numbered: Recommendation, recs: dict[int, Recommendation],
                     restates: str | None = None) -> Recommendation:
    """A block headed "Rekommendation N" speaks to the audit's N-th recommendation, unless the recommendation it
    restates ("Revisorerna rekommenderar att …") is clearly another one of the same audit: a response that leaves
    out recommendations not addressed to it numbers the rest anew, so its text, not its number, says which.
    ``restates``: the words the document's own key gives the block's label ("c) att säkerställa att …")."""
    sents = [restates] if restates else \
        [s for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split())) if restating(s)]
    terms = content_terms(" ".join(sents))
    if len(terms) < 3:
        return numbered

    def share(r: Recommendation) -> float:
        return len(terms & content_terms(r.text)) / len(terms)

    best = max(recs.values(), key=share)
    if best.id != numbered.id and share(best) >= RESTATED_SHARE and share(best) - share(numbered) >= RESTATED_LEAD:
        return best
    return numbered


def distinct_rows(vecs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(the distinct rows of `vecs`, bit for bit, in order of first appearance; each row's index among them)."""
    first: dict[bytes, int] = {}
    index = np.array([first.setdefault(row.tobytes(), len(first)) for row in vecs], dtype=np.int64)
    starts = np.unique(index, return_index=True)[1]
    return vecs[starts], index


def may_link(vecs: np.ndarray, distinct: np.ndarray, rows: np.ndarray) -> bool:
    """Can any passage (rows of `vecs`) link by similarity to the recommendations whose vectors are
    `distinct[rows]`? A link needs a best score of at least the lower threshold, ahead of the runner-up by MARGIN;
    a recommendation printed in several reports (copies) is its own runner-up. The scores are computed once per
    distinct vector here, in another shape than the product over every recommendation, so each may differ from that
    product's by the float32 rounding of a dot product (at most 2·n·u·|a|·|b| for n dimensions, u = 2^-24); the
    test allows twice that on each side. False: `link_units` would link nothing by similarity (exactly)."""
    if not len(vecs) or not len(rows):
        return False
    needed, cols = np.unique(rows, return_inverse=True)
    sims = (vecs @ distinct[needed].T).astype(np.float64)
    if not np.isfinite(sims).all():
        return True  # what the comparison does with a NaN is left to it
    n = vecs.shape[1]
    u = n * 2.0 ** -24
    norms = float(np.linalg.norm(vecs, axis=1).max()) * float(np.linalg.norm(distinct[needed], axis=1).max())
    slack = 4 * u / (1 - u) * norms + 1e-12
    top = sims.max(axis=1)
    if len(rows) == 1:
        return bool((top + slack >= min(SIM_THRESHOLD, SIM_THRESHOLD_RESPONSE)).any())
    copies = np.bincount(cols, minlength=len(needed))
    if len(needed) > 1:
        runner_up = np.partition(sims, len(needed) - 2, axis=1)[:, len(needed) - 2]
    else:
        runner_up = np.full(len(sims), -np.inf)
    runner_up = np.where(copies[sims.argmax(axis=1)] > 1, top, runner_up)
    floor = min(SIM_THRESHOLD, SIM_THRESHOLD_RESPONSE)
    return bool(((top + slack >= floor) & (top - runner_up + 2 * slack >= MARGIN)).any())


_LIST_ITEM = re.compile(r"^\s*(\d{1,2})[.)]\s+[A-ZÅÄÖ]")
LISTED_SCORE = 0.95  # below a link by "Rekommendation N" (1.0)


def _listed_in_audit_order(units, by_report: dict[str, dict[int, Recommendation]],
                           responded: set[str]) -> dict[int, Recommendation]:
    """A document answering one audit point by point in the audit's own numbering ("1. Kompetensutveckling …",
    "4. Registrering …"): its numbered paragraphs, rising from 1 and never past the audit's last recommendation,
    speak to the recommendations of those numbers. unit index -> recommendation."""
    if len(responded) != 1:
        return {}
    recs = by_report.get(next(iter(responded)), {})
    decision = load_lexicon().link.decision_words
    items = [(i, int(m.group(1))) for i, u in enumerate(units)
             if u.kind == "paragraph" and u.number is None and (m := _LIST_ITEM.match(u.quote))
             and not decision & set(re.findall(r"[a-zåäö]+", _context(u).lower()))]
    numbers = [n for _, n in items]
    if len(numbers) < 2 or numbers[0] != 1 or numbers != sorted(set(numbers)) or max(numbers) > max(recs, default=0):
        return {}
    return {i: recs[n] for i, n in items if n in recs}


def _context(u: EvidenceUnit) -> str:
    """The heading in force that a unit's text carries before its own words ("Beslut Nämnden beslutar:. 1. …")."""
    at = u.text.find(u.quote[:40])
    return u.text[:at] if at > 0 else ""


def restates_only(text: str) -> bool:
    """Every sentence restates a recommendation ("… bör …", "Revisorerna rekommenderar …"; the prose lexicon's
    restating sentences, prose.restating): not evidence of action."""
    sents = [s for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) > 3]
    return bool(sents) and all(restating(s) for s in sents)


def _inside_linked(u: EvidenceUnit, linked: set[tuple[str, int, str]]) -> bool:
    """A paragraph that lies inside an already number-linked block adds nothing."""
    return any(doc == u.doc_id and page == u.page and (u.quote in quote or quote in u.quote) for doc, page, quote in linked)
