"""Which committee a follow-up passage speaks of, for a recommendation addressed to several committees, and each
committee's own status.

Follow-ups judge each addressee separately: a table row per committee, a section under each committee's heading,
a committee's own response, or a verdict that names the committee as the one acting ("Higab har meddelat att …").
The reading is structural only — table cells, headings, the document's sender, the subject of a sentence — and
names are compared by their normalised form (line-break hyphens joined, case folded, a company's legal form and
seat dropped for its short name) and by rapidfuzz similarity, never against a list of known committees."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from ingest.models import Page, Table

from .addressees import organs_in
from .classify import STATUS_LABEL_WORDS, judge_prose, status_from_words, status_hits
from .gather import FOOTER_RE, abbreviations, expand
from .lexicon import dehyphenate, load_lexicon
from .models import EvidenceUnit, Judgement
from .segment import HEADING_REF_RE, is_short_heading
from .text import collapse, find_span, norm

NAME_SIMILARITY = 90  # rapidfuzz ratio above which two normalised names are the same committee (OCR, spelling)
SUBJECT_WORDS = 4  # a committee named among a sentence's first words is its subject: the one acting
_SENT_RE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”»]))\s+(?=[A-ZÅÄÖ0-9\"”])")  # also after a closing quote


def name_key(name: str) -> str:
    """"Idrotts- och förenings-\nnämnden." -> "idrotts- och föreningsnämnden"."""
    s = dehyphenate(norm(name))
    s = re.sub(r"[^\w\s-]", " ", s)
    return collapse(re.sub(r"(?<!\w)-|-(?!\s)", " ", s))


def short_name(key: str) -> str | None:
    """A company's short name: "familjebostäder i göteborg ab" -> "familjebostäder" (legal form, then seat)."""
    for form in sorted(load_lexicon().committee.company_forms, key=len, reverse=True):
        if key.endswith(" " + form):
            base = re.sub(r"\s+i\s+\S+$", "", key[: -len(form) - 1].strip())
            return base if len(base) >= 4 else None
    return None


