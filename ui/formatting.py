"""Swedish number formatting for the UI and Swedish CSV export.

Swedish style: a (non-breaking) space between thousands, a decimal comma and a real
minus sign: ``204 846``, ``76,7``, ``−341``. CSV for Swedish Excel: semicolon separator,
decimal comma, UTF-8 with a byte-order mark.
"""

from __future__ import annotations

import math
import re

import pandas as pd

NBSP = "\u00a0"  # non-breaking space: the number never wraps inside a cell
MINUS = "\u2212"

_PERCENT_HINT = re.compile(r"%|procent|relation|andel|percent|share", re.IGNORECASE)
_YEAR = re.compile(r"^(19[5-9]\d|20[0-6]\d)$")


def format_number(value: object, decimals: int | None = None) -> str:
    """``204846 -> "204 846"``, ``76.7 -> "76,7"``, ``-341 -> "−341"``; text passes through."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, float) and math.isinf(value):
        return "∞" if value > 0 else f"{MINUS}∞"
    if decimals is None:
        decimals = 0 if float(value).is_integer() else min(_decimals_of(float(value)), 2)
    text = f"{abs(value):,.{decimals}f}"  # "204,846.5"
    text = text.replace(",", NBSP).replace(".", ",")
    return f"{MINUS}{text}" if value < 0 and text.strip("0, " + NBSP) else text


def _decimals_of(value: float) -> int:
    s = repr(value)
    return len(s.split(".", 1)[1]) if "." in s and "e" not in s else 2


def format_seconds(ms: float) -> str:
    """``1234 -> "1,2 s"``; under a second in milliseconds: ``"40 ms"``."""
    if ms < 1000:
        return f"{round(ms)} ms"
    return f"{format_number(round(ms / 1000, 1), 1)} s"


def is_percent_column(name: str) -> bool:
    return bool(_PERCENT_HINT.search(name))


def is_year(label: object) -> bool:
    return bool(_YEAR.match(str(label).strip()))


def column_header(name: str, unit: str | None) -> str:
    """Put the unit in a numeric column's header unless the header already names one."""
    short = short_unit(unit)
    if not short or "(" in name or is_percent_column(name) or short.lower() in name.lower():
        return name
    return f"{name} ({short})"


def short_unit(unit: str | None) -> str | None:
    """``"tkr (kolumnen Relation i %)" -> "tkr"``; a long description is not a header unit."""
    if not unit:
        return None
    first = unit.strip().split(" (")[0].strip()
    return first if 0 < len(first) <= 8 else None


def table_frame(columns: list[str], rows: list[list[object]], unit: str | None = None) -> pd.DataFrame:
    """A DataFrame of an answer table: numeric columns typed, units in the headers."""
    width = max([len(columns), *(len(r) for r in rows)] or [0])
    names = list(columns) + [f"Kolumn {i + 1}" for i in range(len(columns), width)]
    padded = [list(r) + [None] * (width - len(r)) for r in rows]
    df = pd.DataFrame(padded, columns=_unique(names))
    headers = []
    for i, col in enumerate(df.columns):
        values = [v for v in df[col] if v is not None and not (isinstance(v, float) and math.isnan(v))]
        numeric = bool(values) and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)
        if numeric and i > 0:
            df[col] = pd.to_numeric(df[col])
            headers.append(column_header(str(col), unit))
        else:
            df[col] = df[col].map(lambda v: "" if v is None else str(v))
            headers.append(str(col))
    df.columns = _unique(headers)
    return df


def numeric_columns(df: pd.DataFrame) -> list[str]:
    return [c for c in df.columns[1:] if pd.api.types.is_numeric_dtype(df[c])]


def styled(df: pd.DataFrame):
    """A Styler showing every numeric column in Swedish format (values stay numeric for sorting)."""
    cols = numeric_columns(df)
    return df.style.format({c: format_number for c in cols}, na_rep="")


def _csv_number(value: object) -> object:
    """204846.0 -> "204846", -1.5 -> "-1,5": a whole number has no decimals, a decimal a comma (no rounding)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        f = float(value)
        if f.is_integer():
            return str(int(f))
        return repr(f).replace(".", ",")
    return value


def to_swedish_csv(df: pd.DataFrame) -> bytes:
    """Semicolon-separated, decimal comma, whole numbers without ",0", UTF-8 with BOM (opens in Swedish Excel)."""
    out = df.copy()
    for c in numeric_columns(df):
        out[c] = out[c].map(_csv_number).astype(object)
    return out.to_csv(sep=";", index=False).encode("utf-8-sig")


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for n in names:
        if n in seen:
            seen[n] += 1
            out.append(f"{n} ({seen[n]})")
        else:
            seen[n] = 0
            out.append(n)
    return out
