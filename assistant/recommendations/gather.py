"""Structural reading of an audit's recommendations: a Rekommendationer section, lead-ins ("Följande
rekommendationer lämnas:", "… rekommenderar Sirona följande:"), bullets and paragraphs under them, and
recommending sentences anywhere ("X rekommenderas att …", "Revisionskontoret rekommenderar X att …").
"bör" sentences count only inside a recommending context. A recommending sentence that ends in ":" (or "att" before a
list) opens a list and names its addressee; numbered or lettered items run together on one line are split; a table
with a recommendation column gives one item per numbered row (an organ closing the row is its addressee). Lead-ins
in the past tense ("Granskningen resulterade i följande rekommendationer") restate an earlier audit: their items are
returned as restated."""

from __future__ import annotations

import re
import unicodedata

from ingest.models import Page, Table
from ingest.units import caption_end

from .lexicon import Lexicon, dehyphenate, load_lexicon, recommender_alternation
from .models import GatheredItem
from .text import BULLET_RE, collapse, is_heading, norm, strip_bullet

# A rule drawn with characters ("------", "______", "═════") that the text extraction joined to the lines around it:
# a line break.
BOX_RE = re.compile(r"[\u2500-\u257f]+")
RULE_RE = re.compile(r"\s*[-_=─━═]{8,}\s*")
FOOTER_RE = re.compile(r"\b\d{1,3}\s*\(\s*\d{1,3}\s*\)\s*(?:\S+@\S+\s+\S+)?\s*$")


# The recommending verb group after the recommender (lexicon recommends_re): "rekommenderar", "föreslår", "uppmanar".
RECOMMENDS = load_lexicon().recommends_re


def _recommending_re(lex: Lexicon, verb: str, inverted: str, passive: str) -> re.Pattern[str]:
    """A recommending sentence with the given verb forms: "<recommender> <verb>", "<phrase> <inverted verb>
    <recommender> … att", "X <passive> … att", "(Vidare) <passive> X att"."""
    who = recommender_alternation(lex)
    return re.compile(
        r"^(?:(?:(?:" + who + r")\s+" + verb + r"\b)"
        r"|(?:[^.!?]{2,120}?\b" + inverted + r"\s+(?:" + who + r")\s+(?:[\wåäö-]+\s+){0,8}?att\b)"
        r"|(?:[^.!?]{2,220}?\s+" + passive + r"\s+(?:[\wåäö-]+\s+){0,8}?att\b)"
        r"|(?:(?:därför|vidare|slutligen|dessutom|också|även)?\s*" + passive + r"\s+[^.!?]{2,200}?\s+att\b))",
        re.I)


def _rec_sentence_re(lex: Lexicon) -> re.Pattern[str]:
    return _recommending_re(lex, RECOMMENDS, lex.recommends_inverted_re, r"re-?\s?kommenderas")


def _told_sentence_re(lex: Lexicon) -> re.Pattern[str]:
    """A recommendation told in the past tense ("Revisorerna har rekommenderat nämnden att …", "Socialnämnden
    rekommenderades att …", "… rekommenderade revisorerna kommunstyrelsen att"): lexicon recommended_re."""
    return _recommending_re(lex, lex.recommended_re, lex.recommended_re, r"re-?\s?kommenderades")


def is_rec_sentence(s: str, lex: Lexicon | None = None) -> bool:
    lex = lex or load_lexicon()
    return bool(_rec_sentence_re(lex).match(dehyphenate(s.strip())))


def _modal_sentence(s: str, lex: Lexicon) -> bool:
    """"Regionstyrelsen bör verka för …": a modal verb after a short subject."""
    m = lex.rx("modal_re").search(s)
    return bool(m) and m.start() <= 120


# A bullet inside a line (lists that OCR or extraction ran together: "… innebär. • Förskolenämnden …"); OCR reads
# a round bullet as "e" or "o".
# inside a line the text layer joined: a bullet after a sentence or colon; a lettered or numbered item after a
# lead-in's colon ("… rekommenderas att: c) säkerställa …"); a lead-in that opens such an item after a sentence; an
# item numbered by its chapter after a sentence, perhaps behind its group's short sub-heading ("… kommunstyrelsen.
# Gallring 2.1 Fatta beslut …")
INLINE_BULLET_RE = re.compile(r"(?<=[.!?:])\s+(?=(?:[•▪●◦*]|e|o)\s+[A-ZÅÄÖ])|(?<=:)\s+(?=(?:[a-h]|\d{1,2})\)\s)"
                              r"|(?<=[.!?])\s+(?=[A-ZÅÄÖ][^.!?:]{2,160}:\s+(?:[a-h]|\d{1,2})\)\s)"
                              r"|(?<=[.!?:])\s+(?=(?:[A-ZÅÄÖ][\wåäö-]*,?(?:\s+[a-zåäö][\wåäö-]*,?){0,4}\s+)?"
                              r"\d{1,2}\.\d{1,2}\.?\s+[A-ZÅÄÖ][a-zåäö])")
OCR_BULLET_RE = re.compile(r"^\s*[eo]\s+(?=[A-ZÅÄÖ])")
# A numbered item inside a line ("1. X bör … 2. X bör …"): only a run of consecutive numbers splits a line.
# (after a lead-in that ends in "att", too: "… rekommenderar vi nämnden att a) säkerställa …; b) …")
_INLINE_NUMBER_RE = re.compile(r"(?:^|(?<=[.!?:;,]\s)|(?<=\satt\s))\s*(\d{1,2}[.)]|[a-h]\))\s+(?=[A-ZÅÄÖa-zåäö])")
# A label before an item's text ("Rekommendation 1.", "Rek. 2:", "R3", a heading "Rekommendation 2" that the text
# extraction joined to the item): not part of the recommendation.
REC_LABEL_RE = re.compile(r"^\s*(?:rekommendation|rek\.?|(?-i:R)(?=\d))\s*(?:nr\.?\s*)?\d{1,2}\s*[.:)\-–]?\s+"
                          r"(?:[A-ZÅÄÖ][\wåäö ,-]{1,50}:\s+)?(?=[A-ZÅÄÖ])", re.I)  # "Rekommendation 3 – Avtal: …"
# The label alone on its line, as a heading over its item ("Rekommendation 4").
REC_LABEL_LINE_RE = re.compile(r"^\s*(?:rekommendation|rek\.?|(?-i:R)(?=\d))\s*(?:nr\.?\s*)?\d{1,2}\s*[.:)]?\s*$", re.I)


# An item numbered by its chapter ("2.1 Säkerställa att …"), perhaps after the sub-heading the text layer joined to it
# ("Incidenthantering 3.1 Införa en rutin …"); read as an item, not as a heading, only when its sentence ends on the
# line or runs on into the next line in lower case.
_DOTTED_ITEM_RE = re.compile(r"^\s*(?:[A-ZÅÄÖ][\wåäö,-]*(?:\s+[\wåäö,-]+){0,7}\s+)?\d{1,2}\.\d{1,2}\.?\s+(?=[A-ZÅÄÖ])")


def _dotted_item(line: str, nxt: str) -> str:
    """The text of a line that is an item numbered "N.M", else ""."""
    m = _DOTTED_ITEM_RE.match(line)
    if not m or not (collapse(line).endswith(".") or nxt.strip()[:1].islower()):
        return ""
    return line[m.end():]


def _marker(line: str) -> str:
    """The kind of mark a list item opens with: the bullet character (dashes as one), "1." for a number, "a)" for a
    letter; "" for none."""
    m = BULLET_RE.match(line)
    if not m:
        return ""
    mark = m.group(0).strip().lstrip("(")
    if mark[:1].isdigit():
        return "1."
    if mark[:1].isalpha() and mark.endswith(")"):
        return "a)"
    return "-" if mark in ("-", "–", "—") else mark[:1]


def _ordinal(mark: str) -> int:
    """1. / 2) -> 1, 2; a) / b) -> 1, 2."""
    m = mark.rstrip(".)")
    return int(m) if m.isdigit() else ord(m) - ord("a") + 1


