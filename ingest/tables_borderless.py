"""Borderless tables: columns aligned only by x-position.

Work from words: split each line into segments at wide gaps (a thousands space inside "-166 311" is narrow),
find runs of lines with several numeric segments whose right edges align, cluster the right edges into
columns, add header lines above (wrapped headers merged per column) and fold wrapped row labels."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from ingest.layout import Line, Word, join_words
from ingest.sections import CAPTION_RE
from ingest.tables import RawTable, is_number
from ingest.tables_rows import goes_on, starts_anew
from ingest.tables_typed import DATE_RE, terms, unfinished


@dataclass
class Seg:
    words: list[Word]
    text: str
    x0: float
    x1: float
    numeric: bool


def segments(ln: Line) -> list[Seg]:
    out: list[list[Word]] = []
    for w in ln.words:
        if out and (w.sup or w.x0 - out[-1][-1].x1 <= 0.55 * ln.size):
            out[-1].append(w)
        else:
            out.append([w])
    segs = []
    for ws in out:
        t = join_words(ws)
        segs.append(Seg(ws, t, ws[0].x0, ws[-1].x1, is_number(t)))
    return segs


def _numeric_row(segs: list[Seg]) -> bool:
    """A row of values: numbers after the label, not only years (a line of years is a header)."""
    nums = [s for s in segs[1:] if s.numeric] or [s for s in segs if s.numeric]
    if nums and all(_yearish(s.text) for s in nums) and len({s.text for s in nums}) == len(nums):
        return False
    return sum(s.numeric for s in segs[1:]) >= 2 or (len(segs) >= 2 and sum(s.numeric for s in segs) >= 2 and segs[-1].numeric)


def _cluster(values: list[float], tol: float) -> list[list[float]]:
    groups: list[list[float]] = []
    for v in sorted(values):
        if groups and v - groups[-1][-1] <= tol:
            groups[-1].append(v)
        else:
            groups.append([v])
    return groups


def find_borderless(lines: list[Line], page_no: int, exclude: list[tuple]) -> list[RawTable]:
    def excluded(ln: Line) -> bool:
        cy = (ln.top + ln.bottom) / 2
        return any(b[1] - 1 <= cy <= b[3] + 1 and ln.x1 > b[0] and ln.x0 < b[2] for b in exclude)

    cand = [ln for ln in lines if ln.kind == "text" and not excluded(ln)]
    segs = [segments(ln) for ln in cand]
    # one reference size for the page: OCR'd words get sizes from their boxes, which vary line to line
    ref = statistics.median(ln.size for ln in cand) if cand else 10.0
    tables: list[RawTable] = []
    i = 0
    while i < len(cand):
        if not _numeric_row(segs[i]):
            i += 1
            continue
        run = [i]
        valued = {i}
        edges = [sg.x1 for sg in segs[i][1:] if sg.numeric]
        j = i + 1
        pending: list[int] = []
        while j < len(cand):
            size = max(cand[j].size, ref)
            last = run[-1] if not pending else pending[-1]
            gap = cand[j].top - cand[last].top
            steps = sorted(cand[b].top - cand[a].top for a, b in zip(run + pending, (run + pending)[1:]) if b == a + 1)
            pitch = steps[len(steps) // 2] if steps else 0.0
            nums = [sg.x1 for sg in segs[j][1:] if sg.numeric]
            aligned = bool(nums) and all(any(abs(x - e) <= 0.6 * size for e in edges) for x in nums)
            # a wider gap is bridged by a row whose numbers stand in the run's columns
            if gap > max(3.2 * size, 2.2 * pitch) and not (aligned and gap <= 6 * size and not pending):
                break
            if _numeric_row(segs[j]) or aligned:
                run.extend(pending)
                pending = []
                run.append(j)
                valued.add(j)
                edges.extend(nums)
            elif len(segs[j]) == 1 and len(segs[j][0].text) <= 60 and len(pending) < 2 and not CAPTION_RE.match(segs[j][0].text):
                pending.append(j)
            else:
                break
            j += 1
        numeric_rows = [k for k in run if k in valued]
        table = _build(cand, segs, run, numeric_rows, page_no, ref) if sum(_numeric_row(segs[k]) for k in run) >= 2 else None
        if table is not None:
            tables.append(table)
            i = run[-1] + 1
        else:
            i += 1
    return tables


def _build(cand, segs, run, numeric_rows, page_no, ref: float = 0.0) -> RawTable | None:
    size = max(statistics.median(cand[k].size for k in run), ref)
    # numeric columns: right edges of numeric segments (first segment is the label unless all are numeric)
    # (a date beside the numbers of a row of values is a value of its own column: a loan's "2026-08-19" beside its
    # rate and amount, not part of the rate)
    edges = [s.x1 for k in numeric_rows for s in segs[k][1:] if s.numeric or _dated(s.text)]
    # an unlabelled row (a sum under its column) starts with a number standing in a value column
    edges += [segs[k][0].x1 for k in numeric_rows if segs[k][0].numeric and any(abs(segs[k][0].x1 - e) <= 0.6 * size for e in edges)]
    clusters = [c for c in _cluster(edges, 0.6 * size) if len(c) >= max(2, len(numeric_rows) // 3)]
    if len(clusters) < 2 and not (len(clusters) == 1 and all(segs[k][0].numeric is False for k in numeric_rows)):
        return None
    cols = []  # [x0, x1] ranges of value columns
    for c in clusters:
        lo, hi = min(c), max(c)
        members = [s for k in numeric_rows for s in segs[k][1:]
                   if (s.numeric or _dated(s.text)) and lo - 0.6 * size <= s.x1 <= hi + 0.6 * size]
        cols.append([min(s.x0 for s in members), hi])
    # side columns between the labels and the values (note references "Not 3", "2", codes), or between two value
    # columns (a rate the text layer garbled, "4,62 4"): segments after the label that stand in no value column,
    # left of the last, and align on their right edge in at least two rows
    side = [s for k in numeric_rows for s in segs[k][1:] if s.x1 < cols[-1][0] - 0.3 * size
            and not any(a - 0.3 * size <= s.x1 and s.x0 <= b + 0.3 * size for a, b in cols)]
    for c in _cluster([s.x1 for s in side], 0.6 * size):
        if len(c) >= 2:
            members = [s for s in side if min(c) - 0.1 <= s.x1 <= max(c) + 0.1]
            cols.append([min(s.x0 for s in members), max(c)])
    cols.sort()
    label_right = cols[0][0] - 0.3 * size
    # header lines above the run
    steps = [cand[b].top - cand[a].top for a, b in zip(numeric_rows, numeric_rows[1:])]
    row_pitch = statistics.median(steps) if steps else 2 * size
    header: list[int] = []
    pre: list[int] = []  # label-only group lines between the header and the first value row
    k = run[0] - 1
    lo_idx = run[0]
    while k >= 0 and len(header) < 4:
        ln = cand[k]
        if cand[lo_idx].top - ln.top > max(3.0 * max(ln.size, size), 2.2 * min(row_pitch, 2 * size)) or ln.kind != "text" or CAPTION_RE.match(ln.text):
            break
        if ln.size > 1.3 * size:
            break  # a heading in a larger font, not a header line
        sg = segs[k]
        multi = len(sg) >= 2 and all(len(s.text) <= 45 for s in sg) and not any(s.numeric for s in sg[1:] if not _yearish(s.text))
        single_value_col = len(sg) == 1 and sg[0].x0 > label_right
        label_only = len(sg) == 1 and sg[0].x1 <= label_right + 0.5 and len(sg[0].text) <= 60
        if multi or single_value_col:
            header.insert(0, k)
        elif label_only and not header and len(pre) < 4:
            pre.insert(0, k)
        else:
            break
        lo_idx = k
        k -= 1
    if header:
        run = pre + run
    if not header:
        # a table without a header line is still a table (e.g. a continuation)
        pass
    # header-only columns to the right (an empty value column such as "Utfall i ÅR" for a future year)
    for k in header:
        for s in segs[k]:
            if s.x0 > cols[-1][1] + 0.8 * size:
                cols.append([s.x0, s.x1])
    # a note header ("Not") standing apart over no values on this page is a column of its own, not label text
    for k in header:
        for n_seg, s in enumerate(segs[k]):
            if (n_seg and s.x1 < cols[0][0] and s.text.lower().rstrip(".:") in terms()["note_headers"]
                    and not any(a - 1 <= s.x1 and s.x0 <= b + 1 for a, b in cols)):
                cols.insert(0, [s.x0, s.x1])
                label_right = s.x0 - 0.3 * size
    bounds = [label_right] + [(cols[n][1] + cols[n + 1][0]) / 2 for n in range(len(cols) - 1)]

    def col_of(x0: float, x1: float) -> int:
        cx = (x0 + x1) / 2
        if x1 <= label_right + 0.5 or cx < label_right:
            return 0
        best, dist = 1, 1e9
        for n, (a, b) in enumerate(cols):
            d = 0 if a - 1 <= cx <= b + 1 else min(abs(cx - a), abs(cx - b))
            if d < dist:
                best, dist = n + 1, d
        return best

    ncols = len(cols) + 1
    header_rows = []
    for k in header:
        row = [""] * ncols
        for n_seg, s in enumerate(segs[k]):
            # a header segment ending on a column's right edge belongs to it whole ("Budget 2024" over "1 100");
            # other header words are assigned one by one: a wide header line may have one segment over two columns
            near = min(range(len(cols)), key=lambda n: abs(cols[n][1] - s.x1))
            whole = (n_seg or s.x0 > label_right) and abs(cols[near][1] - s.x1) <= 0.6 * size
            for w in s.words:
                j = near + 1 if whole else col_of(w.x0, w.x1)
                row[j] = (row[j] + " " + (w.text)).strip() if row[j] and not w.sup else row[j] + w.text
        header_rows.append(row)
    # body rows; fold wrapped labels
    pitches = [cand[b].top - cand[a].top for a, b in zip(numeric_rows, numeric_rows[1:])]
    pitch = statistics.median(pitches) if pitches else 2 * size
    body: list[list[str]] = []
    tops: list[float] = []
    pending_label = ""
    strays: dict[str, tuple[str, float, float]] = {}  # label -> a number standing apart left of the value columns
    for idx, k in enumerate(run):
        sg = segs[k]
        if k not in numeric_rows:
            nxt = run[idx + 1] if idx + 1 < len(run) else None
            nxt_text = segs[nxt][0].text if nxt is not None else ""
            tight = nxt is not None and cand[nxt].top - cand[k].top < 0.7 * pitch
            runs_on = nxt_text[:1].islower() or unfinished(sg[0].text)
            if nxt is not None and nxt in numeric_rows and (tight or (runs_on and cand[nxt].top - cand[k].top < 1.1 * pitch)):
                pending_label = (pending_label + " " + sg[0].text).strip()
            elif body and cand[k].top - tops[-1] < 0.8 * pitch and not body[-1][0].endswith(":"):
                body[-1][0] = (body[-1][0] + " " + sg[0].text).strip()
            else:
                body.append([sg[0].text] + [""] * (ncols - 1))
                tops.append(cand[k].top)
            continue
        row = [""] * ncols
        stray = None
        for n_seg, s in enumerate(sg):
            j = col_of(s.x0, s.x1) if not s.numeric or s.x1 > label_right else 0
            near = min(range(len(cols)), key=lambda n: abs(cols[n][1] - s.x1))
            if n_seg and not s.numeric and abs(cols[near][1] - s.x1) <= 0.6 * size:
                j = near + 1  # text right-aligned in a column ("4, 5, 6" under "Not")
            if s.numeric and j > 0:
                # numeric: nearest right edge
                j = min(range(len(cols)), key=lambda n: abs(cols[n][1] - s.x1)) + 1
            row[j] = (row[j] + " " + s.text).strip()
            if j == 0 and n_seg and s.numeric:
                stray = (s.text, s.x0, s.x1)
        row[0] = (pending_label + " " + row[0]).strip()
        if stray is not None and row[0].endswith(" " + stray[0]):
            # one note reference has no column of its own here; a table this part continues may have one
            strays[row[0]] = stray
        pending_label = ""
        body.append(row)
        tops.append(cand[k].top)
    used = header + run
    x0 = min(cand[k].x0 for k in used)
    x1 = max(cand[k].x1 for k in used)
    top = min(cand[k].top for k in used)
    bottom = max(cand[k].bottom for k in used)
    raw = RawTable(page_no, (x0, top, x1, bottom), header_rows + body, ruled=False)
    raw.extra["lines"] = [cand[k] for k in used]
    raw.extra["tops"] = [cand[k].top for k in header] + tops
    raw.extra["header_rows"] = len(header)
    raw.extra["col_edges"] = [c[1] for c in cols]
    raw.extra["strays"] = strays
    raw.extra["spans"] = [(x0, label_right)] + [(c[0], c[1]) for c in cols]
    return raw


def _dated(text: str) -> bool:
    """A date standing alone ("2025-02-19")."""
    return bool(DATE_RE.fullmatch(text.strip()))


def _yearish(text: str) -> bool:
    """A year in a header ("2023"), not a four-digit value printed without its thousands space ("4564", as OCR
    and some producers write it)."""
    t = text.strip()
    return t.isdigit() and len(t) == 4 and 1900 <= int(t) <= 2100


# -- text grids: columns of words aligned on their left edges, no numbers needed ---------------------------------
GRID_MIN_ROWS = 3  # lines of at least GRID_MIN_COLS aligned segments (the header line counts)
GRID_MIN_COLS = 3
GRID_MAX_WORDS = 12  # a column's cells hold at most this many words on average (more is running text)
GRID_KEY_WORDS = 4  # a key cell (a row's number or label) that lets the cells right of it hold sentences
BULLETS = {"•", "▪", "◦", "‣", "-", "–", "*", "○", "■", "□"}


def find_text_grids(lines: list[Line], page_no: int, exclude: list[tuple]) -> list[RawTable]:
    """Tables of words without rules or numbers (a status list: "Rek  Nämnd  Bedömning  Kommentar"), as a word
    processor's tab stops print them: runs of lines split at wide gaps into segments whose left edges stand in the
    same columns. A line with fewer segments, all in the run's columns right of the first, and with the first
    column empty continues the row above (a wrapped cell)."""
    def excluded(ln: Line) -> bool:
        cy = (ln.top + ln.bottom) / 2
        return any(b[1] - 1 <= cy <= b[3] + 1 and ln.x1 > b[0] and ln.x0 < b[2] for b in exclude)

    cand = sorted((ln for ln in lines if ln.kind != "footnote" and not excluded(ln)), key=lambda ln: ln.top)
    segs = [segments(ln) for ln in cand]
    tables: list[RawTable] = []
    i = 0
    while i < len(cand):
        if len(segs[i]) < GRID_MIN_COLS:
            i += 1
            continue
        size = cand[i].size or 10.0
        cols = [s.x0 for s in segs[i]]
        run = [i]
        j = i + 1
        while j < len(cand):
            gap = cand[j].top - cand[run[-1]].bottom
            if gap > 1.2 * size:
                break
            xs = [s.x0 for s in segs[j]]
            if not all(any(abs(x - c) <= 0.8 * size for c in cols) for x in xs):
                break
            if len(xs) < 2 and abs(xs[0] - cols[0]) <= 0.8 * size and not _key_goes_on(cand, segs, run[-1], j, cols[0]):
                break  # a line starting in the first column alone: prose under the table (not its wrapped key cell)
            run.append(j)
            j += 1
        full = [k for k in run if len(segs[k]) >= GRID_MIN_COLS]
        if len(full) >= GRID_MIN_ROWS:
            table = _grid(cand, segs, run, cols, page_no)
            if table is not None:
                tables.append(table)
                i = run[-1] + 1
                continue
        i += 1
    return tables


def _key_goes_on(cand: list[Line], segs: list[list[Seg]], prev: int, k: int, col0: float) -> bool:
    """Line ``k``, alone in the first column, is the next printed line of the first column's cell on line ``prev``
    right above it (an unfinished cell going on in lower case: a wrapped key cell, as ingest.tables_rows reads it)."""
    size = cand[k].size or 10.0
    above = [s for s in segs[prev] if abs(s.x0 - col0) <= 0.8 * size]
    return bool(above) and cand[k].top - cand[prev].bottom <= 0.6 * size and _key_wraps(above[0].text, segs[k][0].text)


def _key_wraps(above: str, cell: str) -> bool:
    """A first-column cell going on in lower case from an unfinished one (a number opening a line is a new row's)."""
    return cell.lstrip()[:1].islower() and goes_on(above, cell)


def _keyed(rows: list[list[str]], nlines: int) -> bool:
    """Rows that start on a line of their own in a short key column (a number, a label of a few words) and go on
    over more printed lines in the columns right of it: a table of wrapped cells, whose cells may hold whole
    sentences. Columns of running text (a page set in columns) fill their first column on every line."""
    keys = [r[0] for r in rows[1:]]
    return (len(rows) >= 3 and nlines >= len(rows) + 2 and all(keys)
            and all(len(c.split()) <= GRID_KEY_WORDS and not c.rstrip().endswith((".", ":")) for c in keys))


def _grid(cand: list[Line], segs: list[list[Seg]], run: list[int], cols: list[float], page_no: int) -> RawTable | None:
    size = cand[run[0]].size or 10.0
    rows: list[list[str]] = []
    spans: list[list[float]] = [[c, c] for c in cols]  # each column's x-extent (joining parts over a page break)
    for k in run:
        cells = [""] * len(cols)
        for s in segs[k]:
            c = min(range(len(cols)), key=lambda n: abs(cols[n] - s.x0))
            cells[c] = (cells[c] + " " + s.text).strip()
            spans[c] = [min(spans[c][0], s.x0), max(spans[c][1], s.x1)]
        close = abs(cand[k].top - cand[k - 1].bottom) <= 0.6 * size
        if rows and close and (not cells[0] or _key_wraps(rows[-1][0], cells[0]) and not any(
                starts_anew(a, b) for a, b in zip(rows[-1], cells) if b)):
            rows[-1] = [(a + " " + b).strip() for a, b in zip(rows[-1], cells)]  # a wrapped cell (the key's too)
        else:
            rows.append(cells)
    if any(is_number(c) for c in rows[0][1:]) or len(rows) < 2:
        return None  # numbers in the top line: a numeric table (find_borderless reads those)
    keyed = _keyed(rows, len(run))
    for k in range(len(cols)):
        column = [r[k] for r in rows if r[k]]
        if sum(c in BULLETS for c in column) * 2 >= len(column):
            return None  # a column of bullets: lists side by side (a page in columns), not a table
        if column and sum(len(c.split()) for c in column) / len(column) > GRID_MAX_WORDS and not (keyed and k):
            return None  # a column of running text
    header = all(c and len(c.split()) <= 3 and not any(ch.isdigit() for ch in c) for c in rows[0])
    lines = [cand[k] for k in run]
    bbox = (min(ln.x0 for ln in lines), min(ln.top for ln in lines), max(ln.x1 for ln in lines),
            max(ln.bottom for ln in lines))
    return RawTable(page=page_no, bbox=bbox, rows=rows, ruled=False, header_rows=1 if header else 0,
                    extra={"lines": lines, "text_grid": True, "spans": [tuple(x) for x in spans]})
