"""Cut a follow-up document into evidence units: blocks under "Rekommendation N" headings, in-prose number
references, table rows, and paragraphs. Every unit carries a quote that is an exact span of its page text."""

from __future__ import annotations

import re

from ingest.models import Page, Table
from ingest.text import YEAR_RE

from .classify import LEXICON, status_from_words
from .models import EvidenceUnit
from .text import collapse, find_span, is_heading, norm

_NUM = r"(\d{1,2})"
_QUOTE_MARKS = ("\"", "”", "“", "»", "„")
REF_WORD = r"(?:rekommendation(?:erna|en)?|rek\.?|rekommendationspunkt(?:en)?|punkt(?:erna|en)?)"
HEADING_REF_RE = re.compile(
    r"^\s*(?:[•▪\-–]\s*)?(?:svar\s+på\s+|angående\s+|ang\.\s+)?" + REF_WORD + r"\s*(?:nr\.?\s*)?" + _NUM
    + r"(?P<more>(?:\s*(?:,|och|samt|&|-|–)\s*\d{1,2}\b)*)\b"
    # a bracketed qualifier before the heading's colon or dash ("Rekommendation 4 (endast grundskolenämnden): …")
    + r"(?:\s*\([^()\n]{1,60}\)(?=\s*[:–-]))?\s*[:.)\-–]?",
    re.I,
)
INLINE_REF_RE = re.compile(
    r"(?<![\wåäö])" + REF_WORD + r"\s*(?:nr\.?\s*)?(?P<nums>\d{1,2}(?:\s*(?:,|och|samt|&|-|–)\s*\d{1,2})*)(?!\d|\.\d)", re.I
)
ANSWER_START_RE = re.compile(r"[\wåäöÅÄÖ]*s\s+svar\s*:|\bsvar\s*:|\bkommentar\s*:|\bvidtagna åtgärder\s*:", re.I)
CLOSING_RE = re.compile(r"^\s*(för\s+(regionstyrelsen|nämnden|styrelsen)|med\s+vänlig\s+hälsning|\w+\s+den\s+\d{1,2}\s+\w+\s+\d{4}$)", re.I)
STATUS_COL_RE = re.compile(r"status|bedömning|läge|genomförd|åtgärdad", re.I)
REC_COL_RE = re.compile(r"rekommendation|^nr$|^nr\.|punkt|^rek", re.I)


# A key that gives the recommendations short labels in order ("R1  Kompetensutveckling …", "R2  Åtgärder …", one per
# line, or run together on one line by the text extraction): the label's letters then refer to them in the prose
# ("När det gäller R4 …", "(R3)").
_LABEL = r"[A-ZÅÄÖ][a-zåäö]{0,3}\.?"  # a recommendation's short label before its number ("R", "Rek.")
_LABEL_RE = re.compile(r"(?<![\wåäö])(?P<label>" + _LABEL + r")\s?(?P<n>\d{1,2})(?![\d,])(?=[:.)]?\s+\S)")


def defined_labels(flat: str) -> tuple[list[str], list[tuple[int, int]]]:
    """The labels a key defines, and the key's spans (they restate recommendations and are never evidence). A key is
    a line holding label 1, 2, 3 … in order, or consecutive lines starting with label 1, 2, …"""
    out: dict[str, None] = {}
    spans: list[tuple[int, int]] = []
    starts: dict[str, list[tuple[int, int, int]]] = {}
    pos = 0
    for line in flat.split("\n"):
        seen: dict[str, list[int]] = {}
        last: dict[str, int] = {}
        for m in _LABEL_RE.finditer(line):
            label = m.group("label")
            if label in last and not _key_gap(line[last[label]:m.start()]):
                seen[label] = [-1]  # prose that names several labels, not a key
            seen.setdefault(label, []).append(int(m.group("n")))
            last[label] = m.end()
            if m.start() == len(line) - len(line.lstrip()):
                starts.setdefault(m.group("label"), []).append((int(m.group("n")), pos, pos + len(line)))
        for label, ns in seen.items():
            if len(ns) >= 3 and ns == list(range(1, len(ns) + 1)) and _label_word(label):
                out[label] = None
                spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    for label, lines in starts.items():
        run = [x for k, x in enumerate(lines) if x[0] == k + 1]
        if len(run) >= 2 and _label_word(label):
            out[label] = None
            spans.extend((a, b) for _, a, b in run)
    return list(out), spans