def same_committee(a: str, b: str) -> bool:
    """Two written names of one committee (normalised equal, fuzzy-equal, or the same short name)."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb or fuzz.ratio(ka, kb) >= NAME_SIMILARITY:
        return True
    return (short_name(ka) or ka) == (short_name(kb) or kb)


@lru_cache(maxsize=512)
def _name_re(name: str) -> re.Pattern[str]:
    key = name_key(name)
    vocab = load_lexicon().committee
    forms = [k for k in dict.fromkeys([key, short_name(key)]) if k]
    # a committee of a district ("Socialnämnden Hisingen"): its district's name alone ("I Hisingen har …")
    words = name.split()
    if len(words) >= 2 and vocab.rx("committee_end_re").search(name_key(words[0])) \
            and all(w[:1].isupper() for w in words[1:]) and len(words[-1]) >= 4:
        forms.append(name_key(" ".join(words[1:])))
    alts = [r"\s+".join(re.escape(w) for w in k.split()) + r"s?" for k in forms]  # genitive "-s" allowed
    # a committee's administration: "grundskolenämnden" acts through "grundskoleförvaltningen"
    office = vocab.rx("committee_end_re").sub("", key)
    if office != key and office.split() and len(office.split()[-1]) >= 3:
        alts.append(r"\s+".join(re.escape(w) for w in office.split()) + f"(?:{vocab.administration_re})")
    elif len(key.split()) >= 2:  # the committee word inside the name, its administration in its place:
        # "nämnden för funktionsstöd" / "förvaltningen för funktionsstöd", "socialnämnden Hisingen" /
        # "socialförvaltningen Hisingen" (the words around it make the name, not the committee word alone)
        ws = key.split()
        at = next((k for k, w in enumerate(ws) if vocab.rx("committee_end_re").search(w)), None)
        if at is not None and at < len(ws) - 1:
            stem = vocab.rx("committee_end_re").sub("", ws[at])
            alts.append(r"\s+".join([re.escape(w) for w in ws[:at]]
                                     + [re.escape(stem) + f"(?:{vocab.administration_re})"]
                                     + [re.escape(w) for w in ws[at + 1:]]))
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w])")


def named(text: str, addressees: list[str], within: int | None = None) -> list[str]:
    """The addressees `text` names (within its first `within` words when given), in order of appearance."""
    key = name_key(text)
    hits: list[tuple[int, str]] = []
    for a in addressees:
        m = _name_re(a).search(key)
        if m and (within is None or len(key[:m.start()].split()) < within):
            hits.append((m.start(), a))
    return [a for _, a in sorted(hits)]


def collective(text: str) -> bool:
    """A collective subject ("Nämnderna …", "Båda nämnderna") that stands for every addressee."""
    words = name_key(text).split()
    rx = load_lexicon().rx("collective_re")
    return any(rx.match(" ".join(words[:n])) for n in (1, 2, 3))


def subject_of(sentence: str, addressees: list[str]) -> list[str]:
    """The addressees a sentence names as the one acting: among its first words, or a collective subject."""
    m = _APPOSITION_RE.match(sentence)
    if m:  # a subject with the committees it counts set off by dashes ("Tre av de fem nämnderna – A, B och C – har …")
        found = named(m.group("who"), addressees)
        if found:
            return found
    if collective(sentence):
        return list(addressees)
    found = _coordinated(sentence, addressees, named(sentence, addressees, SUBJECT_WORDS))
    if not found:  # the subject after a fronted phrase and the verb ("När det gäller X har A och B …")
        m = load_lexicon().committee.rx("fronted_re").match(sentence)
        if m:
            found = named(m.group("rest"), addressees, SUBJECT_WORDS)
    if not found:  # the agent of a passive ("Rekommendationen är omhändertagen av socialnämnden Nordost")
        m = load_lexicon().committee.rx("passive_agent_re").search(sentence)
        if m:
            found = named(m.group("who"), addressees, SUBJECT_WORDS)
    return found


def _coordinated(sentence: str, addressees: list[str], found: list[str]) -> list[str]:
    """The subject's committees with those coordinated after it ("Utbildningsnämnden, socialnämnden Hisingen och
    socialnämnden Nordost har …"): a name joined to the last one by a comma, "och" or "samt" alone is one more
    subject, however far into the sentence the list runs."""
    if not found:
        return found
    key = name_key(sentence)
    coordinator = load_lexicon().committee.rx("coordinator_re")
    spans = sorted((m.start(), m.end(), a) for a in addressees for m in [_name_re(a).search(key)] if m)
    out = list(found)
    end = max(e for s, e, a in spans if a in found)
    for s, e, a in spans:
        if s < end or a in out:
            continue
        if not coordinator.fullmatch(key[end:s]):
            break
        out.append(a)
        end = e
    return out


_APPOSITION_RE = re.compile(r"^(?:\S+\s+){1,%d}?[–—]\s+(?P<who>[^–—]{3,200}?)\s+[–—]\s" % (SUBJECT_WORDS + 3))


@dataclass
class Outline:
    """A follow-up document's structure as far as committees go: its lines (page, offset, line, whether the line
    is a heading of its own) and the texts that give its sender (the "Avsändare:" label, a "X:s yttrande" title,
    the signature after the last sentence)."""

    lines: list[tuple[int, int, str, bool]]
    senders: list[str]
    abbreviations: dict[str, str] = field(default_factory=dict)  # its key of organs' short forms ("GSN" -> …)


TITLE_CHARS = 300  # the title is read from the first page's opening characters
SIGNATURE_WORDS = 15  # a signature block (name, chair) after the document's last sentence is this short


LETTERHEAD_LINES = 4  # a committee's name heads its letter or protocol in the first lines
LETTERHEAD_WORDS = 6


_CELL_MARK = re.compile(r"[^\w\s.,:;()&/'’–-]")


def _letterhead(text: str) -> list[str]:
    """The committee whose name alone stands on one of the first lines ("Göteborgs Stad / Grundskolenämnden /
    PROTOKOLLSUTDRAG"): the document is its own (a compound or a word of the organ lexicon ends the name)."""
    organs = [o for o in load_lexicon().organ_words if len(o) >= 5]
    stop = load_lexicon().committee.letterhead_stop
    out: list[str] = []
    joint: list[str] = []  # the names of a joint letterhead run into one line ("… Socialnämnden Hisingen Socialnämnden
    for line in [ln.strip() for ln in text.split("\n") if ln.strip()][:LETTERHEAD_LINES]:  # Nordost")
        words = re.findall(r"[\wåäö-]+", line)
        if not words or line != line.rstrip(".:;,") or stop & {w.lower() for w in words} or _CELL_MARK.search(line):
            continue  # a sentence, "Granskning av kulturnämnden" (a title about the committee), or a table's row
            # ("Kulturnämnden | ● | –": marks that are no letters)
        if any(words[-1].lower().endswith(o) for o in organs):
            if len(words) <= LETTERHEAD_WORDS and not re.search(r"\d", line):
                out.append(line)
            elif words[-1][:1].isupper() and len(words[-1]) > 8:  # a letterhead run into one line: its last name
                out.append(words[-1])
            elif not re.search(r"\d", line) and len(organs_in(line)) == 1:  # the organisation's name run into the
                # one committee's ("Norrby kommun Miljö- och hälsoskyddsnämnden"): the tail from its last
                # capital, within a name's length
                tail = next((words[k:] for k in range(len(words) - 2, len(words) - LETTERHEAD_WORDS - 1, -1)
                             if k >= 0 and words[k][:1].isupper()), None)
                if tail:
                    out.append(" ".join(tail))
        if not re.search(r"\d", line):
            joint += organs_in(line)
    return out or joint


def outline(pages: list[Page], tables: list[Table] | None = None) -> Outline:
    """The document's lines and senders. `tables`: the document's typed tables; a last line that is a row of one of
    them on the last page ("Fritidsnämnden | Delvis åtgärdad | …") is no signature."""
    lines: list[tuple[int, int, str, bool]] = []
    for p in pages:
        pos = 0
        for line in p.text.split("\n"):
            s = line.strip()
            if s and not (FOOTER_RE.search(s) and len(s) < 160):
                lines.append((p.number, pos, s, ":" not in s and is_short_heading(s)))
            pos += len(line) + 1
    vocab = load_lexicon().committee
    senders: list[str] = []
    if pages:
        head = pages[0].text[:SENDER_CHARS]
        senders += [_sender_list(m.group("who")) for m in vocab.rx("sender_re").finditer(head)]
        m = vocab.rx("response_title_re").search(pages[0].text[:TITLE_CHARS])
        if m:
            senders.append(m.group("who") or m.group("who2") or "")
        senders += _letterhead(pages[0].text)
        tail = re.split(r"[.!?]\s", pages[-1].text.rstrip())[-1]
        if 0 < len(tail.split()) <= SIGNATURE_WORDS and not vocab.rx("distribution_re").search(tail) \
                and not _table_row(tail, tables or [], pages[-1].number):
            senders.append(tail)
    return Outline(lines=lines, senders=[collapse(s) for s in dict.fromkeys(senders) if s.strip()],
                   abbreviations=abbreviations(pages, load_lexicon()))


def _table_row(text: str, tables: list[Table], page_no: int) -> bool:
    """The text opens with a row of one of the tables on that page: its label and its first cell."""
    flat = collapse(text)
    for t in tables:
        for row in t.rows:
            if (row.page or t.page) != page_no or not row.label.strip():
                continue
            start = collapse(" ".join([row.label, *(c.raw for c in row.cells[:1])]))
            if flat.startswith(start) or start.startswith(flat):
                return True
    return False


def unit_position(unit: EvidenceUnit, pages_by_no: dict[int, Page]) -> tuple[int, int]:
    """(page, offset) of the unit's quote on its page (0 when it cannot be placed)."""
    page = pages_by_no.get(unit.page)
    span = find_span(page.text, " ".join(unit.quote.split()[:12])) if page else None
    return unit.page, span[0] if span else 0


_WORD_RE = re.compile(r"\S+")


def glued_heading(line: str, addressees: list[str]) -> str | None:
    """A heading the text extraction joined to its paragraph ("Kretslopp och vattennämnden Rekommendationen till
    …"): an addressee's name, or a few words without punctuation, followed by a capitalised word that starts a
    sentence (the next word in lower case)."""
    words = [m.group(0) for m in _WORD_RE.finditer(line)][:GLUED_WORDS + 2]
    cut = None
    for k in range(1, min(GLUED_WORDS, len(words) - 1) + 1):
        head, nxt = words[:k], words[k]
        after = words[k + 1] if k + 1 < len(words) else ""
        if re.search(r"[.,;:!?”\"]$", head[-1]):
            break
        if nxt[:1].isupper() and not any(ch.isdigit() for ch in nxt) and (after[:1].islower() or not after):  # (a word: "R5" is a label)
            cand = " ".join(head)
            if any(name_key(a).startswith(name_key(f"{cand} {nxt}")) for a in addressees):
                continue  # "Socialnämnden Hisingen berörs …", "Bolaget i Staden AB har …": a name that goes on
            if any(same_committee(cand, a) for a in addressees):
                return cand
            if cut is None and len(head) <= GENERIC_HEADING_WORDS and all(not w[:1].isupper() for w in head[1:]) \
                    and head[0].lower() not in load_lexicon().committee.letterhead_stop:
                cut = cand  # (not a sentence's opening phrase: "I socialnämnden Nordost deltar …")
    return cut


GLUED_WORDS = 8  # a heading joined to its paragraph is at most this long (a committee's full name)
GENERIC_HEADING_WORDS = 4  # … and, when it names no addressee, this long with only its first word capitalised
SENDER_CHARS = 600  # the sender label is read from the first page's opening characters


NUMBERED_HEADING_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+\S")


def heading_of(unit: EvidenceUnit, out: Outline, pages_by_no: dict[int, Page], addressees: list[str],
               past_topics: bool = False) -> str | None:
    """The nearest heading above the unit: a heading line of its own, or one joined to the start of its paragraph
    (which may be the unit's own first line). A "Rekommendation N" heading is passed over (it sits inside a
    committee's section); so is an unnumbered heading naming no committee ("Uppföljning av granskningen av …")
    under a numbered chapter that names one ("5.1 Grundskolenämnden"). ``past_topics`` (looking for the committee
    a passage speaks of): a heading naming a recommendation by its subject ("Rekommendationen om …") is passed over
    too."""
    at = unit_position(unit, pages_by_no)
    nearest: str | None = None
    for page, off, line, own in reversed(out.lines):
        if (page, off) > at:
            continue
        if own and (page, off) < at:
            if HEADING_REF_RE.match(line):
                continue
            found = line
        else:
            found = glued_heading(line, addressees)
            if not found or HEADING_REF_RE.match(found):
                continue
        if past_topics and load_lexicon().committee.rx("rec_heading_re").match(found) \
                and not named(found, addressees, SUBJECT_WORDS):
            continue  # "Rekommendationen om …": a recommendation's heading within a committee's section
        numbered = bool(NUMBERED_HEADING_RE.match(found))
        if nearest is not None and not numbered:
            continue  # an unnumbered heading above the nearest one is no chapter of it
        if named(found, addressees, SUBJECT_WORDS) or collective(found):
            return found
        if nearest is None:
            nearest = found
        if numbered:  # the chapter ends the walk up; it names no committee
            return nearest
    return nearest


def _row_committees(unit: EvidenceUnit, addressees: list[str], abbrev: dict[str, str] | None = None) -> list[str]:
    """The committees a table row's own cell names ("| Nämnden för funktionsstöd |", "| Båda nämnderna |"), also by
    the short form the document's key gives ("| GSN |" with "GSN = grundskolenämnden").
    A cell that labels the row by the recommendation's title and then the committee after a dash ("4. Registrering
    i systemet – socialnämnden Väster") names that committee."""
    found: list[str] = []
    for cell in unit.text.split(" | "):
        cell = expand(cell.strip(), abbrev or {})
        tail = _DASH_TAIL_RE.search(cell)
        for part in [cell, tail.group(1).strip()] if tail else [cell]:
            if not part or len(part.split()) > 8:
                continue
            if collective(part) and len(part.split()) <= 3:
                return list(addressees)
            found += [a for a in addressees if same_committee(part, a) and a not in found]
    return found


_DASH_TAIL_RE = re.compile(r"\s[–—-]\s+([^–—]+)$")  # a cell's last part after a spaced dash


_RESTATED_RE = re.compile(r"^\s*(?:[\"”“»]|(?:rekommendation|rek\.?)\s*(?:nr\.?\s*)?\d{1,2}\s*[:.–-]?\s*[\"”“»])", re.I)


def sentences(text: str) -> list[str]:
    """A passage's sentences (a sentence also ends after a closing quotation mark, and at a running page footer's
    page number, "… 4 (5) Samlad bedömning …", where a block runs on over a page break), whitespace collapsed."""
    return [part for s in _SENT_RE.split(collapse(text)) for part in _at_page_numbers(s) if part]


_PAGE_NO_RE = re.compile(r"\s\d{1,3}\s?\(\d{1,3}\)(?=\s+[A-ZÅÄÖ])")  # a running footer's "4 (5)" before a capital


def _at_page_numbers(sentence: str) -> list[str]:
    cuts = [m.end() for m in _PAGE_NO_RE.finditer(sentence)]
    return [sentence[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(sentence)])]


