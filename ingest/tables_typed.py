"""Typing a table from its grid of cell texts: which column holds the row labels, which rows are headers, which
label lines continue the row above or below, which columns are note references, what each column measures
(year, period, measure, unit), which rows are totals, and what a dash means.

Rules (general, no per-document cases):
- **Columns**: columns empty everywhere are dropped; two neighbouring columns that never both hold text in one row
  (a header drawn over another grid cell than its values) are merged when at most one of them has a header.
- **Label column**: the column with the most letters in rows that hold numbers elsewhere (ties: leftmost); it
  is moved first, the others keep their order.
- **Header rows**: leading rows with no numbers outside the label column; a leading row whose numbers are all
  years (1900–2100, no separators) is a header row too ("years in the first data row").
- **Wrapped labels**: a label-only row directly before a value row is merged into it when the value row's label
  starts in lower case or the lines sit closer than 0.9 × the value rows' pitch; a label-only row directly after a
  value row is merged into it when closer than that, or when it cannot end where it does ("Resultat från övriga
  finansiella" over "Anläggningstillgångar"). All-caps rows and rows ending in ":" are group headings.
- **Note columns**: header "Not"/"Noter"/… (ingest/vocab/table_terms.json) or every cell "Not 3", "4, 5"; kept as
  raw text with value null.
- **Dashes** ("-", "–", "—", "−") keep their raw text. Their value is 0 when the table prints no literal 0 in its
  value cells (its dashes are its zeros, the Swedish accounting convention), otherwise null (then a dash means
  "not applicable / not given", since the table has another way to print zero).
- **Totals**: a row whose label starts with a total word ("Summa", "Totalt", "Årets resultat", …; vocabulary file).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from ingest.models import ColumnInfo
from ingest.numbers import is_dash, parse_number

VOCAB = Path(__file__).resolve().parent / "vocab" / "table_terms.json"
YEAR_RE = re.compile(r"^(19|20|21)\d\d$")
NOTE_CELL_RE = re.compile(r"^(?:not(?:er)?\.?\s*)?\d{1,3}(?:\s*[,;&och]+\s*\d{1,3})*[a-z]?$", re.IGNORECASE)
_LETTER = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü]")


@lru_cache(maxsize=1)
def terms() -> dict:
    return json.loads(VOCAB.read_text(encoding="utf-8"))


def any_number(text: str) -> bool:
    t = (text or "").strip()
    return bool(t) and (parse_number(t)[0] is not None or parse_number(t, "en")[0] is not None)


def is_year(text: str) -> bool:
    return bool(YEAR_RE.match((text or "").strip()))


def _pad(rows: list[list[str]]) -> list[list[str]]:
    n = max((len(r) for r in rows), default=0)
    return [list(r) + [""] * (n - len(r)) for r in rows]


def merge_columns(rows: list[list[str]], header_rows: int) -> list[list[str]]:
    """Drop empty columns; merge neighbours that never both hold text in one row (at most one with a header)."""
    return merge_columns_map(rows, header_rows)[0]


def merge_columns_map(rows: list[list[str]], header_rows: int) -> tuple[list[list[str]], list[list[int]]]:
    """:func:`merge_columns`, also giving for each resulting column the input columns it was made of."""
    rows = _pad(rows)
    if not rows:
        return rows, []
    keep = [j for j in range(len(rows[0])) if any(r[j].strip() for r in rows)]
    rows = [[r[j] for j in keep] for r in rows]
    made_of = [[j] for j in keep]
    j = 0
    while j + 1 < len(rows[0]):
        both = any(r[j].strip() and r[j + 1].strip() for r in rows)
        heads = sum(any(r[k].strip() for r in rows[:header_rows]) for k in (j, j + 1))
        body_j = any(r[j].strip() for r in rows[header_rows:])
        body_k = any(r[j + 1].strip() for r in rows[header_rows:])
        if not both and heads <= 1 and (body_j or body_k) and header_rows:
            for r in rows:
                r[j] = (r[j] + " " + r[j + 1]).strip()
                del r[j + 1]
            made_of[j] += made_of.pop(j + 1)
            continue
        j += 1
    return rows, made_of


def label_column(rows: list[list[str]], header_rows: int) -> int:
    body = [r for r in rows[header_rows:] if sum(any_number(c) for c in r) >= 1]
    if not body or not rows:
        return 0
    letters = [sum(len(_LETTER.findall(r[j])) for r in body if not any_number(r[j])) for j in range(len(rows[0]))]
    best = max(range(len(letters)), key=lambda j: (letters[j], -j))
    return best if letters[best] > letters[0] * 1.5 else 0


def header_count(rows: list[list[str]]) -> int:
    """Leading rows with no numbers outside the label column, or whose numbers are all years."""
    h = 0
    while h < len(rows) and h < 4:
        nums = [c for c in rows[h][1:] if any_number(c)]
        if nums and not (all(is_year(c) for c in nums) and len(nums) >= 1 and len(set(nums)) == len(nums)):
            break
        if not nums and h > 0 and not any(c.strip() for c in rows[h][1:]):
            break  # a label-only row below the header is a group heading of the body
        h += 1
    return h if h < len(rows) else 0


def unfinished(label: str) -> bool:
    """A label line that cannot end there ("Resultat från övriga finansiella", "Avsättning till"): it ends in a
    function word, or in a lower-case attributive form (vocabulary ``unfinished_label``) after other words."""
    ws = label.strip().rstrip(",").split()
    if not ws:
        return False
    last = ws[-1]
    voc = terms().get("unfinished_label", {})
    if last.lower().rstrip(".") in voc.get("words", []):
        return True
    return len(ws) >= 2 and last.islower() and any(last.endswith(e) for e in voc.get("endings", []))


def _heading_like(label: str) -> bool:
    t = label.strip()
    letters = _LETTER.findall(t)
    return t.endswith(":") or (len(letters) >= 3 and t.upper() == t)


def merge_wrapped(rows: list[list[str]], tops: list[float] | None, header_rows: int) -> tuple[list[list[str]], list[float] | None]:
    """Fold label-only rows into the value row they wrap into (see the module rules)."""
    body = rows[header_rows:]
    btops = tops[header_rows:] if tops and len(tops) == len(rows) else None
    has_vals = [any(c.strip() for c in r[1:]) for r in body]
    pitch = None
    if btops:
        gaps = [btops[i + 1] - btops[i] for i in range(len(body) - 1) if has_vals[i] and has_vals[i + 1]]
        gaps = sorted(g for g in gaps if g > 0)
        pitch = gaps[len(gaps) // 2] if gaps else None
    out: list[list[str]] = []
    otops: list[float] = []
    i = 0
    while i < len(body):
        r = body[i]
        close_next = close_prev = False
        if pitch and btops:
            close_next = i + 1 < len(body) and btops[i + 1] - btops[i] < 0.7 * pitch
            close_prev = i > 0 and btops[i] - btops[i - 1] < 0.9 * pitch
        label = r[0].strip()
        if not has_vals[i] and label and not _heading_like(label):
            nxt = body[i + 1] if i + 1 < len(body) else None
            nxt_label = nxt[0].strip() if nxt else ""
            if nxt is not None and has_vals[i + 1] and (nxt_label[:1].islower() or (close_next and not close_prev)
                                                       or (unfinished(label) and not close_prev)):
                nxt[0] = (label + " " + nxt_label).strip()
                i += 1
                continue
            # a line in lower case or in parentheses ("(före förändring av rörelsekapital)") runs on from the row above
            if out and any(c.strip() for c in out[-1][1:]) and (close_prev or label[:1].islower() or label[:1] == "("):
                out[-1][0] = (out[-1][0] + " " + label).strip()
                i += 1
                continue
        out.append(r)
        if btops:
            otops.append(btops[i])
        i += 1
    new_tops = (tops[:header_rows] + otops) if btops else None
    return rows[:header_rows] + out, new_tops


def is_total(label: str) -> bool:
    t = re.sub(r"\s+", " ", label.strip().lower())
    return any(t == p or t.startswith(p + " ") or t.startswith(p + ",") for p in terms()["total_prefixes"])


def is_note_column(header: str, cells: list[str]) -> bool:
    h = (header.strip().lower().split() or [""])[0].rstrip(".:")
    filled = [c.strip() for c in cells if c.strip()]
    if not filled:
        return h in terms()["note_headers"]
    notes = all(NOTE_CELL_RE.match(c) for c in filled)
    small = all(all(int(n) < 100 for n in re.findall(r"\d+", c)) for c in filled)
    return notes and small and (h in terms()["note_headers"] or any(c.lower().startswith("not") for c in filled))


def dash_value(table_cells: list[str], style: str) -> float | None:
    """The value of a dash cell in this table: 0 if the table never prints a literal 0, else None."""
    zeros = any(parse_number(c, style)[0] == 0 for c in table_cells if c.strip() and not is_dash(c))
    return None if zeros else 0.0


DATE_RE = re.compile(r"\b((?:19|20|21)\d\d)-(\d\d)-(\d\d)\b")  # "2023-12-31"
_YEAR_IN = re.compile(r"(?<![\d-])((?:19|20|21)\d\d)(?![\d-])")
_UNIT = re.compile(r"(?<!\w)(mdkr|mnkr|tkr|kkr|kr|%|procent|sek)(?!\w)", re.IGNORECASE)


def group_row(row: list[str], below: list[str]) -> bool:
    """A header row of spanning group labels ("Period", "Helår", a year) over the row below it."""
    cells = [c.strip() for c in row[1:] if c.strip()]
    n_below = sum(1 for c in below[1:] if c.strip())
    if not cells or len(cells) >= n_below:
        return False
    periods = terms()["periods"]
    return all(c.lower().rstrip(":") in periods or is_year(c) or DATE_RE.fullmatch(c) for c in cells)


def assign_groups(row: list[str], ncols: int, left_aligned: bool) -> list[str | None]:
    """The group label over each column: spanning from its column to the next group's (left-aligned, ruled
    grids) or the nearest group (labels centred over their columns)."""
    pos = [j for j in range(1, ncols) if j < len(row) and row[j].strip()]
    out: list[str | None] = [None] * ncols
    for j in range(1, ncols):
        if left_aligned:
            g = [p for p in pos if p <= j]
            k = g[-1] if g else None
        else:
            k = min(pos, key=lambda p: (abs(p - j), p)) if pos else None
        out[j] = row[k].strip() if k is not None else None
    return out


def column_info(header: str, parts: list[str], role: str, group: str | None) -> ColumnInfo:
    """Year, period, measure and unit of one column from its header text."""
    low = header.lower()
    dates = DATE_RE.findall(header)
    year = int(dates[-1][0]) if dates else None
    period = None
    if len(dates) >= 2:
        period = f"{'-'.join(dates[0])} – {'-'.join(dates[-1])}"
    elif dates:
        period = "-".join(dates[0])
    if year is None:
        years = _YEAR_IN.findall(header)
        year = int(years[-1]) if years else None
    words = terms()
    if period is None:
        for p in sorted(words["periods"], key=len, reverse=True):
            if re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", low) or (group and p == group.strip().lower()):
                period = group.strip() if group and p == group.strip().lower() else p
                break
    if period is None and group:
        period = group.strip()
    measure = None
    for m in sorted(words["measures"], key=len, reverse=True):
        if re.search(r"(?<!\w)" + re.escape(m) + r"(?!\w)", low):
            measure = m.capitalize()
            break
    u = _UNIT.search(header)
    unit = None
    if u:
        unit = {"procent": "%", "kkr": "tkr", "sek": "kr"}.get(u.group(1).lower(), u.group(1).lower())
    return ColumnInfo(header=header, parts=parts, role=role, year=year, period=period, measure=measure, unit=unit,
                      group=group)