def split_numbered(line: str) -> list[str]:
    """A line that holds a numbered list run together, cut before each number of a consecutive run (n, n+1, …)."""
    marks = [(m.start(), _ordinal(m.group(1))) for m in _INLINE_NUMBER_RE.finditer(line)]
    if len(marks) < 2:
        return [line]
    cuts: list[int] = []
    for k, (pos, n) in enumerate(marks):
        if (k + 1 < len(marks) and marks[k + 1][1] == n + 1) or (cuts and marks[k - 1][1] == n - 1):
            cuts.append(pos)
    if len(cuts) < 2:
        return [line]
    bounds = ([0] if cuts[0] > 0 else []) + cuts + [len(line)]
    return [line[a:b].rstrip() for a, b in zip(bounds, bounds[1:]) if line[a:b].strip()]


# A table of recommendations read from the page text: a header line with a recommendation column ("Nr
# Rekommendation Ansvarig"), then rows that open with their number; an organ at the row's end is its own column.
TABLE_HEAD_RE = re.compile(r"^(?:(?:nr|nummer|#|rek\.?)\s+)?(?:(?P<obs>[a-zåäö]+)\s+)?re-?\s?kommendation(?:er)?"
                           r"(?:\s+[A-ZÅÄÖa-zåäö/()-]+){0,4}$", re.I)
_GLUED_TABLE_HEAD_RE = re.compile(r"^((?:nr|nummer|#)\s+re-?\s?kommendation(?:er)?(?:\s+[A-ZÅÄÖa-zåäö/()-]+){0,3}?)\s+(?=\d{1,2}[.)]?\s+[A-ZÅÄÖ])", re.I)
TABLE_ROW_RE = re.compile(r"^\s*(?:rek\.?\s*)?(\d{1,2})[.)]?\s+(?=[A-ZÅÄÖa-zåäö])")
_TRAILING_ORGAN_RE = re.compile(r"\s+(?P<org>[A-ZÅÄÖ][\wåäö-]*(?:\s+(?:och|samt|för|[a-zåäö][\wåäö-]*|[A-ZÅÄÖ][\wåäö-]*)){0,4})\s*$")


def _without_grade(text: str, lex: Lexicon) -> str:
    """A row of a table with a grading column ("Prioritet") whose cell the text layer read into the row's words:
    the capitalised grade between two words of the sentence ("… en samlad Hög arkivplan …")."""
    grades = "|".join(re.escape(g.capitalize()) for g in lex.grades)
    if not grades:
        return text
    text, n = re.subn(r"(?<=[\wåäö,])\s+(?:" + grades + r")\s+(?=[a-zåäö])", " ", text, count=1)
    return text if n else re.sub(r"(?<=[.!?])\s+(?:" + grades + r")\s*$", "", text)  # (or after its full stop)


_CELL_BREAK_RE = re.compile(r"(?<=[a-zåäö,])\s+(?=[A-ZÅÄÖ][a-zåäö])")  # a capitalised word after a lower-case one
_CELL_STOP_RE = re.compile(r"(?<=[a-zåäö]\.)\s+(?=[A-ZÅÄÖ][a-zåäö])")  # ... or after a full stop


def _after_observation(text: str, lex: Lexicon, graded: bool, rec_re: re.Pattern[str]) -> str:
    """A row of a table whose recommendation column follows a finding column ("Nr Iakttagelse Rekommendation"),
    the text layer reading the cells' lines across ("1 Det saknas en långsiktig Servicenämnden bör ta fram …"): the
    row from the recommendation's first word - a capitalised word after a lower-case one that opens a recommending
    sentence ("Servicenämnden bör …"), else the first such word not inside a phrase ("i Västerhamn") - up to a grade
    cell read after it ("… genomförs Hög genomförts på …": the grade ends the recommendation's first line, the
    finding's next line follows). "" when no word opens a recommendation (a row with none: "–")."""
    breaks = [m.end() for m in _CELL_BREAK_RE.finditer(text)]
    stops = [m.end() for m in _CELL_STOP_RE.finditer(text)]  # (a finding that ends on its first line)
    at = next((k for k in sorted(breaks + stops)
               if rec_re.match(f := dehyphenate(collapse(text[k:]))) or _modal_sentence(f, lex)), None)
    if at is None:
        at = next((k for k in breaks if text[:k].split()[-1].lower() not in lex.inside_phrase_words),
                  stops[0] if stops else None)
    if at is None:
        return ""
    cell = text[at:]
    if graded:
        grades = "|".join(re.escape(g.capitalize()) for g in lex.grades)
        cut = re.search(r"\s(?:" + grades + r")(?=\s|$)", cell) if grades else None
        cell = cell[:cut.start()] if cut else cell
    return cell


def _row_item(page: int, body: str, with_organ: bool, lex: Lexicon, abbrev: dict[str, str] | None = None,
              after: int = 0) -> GatheredItem:
    """One table row as an item; an organ name closing the row (the "Ansvarig" column) is its addressee.
    ``abbrev``: the report's key of abbreviations ("HSN" -> "hälso- och sjukvårdsnämnden"); ``after``: how many
    columns the header names after the organ's (a "Prioritet" cell read into the row after the organ's)."""
    text, organ = body.strip(), ""
    if with_organ:
        m = _TRAILING_ORGAN_RE.search(text)
        if m and re.search(r"(?<=[a-zåäö,])\s+[A-ZÅÄÖ][\wåäö]*-\s+(?:och|samt)\s", text[:m.start()]):
            # a name the cell broke over its lines stands inside the row ("… i verksamheten Kultur- och
            # följs upp …"): the cell's lines are read into the row, the name after the full stop its last
            cut, found = _interleaved_organ(text, lex, abbrev or {}, after)
            if found:
                return GatheredItem(parts=[(page, cut)], kind="section", addressee=found)
        if m and any(re.search(r"(?<![\wåäö])\w*" + re.escape(w) + r"$", m.group("org").lower().split()[-1])
                     for w in lex.organ_words):
            text, organ = text[:m.start()].rstrip(), m.group("org")
        else:
            text, organ = _interleaved_organ(text, lex, abbrev or {}, after)
    return GatheredItem(parts=[(page, text)], kind="section", addressee=organ)


_ABBREV_KEY_RE = re.compile(r"(?<![\wåäö])(?P<abbr>[A-ZÅÄÖ]{2,6})\s*[=:]\s*(?P<full>[\wåäö][\wåäö -]{2,60}?)\s*(?=[,;./(\n]|$)")
# a name and its short form in brackets; the name is the words before the bracket back to a comma, a clause's "och" or
# the sentence's start ("… och Statens institut för klimatanpassning (SIKA)"), at most six
_ABBREV_PAREN_RE = re.compile(r"(?P<full>(?:[\wåäö]+-\s+(?:och|samt)\s+)?[\wåäö-]+(?:\s+(?!(?:och|samt)\s)[\wåäö-]+){0,5})"
                              r"\s*\((?P<abbr>[A-ZÅÄÖ]{2,6})\)")


_ABBREV_LINE_RE = re.compile(r"(?<![\wåäö-])(?P<abbr>[A-ZÅÄÖ]{2,6})\s+(?P<full>[A-ZÅÄÖ][a-zåäö]+(?:-\s+(?:och|samt)\s+"
                             r"[a-zåäö]+)?(?:\s+[a-zåäö]+){0,2})(?![\wåäö])")


def abbreviations(pages: list[Page], lex: Lexicon) -> dict[str, str]:
    """The report's abbreviations of organs: a key ("HSN = hälso- och sjukvårdsnämnden, RS = regionstyrelsen"), a
    name with its short form after it ("kommunstyrelsen (KS)"), or a list of short forms and names ("KS
    Kommunstyrelsen BUN Barn- och utbildningsnämnden", each name starting with its short form's letter). Only short forms of organs' names."""
    out: dict[str, str] = {}
    for p in pages:
        text = dehyphenate(p.text)
        for rx in (_ABBREV_KEY_RE, _ABBREV_PAREN_RE, _ABBREV_LINE_RE):
            for m in rx.finditer(text):
                full = m.group("full").strip()
                if rx is _ABBREV_PAREN_RE:  # the longest run of the name's last words that names an organ and
                    words = full.split()  # starts with the short form's letter ("Statens institut för …" for SIKA)
                    full = next((" ".join(words[k:]) for k in range(len(words))
                                 if words[k][:1].upper() == m.group("abbr")[0] and names_organ(" ".join(words[k:]), lex)),
                                "")
                if rx is _ABBREV_LINE_RE:  # the shortest run of the name's words that names an organ
                    words = full.split()
                    full = next((" ".join(words[:k]) for k in range(1, len(words) + 1)
                                 if names_organ(" ".join(words[:k]), lex)), "")
                    if full[:1].upper() != m.group("abbr")[0]:
                        continue
                if names_organ(full, lex):
                    out.setdefault(m.group("abbr"), full)
    return out


