"""A paragraph of a follow-up that answers two recommendations of one audit, and judges the committees of one of them
in turn ("Parknämnden har … . Kulturnämnden har ännu inte …"): read sentence by sentence, each recommendation gets its
own sentences, and the joint recommendation's sentences are left to the per-committee reading (each committee its own
status), not given whole to the committee the first sentence names. On a real rendered and parsed PDF, with the real
embedder and the rules judge."""

from __future__ import annotations

from assistant.recommendations.classify import RulesJudge
from assistant.recommendations.committees import speaks_for
from assistant.recommendations.docwork import DocWork
from assistant.recommendations.models import LinkedEvidence, Recommendation
from assistant.recommendations.sentences import split_paragraphs
from eval.tracker_letters import render
from ingest.parse import parse_pdf

LETTER_TEXT = """Uppföljning av granskningen av skötseln av parker och kulturmiljöer
Avsändare: Revisionskontoret, Exempelby kommun
Datum: 2025-06-10

Revisionskontoret har följt upp granskningen av skötseln av stadens parker och kulturmiljöer från 2024. Uppföljningen bygger på intervjuer med förvaltningarna och på nämndernas protokoll under perioden.

Parknämnden har under hösten 2024 antagit en underhållsplan för kulturmiljöerna i parkerna. Kulturnämnden har ännu inte påbörjat arbetet med underhållsplanen och har inte heller angett någon tidplan. Rapporteringen av skötselavvikelser sker sedan januari 2025 varje år till parknämnden i samband med årsrapporten.

Revisionskontoret
"""

AUDIT = "granskning-parker-2024"
JOINT = Recommendation(id=f"{AUDIT}:r1", report_doc_id=AUDIT, number=1, addressee="Parknämnden", page=3,
                       addressees=["Parknämnden", "Kulturnämnden"],
                       text="Parknämnden och kulturnämnden rekommenderas att ta fram en gemensam underhållsplan för "
                            "kulturmiljöerna i stadens parker.")
SINGLE = Recommendation(id=f"{AUDIT}:r2", report_doc_id=AUDIT, number=2, addressee="Parknämnden", page=3,
                        addressees=["Parknämnden"],
                        text="Parknämnden rekommenderas att införa en årlig rapportering av skötselavvikelser till "
                             "nämnden.")


def test_committees_judged_in_turn_inside_a_shared_paragraph_are_read_per_committee(tmp_path, embedder):
    pdf = tmp_path / "uppfoljning-parker-2025.pdf"
    render(LETTER_TEXT, pdf)
    parsed = parse_pdf(pdf)
    d = DocWork(meta=parsed.meta, pages=parsed.pages, tables=parsed.tables)
    i = next(k for k, u in enumerate(d.units) if "Kulturnämnden har ännu inte" in u.text)
    judge = RulesJudge()
    whole = LinkedEvidence(rec_id=SINGLE.id, unit=d.units[i], date=d.date, score=1.0,
                           judgement=judge.judge(SINGLE, d.units[i]), certain=True)
    out = split_paragraphs(d, [whole], {i: AUDIT}, {AUDIT: [JOINT, SINGLE]}, embedder, judge)

    single = [le for le in out if le.rec_id == SINGLE.id]
    assert len(single) == 1 and "skötselavvikelser" in single[0].unit.quote
    assert single[0].judgement.status == "atgardad"
    joint = [le for le in out if le.rec_id == JOINT.id]
    assert len(joint) == 1
    part = joint[0]
    assert "antagit en underhållsplan" in part.unit.text and "ännu inte påbörjat" in part.unit.text
    assert "skötselavvikelser" not in part.unit.text
    assert part.speaks_for == []  # not given whole to Parknämnden, the first sentence's subject
    # the per-committee reading then gives each committee its own status and sentence
    who, own = speaks_for(part.unit, part.judgement, JOINT.addressees, d.outline, {p.number: p for p in d.pages})
    assert who == ["Parknämnden", "Kulturnämnden"]
    assert own["Parknämnden"].status == "atgardad" and "antagit" in own["Parknämnden"].sentence
    assert own["Kulturnämnden"].status == "ej_atgardad" and "ännu inte" in own["Kulturnämnden"].sentence
