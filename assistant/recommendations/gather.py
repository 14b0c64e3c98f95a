"""Structural reading of an audit's recommendations: a Rekommendationer section, lead-ins ("Följande
rekommendationer lämnas:", "… rekommenderar Sirona följande:"), bullets and paragraphs under them, and
recommending sentences anywhere ("X rekommenderas att …", "Revisionskontoret rekommenderar X att …").
"bör" sentences count only inside a recommending context. Lead-ins in the past tense ("Granskningen resulterade
i följande rekommendationer") restate an earlier audit: their items are returned as restated."""

from __future__ import annotations

import re

from ingest.models import Page

from .lexicon import Lexicon, dehyphenate, load_lexicon
from .models import GatheredItem
from .text import collapse, is_heading, strip_bullet

FOOTER_RE = re.compile(r"\b\d{1,3}\s*\(\s*\d{1,3}\s*\)\s*(?:\S+@\S+\s+\S+)?\s*$")


def _rec_sentence_re(lex: Lexicon) -> re.Pattern[str]:
    who = "|".join(re.escape(r) for r in sorted(lex.recommenders, key=len, reverse=True))
    return re.compile(
        r"^(?:(?:(?:" + who + r")\s+(?:re-?\s?kommenderar|föreslår)\b)"
        r"|(?:[^.!?]{2,120}?\bre-?\s?kommenderar\s+(?:" + who + r")\s+(?:[\wåäö-]+\s+){0,8}?att\b)"
        r"|(?:[^.!?]{2,220}?\s+re-?\s?kommenderas\s+(?:[\wåäö-]+\s+){0,8}?att\b)"
        r"|(?:(?:därför|vidare|slutligen|dessutom|också|även)?\s*re-?\s?kommenderas\s+[^.!?]{2,200}?\s+att\b))",
        re.I)


def is_rec_sentence(s: str, lex: Lexicon | None = None) -> bool:
    lex = lex or load_lexicon()
    return bool(_rec_sentence_re(lex).match(dehyphenate(s.strip())))


def _modal_sentence(s: str, lex: Lexicon) -> bool:
    """"Regionstyrelsen bör verka för …": a modal verb after a short subject."""
    m = lex.rx("modal_re").search(s)
    return bool(m) and m.start() <= 120


# A bullet inside a line (lists that OCR or extraction ran together: "… innebär. • Förskolenämnden …"); OCR reads
# a round bullet as "e" or "o".
INLINE_BULLET_RE = re.compile(r"(?<=[.!?:])\s+(?=(?:[•▪●◦]|e|o)\s+[A-ZÅÄÖ])")
OCR_BULLET_RE = re.compile(r"^\s*[eo]\s+(?=[A-ZÅÄÖ])")


def _lines(pages: list[Page]) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for p in pages:
        for ln in (part for raw in p.text.split("\n") for part in INLINE_BULLET_RE.split(raw)):
            ln = OCR_BULLET_RE.sub("• ", ln) if getattr(p, "ocr", False) or OCR_BULLET_RE.match(ln) and \
                re.search(r"re-?\s?kommender|\bbör\b", ln) else ln
            s = ln.strip()
            if not s:
                continue
            if FOOTER_RE.search(s) and not is_rec_sentence(s):
                # a running footer ("Stadsrevisionen, Rapportsammandrag 3 (4)"); keep a footnote's text before it
                continue
            out.append((p.number, ln))
    return out


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ•])", text.strip())
    return [p for p in parts if p.strip()]


def _is_lead_in(line: str, nxt: str, lex: Lexicon) -> bool:
    t = dehyphenate(collapse(line))
    if lex.rx("lead_in_re").search(t) and (t.endswith(":") or not t.endswith(".")):
        return True
    if not t.endswith((".", ":")) and nxt and len(nxt.strip()) <= 40 and not is_heading(line):
        # a lead-in broken over two lines ("… rekommenderar" / "Sirona följande:")
        joined = dehyphenate(collapse(t + " " + nxt))
        return bool(lex.rx("lead_in_re").search(joined)) and joined.endswith(":")
    return bool(re.search(r"re-?\s?kommend\w*[^.]*:$", t, re.I))


def _is_section_heading(line: str, lex: Lexicon) -> bool:
    t = re.sub(r"^\s*\d{1,2}(?:\.\d{1,2})*\s*\.?\s*", "", collapse(line)).rstrip(": ").lower()
    return t in lex.section_headings


def gather(pages: list[Page], lex: Lexicon | None = None) -> list[GatheredItem]:
    """Every recommendation-shaped item of the document, in reading order (duplicates not yet merged)."""
    lex = lex or load_lexicon()
    rec_re = _rec_sentence_re(lex)
    lines = _lines(pages)
    items: list[GatheredItem] = []
    context: str | None = None  # "section" | "lead"
    restated = False
    skip_next = False
    section_start = -1
    for i, (page, line) in enumerate(lines):
        if skip_next:
            skip_next = False
            continue
        nxt = lines[i + 1][1] if i + 1 < len(lines) else ""
        bullet, body = strip_bullet(line)
        body_n = dehyphenate(collapse(body))
        if _is_section_heading(line, lex):
            context, restated, section_start = "section", False, len(items)
            continue
        if not bullet and _is_lead_in(line, nxt, lex) and not rec_re.match(body_n):
            context = "section" if context == "section" and len(items) == section_start else "lead"
            head = dehyphenate(collapse(line))
            restated = bool(lex.rx("restating_re").search(head)) and not lex.rx("remaining_re").search(head)
            if not collapse(line).endswith(":") and collapse(nxt).endswith(":"):
                skip_next = True
            continue
        if is_heading(line) and not rec_re.match(body_n):
            context = None  # a numbered heading ("2. Bakgrund") ends the list; it is not an item
            continue
        last = items[-1] if items else None
        if last is not None and not last.complete() and (last.kind != "sentence" or not bullet) \
                and (not rec_re.match(body_n) or (body_n[:1].islower() and not bullet)) \
                and last.parts[-1][0] in (page, page - 1):
            last.parts.append((page, line.strip()))  # the item continues on this line (or the next page)
            continue
        if context:
            if bullet or rec_re.match(body_n) or _modal_sentence(body_n, lex):
                items.append(GatheredItem(parts=[(page, body.strip())], kind=context, restated=restated))
                continue
            if context == "section" and not items:
                continue  # the section's intro text
            if not (items and items[-1].kind == context and (
                    len(body_n) < 60 or body_n[:1].islower())):
                context = None
        # outside a context: recommending sentences only
        sents = _sentences(body)
        cur: GatheredItem | None = None
        for k, s in enumerate(sents):
            if rec_re.match(dehyphenate(collapse(s))):
                cur = GatheredItem(parts=[(page, s.strip())], kind="sentence")
                items.append(cur)
            elif cur is not None and k > 0 and cur is items[-1] and _continues(sents[0], rec_re):
                cur.parts.append((page, s.strip()))
    return items


def _continues(first: str, rec_re: re.Pattern[str]) -> bool:
    """Sentences after a recommendation belong to it only when the paragraph opens with it."""
    return bool(rec_re.match(dehyphenate(collapse(first))))
