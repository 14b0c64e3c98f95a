"""Text tables read by their columns: wrapped cells folded into their row, row blocks joined into one table.

A table of words (no numbers) whose cells wrap is often printed as one grid row per printed line, or as one grid
per row between rules, with the header in a grid of its own (a word processor's "table per row", a generated
report). Read line by line, the columns' lines interleave ("1 Nämndens riktlinje … Socialnämnden bör revidera
riktlinjen för Revidering pågår. …"); read by column, each cell is whole.

- :func:`fold_wrapped` - a row whose first (key) cell is empty, at least one of whose cells goes on from the
  unfinished cell above it (lower case, a digit, or after a comma or a hyphen) and none of whose cells starts anew
  after a finished one, is the same row's next printed line: its cells are appended to the row's, column by column.
  A rule character standing alone at a cell's edge ("|", "¦", "│": a rule typed as text) is no text of it.
- :func:`join_blocks` - text tables on one page that stand right below each other with the same columns (the
  same x-extent per column) and only rules between them (drawn, or typed as a line of "-", "+", "=", "_") are one
  table; a one-row grid right above with the same columns and short cells is its header row.
"""

from __future__ import annotations

import re

from ingest.layout import Line
from ingest.tables import RawTable, is_number

RULE_LINE_RE = re.compile(r"^[\s\-–—_=+|¦│─━═┼┿╋]{3,}$")  # a line of rule characters ("---+-----+---")
RULE_CHARS = {"|", "¦", "│"}
SPAN_TOLERANCE = 3.0  # points: the same column's edge in two grids drawn by one table style
BLOCK_GAP = 3.5  # body line heights: the most space between two row blocks of one table
HEADER_CELL_WORDS = 5  # a header cell names its column in a few words


def _clean(cell: str) -> str:
    """The cell without the rule characters typed as text at its edges ("| Det finns …", "… årligen. |")."""
    words = cell.split()
    while words and words[0] in RULE_CHARS:
        words = words[1:]
    while words and words[-1] in RULE_CHARS:
        words = words[:-1]
    return " ".join(words) if len(words) != len(cell.split()) else cell


