"""Reading order on multi-column pages: find a column gutter from the words' x-positions, read column by column.

Lines are grouped across the whole page width (ingest.layout.group_lines), so on a two-column page a visual
line holds a bit of each column. A gutter is a vertical band of whitespace, inside the middle half of the text
area, that many lines have a gap across (and few lines have a word across). Consecutive lines that do not cross
it form a column block when enough of them are split by it and both sides read as prose (not a table's numbers);
each such line is cut in two, and the block is read left column first, then right. Lines that cross the gutter
(full-width headings, tables, paragraphs above or below) stay where they are.

The result is an ordering key per line, ``Line.extra["order"] = (anchor, column, top)``: the page's items are
sorted by it instead of by ``top``.
"""

from __future__ import annotations

import re

from ingest.layout import Line

MIN_GAP = 7.0  # points of whitespace between two words for the gap to be a gutter candidate
MIN_SPLIT_LINES = 4  # lines split by the gutter, page-wide, before a page counts as multi-column
MIN_SPLIT_SHARE = 0.25  # ... and as a share of the page's lines of two or more words
BLOCK_MIN_SPLIT = 3  # split lines a column block needs
MAX_CROSS_SHARE = 0.5  # lines with a word across the gutter, at most this share of the split ones
PROSE_ALPHA = 0.6  # share of a column side's words that have letters (a table's side holds numbers)
LEFT_FILL = 0.75  # median share of the left column's width its split lines fill (a form's labels are short)
_ALPHA = re.compile(r"[^\W\d_]{2,}")


def _gaps(ln: Line) -> list[tuple[float, float]]:
    return [(a.x1, b.x0) for a, b in zip(ln.words, ln.words[1:]) if b.x0 - a.x1 >= max(MIN_GAP, 0.6 * ln.size)]


def _crosses(ln: Line, x: float) -> bool:
    return any(w.x0 < x - 0.5 and w.x1 > x + 0.5 for w in ln.words)


def _is_split(ln: Line, x: float) -> bool:
    return any(a < x < b for a, b in _gaps(ln))


def find_gutter(lines: list[Line]) -> float | None:
    """The x of a column gutter on this page, or None."""
    wordy = [ln for ln in lines if len(ln.words) >= 2]
    if len(wordy) < MIN_SPLIT_LINES:
        return None
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    width = right - left
    if width < 200:
        return None
    gaps = [_gaps(ln) for ln in wordy]
    best_x, best_n = None, 0
    x = left + 0.25 * width
    while x <= left + 0.75 * width:
        n = sum(1 for g in gaps if any(a < x < b for a, b in g))
        if n > best_n:
            best_x, best_n = x, n
        x += 1.0
    if best_x is None or best_n < MIN_SPLIT_LINES or best_n < MIN_SPLIT_SHARE * len(wordy):
        return None
    # the middle of the band of x-positions that split as many lines
    xs = [x for x in _frange(best_x, left + 0.75 * width) if sum(1 for g in gaps if any(a < x < b for a, b in g)) == best_n]
    end = best_x
    for x in xs:
        if x - end > 1.5:
            break
        end = x
    gutter = (best_x + end) / 2
    crossing = sum(1 for ln in wordy if _crosses(ln, gutter))
    if crossing > MAX_CROSS_SHARE * best_n:
        return None
    return gutter


def _frange(a: float, b: float) -> list[float]:
    out, x = [], a
    while x <= b:
        out.append(x)
        x += 1.0
    return out


def _prose(words: list) -> bool:
    return bool(words) and sum(1 for w in words if _ALPHA.search(w.text)) >= PROSE_ALPHA * len(words)


def _fills(lefts: list[Line]) -> bool:
    """Column text runs up to the gutter: the left parts' median width is most of the widest one's."""
    if not lefts:
        return False
    x0 = min(ln.x0 for ln in lefts)
    edge = max(ln.x1 for ln in lefts)
    fills = sorted((ln.x1 - x0) / max(edge - x0, 1.0) for ln in lefts)
    return fills[len(fills) // 2] >= LEFT_FILL


def _cut(ln: Line, gutter: float) -> tuple[Line | None, Line | None]:
    lw = [w for w in ln.words if (w.x0 + w.x1) / 2 < gutter]
    rw = [w for w in ln.words if (w.x0 + w.x1) / 2 >= gutter]
    parts = []
    for ws in (lw, rw):
        if not ws:
            parts.append(None)
            continue
        if len(ws) == len(ln.words):
            parts.append(ln)
            continue
        part = Line(words=ws, page=ln.page, kind=ln.kind, level=ln.level, extra=dict(ln.extra))
        part.refresh()
        parts.append(part)
    return parts[0], parts[1]


def order_columns(lines: list[Line]) -> list[Line]:
    """Lines in reading order, those of two-column blocks cut at the gutter and read column by column.
    Every returned line has ``extra["order"]``; lines of a one-column page keep their order by top."""
    for ln in lines:
        ln.extra["order"] = (ln.top, 0, ln.top)
    gutter = find_gutter(lines)
    if gutter is None:
        return lines
    out: list[Line] = []
    run: list[Line] = []

    def flush() -> None:
        split = [ln for ln in run if _is_split(ln, gutter)]
        sides = [_cut(ln, gutter) for ln in split]
        prose = len(split) >= BLOCK_MIN_SPLIT and _prose([w for l_, _ in sides if l_ for w in l_.words]) and _prose(
            [w for _, r in sides if r for w in r.words]) and _fills([l_ for l_, _ in sides if l_])
        if not prose:
            out.extend(run)
            run.clear()
            return
        anchor = run[0].top
        for ln in run:
            left, right = _cut(ln, gutter)
            for col, part in ((0, left), (1, right)):
                if part is not None:
                    part.extra["order"] = (anchor, col, part.top)
                    out.append(part)
        run.clear()

    for ln in sorted(lines, key=lambda ln: ln.top):
        if _crosses(ln, gutter):
            flush()
            out.append(ln)
        else:
            run.append(ln)
    flush()
    out.sort(key=lambda ln: ln.extra["order"])
    return out
