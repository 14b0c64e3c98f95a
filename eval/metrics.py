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