def _key_gap(text: str) -> bool:
    """The text between two entries of a key: a short title, no sentence ending in it."""
    return len(text.split()) <= 15 and not re.search(r"[.!?;]\s", text)


def _label_word(label: str) -> bool:
    from .lexicon import load_lexicon

    return label.rstrip(".").lower() not in load_lexicon().not_labels


def _label_ref_re(labels: list[str]) -> re.Pattern[str] | None:
    if not labels:
        return None
    alt = "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True))
    one = rf"(?:{alt})\s?\d{{1,2}}"
    return re.compile(rf"(?<![\wåäö])(?P<nums>{one}(?:\s*(?:,|och|samt|&|-|–)\s*(?:{one}|\d{{1,2}}))*)(?![\d\wåäö])")


def _numbers(spec: str) -> list[int]:
    out: list[int] = []
    spec = re.sub(r"([-–])\s*[A-ZÅÄÖ][a-zåäö]{0,3}\.?\s?(?=\d)", r"\1", spec)  # "R1–R3": a label's range
    for a, b in re.findall(r"(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?", spec):
        lo, hi = int(a), int(b) if b else int(a)
        out.extend(range(lo, min(hi, lo + 20) + 1))
    return out


def _flat(pages: list[Page]) -> tuple[str, list[tuple[int, int, Page]]]:
    """All page texts joined by newlines with their offsets."""
    parts, offs, pos = [], [], 0
    for p in pages:
        parts.append(p.text)
        offs.append((pos, pos + len(p.text), p))
        pos += len(p.text) + 1
    return "\n".join(parts), offs


def _unit_from_range(doc_id: str, flat: str, offs, a: int, b: int, kind: str, number: int | None) -> EvidenceUnit | None:
    """A unit covering flat[a:b]; its quote is the (trimmed) part on the first page, continuations as extra quotes."""
    quotes: list[tuple[int, str]] = []
    for lo, hi, page in offs:
        s, e = max(a, lo), min(b, hi)
        if s < e:
            q = flat[s:e].strip()
            if q:
                quotes.append((page.number, q))
    if not quotes:
        return None
    text = collapse(flat[a:b])
    return EvidenceUnit(doc_id=doc_id, page=quotes[0][0], quote=quotes[0][1], text=text, kind=kind,  # type: ignore[arg-type]
                        number=number, extra_quotes=quotes[1:])


# A key that letters the recommendations itself ("a) att säkerställa att …", "b) att förtydliga …", in order), and a
# heading that names recommendations by those letters ("Rekommendation a och c").
LETTER_HEADING_RE = re.compile(r"^\s*" + REF_WORD + r"\s+(?P<letters>[a-h](?:\s*(?:,|och|samt|&)\s*[a-h])*)"
                               r"(?:\s*[:.]?\s*$|\s*[:.]?\s+(?=(?-i:[A-ZÅÄÖ])))", re.I)  # (its paragraph perhaps joined to it)
LETTER_KEY_MIN = 3  # entries a), b), c) … at least, for a key
LETTER_ENTRY_CHARS = 400  # a key's entry restates one recommendation: longer, it is a passage of its own
_LETTER_MARK_RE = re.compile(r"(?<![\wåäö(])(?P<letter>[a-h])\)\s+(?=\S)")


def _opens_line(flat: str, at: int) -> bool:
    """Nothing but blanks between the line's start (or a colon that leads in to it) and ``at``."""
    j = at - 1
    while j >= 0 and flat[j] in " \t":
        j -= 1
    return j < 0 or flat[j] in "\n:"


