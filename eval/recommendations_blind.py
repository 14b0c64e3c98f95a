"""The tracker against the blind gold (eval/blind/recommendations_{dev,test}.json) over the real audits.

`evaluate_blind(gold_path, docs, embedder)` -> BlindRecReport: extraction precision/recall, addressee accuracy,
duplicate merges, identity fields, link precision, status accuracy, evidence verified on its page, formal criticism.
Documents are typed `FollowupDoc`s (parse_pdf output); an audit whose PDF cannot be read is reported, not guessed."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from assistant.recommendations.lexicon import dehyphenate

REPO = Path(__file__).resolve().parents[1]
BLIND = REPO / "eval" / "blind"


def real_dir() -> Path | None:
    for base in (REPO.parent, REPO.parent.parent):
        p = base / "shared" / "real"
        if p.is_dir():
            return p
    return None


class BlindRecReport(BaseModel):
    half: str
    audits: int = 0
    unreadable: list[str] = Field(default_factory=list)  # audits whose PDF could not be read or is missing
    gold: int = 0  # gold recommendations of readable audits
    gold_unreadable: int = 0
    extracted: int = 0
    matched: int = 0
    extraction_precision: float | None = None
    extraction_recall: float | None = None  # over readable audits
    extraction_recall_all: float | None = None  # counting unreadable audits' recommendations as missed
    from_audits_without: int = 0  # recommendations extracted from audits gold says have none
    addressee_accuracy: float | None = None
    duplicates_gold: int = 0  # gold recommendations printed on several pages
    duplicates_merged: int = 0  # ... found as one item carrying all those pages
    duplicates_split: int = 0  # gold recommendations found as two or more items
    identity: dict[str, float] = Field(default_factory=dict)
    links: int = 0
    link_precision: float | None = None  # the link's page within two of a gold follow-up page of its audit
    # stricter: of a gold follow-up page of that very recommendation (a passage about another recommendation of the
    # same audit on the same page counts as wrong)
    link_precision_rec: float | None = None
    statuses: int = 0
    statuses_readable: int = 0
    status_accuracy: float | None = None  # over follow-ups of readable audits
    # the same follow-ups, each against what that follow-up document itself says (TrackedRecommendation.history):
    # a recommendation followed up twice (a response's "kommer att", a later summary's "omhändertagen") has two
    # gold statuses, and the recommendation's one status (the latest) can match only one of them
    status_accuracy_per_document: float | None = None
    evidence: int = 0
    evidence_verified: float | None = None
    criticism_gold: int = 0
    criticism_found: int = 0
    criticism_precision: float | None = None
    criticism_recall: float | None = None
    notes: list[str] = Field(default_factory=list)


def _toks(s: str) -> set[str]:
    return set(re.findall(r"[a-zåäöéü0-9]+", dehyphenate(s or "").lower()))


def _sim(a: str, b: str) -> float:
    ta, tb = _toks(a), _toks(b)
    return len(ta & tb) / len(ta | tb) if ta and tb else 0.0


def _collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def _same_title(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return not a and not b
    ta, tb = _toks(a) - {"granskning", "av", "rapportsammandrag"}, _toks(b) - {"granskning", "av", "rapportsammandrag"}
    return bool(ta and tb) and len(ta & tb) / min(len(ta), len(tb)) >= 0.8


def _ratio(n: int, d: int) -> float | None:
    return round(n / d, 4) if d else None


def _named_committees(t: Any, committee: str | None) -> list | None:
    """The tracker's own entries (by_committee) of the committees a gold follow-up names (several separated by
    ";"), or None when the tracker did not judge the recommendation's committees separately."""
    from assistant.recommendations.committees import same_committee

    names = [c.strip() for c in (committee or "").split(";") if c.strip()]
    own = [next((c for c in t.by_committee if same_committee(c.committee, n)), None) for n in names]
    return own if names and t.by_committee and all(own) else None


def document_status(t: Any, committee: str | None, doc_id: str) -> str:
    """The tracker's status of a recommendation as one follow-up document gives it (the named committees' own,
    combined, when the tracker judged them separately); "oklart" when that document gives it no evidence."""
    from assistant.recommendations.committees import combine

    def of(hist) -> str:
        return next((h.status for h in hist if h.doc_id == doc_id), "oklart")

    own = _named_committees(t, committee)
    return of(t.history) if own is None else combine([of(c.history) for c in own])


