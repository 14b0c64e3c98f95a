"""Matching a question against stored tables: column roles, row labels, titles and years.

Pure functions over ingest.models.Table; qa.py decides what to compute."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ingest.text import MONTHS as MONTH_LIST, YEAR_RE, Month, best_match, compound_cover, content_stems, content_words, stem, words
from assistant.glossary import expand_terms
from ingest.models import Table
from assistant.tables.vocab import LABEL_UNITS, ROLE_HEADER, ROLE_QUESTION, TOTAL_RE


def _month_re(m: Month) -> re.Pattern[str]:
    """A month in a header or a question: a full name of six letters or more also begins a compound
    ("augustiprognos"), a shorter one or an abbreviation stands alone ("mars", "jan-aug")."""
    long = [n for n in m.names if len(n) >= 6]
    whole = [n for n in m.names if len(n) < 6] + list(m.short)
    parts = ([rf"\b(?:{'|'.join(long)})"] if long else []) + ([rf"\b(?:{'|'.join(whole)})\b"] if whole else [])
    return re.compile("|".join(parts), re.I)


MONTHS = {m.sv: _month_re(m) for m in MONTH_LIST}  # Swedish name -> its forms (ingest/lexicon/months.toml)


@lru_cache(maxsize=50_000)
def column_roles(header: str) -> frozenset[str]:
    roles = {r for r, rx in ROLE_HEADER.items() if rx.search(header)}
    if "deviation" in roles:
        roles.discard("forecast")
        roles.discard("budget")
    if "share" in roles and re.search(r"relation", header, re.I):
        roles = {"share"}
    return frozenset(roles)


@lru_cache(maxsize=50_000)
def column_month(header: str) -> str | None:
    """The month a column reports to: the last one its header names ("Utfall jan–aug" is August's)."""
    found = [(hit.start(), m) for m, rx in MONTHS.items() for hit in rx.finditer(header)]
    return max(found)[1] if found else None


def question_years(q: str) -> list[int]:
    """Years named in the question; ranges like 2020–2022 are expanded."""
    out: list[int] = []
    for m in re.finditer(r"(?<!\d)((?:19|20)\d\d)\s*[–\-—]\s*((?:19|20)\d\d)(?!\d)", q):
        a, b = int(m.group(1)), int(m.group(2))
        if a < b <= a + 15:
            out.extend(range(a, b + 1))
    for y in YEAR_RE.findall(q):
        if int(y) not in out:
            out.append(int(y))
    return sorted(set(out))


def title_years(table: Table) -> set[int]:
    return set(_years(table.title))


def table_years(table: Table) -> set[int]:
    """The years a table speaks of in its title and column headers."""
    return title_years(table) | {y for c in table.columns for y in _years(c)}


# Table texts (titles, headers, labels) repeat across questions and tables: their stems and years are cached by text.
@lru_cache(maxsize=100_000)
def _years(text: str) -> tuple[int, ...]:
    return tuple(int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)", text))


def header_years(header: str) -> tuple[int, ...]:
    """The years a column header names ("Utfall 2023 jan-aug" -> (2023,))."""
    return _years(header)


@lru_cache(maxsize=100_000)
def _stems(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in content_words(text) if not w.isdigit())


@lru_cache(maxsize=100_000)
def _stem_set(text: str) -> frozenset[str]:
    return frozenset(_stems(text))


@lru_cache(maxsize=50_000)
def _header_stems(header: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words(header) if len(w) > 3 and not w.isdigit())


@dataclass
class QuestionTerms:
    text: str
    stems: set[str]
    years: list[int]
    roles: set[str]
    months: set[str]
    table_no: int | None
    expansions: list[str] = field(default_factory=list)
    computes: bool = False  # the typed reading asks a computation (a difference over years) its words may not name
    _memo: dict = field(default_factory=dict, repr=False, compare=False)

    def match(self, s: str) -> float:
        """``best_match(s, self.stems)``, memoised for this question (scoring every table repeats words)."""
        m = self._memo.get(s)
        if m is None:
            m = self._memo[s] = best_match(s, self.stems)
        return m

    def found_in(self, s: str, stems: frozenset[str]) -> float:
        """``best_match(s, stems)`` for a question stem in a table's stems, memoised for this question."""
        key = (s, stems)
        m = self._memo.get(key)
        if m is None:
            m = self._memo[key] = best_match(s, stems)
        return m



def analyse(question: str, lang: str) -> QuestionTerms:
    extra = expand_terms(question, lang)
    full = question + " " + " ".join(extra)
    stems = content_stems(full)
    roles = {r for r, rx in ROLE_QUESTION.items() if rx.search(full)}
    months = {m for m, rx in MONTHS.items() if rx.search(full)}
    m = re.search(r"\b(?:tabell|table)\s+(\d+)", question, re.I)
    return QuestionTerms(
        text=full, stems=stems, years=question_years(question), roles=roles, months=months,
        table_no=int(m.group(1)) if m else None, expansions=extra,
    )


def label_match(label: str, q: QuestionTerms) -> float:
    """Share of the label's content stems found in the question (compound-aware)."""
    if YEAR_RE.fullmatch(label.strip().split(" ")[0] or "") and label.strip()[:4].isdigit():
        y = int(label.strip()[:4])
        return 0.8 if y in q.years else 0.0
    # "Summa investeringsbudget" is the total of the investment budget: its total word is the row's role, not a word
    # the question must say
    rest = TOTAL_RE.sub("", label, count=1)
    # a unit in the label ("Årsavgifter, kr/kvm") says how the row is counted, not what it is: the question need
    # not name it
    ls = [s for s in label_stems(rest if rest.strip() else label) if len(s) >= 3 and s not in _UNIT_STEMS]
    if not ls:
        return 0.0
    scores = [q.match(s) for s in ls]
    # a compound of the question written apart in the label ("årsresultat" / "Årets resultat") covers both parts
    parts = {p for qs in q.stems if len(qs) >= 6 for p in (compound_cover(qs, set(ls)) or ())}
    scores = [max(x, 0.9) if s in parts else x for s, x in zip(ls, scores)]
    return sum(scores) / len(scores)


@lru_cache(maxsize=100_000)
def label_stems(text: str) -> tuple[str, ...]:
    """A row label's stems, a unit written with a slash ("kr/kvm") read as its two words."""
    out: list[str] = []
    for w in content_words(text):
        if w.isdigit():
            continue
        parts = w.split("/") if "/" in w and not w[:1].isdigit() else [w]
        out += [stem(p) for p in parts if p]
    return tuple(out)


_UNIT_STEMS = frozenset(stem(w) for w in LABEL_UNITS)


def is_total(label: str) -> bool:
    return bool(TOTAL_RE.match(label))


GENERIC_TERMS = {"region", "regionen", "län", "kommun", "belopp", "mnkr", "tkr", "kr", "procent", "år", "summa", "totalt",
                 "tabell", "table", "visa", "show"}


def table_relevance(table: Table, q: QuestionTerms) -> float:
    """Best match of a specific (non-generic, non-year) question term in the table's title, headers or labels."""
    text = " ".join([table.title, *table.columns, *(r.label for r in table.rows)])
    stems = _stem_set(text)
    best = 0.0
    for s in q.stems:
        if s in GENERIC_TERMS or len(s) < 3:
            continue
        best = max(best, q.found_in(s, stems))
        if best >= 1.0:
            break
    return best


@dataclass
class TableScore:
    table: Table
    score: float
    rows: list[int]  # matched row indexes, best first
    row_score: float
    cols: list[int]  # matched value-column indexes (0-based among value columns)


def score_table(table: Table, q: QuestionTerms, hint: float = 0.0) -> TableScore:
    row_scores = [(label_match(r.label, q), i) for i, r in enumerate(table.rows)]
    best_row = max((s for s, _ in row_scores), default=0.0)
    # of rows that match alike, the one whose label says more ("Kortfristiga skulder till leverantörer" before
    # "Summa skulder"), then the first
    rows = [i for s, i in sorted(row_scores, key=lambda x: (-x[0], -len(_stems(table.rows[x[1]].label)), x[1]))
            if s >= 0.75 and s >= best_row - 0.15]
    cols = match_columns(table, q)
    title_stems = _stem_set(table.title)
    title_hit = sum(1 for s in title_stems if q.match(s) >= 0.8) / max(3, len(title_stems))
    score = 2.0 * (best_row if best_row >= 0.75 else 0.0) + 1.5 * title_hit + hint
    # a role counts only in a column of an asked year (or of no year): "the 2022 outcome" is not answered by a
    # table whose deviation and budget columns are for 2023 and whose 2022 column is a comparison
    asked = set(q.years)
    header_roles = set().union(set(), *(column_roles(c) for c in table.columns[1:]
                                        if not asked or not _years(c) or set(_years(c)) & asked))
    score += 0.5 * len(q.roles & header_roles)
    if q.roles and not q.roles & header_roles:
        score -= 0.5
    else:
        score -= 0.3 * len(q.roles - header_roles)
    label_head = _stem_set(table.columns[0]) if table.columns else set()
    if any(s in q.stems for s in label_head) and re.search(r"\b(vilken|vilket|vilka|which|what)\b", q.text, re.I):
        score += 1.0
    ty = table_years(table)
    label_years = {int(r.label.strip()[:4]) for r in table.rows if r.label.strip()[:4].isdigit()}
    if q.years:
        if set(q.years) & title_years(table):
            score += 1.0
        elif have := len(set(q.years) & (ty | label_years)):
            # every asked year in its columns or rows; a table that lacks one of two asked years answers half
            score += 0.5 if have == len(set(q.years)) else 0.5 * have / len(set(q.years)) - 0.5
        elif ty:
            score -= 2.0
    header_months = {column_month(c) for c in table.columns[1:]} - {None}
    if q.months:
        score += 0.5 if q.months & header_months else -0.5
    if q.table_no is not None:
        m = re.search(r"\b(?:tabell|table)\s+(\d+)", table.title, re.I)
        score += 4.0 if (m and int(m.group(1)) == q.table_no) else -1.0
    if table_relevance(table, q) < 0.8 and q.table_no is None:
        score -= 3.0
    return TableScore(table=table, score=score, rows=rows, row_score=best_row, cols=cols)


def match_columns(table: Table, q: QuestionTerms) -> list[int]:
    """Value columns (0-based, excluding the label column) the question asks for."""
    out = []
    for j, header in enumerate(table.columns[1:]):
        roles = column_roles(header)
        if roles and q.roles and not roles & q.roles:
            continue  # a column of another measure than the asked ones ("budgetavvikelse" when a forecast is asked)
        if not roles & q.roles:
            hs = _header_stems(header)
            if not any(q.match(s) >= 0.8 for s in hs):
                continue
        month = column_month(header)
        if month and q.months and month not in q.months:
            continue
        hy = _years(header)
        if hy and q.years and not set(hy) & set(q.years):
            continue
        out.append(j)
    return out


def find_role(table: Table, role: str, month: str | None = None, year: int | None = None) -> int | None:
    """First value column with ``role`` (and month/year when given)."""
    cands = []
    for j, header in enumerate(table.columns[1:]):
        if role not in column_roles(header):
            continue
        if month and column_month(header) not in (month, None):
            continue
        hy = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)", header)]
        penalty = 0 if (year is None or not hy or year in hy) else 1
        cands.append((penalty, 0 if (month is None or column_month(header) == month) else 1, j))
    return min(cands)[2] if cands else None