def expand(cell: str, abbrev: dict[str, str]) -> str:
    """A cell of short forms ("RS, HSN") in full ("regionstyrelsen, hälso- och sjukvårdsnämnden")."""
    return re.sub(r"(?<![\wåäö])[A-ZÅÄÖ]{2,6}(?![\wåäö])", lambda m: abbrev.get(m.group(0), m.group(0)), cell)


_WORD_RE = re.compile(r"\S+")
_LEAD_TO_RE = re.compile(r"\brekommendation\w*\s+till\s+(?P<org>[^:.,;]{3,80}?)\s*[:.]?\s*$"  # "… till X:"
                         r"|^(?:rekommendationerna|förslagen|åtgärderna)\s+(?:riktas|lämnas|ges)\s+(?:\w+\s+)?till\s+"
                         r"(?P<org2>[^:.,;]{3,80}?)\s*[:.,;]", re.I)  # "Förslagen riktas till X, …"
ORGAN_NAME_MAX_WORDS = 6  # words of an organ's name at the most
_LIST_FOR_RE = re.compile(r"\b(?:till|för)\s+(?P<org>[^:.,;]{3,80}?)\s*:\s*$", re.I)  # a list's lead "… för X:"
_ORGAN_PREFIX_RE = re.compile(r"^(?P<org>[A-ZÅÄÖ][\wåäö -]{2,80}?):\s+(?P<rest>[a-zåäö].*)$", re.S)  # "Nämnd: text"


def _organ_table_head(line: str, lex: Lexicon) -> bool:
    """The header of a recommendations table whose first column names the organ ("Nämnd/styrelse Rekommendation")."""
    m = re.match(r"^([a-zåäö]+(?:\s*/\s*[a-zåäö]+)?)\s+re-?\s?kommendation(?:er)?$", line.strip().lower())
    return bool(m) and all(w.strip() in lex.organ_column_words for w in m.group(1).split("/"))


def _leading_organ(line: str, lex: Lexicon, abbrev: dict[str, str] | None = None) -> tuple[str, str]:
    """A row of a table whose first column names the organ, read line by line: the organ's words first ("Samtliga
    stads-", "Kommunstyrelsen"), then the recommendation from its first capitalised word; a word further on that
    completes a name broken over the cell's lines ("… utbetalningar områdesnämnder utreds …") is the organ's.
    (organ, recommendation) or ("", "") when the row opens with no organ."""
    words = line.split()
    collective = lex.rx("collective_re")
    k = 1
    while k < len(words) and not words[k][:1].isupper():
        k += 1  # the organ cell's first line: up to the recommendation's capitalised first word
    organ, text = words[:k], words[k:]
    name = " ".join(organ)
    if not text or len(organ) > 5 or not (names_organ(name, lex) or organ[-1].endswith("-")
                                          or collective.match(name.lower()) or name in (abbrev or {})):
        return "", ""
    if organ[-1].endswith("-"):  # the name goes on in the cell's next line, read into the recommendation
        j = next((j for j, w in enumerate(text) if w[:1].islower() and names_organ(w.strip(",."), lex)), None)
        if j is None:
            return "", ""
        organ, text = organ + [text[j]], text[:j] + text[j + 1:]
    cell = re.sub(r"(?<=\w)- (?!och\b|samt\b)(?=[a-zåäö])", "", " ".join(organ))
    if not (names_organ(cell, lex) or collective.match(cell.lower())):
        return "", ""
    return expand(cell, abbrev or {}), " ".join(text)


def _interleaved_organ(text: str, lex: Lexicon, abbrev: dict[str, str] | None = None, after: int = 0
                       ) -> tuple[str, str]:
    """A row whose cells the text layer read line by line: the "Ansvarig" cell's first line stands inside the
    recommendation ("1 Revidera policyn och fastställa Kommunstyrelsen riktlinjer för …"), its last line after the
    recommendation's full stop ("… regelbundet. utbildningsnämnden"). A capitalised word inside a sentence, with the
    words after the row's last full stop, is the cell when together they name an organ or the audit's collective
    ("Samtliga granskade" … "nämnder"). (text without the cell, the cell) or (text, "")."""
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD_RE.finditer(text)]
    end = max((k for k, (_, _, w) in enumerate(words) if w.endswith((".", "!", "?"))), default=-1)
    if end < 0:
        return text, ""
    tail = words[end + 1:]
    if len(tail) > 4:
        return text, ""
    collective = lex.rx("collective_re")

    def organ_run(run: list[tuple[int, int, str]]) -> bool:
        """Every word a part of an organ's name ("Hälso-", "och", "sjukvårdsnämnden,"), the last an organ."""
        ws = [x[2].strip(",.") for x in run]
        known = abbrev or {}
        return (names_organ(ws[-1], lex) or ws[-1] in known) and all(
            names_organ(w, lex) or w in known or w.endswith("-") or w in ("och", "samt") for w in ws)

    def is_open(run: list[tuple[int, int, str]]) -> bool:
        """The cell's name goes on in the cell's next line ("Barn- och", "Kommunstyrelsen,", "Samhällsbyggnads-")."""
        last = run[-1][2]
        return last.endswith(("-", ",")) or last in ("och", "samt")

    def fragments(run, rest, need_hyphen: bool) -> list[int]:
        """The cell's middle lines inside the row's text, after its first: a word that completes the open name
        ("utbildningsnämnden"), or, before a bare "nämnden" after the full stop, a dangling part of a compound
        ("samhällsbyggnads-" followed by no "och")."""
        taken: list[int] = []
        cur = list(run)
        for j, x in enumerate(rest):
            if not is_open(cur):
                break
            w = x[2]
            nxt = rest[j + 1][2] if j + 1 < len(rest) else ""
            if not need_hyphen and cur[-1][2].endswith(",") and w[:1].isupper() and w.endswith("-") \
                    and nxt in ("och", "samt") and j + 2 < len(rest) and organ_run(rest[j:j + 3]):
                taken += [j, j + 1, j + 2]  # the next name, broken over the cell's lines ("Kommunstyrelsen," …
                cur += rest[j:j + 3]  # "Vård- och omsorgsnämnden")
                continue
            if j - 1 in taken and j - 2 in taken and rest[j - 2][2].endswith("-") and rest[j - 1][2] in ("och", "samt"):
                continue  # (the words of that name, taken above)
            if not need_hyphen and cur[-1][2] in ("och", "samt") and w[:1].islower() and w.endswith("-") \
                    and nxt not in ("och", "samt", "eller", "respektive"):
                bare = next((j2 for j2 in range(j + 1, len(rest)) if not rest[j2][2].endswith((".", "!", "?"))
                             and lex.rx("singular_re").match(rest[j2][2].strip(",").lower())), None)
                if bare is not None:  # "Kultur- och fritids-" … "nämnden": the name's last part broken too
                    taken += [j, bare]
                    cur += [x, rest[bare]]
                    continue
            dangling = w[:1].islower() and w.endswith("-") and nxt not in ("och", "samt", "eller", "respektive")
            # a completing word is lower case ("utbildningsnämnden"), or a name of its own after a comma ("Kommunstyrelsen,"
            # … "Samhällsbyggnadsnämnden")
            completes = (w[:1].islower() or cur[-1][2].endswith(",")) and names_organ(w.strip(",."), lex) \
                and not w.endswith((".", "!", "?"))  # (the row's own last word, "… i hela kommunen.")
            if (dangling if need_hyphen else completes):
                taken.append(j)
                cur.append(x)
        return taken

    for k in range(1, end + 1):
        w, prev = words[k][2], words[k - 1][2]
        if not w[:1].isupper() or prev.endswith((".", ":", "!", "?")):
            continue
        for n in (2, 1):  # a name the cell breaks over its lines, its parts read into the row's text
            run = words[k:k + n]
            if k + n > end + 1 or not is_open(run) or (organ_run(run) and not run[-1][2].endswith(",")):
                continue
            rest = words[k + n:end + 1]
            bare = bool(tail) and tail[0][2].strip(",.").lower() in lex.organ_words
            capital_tail = bool(tail) and run[-1][2] in ("och", "samt") and tail[0][2][:1].isupper()
            if tail and organ_run(run + tail) and not (bare and not run[-1][2].endswith("-")) and not capital_tail:
                taken = []  # the cell's last line, after the full stop, completes it ("Samhällsbyggnads-" … "nämnden")
            else:
                taken = fragments(run, rest, need_hyphen=bare and not run[-1][2].endswith("-"))
                if not taken:
                    continue
            cell_words = run + [rest[j] for j in sorted(taken)] + tail
            if organ_run(cell_words):
                kept = [x[2] for x in words[:k]] + [x[2] for j, x in enumerate(rest) if j not in taken]
                cell = re.sub(r"(?<=\w)- (?!och\b|samt\b)(?=[a-zåäö])", "", " ".join(x[2] for x in cell_words).strip(" ."))
                return " ".join(kept), expand(cell, abbrev or {})
        # the longest run that makes a collective ("Samtliga granskade" … "nämnder"), else the shortest that names
        # organs ("Kommunstyrelsen", not "Kommunstyrelsen nämnd" when the row goes on "… vilken nämnd som …")
        for n, want in ((3, "collective"), (2, "collective"), (1, "collective"), (1, "organ"), (2, "organ"), (3, "organ")):
            run = words[k:k + n]
            if k + n > end + 1 or any(x[2].endswith((".", "!", "?")) for x in run[:-1]):
                continue
            cell = " ".join(x[2] for x in run + tail).strip(" .")
            low = re.sub(r"\s+", " ", cell.lower().replace(",", " "))
            if (collective.match(low) if want == "collective" else organ_run(run) and (not tail or organ_run(tail))):
                rest = words[k + n:end + 1]
                while rest and run[-1][2].endswith(",") and rest[0][2].strip(",.") in (abbrev or {}):
                    run, rest = run + rest[:1], rest[1:]  # a list of short forms ("RS, HSN")
                    cell = " ".join(x[2] for x in run + tail).strip(" .")
                if after and rest and rest[0][2][:1].isupper() and not rest[0][2].endswith((".", "!", "?")):
                    rest = rest[1:]  # the next column's cell ("Hög"), read into the row after the organ's
                kept = [x[2] for x in words[:k] + rest]
                return " ".join(kept), expand(cell, abbrev or {})
    return text, ""