def by_subject(text: str, addressees: list[str]) -> dict[str, list[str]]:
    """A passage that judges committees in turn ("A har … . B har påbörjat …"): committee -> its sentences (a
    sentence without a named subject continues the last named one). Empty unless two or more committees act."""
    own: dict[str, list[str]] = {}
    shared: dict[str, list[str]] = {}  # sentences of a collective subject ("Nämnderna har kommit olika långt")
    current: list[str] = []
    together = False
    for sent in sentences(text):
        if _RESTATED_RE.match(sent):
            continue  # the recommendation quoted under its number ("Rekommendation 2 "A och B rekommenderas …"") acts not
        subj = subject_of(aside := _without_listed(sent, addressees), addressees)
        m = _APPOSITION_RE.match(sent)
        if m and subj and named(m.group("who"), addressees):  # the committees counted act each ("Tre av de fem
            sent = m.group("who") + " " + sent[m.end():]  # nämnderna – A, B och C – har …": A, B and C have)
        if not subj and not current and len(mentioned := named(aside, addressees)) == 1:
            subj = mentioned  # the passage's first sentence names one committee, not as its subject ("Ett nytt mått
            # i kulturnämndens rapportering tas fram under våren"): what it says is of that committee
        if subj:
            current, together = subj, collective(sent)
        elif current and load_lexicon().committee.rx("summing_up_re").match(sent):
            current, together = list(addressees), True  # a sum of what was said of them all
        for c in current:
            (shared if together else own).setdefault(c, []).append(sent)
    # a committee's own sentences speak for it; what is said of all of them only where nothing is said of it alone
    out = {c: own.get(c) or shared[c] for c in dict.fromkeys([*own, *shared])}
    return out if len(out) >= 2 else {}


