"""Pure metric functions for the eval: number parsing, retrieval ranks, citation checks, percentiles.

No I/O, no index: everything here is tested on tiny hand-made inputs (tests/test_eval_metrics.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher

import numpy as np

# ---------------------------------------------------------------- text


def collapse(text: str) -> str:
    """NFC + every run of whitespace (incl. NBSP, thin space) to one space, stripped."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


# ---------------------------------------------------------------- numbers in answers

_SPACES = " \u00a0\u202f\u2009"
# A token: optional sign (-, −, –, "--" as in "--195", +), then digits with . or , inside.
_TOKEN = re.compile(r"(?<![\w.,])(?P<sign>--|[-−–+])?(?P<body>\d(?:[\d.,]*\d)?)")
_MINUS = {"-", "−", "–", "--"}


def _parse_body(body: str) -> list[float]:
    """All plausible readings of one digit token (Swedish first, English too)."""
    if body.isdigit():
        return [float(body)]
    out: list[float] = []
    if "," in body and "." in body:  # 1,234.5 (en) or 1.234,5 (sv/de)
        if body.rfind(".") > body.rfind(","):
            s = body.replace(",", "")
        else:
            s = body.replace(".", "").replace(",", ".")
        try:
            out.append(float(s))
        except ValueError:
            pass
        return out
    sep = "," if "," in body else "."
    parts = body.split(sep)
    if len(parts) == 2:
        out.append(float(parts[0] + "." + parts[1]))  # decimal: 76,7 or 76.7
        if len(parts[1]) == 3:
            out.append(float(parts[0] + parts[1]))  # thousands: 7,208 (en) or 7.208 (de)
    elif all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3:
        out.append(float("".join(parts)))  # 1,234,567
    return out


def parse_numbers(text: str) -> set[float]:
    """Every number an answer text can be read as saying.

    Swedish style: spaces (also NBSP/thin space) as thousands separators ("70 597"), decimal comma
    ("76,7"), minus as "-", "−", "–" or "--"; English style ("7,208", "1,234.5", "76.7") as well.
    A run of space-separated groups ("2020 359 420") yields each group alone and every valid
    thousands-joining of consecutive groups (359 420 → 359420), so table rows copied into the
    answer are not lost. Signs are kept: "-341" and "−341" both read as -341, "341" as +341.
    """
    text = unicodedata.normalize("NFC", text or "")
    toks = []
    for m in _TOKEN.finditer(text):
        toks.append((m.start(), m.end(), m.group("sign") or "", m.group("body")))
    found: set[float] = set()
    # group tokens into runs separated by exactly one space-like character (later ones unsigned)
    runs: list[list[tuple[int, int, str, str]]] = []
    for t in toks:
        if (
            runs
            and not t[2]
            and t[0] == runs[-1][-1][1] + 1
            and text[runs[-1][-1][1]] in _SPACES
        ):
            runs[-1].append(t)
        else:
            runs.append([t])
    for run in runs:
        for _s, _e, sign, body in run:
            neg = sign in _MINUS
            for v in _parse_body(body):
                found.add(-v if neg else v)
        # thousands joins: head of 1-3 digits, then groups of exactly 3 digits (last may carry ",dd")
        for i in range(len(run)):
            head = run[i][3]
            if not (head.isdigit() and 1 <= len(head) <= 3):
                continue
            neg = run[i][2] in _MINUS
            digits = head
            for j in range(i + 1, len(run)):
                body = run[j][3]
                m = re.fullmatch(r"(\d{3})(?:,(\d+))?", body)
                if not m:
                    break
                digits += m.group(1)
                value = float(digits + ("." + m.group(2) if m.group(2) else ""))
                found.add(-value if neg else value)
                if m.group(2):
                    break
    return found


def numbers_present(gold: Iterable[float], text: str, tol: float = 1e-6) -> tuple[bool, list[float]]:
    """(all present?, the gold numbers missing from ``text``). Strict on sign."""
    candidates = parse_numbers(text)
    missing = [g for g in gold if not any(abs(float(g) - c) <= tol * max(1.0, abs(float(g))) for c in candidates)]
    return (not missing, missing)


