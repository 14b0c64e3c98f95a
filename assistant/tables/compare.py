"""Do two documents agree? The same figure looked up in each named document's tables, cited, compared.

Entry point: ``compare_sources(index, question, lang, builder) -> TableResult | None``. Used by TableQA when a
question asks whether two sources agree ("Stämmer X:s prognos i granskningen med
förvaltningens egen rapport?") and names two documents (by document type or title words). Per document:
the best-matching table (tables.match.score_table restricted to that document), the row of the entity
the question names — or the total row when the document is the entity's own report (its title or label
header names the entity) — and the columns of the asked role/month. Units are converted (tkr, mnkr, kr,
mdkr) to the first document's unit; the figures agree when they are equal at the first figure's precision.
"""

from __future__ import annotations

import re

from ingest.text import best_match, content_words, stem
from assistant.citations import CitationBuilder
from assistant.models import AnswerTable, TableSource
from assistant.tables.match import analyse, column_month, column_roles, is_total, label_match, score_table, title_years
from ingest.models import Table

AGREE_RE = re.compile(r"\b(stämmer|stämde|överensstämmer|samma (siffra|uppgift|belopp|prognos)|skiljer sig|avviker .* från|"
                      r"agree|agrees|match|matches|consistent|same figure|differ)\b", re.I)
# document type (as stored in DocumentMeta.document_type) -> how questions name it
DOC_TYPES = {
    "granskningsrapport": re.compile(r"revisionsrapport|granskningsrapport|granskningen|revisorerna|revisionens|"
                                     r"audit report|the audit|auditors", re.I),
    "verksamhetsberattelse": re.compile(r"verksamhetsberättelse|activity report|operational report", re.I),
    "delarsrapport": re.compile(r"delårsrapport|interim report", re.I),
    "arsredovisning": re.compile(r"årsredovisning|annual report", re.I),
}
ORG_HEADS = ("nämnd", "förvaltning", "styrels", "styrelse", "bolag", "kommun", "region")
UNIT_TO_KR = {"kr": 1.0, "tkr": 1e3, "mnkr": 1e6, "mdkr": 1e9}


def _norm_type(t: str | None) -> str:
    return (t or "").lower().replace("å", "a").replace("ä", "a").replace("ö", "o")


def named_documents(index, question: str) -> list[str]:
    """Documents the question names, in the order it names them."""
    found: list[tuple[int, str]] = []
    for info in index.documents():
        meta = info.meta
        rx = DOC_TYPES.get(_norm_type(meta.document_type))
        m = rx.search(question) if rx else None
        if m:
            found.append((m.start(), meta.doc_id))
    return [d for _, d in sorted(found)]


def _entity_stems(question: str) -> set[str]:
    return {stem(w) for w in content_words(question) if len(w) >= 6 and not w.isdigit()}


def _own_report(index, t: Table, q_entities: set[str]) -> bool:
    """The document (or the table's label column) is the entity's own: its title names a question entity."""
    meta = index.document(t.doc_id).meta
    hay = " ".join([meta.title, meta.organisation or ""])
    stems = {stem(w) for w in content_words(hay) if len(w) >= 6}
    named = [s for s in q_entities if s.endswith(ORG_HEADS) and s not in ORG_HEADS]  # "utvecklingsnämnd", not "nämnd"
    return any(best_match(s, stems) >= 0.8 for s in named)


def _pick(index, doc_id: str, question: str, lang: str, years: set[int]):
    q = analyse(question, lang)
    tables = [t for t in index.tables(doc_id) if t.rows and len(t.columns) >= 2 and t.unit in UNIT_TO_KR]
    if not tables:
        return None
    def key(t: Table) -> float:
        s = score_table(t, q).score
        return s + (1.0 if years and title_years(t) & years else 0.0)
    own = None
    best = None
    for t in sorted(tables, key=key, reverse=True):
        own = _own_report(index, t, _entity_stems(question))
        rows = [i for i, r in enumerate(t.rows) if is_total(r.label)] if own else []
        if not rows:
            scored = sorted(((label_match(r.label, q), i) for i, r in enumerate(t.rows) if not is_total(r.label)), reverse=True)
            rows = [i for s, i in scored if s >= 0.75][:1]
        cols = [j for j, h in enumerate(t.columns[1:])
                if ({"forecast", "deviation"} & column_roles(h) if "forecast" in q.roles else column_roles(h) & q.roles)
                and (not q.months or column_month(h) in q.months or column_month(h) is None)]
        cols = [j for j in cols if rows and t.rows[rows[0]].cells[j].value is not None]
        if rows and cols:
            best = (t, rows[0], cols)
            break
    return best


