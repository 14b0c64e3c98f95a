"""A document's title chosen by the structure of its first pages: :func:`choose_title`.

Candidates are runs of lines set larger than the body text on the first pages (a cover's "ÅRSREDOVISNING 2023"
over "Brf Exempelgården i Ort"), cut where a line gives an organisation number, a date or a period; the
PDF's own Title field; and a subject phrase in the first sentences ("… har avslutat granskningen av X." ->
"Granskning av X"). A run made only of generic heading words (``ingest/lexicon/titles.toml``: parts of a
report, a letter's addressee, a file's state) is no candidate. Each candidate scores by its font size and page,
for naming a kind of report (``document_types.toml``) and the organisation, and loses by its share of words that
are neither Swedish word forms nor repeated in the document (OCR misreads). The winner's words are repaired
where a broken font dropped or garbled a letter ("rsredovisning" -> "Årsredovisning", "f!r" -> "för") when the
word list or the document's own text knows exactly one such word.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from ingest.quality import is_word, word_forms

LEXICON = Path(__file__).parent / "lexicon" / "titles.toml"
MAX_WORDS = 22
PAGES = 3
# Hand-set weights (in-sample on /work/shared/real; eval/metadata_eval.py scores the result). A candidate starts at
# its source's base (a heading's: up to SIZE for the largest type, plus its page's bonus) and gains or loses:
SIZE, PAGE_BONUS = 3.0, {0: 1.5, 1: 0.5}
BASE = {"top": 0.5, "pdf_title": 3.0, "running": -1.0, "subject": 2.0}
KIND, ORGANISATION, UNKNOWN, FILLER, LONE = 2.0, 2.0, 4.0, 0.5, 1.0
# a word: letters, joined by a hyphen or by the punctuation a broken font puts in place of a letter ("f!r")
_WORD = re.compile(r"[^\W\d_]+(?:[-!\"#$%&*<=>@^|~'’][^\W\d_]+)*")
# where a title line runs on into an organisation number, a date or a page counter ("Brf X 2 (14) Org.nr …")
_META = re.compile(r"\(?\d{6}-\d{4}|(?:19|20)\d\d-\d\d-\d\d|(?<!\S)\d+ ?\(\d+\)|(?i:org\.? ?nr|sida \d|page \d)")
_SECTION = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s+\S")
_SWEDISH = "åäöé"  # the letters a broken font encoding drops or garbles


@dataclass
class TitleLine:
    """One line of the first pages as the title chooser sees it."""

    text: str
    page: int  # 0-based
    size: float
    top: float


@dataclass
class Candidate:
    text: str
    score: float
    where: str


@functools.cache
def lexicon() -> dict:
    return tomllib.loads(LEXICON.read_text(encoding="utf-8"))


@functools.cache
def _sets() -> tuple[frozenset[str], frozenset[str]]:
    lex = lexicon()
    return frozenset(lex["generic"]), frozenset(lex["function"])


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _content(text: str) -> list[str]:
    """Words that are neither generic heading words nor function words."""
    generic, function = _sets()
    return [w for w in _words(text) if w.casefold() not in generic and w.casefold() not in function]


def _join(lines: list[str]) -> str:
    out = ""
    for t in lines:
        t = t.strip()
        if out.endswith("-") and t[:1].islower():  # a word hyphenated over two lines
            out = out[:-1] + t
        else:
            out = f"{out} {t}" if out else t
    return re.sub(r"\s+", " ", out).strip(" -–:,")


def blocks(lines: list[TitleLine], body: float) -> list[tuple[str, TitleLine]]:
    """Runs of consecutive lines set larger than the body text, on one page and close together (a subtitle may be
    set much smaller than the title above it), cut where a line gives an organisation number, a date or a page
    counter; generic headings at either end of a run are dropped ("… lokaler" / "Sammanfattande bedömning")."""
    out: list[tuple[str, TitleLine]] = []
    run: list[TitleLine] = []

    def close() -> None:
        while run and _words(run[-1].text) and not _content(run[-1].text):  # "Sammanfattande bedömning" below
            run.pop()
        while run and _words(run[0].text) and not _content(run[0].text):
            run.pop(0)
        if run:
            out.append((_join([ln.text for ln in run]), run[0]))
            run.clear()

    for ln in lines:
        big = ln.size >= 1.2 * body
        if run and (not big or ln.page != run[-1].page or ln.size < 0.4 * run[0].size or ln.size > 1.7 * run[0].size
                    or ln.top - run[-1].top > 3.2 * max(ln.size, run[-1].size) or ln.top < run[-1].top):
            close()
        meta = _META.search(ln.text)
        if not big:
            close()
            continue
        if meta:
            head = ln.text[:meta.start()].strip()
            if _content(head):
                run.append(TitleLine(text=head, page=ln.page, size=ln.size, top=ln.top))
            close()
            continue
        run.append(ln)
    close()
    return out


def _strip_address(text: str) -> str | None:
    """A heading addressed to someone ("Missiv till ansvariga nämnder") -> None; "Missiv till granskningen av X"
    -> "Granskningen av X"; other text unchanged."""
    low = text.casefold()
    for opener in sorted(lexicon()["address"], key=len, reverse=True):
        if low.startswith(opener + " "):
            rest = text[len(opener) + 1:].strip()
            for phrase, start in lexicon()["subject"].items():
                if rest.casefold().startswith(phrase + " "):
                    return f"{start} {rest[len(phrase) + 1:]}"
            return None
    return text


def subject_phrases(text: str) -> list[str]:
    """ "… har avslutat granskningen av nämndens arbete med lokalförsörjning. …" -> "Granskning av nämndens arbete
    med lokalförsörjning" (the first sentence that has one of the lexicon's subject phrases)."""
    flat = re.sub(r"-\n(?=[a-zåäö])", "", text)
    flat = re.sub(r"(?<![.,;:])\n(?=[A-ZÅÄÖ])", ". ", flat)  # a line break before a capital ends a heading
    flat = re.sub(r"\s+", " ", flat)
    out = []
    for phrase, start in lexicon()["subject"].items():
        m = re.search(rf"(?i)(?<!\w){re.escape(phrase)} ([^.;:!?]{{8,160}}?)(?:[.;:!?]|$)", flat)
        if m:
            words = m.group(1).split()
            if 2 <= len(words) <= MAX_WORDS:
                out.append((m.start(), f"{start} {' '.join(words)}"))
    return [t for _, t in sorted(out)]