_BRACKET_RE = re.compile(r"\([^()]{3,300}\)")


def _without_listed(sentence: str, addressees: list[str]) -> str:
    """The sentence without the lists of committees it gives in brackets ("Rekommendation 2 – X (förskolenämnden,
    grundskolenämnden) Förskolenämnden: …": whom a recommendation was given to, an aside): a list names no one acting."""
    return _BRACKET_RE.sub(lambda m: " " if len(named(m.group(0), addressees)) >= 2 else m.group(0), sentence)


# A status line or sentence: its label, optionally the committees it is for ("Bedömning socialnämnden Nordost:"), its
# value up to the sentence's end. It opens the passage, follows a sentence's end, or starts with a capital after a
# heading run into the passage ("Rekommendation 2 – rapportering Bedömning: …").
_LABEL_LINE_RE = re.compile(r"(?:^|(?<=[.!?:])\s+|\s+(?=[A-ZÅÄÖ]))(?i:" + STATUS_LABEL_WORDS + r")"
                            r"(?:\s+(?P<who>[^:.\n]{3,80}?))?\s*:\s*(?P<v>.+?)(?:\.(?=\s|$)|$)")


def labelled_turns(text: str, addressees: list[str]) -> dict[str, Judgement]:
    """Each committee's status from a passage's status lines that name the committees they are for: "Bedömning:
    omhändertagen (förskolenämnden).", "Bedömning socialnämnden Nordost: delvis omhändertagen.", "Bedömning: inte
    omhändertagen för A, delvis omhändertagen för B och C samt omhändertagen för D." (each status word goes to the
    committees named after it, up to the next one), "… för båda nämnderna" (every addressee). Empty when no line
    names a committee."""
    out: dict[str, Judgement] = {}
    for m in _LABEL_LINE_RE.finditer(collapse(text)):
        value = norm(m.group("v"))
        hits = status_hits(value)
        if not hits:
            continue
        label_for = named(m.group("who") or "", addressees)
        for i, (h, status) in enumerate(hits):
            end = hits[i + 1][0].start() if i + 1 < len(hits) else len(value)
            tail = value[h.end():end]
            who = label_for if label_for and len(hits) == 1 else named(tail, addressees)
            rest = re.sub(r"^\W*(?:för|hos|i)\s+", "", tail).strip(" .,()")
            if not who and collective(load_lexicon().rx("each_of_re").sub("", rest)):
                who = list(addressees)
            for c in who:
                out.setdefault(c, Judgement(status=status, reason=f"statusangivelse: {h.group(1)}",  # type: ignore[arg-type]
                                            sentence=m.group(0).strip()))
    return out


