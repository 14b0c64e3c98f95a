"""Does a cited passage support a generated sentence? Scores used by the post-generation checks.

Small models often put the right words under the wrong [n]. The checks therefore score each sentence against
every passage that was given:

- Swedish sentences: the share of the sentence's content words (stemmed, compounds matched by part) that occur
  in the passage; small models copy the passages' wording, so this is a sharp signal.
- English sentences over Swedish passages share few words, so the score is the multilingual embedding's cosine
  (e5 puts a sentence and its Swedish source close together), with names and numbers matched literally.

Entry: ``SupportScorer(embedder).scores(sentence, passages, language) -> list[float]`` (one per passage, 0..1).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ingest.text import content_words, stem, term_match

if TYPE_CHECKING:  # pragma: no cover
    from assistant.llm.checks import Passage
    from index.embedder import Embedder

# A Swedish sentence needs this share of its content words in the passage it cites.
LEXICAL_FLOOR = 0.5
# Another passage must beat the cited one by this much before the citation is moved to it.
LEXICAL_MARGIN = 0.25
EMBEDDING_MARGIN = 0.04
# Passage vectors kept between questions (a long-running API sees many passage windows).
MAX_CACHED_PASSAGES = 2048


def _stems(text: str) -> list[str]:
    return [stem(w) for w in content_words(text)]


def lexical_support(sentence: str, passage_text: str) -> float:
    """Share of the sentence's content words found in the passage (1.0 for a sentence with none)."""
    need = _stems(sentence)
    if not need:
        return 1.0
    have = set(_stems(passage_text))
    got = 0.0
    for w in need:
        if w in have:
            got += 1.0
        else:
            got += max((term_match(w, t) for t in have), default=0.0)
    return got / len(need)


class SupportScorer:
    """Lexical support for Swedish sentences; embedding similarity for English ones (see the module doc)."""

    def __init__(self, embedder: "Embedder | None" = None) -> None:
        self.embedder = embedder
        self._cache: dict[str, np.ndarray] = {}

    def _passage_vectors(self, passages: list["Passage"]) -> np.ndarray:
        missing = [p.text for p in passages if p.text not in self._cache]
        if missing and len(self._cache) + len(missing) > MAX_CACHED_PASSAGES:
            self._cache.clear()
        if missing:
            for text, vec in zip(missing, self.embedder.embed_passages(missing)):
                self._cache[text] = np.asarray(vec, dtype=np.float32)
        return np.stack([self._cache[p.text] for p in passages])

    def scores(self, sentence: str, passages: list["Passage"], language: str) -> list[float]:
        if language != "en" or self.embedder is None or not passages:
            return [lexical_support(sentence, p.text) for p in passages]
        q = np.asarray(self.embedder.embed_query(sentence), dtype=np.float32)
        return [float(s) for s in self._passage_vectors(passages) @ q]

    def floor(self, language: str) -> float:
        # Cosines of a multilingual model have no absolute scale worth trusting: English sentences are only
        # moved to a clearly better passage, never removed for a low score.
        return 0.0 if language == "en" and self.embedder is not None else LEXICAL_FLOOR

    def margin(self, language: str) -> float:
        return EMBEDDING_MARGIN if language == "en" and self.embedder is not None else LEXICAL_MARGIN
