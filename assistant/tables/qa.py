"""Budget questions answered from the table store, with every number cited or computed.

Entry point: ``TableQA(index).answer(question, lang, builder, hints, doc_ids) -> TableResult | None``.
It finds the table(s), rows and columns the question names, returns them as AnswerTable
objects, computes what is asked (differences, shares, extremes, the same row across years)
and says how. Returns None when the question is not a table question or nothing fits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.citations import CitationBuilder, cite_table_row
from assistant.glossary import english_label, shown_label as _h
from assistant.models import AnswerTable, TableSource
from assistant.tables.compare import compare_sources
from assistant.tables.match import (
    TableScore, analyse, column_month, column_roles, find_role, header_years, is_total, label_stems, score_table,
    table_years, title_years,
)
from ingest.models import Table, TableRow
from ingest.text import content_stems
from ingest.numbers import UNIT_RE
from assistant.question.documents import fold
from assistant.tables.per_document import PerDocument
from assistant.tables.vocab import (ACCURACY_RE, ACTUAL_RE, BELOW_RE, CHANGE_RE, COST_RE, DIFF_RE, MAX_RE, MIN_RE, NEG_RE, ROLE_QUESTION,
                                   SHOW_RE, SPAN_RE, SPENT_RE, TABLE_WORDS)

PROPER_RE = re.compile(r"(?<=[\w,;:)] )([A-ZÅÄÖ][a-zåäö]{3,})\b")
GENERIC_PROPER = {"region", "regionen", "regionens", "tabell", "table", "bilaga", "what", "which", "show"}


@dataclass
class TableResult:
    text: str
    tables: list[AnswerTable]
    score: float
    notes: list[str] = field(default_factory=list)
    abstain: bool = False
    pages: set[tuple[str, int]] = field(default_factory=set)


def fmt(value: float | None, lang: str, signed: bool = False) -> str:
    """Swedish style: 204 846, -7,2, 645 262,92 (English: 204 846, -7.2). ASCII minus so numbers parse."""
    if value is None:
        return "–"
    neg = value < 0
    v = abs(value)
    if abs(v - round(v)) < 1e-9:
        s = f"{int(round(v)):,}".replace(",", " ")
    else:  # the cell's own decimals, up to two ("645 262,92" stays so; a computed 7,25 is not cut to 7,2)
        s = f"{v:,.2f}".rstrip("0").replace(",", " ")
        if lang == "sv":
            s = s.replace(".", ",")
    if neg:
        return "-" + s
    return ("+" + s) if signed and value > 0 else s


def _paren(value: float | None, lang: str) -> str:
    s = fmt(value, lang)
    return f"({s})" if value is not None and value < 0 else s


def _vals(row: TableRow) -> list[float | None]:
    return [c.value for c in row.cells]


COVER_PAGES = 2  # the pages that say whose document it is


class TableQA:
    def __init__(self, index) -> None:
        self._index = index
        self._doc_words = PerDocument(index, self._read_doc_words)  # doc_id -> (label stems, title stems)
        self._doc_text = PerDocument(index, self._read_doc_text)  # doc_id -> its first pages' text, lowercase

    def _read_doc_words(self, doc_id: str) -> tuple[set[str], set[str]]:
        """(the stems of a document's table titles and row labels, those of its own title)."""
        try:
            labels = content_stems(" ".join(x for t in self._index.tables(doc_id)
                                            for x in [t.title, *(r.label for r in t.rows)]))
        except Exception:  # noqa: BLE001 (a removed document: no tables)
            labels = set()
        try:
            title = content_stems(self._index.document(doc_id).meta.title)
        except Exception:  # noqa: BLE001 (an unknown document: its title says nothing)
            title = set()
        return labels, title

    def _read_doc_text(self, doc_id: str) -> str:
        """The text of a document's first pages (its cover and introduction: whose document it is), lowercase."""
        try:
            return " ".join(p.text for p in self._index.pages(doc_id)[:COVER_PAGES]).lower()
        except Exception:  # noqa: BLE001 (a removed document: no text)
            return ""

    def _own_report(self, q, doc_ids: list[str] | None, naming: set[str]) -> bool:
        """The question names one document (a committee's own report) and asks nothing of it but a measure: none of
        its other words (those not of the report's own title and tables) labels a row or titles a table of another
        document (another committee, another item)."""
        if not naming or len(doc_ids or []) != 1 or not q.roles:
            return False
        rest = {st for st in q.stems if not any(rx.search(st) for rx in ROLE_QUESTION.values())}
        labels, title = self._doc_words[doc_ids[0]]
        rest -= labels | title  # the report's own words ("Regional utveckling" in its own tables, its title)
        if not rest:
            return True
        others = [d.meta.doc_id for d in self._index.documents() if d.meta.doc_id != doc_ids[0]]
        return not any(rest & self._doc_words[d][0] for d in others)

    def _labels_written(self, stems: set[str], doc_ids: list[str] | None) -> set[str]:
        """The stems of the named documents' row labels of two or more words that the question writes out whole (an
        activity's label, asked of the committee's own report that names the committee in every row's stead)."""
        out: set[str] = set()
        for d in doc_ids or []:
            for t in self._index.tables(d):
                for r in t.rows:
                    ls = {x for x in label_stems(r.label) if len(x) >= 3}
                    if len(ls) >= 2 and ls <= stems:
                        out |= ls
        return out

    # -- selection ----------------------------------------------------------------
    def _candidates(self, q, hints: dict[str, float], doc_ids: list[str] | None) -> list[TableScore]:
        tables = self._index.tables() if not doc_ids else [t for d in doc_ids for t in self._index.tables(d)]
        scored = [score_table(t, q, hints.get(t.id, 0.0)) for t in tables if t.rows and len(t.columns) >= 2]
        return sorted(scored, key=lambda s: -s.score)

    def answer(self, question: str, lang: str, builder: CitationBuilder, hints: dict[str, float] | None = None,
               doc_ids: list[str] | None = None, prefer: list[str] | None = None,
               naming: list[str] | None = None, computes: bool = False) -> TableResult | None:
        """``prefer``: documents the question names, by the words ``naming`` (folded stems); when one of their tables
        fits, the answer comes from them, and the words that named the document do not name a row of its tables
        (the committee's own report: "regionala utvecklingsnämnden" is every row's owner, not the row "Regional
        utveckling")."""
        if prefer and prefer != doc_ids:
            named = self._answer(question, lang, builder, hints, prefer, set(naming or ()), computes)
            if named is not None:
                return named
        return self._answer(question, lang, builder, hints, doc_ids, set(), computes)

    def _answer(self, question: str, lang: str, builder: CitationBuilder, hints: dict[str, float] | None,
                doc_ids: list[str] | None, naming: set[str], computes: bool = False) -> TableResult | None:
        q = analyse(question, lang)
        q.computes = computes
        if naming:  # the words that named the document name no row, unless the question writes a row's label out
            written = self._labels_written(q.stems, doc_ids)
            q.stems = {s for s in q.stems if fold(s) not in naming or s in written}
        # a question about a table's figures: its words say so, or the typed reading asks a computation over years
        # ("Hur mycket mer … 2023 än 2022?": a difference)
        asks_table = bool(TABLE_WORDS.search(q.text)) or q.table_no is not None or computes
        if not asks_table:
            return None
        if not doc_ids or len(doc_ids) > 1:  # "does the audit report agree with the activity report?"
            cmp = compare_sources(self._index, question, lang, builder, fmt, TableResult)
            if cmp is not None:
                return cmp
        cands = self._candidates(q, hints or {}, doc_ids)
        if not cands:
            return None
        # the best table that fits: one that retrieval ranks first but that lacks an asked measure (the forecast, when
        # the question sets the forecast against the budget) gives way to the next that has both
        own_report = self._own_report(q, doc_ids, naming)  # a committee's own report asked only for a measure
        fitting = [c for c in cands if self._fits(c, q, own_report)][:1]
        if not fitting:
            return None
        best = fitting[0]
        if not self._entities_present(question, best.table):
            return None
        missing = self._missing_asked_cell(question, q, best)
        if missing:
            return TableResult(missing, [], best.score, abstain=True,
                               pages={(best.table.doc_id, best.table.page)})
        # The same row across several years' tables ("2020–2022", "per år").
        if best.rows and len(q.years) < 2 and SPAN_RE.search(question):
            q.years = sorted({y for c in cands if c.rows and _compatible(c.table, best.table) for y in title_years(c.table)})
        if best.rows and len(q.years) >= 2:
            series = [c for c in cands if c.rows and _compatible(c.table, best.table) and title_years(c.table)
                      and title_years(c.table) & set(q.years) and c.score >= best.score - 2.5]
            years_seen = {min(title_years(c.table) & set(q.years)) for c in series}
            if len(years_seen) >= 2:
                return self._across_years(question, q, lang, builder, series, best.score)
        return self._single(question, q, lang, builder, best)

    @staticmethod
    def _fits(ts: TableScore, q, own_report: bool = False) -> bool:
        """A table answers when it scores past the bar, or when it has the two asked columns (e.g. forecast vs
        budget) and the question names no row: then it is about the total row. ``own_report``: the question names
        one document and asks nothing of it but a measure ("Hur stor är helårsprognosen för <its committee>?"):
        then one asked column will do, in a table that has every asked year."""
        wanted = 1 if own_report and (not q.years or set(q.years) <= table_years(ts.table)) else 2
        about_total = (len(ts.cols) >= wanted and len(q.roles) >= wanted and not ts.rows
                       and any(is_total(r.label) for r in ts.table.rows))
        return ts.score >= 1.5 or about_total

    def _entities_present(self, question: str, t: Table) -> bool:
        """Proper names in the question (e.g. another region) must occur on the table's page, in its title, in its
        document's title or organisation, or on the document's first pages (a committee's budget names its
        municipality on its cover)."""
        names = [p.lower() for p in PROPER_RE.findall(question) if p.lower() not in GENERIC_PROPER]
        if not names:
            return True
        try:
            meta = self._index.document(t.doc_id).meta
            hay = " ".join([self._index.page(t.doc_id, t.page).text, t.title, meta.title, meta.organisation or "",
                            self._doc_text[t.doc_id]]).lower()
        except Exception:  # noqa: BLE001
            hay = t.title.lower()
        return all(n.rstrip("s")[: max(4, len(n) - 3)] in hay for n in names)

    def _missing_asked_cell(self, question: str, q, ts: TableScore) -> str | None:
        """The question asks for an actual outcome that the matched row leaves empty."""
        if not ACTUAL_RE.search(question) or not ts.rows:
            return None
        o = find_role(ts.table, "outcome")
        if o is None:
            return None
        row = ts.table.rows[ts.rows[0]]
        if row.cells[o].value is not None:
            return None
        return (f"{_short_title(ts.table)}: {row.label} – kolumnen \"{ts.table.columns[o + 1]}\" är tom."
                if not re.search(r"\b(the|what|which)\b", question, re.I) else
                f"{_short_title(ts.table)}: {_h(row.label, 'en')} – the column \"{_h(ts.table.columns[o + 1], 'en')}\" is empty.")

    # -- one table ----------------------------------------------------------------
    def _single(self, question: str, q, lang: str, builder: CitationBuilder, ts: TableScore) -> TableResult:
        t = ts.table
        data_rows = [i for i, r in enumerate(t.rows) if any(c.value is not None for c in r.cells)]
        body = [i for i in data_rows if not is_total(t.rows[i].label)]
        totals = [i for i in data_rows if is_total(t.rows[i].label)]
        lines: list[str] = []
        unit = f" {t.unit}" if t.unit and t.unit != "%" else ""
        title = _short_title(t)
        shown_rows: list[int]
        superl = "max" if MAX_RE.search(question) else "min" if MIN_RE.search(question) else None

        if superl and body and (dev := self._deviation_superlative(t, q, question, superl, body, lang, builder)):
            lines = dev
            for j in data_rows:
                self._cite_row(builder, t, j)
            return TableResult(_join(lang, title, lines), [_answer_table(t, data_rows, lang)], ts.score,
                               pages={(t.doc_id, t.page)})
        if superl and body:
            col = self._superlative_column(t, q, question)
            if col is not None:
                vals = [(t.rows[i].cells[col].value, i) for i in body if t.rows[i].cells[col].value is not None]
                if col is not None and vals:
                    neg = bool(NEG_RE.search(question))
                    if superl == "max" and neg:
                        pick = min(vals)
                    elif superl == "max" and "deviation" in column_roles(t.columns[col + 1]) and not re.search(
                            r"överskott|surplus|positiv", question, re.I):
                        pick = max(vals, key=lambda v: abs(v[0]))
                    else:
                        pick = max(vals) if superl == "max" else min(vals)
                    i = pick[1]
                    n = self._cite_row(builder, t, i)
                    cunit = " %" if "%" in t.columns[col + 1] else unit
                    lines.append(_s(lang, "Störst" if superl == "max" else "Minst",
                                    "Largest" if superl == "max" else "Smallest")
                                 + f" {_h(t.columns[col + 1], lang)}: {_h(t.rows[i].label, lang)}, {fmt(pick[0], lang)}{cunit} [{n}].")
                    others = "; ".join(f"{_h(t.rows[j].label, lang)} {fmt(t.rows[j].cells[col].value, lang)}"
                                       for j in data_rows if j != i and t.rows[j].cells[col].value is not None)
                    if others:
                        lines.append(_s(lang, "Övriga: ", "Others: ") + others + ".")
                    extra = self._row_computations(t, i, q, question, lang)
                    lines.extend(extra)
                    lines.append(_row_sentence(t, i, lang, n))
                    for j in data_rows:
                        if j != i:
                            self._cite_row(builder, t, j)
                    return TableResult(_join(lang, title, lines), [_answer_table(t, data_rows, lang)], ts.score,
                                       pages={(t.doc_id, t.page)})
        if ts.rows:
            shown_rows = [i for i in ts.rows if i in data_rows] or ts.rows
        elif SHOW_RE.search(question) or not totals:
            shown_rows = data_rows
        else:
            shown_rows = totals[:1]
        if SHOW_RE.search(question) and not ts.rows:
            shown_rows = data_rows
        brief = SHOW_RE.search(question) and len(shown_rows) > 4
        lead: str | None = None
        for i in shown_rows:
            n = self._cite_row(builder, t, i)
            if brief and i not in totals:
                continue  # "Visa …" with many rows: the table shows them; the text stays short
            lead_row = shown_rows[0] if len(shown_rows) == 1 else next((j for j in shown_rows if j in totals), None)
            if i == lead_row:  # the asked comparison comes first; for a whole table, of its total row
                lead = _lead_comparison(t, i, q, lang, n)
            lines.append(_row_sentence(t, i, lang, n))
            if len(shown_rows) <= 3:
                lines.extend(self._row_computations(t, i, q, question, lang))
        if len(shown_rows) == 2 and (CHANGE_RE.search(question) or DIFF_RE.search(question) or q.computes):
            lines.extend(_year_rows_change(t, shown_rows, q, lang, unit))
        if brief:
            lines.insert(0, _s(lang, f"Tabellen nedan har {len(shown_rows)} rader, var och en citerad.",
                               f"The table below has {len(shown_rows)} rows, each cited."))
        if lead:
            lines.insert(0, lead)
        return TableResult(_join(lang, title, lines),
                           [_answer_table(t, shown_rows if len(shown_rows) < len(data_rows) else data_rows, lang)], ts.score,
                           pages={(t.doc_id, t.page)})

    def _deviation_superlative(self, t: Table, q, question: str, superl: str, body: list[int], lang: str,
                               builder: CitationBuilder) -> list[str] | None:
        """The row furthest over (or under) its budget when the question weighs an outcome or a forecast against the
        budget and the table has no deviation column of its own: each row's difference computed from its two cells
        (which line's forecast exceeds its budget by most: the greatest difference forecast − budget; "under budget": the least)."""
        if "budget" not in q.roles or not ({"forecast", "outcome"} & q.roles) or "share" in q.roles \
                or SPENT_RE.search(question) or find_role(t, "deviation") is not None:
            return None
        month = next(iter(q.months)) if len(q.months) == 1 else None
        year = q.years[0] if q.years else None
        b = find_role(t, "budget", None, year)
        o = next((j for role in ("forecast", "outcome") if role in q.roles
                  for j in [find_role(t, role, month, year)] if j is not None and j != b), None)
        if b is None or o is None:
            return None
        diffs = [(r.cells[o].value - r.cells[b].value, i) for i in body for r in [t.rows[i]]
                 if max(b, o) < len(r.cells) and r.cells[o].value is not None and r.cells[b].value is not None]
        if not diffs:
            return None
        under = bool(re.search(r"under budget|lägre än budget|below budget|underskrid", question, re.I))
        pick = (min if (superl == "max") == under else max)(diffs)
        d, i = pick
        r = t.rows[i]
        n = self._cite_row(builder, t, i)
        unit = f" {t.unit}" if t.unit and t.unit != "%" else ""
        ho, hb = _h(t.columns[o + 1], lang), _h(t.columns[b + 1], lang)
        word = _s(lang, "över" if d > 0 else "under", "over" if d > 0 else "under")
        return [_s(lang, f"Längst {word} budget: {_h(r.label, lang)}, {fmt(abs(d), lang)}{unit} ({ho} {fmt(r.cells[o].value, lang)} − "
                         f"{hb} {fmt(r.cells[b].value, lang)}) [{n}].",
                   f"Furthest {word} budget: {_h(r.label, lang)}, {fmt(abs(d), lang)}{unit} ({ho} {fmt(r.cells[o].value, lang)} − "
                   f"{hb} {fmt(r.cells[b].value, lang)}) [{n}]."),
                _s(lang, "Övriga: ", "Others: ") + "; ".join(
                    f"{_h(t.rows[j].label, lang)} {fmt(dj, lang, signed=True)}" for dj, j in diffs if j != i) + "."]

    def _superlative_column(self, t: Table, q, question: str) -> int | None:
        if SPENT_RE.search(question) or "share" in q.roles:
            j = find_role(t, "share")
            if j is not None:
                return j
        for role in ("deviation", "outcome", "forecast", "budget", "share"):
            if role in q.roles:
                month = next(iter(q.months)) if len(q.months) == 1 else None
                j = find_role(t, role, month, q.years[0] if q.years else None)
                if j is not None:
                    return j
        return ts_cols[0] if (ts_cols := [j for j in range(len(t.columns) - 1)]) else None

    def _row_computations(self, t: Table, i: int, q, question: str, lang: str) -> list[str]:
        """Computed figures for one row, each with its formula."""
        row = t.rows[i]
        unit = f" {t.unit}" if t.unit and t.unit != "%" else ""
        out: list[str] = []
        year = q.years[0] if q.years else None
        b = find_role(t, "budget", None, year)
        f = find_role(t, "forecast", None, year)
        o = find_role(t, "outcome", None, year)
        vals = _vals(row)
        if b is not None and o is not None and SPENT_RE.search(question) and vals[b] and vals[o] is not None:
            share = vals[o] / vals[b] * 100
            out.append(_s(lang, "Andel av budgeten som förbrukats", "Share of budget used")
                       + f": {fmt(vals[o], lang)} / {fmt(vals[b], lang)} = {fmt(round(share, 1), lang)} %.")
        if b is not None and f is not None and BELOW_RE.search(question) and None not in (vals[b], vals[f]):
            d = vals[b] - vals[f]
            word = _s(lang, "överskott" if d > 0 else "underskott", "surplus" if d > 0 else "deficit")
            out.append(_s(lang, "Budget minus helårsprognos", "Budget minus full-year forecast")
                       + f": {fmt(vals[b], lang)} − {_paren(vals[f], lang)} = {fmt(d, lang)}{unit} ({word} {fmt(abs(d), lang)}{unit}).")
        fc = [j for j in range(len(vals)) if "forecast" in column_roles(t.columns[j + 1])]
        if o is not None and fc and (ACCURACY_RE.search(question) or (q.months and "outcome" in q.roles)):
            for j in fc:
                if q.months and column_month(t.columns[j + 1]) not in q.months:
                    continue
                if vals[j] is None or vals[o] is None:
                    continue
                d = vals[o] - vals[j]
                word = _s(lang, "bättre" if d > 0 else "sämre" if d < 0 else "lika", "better" if d > 0 else "worse" if d < 0 else "equal")
                out.append(f"{_h(t.columns[o + 1], lang)} − {_h(t.columns[j + 1], lang)}: {fmt(vals[o], lang)} − {_paren(vals[j], lang)} = "
                           f"{fmt(d, lang)}{unit} ({fmt(abs(d), lang)}{unit} {word}).")
        if not out and (CHANGE_RE.search(question) or q.computes):
            change = _change(t, vals, q, lang, unit, row.label)
            if change:
                out.append(change)
        if not out and DIFF_RE.search(question):
            cols = [j for j in range(len(vals)) if vals[j] is not None and _header_named(t.columns[j + 1], q)]
            if len(cols) == 2:
                a, c = sorted(cols, key=lambda j: -(vals[j] or 0))
                out.append(f"{_h(t.columns[a + 1], lang)} − {_h(t.columns[c + 1], lang)}: {fmt(vals[a], lang)} − {_paren(vals[c], lang)} = "
                           f"{fmt(vals[a] - vals[c], lang)}{unit}.")
            elif change := _change(t, vals, q, lang, unit, row.label):  # a year set against the one before: two years of one measure
                out.append(change)
        return out

    # -- one row across years -------------------------------------------------------
    def _across_years(self, question: str, q, lang: str, builder: CitationBuilder, series: list[TableScore],
                      score: float) -> TableResult:
        by_year: dict[int, TableScore] = {}
        for c in series:
            y = min(title_years(c.table) & set(q.years))
            if y not in by_year or c.score > by_year[y].score:
                by_year[y] = c
        first = by_year[min(by_year)].table
        cols = [_h(c, lang) for c in first.columns[1:]]
        label = _h(first.rows[by_year[min(by_year)].rows[0]].label, lang)
        rows: list[list] = []
        lines: list[str] = []
        unit = f" {first.unit}" if first.unit and first.unit != "%" else ""
        for y in sorted(by_year):
            ts = by_year[y]
            i = ts.rows[0]
            row = ts.table.rows[i]
            n = self._cite_row(builder, ts.table, i)
            rows.append([str(y), *[c.value for c in row.cells]])
            parts = [f"{h} {fmt(c.value, lang)}" for h, c in zip(cols, row.cells) if c.value is not None]
            missing = [h for h, c in zip(cols, row.cells) if c.value is None]
            text = f"{y}: " + "; ".join(parts)
            if missing:
                text += _s(lang, f" ({', '.join(missing)}: uppgift saknas)", f" ({', '.join(missing)}: not given)")
            lines.append(text + (f" [{n}]" if n else "") + ".")
            lines.extend("  " + x for x in self._row_computations(ts.table, i, q, question, lang))
        at = AnswerTable(title=f"{label} – {', '.join(map(str, sorted(by_year)))}", columns=[_s(lang, "År", "Year"), *cols],
                         rows=rows, source=TableSource(doc_id=first.doc_id, page=first.page), unit=first.unit)
        head = f"{label}{unit and ' (' + unit.strip() + ')'}:"
        return TableResult(head + "\n" + "\n".join(lines), [at], score,
                           pages={(c.table.doc_id, c.table.page) for c in by_year.values()})

    # -- citations ----------------------------------------------------------------
    @staticmethod
    def _cite_row(builder: CitationBuilder, t: Table, i: int) -> int | None:
        return cite_table_row(builder, t, i)


def _compatible(a: Table, b: Table) -> bool:
    return a.doc_id == b.doc_id and [c.lower() for c in a.columns[1:]] == [c.lower() for c in b.columns[1:]]


def as_amounts_spent(a: float, b: float, label: str, lang: str) -> tuple[float, float, str]:
    """Two figures of a cost row printed negative ("Personalkostnader -843 056") as the amounts spent, with a note
    saying so; other figures as they are."""
    if a < 0 and b < 0 and COST_RE.search(label):
        return -a, -b, _s(lang, " (kostnaderna som belopp)", " (the costs as amounts)")
    return a, b, ""


def _change(t: Table, vals: list[float | None], q, lang: str, unit: str, label: str = "") -> str | None:
    """How a row's figure changed between two years of one measure: the later minus the earlier, signed ("Förändring
    2021–2022: 560 − 581 = -21 tkr (minskning)"). The years are the asked ones; one asked year is set against the
    year before it in the table; none asked, the two latest. Costs printed negative ("Personalkostnader -843 056")
    are compared as the amounts spent, so that less spent reads as a decrease."""
    by_measure: dict[frozenset[str], dict[int, int]] = {}
    for j, v in enumerate(vals):
        ys = set(header_years(t.columns[j + 1]))
        if v is None or len(ys) != 1:
            continue
        by_measure.setdefault(column_roles(t.columns[j + 1]), {}).setdefault(ys.pop(), j)
    asked = set(q.years)
    groups = [g for roles, g in by_measure.items() if len(g) >= 2 and (not q.roles or roles & q.roles or not roles)]
    groups.sort(key=lambda g: -len(asked & set(g)))
    for g in groups:
        years = sorted(g)
        if len(asked & set(years)) >= 2:
            y0, y1 = min(asked & set(years)), max(asked & set(years))
        elif len(asked) == 1 and (y1 := next(iter(asked))) in g and any(y < y1 for y in years):
            y0 = max(y for y in years if y < y1)
        elif not asked:
            y0, y1 = years[-2], years[-1]
        else:
            continue
        a, b, note = as_amounts_spent(vals[g[y0]], vals[g[y1]], label, lang)
        d = b - a
        return (_s(lang, "Förändring", "Change") + f" {y0}–{y1}{note}: {fmt(b, lang)} − {_paren(a, lang)} = "
                f"{fmt(d, lang, signed=True)}{unit} ({_change_words(d, lang, unit)}).")
    return None


MAX_CHANGED_COLUMNS = 4


def _change_words(d: float, lang: str, unit: str) -> str:
    """"minskning med 589 mnkr": the change in words, as an amount (a person says how much, not a signed figure)."""
    word = _s(lang, "ökning" if d > 0 else "minskning" if d < 0 else "oförändrat",
              "increase" if d > 0 else "decrease" if d < 0 else "unchanged")
    return word if not d else f"{word} {_s(lang, 'med', 'of')} {fmt(abs(d), lang)}{unit}"


def _year_rows_change(t: Table, rows: list[int], q, lang: str, unit: str) -> list[str]:
    """Two rows labelled by a year each (a table of years down the side): per value column, the later year less the
    earlier ("Förändring 2021–2022, Resultat: 198 − 787 = -589"); the columns the question names, else every one."""
    years = [header_years(t.rows[i].label) for i in rows]
    if any(len(set(y)) != 1 for y in years) or years[0][0] == years[1][0]:
        return []
    (i0, y0), (i1, y1) = sorted(((i, y[0]) for i, y in zip(rows, years)), key=lambda iy: iy[1])
    v0, v1 = _vals(t.rows[i0]), _vals(t.rows[i1])
    cols = [j for j in range(min(len(v0), len(v1))) if v0[j] is not None and v1[j] is not None]
    named = [j for j in cols if _header_named(t.columns[j + 1], q)]
    cols = named or cols
    if not cols or len(cols) > MAX_CHANGED_COLUMNS:
        return []
    out = []
    for j in cols:
        d = v1[j] - v0[j]
        out.append(_s(lang, "Förändring", "Change") + f" {y0}–{y1}, {_h(t.columns[j + 1], lang)}: {fmt(v1[j], lang)} − "
                   f"{_paren(v0[j], lang)} = {fmt(d, lang, signed=True)}{unit} ({_change_words(d, lang, unit)}).")
    return out


def _header_named(header: str, q) -> bool:
    from ingest.text import best_match, stem, words

    hs = {stem(w.replace("-", "")) for w in words(header) if len(w) > 3 and not w.isdigit()}  # "Balanskravs-resultat"
    return bool(column_roles(header) & q.roles) or any(best_match(s, q.stems) >= 0.8 for s in hs)


COMPARED = ("forecast", "outcome", "budget")  # a measure is set against the next one in this order ("prognos mot budget")


def _lead_comparison(t: Table, i: int, q, lang: str, n: int | None) -> str | None:
    """The asked comparison of two measures in one row, as a person writes it: "Helårsprognos 2023 är 197 638 tkr,
    7 208 tkr under Budget 2023 (204 846 tkr) [1]." None unless the question names exactly two of the measures and
    the row has a value for each."""
    asked = [r for r in COMPARED if r in q.roles]
    if len(asked) != 2 or "deviation" in q.roles:  # a deviation asked is read from its own column
        return None
    year = q.years[0] if q.years else None
    month = next(iter(q.months)) if len(q.months) == 1 else None
    a, b = (find_role(t, r, month, year) for r in asked)
    if a is None or b is None or a == b or column_month(t.columns[a + 1]) != column_month(t.columns[b + 1]):
        return None  # an outcome for January–August is not set against a full year's budget
    va, vb = t.rows[i].cells[a].value, t.rows[i].cells[b].value
    if va is None or vb is None:
        return None
    unit = f" {t.unit}" if t.unit and t.unit != "%" else ""
    d = va - vb
    ha, hb = (_measure_name(t.columns[j + 1], lang) for j in (a, b))
    cite = f" [{n}]" if n else ""
    if lang == "sv":
        rel = "lika med" if d == 0 else f"{fmt(abs(d), lang)}{unit} {'över' if d > 0 else 'under'}"
        return f"{ha} är {fmt(va, lang)}{unit}, {rel} {hb} ({fmt(vb, lang)}{unit}){cite}."
    rel = "equal to" if d == 0 else f"{fmt(abs(d), lang)}{unit} {'above' if d > 0 else 'below'}"
    return f"{ha} is {fmt(va, lang)}{unit}, {rel} {hb} ({fmt(vb, lang)}{unit}){cite}."


def _measure_name(header: str, lang: str) -> str:
    """A column header as a measure in a sentence: without its unit (said with the number); in English the
    glossary's English when it knows every word."""
    bare = re.sub(rf"\s*\({UNIT_RE}\)\s*$", "", header, flags=re.I)
    return (english_label(bare) or bare) if lang == "en" else bare


def _row_sentence(t: Table, i: int, lang: str, n: int | None) -> str:
    row = t.rows[i]
    parts = [f"{h}: {fmt(c.value, lang) if c.value is not None else (c.raw or '–')}"
             for h, c in zip([_h(x, lang) for x in t.columns[1:]], row.cells)
             if c.value is not None or (c.raw or "").strip()]
    cite = f" [{n}]" if n else ""
    return f"{_h(row.label, lang)} – " + "; ".join(parts) + cite + "."


def _answer_table(t: Table, rows: list[int], lang: str = "sv") -> AnswerTable:
    """The table as shown; for English questions headers and row labels in English where the glossary knows every
    word, the Swedish original in parentheses ("Forecast April (Prognos april)")."""
    return AnswerTable(
        title=t.title, columns=[_h(c, lang) for c in t.columns],
        rows=[[_h(t.rows[i].label, lang), *[c.value if c.value is not None else (c.raw or None) for c in t.rows[i].cells]] for i in rows],
        source=TableSource(doc_id=t.doc_id, page=t.page), unit=t.unit,
    )


def _short_title(t: Table) -> str:
    title = re.sub(r"\s+", " ", t.title).strip()
    return title + (f" (belopp i {t.unit})" if t.unit else "")


def _join(lang: str, title: str, lines: list[str]) -> str:
    head = _s(lang, f"Enligt tabellen {title}:", f"According to the table {title}:")
    return head + "\n" + "\n".join(lines)


def _s(lang: str, sv: str, en: str) -> str:
    return sv if lang == "sv" else en
