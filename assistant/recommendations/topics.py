"""Which recommendation a follow-up sentence speaks of, and each recommendation's status from its own sentences.

A follow-up paragraph often speaks of several recommendations of one audit ("Rutinen reviderades i februari … När det
gäller dokumentationen … saknas fortfarande …"), or answers several together under one heading. Each sentence is
matched to the audit's recommendation whose own content words (five-letter stems, weighted by how few of the audit's
recommendations share them) it holds clearly more of than any other's; when two are close, the embedder (where
available) decides between them. A sentence that names no recommendation continues the topic before it (the heading,
the restated recommendation, the previous sentence) - a lead-in ("Vad gäller X …") or a sentence's own words start a
new one. Restatements of a recommendation set the topic but are never evidence. The vocabulary (words that name no
topic, the lead-ins) is data: lexicon.toml [topics]."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import tomllib

from ingest.text import content_stems

from .lexicon import LEXICON_PATH, dehyphenate
from .models import Judgement, Recommendation
from .text import STOPWORDS, collapse, norm

STEM = 5  # letters of a word's stem ("dokumenteras" ~ "dokumentationsrutin")
MIN_SCORE = 1.0  # a sentence must hold at least this much of a recommendation's weighted words
MARGIN = 0.5  # ... and this much more than of any other recommendation's
EMBED_MARGIN = 0.01  # cosine lead the embedder needs to choose between recommendations the words cannot tell apart

_WORD_RE = re.compile(r"[a-zåäöéü]{4,}")


@lru_cache(maxsize=1)
def _section() -> dict:
    """The lexicon's [topics] section, read once."""
    return tomllib.loads(Path(LEXICON_PATH).read_text(encoding="utf-8"))["topics"]


@lru_cache(maxsize=None)
def _rx(name: str) -> re.Pattern[str]:
    return re.compile(_section()[name], re.I)


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    return frozenset(_section()["generic"]), _rx("lead_re"), _rx("audit_act_re")


def audit_act(sentence: str) -> bool:
    """The audit's findings or its giving restated ("Granskningen pekade på …", "Nämnden fick fem
    rekommendationer"): sets the topic, is no evidence."""
    from .lexicon import load_lexicon

    low = norm(sentence)
    return bool(_vocab()[2].search(low) or load_lexicon().rx("restating_re").search(low))


def words(text: str) -> set[str]:
    """The content words of a text (not stop words, not the [topics] generic words of follow-ups)."""
    generic = _vocab()[0]
    return {w for w in _WORD_RE.findall(norm(dehyphenate(text)))
            if w not in STOPWORDS and w not in generic and not w.endswith(_organ_endings())}


@lru_cache(maxsize=1)
def _organ_endings() -> tuple[str, ...]:
    """Organ names are actors, not topics ("grundskolenämnden" holds no "skola" topic): words ending in an organ
    word of the lexicon ([recommend] organ_words, five letters or more)."""
    from .lexicon import load_lexicon

    return tuple(w for w in load_lexicon().organ_words if len(w) >= 5)


COMPOUND = 8  # a word this long may hold a recommendation's word as a later part ("avstängningsbeslut")


def holds(word: str, stem: str) -> bool:
    """The word is a form of the stem's word, or a compound ending in it."""
    return word.startswith(stem) or (len(word) >= COMPOUND and stem in word[3:])


def grouped_rx() -> re.Pattern[str]:
    return _rx("grouped_re")


def named_rx() -> re.Pattern[str]:
    return _rx("named_re")


def followup_heading_rx() -> re.Pattern[str]:
    return _rx("followup_heading_re")


def stems(text: str) -> set[str]:
    """Content-word stems of a text (not stop words, not the [topics] generic words of follow-ups)."""
    return {w[:STEM] for w in words(text)}


def _subject_part(rec_text: str) -> str:
    """A recommendation's content: what follows "rekommenderas att" / "bör" (the addressees are no topic)."""
    m = re.search(r"re-?\s?kommender\w*\s+(?:[^.]{0,160}?\s)??att\b|\bbör\b", rec_text, re.I)
    return rec_text[m.end():] if m else rec_text