def _finished(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?"))


def goes_on(above: str, cell: str) -> bool:
    """``cell`` reads as the next printed line of ``above`` (an unfinished cell)."""
    if not above.strip() or _finished(above):
        return False
    first = cell.lstrip()[:1]
    return first.islower() or first.isdigit() or above.rstrip().endswith((",", "-", "–", "&"))


def starts_anew(above: str, cell: str) -> bool:
    return bool(above.strip()) and _finished(above) and cell.lstrip()[:1].isupper()


def text_table(raw: RawTable) -> bool:
    """No cell right of the first holds a number (a table of words, not of values)."""
    return not any(is_number(c) for r in raw.rows for c in r[1:] if c.strip())


def fold_wrapped(raw: RawTable) -> bool:
    """Fold the continuation lines of wrapped cells into their rows (see the module's doc); True when any was."""
    if raw.numeric or not text_table(raw) or len(raw.rows) < 2:
        return False
    ncols = max(len(r) for r in raw.rows)
    rows = [[_clean(c) for c in r + [""] * (ncols - len(r))] for r in raw.rows]
    tops = raw.extra.get("tops")
    out: list[list[str]] = [rows[0]]
    out_tops = [tops[0]] if tops and len(tops) == len(rows) else None
    folded = False
    for k, r in enumerate(rows[1:], start=1):
        above = out[-1]
        cells = [(j, c) for j, c in enumerate(r) if c.strip()]
        if not r[0].strip() and cells and above[0].strip() \
                and any(goes_on(above[j], c) for j, c in cells) and not any(starts_anew(above[j], c) for j, c in cells):
            out[-1] = [(a + " " + b).strip() if b else a for a, b in zip(above, r)]
            folded = True
            continue
        if not any(c.strip() for c in r):
            continue
        out.append(r)
        if out_tops is not None:
            out_tops.append(tops[k])
    if not folded:
        if any(_clean(c) != c for r in raw.rows for c in r):  # (no row folded: the rules typed at cells' edges go)
            raw.rows = [[_clean(c) for c in r] for r in raw.rows]
        return False
    raw.rows = out
    raw.extra["folded"] = True
    if out_tops is not None:
        raw.extra["tops"] = out_tops
    return True


def _spans_match(a: RawTable, b: RawTable) -> bool:
    sa, sb = a.extra.get("spans"), b.extra.get("spans")
    if not sa or not sb or len(sa) != len(sb):
        return False
    return all(abs(x[0] - y[0]) <= SPAN_TOLERANCE and abs(x[1] - y[1]) <= SPAN_TOLERANCE for x, y in zip(sa, sb))


def _only_rules_between(top: float, bottom: float, x0: float, x1: float, lines: list[Line]) -> bool:
    """Between ``top`` and ``bottom`` (over the table's width) stand no lines but rules typed as characters."""
    for ln in lines:
        cy = (ln.top + ln.bottom) / 2
        if top - 0.5 <= cy <= bottom + 0.5 and ln.x1 > x0 and ln.x0 < x1 and not RULE_LINE_RE.match(ln.text):
            return False
    return True


def _with_rules(bbox, lines: list[Line], reach: float):
    x0, top, x1, bottom = bbox
    rules = [ln for ln in lines if RULE_LINE_RE.match(ln.text) and ln.x1 > x0 and ln.x0 < x1]
    for ln in sorted(rules, key=lambda ln: ln.top):
        if bottom - 0.5 <= ln.top <= bottom + reach and _only_rules_between(bottom, ln.top, x0, x1, lines):
            bottom = max(bottom, ln.bottom)
    for ln in sorted(rules, key=lambda ln: -ln.bottom):
        if top - reach <= ln.bottom <= top + 0.5 and _only_rules_between(ln.bottom, top, x0, x1, lines):
            top = min(top, ln.top)
    return (x0, top, x1, bottom)


def header_like(row: list[str]) -> bool:
    cells = [c.strip() for c in row]
    return sum(bool(c) for c in cells) >= 2 and all(
        len(c.split()) <= HEADER_CELL_WORDS and len(c) <= 40 and not _finished(c) and not is_number(c) for c in cells)


def join_blocks(raws: list[RawTable], singles: list[RawTable], lines: list[Line], line_height: float) -> list[RawTable]:
    """Row blocks of one ruled text table joined, its one-row header grid put on top (see the module's doc).
    ``raws``: the page's tables (top to bottom); ``singles``: its one-row grids; ``lines``: the page's lines."""
    reach = BLOCK_GAP * line_height
    out: list[RawTable] = []
    for r in sorted(raws, key=lambda t: t.bbox[1]):
        prev = out[-1] if out else None
        if (prev is not None and prev.ruled and r.ruled and text_table(prev) and text_table(r) and _spans_match(prev, r)
                and 0 <= r.bbox[1] - prev.bbox[3] <= reach
                and _only_rules_between(prev.bbox[3], r.bbox[1], r.bbox[0], r.bbox[2], lines)):
            prev.rows = prev.rows + r.rows
            tops = prev.extra.get("tops"), r.extra.get("tops")
            if tops[0] is not None and tops[1] is not None:
                prev.extra["tops"] = tops[0] + tops[1]
            prev.bbox = (min(prev.bbox[0], r.bbox[0]), prev.bbox[1], max(prev.bbox[2], r.bbox[2]), r.bbox[3])
            prev.extra["blocks"] = prev.extra.get("blocks", 1) + 1
            continue
        out.append(r)
    for r in out:
        if r.extra.get("blocks"):  # the rules typed as text just above and below it are the table's too
            r.bbox = _with_rules(r.bbox, lines, reach)
        if not (r.ruled and text_table(r)) or r.extra.get("head_grid"):
            continue
        above = [s for s in singles if _spans_match(s, r) and 0 <= r.bbox[1] - s.bbox[3] <= reach
                 and _only_rules_between(s.bbox[3], r.bbox[1], r.bbox[0], r.bbox[2], lines) and header_like(s.rows[0])]
        if not above:
            continue
        head = max(above, key=lambda s: s.bbox[3])
        r.rows = [head.rows[0]] + r.rows
        if r.extra.get("tops") is not None:
            r.extra["tops"] = [head.bbox[1]] + r.extra["tops"]
        r.bbox = (min(r.bbox[0], head.bbox[0]), head.bbox[1], max(r.bbox[2], head.bbox[2]), r.bbox[3])
        r.extra["head_grid"] = True
    return out
