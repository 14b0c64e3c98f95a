"""Which documents does a question name? A document is named by a distinctive word of its title, organisation or
file name ("Smultronstället", "skyfallshanteringen", "Simrishamn"): a word that few documents of the library carry.

``DocumentLibrary(index).named(words) -> (doc_ids, naming stems)``. Cached per index generation.
"""

from __future__ import annotations

import math
import re

from ingest.text import stem, words

_MIN_PREFIX = 6
_FOLD = str.maketrans("åäöéèüÅÄÖÉ", "aaoeeuaaoe")


def fold(s: str) -> str:
    """File names often drop å/ä/ö ("smultronstallet"): names are compared folded."""
    return s.translate(_FOLD)


def _name_stems(*texts: str) -> set[str]:
    out = set()
    for t in texts:
        for w in words(re.sub(r"[_\-–/.]", " ", t or "")):
            if len(w) >= 4 and not w.isdigit():
                out.add(fold(stem(w)))
    return out


def _match_share(q: str, d: str) -> float:
    """1 for the same word; for a question word that begins the document's ("person" / "personsäkerhet") the share
    of the longer word it covers, so a common word that begins a compound names a document weakly; else 0. A
    document word that only begins the question's compound names nothing: a Swedish compound is a kind of its last
    part ("kulturplan" is a plan, not the culture committee's document), unless it is an inflection (≤ 2 letters)."""
    if q == d:
        return 1.0
    if len(q) - len(d) > 2:
        return 0.0
    short, long_ = (q, d) if len(q) <= len(d) else (d, q)
    return len(short) / len(long_) if len(short) >= _MIN_PREFIX and long_.startswith(short) else 0.0


class DocumentLibrary:
    def __init__(self, index, stop: frozenset[str] = frozenset()) -> None:
        self._index = index
        self._stop = stop
        self._gen: int | None = None
        self._docs: dict[str, set[str]] = {}
        self._df: dict[str, int] = {}
        self._content_df: dict[str, int] = {}  # folded stem -> how many documents' text carries it
        self._content: dict[str, set[str]] = {}  # doc_id -> the folded stems of its text

    def _refresh(self) -> None:
        gen = getattr(self._index, "generation", 0)
        if gen == self._gen:
            return
        self._docs = {}
        for info in self._index.documents():
            m = info.meta
            stems = _name_stems(m.title, m.organisation or "", m.file_name.rsplit(".", 1)[0])
            self._docs[m.doc_id] = {s for s in stems if s not in self._stop}
        self._df = {}
        for stems in self._docs.values():
            for s in stems:
                self._df[s] = self._df.get(s, 0) + 1
        self._gen = gen

    def set_content(self, doc_stems: dict[str, set[str]]) -> None:
        """The stems of each document's text: a name word that many documents talk about ("nämnd", "revisor",
        "kontroll") is a word of the domain, not a name, and names no document."""
        df: dict[str, int] = {}
        content: dict[str, set[str]] = {}
        for doc_id, stems in doc_stems.items():
            content[doc_id] = {fold(x) for x in stems}
            for st in content[doc_id]:
                df[st] = df.get(st, 0) + 1
        self._content_df, self._content = df, content

    def speaks_of(self, doc_ids: list[str], stems: list[str]) -> bool:
        """Every one of ``stems`` stands in the text of one of ``doc_ids`` (a word the previous report uses is a
        thing in it, though it also names another report)."""
        return bool(stems) and all(any(fold(s) in self._content.get(d, ()) for d in doc_ids) for s in stems)

    def titles(self) -> dict[str, set[str]]:
        self._refresh()
        return self._docs

    def exclusive(self, doc_ids: list[str], naming: list[str]) -> bool:
        """One document named by a word of its name that no other document's text carries (a proper name such as
        "Hagelbössan"), not by a word several documents speak of ("Energi", "Kalmar")."""
        return len(doc_ids) == 1 and any(0 < self._content_df.get(fold(s), 0) <= 1 for s in naming)

    def named(self, groups: list[tuple[list[str], float]]) -> tuple[list[str], list[str]]:
        """``groups``: per question word, its stems (the word's own, or the Swedish words of an English term) and a
        weight (2 for a capitalised name, 1 for a word, 0.5 for a translation). Each group names the documents
        whose name carries one of its stems, by the stem's rarity over the library; the best documents win.
        Returns the named doc_ids and the stems that named them."""
        self._refresh()
        n = len(self._docs)
        if n < 2:
            return [], []
        strength: dict[str, float] = {}
        naming: dict[str, set[str]] = {}
        for stems, weight in groups:
            best: dict[str, tuple[float, str]] = {}
            hit_by: dict[str, set[str]] = {}  # every stem of the group that names the document ("regional
            # development committee" -> regional, utvecklingsnämnd): all of them named it, the best one weighs
            for q in stems:
                q = fold(q)
                if len(q) < 4 or q.isdigit() or q in self._stop:
                    continue
                if self._content_df.get(q, 0) > max(2, n // 4):  # a word of the domain, not a name (nor is a
                    # name word that many documents' text carries, below)
                    continue
                common = max(2, n // 4)
                shares = {d: max((_match_share(q, s) for s in names if self._content_df.get(s, 0) <= common),
                                 default=0.0) for d, names in self._docs.items()}
                hits = [d for d, share in shares.items() if share > 0]
                if not hits or len(hits) > max(2, n // 8):  # a word many documents carry names none
                    continue
                for d in hits:
                    hit_by.setdefault(d, set()).add(q)
                    gain = math.log(n / len(hits)) * weight * shares[d]
                    if gain > best.get(d, (0.0, ""))[0]:
                        best[d] = (gain, q)
            for d, (gain, q) in best.items():
                strength[d] = strength.get(d, 0.0) + gain
                naming.setdefault(d, set()).update(hit_by[d])
        if not strength:
            return [], []
        top = max(strength.values())
        docs = sorted(d for d, v in strength.items() if v >= top - 1e-9)
        return docs, sorted(set().union(*(naming[d] for d in docs)))