def _lines(pages: list[Page]) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for p in pages:
        for ln in (item for raw in p.text.split("\n") for ruled in RULE_RE.split(raw) for part in INLINE_BULLET_RE.split(ruled)
                   for item in split_numbered(part)):
            ln = OCR_BULLET_RE.sub("• ", ln) if getattr(p, "ocr", False) or OCR_BULLET_RE.match(ln) and \
                re.search(r"re-?\s?kommender|\bbör\b", ln) else ln
            ln = BOX_RE.sub(" ", ln)  # a box drawn around a part of the page ("┌───┐", "│ Rekommendationer")
            s = ln.strip()
            if not s:
                continue
            cap = caption_end(s)
            if cap and (head_at := next((k for k in range(cap, len(s)) if s[k - 1] == " "
                                         and _GLUED_TABLE_HEAD_RE.match(s[k:])), None)):
                out.append((p.number, s[:head_at].strip()))  # "Tabell 2. Rekommendationer": the table's caption
                ln = s = s[head_at:]
            glued = _GLUED_TABLE_HEAD_RE.match(s)
            if glued:  # "Nr Rekommendation Ansvarig nämnd 1 Säkerställa …": the table's header, then its first row
                out.append((p.number, glued.group(1)))
                ln = s = s[glued.end():]
            head, rec = _glued_subheading(s)
            if head:  # "Tekniska nämnden Vi rekommenderar tekniska nämnden att:": a subheading joined to its lead
                out.append((p.number, head))
                ln = s = rec
            lead, rec = _glued_lead(s)
            if lead:  # "… lämnar revisorerna följande rekommendationer: Revisorerna rekommenderar X att …": a
                out.append((p.number, lead))  # lead-in joined to its first recommendation
                ln = s = rec
            if FOOTER_RE.search(s) and not is_rec_sentence(s):
                # a running footer ("Stadsrevisionen, Rapportsammandrag 3 (4)"); keep a footnote's text before it
                continue
            out.append((p.number, ln))
    return out


def _glued_lead(line: str) -> tuple[str, str]:
    """A lead-in the text extraction joined to the first recommendation under it ("Utifrån granskningen lämnar vi
    följande rekommendationer: Vi rekommenderar nämnden att …"): (the lead-in up to its colon, the recommending
    sentence after it); ("", line) when the line is not so."""
    lex = load_lexicon()
    for m in re.finditer(r":\s+(?=[A-ZÅÄÖ])", line):
        lead, rest = line[:m.start() + 1].strip(), line[m.end():].strip()
        if lex.rx("lead_in_re").search(lead) and is_rec_sentence(rest, lex):
            return lead, rest
    return "", line


SUBHEADING_MAX_WORDS = 6


def _glued_subheading(line: str) -> tuple[str, str]:
    """A short subheading the text extraction joined to the recommending sentence under it ("Socialnämnden Vi
    rekommenderar socialnämnden att:"): (the subheading, the sentence); ("", line) when the line does not start so.
    A list item whose text after its mark is a recommending sentence is whole ("1. Kulturnämnden Norr och
    kulturnämnden Syd rekommenderas att …": the district's name is no sentence's first word)."""
    words = line.split()
    if len(words) < 3 or is_rec_sentence(line) or is_rec_sentence(BULLET_RE.sub("", line, count=1)):
        return "", line
    for k in range(1, min(SUBHEADING_MAX_WORDS, len(words) - 2) + 1):
        if re.search(r"[.:!?;,]$", words[k - 1]) or not words[k][:1].isupper():
            continue
        rest = " ".join(words[k:])
        if is_rec_sentence(rest):
            return " ".join(words[:k]), rest
    return "", line


def _item_number(line: str) -> int | None:
    """The number a numbered list item opens with ("3. Säkerställa …" -> 3); None for any other line."""
    m = re.match(r"^\s*\(?(\d{1,2})[.)]\s", line)
    return int(m.group(1)) if m else None


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ•])", text.strip())
    return [p for p in parts if p.strip()]


# a lead-in that is an organ and its modal alone, the items below finishing the sentence ("Tekniska nämnden bör")
_BARE_MODAL_RE = re.compile(r"^(?P<org>[^.!?:]{2,80}?)\s+(?:bör|borde|behöver)(?:\s+(?:även|också|dessutom))?\s*:?$", re.I)


def _is_lead_in(line: str, nxt: str, lex: Lexicon) -> bool:
    t = dehyphenate(collapse(line))
    if lex.rx("lead_in_re").search(t) and (t.endswith(":") or not t.endswith(".") or lex.rx("forward_re").search(t)):
        return True
    if not t.endswith((".", ":")) and nxt and len(nxt.strip()) <= 40 and not is_heading(line):
        # a lead-in broken over two lines ("… rekommenderar" / "Sirona följande:")
        joined = dehyphenate(collapse(t + " " + nxt))
        return bool(lex.rx("lead_in_re").search(joined)) and joined.endswith(":")
    return bool(re.search(r"re-?\s?kommend\w*[^.]*:$", t, re.I))


def _heading_words(line: str) -> str:
    """A heading's words, lower case, without its number or a caption's label ("6.2 Bedömning:", "Tabell 2.
    Rekommendationer")."""
    t = collapse(line)
    return re.sub(r"^\s*\d{1,2}(?:\.\d{1,2})*\s*\.?\s*", "", t[caption_end(t):]).rstrip(": ").lower()


def _is_assessment_heading(line: str, lex: Lexicon) -> bool:
    """A heading of the auditors' assessment ("4.2 Bedömning", "Revisionell bedömning")."""
    return bool(lex.rx("assessment_heading_re").fullmatch(_heading_words(line)))


def _to_organ(s: str, lex: Lexicon) -> bool:
    """A proposal recommends when it is made to an organ ("Vi föreslår att nämnden …"); a recommending verb always."""
    if re.search(r"re-?\s?kommender", s, re.I):
        return True
    m = lex.rx("proposes_re").search(s)
    return m is None or names_organ(" ".join(m.group("s").split()[:9]), lex)