def lead_in(sentence: str) -> bool:
    """The sentence opens by naming its topic ("Vad gäller …", "När det gäller …", "Frågan om …")."""
    return bool(_vocab()[1].search(norm(sentence)))


@dataclass
class Topics:
    """The recommendations of one audit, read for matching sentences to them."""

    recs: list[Recommendation]
    embedder: Any = None
    weights: list[dict[str, float]] = field(default_factory=list)
    _rec_vecs: np.ndarray | None = None

    def __post_init__(self) -> None:
        terms = [stems(_subject_part(r.text)) for r in self.recs]
        df: dict[str, int] = {}
        for ts in terms:
            for t in ts:
                df[t] = df.get(t, 0) + 1
        n = len(self.recs)
        self.weights = [{t: math.log((n + 1) / df[t]) for t in ts} for ts in terms]

    def scores(self, sentence: str) -> list[float]:
        ws_ = words(sentence)
        return [sum(w for t, w in ws.items() if any(holds(x, t) for x in ws_)) for ws in self.weights]

    def of(self, sentence: str) -> int | None:
        """The index of the recommendation the sentence speaks of, or None when it names none clearly."""
        if len(self.recs) < 2:
            return 0 if self.recs and max(self.scores(sentence)) >= MIN_SCORE else None
        sc = self.scores(sentence)
        order = sorted(range(len(sc)), key=lambda k: -sc[k])
        best, second = sc[order[0]], sc[order[1]]
        if best < MIN_SCORE:
            return None
        if best - second >= MARGIN:
            return order[0]
        close = [k for k in order if sc[k] > best - MARGIN]
        return self._embedded(sentence, close)

    def group(self, sentence: str) -> list[int]:
        """The recommendations a sentence answers together ("Vad gäller rekommendationerna om A och B …"; lexicon
        [topics] grouped_re): each whose words it holds; [] when it names recommendations in the plural for fewer
        than two."""
        if not grouped_rx().search(norm(sentence)):
            return []
        hit = [k for k, sc in enumerate(self.scores(sentence)) if sc >= MIN_SCORE]
        return hit if len(hit) >= 2 else []

    def named(self, sentence: str) -> list[int]:
        """The recommendations a sentence names by their subject ("… rekommendationen om taxan är
        genomförd"; lexicon [topics] named_re): each phrase's one recommendation by the words it holds (none when it
        holds too few), the embedder (where given) choosing between those the words cannot tell apart; in the
        plural, each whose words it holds when it holds two or more."""
        out: list[int] = []
        for m in named_rx().finditer(dehyphenate(collapse(sentence))):
            phrase = m.group("t")
            found: list[int] = []
            if m.group(0).lower().startswith("rekommendationerna"):
                found = [k for k, sc in enumerate(self.scores(phrase)) if sc >= MIN_SCORE]
                found = found if len(found) >= 2 else []
            if not found:
                sc = self.scores(phrase)
                order = sorted(range(len(sc)), key=lambda k: -sc[k])
                if sc and sc[order[0]] >= MIN_SCORE:
                    close = [k for k in order if sc[k] > sc[order[0]] - MARGIN]
                    k = close[0] if len(close) == 1 else self._whole_words(phrase, close)
                    k = self._embedded(phrase, close) if k is None else k
                    found = [k] if k is not None else []
            out += [k for k in found if k not in out]
        return out

    def _whole_words(self, phrase: str, candidates: list[int]) -> int | None:
        """Of recommendations whose five-letter stems a phrase holds alike ("uppföljningen" and "uppförandet"
        share one), the one holding clearly most of its stemmed words, else None."""
        own = content_stems(phrase)
        counts = sorted(((len(own & content_stems(self.recs[k].text)), k) for k in candidates), reverse=True)
        return counts[0][1] if counts[0][0] > counts[1][0] else None

    def _embedded(self, sentence: str, candidates: list[int]) -> int | None:
        if self.embedder is None:
            return None
        if self._rec_vecs is None:
            self._rec_vecs = np.asarray(self.embedder.embed_passages([r.text for r in self.recs]), dtype=np.float32)
        vec = np.asarray(self.embedder.embed_passages([sentence]), dtype=np.float32)[0]
        sims = sorted(((float(self._rec_vecs[k] @ vec), k) for k in candidates), reverse=True)
        if len(sims) > 1 and sims[0][0] - sims[1][0] < EMBED_MARGIN:
            return None
        return sims[0][1]