def letter_key(flat: str) -> dict[str, str]:
    """The recommendations a document letters itself, "a) …", "b) …", … in order from a line that starts with "a)",
    on lines of their own, wrapped, or run together into one line by the text extraction (letter -> its words)."""
    marks = list(_LETTER_MARK_RE.finditer(flat))
    best: dict[str, str] = {}
    for i, m in enumerate(marks):
        if m.group("letter") != "a" or not _opens_line(flat, m.start()):
            continue
        key: dict[str, str] = {}
        for k in range(i, len(marks)):
            mk = marks[k]
            if ord(mk.group("letter")) - ord("a") != len(key):
                break
            nxt = marks[k + 1].start() if k + 1 < len(marks) else len(flat)
            line_end = flat.find("\n", mk.end())
            last = k + 1 == len(marks) or ord(marks[k + 1].group("letter")) - ord("a") != len(key) + 1
            end = (line_end if line_end >= 0 else len(flat)) if last else nxt
            if end - mk.end() > 2 * LETTER_ENTRY_CHARS:
                break
            text = collapse(flat[mk.end():end])
            if not 10 < len(text) <= LETTER_ENTRY_CHARS:
                break
            key[mk.group("letter")] = text
        if len(key) > len(best):
            best = key
    return best if len(best) >= LETTER_KEY_MIN else {}


def _letter_blocks(doc_id: str, flat: str, offs, key: dict[str, str]) -> list[EvidenceUnit]:
    """Blocks under headings that name recommendations by the document's own letters: one unit per letter, its
    heading's number its place in the key, and the key's words as what it restates (link.restated_instead)."""
    heads: list[tuple[int, int, list[str]]] = []
    pos = 0
    for line in flat.split("\n"):
        m = LETTER_HEADING_RE.match(line)
        if m:
            letters = [x for x in re.findall(r"\b[a-h]\b", m.group("letters").lower()) if x in key]
            if letters:
                heads.append((pos, pos + len(line), letters))
        pos += len(line) + 1
    units: list[EvidenceUnit] = []
    for i, (start, body, letters) in enumerate(heads):
        end = _cut_block(flat, body, heads[i + 1][0] if i + 1 < len(heads) else len(flat))
        u = _unit_from_range(doc_id, flat, offs, start, end, "numbered", None)
        if u:
            units.extend(u.model_copy(update={"number": ord(x) - ord("a") + 1, "restates": key[x]}) for x in letters)
    return units