SENDER_PART_WORDS = 4  # a part of a list of senders ("socialnämnden Hisingen") is at most this long


def _sender_list(who: str) -> str:
    """The senders a sender line gives: a list of organs ("Förskolenämnden, grundskolenämnden och socialnämnden
    Nordost") whole, else its first part ("Revisionskontoret, genom revisorerna för X AB" is
    Revisionskontoret's)."""
    from .gather import names_organ

    parts = [x for x in re.split(r",\s*|\s+(?:och|samt)\s+", collapse(who)) if x.strip()]
    lex = load_lexicon()
    if len(parts) > 1 and all(len(x.split()) <= SENDER_PART_WORDS and names_organ(x, lex) for x in parts):
        return who
    return re.split(r"[,;]", who)[0]


def speaks_for(unit: EvidenceUnit, judgement: Judgement, addressees: list[str], out: Outline,
               pages_by_no: dict[int, Page]) -> tuple[list[str], dict[str, Judgement]]:
    """(the addressees the passage speaks of, each committee's own judgement when the passage judges several in
    turn). Table cell, then heading, then the sentence's subject, then the document's sender; ([], {}) when it
    speaks of the recommendation as a whole. In a response of some of the addressees, a passage that speaks of them
    and others alike ("Nämnderna har …") speaks for its senders."""
    sent = [a for a in addressees if any(same_committee(s, a) or named(s, [a]) for s in out.senders)]
    who, own = _speaks_for(unit, judgement, addressees, out, pages_by_no, sent)
    if sent and set(who) & set(sent) and set(who) - set(sent):
        return [c for c in who if c in sent], {c: j for c, j in own.items() if c in sent}
    return who, own


