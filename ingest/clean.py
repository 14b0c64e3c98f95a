"""Page cleaning: repeated running headers/footers/page numbers, footnotes and their markers,
paragraph/list-item blocks. Works on :class:`ingest.layout.Line` objects."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass

from ingest.layout import SUP_CHARS, Line, body_size, to_superscript
from ingest.sections import NUMBERED_RE

BULLET_RE = re.compile(r"^([▪•◦▫■□●○◆◇➢➤►‣⁃∙·\-–o])\s+\S")
MARGIN = 0.12
COUNTER_MIN_PAGES = 3  # a margin line whose page counter follows the page number on this many pages is running
NEW_HEADING_RE = re.compile(r"^(\d{1,2}(\.\d{1,2})*\.?\s|(Bilaga|Appendix|Kapitel)\s+\d)")  # top/bottom share of the page where running headers/footers live


def masked(text: str) -> str:
    """A line's text with its digits masked and its spacing folded: what repeated headers, footers and page counters
    are compared by ("Sida 4 av 12" and "Sida 5 av 12" are one line)."""
    t = re.sub(r"[\d" + SUP_CHARS + r"]+", "#", text.lower())
    return re.sub(r"\s+", " ", t).strip()


def _numbers(text: str) -> tuple[int, ...]:
    t = text.translate(str.maketrans(SUP_CHARS, "0123456789"))
    return tuple(int(x) for x in re.findall(r"\d+", t)[:3])


def _running_pages(hits: list[tuple[int, tuple[int, ...]]]) -> tuple[set[int], bool]:
    """Pages where a digit-masked line is really running, and whether it carries a page counter.

    Running: its numbers are the same on every page (a date), or all the same but one that moves with the page
    number: "Sida 3 av 15", "Brf Drevkarlen 7 (15)", "2025 ÅRSBOKSLUT … SID 12 (36)", "www.example.se 12"."""
    if not hits or not hits[0][1]:
        return {i for i, _ in hits}, False
    groups: dict[tuple, set[int]] = defaultdict(set)
    for i, nums in hits:
        groups[(None, nums)].add(i)
        for j in range(len(nums)):
            groups[(j, nums[:j] + (nums[j] - i,) + nums[j + 1 :])].add(i)
    (moving, _), pages = max(groups.items(), key=lambda kv: (len(kv[1]), kv[0][0] is None))
    # a counter with its total ("7 (15)", "4 av 15"): a lone moving number may be a heading's number instead
    return pages, moving is not None and len(hits[0][1]) >= 2


def remove_repeated(pages: list[list[Line]], heights: list[float]) -> list[list[Line]]:
    """Drop lines that repeat (digits normalised) on many pages: in the margins, or at the same place anywhere.

    A line with digits counts as running only when its numbers are the same on every page (a date) or move
    with the page number ("Sida 3", "www.example.se 12"), so "Rekommendation 3" on one page and
    "Rekommendation 7" on the next are kept."""
    n = len(pages)
    if n < 2:
        return pages
    threshold = max(2, math.ceil(0.5 * n))
    margin_hits: dict[str, list] = defaultdict(list)
    place_hits: dict[tuple[str, int], list] = defaultdict(list)
    for i, (lines, h) in enumerate(zip(pages, heights)):
        for ln in lines:
            k = masked(ln.text)
            if ln.top < MARGIN * h or ln.bottom > (1 - MARGIN) * h:
                margin_hits[k].append((i, _numbers(ln.text)))
            place_hits[(k, round(ln.top / 6))].append((i, _numbers(ln.text)))
    margin_run = {k: _running_pages(v) for k, v in margin_hits.items()}
    place_run = {k: _running_pages(v)[0] for k, v in place_hits.items()}
    out = []
    for i, (lines, h) in enumerate(zip(pages, heights)):
        keep = []
        for ln in lines:
            k = masked(ln.text)
            in_margin = ln.top < MARGIN * h or ln.bottom > (1 - MARGIN) * h
            if in_margin:
                pages_k, counter = margin_run.get(k, (set(), False))
                # a page counter moving with the page number is running on a few pages too (a report inside a report)
                need = min(threshold, COUNTER_MIN_PAGES) if counter else threshold
                if (len(pages_k) >= need and i in pages_k) or re.fullmatch(r"(sida|page|s\.)? ?#( ?(/|av|of|\() ?#\)?)?", k):
                    continue
            pages_p = place_run.get((k, round(ln.top / 6)), set())
            if len(pages_p) >= threshold and i in pages_p and k:
                continue
            keep.append(ln)
        out.append(keep)
    return out


def closing_lines(pages: list[list[Line]]) -> set[str]:
    """The digit-masked texts of lines that close two or more pages: a footer printed right below the text rather
    than at a fixed place ("<report title>  4"), which :func:`remove_repeated` keeps. Such a line below a table
    does not keep the table from ending its page (a table going on over the page break)."""
    seen: dict[str, int] = defaultdict(int)
    for lines in pages:
        if lines:
            k = masked(max(lines, key=lambda ln: ln.bottom).text)
            if k and k != "#":
                seen[k] += 1
    return {k for k, n in seen.items() if n >= 2}


def split_footnotes(lines: list[Line], body: float, height: float) -> tuple[list[Line], list[Line], set[int]]:
    """Footnotes: small-font lines at the page bottom starting with a number. Returns (body, notes, numbers)."""
    notes: list[Line] = []
    start = None
    # a page printed smaller throughout (a long table fitted to the page) has its own body size: a line of that
    # size is its running text, not a note (its notes are smaller still)
    page_body = body_size(lines) if sum(len(ln.text) for ln in lines) >= 400 else body
    for i in range(len(lines) - 1, -1, -1):
        ln = lines[i]
        if ln.size > 0.88 * body or ln.top < 0.45 * height or (page_body < body and ln.size >= 0.97 * page_body):
            break
        start = i
    if start is None:
        return lines, [], set()
    cand = lines[start:]
    # the first footnote line must start with a number
    while cand and not _note_start(cand[0]):
        cand = cand[1:]
    if not cand:
        return lines, [], set()
    numbers: set[int] = set()
    for ln in cand:
        m = re.match(r"^([\d" + SUP_CHARS + r"]{1,3})\s?", ln.text)
        if m and _note_start(ln) and ln.words[0].x0 <= cand[0].words[0].x0 + 1:
            digits = m.group(1).translate(str.maketrans(SUP_CHARS, "0123456789"))
            numbers.add(int(digits))
            if not ln.text.startswith(to_superscript(digits)):
                ln.text = to_superscript(digits) + " " + ln.text[m.end():]
            elif not ln.text[len(digits)].isspace():
                ln.text = ln.text[: len(digits)] + " " + ln.text[len(digits):]
            ln.extra["footnote_start"] = True
        ln.kind = "footnote"
    body_lines = lines[: len(lines) - len(cand)]
    return body_lines, cand, numbers


def _note_start(ln: Line) -> bool:
    """'⁴ Måttet …' or '4 Måttet …' (a small raised number, or a number and a space), not '6. Hur …'."""
    if ln.words and ln.words[0].sup:
        return True
    return bool(re.match(r"^[\d" + SUP_CHARS + r"]{1,3} (?=[A-ZÅÄÖa-zåäö])", ln.text))


def fix_glued_markers(lines: list[Line], numbers: set[int]) -> None:
    """Fallback when sizes carry no information: 'Kolada-databasen1' -> 'Kolada-databasen¹' for footnotes on the page."""
    if not numbers:
        return
    for ln in lines:
        if any(w.sup for w in ln.words):
            continue
        def repl(m: re.Match) -> str:
            n = int(m.group(2))
            return m.group(1) + to_superscript(m.group(2)) if n in numbers else m.group(0)
        ln.text = re.sub(r"([A-Za-zÅÄÖåäöéü\)])(\d{1,2})(?=[\s.,;:]|$)", repl, ln.text)


@dataclass
class Block:
    kind: str  # heading | para | item | footnote | table | tablerow
    text: str
    page: int
    top: float
    level: int = 1
    table_index: int | None = None  # index into the document's raw tables
    numeric_table: bool = False


SENTENCE_END_RE = re.compile(r"[.!?:]['\"”’)]?$")
SENTENCE_START_RE = re.compile(r"^[\"”„(]?[A-ZÅÄÖÉÜ0-9§]")


def _column_right(lines: list[Line], ln: Line) -> float:
    """The right edge of the text column ``ln`` stands in: the furthest line end among the lines that start where it
    does (a two-column page has one such edge a column)."""
    reach = 0.6 * ln.size + 12
    return max((o.x1 for o in lines if o.kind == "text" and abs(o.x0 - ln.x0) <= reach), default=ln.x1)


def ended_short(prev: Line, ln: Line, right: float) -> bool:
    """``prev`` ends a paragraph: it closes a sentence and ``ln``'s first word would have fitted after it on its
    line, so the writer broke the line. This parts paragraphs set without extra space between them (a letter of
    one-line paragraphs, whose spacing the line pitch cannot tell from the lines')."""
    return bool(SENTENCE_END_RE.search(prev.text)) and _broken_before(prev, ln, right)


def _broken_before(prev: Line, ln: Line, right: float) -> bool:
    """``ln`` starts a sentence whose first word would have fitted after ``prev`` on its line: the writer broke it."""
    if not ln.words or not SENTENCE_START_RE.match(ln.text):
        return False
    first = ln.words[0]
    return right - prev.x1 > (first.x1 - first.x0) + 0.5 * prev.size + 2


TITLE_LINE_WORDS = 12  # a numbered section title set in the body font is at most this long


def titled_alone(cur_text: str, prev: Line, ln: Line, right: float) -> bool:
    """The block so far is one numbered line that ends short of the column without ending a sentence ("5. Resursteamens
    kunskap och erfarenheter"), and ``ln`` starts a sentence: a section's title set in the body font, not the first
    line of its paragraph (whose first word would then have fitted after it)."""
    if cur_text != prev.text or not NUMBERED_RE.match(prev.text) or SENTENCE_END_RE.search(prev.text) \
            or prev.text.rstrip().endswith((",", ";", "-", "–")) or len(prev.text.split()) > TITLE_LINE_WORDS:
        return False
    return _broken_before(prev, ln, right)


def build_blocks(lines: list[Line], page: int) -> list[Block]:
    """Join hard line breaks inside paragraphs; one block per list item, heading and footnote. A line is joined to
    the paragraph above when it follows at the paragraph's line pitch, in its font and alignment, and the line
    before it did not end short of the column (:func:`ended_short`)."""
    blocks: list[Block] = []
    pitches = [b.top - a.top for a, b in zip(lines, lines[1:]) if 0 < b.top - a.top < 3 * a.size and a.kind == b.kind == "text"]
    pitch = sorted(pitches)[len(pitches) // 2] if pitches else None
    prev: Line | None = None
    cur: Block | None = None
    for ln in lines:
        if ln.kind == "heading":
            if (
                cur
                and cur.kind == "heading"
                and prev is not None
                and prev.kind == "heading"
                and abs(ln.size - prev.size) < 0.3
                and ln.top - prev.bottom < 0.8 * ln.size
                and not NEW_HEADING_RE.match(ln.text)
            ):
                cur.text += " " + ln.text
            else:
                cur = Block("heading", ln.text, page, ln.top, level=ln.level)
                blocks.append(cur)
            prev = ln
            continue
        text = ln.text
        new = True
        kind = "para"
        if ln.kind == "footnote":
            kind = "footnote"
            new = bool(ln.extra.get("footnote_start")) or cur is None or cur.kind != "footnote"
        elif BULLET_RE.match(text):
            kind = "item"
        elif cur is not None and prev is not None and cur.kind in ("para", "item") and prev.kind == "text":
            gap = ln.top - prev.top
            same_font = abs(ln.size - prev.size) < 0.6 and ln.bold == prev.bold
            normal = gap <= (pitch * 1.25 if pitch else 1.6 * ln.size) and gap > 0
            if cur.kind == "item":
                indented = ln.x0 > cur_x0 + 2
                new = not (same_font and normal and indented)
            else:
                right = _column_right(lines, prev)
                new = not (same_font and normal and ln.x0 <= cur_x0 + 0.6 * ln.size + 12) \
                    or ended_short(prev, ln, right) or titled_alone(cur.text, prev, ln, right)
            kind = cur.kind
        if new:
            cur = Block(kind, text, page, ln.top)
            cur_x0 = ln.x0
            blocks.append(cur)
        else:
            cur.text += " " + text
        prev = ln
    return blocks
