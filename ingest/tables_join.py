"""Tables that continue: a part at the top of the next page (or below a gap on the same page) joined to the table
it continues, and header-less tables taking the column headers of the table above.

Columns of two parts are matched by position (:func:`column_map`): every column of a table knows its x-extent
(``raw.extra["spans"]``: ruled grids from pdfplumber's cells, word-aligned tables from their words, carried
through the label move and column merges of :func:`ingest.tables.analyse`). A value column of the later part
matches the earlier part's column it overlaps most (or whose right edge it shares: right-aligned numbers), in
the same order; a part whose columns all match continues the other even when it has fewer (empty columns such
as "Prio" or "Status" are dropped from a part that leaves them blank).

A part continues the group before it when (:func:`continues`)
- it stands on the next page, the group's last part ends its page, no caption closes the group (a caption below
  the part may name the whole table, one different from the group's names another table);
  or it stands on the same page right below the group's last part with at most four short heading lines between
  ("EGET KAPITAL OCH SKULDER", "Eget kapital") and the group already has such label-only group rows (a
  statement), none of them a note heading ("Not 5 …") or a caption;
- it has no column header of its own (then its columns must match by position, or count) or it repeats the
  group's header (a statement continued under the same header: "Balansräkning 2023-12-31 2022-12-31");
- its first row is no note heading ("Not 11 Inventarier": a note of its own);
- the lines above it are repeated ones (running header, the title again), lines saying "forts." or, when it has
  no header of its own, at most two short heading lines (they become label-only rows of the joined table).
Joined parts keep their own page per row (for citations); title, section and headers are the first part's.
"""

from __future__ import annotations

import re

from ingest.sections import CAPTION_RE
from ingest.tables import RawTable, _columns
from ingest.tables_typed import terms

STRAY_REACH = 12.0  # points (about an em): how far a stray number may stand from the centre of its column
NOTE_HEADING = re.compile(r"^\s*not(?:er)?\s*\d{1,3}\b", re.IGNORECASE)


def _norm(t: str) -> str:
    return re.sub(r"\s+", " ", t or "").strip().lower()


def _ncols(raw: RawTable) -> int:
    return max(len(r) for r in raw.rows)


def own_header(raw: RawTable) -> bool:
    return any(c.strip() for h in raw.rows[: raw.header_rows] for c in h[1:])


def _match(a: tuple[float, float], b: tuple[float, float]) -> float | None:
    """How well column extent ``a`` stands under ``b``: overlap share of the narrower, or a shared right edge."""
    ov = min(a[1], b[1]) - max(a[0], b[0])
    narrow = max(1e-6, min(a[1] - a[0], b[1] - b[0]))
    score = ov / narrow if ov > 0 else 0.0
    if abs(a[1] - b[1]) <= 3.0:
        score = max(score, 0.9)
    return score if score >= 0.5 else None


def column_map(raw: RawTable, prev: RawTable) -> list[int] | None:
    """Column j of ``raw`` -> the column of ``prev`` at the same place (label 0 -> 0), keeping their order; None
    unless every column of ``raw`` finds one."""
    a, b = raw.extra.get("spans"), prev.extra.get("spans")
    if not a or not b or len(a) != _ncols(raw) or len(b) != _ncols(prev) or len(a) > len(b):
        return None
    out = [0]
    for j in range(1, len(a)):
        best = None
        for k in range(out[-1] + 1, len(b)):
            s = _match(a[j], b[k])
            if s is not None and (best is None or s > best[0] + 1e-9):
                best = (s, k)
        if best is None:
            return None
        out.append(best[1])
    return out


def _head_texts(raw: RawTable) -> list[str]:
    n = _ncols(raw)
    head = [r + [""] * (n - len(r)) for r in raw.rows[: raw.header_rows]]
    return [_norm(" ".join(h[j] for h in head)) for j in range(n)]