def numbered_units(doc_id: str, pages: list[Page]) -> list[EvidenceUnit]:
    """Blocks under "Rekommendation N"-style headings, under headings that name them by the document's own letters,
    and in-prose references ("… rekommendation 3 …")."""
    flat, offs = _flat(pages)
    heads: list[tuple[int, int, int]] = []  # (line start, answer start, number)
    at_page: dict[int, int] = {}  # line start -> the audit page its heading names the recommendation by
    titled: set[int] = set()  # line starts of section headings that name their recommendation after the subject
    pos = 0
    for line in flat.split("\n"):
        place = _page_ref(line)
        if place is not None and len(line.strip()) <= PAGE_REF_HEADING_CHARS:
            at_page[pos] = place[0]
            heads.append((pos, pos + len(line), place[1], [place[1]]))
            pos += len(line) + 1
            continue
        m = HEADING_REF_RE.match(line)
        ref = None if m else _titled_ref(line)
        if ref is not None:  # a section heading that names its recommendation ("3.4 Registrering (rekommendation 4)")
            heads.append((pos, pos + len(line), _numbers(ref.group("nums"))[0], _numbers(ref.group("nums"))))
            titled.add(pos)
            pos += len(line) + 1
            continue
        # a short line, a number closed by punctuation ("Rekommendation 3: …"), or a number followed by the
        # recommendation in quotation marks (the extraction joins the heading to the quote under it)
        if m and (len(line.strip()) <= 60 or line[m.end():m.end() + 1] in ("", " ") and m.group(0).rstrip()[-1:] in ":.)-–"
                  or line[m.end():].lstrip()[:1] in _QUOTE_MARKS):
            heads.append((pos, pos + m.end(), int(m.group(1)), _numbers(m.group(1) + m.group("more"))))
        pos += len(line) + 1
    units: list[EvidenceUnit] = []
    for i, (start, body, n, together) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(flat)
        end = _cut_block(flat, body, end, titled=start in titled)
        u = _unit_from_range(doc_id, flat, offs, start, end, "numbered", n)
        if u:
            m = ANSWER_START_RE.search(flat, body, end)
            if m and m.start() < end:  # quote the answer, judge the whole block
                q = _unit_from_range(doc_id, flat, offs, m.start(), end, "numbered", n)
                if q:
                    u = u.model_copy(update={"page": q.page, "quote": q.quote, "extra_quotes": q.extra_quotes,
                                             "block": [(u.page, u.quote), *u.extra_quotes]})
            # a heading line that ends in a status cell is a status list's row ("Rek. 7 Trendanalyser … Genomfört")
            line_end = flat.find("\n", start)
            tail = tail_status(flat[start:line_end if line_end >= 0 else len(flat)])
            if tail:
                u = u.model_copy(update={"explicit_status": tail})
            if start in at_page:
                u = u.model_copy(update={"audit_page": at_page[start]})
            # a block answering several recommendations together ("Rekommendation 1 och 2: …") speaks to each
            units.extend(u.model_copy(update={"number": k}) for k in dict.fromkeys(together or [n]))
    key_letters = letter_key(flat)
    if key_letters:
        units.extend(_letter_blocks(doc_id, flat, offs, key_letters))
    covered = [(s, _cut_block(flat, b, heads[i + 1][0] if i + 1 < len(heads) else len(flat), titled=s in titled))
               for i, (s, b, _, _) in enumerate(heads)]
    labels, key = defined_labels(flat)
    label_re = _label_ref_re(labels)
    found = [*INLINE_REF_RE.finditer(flat), *(label_re.finditer(flat) if label_re else ())]
    refs = sorted((m for m in found if not any(s <= m.start() < e for s, e in [*covered, *key])), key=lambda m: m.start())
    for k, m in enumerate(refs):
        a = max(flat.rfind("\n", 0, m.start()) + 1, _sentence_start(flat, m.start()))
        lead = flat[a:m.start()]
        closing = re.match(r"\s*\)?\s*[.;]", flat[m.end():m.end() + 4])  # "… i samtliga förskolor (R3)."
        shared = k > 0 and refs[k - 1].end() > a  # another reference earlier in the same sentence
        if not closing and (shared or re.search(r"\d{4}-\d\d-\d\d|:", lead)):
            a = m.start()
        e = flat.find("\n", m.end())
        e = len(flat) if e < 0 else e
        if k + 1 < len(refs) and refs[k + 1].start() < e:  # the next reference starts a new unit
            nxt = refs[k + 1].start()
            e = max(m.end(), _sentence_start(flat, nxt)) if _sentence_start(flat, nxt) > m.end() else nxt
        e = m.end() + closing.end() if closing else min(e, _nth_sentence_end(flat, m.end(), 3))
        tail = tail_status(flat[a:e])
        for n in _numbers(m.group("nums")):
            u = _unit_from_range(doc_id, flat, offs, a, e, "numbered", n)
            if u:
                units.append(u.model_copy(update={"explicit_status": tail}) if tail else u)
    # in prose, a recommendation named by the audit's page ("Arbetet med den andra rekommendationen på sidan 1 har …"):
    # its sentence and the next two, as an in-prose number reference
    page_refs = [m for m in _page_ref_re().finditer(flat) if not any(s <= m.start() < e for s, e in [*covered, *key])]
    for k, m in enumerate(page_refs):
        place = _place(m)
        if place is None:
            continue
        a = max(flat.rfind("\n", 0, m.start()) + 1, _sentence_start(flat, m.start()))
        e = flat.find("\n", m.end())
        e = min(len(flat) if e < 0 else e, _nth_sentence_end(flat, m.end(), 3))
        if k + 1 < len(page_refs) and page_refs[k + 1].start() < e:  # the next one starts a unit of its own
            e = max(m.end(), min(page_refs[k + 1].start(), _sentence_start(flat, page_refs[k + 1].start())))
        u = _unit_from_range(doc_id, flat, offs, a, e, "numbered", place[1])
        if u:
            units.append(u.model_copy(update={"audit_page": place[0]}))
    return units


def _titled_ref(line: str) -> re.Match[str] | None:
    """A heading that ends by naming the recommendation its section answers: a numbered section heading ("3.4
    Registrering i verksamhetssystemet (rekommendation 4)") or a short capitalised line whose reference closes it in
    brackets ("Återkoppling till anmälaren (rek. 7)"); None for a sentence or a line naming several."""
    s = line.strip()
    refs = list(INLINE_REF_RE.finditer(s))
    if len(refs) != 1 or len(s) > 90 or s.endswith((".", ",", ";", ":")):
        return None
    ref = refs[0]
    if ref.start() == 0:
        return None  # "Rekommendation 4 …" itself: HEADING_REF_RE's
    tail = s[ref.end():].strip()
    if is_heading(s) and tail in ("", ")", "]"):
        return ref
    if tail in (")", "]") and s[:ref.start()].rstrip().endswith(("(", "[")) and re.match(r"[A-ZÅÄÖ]", s):
        return ref
    return None