def _speaks_for(unit: EvidenceUnit, judgement: Judgement, addressees: list[str], out: Outline,
                pages_by_no: dict[int, Page], sent: list[str]) -> tuple[list[str], dict[str, Judgement]]:
    if unit.column_statuses:  # a status matrix's row: each committee's own column
        from .matrix import cell_status, column_committee

        own: dict[str, Judgement] = {}
        for header, words in unit.column_statuses:
            c, st = column_committee(header, addressees), cell_status(words, {})
            if c and st and c not in own:
                own[c] = Judgement(status=st, reason=f"statusangivelse: {words}", sentence=unit.quote)  # type: ignore[arg-type]
        if own:
            return list(own), own
    labelled = labelled_turns(unit.text, addressees)  # status lines that say which committees they are for
    if labelled:
        return list(labelled), labelled
    if unit.kind == "table_row":
        # a row whose answer is prose that judges the committees in turn ("Rekommendation | Nämndens svar | Tidplan")
        answer = [c for c in unit.text.split(" | ")[1:] if len(c.split()) > ROW_PROSE_WORDS]  # (not the first: the
        turns = by_subject(" ".join(answer), addressees) if answer else {}  # recommendation or its label)
        if turns:
            own = _turns_judged(turns, judgement)
            return list(turns), {c: j for c, j in own.items() if j.sentence}
        acting = [c for cell in answer for c in subject_of(_SENT_RE.split(collapse(cell))[0], addressees)]
        if acting:  # the answer's subject: the one committee (or its administration) acting
            return list(dict.fromkeys(acting)), {}
        row = _row_committees(unit, addressees, out.abbreviations)
        if row:
            return row, {}
    if unit.kind == "numbered":  # a recommendation's own block that judges its committees in turn ("Förskolenämnden:
        turns = by_subject(unit.text, addressees)  # … Grundskolenämnden: …") speaks for each, whatever heading is above
        if turns:
            own = _turns_judged(turns, judgement)
            return list(turns), {c: j for c, j in own.items() if j.sentence}
    head = heading_of(unit, out, pages_by_no, addressees, past_topics=True)
    if head:
        under = addressees if collective(head) else named(head, addressees, SUBJECT_WORDS)
        if under:
            return under, {}
    if unit.kind != "table_row":
        turns = by_subject(unit.text, addressees)
        if turns:
            own = _turns_judged(turns, judgement)
            return list(turns), {c: j for c, j in own.items() if j.sentence}
    if judgement.sentence and load_lexicon().committee.rx("for_all_re").search(norm(judgement.sentence)):
        return list(addressees), {}  # "… är genomförd för båda nämnderna"
    for sentence in [judgement.sentence, unit.text]:
        subj = subject_of(_SENT_RE.split(collapse(sentence))[0], addressees) if sentence else []
        if subj:
            return subj, {}
    if sent:  # a committee's (or a joint) response speaks for its senders, not for the audit's other addressees
        return sent, {}
    return _part_organ(unit, addressees, pages_by_no), {}