def _organ_advice(s: str, lex: Lexicon) -> bool:
    """"Kommunstyrelsen bör därför se till att …": an organ as the subject of "bör" (in an assessment)."""
    m = lex.rx("organ_modal_re", ignore_case=False).match(s)
    if m is None:  # "Det är angeläget att nämnden säkerställer …": the organ after "att", before its verb
        m = lex.rx("organ_advice_re").match(s)
        return bool(m) and names_organ(" ".join(m.group("subj").split()[:4]), lex)
    return names_organ(m.group("subj"), lex) and not re.search(r"\b(?:att|som|om|när|enligt)\b", m.group("subj"))


def _advice_sentence(s: str, lex: Lexicon) -> bool:
    """An organ's "bör" opening the sentence, straight ("Nämnden bör därför …") or after a sentence adverb
    ("Vidare bör nämnden …", "Slutligen bör kommunstyrelsen …"; lexicon sentence_adverbs)."""
    if _organ_advice(s, lex) and lex.rx("organ_modal_re", ignore_case=False).match(s):
        return True
    adverbs = "|".join(map(re.escape, lex.sentence_adverbs))
    m = re.match(r"^(?:" + adverbs + r")\s+bör\s+(?P<subj>(?:[\wåäö-]+\s+){0,3}?[\wåäö-]+)\s+(?!enligt\b)[a-zåäö]", s,
                 re.I)
    return bool(m) and names_organ(m.group("subj"), lex)


def _impersonal_advice(s: str, lex: Lexicon) -> bool:
    """"Det är angeläget att nämnden säkerställer …", "Vi ser behov av att nämnden …": the auditors' own advice to an
    organ (lexicon organ_advice_re), a recommendation wherever the report gives it (unless it urges the organ to act
    on the audit itself: `_urges_to_answer`)."""
    m = lex.rx("organ_advice_re").match(s)
    return bool(m) and names_organ(" ".join(m.group("subj").split()[:4]), lex)


def _urges_to_answer(text: str, lex: Lexicon) -> bool:
    """"Vi vill betona vikten av att nämnderna vidtar åtgärder med anledning av rekommendationerna": advice to act on
    the audit or its recommendations (lexicon acting_on_audit_re, about_recommendations_re), no recommendation. Read
    on the item's whole first sentence (its line may end before the words that say so)."""
    first = _sentences(dehyphenate(collapse(text)))[0] if text.strip() else ""
    return bool(lex.rx("organ_advice_re").match(first)) and bool(
        lex.rx("acting_on_audit_re").search(first) or lex.rx("about_recommendations_re").search(first))


def _own_view(s: str, lex: Lexicon) -> bool:
    """The auditors' own view that an organ should act ("Nämnden bör enligt vår mening …"): lexicon own_view_re, a
    named organ's "bör" (not a norm for any organ: "en nämnd bör …")."""
    m = lex.rx("own_view_re").match(s)
    if m is None:
        return False
    subj = m.group("subj")
    return bool(subj) and names_organ(subj, lex) and not re.match(r"(?:en|ett|varje|alla|någon)\s", subj, re.I) \
        and not re.search(r"\b(?:att|som|om|när|enligt)\b", subj)


def _glued_assessment(line: str, lex: Lexicon) -> str | None:
    """The rest of a line that opens with an unnumbered assessment heading joined to its paragraph ("Bedömning Vi
    bedömer att …", "Vår bedömning Nämnden har …"), else None."""
    words = line.split()
    for k in (1, 2, 3):
        rest = words[k:]
        if len(rest) >= GLUED_MIN_WORDS and rest[0][:1].isupper() and words[0][:1].isupper() \
                and _is_assessment_heading(" ".join(words[:k]), lex):
            return " ".join(rest)
    return None


def _is_section_heading(line: str, lex: Lexicon) -> bool:
    t = _heading_words(line)
    return t in lex.section_headings or bool(lex.rx("section_heading_re").fullmatch(t))


GLUED_MIN_WORDS = 3  # the text after a glued heading is a sentence of at least this many words


def glued_section_heading(line: str, lex: Lexicon) -> tuple[str | None, str]:
    """A recommendations-section heading of the lexicon that the text extraction joined to the first line of its
    section ("Rekommendationer Trafiknämnden och servicenämnden rekommenderas att …"): (the heading, the rest of the
    line), the rest starting with a capitalised word; (None, line) when the line does not start so."""
    m = re.match(r"^(\s*(?:\d{1,2}(?:\.\d{1,2})*\s*\.?\s+)?)", line)
    at = m.end() if m else 0
    low = line[at:].lower()
    genitive = lex.rx("section_heading_re").match(low)  # "stadsrevisionens rekommendationer …"
    heads = [genitive.group(0)] if genitive else []
    for h in heads + sorted(lex.section_headings, key=len, reverse=True):
        if not low.startswith(h):
            continue
        rest = line[at + len(h):]
        body = rest.lstrip(" :–-")
        if rest[:1] in (" ", ":") and body[:1].isupper() and len(body.split()) >= GLUED_MIN_WORDS:
            return line[:at + len(h)].strip(), body
        return None, line
    return None, line


TABLE_MARK = "\u27e6tabell {}\u27e7"  # stands in the page text for a table read by its columns


def _line_key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _column(cols: list[str], rx: re.Pattern[str], after: int = -1) -> int | None:
    return next((j for j, c in enumerate(cols) if j > after and rx.search(c or "")), None)


def table_items(t: Table, lex: Lexicon, abbrev: dict[str, str]) -> list[GatheredItem] | None:
    """A recommendations table read by its columns (ingest keeps each cell whole): one item per row, its text the
    cell of the column whose header names the recommendations (lexicon recommendation_column_re; the finding, the
    committee's comment or the grade beside it are no part of it), its addressee the cell of a column whose header
    is an organ column word ("Ansvarig nämnd"), else an organ naming the cell's start ("Nämnden för X: stärka …").
    None when the table has no such column, when a column after it grades how far each has come (a follow-up of
    earlier recommendations: a header of lexicon status_column_re, or cells that read as statuses) or when its
    cells are no sentences (numbers, short labels)."""
    cols = [collapse(c or "") for c in t.columns]
    rec_col = _column(cols, lex.rx("recommendation_column_re"))
    if rec_col is None or _column(cols, lex.rx("status_column_re"), after=rec_col) is not None:
        return None
    organ_col = next((j for j, c in enumerate(cols) if j != rec_col and c and any(
        w.strip("()/,:").lower() in lex.organ_column_words for w in c.split())), None)
    rows = [[r.label, *(c.raw for c in r.cells)] for r in t.rows]
    if any(_status_labels([r[j] for r in rows if j < len(r)]) for j in range(len(cols)) if j != rec_col):
        return None  # statuses in a column of their own ("Åtgärdad", "Delvis"): a follow-up's table
    texts = [collapse(r[rec_col]) if rec_col < len(r) else "" for r in rows]
    filled = [x for x in texts if sum(ch.isalpha() for ch in x) >= 3]
    if not filled or sum(len(x.split()) for x in filled) / len(filled) < 4:
        return None
    items: list[GatheredItem] = []
    for r, row, text in zip(t.rows, rows, texts):
        if sum(ch.isalpha() for ch in text) < 3:
            continue  # a finding the auditors give no recommendation for ("–")
        organ = _cell_organs(collapse(row[organ_col]), lex) if organ_col is not None and organ_col < len(row) else ""
        named = _ORGAN_PREFIX_RE.match(text)
        if named and not organ and (names_organ(dehyphenate(named.group("org")), lex)
                                    or lex.rx("collective_re").match(named.group("org").lower())) \
                and len(named.group("org").split()) <= ORGAN_NAME_MAX_WORDS:
            organ, text = dehyphenate(named.group("org")), named.group("rest")
        items.append(GatheredItem(parts=[(r.page or t.page, text)], kind="section",
                                  addressee=expand(organ, abbrev) if organ else ""))
    return items


