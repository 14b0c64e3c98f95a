"""Tables: ruled tables via pdfplumber's line finder (cells filled from our words), borderless ones via
:mod:`ingest.tables_borderless`; typed :class:`ingest.models.Table` with header merge, units, captions,
and tables continuing on the next page joined."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ingest.layout import SUP_CHARS, Line, Word, group_lines
from ingest.models import Cell, Table, TableRow
from ingest.numbers import is_dash, number_style, parse_number
from ingest.sections import CAPTION_RE
from ingest.tables_typed import (
    _pad,
    any_number,
    assign_groups,
    column_info,
    dash_value,
    group_row,
    header_count,
    is_note_column,
    is_total,
    label_column,
    merge_columns_map,
    merge_wrapped,
)

YEAR_TAIL_RE = re.compile(r"(?<!\d)(?:19|20)\d\d\s*$")


@dataclass
class RawTable:
    page: int
    bbox: tuple[float, float, float, float]
    rows: list[list[str]]  # cell texts, header rows first
    ruled: bool = True
    caption: str | None = None
    heading: str | None = None
    header_rows: int = 0
    numeric: bool = False
    continuation_of: int | None = None  # index of the raw table this one continues
    first_on_page: bool = False
    last_on_page: bool = False
    extra: dict = field(default_factory=dict)


def is_number(text: str) -> bool:
    """A Swedish ("-166 311", "1,5") or English-style ("3,983,166.42") number."""
    return any_number(text)


def analyse(raw: RawTable) -> None:
    """Type the grid (see ingest.tables_typed): label column first, over-split columns merged, header rows
    (years in the first row included), wrapped labels folded. numeric = has numeric value cells."""
    if raw.extra.get("analysed"):
        return
    raw.extra["analysed"] = True
    rows = _pad(raw.rows)
    tops = raw.extra.get("tops")
    body_numeric = [any(is_number(c) for c in r[1:]) for r in rows]
    raw.numeric = sum(body_numeric) >= 2 or (sum(body_numeric) >= 1 and len(rows) <= 3)
    if not raw.numeric:
        raw.rows = rows
        if raw.extra.get("head_grid"):  # its header row printed in a grid of its own (ingest.tables_rows)
            raw.header_rows = 1
        elif raw.extra.get("folded") or raw.extra.get("blocks"):  # read by column: the first row only when it
            from ingest.tables_rows import header_like  # names the columns in a few words

            raw.header_rows = 1 if len(rows) > 1 and header_like(rows[0]) else 0
        else:
            raw.header_rows = 1 if len(rows) > 1 and _looks_header(rows[0]) else 0
        return
    geo = raw.extra.get("header_rows")  # header lines found by geometry (word-aligned tables)

    def heads(rs: list[list[str]]) -> int:
        return max(header_count(rs), geo or 0)

    lc = label_column(rows, heads(rows))
    order = list(range(len(rows[0]) if rows else 0))
    if lc:
        rows = [[r[lc]] + r[:lc] + r[lc + 1 :] for r in rows]
        order = [lc] + order[:lc] + order[lc + 1 :]
    rows, made_of = merge_columns_map(rows, heads(rows))
    spans = raw.extra.pop("spans", None)
    if spans and len(spans) == len(order):
        # each column's x-extent, through the label move and the merges (ingest.tables_join matches parts by it)
        raw.extra["spans"] = [(min(spans[order[k]][0] for k in m), max(spans[order[k]][1] for k in m)) for m in made_of]
    h = heads(rows)
    rows, tops = merge_wrapped(rows, tops, h)
    raw.rows, raw.header_rows = rows, h
    raw.extra["tops"] = tops


def quality(raw: RawTable) -> int:
    """Numbers addressed by both a row label and a column header, minus those missing either."""
    analyse(raw)
    if not raw.rows:
        return 0
    ncols = max(len(r) for r in raw.rows)
    head = [" ".join(r[j] for r in raw.rows[: raw.header_rows] if j < len(r)).strip() for j in range(ncols)]
    q = 0
    for r in raw.rows[raw.header_rows :]:
        for j, c in enumerate(r[1:], start=1):
            if is_number(c):
                q += 1 if (r[0].strip() and head[j]) else -1
    return q


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def choose_tables(ruled: list[RawTable], borderless: list[RawTable]) -> list[RawTable]:
    """Where a ruled grid and word-aligned tables cover the same place, keep the reading that addresses more
    numbers by a row label and a column header (shading and sum rules also make grids; a grid may split
    wrapped cells). Sorted top to bottom."""
    out: list[RawTable] = []
    used: set[int] = set()
    for r in ruled:
        rivals = [b for b in borderless if _overlap(r.bbox, b.bbox)]
        analyse(r)
        if rivals and r.numeric and sum(quality(b) for b in rivals) > quality(r):
            for b in rivals:
                if id(b) not in used:
                    used.add(id(b))
                    out.append(b)
        else:
            used.update(id(b) for b in rivals)
            out.append(r)
    out.extend(b for b in borderless if id(b) not in used)
    return sorted(out, key=lambda t: t.bbox[1])


def _looks_header(row: list[str]) -> bool:
    return all(len(c) <= 60 for c in row) and any(c.strip() for c in row)


def cell_text(words: list[Word]) -> str:
    if not words:
        return ""
    return " ".join(ln.text for ln in group_lines(words)).strip()


def _inside(w: Word, bbox) -> bool:
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return bbox[0] - 0.5 <= cx <= bbox[2] + 0.5 and bbox[1] - 0.5 <= cy <= bbox[3] + 0.5


def find_ruled(page, words: list[Word], page_no: int, singles: list[RawTable] | None = None,
               all_words: list[Word] | None = None) -> list[RawTable]:
    """The page's ruled grids of at least two rows and two columns; ``singles`` (when given) gets its one-row grids
    (a table's header printed in a grid of its own: ingest.tables_rows.join_blocks), their cells read from
    ``all_words`` (the page's words before running headers were removed: a table's header repeated on every page
    at the same place is no running header); so is a grid's top row that the removal left empty."""
    out = []
    try:
        found = page.find_tables()
    except Exception:  # a broken drawing must not stop text extraction
        return []
    for t in found:
        rows, tops = [], []
        for k, r in enumerate(t.rows):
            cells = []
            for c in r.cells:
                cells.append(cell_text([w for w in words if _inside(w, c)]) if c else "")
            if k == 0 and all_words is not None and not any(c.strip() for c in cells) and len(t.rows) >= 2:
                # the grid's top row read as a running header (the table's header repeated at the same place on
                # every page): its words from the page before running headers were removed, when they fill at least
                # two of its cells
                head = [cell_text([w for w in all_words if _inside(w, c)]) if c else "" for c in r.cells]
                if sum(bool(h.strip()) for h in head) >= 2:
                    cells = head
            if any(c.strip() for c in cells):
                rows.append(cells)
                tops.append(float(r.bbox[1]))
        ncols = max((len(r) for r in rows), default=0)
        if len(rows) < 2 or ncols < 2:
            cells = [cell_text([w for w in (all_words or words) if _inside(w, c)]) if c else "" for c in t.rows[0].cells] \
                if singles is not None and len(t.rows) == 1 else []
            if sum(bool(c.strip()) for c in cells) >= 2:
                one = RawTable(page_no, tuple(float(x) for x in t.bbox), [cells], ruled=True)
                spans = [c.bbox for c in t.columns]
                if len(spans) == len(cells) and all(spans):
                    one.extra["spans"] = [(float(b[0]), float(b[2])) for b in spans]
                    singles.append(one)
            continue
        raw = RawTable(page_no, tuple(float(x) for x in t.bbox), rows, ruled=True)
        raw.extra["tops"] = tops
        spans = [c.bbox for c in t.columns]
        if len(spans) == ncols and all(spans):
            raw.extra["spans"] = [(float(b[0]), float(b[2])) for b in spans]
        out.append(raw)
    return out


def lines_in(bbox, lines: list[Line]) -> list[Line]:
    return [ln for ln in lines if bbox[1] - 1 <= (ln.top + ln.bottom) / 2 <= bbox[3] + 1 and ln.x1 > bbox[0] and ln.x0 < bbox[2]]


def attach_context(raw: RawTable, prose: list[Line]) -> None:
    """Caption ('Tabell 2: …', below or above) and the short heading just above the table."""
    x0, top, x1, bottom = raw.bbox
    below = [ln for ln in prose if ln.top >= bottom - 1 and ln.top - bottom < 3.2 * ln.size and ln.kind != "footnote"]
    above = [ln for ln in prose if ln.bottom <= top + 1 and top - ln.bottom < 3.5 * ln.size]
    below.sort(key=lambda ln: ln.top)
    above.sort(key=lambda ln: -ln.bottom)
    if below and CAPTION_RE.match(below[0].text):
        raw.caption = below[0].text
    if above:
        a = above[0]
        if CAPTION_RE.match(a.text) and raw.caption is None:
            raw.caption = a.text
            above = [ln for ln in prose if ln.bottom <= a.top + 1 and a.top - ln.bottom < 3 * ln.size and ln is not a]
            above.sort(key=lambda ln: -ln.bottom)
            a = above[0] if above else None
        letters = sum(ch.isalpha() for ch in a.text) if a is not None else 0
        if a is not None and letters >= 3 and len(a.text) <= 90 and not a.text.rstrip().endswith((".", ":")) and not CAPTION_RE.match(a.text):
            raw.heading = a.text
            b = next((ln for ln in above if ln is not a and ln.bottom <= a.top + 1), None)
            if b is not None and _heading_continues(b, a):
                raw.heading = f"{b.text} {a.text}"


def _heading_continues(b: Line, a: Line) -> bool:
    """A heading wrapped over two lines: the line ``b`` just above ``a`` (no gap, same weight) ends no sentence,
    and the two are set alike: both in capitals, or ``a`` going on in lower case in the same size."""
    if a.top - b.bottom > 0.8 * min(a.size, b.size) or a.bold != b.bold:
        return False
    tail = b.text.rstrip()
    if tail.endswith((".", ":", "!", "?")) or CAPTION_RE.match(b.text) or len(tail) + len(a.text) > 120:
        return False
    if re.search(r"\d\s*$", tail) and not YEAR_TAIL_RE.search(tail):
        return False  # a row of values, not words
    letters_a = [ch for ch in a.text if ch.isalpha()]
    if sum(ch.isalpha() for ch in b.text) < 3 or not letters_a:
        return False
    if _in_capitals(b.text, a.text):  # (no size compared: a scanned page's sizes are guessed from line heights)
        return True
    return letters_a[0].islower() and abs(a.size - b.size) <= 0.6


def _in_capitals(*texts: str) -> bool:
    """Every letter of every text is a capital (a heading set in capitals, over one line or two)."""
    return all(ch.isupper() for t in texts for ch in t if ch.isalpha())


def _continued_by(heading: str, label_header: str) -> bool:
    """The label column's header goes on with the heading above the table, both set in capitals (a unit in lower
    case, "tkr", is no part of the heading)."""
    if min(sum(ch.isalpha() for ch in t) for t in (label_header, heading)) < 3:
        return False
    return not heading.rstrip().endswith((".", ":", "!", "?")) and _in_capitals(heading, label_header)


def strip_markers(text: str) -> str:
    return re.sub(r"[" + SUP_CHARS + r"]+", "", text).strip()


def _dehyphenate_header(text: str) -> str:
    return re.sub(r"(\w)- (?!(och|o|eller|samt|resp|respektive|till)\b)([a-zåäö])", r"\1\3", text)


def _unit(columns: list[str], caption: str | None, heading: str | None) -> str | None:
    found: Counter = Counter()
    for text in [*columns, caption or "", heading or ""]:
        for u in re.findall(r"(?<![\w])(mdkr|mnkr|tkr|kkr|miljoner kronor|kronor|kr|%|procent)(?![\w])", text, re.IGNORECASE):
            u = u.lower()
            u = {"procent": "%", "miljoner kronor": "mnkr", "kkr": "tkr", "kronor": "kr"}.get(u, u)
            found[u] += 1
    money = [(n, u) for u, n in found.items() if u != "%"]
    if money:
        return max(money)[1]
    return "%" if found else None


def _columns(first: RawTable, ncols: int) -> tuple[list[str], list[list[str]], list[str | None]]:
    """Header text per column: group labels ("Period", "Helår") spanning the rows below them, then the
    column's own header lines joined."""
    head = [r + [""] * (ncols - len(r)) for r in first.rows[: first.header_rows]]
    g = 0
    while g < len(head) - 1 and group_row(head[g], head[g + 1]):
        g += 1
    groups: list[str | None] = [None] * ncols
    for row in head[:g]:
        for j, lab in enumerate(assign_groups(row, ncols, left_aligned=first.ruled)):
            if lab:
                groups[j] = f"{groups[j]} {lab}" if groups[j] else lab
    columns, parts = [], []
    inherit = first.extra.get("inherit")
    if inherit and not any(h[j].strip() for h in head for j in range(1, ncols)):
        # no header of its own: the value columns of the table above (notes under one year header)
        own0 = [re.sub(r"\s+", " ", h[0]).strip() for h in head if h[0].strip()]
        cols, prts = inherit
        return [" ".join(own0)] + cols[1:], [own0] + prts[1:], [None] * ncols
    for j in range(ncols):
        own = [re.sub(r"\s+", " ", h[j]).strip() for h in head[g:] if h[j].strip()]
        if j == 0 and g:
            own = [re.sub(r"\s+", " ", h[0]).strip() for h in head if h[0].strip()]
        text = " ".join(([groups[j]] if groups[j] and j else []) + own)
        columns.append(_dehyphenate_header(text))
        parts.append(own)
    return columns, parts, groups


def _sum_rows(rows: list[TableRow]) -> None:
    """An unlabelled row whose value equals the sum of the value rows above it (since the last heading or total)
    is a total too (sums printed under a rule without a "Summa" label)."""
    block: list[TableRow] = []
    for row in rows:
        vals = [c.value for c in row.cells]
        if not row.label.strip() and len(block) >= 2:
            for j, v in enumerate(vals):
                col = [b.cells[j].value for b in block if j < len(b.cells) and b.cells[j].value is not None]
                if v is not None and len(col) >= 2 and abs(sum(col) - v) <= max(1.0, 0.001 * abs(v)):
                    row.total = True
                    break
        if row.total or not any(v is not None for v in vals):
            block = []
        else:
            block.append(row)


def build_table(parts: list[RawTable], doc_id: str, index: int, fallback_title: str | None) -> Table:
    """Merge one or more raw parts (a table continuing over pages) into a typed Table."""
    first = parts[0]
    ncols = max(len(r) for p in parts for r in p.rows)
    columns, head_parts, groups = _columns(first, ncols)
    warnings: list[str] = []
    body: list[tuple[int, list[str]]] = []
    for p in parts:
        for r in p.rows[p.header_rows :]:
            r = [re.sub(r"\s+", " ", c).strip() for c in r + [""] * (ncols - len(r))]
            if any(r):
                body.append((p.page, r))
    roles = ["label"] + ["value"] * (ncols - 1)
    if first.numeric:
        for j in range(1, ncols):
            col = [r[j] for _, r in body]
            if is_note_column(columns[j], col):
                roles[j] = "note"
            elif not any(is_number(c) for c in col) and any(c and not is_dash(c) for c in col):
                roles[j] = "text"
    value_cells = [r[j] for _, r in body for j in range(1, ncols) if roles[j] == "value"]
    style = number_style(value_cells)
    dash = dash_value(value_cells, style)
    rows: list[TableRow] = []
    for page, r in body:
        cells = []
        for j, raw in enumerate(r[1:], start=1):
            value, warn = None, None
            if first.numeric and roles[j] == "value":
                value, warn = (dash, None) if is_dash(raw) else parse_number(raw, style)
            if warn and value is not None:
                warnings.append(f"p{page}: {warn}")
            cells.append(Cell(raw=raw, value=value))
        rows.append(TableRow(label=r[0], cells=cells, total=bool(first.numeric and r[0] and is_total(r[0])), page=page))
    _sum_rows(rows)
    info = [column_info(columns[j], head_parts[j], roles[j], groups[j]) for j in range(ncols)]
    caption_part = next((p for p in parts if p.caption), None)
    caption = strip_markers(caption_part.caption) if caption_part else None
    heading = first.heading
    head0 = columns[0] if first.numeric and sum(ch.isalpha() for ch in columns[0]) >= 3 and len(columns[0]) <= 90 else None
    if caption and heading:
        title = f"{caption} ({strip_markers(heading)})"
    else:
        # a heading over several different tables (the organisation's name above every statement) names none of
        # them: the label column's own header ("Balansräkning") does
        shared = first.extra.get("shared_heading") and head0
        title = caption or (strip_markers(heading) if heading and not shared else None) or head0 or fallback_title or f"Tabell, sida {first.page}"
        if heading and head0 and not caption and not shared and _continued_by(heading, head0):
            title = f"{strip_markers(heading)} {head0}"  # the heading's last line became the label column's header
    # a column without a year of its own takes the table's year when its caption/heading names exactly one
    years = set(re.findall(r"(?<![\d-])((?:19|20|21)\d\d)(?![\d-])", f"{caption or ''} {heading or ''}"))
    if len(years) == 1:
        for ci in info:
            if ci.role == "value" and ci.year is None:
                ci.year = int(next(iter(years)))
    last_page = parts[-1].page
    return Table(
        id=f"{doc_id}:t{first.page}-{index}",
        doc_id=doc_id,
        page=first.page,
        page_end=last_page if last_page != first.page else None,
        bbox=first.bbox,
        title=title,
        caption=caption,
        heading=strip_markers(heading) if heading else None,
        unit=_unit(columns, caption, heading),
        columns=columns,
        rows=rows,
        column_info=info,
        number_style=style,
        warnings=warnings,
    )


def row_texts(raw: RawTable) -> list[str]:
    """The table as page text: merged header line, then one line per row ('label v1 v2 …')."""
    out = []
    ncols = max(len(r) for r in raw.rows)
    if raw.header_rows:
        head = [r + [""] * (ncols - len(r)) for r in raw.rows[: raw.header_rows]]
        out.append(" ".join(" ".join(h[j].strip() for h in head if h[j].strip()) for j in range(ncols) if any(h[j].strip() for h in head)))
    for r in raw.rows[raw.header_rows :]:
        t = " ".join(c.strip() for c in r if c.strip())
        if t:
            out.append(re.sub(r"\s+", " ", t))
    return out


def split_inner_headers(t: Table) -> list[Table]:
    """A table whose rows hold a header of their own - a label over the table's own column headers again ("NOT 3,
    ÖVRIGA RÖRELSEINTÄKTER | 2023 | 2022" under note 2's rows, as a page of notes is often read as one grid) - is
    several tables, each titled by its header row."""
    heads = [c.strip() for c in t.columns[1:]]
    if not heads or not any(heads):
        return [t]
    cuts = [i for i, r in enumerate(t.rows) if i > 0 and r.label.strip()
            and [c.raw.strip() for c in r.cells] == heads]
    if not cuts:
        return [t]
    parts = [t.model_copy(update={"rows": t.rows[:cuts[0]]})]
    for k, start in enumerate(cuts):
        end = cuts[k + 1] if k + 1 < len(cuts) else len(t.rows)
        rows = t.rows[start + 1:end]
        if not rows:
            continue
        head = t.rows[start]
        first, last = head.page or t.page, max((r.page or t.page) for r in rows)
        parts.append(t.model_copy(update={
            "id": f"{t.id}.{k + 1}", "title": head.label.strip(), "heading": head.label.strip(), "caption": None,
            "page": first, "page_end": last if last != first else None, "rows": rows, "warnings": []}))
    return [p for p in parts if p.rows]
