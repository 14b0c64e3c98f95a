"""What an answer must carry: one check that holds ANY answer, the rules' or the general answerer's, to what the
typed question asks for.

    lacking(service, q, citations, tables) -> why the answer does not answer, or None

- An amount asked by a measure or an operation, or a count, needs a number in the cited passages (in one that does
  not speak of another named body than the one the question names): not a year, a
  date, a diary number, a paragraph (§) or a list's numbering. When the question asks for a unit (money: "Hur mycket
  kostade …", a share, a number of years), the number must be of that unit (a number without a unit counts for
  money or a share when its page gives amounts in that unit: "belopp i tkr"); a count is no sum of money, share
  or duration.
- An asked year must be one the cited passages or tables speak of, or the year the cited document reports on.
- A name the question gives must stand on a cited page or be what the cited document is about.
- A table shown must hold a value, and carry one of the question's subject words (in its title, headers, shown labels or cited rows).

Units come from the Swedish lexicon's ``[units]`` (the documents' words) and the question's ``Question.unit``
(its ``[asked_units]``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answers.persons import names_person
from assistant.answers.signals import counted_near as _near
from assistant.models import AnswerTable, Citation
from assistant.question.lexicon import LanguageLexicon, load_lexicon
from assistant.question.models import Question, phrase_words
from assistant.question.names import document_name_text, document_year, judged_names, missing_names
from assistant.scoring.features import NUMERIC_INTENTS
from ingest.text import MONTH_NAMES, YEAR_RE, best_match, stem, words
from ingest.units import NUMBER_WORDS, is_table_block, value_numbers

_ENUMERATOR = re.compile(r"^\s*(?:\d{1,2}[.)]|\d{1,2}\.\d{1,2}\.?)\s+(?=\D)")  # "3. Syfte", "2.1 Metod"
# not values: dates ("2024-05-03", "14 maj 2024"), diary numbers ("RS 2024/0001", "2016:10"), paragraphs (§ 5),
# organisation numbers ("769622-1022"), page counters ("1 (2)"), a year's month or a short span of years
# ("Verksamhetsberättelse 2023–08", "2022–23"), a decade ("byggdes under 60-talet")
_NOT_VALUES = re.compile(rf"\b(?:19|20)\d\d-\d\d-\d\d\b|\b(?:19|20)\d\d\s?[-–]\s?\d\d\b(?![-–]?\d)"
                         rf"|\b\d{{1,2}}\s+(?:{MONTH_NAMES})\b|\b(?:19|20)\d\d[/:]\d+\b"
                         r"|§\s*\d+|\d+\s*§|\b\d+\s*kap\b|\b\d{6}-\d{4}\b|\b\d{1,3}\s*\(\d{1,3}\)\s*$"
                         r"|\b\d{2,4}-tal(?:et|ets)?\b",
                         re.IGNORECASE | re.MULTILINE)
# the reason given when the cited numbers are of another kind than asked (an amount for a count, a count for a share)
WRONG_KIND = "the cited passages carry no number of the asked kind"
_WORD_VALUES = "|".join(w for w in NUMBER_WORDS if w not in ("en", "ett"))  # "nio utförare": a count in words
_NUMBER = re.compile(rf"(?<![\w,.])[-−–]?\d[\d ,.]*\d?(?![\w])|\b(?:{_WORD_VALUES})\b", re.IGNORECASE)
_NEXT_WORDS = re.compile(r"\s*(?:\(\s*\d+\s*\))?\s*[()]?\s*([%\wåäöÅÄÖ]+)(?:\s+([\wåäöÅÄÖ]+))?")  # "sex (6) månader"


@lru_cache(maxsize=1)
def _labelled() -> re.Pattern:
    """A number a label word names ("årskurs 5 och 8", "not 12", "appendix 2"; both lexicons' [labels]), with the
    numbers joined to it by "och" / "and", a comma or a dash."""
    lex = load_lexicon()
    names = "|".join(sorted((re.escape(w) for w in lex.sv.labels | lex.en.labels), key=len, reverse=True))
    return re.compile(rf"\b(?:{names})\s+\d+(?:\s*(?:,|och|and|&|[-–])\s*\d+)*\b(?![,.]\d)", re.IGNORECASE)


def quantities(text: str, units: dict[str, tuple[str, ...]]) -> list[tuple[str, str | None]]:
    """The values of ``text`` with the unit their next word gives them (money, percent, time, or None)."""
    text = _labelled().sub(" ", _NOT_VALUES.sub(" ", _ENUMERATOR.sub("", text)))
    out = []
    for m in _NUMBER.finditer(text):
        raw = m.group(0).strip(" ,.")
        if (raw[0].isdigit() or raw[0] in "-−–") and (not re.sub(r"\D", "", raw) or YEAR_RE.fullmatch(raw)):
            continue
        unit = None
        nxt = _NEXT_WORDS.match(text, m.end())
        if nxt:
            following = [w.lower() for w in nxt.groups() if w]
            unit = next((u for w in following[:1] for u, ws in units.items() if w in ws), None)
        if raw.endswith("%"):
            unit = "percent"
        out.append((raw, unit))
    return out


def _page_has(service, c: Citation, unit: str, units: dict[str, tuple[str, ...]]) -> bool:
    """The cited page gives numbers in ``unit`` somewhere ("Belopp i tkr", a "%" column)."""
    text = " ".join(u.text for u in service.pipeline.store.state().units(c.doc_id, c.page)).lower()
    return bool(set(words(text)) & set(units.get(unit, ()))) or (unit == "percent" and "%" in text)


def _lacks_number(service, q: Question, citations: list[Citation]) -> str | None:
    units = service.pipeline.reader.lexicon.sv.units
    # a number the question gives itself ("lånet på 2 500 000 kr", "årskurs 5") is what it knows, not what it asks
    given = value_numbers(q.effective)
    found = [(c, raw, u) for c in citations for raw, u in quantities(c.quote, units)
             if re.sub(r"\D", "", raw) not in given]
    if not found:
        return "the cited passages carry no number"
    asked = judged_names(q, service.pipeline.reader.known)
    if asked:  # a number in a passage about another named body than the asked one answers nothing about it
        found = [(c, raw, u) for c, raw, u in found if not _about_another(service, q, asked, c.quote)]
        if not found:
            return "the cited numbers stand in passages about another name than the asked one"
    want = q.unit or ("count" if q.intent == "count" else None)
    if want in (None, "quantity"):  # any value will do
        return None
    if want == "count":
        counted = counted_stems(q, service.pipeline.reader.lexicon.lang(q.lang))
        ok = any(u not in ("money", "percent", "time") and (not counted or _near(c.quote, raw, counted))
                 for c, raw, u in found)
    elif want in ("money", "percent"):
        ok = any(u == want or (u is None and _page_has(service, c, want, units)) for c, _, u in found)
    else:
        ok = any(u == want for _, _, u in found)
    return None if ok else f"{WRONG_KIND} ({want})"


_INNER_CAPITAL = re.compile(r"(?<=[\w,;:)] )([A-ZÅÄÖ][\wåäö-]{2,})")  # a capitalised word inside a sentence


def _about_another(service, q: Question, asked: list[str], quote: str) -> bool:
    """``quote`` does not name what the question names, and names another body the library knows ("Styrelsen för
    Higab har … minska energianvändningen med 30 procent", asked how much Familjebostäder's use fell)."""
    if not missing_names(asked, {stem(w) for w in words(quote)}, q):
        return False
    known = service.pipeline.reader.known
    # a capitalised word that is one of the asked names is no other body ("Boverket har beviljat 2 mnkr", asked
    # what Boverket gave a municipality: the municipality's name may stand elsewhere on the page)
    return any(not w.isupper() and known(stem(x)) and missing_names(asked, [stem(x)], q) == asked
               for w in _INNER_CAPITAL.findall(quote) for x in words(w)[:1])


def counted_stems(q: Question, lexicon: LanguageLexicon) -> list[str]:
    """The stems of what "Hur många X …" / "How many X …" / "the number of X" counts (its terms' Swedish stems);
    empty when the question counts a pronoun ("… hur många av dessa …"). ``lexicon``: the reader's LanguageLexicon of
    the question's language (its count cues and the words that may stand between a cue and what it counts)."""
    toks = words(q.text)
    cues = sorted((words(c) for c, intent in lexicon.intents.items() if intent == "count"), key=len, reverse=True)
    at = next((i + len(c) for i in range(len(toks)) for c in cues if c and toks[i:i + len(c)] == c), len(toks))
    # between the cue and the counted thing: a partitive or article, a capitalised name (asked the count
    # "of X's parking spaces", the spaces are counted, not X)
    names = {w.lower() for w in re.findall(r"\b[A-ZÅÄÖ][\wåäöÅÄÖ-]*", q.text)}
    while at < len(toks) and (toks[at] in lexicon.count_between or toks[at] in names or toks[at] in NUMBER_WORDS
                              or toks[at].isdigit()):  # "… av de tio utförarna": the number is what is known
        at += 1
    # the counted thing is the word after the cue ("… många personer svarade på enkäten": persons, not answers),
    # with the attributes before it ("Hur många nya lägenheter", "… av de stora kommunala bolagen", "stadens
    # skolor": the lexicon's attribute endings; "the city's schools"), at most three of them
    end = at
    attribute = lexicon.attribute_endings
    while end < len(toks) and end - at < 3 and ((attribute and toks[end].endswith(attribute))
                                                or toks[end] in lexicon.count_between
                                                or toks[end + 1:end + 2] == ["s"]):  # a possessive's word
        end += 1
    after = toks[at:end + 1]
    # a term of several words counts as written from any of these words on ("parking spaces"); a phrase the
    # glossary maps that says what befell the counted thing counts it too (bostadsrätter that "bytte ägare" are
    # counted as "överlåtelser")
    starts = [" ".join(toks[p:p + 4]) for p in range(at, at + len(after) + 1)]
    return [s for g in q.terms
            if g.word in after or (" " in g.word and any(x.startswith(g.word) for x in starts))
            for alt in g.alternatives for s in alt if len(s) >= 3]


def _row_years(service, c: Citation) -> set[int]:
    """The years in the title and column headers of the typed tables on the cited page that the quote is a row of
    (it carries a row's label and one of its values)."""
    try:
        tables = [t for t in service.index.tables(c.doc_id) if t.page == c.page]
    except Exception:  # noqa: BLE001 - a document gone since: no tables
        return set()
    quote = " ".join(c.quote.split())
    out: set[int] = set()
    for t in tables:
        if any(r.label and r.label in quote and any(x.raw.strip() and x.raw in quote for x in r.cells)
               for r in t.rows):
            out |= {int(y) for y in YEAR_RE.findall(" ".join([t.title, *map(str, t.columns)]))}
    return out


def _evidence_years(service, citations: list[Citation], tables: list[AnswerTable]) -> set[int]:
    years = {int(y) for c in citations for y in YEAR_RE.findall(_NOT_VALUES.sub(" ", c.quote))}
    for t in tables:
        head = " ".join([t.title, *map(str, t.columns)] + [str(r[0]) for r in t.rows if r])
        years |= {int(y) for y in YEAR_RE.findall(head)}
    for c in citations:  # a cited row of a typed table speaks of the years of its table's header
        years |= _row_years(service, c)
    for d in {c.doc_id for c in citations} | {t.source.doc_id for t in tables}:
        year = document_year(service.index, d)
        if year:
            years.add(year)
    return years


def years_left_out(service, q: Question, citations: list[Citation], tables: list[AnswerTable]) -> list[int]:
    """The years a question of figures over several years asks (this year against the last) that neither the cited
    passages, the tables shown nor their documents speak of."""
    if len(set(q.years)) < 2 or (q.intent not in NUMERIC_INTENTS and q.operation is None):
        return []  # (a question of how something developed over the years computes: it asks figures)
    return sorted(set(q.years) - _evidence_years(service, citations, tables))


def names_elsewhere(service, q: Question, citations: list[Citation]) -> list[str]:
    """The names a question gives (Region X, a company, a person) are either what a cited document is about (its
    title or cover pages) or stand on a cited page; an answer from pages about something else is no answer.
    Names that named the document, and names no document uses (English place names), are not judged."""
    check = judged_names(q, service.pipeline.reader.known)
    if not check:
        return []
    state = service.pipeline.store.state()
    stems: set[str] = set()
    for c in citations:
        for page in {c.page, 1, 2}:
            for u in state.units(c.doc_id, page):
                stems |= u.stems
        stems |= {stem(w) for w in words(document_name_text(service.index, c.doc_id))}
    return missing_names(check, stems, q)


def _bare_heading(service, c: Citation) -> bool:
    """The cited passage is a heading of its page and nothing more (it names what follows, it says nothing): a
    heading, or a table's header line or label-only row ("5. Kalmar Nations placeringar" over a note's rows), that
    carries no figure."""
    quote = " ".join(c.quote.split())
    return any((u.kind == "heading" or u.table_line == "head") and not value_numbers(u.clean)
               and quote in (" ".join(u.text.split()), u.clean)
               for u in service.pipeline.store.state().units(c.doc_id, c.page))


def holds_value(tables: list[AnswerTable]) -> bool:
    """Some shown table has a value cell (a row of labels only answers nothing)."""
    return any(c is not None and str(c).strip() for t in tables for row in t.rows for c in row[1:])


def lacking(service, q: Question, citations: list[Citation], tables: list[AnswerTable] | None = None) -> str | None:
    """Why an answer citing ``citations`` (and showing ``tables``) does not answer ``q``; None when it may."""
    if not citations:
        return None
    tables = tables or []
    if tables and not holds_value(tables):
        return "the table shown holds no value"
    if not tables and all(_bare_heading(service, c) for c in citations):
        return "a bare heading is no answer"
    # a question of no other form that asks in a unit's word ("Vad kommer bytet att kosta?") asks an amount too
    asks_number = q.intent == "count" or (q.intent == "amount" and bool(q.measures or q.operation or q.unit)) \
        or (q.intent == "fact" and q.unit in ("money", "percent"))
    if asks_number and (not tables or q.intent == "count"):
        # a count shown in a table is held to the same test as one in a sentence: a row's value beside its label
        # counts what the label names ("Laddstolpar 29 676" in a note of revenues counts no parking spaces)
        why = _lacks_number(service, q, citations)
        if why:
            return why
    if asks_person(service, q) and not any(names_person(c.quote) for c in citations):
        return "a person is asked and the cited passages name nobody"
    # what is asked of a name is said in a passage about it: the page of the answer's first passage (and, for a
    # figure, the pages that carry the cited numbers) must name it or be of a document about it, not another cited
    # page (a figure about one city beside a sentence that mentions another in passing)
    units = service.pipeline.reader.lexicon.sv.units
    numbered = [c for c in citations if quantities(c.quote, units)] if asks_number else []
    missing = names_elsewhere(service, q, citations if tables else (numbered or citations[:1]))
    if missing:
        return f"the cited pages never mention {', '.join(missing)}"
    other = _other_measure(service, q, tables)
    if other:
        return other
    off = _off_subject(q, citations, tables)
    if off:
        return off
    if q.years and q.intent in NUMERIC_INTENTS:
        if not set(q.years) & _evidence_years(service, citations, tables):
            return f"the cited passages and documents are not about {', '.join(map(str, q.years))}"
    return None


def asks_person(service, q: Question) -> bool:
    """The question asks for a person by a role only a person holds (lexicon [persons]): "Vem är ordförande?", "Vad
    heter revisorn?", "Vilka revisorer …", "Who is the chair?" (the role read in its Swedish form)."""
    lex = service.pipeline.reader.lexicon
    roles = _role_stems(tuple(lex.sv.person_roles))
    asked = {x for g in q.terms for alt in g.alternatives for x in alt}
    if not roles & asked or q.intent not in ("who", "fact", "list"):
        return False
    if q.intent == "who":
        return True
    toks = words(q.text)
    names = set(lex.sv.name_words) | set(lex.en.name_words)
    which = set(lex.sv.which_words) | set(lex.en.which_words)
    return bool(names & set(toks)) or any(t in which and k + 1 < len(toks) and stem(toks[k + 1]) in roles
                                          for k, t in enumerate(toks))


@lru_cache(maxsize=4)
def _role_stems(roles: tuple[str, ...]) -> frozenset[str]:
    return frozenset(stem(w) for r in roles for w in words(r))


def _off_subject(q: Question, citations: list[Citation], tables: list[AnswerTable]) -> str | None:
    """A table shown for a question whose subject words (not its form's cues, nor the words that named the
    document) none of the table's title, headers, shown row labels or cited rows carry: a fund's note shown for
    the cost of solar panels is about something else."""
    if not tables:
        return None
    naming = set(q.naming)
    subject = [g for g in q.terms if not g.cue
               and not any(s in naming for alt in g.alternatives for s in alt)]
    if not subject:
        return None
    text = " ".join([*(t.title for t in tables), *(str(c) for t in tables for c in t.columns),
                     *(str(r[0]) for t in tables for r in t.rows if r), *(c.quote for c in citations)])
    have = {stem(w) for w in words(text)}
    for g in subject:
        if any(all(best_match(s, have) >= 0.8 for s in alt) for alt in g.alternatives):
            return None
    return f"the table shown is not about {', '.join(g.word for g in subject)}"


_QUALIFYING = ("outcome", "forecast", "budget")  # a row's label may say which of these its values are ("2023 prognos")


def _other_measure(service, q: Question, tables: list[AnswerTable]) -> str | None:
    """The question asks one measure (an actual outcome) and every row the answer shows is labelled as another
    ("2023 prognos", "Budget 2024"): the asked figure is not in the table."""
    asked = [m for m in q.measures if m in _QUALIFYING]
    if len(asked) != 1 or not tables:
        return None
    lex = service.pipeline.reader.lexicon
    cues = {m: {w for lx in (lex.sv, lex.en) for c in lx.measures.get(m, ()) for w in words(c)} for m in _QUALIFYING}
    inside = phrase_words(q.terms)  # "budget process" asks no budget
    asked_stems = {stem(w) for w in words(q.text) if w not in inside}
    if any(a.startswith(stem(c)) for m in _QUALIFYING if m != asked[0] for c in cues[m] if len(stem(c)) >= 4
           for a in asked_stems):
        return None  # the question speaks of another measure too, in a form the lexicon does not list ("prognostiserades")
    labels = [str(r[0]) for t in tables for r in t.rows if r and any(v is not None for v in r[1:])]
    if q.years:  # the rows of the asked years ("2023 prognos" when 2023 is asked), when the table shows them
        of_year = [lb for lb in labels if {int(y) for y in YEAR_RE.findall(lb)} & set(q.years)]
        labels = of_year or labels
    if not labels:
        return None
    said = [{m for m, ws in cues.items() if set(words(label)) & ws} for label in labels]
    if all(ms and asked[0] not in ms for ms in said):
        shown = sorted(set().union(*said))
        return f"the rows shown are {', '.join(shown)}, not the asked {asked[0]}"
    return None


def table_block(citations: list[Citation]) -> str | None:
    """The answer's first passage is a block of table lines printed as text (three or more lines, most of them rows
    of values: a statement's or a note's figures quoted whole). Nobody reads the asked figure out of that; the
    caller lets the answerer that addresses rows and cells answer instead."""
    if not citations:
        return None
    return "the answer quotes a whole block of table lines" if is_table_block(citations[0].quote) else None


COMPUTED_RE = re.compile(r"\s=\s*[+\-−]?\d")  # "97 103 − 92 770 = +4 333": how the table answers show a computation


def computes(answer) -> bool:
    """The answer shows a figure computed from its cited cells (a difference, a change, a sum)."""
    return bool(COMPUTED_RE.search(answer.answer))
