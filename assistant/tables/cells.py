"""Table answers addressed by cell: the table, its row labels and its column headers are matched against the typed
question (its terms, years, measures and operation), never against phrases of the question.

``CellStrategy(index, lexicon).propose(question, scored, builder) -> CellAnswer | None``

The candidate tables are those on the pages of the scored units the fitted scorer rates best (so a table is chosen
because its lines answer, and a question that names a document stays in it). Within a table:
- a row's score is the share of the question's subject its label carries (stemmed, weighted by the terms' rarity);
- a column's score is whether its typed header (ingest.tables_typed) has an asked year or measure, or a word of
  the question.
The answer is one row's asked cells (with the difference computed when two are compared), the row with the largest
or smallest value of the asked column, or the whole table when no row is named (its total rows first when a total is
asked). Every row shown is cited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.models import Table
from ingest.text import YEAR_RE, best_match, stem, words
from assistant.citations import CitationBuilder, cite_table_row
from assistant.models import AnswerTable, TableSource
from assistant.question.models import Question
from assistant.scoring.features import naming_only
from assistant.question.names import document_name_text, judged_names, missing_names
from assistant.tables.per_document import PerDocument
from assistant.tables.qa import as_amounts_spent, fmt

MAX_TABLES = 4  # tables considered: those of the best-scored units' pages
MAX_ROWS_SHOWN = 30
ROW_MIN = 0.3  # a row label that carries this share of the question's subject names a row
ROW_LEAD = 0.1  # rows this close to the best named row are named too
MAX_NAMED = 6  # more named rows than this: the question names the table, not rows
ROW_STRONG = 0.75  # a row label that carries this share of the subject makes its table a retrieval hit
ROW_ADDRESSED = 0.5  # the one row shown carries this share of the subject: the cells answer by themselves
MAX_TOTALS = 3  # a table's total rows shown for a total asked of no one row (subtotals, then the grand total)


@dataclass
class CellAnswer:
    text: str
    confidence: float
    tables: list[AnswerTable] = field(default_factory=list)
    table: Table | None = None
    pages: set[tuple[str, int]] = field(default_factory=set)  # the pages cited
    # addressed by the typed cells alone: one row whose label carries the subject, of a table of a document the
    # question names, with a column of every year asked (the arbiter needs no other sign that it answers)
    addressed: bool = False


DEVIATION_HEADS = ("avvikelse", "budgetavvikelse", "differens", "deviation", "variance")


def _measure_of(t: Table, c: int) -> str:
    """A value column's measure (typed), else its header, lower case."""
    info = t.column_info[1:] if len(t.column_info) == len(t.columns) else []
    head = t.columns[1:][c] if c < len(t.columns) - 1 else ""
    return " ".join(filter(None, [(info[c].measure if c < len(info) else None), head])).strip().lower()


def _is_deviation(t: Table, c: int) -> bool:
    """The column holds deviations ("Helårsprognos budgetavvikelse 2023")."""
    measure = _measure_of(t, c)
    return any(h in measure for h in DEVIATION_HEADS)


def _is_budget(t: Table, c: int) -> bool:
    """The column holds the budget (its typed measure, else its header's first word)."""
    return _measure_of(t, c).startswith("budget") and not _is_deviation(t, c)


def _same_measure_pair(t: Table, asked: list[int], years: set[int]) -> list[int]:
    """Of the columns two asked years select ("Budget 2023", "Utfall 2023 jan-aug", "Utfall 2022 jan-aug"), the one
    pair whose headers are the same but for the year: the same measure in both years. Else the columns unchanged."""
    heads = t.columns[1:]
    groups: dict[str, list[int]] = {}
    for c in asked:
        h = heads[c] if c < len(heads) else ""
        found = {int(y) for y in YEAR_RE.findall(h)}
        if len(found) == 1 and found <= years:
            groups.setdefault(re.sub(r"\s+", " ", YEAR_RE.sub(" ", h)).strip().lower(), []).append(c)
    pairs = [cs for cs in groups.values() if len(cs) == 2]
    return pairs[0] if len(pairs) == 1 else asked