def _status_labels(cells: list[str]) -> bool:
    """A column of status labels ("Åtgärdad", "Delvis åtgärdad", "✔"): its filled cells, mostly, a status in a few
    words and no sentence (a comment "Arbetet har påbörjats." is none)."""
    from .matrix import cell_status  # (matrix reads statuses: imported here, not at gather's import)

    filled = [collapse(c) for c in cells if c and c.strip()]
    labels = [c for c in filled if len(c.split()) <= 3 and not c.endswith(".") and cell_status(c, {})]
    return bool(filled) and 2 * len(labels) >= len(filled)


def _cell_organs(cell: str, lex: Lexicon) -> str:
    """An organ column's cell with names the cell broke inside a word over its lines joined ("Samhällsbyggnadsnämn
    den, Vård- och omsorgsnämnden": a word too long for the column's width goes on in the next line)."""
    cell = dehyphenate(cell)
    words = cell.split()
    out: list[str] = []
    for w in words:
        if out and w[:1].islower() and not names_organ(out[-1], lex) and not names_organ(w, lex) \
                and names_organ(out[-1] + w, lex) \
                and out[-1][:1].isupper():
            out[-1] += w
        else:
            out.append(w)
    return " ".join(out)


def _tables_in_text(pages: list[Page], tables: list[Table], lex: Lexicon, abbrev: dict[str, str]
                    ) -> tuple[list[Page], dict[str, list[GatheredItem]]]:
    """The pages with the lines of each table read by its columns (:func:`table_items`) taken out, a mark standing
    where its first row stood, and the items each mark stands for."""
    text = {p.number: p.text.split("\n") for p in pages}
    read: dict[str, list[GatheredItem]] = {}
    for k, t in enumerate(tables):
        items = table_items(t, lex, abbrev)
        if not items:
            continue
        mark = TABLE_MARK.format("".join(chr(97 + int(d)) for d in str(k)))
        head = _line_key(" ".join(c for c in t.columns if c and c.strip()))
        rows = {(r.page or t.page, _line_key(" ".join(x for x in [r.label, *(c.raw for c in r.cells)] if x.strip())))
                for r in t.rows}
        placed = False
        for no in range(t.page, (t.page_end or t.page) + 1):
            kept = []
            for ln in text.get(no, []):
                key = _line_key(ln)
                if (no, key) in rows or (no == t.page and key == head and not placed):
                    if not placed:
                        kept.append(mark)
                        placed = True
                    continue
                kept.append(ln)
            if no in text:
                text[no] = kept
        if placed:
            read[mark] = items
    if not read:
        return pages, {}
    return [p.model_copy(update={"text": "\n".join(text[p.number])}) for p in pages], read