PAGE_REF_HEADING_CHARS = 80  # a heading naming a recommendation by the audit's page is a short line of its own


def _page_ref_re() -> re.Pattern[str]:
    from .lexicon import _compiled, load_lexicon

    return _compiled(load_lexicon().link.page_ref_re, re.I)


def _page_ref(line: str) -> tuple[int, int] | None:
    """(audit page, place among that page's recommendations) a heading names ("Den andra rekommendationen på sidan
    1" -> (1, 2); lexicon [link] page_ref_re, ordinals), else None."""
    m = _page_ref_re().match(line.strip())
    return _place(m) if m else None


def _place(m: re.Match[str]) -> tuple[int, int] | None:
    from .lexicon import load_lexicon

    vocab = load_lexicon().link
    word = (m.group("ord") or "").lower()
    if word and word not in vocab.ordinals:
        return None
    return int(m.group("page")), vocab.ordinals.index(word) + 1 if word else 1


def tail_status(line: str) -> str | None:
    """A table row rendered as a line ends with its status cell ("Rek. 3 … Delvis genomfört")."""
    words = line.strip().split()
    for n in (3, 2, 1):
        if len(words) > n:
            tail = " ".join(words[-n:])
            if not tail.endswith((".", ",", ";", ":")) and norm(tail) in LEXICON:
                return tail
    return None


_SENTENCE_BREAK_RE = re.compile(r"[.!?]\s+")
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[A-ZÅÄÖ])")


def _sentence_start(flat: str, i: int) -> int:
    """End of the last sentence break before i (0 if none). Searches backwards in growing windows: every
    break starts with its punctuation mark, so the last break inside a window is the last one overall."""
    lo, step = i, 512
    while True:
        lo = max(0, lo - step)
        last = None
        for last in _SENTENCE_BREAK_RE.finditer(flat, lo, i):
            pass
        if last is not None or lo == 0:
            return last.end() if last is not None else 0
        step *= 2


def _nth_sentence_end(flat: str, start: int, n: int) -> int:
    for i, m in enumerate(_SENTENCE_END_RE.finditer(flat, start)):
        if i + 1 == n:
            return m.end()
    return len(flat)


def _cut_block(flat: str, body: int, end: int, titled: bool = False) -> int:
    """Shorten a block: stop after a "Status: …" line, at a closing formula, or at a section heading; a section
    titled by its subject (``titled``: "Återkoppling till anmälaren (rekommendation 7)") also at the next short
    heading ("Samlad bedömning"), its sibling."""
    pos = body
    for line in flat[body:end].split("\n"):
        line_end = pos + len(line)
        if re.match(r"^\s*status\b", line, re.I) and status_from_words(line):
            return line_end
        if pos > body and (CLOSING_RE.match(line) or (is_heading(line) and not HEADING_REF_RE.match(line))):
            return pos
        if titled and pos > body and is_short_heading(line.strip()) and not HEADING_REF_RE.match(line):
            return pos
        pos = line_end + 1
    return end


def paragraph_units(doc_id: str, pages: list[Page]) -> list[EvidenceUnit]:
    """Paragraphs (a line, or lines that continue an unfinished sentence), with a preceding short heading."""
    units: list[EvidenceUnit] = []
    for page in pages:
        text = page.text
        pos = 0
        block: list[tuple[int, int]] = []
        heading = ""
        for line in text.split("\n") + [""]:
            s, e = pos, pos + len(line)
            pos = e + 1
            stripped = line.strip()
            if block and (not stripped or text[block[-1][1] - 1:block[-1][1]] in ".!?:" or is_short_heading(stripped)):
                units.append(_paragraph(doc_id, page, text, block, heading))
                block = []
            if not stripped:
                continue
            if is_short_heading(stripped):
                heading = stripped
                continue
            block.append((s, e))
    return [u for u in units if u is not None and len(u.text) >= 40]


