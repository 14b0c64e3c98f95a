"""List answers: the items under a lead-in sentence or heading ("… följande:", "Livsmedel:"), continued across
a page break, each item cited (with its sub-items).

``list_answer(ex, q, lang, scored, builder)`` for list questions, ``lead_in_answer(ex, q, lang, scored, builder)``
for a heading that names the asked subject far better than any sentence, ``render_list`` and ``items_after``
for callers that already know the lead. ``ex`` is the Extractor (its ``units`` and ``coverage``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.units import Unit
from assistant.citations import CitationBuilder


@dataclass
class ListAnswer:
    text: str
    score: float
    lead: Unit


def list_answer(ex, q, lang: str, scored, builder: CitationBuilder,
                allow_abstain: bool = True) -> ListAnswer | None:
    best = None
    cands = []
    top_s, top_cov, top_u, _ = scored[0]
    if top_u.kind == "item":  # the question names one item: its sub-items are the list
        subs = subs_after(ex, top_u)
        if len(subs) >= 2 and ex.coverage(q, top_u.stems) >= 0.3:
            return render_list(ex, lang, builder, top_u, subs, top_s)
    for s, cov, u, ctx in scored[:25]:
        items = items_after(ex, u)
        if len(items) < 2:
            continue
        heads = {st for v in ex.units(u.doc_id, u.page)[:3] for st in v.stems}
        union = set(ctx) | heads | {st for it in items for st in it.stems}
        ucov = ex.coverage(q, union)
        item_cov = sum(ex.coverage(q, it.stems) for it in items) / len(items)
        val = s + 0.3 * item_cov + 0.3 * ucov + (0.1 if u.kind != "item" else -0.2)
        if u.text.rstrip().endswith(":"):
            val += 0.15
        cands.append((val, u, items, ucov))
        if best is None or val > best[0]:
            best = (val, u, items, ucov)
    if best is not None:  # prefer a fuller list that contains the best one (e.g. from its first page)
        ids = {(it.page, it.order) for it in best[2]}
        for c in cands:
            cids = {(it.page, it.order) for it in c[2]}
            if cids > ids and c[0] >= best[0] - 0.35 and len(cids) > len({(it.page, it.order) for it in best[2]}):
                best = c
    if best is None or best[0] < scored[0][0] * 0.75 or (allow_abstain and best[3] < 0.35):
        return None
    if allow_abstain and q.years and not any(q.years & v.years for v in ex.units(best[1].doc_id, best[1].page)):
        return None
    if best[3] < top_cov - 0.15:  # a single passage answers better than any list
        return None
    _, lead, items, _ = best
    return render_list(ex, lang, builder, lead, items, best[0])


def lead_in_answer(ex, q, lang: str, scored, builder: CitationBuilder, asks_what: bool = False) -> ListAnswer | None:
    """A heading or lead-in ("Livsmedel:") that names the asked subject far better than any sentence
    answers with the items under it, even when the question is not phrased as a list question. ``asks_what``: the
    question asks which or what thing ("Vilket underhåll …"); then a lead that announces its items (it ends with a
    colon) answers when it names the subject as well as any sentence does, and not when it names another year."""
    best_sent = max((ex.coverage(q, u.stems) for _, _, u, _ in scored if u.kind == "sentence"), default=0.0)
    leads = [(ex.coverage(q, u.stems), s, u) for s, _, u, _ in scored
             if u.kind == "heading" or (u.kind == "sentence" and u.text.rstrip().endswith(":"))]
    items_of: dict[int, list[Unit]] = {}  # each lead's items, read once

    def items(u: Unit) -> list[Unit]:
        if id(u) not in items_of:
            items_of[id(u)] = items_after(ex, u)
        return items_of[id(u)]

    # with an asked year, a lead's year is its own or its items' ("Kommande större underhåll:" over "2026 planerar
    # …"): a lead of another year does not answer, one of the asked year comes before the undated
    dated = {id(u): set(u.years).union(*(it.years for it in items(u))) for _, _, u in leads} \
        if asks_what and q.years else {}
    leads = [x for x in leads if not dated.get(id(x[2])) or dated[id(x[2])] & q.years]
    for cov, s, u in sorted(leads, key=lambda x: (not dated.get(id(x[2])), -x[0], len(x[2].text), -x[1])):
        margin = 0.0 if asks_what and u.text.rstrip().endswith(":") else 0.15
        if cov < 0.5 or cov < best_sent + margin:
            continue
        if len(items(u)) >= 2:
            return render_list(ex, lang, builder, u, items(u), s)
        if dated.get(id(u)):
            return None  # the asked year's lead has one item: that passage answers as a sentence, no other list
    return None


def render_list(ex, lang: str, builder: CitationBuilder, lead: Unit, items: list[Unit],
                score: float) -> ListAnswer:
    lines = []
    for it in items:
        subs = [s for s in subs_after(ex, it)]
        quote_units = [it, *subs]
        n = builder.add(it.doc_id, it.page, " ".join(x.text for x in quote_units) if _adjacent(quote_units) else it.text)
        if n is None:
            n = builder.add(it.doc_id, it.page, it.clean)
        label = it.clean
        if subs:
            label += " (" + "; ".join(s.clean for s in subs) + ")"
        lines.append(f"- {label}" + (f" [{n}]" if n else ""))
    head = (f"{len(items)} punkter" if lang == "sv" else f"{len(items)} items") + \
        (f" ({lead.clean})" if lead.kind != "item" else "") + ":"
    if lang == "en":
        head = f"According to {builder.title(lead.doc_id)} (quoted in Swedish), " + head
    return ListAnswer(head + "\n" + "\n".join(lines), score, lead)


def items_after(ex, lead: Unit) -> list[Unit]:
    """Top-level list items that follow ``lead`` (continuing across a page break)."""
    units = ex.units(lead.doc_id, lead.page)
    idx = next((i for i, u in enumerate(units) if u.order == lead.order), None)
    if idx is None:
        return []
    if lead.kind == "item" and lead.marker != "n":
        start = idx
        while start > 0 and units[start - 1].kind in ("item", "sub"):
            start -= 1
        idx = start - 1
    out: list[Unit] = []
    marker = None
    page, i = lead.page, idx + 1
    skipped = 0
    while True:
        while i < len(units):
            u = units[i]
            if not out and u.kind == "heading" and skipped == 0 and lead.kind != "sentence":
                skipped += 1  # one sub-heading between the lead and its list ("Mål")
                i += 1
                continue
            if u.kind == "item" and u.marker != "n" and (marker is None or u.marker == marker):
                marker = u.marker
                out.append(u)
            elif u.kind == "sub" or (u.kind == "item" and marker is not None):
                pass
            else:
                return out
            i += 1
        nxt = ex.units(lead.doc_id, page + 1)
        if not out or not nxt:
            return out
        heads = [_norm(v.text) for v in units[:3]]
        j = 0
        while j < len(nxt) and nxt[j].kind in ("heading", "item", "sentence") and (
                _repeats(_norm(nxt[j].text), heads) or re.match(r"(?i)forts", nxt[j].text.strip())):
            j += 1
        if j >= len(nxt) or nxt[j].kind != "item" or nxt[j].marker != marker:
            return out
        units, page, i = nxt, page + 1, j


def subs_after(ex, item: Unit) -> list[Unit]:
    units = ex.units(item.doc_id, item.page)
    out = []
    for u in units:
        if u.order <= item.order:
            continue
        if u.kind != "sub":
            break
        out.append(u)
    return out


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _repeats(line: str, heads: list[str]) -> bool:
    """A running heading repeated from the previous page (equal, or one a prefix of the other)."""
    return bool(line) and any(h and (h.startswith(line) or line.startswith(h)) for h in heads)


def _adjacent(units: list[Unit]) -> bool:
    return len({u.page for u in units}) == 1


HEADING_Q = re.compile(r"\b(?:under|i|in|below)\s+(?:rubriken|avsnittet|kapitlet|the heading|the section|heading|section)"
                       r"\s+[\"”“'«]?(?P<h>[^\"”“'»?,]+?)[\"”“'»]?\s*(?:[?,.]|$)", re.I)


def named_heading(question: str) -> str | None:
    """"Vad står under rubriken Intern kontroll?" -> "Intern kontroll"."""
    m = HEADING_Q.search(question)
    return m.group("h").strip() if m else None


def heading_answer(ex, heading: str, lang: str, units: list[Unit], builder: CitationBuilder) -> ListAnswer | None:
    """The question names a heading: the items under it (or, without items, the sentences of its section)."""
    from ingest.text import best_match, content_words, stem

    want = {stem(w) for w in content_words(heading)}
    if not want:
        return None
    def fits(u: Unit) -> bool:
        return all(best_match(w, u.stems) >= 0.8 for w in want) and len(u.stems) <= len(want) + 1
    found = sorted((u for u in units if u.kind in ("heading", "item") and fits(u)),
                   key=lambda u: (u.kind != "heading", len(u.text)))
    for head in found:
        items = items_after(ex, head)
        if not items:  # a section of prose: its sentences up to the next heading
            following = [v for v in ex.units(head.doc_id, head.page) if v.order > head.order]
            items = []
            for v in following:
                if v.kind == "heading" or len(items) >= 4:
                    break
                items.append(v)
        if items:
            return render_list(ex, lang, builder, head, items, 1.0)
    return None


def echo_answer(ex, q, lang: str, scored, builder: CitationBuilder, is_question) -> ListAnswer | None:
    """A list question the document restates as its own lead ("Vilka utökade åtgärder kan genomföras …") and
    answers in prose: the sentences that follow it, up to the next heading (at most 10)."""
    for s, cov_ctx, u, _ in scored[:10]:
        if not is_question(u) or u.kind == "heading" or cov_ctx < 0.6 or s < scored[0][0] - 0.5:
            continue
        if len(items_after(ex, u)) >= 2:
            return None  # a bulleted list follows: list_answer renders it
        following = []
        for v in ex.units(u.doc_id, u.page):
            if v.order <= u.order:
                continue
            if v.kind == "heading" or is_question(v) or len(following) >= 10:
                break
            following.append(v)
        if len(following) >= 2:
            return render_list(ex, lang, builder, u, following, s)
    return None