def _title_years(t: Table) -> set[int]:
    return {int(y) for y in YEAR_RE.findall(" ".join(filter(None, [t.title, t.caption])))}


def _table_years(t: Table) -> set[int]:
    """Every year the table speaks of: title, caption, heading, typed column headers and row labels."""
    text = " ".join(filter(None, [t.title, t.caption, t.heading, *t.columns, *(r.label for r in t.rows)]))
    years = {int(y) for y in YEAR_RE.findall(text)}
    return years | {c.year for c in t.column_info if c.year}


def _label_stems(text: str) -> set[str]:
    return {stem(w) for w in words(text or "")}


def _subject(q: Question) -> list[tuple[list[tuple[str, ...]], float]]:
    """The question's subject terms: those that did not just name the document, nor only say how it asks."""
    return [(g.alternatives, g.weight) for g in q.terms if not naming_only(q, g) and not g.cue]


def _coverage(subject, stems: set[str]) -> float:
    total = sum(w for _, w in subject) or 1.0
    got = sum(w * max((min(best_match(s, stems) for s in alt) for alt in alts), default=0.0) for alts, w in subject)
    return got / total


def capped_rows(row_scores: list[float], cap: int) -> list[int]:
    """The rows of a whole table shown (in the table's order); past the cap, those that carry most of the question's
    subject (a project sheet of 43 rows asked for its operating cost shows that row, not just the first 30)."""
    return sorted(sorted(range(len(row_scores)), key=lambda i: -row_scores[i])[:cap])