def _conv(value: float, unit: str, to: str) -> float:
    return value * UNIT_TO_KR[unit] / UNIT_TO_KR[to]


def _decimals(raw: str) -> int:
    m = re.search(r"[,.](\d+)\s*$", raw.strip())
    return len(m.group(1)) if m else 0


def compare_sources(index, question: str, lang: str, builder: CitationBuilder, fmt, result_cls):
    if not AGREE_RE.search(question):
        return None
    docs = named_documents(index, question)
    if len(docs) < 2:
        return None
    years = {index.document(d).meta.year for d in docs} - {None}
    picks = [_pick(index, d, question, lang, years) for d in docs[:2]]
    if any(p is None for p in picks):
        return None
    (ta, ia, ca), (tb, ib, cb) = picks
    a_col = ca[0]
    a_val = ta.rows[ia].cells[a_col].value
    a_raw = ta.rows[ia].cells[a_col].raw
    # in the second document: the asked column whose figure corresponds best (after unit conversion)
    b_col = min(cb, key=lambda j: abs(_conv(tb.rows[ib].cells[j].value, tb.unit, ta.unit) - a_val))
    b_val = tb.rows[ib].cells[b_col].value
    b_conv = _conv(b_val, tb.unit, ta.unit)
    dec = _decimals(a_raw)
    agree = round(b_conv, dec) == round(a_val, dec)
    lines = []
    tables = []
    for t, i, j, val in ((ta, ia, a_col, a_val), (tb, ib, b_col, b_val)):
        row = t.rows[i]
        raws = " ".join(c.raw for c in row.cells if c.raw and c.raw.strip())
        n = builder.add(t.doc_id, list(range(t.page, (t.page_end or t.page) + 1)), f"{row.label} {raws}")
        title = builder.title(t.doc_id)
        conv = "" if t is ta else (f" (≈ {fmt(round(b_conv, max(dec, 1)), lang)} {ta.unit})" if tb.unit != ta.unit else "")
        ttl = " ".join(t.title.split())
        lines.append(f"- {title} – {ttl}: {row.label}, {t.columns[j + 1]}: "
                     f"{fmt(val, lang)} {t.unit}{conv}" + (f" [{n}]" if n else "") + ".")
        tables.append(AnswerTable(title=t.title, columns=[t.columns[0], t.columns[j + 1]], rows=[[row.label, val]],
                                  source=TableSource(doc_id=t.doc_id, page=t.page), unit=t.unit))
    a_s, b_s = fmt(round(a_val, dec), lang), fmt(round(b_conv, dec), lang)
    if lang == "sv":
        verdict = (f"Ja, uppgifterna stämmer överens ({a_s} mot {b_s} {ta.unit} avrundat)." if agree else
                   f"Nej, uppgifterna skiljer sig åt ({a_s} mot {b_s} {ta.unit}, skillnad "
                   f"{fmt(round(b_conv - a_val, max(dec, 1)), lang)} {ta.unit}).")
        head = "Jämförelse mellan dokumenten:"
    else:
        verdict = (f"Yes, the figures agree ({a_s} vs {b_s} {ta.unit} when rounded)." if agree else
                   f"No, the figures differ ({a_s} vs {b_s} {ta.unit}, difference "
                   f"{fmt(round(b_conv - a_val, max(dec, 1)), lang)} {ta.unit}).")
        head = "Comparison of the documents:"
    return result_cls(verdict + "\n" + head + "\n" + "\n".join(lines), tables, 10.0,
                      notes=["compared across documents: " + ", ".join(docs[:2])],
                      pages={(ta.doc_id, ta.page), (tb.doc_id, tb.page)})