def _repeats_header(raw: RawTable, first: RawTable) -> bool:
    """Its header rows hold the words of the group's first part's header (the same header printed again; a word
    may stand over another column when a column is empty on this page, such as "Not")."""
    mine = sorted(" ".join(_head_texts(raw)).split())
    return bool(mine) and own_header(raw) and mine == sorted(" ".join(_head_texts(first)).split())


def _header_is_a_row(raw: RawTable, prev: RawTable) -> bool:
    """The part's "header" is a row of the table it continues, read as a header because the page break dropped the
    real one: a label like the earlier part's labels (a number when theirs are numbers) and a cell that the earlier
    part's body holds in the same column ("8 | Uppföljning … | Förskolenämnden | Ej påbörjad" under rows 1-7)."""
    if raw.header_rows != 1 or _ncols(raw) != _ncols(prev):
        return False
    head = raw.rows[0]
    body = prev.rows[prev.header_rows:]
    if not body or not head or not head[0].strip():
        return False
    if head[0].strip().isdigit() != all(r[0].strip().isdigit() for r in body if r and r[0].strip()):
        return False
    seen = [{_norm(r[j]) for r in body if j < len(r) and r[j].strip()} for j in range(_ncols(prev))]
    return any(j < len(seen) and c.strip() and _norm(c) in seen[j] for j, c in enumerate(head[1:], start=1))


def _short_heading(t: str) -> bool:
    return len(t) <= 60 and not t.rstrip().endswith(".") and not CAPTION_RE.match(t) and not NOTE_HEADING.match(t)


def _continuation_word(t: str) -> bool:
    low = _norm(t)
    return any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", low) for w in terms().get("continuation_words", []))


def _new_lines(raw: RawTable, group: list[RawTable]) -> list[str] | None:
    """The lines above a next-page part that are not repeated from above the group's first part (running header,
    title) or continuation marks; None when they rule out a continuation."""
    first = group[0]
    seen = {_norm(t) for t in first.extra.get("prose_above", [])} | {_norm(first.heading or "")}
    rest = [t for t in raw.extra.get("prose_above", []) if _norm(t) not in seen and not _continuation_word(t)]
    if own_header(raw):
        return [] if not rest else None
    if len(rest) <= 2 and all(_short_heading(t) for t in rest):
        return rest
    return None


def _between(raw: RawTable, prev: RawTable, group: list[RawTable]) -> list[str] | None:
    """Heading lines between two parts on one page, when they continue a statement; else None."""
    lines = [t for top, t in raw.extra.get("prose_above_at", []) if top >= prev.bbox[3] - 1]
    if len(lines) > 4 or not all(_short_heading(t) for t in lines):
        return None
    grouped = any(r[0].strip() and not any(c.strip() for c in r[1:]) for p in group for r in p.rows[p.header_rows :])
    return lines if grouped else None


def continues(raw: RawTable, group: list[RawTable]) -> tuple[list[int] | None, list[str]] | None:
    """(column map or None for 'same columns', heading lines to insert) when ``raw`` continues ``group``."""
    prev, first = group[-1], group[0]
    if prev.numeric != raw.numeric or (raw.caption and first.caption and raw.caption != first.caption):
        return None
    for r in raw.rows:  # the label-only lines it starts with (read as header or body rows)
        if any(c.strip() for c in r[1:]):
            break
        if NOTE_HEADING.match(r[0] or ""):
            return None  # it opens a note of its own ("Not 11 Inventarier")
    cmap = column_map(raw, prev)
    same = _ncols(raw) == _ncols(prev) and (cmap is not None or not raw.extra.get("spans") or not prev.extra.get("spans"))
    if cmap is None and not same:
        return None
    own = own_header(raw) and not _header_is_a_row(raw, prev)
    if own and not _repeats_header(raw, first):
        return None
    if raw.page == prev.page + 1 and prev.last_on_page and prev.caption is None:
        if raw.first_on_page:
            return cmap, []
        lines = _new_lines(raw, group)
        return None if lines is None else (cmap, lines)
    if raw.page == prev.page and raw.numeric and not own and raw.bbox[1] >= prev.bbox[3] - 1 and prev.caption is None:
        lines = _between(raw, prev, group)
        return None if lines is None else (cmap, lines)
    return None


