"""A status matrix: a follow-up's table with one row per recommendation and one column per committee, each cell a
status word or symbol ("✔", "◐", "Påbörjat", "–" for a committee the recommendation was not addressed to). The
page's key ("Teckenförklaring: ✔ = Genomfört  ◐ = Påbörjat …") says what its symbols mean; without one the lexicon's
common symbols do."""

from __future__ import annotations

import re

from .classify import status_from_words
from .committees import name_key, named, same_committee
from .lexicon import load_lexicon

CELL_MAX_WORDS = 12  # a status cell's words at the most ("Delvis genomfört, klart 2025-12-31"; a key's own words aside)
STATUS_SHARE = 0.6  # share of a column's filled cells that must read as a status (or "not addressed") for a status column
_KEY_RE = re.compile(r"(?:^|\s)([^\w\s=]{1,2})\s*=\s*([^\W\d][^=\n]*?)(?=\s+[^\w\s=]{1,2}\s*=|\s{2,}|\n|$)")
_DASHES = {"–", "-", "—", ""}


def symbol_key(page_text: str) -> dict[str, str]:
    """Mark -> the words the key gives it: symbols set with "=" ("✔ = Genomfört" -> {"✔": "Genomfört"}), and the
    entries under a key heading ("Teckenförklaring" then "Grön Rekommendationen bedöms vara omhändertagen.", one
    entry a line or run together: {"Grön": "Rekommendationen bedöms vara omhändertagen."})."""
    key = {m.group(1): m.group(2).strip() for m in _KEY_RE.finditer(page_text or "")}
    heads = load_lexicon().key_headings
    lines = (page_text or "").split("\n")
    for k, line in enumerate(lines):
        m = re.match(r"\s*(\w+)\s*:?\s*", line)
        if not m or m.group(1).lower() not in heads:
            continue
        body = " ".join(x.strip() for x in [line[m.end():], *lines[k + 1:k + 1 + KEY_LINES]] if x.strip())
        for entry in _ENTRY_RE.finditer(body):
            key.setdefault(entry.group("mark"), entry.group("meaning").strip())
    return key


KEY_LINES = 6  # a key's entries stand on the lines after its heading
# an entry: a mark of one word (or a symbol), an optional "=" or ":", and a meaning that is a sentence of its own
_ENTRY_RE = re.compile(r"(?:^|(?<=[.;]\s))(?P<mark>[A-ZÅÄÖ][a-zåäö]{1,9}|[^\w\s]{1,2})\s*[=:–-]?\s+"
                       r"(?P<meaning>[A-ZÅÄÖ][^.;\n]{5,160}[.;]?)")


def key_status(meaning: str) -> str | None:
    """The status a key's meaning gives its mark: a status phrase ("Genomfört"), or a sentence judged as prose
    ("Åtgärder har vidtagits men rekommendationen är inte omhändertagen fullt ut.": partly)."""
    from .committees import judge_prose

    st = status_from_words(meaning)
    if len(meaning.split()) <= 3:
        return st
    judged = judge_prose(meaning).status
    return judged if judged != "oklart" else st


def cell_status(cell: str, key: dict[str, str]) -> str | None:
    """A cell's status: "" for a committee the recommendation was not addressed to (a dash, or a key that says so),
    the status of its words or symbol, or None when it is no status."""
    c = (cell or "").strip()
    if c in _DASHES and c not in key:
        return ""
    st = key_status(key[c]) if c in key else status_from_words(c)
    if st:
        return st
    if c in key:  # a keyed symbol with no status in its words ("Rekommendationen riktades inte till nämnden")
        return ""
    symbols = load_lexicon().status_symbols
    return symbols.get(c) or symbols.get(c.lower())


def status_columns(rows: list[list[str]], key: dict[str, str]) -> list[int]:
    """The columns (not the first, the label) whose filled cells read as statuses, at least one of them a status."""
    out = []
    width = max((len(r) for r in rows), default=0)
    for i in range(1, width):
        cells = [r[i].strip() for r in rows if i < len(r) and r[i] and r[i].strip()]
        # (a cell of whole sentences is an answer in prose, no status cell: "Nämnden har infört … men …")
        read = [cell_status(c, key) if len(c.split()) <= CELL_MAX_WORDS else None for c in cells]
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
