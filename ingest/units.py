"""Page text -> answer units (headings, bullet items, sentences) in document order.

A unit's ``text`` is always an exact substring of the page text, so it can be cited as is.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ingest.text import DOTTED_ABBREVIATIONS, FUNCTION_SV, YEAR_RE, content_words, stem

BULLETS = "▪•●◦■□➢►✓*"
_BULLET_LINE = re.compile(rf"^\s*([{re.escape(BULLETS)}]|o(?=\s)|-(?=\s)|–(?=\s)|\d{{1,2}}[.)](?=\s))\s*")
_INLINE_BULLET = re.compile(rf"\s([{re.escape(BULLETS)}])\s")
_SENT_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9\"”(])")
_NUM_WORDS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
              "tio": 10, "elva": 11, "tolv": 12, "tjugo": 20}
NUMBER_WORDS = _NUM_WORDS  # Swedish number words ("nio" -> 9), for readers of values outside this module
_NUMBER = re.compile(r"(?<![\w,.])[-−–]?\d[\d ,.]*\d?(?![\w])")
# "7.6 Ekonomisk uppföljning och prognoser", "8 Analys och bedömning": a numbered section heading, never the
# continuation of the paragraph before it (a line starting with a digit usually continues a sentence)
_SECTION_HEAD = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÅÄÖ][^.!?]{2,66}$")
_FOOTNOTE = re.compile(r"^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*\S")  # "¹² Granskning av …": a footnote starts its own block
_QUESTION_END = re.compile(r"\?\s+(?=[A-ZÅÄÖ])")
# dotted abbreviations after which no sentence ends ("fr.o.m. 2023-01-01"; lexicon abbreviations.toml [dotted])
_DOTTED_END = re.compile(r"(?:^|[\s(])(?:" + "|".join(re.escape(a) for a in sorted(DOTTED_ABBREVIATIONS, key=len,
                                                                                       reverse=True))
                         + r")$", re.I)
# a lead-in line ("Under året har följande underhåll gjorts:") makes the short lines below it the items of a list,
# bullets or not; a line longer than this is prose again
LEAD_ITEM_MAX = 100


# a value token of a table line: "36 325" is two tokens, "-1 163,9", "4,57", "12 %", a dash for nothing
_VALUE_TOKEN = re.compile(r"^(?:[-−–+]?\(?\d[\d.,]*\)?%?|[-−–]|%)$")


def is_row_text(line: str, next_line: str = "") -> bool:
    """A line of a table printed as text: it ends in two or more value tokens and is no sentence (a sentence ends
    in a word or in punctuation). "Summa rörelsekostnader -2 083 033 -2 369 953", "2021 787 596". A line whose
    next line goes on in lower case is wrapped prose ("… uppgick till 623 578 / kronor …") unless it carries
    four or more values."""
    toks = line.split()
    n = 0
    for t in reversed(toks):
        if not _VALUE_TOKEN.match(t):
            break
        n += 1
    if n < 2 or re.search(r"[.!?:;]$", toks[-1].rstrip(")%")):
        return False
    return n >= 4 or not next_line.lstrip()[:1].islower()


def is_table_block(text: str) -> bool:
    """A passage that is a block of table lines printed as text: three or more lines, most of them rows of values
    (a statement's or a note's figures quoted whole). Nobody reads one figure, or one list, out of that."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) < 3:
        return False
    rows = sum(is_row_text(ln, nxt) for ln, nxt in zip(lines, lines[1:] + [""]))
    return rows * 2 > len(lines)


@dataclass
class Unit:
    doc_id: str
    page: int
    order: int
    text: str  # exact span of the page text
    kind: str  # "heading", "item", "sub", "sentence"
    marker: str = ""
    stems: set[str] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    has_number: bool = False
    numbers: set[str] = field(default_factory=set)  # value_numbers(text)
    block: int = -1  # index of the paragraph/line block the unit comes from (same block = same paragraph)
    table_line: str = ""  # "row" (a typed table's row with values) or "head" (its header or a label-only row)

    @property
    def clean(self) -> str:
        t = re.sub(r"\s+", " ", self.text).strip()
        return _BULLET_LINE.sub("", t, count=1).strip() if self.kind in ("item", "sub") else t