# ---------------------------------------------------------------- retrieval


def contains_quote(text: str, quotes: Sequence[str]) -> bool:
    hay = collapse(text)
    return any(q and q in hay for q in (collapse(x) for x in quotes))


def first_hit_rank(texts: Sequence[str], quotes: Sequence[str]) -> int | None:
    """1-based rank of the first retrieved text containing any gold quote (whitespace-collapsed)."""
    for i, t in enumerate(texts, start=1):
        if contains_quote(t, quotes):
            return i
    return None


def recall_at_k(ranks: Sequence[int | None], k: int) -> float | None:
    if not ranks:
        return None
    return sum(1 for r in ranks if r is not None and r <= k) / len(ranks)


def mrr(ranks: Sequence[int | None]) -> float | None:
    if not ranks:
        return None
    return sum(1.0 / r for r in ranks if r) / len(ranks)


# ---------------------------------------------------------------- citations


def quote_verified(quote: str, page_text: str | None) -> bool:
    """The citation's quote is an exact span of the cited page's text (after collapsing whitespace)."""
    q = collapse(quote)
    return bool(q) and page_text is not None and q in collapse(page_text)


def passages_overlap(a: str, b: str, min_chars: int = 30) -> bool:
    """Containment either way, or a common stretch of ≥ min(min_chars, half the shorter) characters."""
    a, b = collapse(a), collapse(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    need = min(min_chars, max(8, min(len(a), len(b)) // 2))
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size >= need


def citation_relevant(quote: str, page_text: str | None, gold_quotes: Sequence[str]) -> bool:
    """The cited page holds one of the gold quotes, or the cited quote overlaps a gold quote."""
    if page_text is not None and contains_quote(page_text, gold_quotes):
        return True
    return any(passages_overlap(quote, g) for g in gold_quotes)


# ---------------------------------------------------------------- aggregates


def share(flags: Iterable[bool | None]) -> float | None:
    vals = [bool(f) for f in flags if f is not None]
    return sum(vals) / len(vals) if vals else None


def percentile(values: Sequence[float], p: float) -> float | None:
    vals = [float(v) for v in values if v is not None]
    return float(np.percentile(vals, p)) if vals else None


def ratio(num: float | None, den: float | None) -> float | None:
    if num is None or den in (None, 0):
        return None
    return num / den


# ---------------------------------------------------------------- gold numbers written as text (blind questions)

_NUMBER_WORDS = {
    "noll": 0, "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
    "tio": 10, "elva": 11, "tolv": 12, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
_MONTHS = {
    1: ("januari", "january", "jan"), 2: ("februari", "february", "feb"), 3: ("mars", "march", "mar"),
    4: ("april", "apr"), 5: ("maj", "may"), 6: ("juni", "june", "jun"), 7: ("juli", "july", "jul"),
    8: ("augusti", "august", "aug"), 9: ("september", "sep", "sept"), 10: ("oktober", "october", "okt", "oct"),
    11: ("november", "nov"), 12: ("december", "dec"),
}
_MONTH_OF = {name: m for m, names in _MONTHS.items() for name in names}
# Words that carry the minus of a negative gold number when the answer writes the amount unsigned
# ("ett underskott på 95 mnkr" for a gold -95).
_NEGATIVE_WORDS = re.compile(r"\b(underskott\w*|negativ\w*|minus|deficit\w*|negative\w*|shortfall\w*)\b", re.IGNORECASE)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TEXT_DATE = re.compile(r"(\d{1,2})\s+([a-zåäö]+)\.?\s+(\d{4})", re.IGNORECASE)
_EN_DATE = re.compile(r"([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})", re.IGNORECASE)
_DOT_DATE = re.compile(r"(?<![\d.,])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d,]|\.\d)")  # "1.10.2023": day.month.year
_DAY_MONTH = re.compile(r"(?<!\d)(\d{1,2})\s+([a-zåäö]+)\b(?!\.?\s+\d{4})", re.IGNORECASE)  # "den 13 juni" (no year)


def parse_gold_number(raw: float | int | str) -> float | None:
    """A gold number as written in a blind question ("1 250", "1 250,0", "-7 208", "−7 208", "3,96%",
    "3,983,166.42", "0,70") -> its value; None when it is not a plain number (a date, a word)."""
    if isinstance(raw, (int, float)):
        return float(raw)
    s = "".join(unicodedata.normalize("NFC", raw).split()).rstrip("%")
    s = s.replace("−", "-").replace("–", "-")
    if not re.fullmatch(r"[+-]?\d+(?:[.,]\d+)*", s) or _DOT_DATE.fullmatch(s):
        return None
    if "," in s and "." in s:
        s = s.replace(",", "") if s.rfind(".") > s.rfind(",") else s.replace(".", "").replace(",", ".")
    elif s.count(",") > 1:
        s = s.replace(",", "")
    elif s.count(".") > 1:
        s = s.replace(".", "")
    else:
        s = s.replace(",", ".")  # one comma: the Swedish decimal comma
    return float(s)


def _dates_in(text: str) -> set[tuple[int, int, int]]:
    out = {(int(y), int(m), int(d)) for y, m, d in _ISO_DATE.findall(text)}
    for d, month, y in _TEXT_DATE.findall(text):
        if month.lower() in _MONTH_OF:
            out.add((int(y), _MONTH_OF[month.lower()], int(d)))
    for d, m, y in _DOT_DATE.findall(text):
        if 1 <= int(m) <= 12 and 1 <= int(d) <= 31:
            out.add((int(y), int(m), int(d)))
    for month, d, y in _EN_DATE.findall(text):
        if month.lower() in _MONTH_OF:
            out.add((int(y), _MONTH_OF[month.lower()], int(d)))
    return out


def gold_item_present(raw: float | int | str, text: str, candidates: set[float] | None = None) -> bool:
    """One expected "number" of a blind question stands in the answer text.

    Numbers: any Swedish or English writing of the value (see :func:`parse_numbers`); a negative gold value also
    counts when written unsigned beside a word that says negative ("underskott", "deficit"). Dates ("2025-02-19",
    "13 juni 2024"): the same day in ISO, Swedish or English writing. Number words ("två", "nio"): the word or its
    digits. Anything else: the literal text, case and whitespace insensitive.
    """
    text = unicodedata.normalize("NFC", text or "")
    cands = parse_numbers(text) if candidates is None else candidates
    value = parse_gold_number(raw)

    def has(v: float) -> bool:
        return any(abs(v - c) <= 1e-6 * max(1.0, abs(v)) for c in cands)

    if value is not None:
        return has(value) or (value < 0 and has(-value) and bool(_NEGATIVE_WORDS.search(text)))
    s = collapse(str(raw)).lower()
    gold_dates = _dates_in(s)
    if gold_dates:  # the same day; "den 13 juni" without a year counts for a gold "13 juni 2024"
        day_months = {(_MONTH_OF[m.lower()], int(d)) for d, m in _DAY_MONTH.findall(text) if m.lower() in _MONTH_OF}
        return bool(gold_dates & _dates_in(text)) or any((m, d) in day_months for _y, m, d in gold_dates)
    low = collapse(text).lower()
    if s in _NUMBER_WORDS:
        return bool(re.search(rf"(?<!\w){re.escape(s)}(?!\w)", low)) or has(float(_NUMBER_WORDS[s]))
    return s in low


def gold_items_present(gold: Iterable[float | int | str], text: str) -> tuple[bool, list[str]]:
    """(all present?, the gold items missing from ``text``) for a blind question's ``numbers``."""
    cands = parse_numbers(text)
    missing = [f"{g:g}" if isinstance(g, (int, float)) else str(g) for g in gold if not gold_item_present(g, text, cands)]
    return (not missing, missing)