@dataclass
class Sentence:
    page: int
    raw: str  # as printed on its page (an exact span, line breaks kept)
    heading: bool = False  # a heading line: sets the topic, is never evidence

    @property
    def flat(self) -> str:
        return dehyphenate(collapse(self.raw))


def assign(sentences: list[Sentence], topics: Topics) -> dict[int, list[Sentence]]:
    """Recommendation index -> the sentences that speak of it, in order. Headings and restatements set the topic
    and are not kept; a sentence naming no recommendation continues the current topic; a heading that names none
    ends it."""
    from .prose import auditors_act, restating

    out: dict[int, list[Sentence]] = {}
    current: list[int] = []
    for s in sentences:
        flat = s.flat
        together = topics.group(flat)
        own = together or ([k] if (k := topics.of(flat)) is not None else [])
        if s.heading:
            current = own
            continue
        if restating(flat) or auditors_say(flat) or audit_act(flat):
            current = own or current
            continue
        if own:
            current = own
        elif lead_in(flat):
            current = []  # it opens a topic of its own that is none of the recommendations
        if not current or auditors_act(flat):
            continue
        for k in current:  # several when the sentence (or the one it continues) answers them together
            out.setdefault(k, []).append(s)
    return out


def judge(sentences: list[Sentence]) -> tuple[Judgement, Sentence] | None:
    """The status the sentences about one recommendation give, and the sentence that says it (None: no status)."""
    from .classify import judge_prose

    j = judge_prose(" ".join(s.flat for s in sentences))
    if not j.sentence or (j.status == "oklart" and not j.reason.startswith("Uppföljningen säger")):
        return None
    said = collapse(j.sentence)
    cited = next((s for s in sentences if said in collapse(s.flat) or collapse(s.flat) in said), None)
    if cited is None:
        return None
    return j, cited


def _auditor_head() -> re.Pattern[str]:
    """The auditors named among a sentence's first words ("Revisorerna efterfrågar …", "Revisionskontoret pekar på
    …"): their request or finding restated, not the committee's measure - unless it is their verdict."""
    from .lexicon import load_lexicon

    who = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(load_lexicon().recommenders, key=len, reverse=True)
                   if w != "vi")
    return re.compile(r"^(?:[\wåäö]+\s+){0,2}(?:%s)\b" % who, re.I)


_AUDITOR_HEAD: list[re.Pattern[str]] = []


def auditors_say(sentence: str) -> bool:
    from .prose import verdict

    if not _AUDITOR_HEAD:
        _AUDITOR_HEAD.append(_auditor_head())
    return bool(_AUDITOR_HEAD[0].search(norm(sentence))) and not verdict(sentence)


def sentences_of(lines: list[tuple[int, str]]) -> list[Sentence]:
    """The sentences of consecutive printed lines (page, line), each an exact span of its page; a short line after a
    finished sentence is a heading. A paragraph is cut at a page change (a sentence is cited on one page)."""
    from .segment import is_short_heading
    from .text import sentence_spans

    out: list[Sentence] = []
    block: list[str] = []
    page = None

    def flush() -> None:
        if block:
            text = "\n".join(block)
            out.extend(Sentence(page=page, raw=text[a:b]) for a, b in sentence_spans(text))
            block.clear()

    for pg, line in lines:
        s = line.strip()
        if not s:
            flush()
            continue
        if pg != page:
            flush()
            page = pg
        if not block and is_short_heading(s) and not s.endswith(":"):
            out.append(Sentence(page=pg, raw=s, heading=True))
            continue
        block.append(line)
        if s.endswith((".", "!", "?", ":")):
            flush()
    flush()
    return out