_WORD3 = re.compile(r"[^\W\d_]{3,}")  # a word of three letters or more


_URLISH = re.compile(r"\S*(?:https?:|www\.|\.(?:php|aspx?|html?)\b|(?:[\w-]+/){2,})\S*", re.I)


_BOILERPLATE = tomllib.loads((Path(__file__).resolve().parent / "lexicon" / "boilerplate.toml").read_text(encoding="utf-8"))
_PAGE_REF = re.compile(_BOILERPLATE["page_reference"], re.I)
_CAPTION = re.compile(_BOILERPLATE["caption"], re.I)
_BROKEN = re.compile(r"(?<![\w-])([a-zåäö]{2,})-\s+([a-zåäö]{2,})\b")  # a word hyphenated over a line break
_LEADER = re.compile(r"(?:\.\s?){8,}|…{3,}")
TOC_MAX_WORDS = 3  # words of three letters or more per page reference in a table-of-contents line


def caption_end(text: str) -> int:
    """Where a caption's label ends ("Tabell 2. " of "Tabell 2. Rekommendationer"; lexicon boilerplate.toml caption),
    0 when the text does not open with one."""
    m = _CAPTION.match(text)
    return m.end() if m else 0


def debris(u: "Unit") -> bool:
    """What a page leaves over, never an answer: a unit that is no table line and carries no word ("10 s.", "- 5 -"),
    a table of contents' lines ("Förvaltningsberättelse s. 2 Resultaträkning s. 7": a few words per page reference),
    or a printed web address with a date ("…/rapporter/arsredovisningPopup.php?datum=2023-12-31 2024-05-03 18:01",
    the footer a browser prints)."""
    if u.table_line:
        return False
    if not _WORD3.search(u.text):
        return True
    if _CAPTION.match(u.text.strip()):
        return True  # a table's or figure's caption names what is shown
    if _LEADER.search(u.text):
        return True  # a run of leader dots ("Ansvaret för lokalerna …………… 16") is a table of contents' line, however long
    refs = len(_PAGE_REF.findall(u.text))
    sentence = u.text.rstrip().endswith((".", "!", "?")) and not re.search(r"\b(?:s|sid)\.\s*$|\.{2,}\s*$",
                                                                            u.text.rstrip())
    if refs and not sentence and len(_WORD3.findall(_PAGE_REF.sub(" ", u.text))) <= TOC_MAX_WORDS * refs:
        return True
    return bool(_URLISH.search(u.text)) and len(_WORD3.findall(_URLISH.sub(" ", u.text))) < 3


def value_numbers(text: str) -> set[str]:
    """The numbers of ``text`` that are not just years or dates (2024-01-01, 1.1.2024), digits only ("1 Gbit/s" -> {"1"}), plus
    Swedish number words as digits ("nio" -> "9")."""
    text = re.sub(r"\b(19|20)\d\d-\d\d-\d\d\b|\b\d{1,2}\.\d{1,2}\.(19|20)\d\d\b|§\s*\d+|\d+\s*§|\b\d+\s*kap\b", " ", text)
    out = set()
    for m in _NUMBER.finditer(text):
        raw = m.group(0).strip(" ,.")
        digits = re.sub(r"\D", "", raw)
        if digits and not YEAR_RE.fullmatch(raw):
            out.add(digits)
    out |= {str(_NUM_WORDS[w]) for w in re.findall(r"[a-zåäö]+", text.lower()) if w in _NUM_WORDS and w not in ("en", "ett")}
    return out


def has_value_number(text: str) -> bool:
    """A number that is not just a year or a date part (or a Swedish number word)."""
    return bool(value_numbers(text))