def gather(pages: list[Page], lex: Lexicon | None = None, told: int | None = None,
           tables: list[Table] | None = None) -> list[GatheredItem]:
    """Every recommendation-shaped item of the document, in reading order (duplicates not yet merged). With `told`
    (a summary of the year's audits: the year it is dated), recommendations told in the past tense too, as restated
    items - unless the sentence dates its audit years before (an earlier audit followed up). ``tables``: the
    document's typed tables; a recommendations table among them is read by its columns (:func:`table_items`)."""
    lex = lex or load_lexicon()
    rec_re = _rec_sentence_re(lex)
    abbrev = abbreviations(pages, lex)
    text_pages, read = _tables_in_text(pages, tables or [], lex, abbrev)
    lines = _lines(text_pages)
    items: list[GatheredItem] = []
    context: str | None = None  # "section" | "lead"
    restated = False
    lead = ""  # a recommending lead-in that names the addressee ("… rekommenderas utbildningsnämnden att:")
    table: str | None = None  # the header of a recommendations table being read
    table_no = 0  # the number of the table's last row read
    finding_col = False  # the table has a finding column before the recommendation column
    head_lines = False  # the lines just read were the table's header
    organ_table = False  # reading the rows of a table whose first column names each row's organ
    skip_next = False
    section_start = -1
    to = ""  # the organ a sub-heading inside the section names ("Till regeringen"): the addressee of the items below
    assess = False  # under a heading of the auditors' assessment ("Bedömning"): an organ's "bör" recommends
    followup = False  # under a heading of a follow-up ("Uppföljning av 2021 års granskning"): what was recommended
    # then is the earlier audit's, not told here as this document's
    past_re = _told_sentence_re(lex) if told else re.compile(r"(?!)")

    def told_here(s: str) -> bool:
        return bool(past_re.match(s)) and not any(int(y) < told - 1 for y in re.findall(r"\b((?:19|20)\d\d)\b", s))
    list_no: int | None = None  # the number of the list's last numbered item
    item_mark = ""  # the bullet mark of the list's items ("•", "-", "1.", "a)")
    sub_of: GatheredItem | None = None  # the item whose points (of another mark) are being read
    closed = 0  # the items before this index are closed by a heading after them
    for i, (page, line) in enumerate(lines):
        if skip_next:
            skip_next = False
            continue
        nxt = lines[i + 1][1] if i + 1 < len(lines) else ""
        if line.strip() in read:  # a table read by its columns: its rows, under the lead-in or section above it
            for it in read[line.strip()]:
                items.append(it.model_copy(update={"restated": restated, "lead": "" if it.addressee else lead,
                                                   "addressee": it.addressee or ("" if lead else to)}))
            table, head_lines, list_no, item_mark = None, False, None, ""
            continue
        head, rest = glued_section_heading(line, lex)
        if head and (rec_re.match(dehyphenate(collapse(rest))) or _is_lead_in(rest, nxt, lex)
                     or _modal_sentence(dehyphenate(collapse(rest)), lex)
                     or rest.rstrip().endswith(":") and strip_bullet(nxt)[0]):  # (a line that opens a list)
            # the section's heading joined to its first line: the section opens, the rest is read as the line
            context, restated, section_start, lead, table, to = "section", False, len(items), "", None, ""
            line = rest
            named = _LIST_FOR_RE.search(dehyphenate(collapse(rest)))  # "… följande förbättringsområden för X:"
            org = named.group("org") if named else ""
            if org and names_organ(org, lex) and len(org.split()) <= ORGAN_NAME_MAX_WORDS:
                to = org
        had_label = REC_LABEL_RE.match(line) is not None
        line = REC_LABEL_RE.sub("", line)  # "Rekommendation 2 Nämnden bör …": the label
        if context and REC_LABEL_LINE_RE.match(line):
            continue  # a labelled item's heading: its item follows
        bullet, body = strip_bullet(line)
        item_text = _dotted_item(line, nxt) if context and not bullet else ""
        dotted = bool(item_text)
        if dotted:  # "1.2 Fastställa riktlinjer …": an item numbered by its chapter, no sub-heading
            bullet, body = True, item_text
        body_n = dehyphenate(collapse(body))
        mark = _marker(line) if bullet else ""
        if bullet and context and items and mark and item_mark and mark != item_mark and (
                sub_of is items[-1] or (not items[-1].complete() and collapse(items[-1].text).endswith(("att", ":")))):
            # "• utveckla uppföljningen genom att / – sammanställa …, / – återrapportera …": points of another mark
            # under an item that leads into them are parts of that one recommendation
            sub_of = items[-1]
            sub_of.parts.append((page, line.strip()))
            continue
        sub_of = None
        if _is_section_heading(line, lex):  # "Rekommendationer till regeringen" names the addressee too
            context, restated, section_start, lead, table, assess = "section", False, len(items), "", None, False
            to = _addressee_heading(body_n, lex)
            continue
        if context and not bullet and (who := _addressee_heading(body_n, lex)):
            to = who
            continue
        if context and not bullet and (th := TABLE_HEAD_RE.match(body_n)) \
                and (not th.group("obs") or th.group("obs").lower() in lex.observation_columns):
            table = body_n  # a recommendations table under the section or lead-in
            finding_col = bool(th.group("obs"))  # ... with a finding column before the recommendation's
            head_lines = True
            table_no = 0
            continue
        if table is not None and head_lines and not bullet and len(body_n) <= 30 and len(body_n.split()) <= 3 \
                and not TABLE_ROW_RE.match(body_n):
            table += " " + body_n  # the header's cells over more lines ("Prioritet" over a second line in brackets)
            continue
        head_lines = False
        if context and not bullet and _organ_table_head(body_n, lex):
            organ_table = True  # a recommendations table whose first column names the organ ("Nämnd/styrelse  …")
            continue
        if organ_table:
            organ, text = _leading_organ(body_n, lex, abbrev)
            if organ and text:
                items.append(GatheredItem(parts=[(page, text)], kind="section", addressee=organ))
                continue
            organ_table = False
        if table is not None:
            row = TABLE_ROW_RE.match(body)
            if not row and bullet and TABLE_ROW_RE.match(line.strip()):  # "1. Säkerställa …": the row's number
                body = line.strip()  # was read as a list mark
                row = TABLE_ROW_RE.match(body)
            if row and int(row.group(1)) <= table_no:
                row = None  # a number that does not go on from the rows' ("5 Revisorernas ställningstagande" after
                # row 6): a numbered heading after the table, no row of it
            while row and i + 1 < len(lines) and lines[i + 1][0] == page and not re.search(r"[.!?]", body) \
                    and lines[i + 1][1].strip()[:1].islower() and not is_heading(lines[i + 1][1]):
                body = body.rstrip() + " " + lines.pop(i + 1)[1].strip()  # the row's cells over more lines
            if row:
                nxt_row = re.search(r"\s" + str(int(row.group(1)) + 1) + r"[.)]?\s+(?=[A-ZÅÄÖ])", body[row.end():])
                if nxt_row:  # the next numbered row joined to this one's line: read it as the next line
                    lines.insert(i + 1, (page, body[row.end() + nxt_row.start():].strip()))
                    body = body[:row.end() + nxt_row.start()]
                head_after = re.split(r"kommendation\w*", table, maxsplit=1, flags=re.I)[-1].split()
                graded = any(w.strip("()/,").lower() in lex.grade_columns for w in head_after)
                organ_col = any(w.strip("()/,").lower() in lex.organ_column_words or names_organ(w, lex)
                                for w in head_after)
                cells = body[row.end():]
                if finding_col:  # "Nr Iakttagelse Rekommendation": the finding's cell
                    cells = _after_observation(cells, lex, graded, rec_re)
                cells = _without_grade(cells, lex) if graded else cells
                if not cells.strip():  # a finding the auditors give no recommendation for
                    table_no = int(row.group(1))
                    continue
                item = _row_item(page, cells, bool(head_after) and (organ_col or not graded), lex, abbrev,
                                 after=0 if graded else max(0, len(head_after) - 1))
                if not item.addressee and lead:  # a row that names no organ: the lead-in above the table does
                    item.lead = lead
                elif not item.addressee and to:  # ... or the section's "… rekommendationer till X"
                    item.addressee = to
                items.append(item)
                table_no = int(row.group(1))
                continue
            if not (items and not items[-1].complete() and not is_heading(line)):
                table = None
        opener = _sentences(body_n)[-1] if body_n and not bullet else ""  # (a paragraph's last sentence may open it)
        in_past = bool(opener) and not rec_re.match(opener) and told_here(opener) and not followup
        if opener and (rec_re.match(opener) or in_past) and len(opener) <= 240 and (
                opener.rstrip().endswith(":") or (not opener.rstrip().endswith(".") and strip_bullet(nxt)[0])
                or (lex.rx("forward_re").search(opener) and lex.rx("lead_in_re").search(opener))):
            # (or it points at what follows: "… att genomföra de åtgärder som anges i tabellen nedan.")
            # a recommending sentence that opens a list: its items are the recommendations, it names the addressee
            # (told in the past tense, "rekommenderade revisorerna kommunstyrelsen att", by a summary of the year's
            # audits: restated, the summary's own only while the audit itself is not at hand; promote.py)
            context = "section" if context == "section" else "lead"
            restated = in_past or bool(lex.rx("restating_re").search(opener)) and not lex.rx("remaining_re").search(opener)
            lead = opener
            continue
        if not bullet and _is_lead_in(line, nxt, lex) and not rec_re.match(body_n):
            context = "section" if context == "section" else "lead"
            last = _sentences(body_n)[-1] if body_n else ""
            lead = last if rec_re.match(last) else ""  # a paragraph whose last sentence opens the list
            named = _LEAD_TO_RE.search(last)
            org = (named.group("org") or named.group("org2")) if named else ""
            if org and names_organ(org, lex) and len(org.split()) <= ORGAN_NAME_MAX_WORDS:
                to = org  # "… lämnar följande rekommendationer till Näringsstödsverket:"
            bare = _BARE_MODAL_RE.match(dehyphenate(collapse(line)))
            if bare and names_organ(bare.group("org"), lex):
                to = bare.group("org")  # "Tekniska nämnden bör" over its items: the organ each item's "bör" is of
            head = dehyphenate(collapse(line))
            restated = bool(lex.rx("restating_re").search(head)) and not lex.rx("remaining_re").search(head)
            if not collapse(line).endswith(":") and collapse(nxt).endswith(":") \
                    and not rec_re.match(dehyphenate(collapse(strip_bullet(nxt)[1]))):
                # the lead-in's second line ("Sirona följande:"), not a lead of its own ("Vi rekommenderar X att:")
                skip_next = True
                to = _addressee_heading(dehyphenate(collapse(nxt)), lex) or to  # "Till regeringen:" under the lead-in
            continue
        glued = _glued_assessment(body_n, lex) if not bullet and table is None and not context else None
        if glued is not None:  # "Bedömning Vi bedömer att …": the heading joined to its paragraph's first line
            lead, to, assess = "", "", True
            body = body_n = line = glued
        continues_list = dotted or bool(context) and list_no is not None and _item_number(line) == list_no + 1
        if is_heading(line) and not rec_re.match(body_n) and not continues_list:  # (the list's next number is its item)
            context, lead, table, to = None, "", None, ""  # a numbered heading ("2. Bakgrund") ends the list; it is not an item
            closed = len(items)  # (and the last item: the lines after the heading are no part of it)
            assess = _is_assessment_heading(line, lex)
            followup = bool(lex.rx("followup_heading_re").search(body_n))
            continue
        last = items[-1] if items else None
        if last is not None and not last.complete() and not bullet and len(items) > closed \
                and (not rec_re.match(body_n) or (body_n[:1].islower() and not bullet)) \
                and last.parts[-1][0] in (page, page - 1):
            last.parts.append((page, line.strip()))  # the item continues on this line (or the next page)
            continue
        if context == "section" and not bullet and table is None and not rec_re.match(body_n):
            # a paragraph of the recommendations section that gives its advice in prose, among sentences that say
            # why ("Enligt lagen ska … . Nämnden bör därför säkerställa … . Vidare bör nämnden se till …"): each
            # sentence of an organ's "bör" is one recommendation, the others are none
            sents = _sentences(body)
            advising = [x for x in sents if _advice_sentence(dehyphenate(collapse(x)), lex)]
            if advising and len(sents) > 1 and not (len(advising) == 1 and advising[0] == sents[0]):
                items.extend(GatheredItem(parts=[(page, x.strip())], kind=context, restated=restated, lead="",
                                          addressee="") for x in advising)
                continue
        if context:
            # a recommending sentence broken before its "att" ("… nämnden rekommenderas" / "att årligen …")
            broken = not bullet and not body_n.endswith((".", ":")) and bool(nxt) \
                and bool(rec_re.match(dehyphenate(collapse(body + " " + nxt))))
            if bullet or rec_re.match(body_n) or broken or _modal_sentence(body_n, lex) or _impersonal_advice(body_n, lex):
                # ("Det är angeläget att nämnden …" opening the section: advice, not the section's intro)
                label = REC_LABEL_RE.match(body)
                body = body[label.end():] if label else body
                own = bool(rec_re.match(body_n)) or broken
                named = _ORGAN_PREFIX_RE.match(body.strip()) if bullet and not own else None
                if named and (names_organ(named.group("org"), lex)
                              or lex.rx("collective_re").match(collapse(named.group("org")).lower())) \
                        and len(named.group("org").split()) <= ORGAN_NAME_MAX_WORDS:  # "* Miljönämnden: säkerställa …"
                    items.append(GatheredItem(parts=[(page, named.group("rest"))], kind=context, restated=restated,
                                              lead="", addressee=named.group("org")))
                    continue
                items.append(GatheredItem(parts=[(page, body.strip())], kind=context, restated=restated,
                                          lead="" if own else lead, addressee="" if own else to))
                list_no = _item_number(line)
                item_mark = mark
                continue
            if context == "section" and len(items) <= section_start:
                continue  # the section's intro text
            if not (items and items[-1].kind == context and (
                    len(body_n) < 60 or body_n[:1].islower())) and not REC_LABEL_RE.match(nxt) \
                    and not REC_LABEL_LINE_RE.match(nxt):
                context = None  # (an item's explanation before the next labelled item keeps the section open)
        # outside a context: recommending sentences only
        sents = _sentences(body)
        cur: GatheredItem | None = None
        judged = False  # the paragraph opened with the auditors' assessment (its first sentence)
        for k, s in enumerate(sents):
            # "… gått rätt till. Rekommendation 3 Tekniska nämnden rekommenderas …", "Rekommendation: Nämnden bör …"
            numbered = REC_LABEL_RE.match(s)
            runin = None if numbered else lex.rx("runin_label_re").match(s)
            label = numbered or runin
            labelled = bool(label) or (had_label and k == 0)  # (the line's own label, taken off above)
            s = s[label.end():] if label else s
            s_n = dehyphenate(collapse(s))
            in_past = not followup and told_here(s_n) and not rec_re.match(s_n)
            additive = cur is not None and k > 0 and cur is items[-1] and bool(lex.rx("additive_re").search(s_n))
            advice = ((assess or labelled) or judged and not followup and not additive) and _organ_advice(s_n, lex)
            judged = judged or k == 0 and bool(lex.rx("assessing_re").match(s_n))
            if rec_re.match(s_n) and _to_organ(s_n, lex) or advice or in_past \
                    or not followup and (_own_view(s_n, lex) or _impersonal_advice(s_n, lex)):
                cur = GatheredItem(parts=[(page, s.strip())], kind="section" if labelled else "sentence", restated=in_past)
                items.append(cur)
                if labelled:  # a labelled recommendation: the list of them goes on ("Rekommendation 4" follows)
                    context, section_start = "section", min(section_start, len(items) - 1)
            elif cur is not None and k > 0 and cur is items[-1] and _organ_advice(s_n, lex) \
                    and lex.rx("additive_re").search(s_n):
                # "Revisorerna rekommenderar tekniska nämnden att … . Nämnden bör även säkerställa att …": a second
                # recommendation to the organ, not an explanation of the first
                cur = GatheredItem(parts=[(page, s.strip())], kind="sentence", lead=cur.text)  # ("Nämnden": the
                items.append(cur)  # organ the sentence before recommends to)
            elif cur is not None and k > 0 and cur is items[-1] and _continues(sents[0], rec_re):
                if lex.rx("about_recommendations_re").search(s_n):  # "Samtliga rekommendationer framgår av …":
                    cur = None  # about the recommendations, not part of this one (nor are the sentences after it)
                    continue
                cur.parts.append((page, s.strip()))
    coordinated = lex.rx("coordinated_att_re")
    key = _grade_key_re(lex)
    negated = lex.rx("negated_re")  # "Vi föreslår inte några ytterligare åtgärder …"
    return [one for it in items if not key.match(norm(it.text)) and not _urges_to_answer(it.text, lex)
            and not negated.search(norm(dehyphenate(it.text)))
            for each in _one_per_sentence(it, rec_re) for one in _one_per_clause(each, coordinated)]