def is_short_heading(s: str) -> bool:
    """A line that reads as a short heading: at most 70 characters and 9 words, starting with a digit or a capital,
    not ending like a sentence or a list item (".", ",", ";")."""
    return len(s) <= 70 and not s.endswith((".", ",", ";")) and bool(re.match(r"^[\dA-ZÅÄÖ]", s)) and len(s.split()) <= 9


def _paragraph(doc_id: str, page: Page, text: str, block: list[tuple[int, int]], heading: str) -> EvidenceUnit | None:
    a, b = block[0][0], block[-1][1]
    quote = text[a:b].strip()
    if not quote:
        return None
    body = collapse(quote)
    return EvidenceUnit(doc_id=doc_id, page=page.number, quote=quote, text=(f"{heading}. {body}" if heading else body),
                        kind="paragraph")


def table_units(doc_id: str, tables: list[Table], pages: list[Page]) -> list[EvidenceUnit]:
    """One unit per row of a table that has a status-like column or a recommendation column."""
    from .matrix import cell_status, symbol_key

    by_no = {p.number: p for p in pages}
    units: list[EvidenceUnit] = []
    key = symbol_key("\n".join(p.text for p in pages)) if tables else {}  # the document's key, on any page
    for t in tables:
        cols = [c or "" for c in t.columns]
        status_col = current_status_column(cols)
        rec_col = next((i for i, c in enumerate(cols) if REC_COL_RE.search(c)), None)
        if status_col is None:
            matrix = _matrix_units(doc_id, t, by_no)
            if matrix:
                units += matrix
                continue
        if status_col is None and rec_col is None:
            continue
        for row in t.rows:
            cells = [row.label, *(c.raw for c in row.cells)]
            status = cells[status_col] if status_col is not None and status_col < len(cells) else None
            if status and not status_from_words(status) and (st := cell_status(status, key)):
                status = f"{status.strip()} ({_STATUS_WORDS[st]})"  # a mark the key explains ("Gul (delvis åtgärdad)")
            number = _row_number(cells[0], labelled=rec_col == 0)
            if number is None and rec_col and rec_col < len(cells):  # the number in its own column ("Nämnd | Rek. | …")
                number = _row_number(cells[rec_col], labelled=True)
            text = collapse(" | ".join(c for i, c in enumerate(cells) if i != status_col and c))
            quote_page, quote = _locate_row(by_no, t.page, t.page_end or t.page, cells)
            if quote is None:
                continue
            units.append(EvidenceUnit(doc_id=doc_id, page=quote_page, quote=quote, text=text, kind="table_row",
                                      number=number, explicit_status=status or None))
    return units


_STATUS_WORDS = {"atgardad": "åtgärdad", "delvis": "delvis åtgärdad", "ej_atgardad": "ej åtgärdad"}


def _matrix_units(doc_id: str, t: Table, by_no: dict[int, Page]) -> list[EvidenceUnit]:
    """A status matrix's rows (matrix.py): each row's statuses per column header; its other cells are its text."""
    from .matrix import status_columns, symbol_key

    page = by_no.get(t.page)
    key = symbol_key(page.text if page else "")
    rows = [[row.label, *(c.raw for c in row.cells)] for row in t.rows]
    cols = status_columns(rows, key)
    if len(cols) < 2:
        return []
    headers = [c or "" for c in t.columns]
    numbers = {i: _header_number(headers[i]) if i < len(headers) else None for i in cols}
    if all(n is not None for n in numbers.values()):
        return _transposed_units(doc_id, rows, cols, numbers, key, t, by_no)
    units = []
    for cells in rows:
        text = collapse(" | ".join(c for i, c in enumerate(cells) if i not in cols and c))
        quote_page, quote = _locate_row(by_no, t.page, t.page_end or t.page, cells)
        if quote is None or not text:
            continue
        statuses = [(collapse(headers[i]) if i < len(headers) else "", key.get(cells[i].strip(), cells[i].strip()))
                    for i in cols if i < len(cells) and cells[i].strip()]
        units.append(EvidenceUnit(doc_id=doc_id, page=quote_page, quote=quote, text=text, kind="table_row",
                                  number=_row_number(cells[0]), column_statuses=statuses))
    return units