def _document_reason(t: Any, committee: str | None, doc_id: str) -> str | None:
    """The tracker's reason and cited sentence for a recommendation from one follow-up document (details only)."""
    own = _named_committees(t, committee)
    hists = [t.history] if own is None else [c.history for c in own]
    for hist in hists:
        for h in hist:
            if h.doc_id == doc_id:
                return f"{h.reason} | {h.cited.quote[:160] if h.cited else '-'}"
    return None


def committee_status(t: Any, committee: str | None) -> str:
    """The tracker's status to compare with a gold follow-up: the named committee's own (several, separated by
    ";", combined) when the tracker judged the recommendation's committees separately, else the whole
    recommendation's."""
    from assistant.recommendations.committees import combine

    own = _named_committees(t, committee)
    return t.status if own is None else combine([c.status for c in own])


def _organ_key(name: str) -> str:
    """An addressee as compared: lower case, and a company's board as the company ("Styrelsen för X AB" and "X AB"
    name the same organ)."""
    from assistant.recommendations.lexicon import load_lexicon

    m = load_lexicon().rx("board_of_re").match(name.strip())
    return (m.group("company") if m else name).strip().lower()


def evaluate_blind(gold_path: str | Path, docs: list[Any], embedder: Any, half: str = "",
                   details: list[dict] | None = None) -> BlindRecReport:
    """``details``: when a list is given (development data only; never for the test half), one row per gold
    follow-up is appended: its recommendation, committee, document, gold status and the tracker's."""
    from assistant.recommendations.criticism import criticisms
    from assistant.recommendations.tracker import run

    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    rep = BlindRecReport(half=half or Path(gold_path).stem)
    by_id = {d.meta.doc_id: d for d in docs}
    audits, _, tracked = run(docs, embedder)
    ex_by_doc = {a.report_doc_id: a for a in audits}
    tr_by_id = {t.id: t for t in tracked}
    gold_to_ours: dict[str, str] = {}
    addr_ok = addr_n = 0
    ident_hits: dict[str, int] = {k: 0 for k in ("title", "organisation", "auditor", "date", "diary_number")}
    readable_audits = 0
    for ga in gold.get("audits", []):
        rep.audits += 1
        if ga["doc"] not in by_id:
            rep.unreadable.append(ga["doc"])
            rep.gold_unreadable += len(ga["recommendations"])
            continue
        readable_audits += 1
        ours = ex_by_doc.get(ga["doc"])
        recs = ours.recommendations if ours else []
        rep.gold += len(ga["recommendations"])
        rep.extracted += len(recs)
        if ours and ours.identity:
            idt = ours.identity
            ident_hits["title"] += _same_title(idt.title, ga.get("title"))
            ident_hits["organisation"] += bool(idt.organisation and ga.get("organisation")
                                               and _toks(idt.organisation) <= _toks(ga["organisation"]))
            ident_hits["auditor"] += bool(idt.auditor and ga.get("auditor") and idt.auditor.lower() in ga["auditor"].lower())
            ident_hits["date"] += (idt.date or None) == (ga.get("date") or None)
            ident_hits["diary_number"] += _collapse(idt.diary_number or "") == _collapse(ga.get("diary_number") or "")
        used: set[str] = set()
        for g in ga["recommendations"]:
            gtext = g.get("text") or g.get("quote", "")
            # (any printing of ours: a recommendation merged from a missiv and a table is matched by either)
            cands = sorted(((max(_sim(x, y) for x in [r.text, *(q for _, q in r.places)] for y in (gtext, g.get("quote", ""))), r)
                            for r in recs), key=lambda x: -x[0])
            hits = [r for s, r in cands if s >= 0.6]
            if len(g.get("pages", [])) > 1:
                rep.duplicates_gold += 1
            if not hits:
                continue
            if len(hits) > 1 and len(g.get("pages", [])) > 1:
                rep.duplicates_split += 1
            best = next((r for r in hits if r.id not in used), None)
            if best is None:
                continue
            used.add(best.id)
            gold_to_ours[g["id"]] = best.id
            rep.matched += 1
            if len(g.get("pages", [])) > 1 and set(g["pages"]) <= set(best.pages):
                rep.duplicates_merged += 1
            addr_n += 1
            addr_ok += {_organ_key(a) for a in best.addressees} == {_organ_key(a) for a in g.get("addressees", [])}
    for doc in gold.get("no_recommendations", []):
        a = ex_by_doc.get(doc if isinstance(doc, str) else doc.get("doc"))
        rep.from_audits_without += len(a.recommendations) if a else 0
    rep.extraction_precision = _ratio(rep.matched, rep.extracted)
    rep.extraction_recall = _ratio(rep.matched, rep.gold)
    rep.extraction_recall_all = _ratio(rep.matched, rep.gold + rep.gold_unreadable)
    rep.addressee_accuracy = _ratio(addr_ok, addr_n)
    rep.identity = {k: round(v / readable_audits, 3) for k, v in ident_hits.items()} if readable_audits else {}
    # follow-up: links, statuses, evidence
    half_docs = {ga["doc"] for ga in gold.get("audits", [])}
    fu_pages: dict[tuple[str, str], set[int]] = {}
    rec_doc = {g["id"]: ga["doc"] for ga in gold.get("audits", []) for g in ga["recommendations"]}
    rec_pages: dict[tuple[str, str], set[int]] = {}  # (our recommendation, follow-up document) -> gold pages
    for f in gold.get("followups", []):  # (a follow-up that does not speak of a recommendation has no page: oklart)
        if f.get("page") is None:
            continue
        fu_pages.setdefault((rec_doc.get(f["recommendation"], ""), f["doc"]), set()).add(int(f["page"]))
        if f["recommendation"] in gold_to_ours:
            rec_pages.setdefault((gold_to_ours[f["recommendation"]], f["doc"]), set()).add(int(f["page"]))
    link_ok = link_rec_ok = ev_ok = 0
    for t in tracked:
        if t.report_doc_id not in half_docs:
            continue
        for e in t.evidence:
            rep.links += 1
            pages = fu_pages.get((t.report_doc_id, e.doc_id), set())
            link_ok += any(abs(e.page - p) <= 2 for p in pages)
            link_rec_ok += any(abs(e.page - p) <= 2 for p in rec_pages.get((t.id, e.doc_id), set()))
            d = by_id.get(e.doc_id)
            page = next((p for p in d.pages if p.number == e.page), None) if d else None
            ev_ok += bool(page) and _collapse(e.quote) in _collapse(page.text)
        rep.evidence += len(t.evidence)
    rep.link_precision = _ratio(link_ok, rep.links)
    rep.link_precision_rec = _ratio(link_rec_ok, rep.links)
    rep.evidence_verified = _ratio(ev_ok, rep.evidence)
    st_ok = doc_ok = 0
    for f in gold.get("followups", []):
        rep.statuses += 1
        if rec_doc.get(f["recommendation"]) in rep.unreadable:
            continue
        rep.statuses_readable += 1
        ours_id = gold_to_ours.get(f["recommendation"])
        ours = committee_status(tr_by_id[ours_id], f.get("committee")) if ours_id else None
        st_ok += ours == f["status"]
        in_doc = document_status(tr_by_id[ours_id], f.get("committee"), f["doc"]) if ours_id else None
        doc_ok += in_doc == f["status"]
        if details is not None:
            details.append({"recommendation": f["recommendation"], "committee": f.get("committee"), "doc": f["doc"],
                            "gold": f["status"], "ours": ours, "ours_in_doc": in_doc,
                            "evidence": (f.get("evidence") or "")[:160],
                            "ours_reason": _document_reason(tr_by_id[ours_id], f.get("committee"), f["doc"])
                            if ours_id else None})
    rep.status_accuracy = _ratio(st_ok, rep.statuses_readable)
    rep.status_accuracy_per_document = _ratio(doc_ok, rep.statuses_readable)
    # formal criticism
    gold_crit = gold.get("criticism", [])
    found = [c for d in docs for c in criticisms(d.meta, d.pages) if d.meta.doc_id in {g["doc"] for g in gold_crit} | half_docs]
    rep.criticism_gold, rep.criticism_found = len(gold_crit), len(found)
    hit_g = sum(any(c.doc_id == g["doc"] and _toks(g.get("committee", "")) <= _toks(c.committee) for c in found) for g in gold_crit)
    hit_f = sum(any(c.doc_id == g["doc"] and _toks(g.get("committee", "")) <= _toks(c.committee) for g in gold_crit) for c in found)
    rep.criticism_recall = _ratio(hit_g, len(gold_crit))
    rep.criticism_precision = _ratio(hit_f, len(found))
    if rep.unreadable:
        rep.notes.append("not readable here (not parsed or not ingested; scanned PDFs need ingest's OCR): "
                         + ", ".join(rep.unreadable))
    return rep