def link_continuations(raws: list[RawTable]) -> list[list[RawTable]]:
    """Group raw tables into logical tables (see the module rules); a later part's rows are put into the first
    part's columns, heading lines above it become label-only rows."""
    groups: list[list[RawTable]] = []
    for raw in raws:
        got = continues(raw, groups[-1]) if groups else None
        if got is None:
            groups.append([raw])
            continue
        cmap, lines = got
        prev = groups[-1][-1]
        pn = _ncols(prev)
        if own_header(raw) and _header_is_a_row(raw, prev):
            raw.header_rows = 0  # the row the page break made a header is a row of the joined table
        if own_header(raw):
            raw.extra["repeated_header"] = True
        rows = raw.rows
        if cmap is not None and (len(cmap) != pn or cmap != list(range(pn))):
            remapped = []
            for r in rows:
                row = [""] * pn
                for j, c in enumerate(r):
                    row[cmap[j] if j < len(cmap) else j] = c
                remapped.append(row)
            rows = remapped
        if not own_header(raw):
            raw.header_rows = 0  # label-only lines read as its header are group rows of the joined table
        _place_strays(rows[raw.header_rows :], raw.extra.get("strays") or {}, prev.extra.get("spans"))
        raw.rows = [*rows[: raw.header_rows], *above_rows(lines, pn), *rows[raw.header_rows :]]
        raw.extra["spans"] = prev.extra.get("spans")
        groups[-1].append(raw)
    return groups


def _place_strays(rows: list[list[str]], strays: dict, spans: list | None) -> None:
    """A number read into a label because the part had no column there ("Upplupna kostnader 9") goes to the
    joined table's column standing at its place (a note column; the nearest empty one within about an em)."""
    if not strays or not spans:
        return
    for r in rows:
        got = strays.get(r[0])
        if got is None:
            continue
        text, x0, x1 = got
        cx = (x0 + x1) / 2
        ks = [k for k in range(1, min(len(spans), len(r))) if not r[k].strip()]
        k = min(ks, key=lambda k: abs((spans[k][0] + spans[k][1]) / 2 - cx), default=None)
        if k is not None and (_match((x0, x1), spans[k]) is not None or abs((spans[k][0] + spans[k][1]) / 2 - cx) <= STRAY_REACH):
            r[k] = text
            r[0] = r[0][: -len(text)].rstrip()


def above_rows(above: list[str], ncols: int) -> list[list[str]]:
    """Heading lines above a continuation become label-only rows of the joined table."""
    return [[t] + [""] * (ncols - 1) for t in above]


def inherit_headers(raws: list[RawTable]) -> None:
    """A numeric table whose value columns have no header takes those of the table before it (same or previous
    page) when its columns stand at the same places (or, without positions, it has as many): notes listed under
    one year header."""
    headed: list[RawTable] = []  # the tables before with a header (own or inherited), latest last
    for r in raws:
        if not r.numeric:
            continue
        ncols = _ncols(r)
        own = own_header(r)
        headed = [h for h in headed if r.page - h.page <= 1]  # only the same or the previous page's count
        near = headed[::-1]
        if not own and near:
            # a header with exactly as many columns comes first: notes under one year header, with a wider note of
            # its own columns ("Ränta", "Belopp", …) between them, keep the year header
            for prev in sorted(near, key=lambda h: _ncols(h) != ncols):
                pn = _ncols(prev)
                cmap = column_map(r, prev)
                if cmap is not None or (pn == ncols and not (r.extra.get("spans") and prev.extra.get("spans"))):
                    cmap = cmap or list(range(ncols))
                    cols, parts, _ = _columns(prev, pn)
                    r.extra["inherit"] = ([cols[k] for k in cmap], [parts[k] for k in cmap])
                    break
        if own or r.extra.get("inherit"):
            headed.append(r)