class CellStrategy:
    def __init__(self, index, measure_cues: dict[str, set[str]], known=None) -> None:
        self.index = index
        self.measure_cues = measure_cues  # measure name -> stems of its cue words (lexicon [measures])
        self.known = known or (lambda stem_: True)  # is a stem a word of the library? (the question reader's)
        self._cover_stems = PerDocument(index, self._read_cover_stems)  # doc_id -> stems of its cover pages

    # -- which tables ---------------------------------------------------------------------------------------
    def _tables(self, q: Question, scored) -> list[tuple[Table, float]]:
        out: dict[str, tuple[Table, float]] = {}
        seen_pages: set[tuple[str, int]] = set()
        for s in scored[:40]:
            u = s.unit
            if (u.doc_id, u.page) in seen_pages:  # (the scorer weighs the named documents: doc_named)
                continue
            seen_pages.add((u.doc_id, u.page))
            for t in self._doc_tables(u.doc_id):
                if t.page <= u.page <= (t.page_end or t.page) and t.id not in out:
                    out[t.id] = (t, s.p)
            if len(out) >= MAX_TABLES:
                break
        return sorted(out.values(), key=lambda tp: -tp[1])

    def named_rows(self, q: Question, doc_ids: list[str], k: int = 2) -> list[tuple[Table, float]]:
        """The tables of the documents a question names whose row labels carry its subject best (a row of an
        income statement or a note named by the question's words, wherever its page ranks in text search): at most
        ``k``, best first, each with its best row's share of the subject. Bounded by the named documents' tables."""
        wanted = _subject(q)
        if not wanted or not doc_ids or len(doc_ids) > 2:
            return []
        names: dict[str, set[str]] = {}
        out = []
        for d in doc_ids:
            own = self._own_subject(wanted, d, names)
            for t in self._doc_tables(d):
                if not t.rows:
                    continue
                best = max(max(_coverage(wanted, ls), _coverage(own, ls)) for r in t.rows
                           for ls in [_label_stems(r.label)])
                if best >= ROW_STRONG:
                    out.append((t, best))
        out.sort(key=lambda tb: -tb[1])
        return out[:k]

    def _doc_tables(self, doc_id: str) -> list[Table]:
        try:
            return self.index.tables(doc_id)
        except Exception:  # noqa: BLE001 (an unreadable table store answers nothing, the sentence answer stands)
            return []

    # -- which columns --------------------------------------------------------------------------------------
    def _value_columns(self, t: Table) -> list[int]:
        """Indexes into row.cells of the columns that hold values."""
        n = max((len(r.cells) for r in t.rows), default=0)
        info = t.column_info[1:] if len(t.column_info) == len(t.columns) else []
        cols = [i for i in range(n) if not info or i >= len(info) or info[i].role == "value"]
        return cols or list(range(n))

    def _column_scores(self, q: Question, t: Table, cols: list[int]) -> dict[int, float]:
        info = t.column_info[1:] if len(t.column_info) == len(t.columns) else []
        heads = t.columns[1:]
        asked_measures = {m: self.measure_cues.get(m, set()) for m in q.measures}
        qstems = q.stems
        out: dict[int, float] = {}
        for i in cols:
            header = heads[i] if i < len(heads) else ""
            ci = info[i] if i < len(info) else None
            hstems = _label_stems(" ".join([header, (ci.measure or "") if ci else "", (ci.group or "") if ci else ""]))
            year = ci.year if ci and ci.year else next((int(y) for y in YEAR_RE.findall(header)), None)
            score = 0.0
            if q.years and year in q.years:
                score += 1.0
            elif q.years and year is not None:
                score -= 1.0
            if any(cues & hstems for cues in asked_measures.values()):
                score += 1.0
            score += 0.5 * len(qstems & hstems) / max(1, len(hstems))
            out[i] = score
        return out

    # -- the answer -----------------------------------------------------------------------------------------
    def _own_subject(self, subject, doc_id: str, names: dict[str, set[str]]):
        """The subject less the words of the table's document's own name ("Brf X", "Årsredovisning"): a title or
        page heading of that document carrying them says nothing of which table is asked (a row label still may)."""
        if doc_id not in names:
            names[doc_id] = _label_stems(document_name_text(self.index, doc_id))
        own = names[doc_id]
        kept = [(alts, w) for alts, w in subject if not all(set(a) <= own for a in alts)]
        return kept or subject

    def propose(self, q: Question, scored, builder: CitationBuilder) -> CellAnswer | None:
        subject = _subject(q)
        names: dict[str, set[str]] = {}
        best: tuple[float, Table, float, list[float]] | None = None
        for t, p in self._tables(q, scored):
            if not t.rows:
                continue
            context = _label_stems(" ".join(filter(None, [t.title, t.caption, t.heading])))
            heads = _label_stems(" ".join(t.columns[1:]))
            # a row label carries the subject, with or without the words of the document's name ("Årets resultat"
            # in a housing cooperative's accounts; a committee's own name as a row of its own report)
            own = self._own_subject(subject, t.doc_id, names)
            rows = [max(_coverage(subject, ls), _coverage(own, ls)) for r in t.rows for ls in [_label_stems(r.label)]]
            # the table that speaks of the subject: its title and headers (less the document's name, weighed by its
            # share of the subject), and its best row; a table of one year (its title says which) answers for that
            # year only
            share = sum(w for _, w in own) / (sum(w for _, w in subject) or 1.0)
            if q.operation in ("max", "min"):
                # the highest or lowest of what a column holds ("högst ränta"): the row is what is asked, so the
                # table is the one whose column headers carry the subject, not one with a row named like it
                fit = max((_coverage(own, _label_stems(h)) for h in t.columns[1:]), default=0.0) \
                    + _coverage(own, context | heads) * share
            else:
                fit = max(rows) + _coverage(own, context | heads) * share
            years = _title_years(t)
            if q.years and years:
                fit += 0.5 if years & set(q.years) else -0.5
            key = 2 * fit + p
            if best is None or key > best[0]:
                best = (key, t, p, rows)
        if best is None:
            return None
        _, t, p, row_scores = best
        if q.years and not (_table_years(t) & set(q.years)):
            return None  # the question asks for a year this table does not have
        if self._other_subject(q, t):
            return None  # the question names something (Region X) this table is not about
        cols = self._value_columns(t)
        if not cols:
            return None
        col_scores = self._column_scores(q, t, cols)
        top_col = max(col_scores.values())
        # columns are asked by a year or a measure their typed header has; a shared word alone asks for none
        asked = [i for i in cols if col_scores[i] >= max(1.0, top_col - 0.5)] if top_col >= 1.0 else []
        top = max(row_scores)
        named = [i for i in range(len(t.rows)) if top >= ROW_MIN and row_scores[i] >= top - ROW_LEAD]
        lines: list[str] = []
        lang = q.lang
        if q.operation in ("max", "min") and len(named) != 1:
            col = (asked or cols)[0]
            vals = [(i, r.cells[col].value) for i, r in enumerate(t.rows)
                    if not r.total and col < len(r.cells) and r.cells[col].value is not None]
            if not vals:
                return None
            i, _ = (max if q.operation == "max" else min)(vals, key=lambda iv: iv[1])
            shown = [i]
            lines.append(self._row_line(t, i, self._all_first(t, asked), builder, lang))
        elif len(named) == 1 and (series := self._series(q, t, t.rows[named[0]].label)):
            shown = named  # the same row in the tables of the other asked years
            for year, st, i in series:
                lines.append(f"{year} – " + self._row_line(st, i, asked or cols, builder, lang))
        elif len(named) == 1:
            shown = named  # one row: all its cells, the asked ones first
            lines.append(self._row_line(t, named[0], self._all_first(t, asked), builder, lang))
            diff = self._difference(q, t, named[0], asked, lang)
            if diff:
                lines.append(diff)
        else:
            shown = named if 2 <= len(named) <= MAX_NAMED else capped_rows(row_scores, MAX_ROWS_SHOWN)
            if q.operation == "sum" and len(named) != 1:  # a total asked of no one row: the table's total rows first
                totals = [i for i, r in enumerate(t.rows) if r.total][-MAX_TOTALS:]
                shown = totals + [i for i in shown if i not in totals]
            for i in shown:
                lines.append(self._row_line(t, i, asked or cols, builder, lang))
                # each row's difference when one is asked of a few named rows, or against the budget of one year
                # ("Gick vi över budget?": every line's deviation), not of every row of a whole table of years
                per_row = q.operation == "difference" and (2 <= len(named) <= MAX_NAMED or len(set(q.years)) <= 1)
                diff = self._difference(q, t, i, asked, lang) if per_row else None
                if diff:
                    lines.append(diff)
        if not any(builder.citations) or not lines:
            return None
        title = re.sub(r"\s+", " ", t.caption or t.title).strip()
        unit = f" ({'belopp i' if lang == 'sv' else 'amounts in'} {t.unit})" if t.unit else ""
        head = f"Enligt tabellen {title}{unit}:" if lang == "sv" else f"According to the table {title}{unit}:"
        table = AnswerTable(title=t.title, columns=[t.columns[0], *[t.columns[c + 1] for c in (asked or cols)
                                                                     if c + 1 < len(t.columns)]],
                            rows=[[t.rows[i].label, *[self._cell(t, i, c) for c in (asked or cols)]] for i in shown],
                            source=TableSource(doc_id=t.doc_id, page=t.page), unit=t.unit)
        years_shown = {ci.year for k, ci in enumerate(t.column_info[1:]) if k in (asked or cols) and ci.year} \
            if len(t.column_info) == len(t.columns) else set()
        addressed = (len(shown) == 1 and row_scores[shown[0]] >= ROW_ADDRESSED and t.doc_id in q.doc_ids
                     and len(q.years) >= 1 and set(q.years) <= years_shown)
        return CellAnswer(text=head + "\n" + "\n".join(lines), confidence=p, tables=[table], table=t,
                          pages={(c.doc_id, c.page) for c in builder.citations}, addressed=addressed)

    def _other_subject(self, q: Question, t: Table) -> bool:
        """A name the question gives that neither the table, its document's title nor its document's cover pages
        (what the document is about, as the answer checks read it) carry: the table is about something else
        (assistant.question.names)."""
        names = judged_names(q, self.known)
        if not names:
            return False
        text = " ".join(filter(None, [t.title, t.caption, t.heading, *t.columns, *(r.label for r in t.rows),
                                      document_name_text(self.index, t.doc_id)]))
        missing = missing_names(names, _label_stems(text))
        if missing:
            missing = missing_names(missing, self._cover_stems[t.doc_id])
        return bool(missing)

    def _read_cover_stems(self, doc_id: str) -> set[str]:
        """The stems of a document's first two pages (empty for pages no longer in the index)."""
        out: set[str] = set()
        for n in (1, 2):
            try:
                out |= _label_stems(self.index.page(doc_id, n).text)
            except Exception:  # noqa: BLE001 (a short or removed document: fewer cover pages)
                continue
        return out

    def _series(self, q: Question, t: Table, label: str) -> list[tuple[int, Table, int]]:
        """A row asked over several years, when each year has its own table of the same columns (titled by its
        year): that row from each asked year's table, oldest first. Empty when the question asks one year."""
        years = _title_years(t)
        if len(q.years) < 2 or len(years) != 1:
            return []
        out = []
        key = " ".join(label.lower().split())
        for other in self._doc_tables(t.doc_id):
            oy = _title_years(other)
            if len(oy) != 1 or not (oy & set(q.years)) or other.columns[1:] != t.columns[1:]:
                continue
            i = next((k for k, r in enumerate(other.rows) if " ".join(r.label.lower().split()) == key), None)
            if i is not None:
                out.append((next(iter(oy)), other, i))
        out.sort(key=lambda yti: yti[0])
        return out if len(out) >= 2 else []

    @staticmethod
    def _all_first(t: Table, first: list[int]) -> list[int]:
        """Every cell column, ``first`` first (a single row is shown whole: dates and rates print as text)."""
        return first + [c for c in range(max(len(r.cells) for r in t.rows)) if c not in first]

    @staticmethod
    def _cell(t: Table, i: int, c: int):
        cells = t.rows[i].cells
        if c >= len(cells):
            return None
        return cells[c].value if cells[c].value is not None else (cells[c].raw or None)

    def _row_line(self, t: Table, i: int, cols: list[int], builder: CitationBuilder, lang: str) -> str:
        row = t.rows[i]
        heads = t.columns[1:]
        parts = []
        for c in cols:
            if c < len(row.cells) and row.cells[c].raw and row.cells[c].raw.strip():
                head = heads[c] if c < len(heads) and heads[c].strip() else ""
                parts.append(f"{head} {row.cells[c].raw.strip()}".strip())
        n = cite_table_row(builder, t, i)
        cite = f" [{n}]" if n else ""
        return f"{row.label.strip()}: {'; '.join(parts)}{cite}".strip()

    @staticmethod
    def _difference(q: Question, t: Table, i: int, asked: list[int], lang: str) -> str | None:
        """Two asked cells of one row compared (two years, or budget against outcome): their difference."""
        if not (q.operation == "difference" or q.intent == "comparison" or len(q.years) >= 2 or len(q.measures) >= 2):
            return None
        if len(asked) > 2 and len(set(q.years)) == 2:
            asked = _same_measure_pair(t, asked, set(q.years))
        if len(asked) != 2:
            return None
        if any(_is_deviation(t, c) for c in asked):
            return None  # a column of deviations already answers; its difference from another column means nothing
        cells = t.rows[i].cells
        a, b = (cells[c].value if c < len(cells) else None for c in asked)
        if a is None or b is None:
            return None
        heads = t.columns[1:]
        ha, hb = (heads[c] if c < len(heads) else "" for c in asked)
        ya, yb = (max((int(y) for y in YEAR_RE.findall(h)), default=None) for h in (ha, hb))
        if ya is not None and yb is not None and ya > yb:  # a change over the years: the later year less the earlier
            a, b, ha, hb = b, a, hb, ha
        elif ya == yb and _is_budget(t, asked[1]) and not _is_budget(t, asked[0]):
            a, b, ha, hb = b, a, hb, ha  # against the budget: the outcome (or forecast) less the budget
        word = ("Skillnad" if lang == "sv" else "Difference")
        a, b, note = as_amounts_spent(a, b, t.rows[i].label, lang)
        d = b - a
        return f"{word} ({hb} − {ha}){note}: {fmt(b, lang)} − {fmt(a, lang)} = {fmt(d, lang, signed=True)}"