def _transposed_units(doc_id: str, rows: list[list[str]], cols: list[int], numbers: dict[int, int | None],
                      key: dict[str, str], t: Table, by_no: dict[int, Page]) -> list[EvidenceUnit]:
    """A status matrix the other way round: one row per committee, one column per recommendation ("Nämnd | R1 | R2
    …"). One unit per filled cell: the recommendation of its column, the committee of its row (the row quoted)."""
    from .matrix import cell_status

    units = []
    for cells in rows:
        committee = collapse(cells[0])
        quote_page, quote = _locate_row(by_no, t.page, t.page_end or t.page, cells)
        if quote is None or not committee:
            continue
        for i in cols:
            cell = cells[i].strip() if i < len(cells) else ""
            if not cell or not cell_status(cell, key):  # empty, or not addressed to this committee ("–")
                continue
            units.append(EvidenceUnit(doc_id=doc_id, page=quote_page, quote=quote, text=f"{committee} | {cell}",
                                      kind="table_row", number=numbers[i],
                                      column_statuses=[(committee, key.get(cell, cell))]))
    return units


_HEADER_NUMBER_RE = re.compile(r"^\s*(?:" + REF_WORD + r"\s*|" + _LABEL + r"\s?)?(?:nr\.?\s*)?(\d{1,2})\s*$", re.I)


def _header_number(header: str) -> int | None:
    """The recommendation a column's header numbers ("R3", "Rek. 3", "Rekommendation 3", "3"), else None."""
    m = _HEADER_NUMBER_RE.match(collapse(header or ""))
    return int(m.group(1)) if m else None


def current_status_column(cols: list[str]) -> int | None:
    """The status column of a table's header, or, of several ("Bedömning 2024 | Bedömning 2025"), the current one:
    the one of the latest year its header names, else the last (a follow-up adds its new assessment to the right)."""
    found = [i for i, c in enumerate(cols) if i > 0 and STATUS_COL_RE.search(c)]
    if len(found) < 2:
        return found[0] if found else None
    # a column of how much is done ("Andel genomförd", "Grad av genomförande", "%") beside the status column is a
    # measure of progress, not the status
    from .lexicon import load_lexicon

    share = load_lexicon().rx("share_column_re")
    found = [i for i in found if not share.search(cols[i])] or found
    if len(found) < 2:
        return found[0]
    years = {i: max((int(y) for y in YEAR_RE.findall(cols[i])), default=0) for i in found}
    return max(found, key=lambda i: (years[i], i))


def _row_number(label: str, labelled: bool = False) -> int | None:
    """The recommendation's number a row's first cell opens with ("3", "Rek. 3", "Nr 3"); ``labelled``: the cell is
    the table's recommendation column, where a short label before the number ("R3 Disciplinära åtgärder …") is one."""
    m = re.match(r"^\s*(?:" + REF_WORD + r"\s*)?(?:nr\.?\s*)?(\d{1,2})\b", label or "", re.I)
    if m is None and labelled:
        m = _ROW_LABEL_RE.match(label or "")
    return int(m.group(1)) if m else None


_ROW_LABEL_RE = re.compile(r"^\s*" + _LABEL + r"\s?(\d{1,2})(?![\d,.])\s")


def _locate_row(by_no: dict[int, Page], first: int, last: int, cells: list[str]) -> tuple[int, str | None]:
    """An exact page span for the row: the longest cell prefix found on the table's pages."""
    for cell in sorted((c for c in cells if c and len(c) >= 3), key=len, reverse=True):
        words = cell.split()
        for n in (len(words), 12, 8, 5, 3):
            if n > len(words):
                continue
            for no in range(first, last + 1):
                page = by_no.get(no)
                span = find_span(page.text, " ".join(words[:n])) if page else None
                if span:
                    return no, page.text[span[0]:span[1]]
    return first, None


def document_units(doc_id: str, pages: list[Page], tables: list[Table] | None = None) -> list[EvidenceUnit]:
    rows = table_units(doc_id, tables or [], pages)
    numbered = [u for u in numbered_units(doc_id, pages)
                if not any(r.page == u.page and r.number == u.number and r.quote in u.quote for r in rows)]
    return numbered + rows + paragraph_units(doc_id, pages)
