"""Swedish number parsing: "-166 311", "76,7", "−5", "--195", "802´", "1,5 mnkr".

Public: :func:`parse_number` (one cell/token), :func:`find_numbers` (all numbers in a text) and AMOUNT_RE (a number
with its unit in running text).
"""

from __future__ import annotations

import re

from ingest.models import NumberMention

_MINUS = "\u2212\u2012\u2013\u2014\ufe63\uff0d"  # − ‒ – — ﹣ －
_SPACES = "\u00a0\u202f\u2009\u2007\u2008\u200a"
_THOUSAND_MARKS = "´`'’"
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"

UNIT_RE = r"(?:mdkr|mnkr|tkr|kr|miljarder kronor|miljoner kronor|kronor|procent|%|st)"

_CELL_RE = re.compile(
    r"^(?P<sign>[+-]{1,2})?\s*(?P<int>\d+(?: \d{3})+|\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:[ .]\d{3})+|\d+)"
    r"(?:[,.](?P<dec>\d+))?"
    r"(?P<mark>[" + _THOUSAND_MARKS + r"])?\s*(?P<unit>" + UNIT_RE + r")?$",
    re.IGNORECASE,
)

# A number followed by its unit anywhere in a running text ("1,5 mnkr", "12 procent", "40 personer").
AMOUNT_RE = re.compile(r"\d[\d  ,.]*\s*(kr|kronor|tkr|mnkr|mdkr|miljoner|miljarder|procent|%|st|personer)(?!\w)", re.I)


def _normalise(raw: str) -> str:
    s = raw.strip()
    for ch in _SPACES:
        s = s.replace(ch, " ")
    for ch in _MINUS:
        s = s.replace(ch, "-")
    s = s.rstrip(_SUPERSCRIPTS)  # footnote marker after a value
    s = re.sub(r"\s+", " ", s)
    return s.strip()


DASHES = {"-", "--", "–", "—", "−", "‒", "―"}

_EN_RE = re.compile(r"^(?P<sign>-)?\s*(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<dec>\d+))?$")
_EN_EVIDENCE = re.compile(r"^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^-?\d+\.\d{2}$")
_SV_EVIDENCE = re.compile(r"^-?\d{1,3}(?: \d{3})+(?:,\d+)?$|^-?\d+,\d{1,2}$")


def is_dash(raw: str) -> bool:
    """A lone dash standing where a number would ("-", "–", "—", "−")."""
    return (raw or "").strip() in DASHES


def number_style(texts) -> str:
    """"en" when the cells use English separators ("3,983,166.42", "0.00") and no Swedish ones
    ("-166 311", "1,5"), else "sv". Decided per table from all its value cells."""
    en = sv = 0
    for t in texts:
        s = _normalise(t or "")
        en += bool(_EN_EVIDENCE.match(s))
        sv += bool(_SV_EVIDENCE.match(s))
    return "en" if en > sv else "sv"


def parse_number(raw: str, style: str = "sv") -> tuple[float | None, str | None]:
    """Parse one Swedish number (or an English-style one with ``style="en"``). Returns (value, warning).

    Empty -> (None, None). Not a number -> (None, "not a number: ..."). "--195" -> (-195, warning).
    "802´" (thousands mark) -> 802 (the printed figure; the raw text keeps the mark).
    "(76,7)" -> 76.7 (parentheses are not read as a minus sign). A lone dash -> (None, None).
    "1.850.150" (two or more dot groups, as OCR and some producers print) -> 1850150; "42.351 932" (OCR read one
    group's space as a dot) -> 42351932.
    ``style="en"``: "3,983,166.42" -> 3983166.42, "-76,838.05" -> -76838.05.
    """
    s = _normalise(raw or "")
    if not s or s in DASHES:
        return None, None
    if s[:1] in "([" and s[-1:] in ")]" and len(s) > 2:  # "(76,7)"; "[0]", "[0)" as OCR reads a zero in a box
        s = s[1:-1].strip()
    if style == "en":
        m = _EN_RE.match(s)
        if m:
            v = float(m.group("int").replace(",", "") + ("." + m.group("dec") if m.group("dec") else ""))
            return (-v if m.group("sign") else v), None
    m = _CELL_RE.match(s)
    if not m:
        return None, f"not a number: {raw.strip()!r}"
    sign = m.group("sign") or ""
    warning = None
    if sign == "--":
        warning = f"double minus sign in {raw.strip()!r} read as -"
        sign = "-"
    elif len(sign) == 2:
        warning = f"odd sign in {raw.strip()!r}"
        sign = "-" if "-" in sign else ""
    digits = m.group("int").replace(" ", "").replace(".", "")  # "1.850.150": dots as thousands separators
    dec = m.group("dec")
    sep = s[m.end("int")] if dec is not None else ""
    if dec is not None and sep == "." and len(dec) == 3 and " " not in m.group("int"):
        # "1.234" — a dot thousands separator, not a decimal point
        digits, dec = digits + dec, None
    value = float(digits + ("." + dec if dec else ""))
    if sign == "-":
        value = -value
    return value, warning


_MENTION_RE = re.compile(
    r"(?<![\w,.])"
    r"(?P<num>(?:[-" + _MINUS + r"]{1,2}|\+)?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)(?:,\d+)?)"
    r"(?P<mark>[" + _THOUSAND_MARKS + r"])?"
    r"(?:\s?(?P<unit>" + UNIT_RE + r")(?!\w))?",
    re.IGNORECASE,
)


def find_numbers(text: str) -> list[NumberMention]:
    """All numbers in a text with their unit when one follows ("1,5 mnkr", "52 %", "802´")."""
    out: list[NumberMention] = []
    for m in _MENTION_RE.finditer(text or ""):
        raw_num = m.group("num")
        # a range "2018–2022": the dash joins two numbers, it is not a minus sign
        if raw_num[0] in "-" + _MINUS and m.start() > 0 and text[m.start() - 1].isdigit():
            raw_num = raw_num.lstrip("-" + _MINUS)
        value, _ = parse_number(raw_num)
        if value is None:
            continue
        unit = m.group("unit")
        unit = unit.lower() if unit else None
        if unit in {"procent"}:
            unit = "%"
        end = m.end()
        raw = text[m.start() + (len(m.group("num")) - len(raw_num)) : end]
        start = end - len(raw)
        out.append(NumberMention(value=value, raw=raw, unit=unit, start=start, end=end))
    return out