ROW_PROSE_WORDS = 12  # a table cell longer than this is an answer in prose, read as a passage


def _turns_judged(turns: dict[str, list[str]], judgement: Judgement) -> dict[str, Judgement]:
    """Each committee's own sentences judged; but a passage that says it cannot tell yet (an uncertainty frame: "ingår
    inte i årets uppföljning") tells no committee's state, whatever its sentences on each say."""
    from .classify import uncertain

    if judgement.status == "oklart" and judgement.sentence and uncertain(judgement.sentence):
        return {c: judgement for c in turns}
    return {c: _marked(c, s) or judge_prose(" ".join(s)) for c, s in turns.items()}


HEADER_WORDS = 4  # a status table's header read into its first row ("Nämnd Färg Kommentar") has at most these words
MARK_WORDS = 3  # a status grade run in after a committee's name ("Utbildningsnämnden: Ej påbörjad.") is this short
_RUN_IN_GRADE_RE = re.compile(r"^\s*[:–—-]\s*(?P<grade>[^.,;:]+?)\s*(?:[.;,]|$)")


def _marked(committee: str, sents: list[str]) -> Judgement | None:
    """A committee's turn that opens with its name and a status mark (a table's row read into the text: "Kultur-
    nämnden Grön 100 % …"; lexicon [status] symbols), or with its name, a colon and a short grade that ends at the
    sentence's end ("Grundskolenämnden: Påbörjad. Checklistan används, men …"): the mark or grade, whatever the
    words after it say."""
    if not sents:
        return None
    first = collapse(sents[0])
    if norm(first).startswith(norm(committee)):
        after = first[len(committee):]
    else:  # a table's header read into its first row ("Nämnd Färg Kommentar Förskolenämnden Grön …"): a few
        # capitalised words before the name (after the heading above the table, when it is run in too); the name
        # perhaps in its short form ("SN Hisingen Ej åtgärdad …" for "Socialnämnden Hisingen")
        words = _BRACKET_RE.sub(" ", first).split()  # (not in a bracket: whom the heading's recommendation was for)
        at = _name_words(words, committee)
        if at is None:
            return None
        start, end = at
        head = words[:start]
        header = list(itertools.takewhile(lambda w: bool(re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]+", w)), reversed(head)))
        if head and not (len(header) == len(head) <= HEADER_WORDS or 2 <= len(header) <= HEADER_WORDS):
            return None
        after = " " + " ".join(words[end:])
    rest = after.split()
    mark = rest[0].strip(".,:;|") if rest else ""
    status = load_lexicon().status_symbols.get(mark.lower()) if mark else None
    if not status:
        grade = _RUN_IN_GRADE_RE.match(after)
        if grade and len(grade.group("grade").split()) <= MARK_WORDS:
            status, mark = status_from_words(grade.group("grade")), grade.group("grade")
        else:  # a status column's grade, the comment column's capitalised text right after it ("Delvis åtgärdad
            # Utbildning har genomförts …")
            for k in range(min(MARK_WORDS, len(rest) - 1), 0, -1):
                if rest[k][:1].isupper() and not re.search(r"[.,:;]$", rest[k - 1]) \
                        and (st := status_from_words(" ".join(rest[:k]))):
                    status, mark = st, " ".join(rest[:k])
                    break
        if not status:
            return None
    return Judgement(status=status, reason=f"statusangivelse: {mark}", sentence=first)  # type: ignore[arg-type]


def _name_words(words: list[str], committee: str) -> tuple[int, int] | None:
    """(first, end) word of the committee's name in a sentence's words, in any written form (_name_re: its full
    name, a district's name, its administration), an abbreviation of the committee word right before a short form
    included ("SN Hisingen"); None when the sentence does not name it."""
    keys = [name_key(w) for w in words]
    key, starts, pos = "", [], 0
    for k in keys:
        starts.append(pos)
        key += k + " "
        pos = len(key)
    m = _name_re(committee).search(key.rstrip())
    if not m:
        return None
    first = max(i for i, p in enumerate(starts) if p <= m.start())
    end = next((i for i, p in enumerate(starts) if p >= m.end()), len(words))
    if first > 0 and re.fullmatch(r"[A-ZÅÄÖ]{2,4}", words[first - 1]):
        first -= 1
    return first, end


def _part_organ(unit: EvidenceUnit, addressees: list[str], pages_by_no: dict[int, Page]) -> list[str]:
    """A passage that speaks of "nämnden"/"styrelsen" (the one organ of its part of the document) inside a part about
    one organ - the running footer or the part's title ("Granskning av grundskolenämnden"), as an audit's pages are
    read (extract.page_organ) - speaks of that organ when it is an addressee."""
    from .extract import page_organ

    singular = load_lexicon().rx("singular_re")
    if not any(singular.match(w) for w in re.findall(r"[\wåäö]+", norm(unit.text))):
        return []
    organ = page_organ(sorted(pages_by_no.values(), key=lambda p: p.number), unit.page)
    hit = [a for a in addressees if organ and same_committee(organ, a)]
    return hit if len(hit) == 1 else []


def combine(statuses: list[str]) -> str:
    """The recommendation as a whole from its committees' statuses: all done -> done, all not done -> not done,
    any other mix -> partly; committees nothing speaks of do not count; none known -> oklart."""
    known = [s for s in statuses if s != "oklart"]
    if not known:
        return "oklart"
    if all(s == "atgardad" for s in known):
        return "atgardad"
    if all(s == "ej_atgardad" for s in known):
        return "ej_atgardad"
    return "delvis"


_DID = {"atgardad": "har åtgärdat den", "delvis": "har delvis åtgärdat den", "ej_atgardad": "har inte åtgärdat den"}
_WHOLE = {"atgardad": "Åtgärdad", "delvis": "Delvis åtgärdad", "ej_atgardad": "Inte åtgärdad", "oklart": "Oklart"}


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " och " + parts[-1]


def whole_reason(pairs: list[tuple[str, str]]) -> str:
    """"Delvis åtgärdad sammantaget: Stadsfastighetsnämnden har åtgärdat den, Higab AB har inte åtgärdat den;
    för Familjebostäder i Göteborg AB säger uppföljningen inget." over (committee, status) pairs."""
    status = combine([s for _, s in pairs])
    did = [f"{c} {_DID[s]}" for c, s in pairs if s != "oklart"]
    unknown = [c for c, s in pairs if s == "oklart"]
    text = f"{_WHOLE[status]} sammantaget"
    text += (": " + _join(did)) if did else ""
    if unknown:
        text += ("; för " if did else ": för ") + _join(unknown) + " säger uppföljningen inget"
    return text + "."