def parse_real(paths: list[Path]) -> tuple[list[Any], list[str]]:
    """FollowupDocs for the PDFs that can be read; the names of those that cannot (with the one-line reason)."""
    from assistant.recommendations.followup import FollowupDoc
    from ingest import parse_pdf
    from rodatraden.errors import IngestError

    docs, failed = [], []
    for p in paths:
        try:
            d = parse_pdf(p)
        except IngestError as exc:
            failed.append(f"{p.name}: {exc}")
            continue
        docs.append(FollowupDoc(meta=d.meta, pages=d.pages, tables=d.tables))
    return docs, failed


def blind_paths() -> list[Path]:
    """The PDFs the blind gold names: the real audits and follow-ups, the bundled audit and the fixture letter."""
    names: set[str] = set()
    for half in ("dev", "test"):
        g = json.loads((BLIND / f"recommendations_{half}.json").read_text(encoding="utf-8"))
        names |= {a["doc"] for a in g.get("audits", [])} | {f["doc"] for f in g.get("followups", [])}
        names |= set(g.get("response_docs", [])) | {c["doc"] for c in g.get("criticism", [])}
    found: list[Path] = []
    real = real_dir()
    for n in sorted(names):
        for base in [real, REPO / "corpus", REPO / "tests" / "data"]:
            if base is not None and (base / f"{n}.pdf").is_file():
                found.append(base / f"{n}.pdf")
                break
    return found


