"""Metadata read from the document itself when no manifest gives it: :func:`infer_metadata`.

Title, document type, year, period, date and organisation come from where a reader would look: the first
page's heading (its largest lines; the next page's when the first is a near-empty cover), the PDF's own
title and author fields, the file name, the running header and the first pages' text, and the signing date
("Exempelstad den 2 mars 2024"). Each clue counts by where it stands (heading > PDF title > running header and
file name > text). The vocabularies are data: ``ingest/lexicon/document_types.toml`` and
``ingest/lexicon/organisations.toml``.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from ingest.titles import TitleLine, choose_title

LEXICON = Path(__file__).parent / "lexicon"
# Where a clue stands -> its weight.
WEIGHTS = {"heading": 5.0, "label": 5.0, "title": 4.0, "running": 3.0, "file": 3.0, "subject": 2.0, "author": 2.0, "text": 1.0}
LETTERHEAD = 120  # characters at the top of the first page where the sender's name stands
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
_MONTH_RE = "|".join(MONTHS)
_YEAR = r"(?<![\d-])((?:19[5-9]|20[0-9])\d)(?![\d])"
_ISO = r"((?:19[5-9]|20[0-9])\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
_SV_DATE = rf"(\d{{1,2}}) ({_MONTH_RE}) ((?:19[5-9]|20[0-9])\d)"
_RANGE = rf"{_ISO}\s*(?:-|–|—|till|t\.?o\.?m\.?)\s*{_ISO}"
_YEAR_CUE = r"(?:räkenskapsåret|verksamhetsåret|budgetåret|kalenderåret|året|år|under|avseende|för|per|inför)"


class DocumentType(BaseModel):
    id: str
    label: str
    year: str  # "subject" or "date"
    patterns: list[str]


@dataclass
class Evidence:
    """What the parser saw, in reading order."""

    file_stem: str
    heading: list[str]  # the first page's heading lines (largest font), or the next page's after a cover
    first_text: str  # the first pages' text (after running headers/footers were removed)
    running: list[str] = field(default_factory=list)  # running header/footer lines of the first pages
    all_text: str = ""  # the whole document's text (for the signing date)
    pdf_title: str | None = None
    pdf_author: str | None = None
    pdf_subject: str | None = None
    pdf_created: str | None = None  # "D:20240312075414+01'00'"
    lines: list[TitleLine] = field(default_factory=list)  # the first pages' lines with their font size and place
    body: float = 0.0  # the body text's font size
    suspect: bool = False  # the first pages were read by OCR or have a broken text layer


class Inferred(BaseModel):
    title: str | None = None
    document_type: str | None = None
    year: int | None = None
    period: str | None = None
    date: str | None = None
    organisation: str | None = None


@functools.cache
def document_types() -> tuple[DocumentType, ...]:
    data = tomllib.loads((LEXICON / "document_types.toml").read_text(encoding="utf-8"))
    return tuple(DocumentType(id=k, **v) for k, v in data.items())


@functools.cache
def _type_res() -> tuple[tuple[DocumentType, re.Pattern], ...]:
    return tuple((t, re.compile(r"(?<!\w)(?:" + "|".join(t.patterns) + r")(?!\w)", re.I)) for t in document_types())


@functools.cache
def organisation_lexicon() -> dict:
    return tomllib.loads((LEXICON / "organisations.toml").read_text(encoding="utf-8"))


def _sources(ev: Evidence) -> list[tuple[str, str]]:
    """(where, text) in order of trust."""
    out = [("heading", "\n".join(ev.heading)), ("title", _useful_title(ev.pdf_title) or ""),
           ("running", "\n".join(ev.running)), ("file", re.sub(r"[_\-.]+", " ", ev.file_stem)),
           ("subject", ev.pdf_subject or ""), ("text", ev.first_text)]
    return [(w, t) for w, t in out if t and t.strip()]


def _useful_title(title: str | None) -> str | None:
    """A PDF Title that names the document (not "No Title", "untitled", reportlab's "(anonymous)", a file name or a
    scanner's label)."""
    t = (title or "").strip()
    if len(t) < 4 or re.fullmatch(r"(?i)(no title|untitled|none|titel|title|dokument\d*|microsoft word.*|\(?anonymous\)?|unknown)", t):
        return None
    if re.search(r"(?i)\.(docx?|pdf|indd|xlsx?)$", t) or not re.search(r"[A-Za-zÅÄÖåäö]{3}", t):
        return None
    return t


# --- document type ---------------------------------------------------------------------
def infer_type(ev: Evidence) -> DocumentType | None:
    scores: dict[str, float] = {}
    for where, text in _sources(ev):
        for t, rx in _type_res():
            m = rx.search(text)
            if m:
                early = 1.0 if where != "text" else 1.0 - min(m.start(), 3000) / 6000  # earlier text counts more
                scores[t.id] = scores.get(t.id, 0.0) + WEIGHTS[where] * early
    if not scores:
        return None
    order = [t.id for t in document_types()]
    best = max(scores, key=lambda k: (scores[k], -order.index(k)))
    return next(t for t in document_types() if t.id == best)


# --- dates, period, year ------------------------------------------------------------------
def _iso(y: str, m: str | int, d: str | int) -> str:
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"


def signing_date(ev: Evidence) -> str | None:
    """The date the document was written or signed: a line "Exempelstad den 2 mars 2024" or "Stockholm 2024-05-12",
    "Datum: 2024-03-19", else the first lone ISO or Swedish date near the top of the first page."""
    text = ev.all_text or ev.first_text
    place = r"^[A-ZÅÄÖ][\wåäö]+(?: [A-ZÅÄÖ][\wåäö]+)?,? (?:den )?"
    m = re.search(rf"{place}(\d{{1,2}}) ({_MONTH_RE}) ((?:19|20)\d\d)\s*$", text, re.M)
    if m:
        return _iso(m.group(3), MONTHS.index(m.group(2)) + 1, m.group(1))
    m = re.search(rf"(?i)\bdatum:?\s*{_ISO}", text) or re.search(rf"(?i)\bdatum:?\s*{_SV_DATE}", text)
    if m:
        g = m.groups()
        return _iso(*g) if g[1].isdigit() else _iso(g[2], MONTHS.index(g[1].lower()) + 1, g[0])
    m = re.search(rf"{place}{_ISO}\s*$", text, re.M)
    if m:
        return _iso(*m.groups())
    head = ev.first_text[:800]
    periods = [r.span() for r in re.finditer(_RANGE, head)]
    for m in re.finditer(_ISO, head):
        if not any(a <= m.start() < b for a, b in periods):  # a date, not one end of a period
            return _iso(*m.groups())
    m = re.search(_SV_DATE, head)
    return _iso(m.group(3), MONTHS.index(m.group(2)) + 1, m.group(1)) if m else None


def infer_period(ev: Evidence) -> str | None:
    """"2023-01-01–2023-12-31" (räkenskapsår), "januari–augusti 2023", "2027–2031" (a plan's years)."""
    for where, text in _sources(ev):
        m = re.search(_RANGE, text)
        if m:
            g = m.groups()
            return f"{_iso(*g[:3])}–{_iso(*g[3:])}"
        m = re.search(rf"(?i)\b({_MONTH_RE})\s*(?:-|–|till)\s*({_MONTH_RE}) ((?:19|20)\d\d)\b", text)
        if m:
            return f"{m.group(1).lower()}–{m.group(2).lower()} {m.group(3)}"
        m = None if where == "text" else re.search(rf"(?<![\d-]){_YEAR}\s*(?:-|–|—)\s*{_YEAR}(?![\d-])", text)
        if m and 0 < int(m.group(2)) - int(m.group(1)) <= 10:  # a plan's years, when its heading or title names them
            return f"{m.group(1)}–{m.group(2)}"
    return None


def _subject_year(ev: Evidence, type_re: re.Pattern | None) -> int | None:
    """The year a document is about: in its heading, title, running header or file name (beside the type
    word or after "räkenskapsåret", "under", "för" … counts most), a period's first year, else in its text."""
    scores: dict[int, float] = {}
    for where, text in _sources(ev):
        if where == "text":
            text = text[:1500]
        for line in text.splitlines() or [text]:
            cleaned = re.sub(_RANGE, lambda m: f"{m.group(4)}", line)  # a dated period -> the year it ends
            cleaned = re.sub(rf"{_YEAR}\s*[-–—]\s*{_YEAR}", lambda m: m.group(1), cleaned)  # 2027–2031 -> 2027
            cleaned = re.sub(_ISO, lambda m: m.group(1), cleaned)
            for m in re.finditer(_YEAR, cleaned):
                w = WEIGHTS[where] * (0.2 if where == "text" else 1.0)
                before = cleaned[max(0, m.start() - 16): m.start()].lower()
                if re.search(rf"{_YEAR_CUE}\s*$", before):
                    w *= 2
                if type_re is not None and type_re.search(line):
                    w *= 1.5
                y = int(m.group(1))
                scores[y] = scores.get(y, 0.0) + w
    return max(scores, key=lambda y: (scores[y], y)) if scores else None


def _most_mentioned_year(text: str) -> int | None:
    """The year the whole text mentions most (a year range counts for its first year only)."""
    text = re.sub(rf"{_YEAR}\s*[-–—/]\s*{_YEAR}", lambda m: m.group(1), text[:30000])
    counts: dict[int, int] = {}
    for m in re.finditer(_YEAR, text):
        counts[int(m.group(1))] = counts.get(int(m.group(1)), 0) + 1
    return max(counts, key=lambda y: (counts[y], y)) if counts else None


def _created_year(pdf_created: str | None) -> int | None:
    """The PDF's creation year, unless it is a placeholder ("D:20000101000000", the epoch)."""
    m = re.match(r"D:(\d{4})(\d{2})?(\d{2})?(\d{6})?", pdf_created or "")
    if not m or m.group(0)[2:] in ("20000101000000", "19700101000000") or int(m.group(1)) < 1990:
        return None
    return int(m.group(1))


def infer_year(ev: Evidence, dtype: DocumentType | None, date: str | None) -> int | None:
    """Reports, statements and minutes ("date" types): the signing date's year; accounts, budgets and other
    "subject" types: the year their heading names. Then the other of the two, then the year the text mentions
    most, then the PDF's creation year."""
    rx = next((r for t, r in _type_res() if dtype is not None and t.id == dtype.id), None)
    dated = int(date[:4]) if date else None
    subject = _subject_year(ev, rx)
    order = [dated, subject] if dtype is not None and dtype.year == "date" else [subject, dated]
    for year in [*order, _most_mentioned_year(ev.all_text or ev.first_text), _created_year(ev.pdf_created)]:
        if year is not None:
            return year
    return None


# --- organisation ---------------------------------------------------------------------------
@functools.cache
def _org_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    lex = organisation_lexicon()
    name = r"[A-ZÅÄÖ][\wåäöéü&.-]+"
    prefixes = "|".join(re.escape(p) for p in sorted(lex["prefixes"], key=len, reverse=True))
    suffixes = "|".join(re.escape(s) for s in lex["suffixes"])
    words = "|".join(re.escape(s) for s in lex["suffix_words"])
    entity = re.compile(
        rf"(?<![\w])(?:(?:{prefixes}) {name}(?: (?:i |på |vid )?{name}){{0,3}}(?: län)?"
        rf"|{name}(?: {name})? (?i:{suffixes})s?(?: {name} län)?"
        rf"|[A-ZÅÄÖ][\wåäö-]*(?: och [\wåäö-]+)?(?:{words}))(?![\w])")
    orgnr = re.compile(rf"({name}(?: (?:i |på |vid )?{name}){{0,4}})[ ,]*\(?(?:org\.? ?nr\.?:? ?)?\d{{6}}-\d{{4}}\)?", re.I)
    labels = "|".join(re.escape(s) for s in lex["labels"])
    label = re.compile(rf"(?i)\b(?:{labels}):\s*([^\n:]{{3,60}}?)(?=\s{{2,}}|\s+[A-ZÅÄÖ][a-zåäö]+:|$|\n)")
    return entity, orgnr, label


def _is_type_word(word: str) -> bool:
    return any(rx.fullmatch(word) for _, rx in _type_res())


def _normalise_org(name: str) -> str:
    """Whitespace collapsed; document-type words and words in capitals around the name dropped
    ("ÅRSREDOVISNING Brf Lönnen" -> "Brf Lönnen"); "Exempelstads Stads" -> "Exempelstads Stad"."""
    words = re.sub(r"\s+", " ", name).strip(" ,.;:-–").split(" ")
    while words and (_is_type_word(words[0]) or (len(words[0]) > 3 and words[0].isupper())):
        words.pop(0)
    for i, w in enumerate(words[1:], 1):
        if _is_type_word(w):
            words = words[:i]
            break
    name = " ".join(words)
    return re.sub(r"\b(Stad|kommun|Kommun|stad|region|Region|landsting)s\b", r"\1", name)


def infer_organisation(ev: Evidence) -> str | None:
    entity, orgnr, label = _org_res()
    scores: dict[str, float] = {}
    shown: dict[str, str] = {}

    def add(name: str, w: float) -> None:
        name = _normalise_org(name)
        if len(name) < 3 or name.lower() in {"brf", "region", "föreningen"}:
            return
        key = name.casefold()
        scores[key] = scores.get(key, 0.0) + w
        shown.setdefault(key, name)

    for where, text in _sources(ev):
        w = WEIGHTS[where]
        if where == "text":
            text = text[:2500]
        for m in label.finditer(text):
            add(m.group(1), WEIGHTS["label"])
        for m in orgnr.finditer(text):  # the name beside an organisation number
            inner = entity.search(m.group(1))
            add(inner.group(0) if inner else m.group(1), WEIGHTS["label"])
        for k, m in enumerate(entity.finditer(text)):
            if where != "text":
                add(m.group(0), w)
            elif m.start() < LETTERHEAD:  # the sender's name at the top of the first page
                add(m.group(0), WEIGHTS["running"])
            else:
                add(m.group(0), w / (1 + 0.3 * k))
    author = (ev.pdf_author or "").strip()
    if author and "@" not in author and any(wd in author.lower() for wd in organisation_lexicon()["author_words"]):
        add(author, WEIGHTS["author"])
    if not scores:
        return None
    # a longer name that contains a shorter one ("Revisionen i Exempelstads Stad" ⊃ "Exempelstads Stad") gains its score
    for k in list(scores):
        for other in list(scores):
            if other != k and other in k:
                scores[k] += 0.5 * scores[other]
    return shown[max(scores, key=lambda k: (scores[k], -len(k)))]


# --- title ------------------------------------------------------------------------------------
def _readable(text: str) -> bool:
    """Words a reader would take for a heading (not OCR noise such as "any =")."""
    words = re.findall(r"[A-Za-zÅÄÖåäöÉé]{3,}", text)
    return len(words) >= 2 or any(len(w) >= 6 for w in words)


def _legacy_title(ev: Evidence) -> str | None:
    """The PDF's own title when it names this document (three words or more), else the first page's heading."""
    heading = re.sub(r"\s+", " ", " ".join(h.strip() for h in ev.heading if h.strip())).strip()
    heading = heading if _readable(heading) else ""
    title = _useful_title(ev.pdf_title)
    if title and len(title.split()) >= 3 and _readable(title):
        return title[:200]
    if title and heading.lower().startswith(title.lower()):  # the heading ran on into the text below it
        return title[:200]
    return heading[:200] or title


def infer_title(ev: Evidence, organisation: str | None = None) -> str | None:
    """The best-scored title candidate of the first pages (ingest.titles), else the first page's heading or the
    PDF's own title."""
    if ev.lines:
        kinds = [rx for _, rx in _type_res()]
        chosen = choose_title(ev.lines, ev.body, _useful_title(ev.pdf_title), ev.first_text, ev.all_text or ev.first_text,
                              kinds, organisation, ev.running, ev.suspect)
        if chosen:
            return chosen
    return _legacy_title(ev)


def infer_metadata(ev: Evidence) -> Inferred:
    dtype = infer_type(ev)
    date = signing_date(ev)
    organisation = infer_organisation(ev)
    return Inferred(title=infer_title(ev, organisation), document_type=dtype.id if dtype else None,
                    year=infer_year(ev, dtype, date), period=infer_period(ev), date=date, organisation=organisation)
