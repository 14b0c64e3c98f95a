"""Swedish keyword index (bm25s + the one Swedish stemmer of ingest.text.stem + Swedish/English stop words).

Built in memory from a list of chunks; the :class:`~index.store.Index` rebuilds it whenever the
store's generation changes, reusing the previous index's tokens for chunks whose text did not change
(tokenising is most of the build). Numbers are normalised so "204 846", "204846" and "204 846 tkr" match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import bm25s
import numpy as np
from bm25s.stopwords import STOPWORDS_EN, STOPWORDS_SWEDISH

from ingest.models import Chunk
from ingest.text import stem
from index.models import SearchFilters

_QUESTION_WORDS_EN = {"what", "which", "who", "whom", "how", "when", "where", "why", "does", "did", "do", "much", "many", "tell", "me"}
STOPWORDS = frozenset(STOPWORDS_SWEDISH) | frozenset(STOPWORDS_EN) | _QUESTION_WORDS_EN

# digit groups separated by (nb)spaces/thin spaces: "204 846" -> "204846"
_THOUSANDS = re.compile(r"(?<=\d)[ \u00a0\u202f\u2009](?=\d{3}(?!\d))")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+", re.UNICODE)

def tokenize(text: str) -> list[str]:
    """Lower-cased, NFC, stop words dropped, Swedish-stemmed tokens; numbers kept whole ("1,5", "204846")."""
    text = unicodedata.normalize("NFC", text).lower()
    text = _THOUSANDS.sub("", text)
    words: list[str] = []
    for tok in _TOKEN.findall(text):
        if tok[0].isdigit():
            words.append(tok.replace(".", ",") if re.fullmatch(r"\d+\.\d{1,2}", tok) else tok)
        elif len(tok) > 1 and tok not in STOPWORDS:
            words.append(tok)
    return [w if w[0].isdigit() else stem(w) for w in words]


def matches(chunk: Chunk, filters: SearchFilters | None) -> bool:
    if filters is None:
        return True
    if filters.doc_ids is not None and chunk.doc_id not in filters.doc_ids:
        return False
    if filters.document_type is not None and chunk.document_type != filters.document_type:
        return False
    if filters.year is not None and chunk.year != filters.year:
        return False
    return True


class KeywordIndex:
    """An immutable BM25 index over a snapshot of chunks (rebuild to change)."""

    def __init__(self, chunks: Sequence[Chunk], generation: int = 0, reuse: "KeywordIndex | None" = None) -> None:
        self.generation = generation
        self.chunks = list(chunks)
        self._bm25: bm25s.BM25 | None = None
        known = reuse._tokens if reuse is not None else {}
        # chunk (id, text, section) -> its tokens joined by spaces (tokens hold none): compact, not GC-tracked
        self._tokens: dict[tuple[str, str, str | None], str] = {}
        corpus = []
        for c in self.chunks:
            key = (c.id, c.text, c.section)
            joined = known.get(key)
            if joined is None:
                joined = " ".join(tokenize(self._text(c)))
            self._tokens[key] = joined
            corpus.append(joined.split())
        if any(corpus):
            self._bm25 = bm25s.BM25()
            self._bm25.index(corpus, show_progress=False)

    @staticmethod
    def _text(chunk: Chunk) -> str:
        parts = [chunk.text]
        if chunk.section:
            parts.append(chunk.section)
        return "\n".join(parts)

    def search(self, query: str, k: int, filters: SearchFilters | None = None) -> list[tuple[Chunk, float]]:
        if self._bm25 is None or k <= 0:
            return []
        vocab = self._bm25.vocab_dict
        q = [t for t in tokenize(query) if t in vocab]
        if not q:
            return []
        scores = np.asarray(self._bm25.get_scores(q), dtype=np.float32)
        order = np.argsort(-scores, kind="stable")
        out: list[tuple[Chunk, float]] = []
        for i in order:
            s = float(scores[i])
            if s <= 0:
                break
            c = self.chunks[int(i)]
            if matches(c, filters):
                out.append((c, s))
                if len(out) >= k:
                    break
        return out