class _Known:
    """Whether a word is a Swedish word form or is repeated in the document's own text. A clean text layer
    (``suspect`` False) spells its words right: every word counts as known, nothing is repaired and the word
    list (0.7 s to load) is not loaded."""

    def __init__(self, all_text: str, suspect: bool) -> None:
        self.suspect = suspect
        seen = Counter(_words(all_text))
        self.counts: Counter[str] = Counter()
        self.surface: dict[str, str] = {}  # each word's most frequent spelling in the document
        self.lower: set[str] = set()  # words the document also writes in lower case
        for w, n in seen.most_common():
            self.counts[w.casefold()] += n
            self.surface.setdefault(w.casefold(), w)
            if w.islower():
                self.lower.add(w)

    @functools.cached_property
    def forms(self) -> frozenset[str]:
        return word_forms()

    def __call__(self, word: str) -> bool:
        if re.search(r"[a-zåäö][A-ZÅÄÖ]|\d", word):  # "B1YdNsc1A", "rkxY": a code, not a word
            return False
        w = word.casefold()
        return not self.suspect or self.counts[w] >= 2 or (w.isalpha() and is_word(w, self.forms))

    def near(self, word: str) -> list[str]:
        """Words the document repeats (3 times or more) within an edit or two of an OCR misread ("bri" -> "brf",
        "flagelbössan" -> "hagelbössan"): one edit per five letters, at least one."""
        most = max(1, len(word) // 5)
        return [w for w, n in self.counts.items() if n >= 3 and len(w) >= 3 and abs(len(w) - len(word)) <= most
                and Levenshtein.distance(w, word, score_cutoff=most) <= most]

    def repair(self, word: str) -> str:
        """A word a broken font garbled: a first letter dropped ("rsredovisning") or a letter turned into
        punctuation ("f!r") -> the one known word that a Swedish letter put there makes, else the word."""
        if not self.suspect or len(word) < 2 or (word.isalpha() and is_word(word.casefold(), self.forms)):
            return word
        tries: list[str] = []
        if word.isalpha() and len(word) >= 4:
            tries += [c + word.casefold() for c in _SWEDISH]
        bad = [i for i, c in enumerate(word) if not c.isalpha() and c != "-"]
        if len(bad) == 1:
            i = bad[0]
            tries += [word[:i] + c + word[i + 1:] for c in _SWEDISH]
        hits = sorted({t.casefold() for t in tries if t.casefold() in self.forms or self.counts[t.casefold()] >= 2})
        if not hits and word.isalpha() and self.counts[word.casefold()] < 2:
            hits = self.near(word.casefold())
        hits.sort(key=lambda t: -self.counts[t])
        if not hits or (len(hits) > 1 and self.counts[hits[0]] < 2 * max(self.counts[hits[1]], 1)):
            return word  # none, or no clear winner in the document's own text
        fixed = self.surface.get(hits[0], hits[0]) if self.counts[hits[0]] else hits[0]
        return fixed[:1].upper() + fixed[1:] if word[:1].isupper() or not word[:1].isalpha() else fixed


def _tidy(text: str, known: _Known) -> str:
    """Words repaired, a heading in capitals written as a title ("ÅRSREDOVISNING 2023" -> "Årsredovisning 2023";
    acronyms kept) and function words in lower case inside it ("Årsbokslut För Kalmar" -> "Årsbokslut för Kalmar")."""
    _, function = _sets()
    words = text.split(" ")
    out = []
    for i, raw in enumerate(words):
        w = known.repair(raw) if _WORD.fullmatch(raw) or re.fullmatch(r"[^\W\d_]+[!\"#$%&*<=>@^|~][^\W\d_]*", raw) else raw
        if w.isupper() and len(w) > 3 and (w.casefold() in known.lower or (known.suspect and is_word(w.casefold(), known.forms))):
            w = w.casefold()
        if i > 0 and w.casefold() in function and w[:1].isupper() and not w.isupper():
            w = w.casefold()
        out.append(w)
    title = " ".join(out)
    return title[:1].upper() + title[1:]


def _unknown(content: list[str], known: _Known) -> float:
    """The share of words that are neither word forms nor repeated in the document, even when repaired."""
    return sum(1 for w in content if not known(w) and not known(known.repair(w))) / max(len(content), 1)


def _scored(text: str, base: float, where: str, kinds: list[re.Pattern], organisation: str | None,
            known: _Known) -> Candidate | None:
    text = _strip_address(text) if where != "subject" else text
    if not text or _SECTION.match(text):  # "3.2 Ekonomiskt utfall": a numbered section's heading
        return None
    words = _words(text)
    content = _content(text)
    if not content or len(words) > MAX_WORDS:
        return None
    score = base
    if any(rx.search(text) for rx in kinds):
        score += KIND
    org = (organisation or "").casefold()
    if org and (org in text.casefold() or any(w.casefold() in org for w in content if len(w) > 3 and w[:1].isupper())):
        score += ORGANISATION
    score -= UNKNOWN * _unknown(content, known)
    score -= FILLER * (len(words) - len(content)) / max(len(words), 1)
    if len(content) == 1 and len(words) == 1 and where != "pdf_title":
        score -= LONE  # a lone word is rarely a whole title
    return Candidate(text=text, score=score, where=where)


def candidates(lines: list[TitleLine], body: float, pdf_title: str | None, first_text: str, all_text: str,
               kinds: list[re.Pattern], organisation: str | None, running: list[str] = (),
               suspect: bool = False) -> list[Candidate]:
    """Every title candidate, best first. ``suspect``: the first pages were read by OCR or have a broken text
    layer (their words are checked against the word list and the document's own text, and repaired)."""
    known = _Known(all_text, suspect)
    runs = blocks([ln for ln in lines if ln.page < PAGES], body)
    readable = [first.size for text, first in runs if _content(text) and _unknown(_content(text), known) < 0.5]
    big = max(readable, default=0.0) or max((ln.size for ln in lines), default=body) or 1.0
    out: list[Candidate] = []
    for text, first in runs:
        base = SIZE * min(first.size / big, 1.0) + PAGE_BONUS.get(first.page, 0.0)
        c = _scored(text, base, "heading", kinds, organisation, known)
        if c:
            out.append(c)
    for ln in [ln for ln in lines if ln.page == 0][:3]:  # a first page without larger type: its first lines
        meta = _META.search(ln.text)
        text = ln.text[:meta.start()] if meta else ln.text
        c = None if text.rstrip().endswith(".") else _scored(text, BASE["top"], "top", kinds, organisation, known)
        if c:
            out.append(c)
    if pdf_title:
        c = _scored(pdf_title.strip(), BASE["pdf_title"], "pdf_title", kinds, organisation, known)
        if c:
            out.append(c)
    for text in running[:4]:  # a running header that names the document ("Kommunen – Uppföljning 2023 Sida 3")
        meta = _META.search(text)
        c = _scored(text[:meta.start()] if meta else text, BASE["running"], "running", kinds, organisation, known)
        if c:
            out.append(c)
    # a cover letter ("Missiv till ansvariga nämnder" in large type): the subject in its first sentences names it
    letter = any(_strip_address(ln.text) is None for ln in lines if ln.page < 2 and ln.size >= 1.2 * body)
    for k, text in enumerate(subject_phrases(first_text[:3000]) if letter else []):
        c = _scored(text, BASE["subject"] - 0.2 * k, "subject", kinds, organisation, known)
        if c:
            out.append(c)
    for c in out:
        c.text = _tidy(c.text, known)
    return sorted(out, key=lambda c: -c.score)


def choose_title(lines: list[TitleLine], body: float, pdf_title: str | None, first_text: str, all_text: str,
                 kinds: list[re.Pattern], organisation: str | None, running: list[str] = (),
                 suspect: bool = False) -> str | None:
    ranked = candidates(lines, body, pdf_title, first_text, all_text, kinds, organisation, running, suspect)
    return ranked[0].text[:200] if ranked else None