def _finish(u: Unit) -> Unit:
    ws = content_words(u.text)
    u.stems = {stem(w) for w in ws}
    # a word hyphenated at a line break ("genom-slag", "omhänder-tagits") also counts as the joined word
    u.stems |= {stem(w.replace("-", "")) for w in ws if re.fullmatch(r"[a-zåäö]{2,}-[a-zåäö]{2,}", w)}
    # … and when the line break left a space after the hyphen ("förut- sättningar"); not a suspended compound
    # ("kultur- och fritidsnämnden": the next word is a conjunction, a function word)
    u.stems |= {stem(a + b) for a, b in _BROKEN.findall(u.text.lower()) if b not in FUNCTION_SV}
    u.stems |= {stem(p) for w in ws if "/" in w for p in w.split("/") if len(p) >= 2}  # "indikatorer/mått"
    u.years = {int(y) for y in YEAR_RE.findall(u.text)}
    u.numbers = value_numbers(u.text)
    u.has_number = bool(u.numbers)
    return u


def _lines_with_offsets(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        s = pos + (len(line) - len(line.lstrip()))
        e = pos + len(line.rstrip())
        if e > s:
            out.append((s, e))
        pos += len(line) + 1
    return out


def _split_inline(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A joined paragraph with inline bullets -> one span per bullet item."""
    cuts = [m.start(1) for m in _INLINE_BULLET.finditer(text, s, e)]
    if not cuts:
        return [(s, e)]
    spans, prev = [], s
    for c in cuts:
        if text[prev:c].strip():
            spans.append((prev, c))
        prev = c
    spans.append((prev, e))
    return [(a + (len(text[a:b]) - len(text[a:b].lstrip())), a + len(text[a:b].rstrip())) for a, b in spans]


def page_units(doc_id: str, page: int, text: str) -> list[Unit]:
    """Blocks of lines: a bullet starts an item, lowercase/continuation lines extend it,
    a short capitalised line without end punctuation is a heading, prose is split in sentences."""
    blocks: list[list] = []  # [start, end, kind, marker]
    lines = _lines_with_offsets(text)
    for li, (ls, le) in enumerate(lines):
        for s, e in _split_inline(text, ls, le):
            line = text[s:e]
            m = _BULLET_LINE.match(line)
            if m:
                marker = m.group(1)
                marker = "n" if marker[0].isdigit() else marker
                blocks.append([s, e, "item", marker])
                continue
            first = line.lstrip()[:1]
            if blocks and _lead_item(text, blocks[-1], line, text[lines[li + 1][0]:lines[li + 1][1]]
                                     if li + 1 < len(lines) else ""):
                blocks.append([s, e, "item", ":"])
                continue
            if _FOOTNOTE.match(line) or _SECTION_HEAD.match(line):
                blocks.append([s, e, "heading" if _SECTION_HEAD.match(line) else "para", ""])
                continue
            if blocks:
                prev = blocks[-1]
                prev_text = text[prev[0]:prev[1]]
                continues = (first.islower() or first in "(0123456789-–,;:&/" or
                             (prev[2] in ("item", "para") and not re.search(r"[.!?:]\s*$", prev_text) and len(line) > 60)
                             or (prev[2] == "para" and not re.search(r"[.!?:]\s*$", prev_text)))
                if continues and prev[2] != "heading":
                    prev[1] = e
                    continue
                if continues and prev[2] == "heading" and first.islower():
                    prev[1] = e
                    continue
            short = len(line) < 70 and not re.search(r"[.!?]\s*$", line)
            blocks.append([s, e, "heading" if short else "para", ""])
    units: list[Unit] = []
    order = 0
    markers: list[str] = []
    for bi, (s, e, kind, marker) in enumerate(blocks):
        if kind == "item" and marker == "n":  # numbered lines act as headings for the bullets below
            markers = []
            q = _QUESTION_END.search(text, s, e)
            if q:  # "9. Får budgeten ett genomslag …? Budgeten får delvis …": the question, then its answer's sentences
                units.append(_finish(Unit(doc_id, page, order, text[s:q.start() + 1], "item", marker, block=bi)))
                order += 1
                s = q.end()
                for i, part_s, part_e in _sentences(text, s, e):
                    units.append(_finish(Unit(doc_id, page, order, text[part_s:part_e], "sentence", block=bi)))
                    order += 1
                continue
            units.append(_finish(Unit(doc_id, page, order, text[s:e], "item", marker, block=bi)))
            order += 1
            continue
        if kind == "item" and marker == ":":  # an unmarked item under a lead-in: no level of a bulleted list
            units.append(_finish(Unit(doc_id, page, order, text[s:e], "item", marker, block=bi)))
            order += 1
            continue
        if kind == "item":
            if marker not in markers:
                markers.append(marker)
            k = "item" if markers.index(marker) == 0 else "sub"
            units.append(_finish(Unit(doc_id, page, order, text[s:e], k, marker, block=bi)))
            order += 1
            continue
        if kind == "heading":
            markers = []
            units.append(_finish(Unit(doc_id, page, order, text[s:e], "heading", block=bi)))
            order += 1
            continue
        for _, part_s, part_e in _sentences(text, s, e):
            units.append(_finish(Unit(doc_id, page, order, text[part_s:part_e], "sentence", block=bi)))
            order += 1
    return units


def _lead_item(text: str, prev: list, line: str, next_line: str) -> bool:
    """A short line under a lead-in that ends in a colon, or under an item of such a list, is an item of that list
    ("Under året har följande planerat underhåll gjorts:" / "Carportar och förråd har målats." / "8 nya
    förrådsdörrar har satts in."): a line that ends as a sentence does. Not a line that goes on in lower case, a
    table's line or header ("Fastighet Förvärvsdatum Nybyggnadsår"), a numbered section heading, or a long (prose)
    line."""
    lead = text[prev[0]:prev[1]].rstrip().endswith(":") and prev[2] in ("heading", "para")
    if not (lead or (prev[2] == "item" and prev[3] == ":")):
        return False
    first = line.lstrip()[:1]
    return (len(line) <= LEAD_ITEM_MAX and not first.islower() and first not in "(,;:&/–-" and
            re.search(r"[.!?)]\s*$", line) is not None and not _SECTION_HEAD.match(line)
            and not is_row_text(line, next_line))


def _sentences(text: str, s: int, e: int) -> list[tuple[int, int, int]]:
    """The sentences of ``text[s:e]`` as (index, start, end) spans of ``text``."""
    out, pos = [], s
    for part in _SENT_END.split(text[s:e]):
        i = text.find(part, pos, e)
        if i < 0 or not part.strip():
            continue
        if out and _DOTTED_END.search(text[out[-1][1]:out[-1][2]]):  # "fr.o.m." ended no sentence
            out[-1] = (out[-1][0], out[-1][1], i + len(part.rstrip()))
        else:
            out.append((len(out), i, i + len(part.rstrip())))
        pos = i + len(part)
    return out


def sentence_spans(u: Unit) -> list[Unit]:
    """A long unit (a bullet item of several sentences) as one sentence unit per sentence, same page/order/block."""
    m = _BULLET_LINE.match(u.text) if u.kind in ("item", "sub") else None
    parts = _sentences(u.text, m.end() if m else 0, len(u.text))
    if len(parts) < 2:
        return [u]
    return [_finish(Unit(u.doc_id, u.page, u.order, u.text[a:b], "sentence", block=u.block)) for _, a, b in parts]


def annotate_number_words(text: str) -> str:
    """'nio uppdrag' -> 'nio (9) uppdrag' so counts written in words are visible as digits."""
    def rep(m: re.Match) -> str:
        w = m.group(0)
        v = _NUM_WORDS.get(w.lower())
        return f"{w} ({v})" if v and w.lower() not in ("en", "ett") else w
    return re.sub(r"(?<![\wåäö])[A-Za-zåäöÅÄÖ]+(?![\wåäö])", rep, text)
