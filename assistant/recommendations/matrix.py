"""A status matrix: a follow-up's table with one row per recommendation and one column per committee, each cell a
status word or symbol ("✔", "◐", "Påbörjat", "–" for a committee the recommendation was not addressed to). The
page's key ("Teckenförklaring: ✔ = Genomfört  ◐ = Påbörjat …") says what its symbols mean; without one the lexicon's
common symbols do."""

from __future__ import annotations

import re

from .classify import status_from_words
from .committees import name_key, named, same_committee
from .lexicon import load_lexicon

STATUS_SHARE = 0.6  # share of a column's filled cells that must read as a status (or "not addressed") for a status column
_KEY_RE = re.compile(r"(?:^|\s)([^\w\s=]{1,2})\s*=\s*([^\W\d][^=\n]*?)(?=\s+[^\w\s=]{1,2}\s*=|\s{2,}|\n|$)")
_DASHES = {"–", "-", "—", ""}


def symbol_key(page_text: str) -> dict[str, str]:
    """Symbol -> the words the page's key gives it ("✔ = Genomfört" -> {"✔": "Genomfört"})."""
    return {m.group(1): m.group(2).strip() for m in _KEY_RE.finditer(page_text or "")}


def cell_status(cell: str, key: dict[str, str]) -> str | None:
    """A cell's status: "" for a committee the recommendation was not addressed to (a dash, or a key that says so),
    the status of its words or symbol, or None when it is no status."""
    c = (cell or "").strip()
    words = key.get(c, c)
    if c in _DASHES and c not in key:
        return ""
    st = status_from_words(words)
    if st:
        return st
    if c in key:  # a keyed symbol with no status in its words ("Rekommendationen riktades inte till nämnden")
        return ""
    return load_lexicon().status_symbols.get(c)


def status_columns(rows: list[list[str]], key: dict[str, str]) -> list[int]:
    """The columns (not the first, the label) whose filled cells read as statuses, at least one of them a status."""
    out = []
    width = max((len(r) for r in rows), default=0)
    for i in range(1, width):
        cells = [r[i].strip() for r in rows if i < len(r) and r[i] and r[i].strip()]
        read = [cell_status(c, key) for c in cells]
        if cells and sum(s is not None for s in read) >= STATUS_SHARE * len(cells) and any(read):
            out.append(i)
    return out


def column_committee(header: str, addressees: list[str]) -> str | None:
    """The addressee a column's header names: by name (a name broken over the header's lines joined), or by the short
    form municipalities use ("SN Nordost" for "socialnämnden Nordost": initials of the first word's parts ending in
    N for -nämnd or S for -styrelse, the rest of the name spelt out)."""
    hits = [a for a in addressees if same_committee(header, a) or named(header, [a])]
    if not hits:
        joined = header.replace(" ", "")
        hits = [a for a in addressees if same_committee(joined, a)]
    if not hits:
        hits = [a for a in addressees if _short_form(header, a)]
    return hits[0] if len(hits) == 1 else None


def _short_form(header: str, name: str) -> bool:
    words, parts = header.split(), name_key(name).split()
    if not words or not parts or not re.fullmatch(r"[A-ZÅÄÖ]{2,4}", words[0]):
        return False
    if [w.lower() for w in words[1:]] != parts[1:]:
        return False
    abbr, first = words[0].lower(), parts[0]
    end = {"nämnd": "n", "nämnden": "n", "styrelse": "s", "styrelsen": "s"}
    tail = next((v for k, v in end.items() if first.endswith(k)), None)
    return tail is not None and abbr[0] == first[0] and abbr[-1] == tail