def _grade_key_re(lex: Lexicon) -> re.Pattern[str]:
    """A sentence that explains a grade or the grading of a recommendations table ("Prioritet Hög innebär att
    åtgärden bör …", "Prioriteringen anger hur angeläget …", "Prioritet: Hög = …"): the table's key, no
    recommendation."""
    if not lex.grade_key_verbs or not lex.grades:
        return re.compile(r"(?!)")
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
    cols, grades, verbs = alt(lex.grade_columns), alt(lex.grades), alt(lex.grade_key_verbs)
    col = rf"(?:{cols})(?:en|n|et|na|erna)?"
    # (or the grade set equal to its meaning: "Prioritet: Hög = åtgärd bör vidtas snarast; Medel = …")
    return re.compile(rf"^\s*(?:(?:{col}\s+)?(?:{grades})(?:\s+{col})?|{col})\s+(?:{verbs})\b"
                      rf"|^\s*(?:{col}\s*:?\s*)?(?:{grades})\s*=")


COORDINATED_MIN = 3  # att-clauses of one recommending sentence that make it several recommendations


def _one_per_clause(item: GatheredItem, coordinated: re.Pattern[str]) -> list[GatheredItem]:
    """A recommending sentence that runs through several measures, each its own att-clause ("… rekommenderar X att
    säkerställa …, att utveckla … samt att ta fram …"; a summary's way of repeating a list) is one recommendation a
    clause, each with the sentence's opening as its lead-in (it names the addressee).
    Two clauses may be two parts of one measure ("… att A och att B"), so it takes at least COORDINATED_MIN."""
    if item.kind != "sentence" or len(item.parts) != 1:
        return [item]
    page, text = item.parts[0]
    first = re.search(r"\batt\s+", text)
    if not first:
        return [item]
    cuts = [m for m in coordinated.finditer(text, first.end())]
    if len(cuts) + 1 < COORDINATED_MIN:
        return [item]
    lead = text[:first.end()].strip()
    bounds = [first.end()] + [m.end() for m in cuts]
    ends = [m.start() for m in cuts] + [len(text)]
    return [item.model_copy(update={"parts": [(page, text[a:b].strip())], "lead": lead}) for a, b in zip(bounds, ends)]


def _one_per_sentence(item: GatheredItem, rec_re: re.Pattern[str]) -> list[GatheredItem]:
    """An item of a list or section that holds two recommending sentences ("Kommunstyrelsen rekommenderas att … .
    Socialnämnden rekommenderas att … .") is two recommendations; the sentences after each stay with it."""
    if item.kind not in ("section", "lead"):
        return [item]
    # each sentence with its page (a paragraph may run over a page break: the sentence the break cuts goes on in a
    # piece that opens in lower case, no recommending sentence, and stays with the one before it)
    sents = [(page, s) for page, text in item.parts for s in _sentences(text)]
    starts = [k for k, (_, s) in enumerate(sents) if rec_re.match(dehyphenate(collapse(s)))]
    if len(starts) < 2 or starts[0] != 0:
        return [item]
    out = []
    for a, b in zip(starts, starts[1:] + [len(sents)]):
        parts: list[tuple[int, str]] = []
        for page, sent in sents[a:b]:
            if parts and parts[-1][0] == page:
                parts[-1] = (page, f"{parts[-1][1]} {sent}")
            else:
                parts.append((page, sent))
        out.append(item.model_copy(update={"parts": parts}))
    return out


def _addressee_heading(line: str, lex: Lexicon) -> str:
    """The organ a line like "Till regeringen" or "6.1 Rekommendationer till kulturnämnden" names, else ""."""
    bare = re.sub(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+", "", line.strip())
    if bare[:1].islower() or bare.endswith(","):
        return ""  # a line that continues an item ("till kommunfullmäktige,"), no heading
    m = lex.rx("addressee_heading_re").match(bare)
    if not m:
        return bare if _organ_line(bare, lex) else ""
    who = m.group("who").strip()
    return who if names_organ(who, lex) else ""


def _organ_line(line: str, lex: Lexicon) -> bool:
    """A subheading that only names organs ("Tekniska nämnden och socialnämnden"): its items are addressed to them."""
    words = [w.strip(",") for w in line.split()]
    if not words or len(words) > SUBHEADING_MAX_WORDS or not words[0][:1].isupper() or not names_organ(words[-1], lex) \
            or lex.rx("table_header_re").search(line):  # "Nr Rekommendation Ansvarig nämnd": a table's header
        return False
    return all(names_organ(w, lex) or w.endswith("-") or w in ("och", "samt") or w[:1].isupper() for w in words)


def names_organ(s: str, lex: Lexicon) -> bool:
    """A noun phrase that names an organ: one of its words ends in an organ word ("utbildningsnämnden")."""
    low = norm(s)
    return any(re.search(r"(?<![\wåäö])\w*" + re.escape(w) + r"(?![\wåäö])", low) for w in lex.organ_words)


def _continues(first: str, rec_re: re.Pattern[str]) -> bool:
    """Sentences after a recommendation belong to it only when the paragraph opens with it."""
    return bool(rec_re.match(dehyphenate(collapse(first))))