def evaluate_halves(embedder: Any, halves: tuple[str, ...] = ("dev", "test")) -> dict[str, BlindRecReport]:
    docs, failed = parse_real(blind_paths())
    out: dict[str, BlindRecReport] = {}
    for h in halves:
        rep = evaluate_blind(BLIND / f"recommendations_{h}.json", docs, embedder, h)
        rep.notes += [f"not parsed: {f}" for f in failed]
        out[h] = rep
    return out


def docs_of_index(index: Any) -> list[Any]:
    """Every indexed document as a FollowupDoc (pages and tables from the store)."""
    from assistant.recommendations.followup import FollowupDoc

    out = []
    for info in index.documents():
        doc_id = info.meta.doc_id
        tables = index.tables(doc_id) if getattr(info, "tables", 0) else []
        out.append(FollowupDoc(meta=info.meta, pages=index.pages(doc_id), tables=tables))
    return out


def render_rows(recs: dict[str, dict]) -> list[str]:
    """Markdown lines: the tracker's figures, bundled gold | blind dev | blind test (aggregates only)."""
    if not recs:
        return []
    names = list(recs)
    pct = lambda v: "–" if v is None else f"{100 * v:.1f} %"  # noqa: E731
    titles = {"gold": "bundled audit + letter", "dev": "blind dev", "test": "blind test"}
    lines = ["", "## Audit recommendations (tracker)", "",
             "| metric | " + " | ".join(titles.get(n, n) for n in names) + " |", "|---|" + "---:|" * len(names)]

    def row(label: str, fn) -> None:
        lines.append(f"| {label} | " + " | ".join(fn(recs[n], n) for n in names) + " |")

    row("extraction precision", lambda r, n: pct(r.get("extraction_precision")))
    row("extraction recall (readable audits)", lambda r, n: pct(r.get("extraction_recall")))
    row("extraction recall (all audits)", lambda r, n: pct(r.get("extraction_recall_all", r.get("extraction_recall"))))
    row("recommendations extracted / gold", lambda r, n: f"{r.get('extracted', 0)} / {r.get('gold', 0) + r.get('gold_unreadable', 0)}")
    row("from audits without any", lambda r, n: str(r.get("from_audits_without", "–")))
    row("addressee accuracy", lambda r, n: pct(r.get("addressee_accuracy")))
    row("duplicates merged", lambda r, n: f"{r['duplicates_merged']} / {r['duplicates_gold']}" if "duplicates_gold" in r else "–")
    row("identity (title, org., auditor, date, dnr)", lambda r, n: " ".join(
        pct(r.get("identity", {}).get(k)) for k in ("title", "organisation", "auditor", "date", "diary_number"))
        if r.get("identity") else "–")
    row("link precision", lambda r, n: f"{pct(r.get('link_precision'))} ({r.get('links', 0)})" if "links" in r else "–")
    row("status accuracy", lambda r, n: f"{pct(r.get('status_accuracy'))} ({r.get('statuses_readable', r.get('statuses_evaluated', 0))})")
    row("status accuracy, per follow-up document", lambda r, n: pct(r.get("status_accuracy_per_document")))
    row("evidence verified on its page", lambda r, n: f"{pct(r.get('evidence_verified'))} ({r.get('evidence', 0)})" if "evidence" in r else "–")
    row("formal criticism P / R", lambda r, n: f"{pct(r.get('criticism_precision'))} / {pct(r.get('criticism_recall'))}" if "criticism_gold" in r else "–")
    for n in names:
        for note in recs[n].get("notes", []):
            lines.append(f"- {titles.get(n, n)}: {note}")
    return lines
