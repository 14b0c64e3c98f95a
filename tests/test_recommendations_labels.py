"""A follow-up document that gives the audit's recommendations short labels in a key ("R1 Inventering …", "R2 …")
and then refers to them by label in its prose ("När det gäller R3 …", "… (R2).") speaks to the labelled
recommendation, sentence by sentence, for the committee whose section the sentence stands in. On real rendered
PDFs read by pdfplumber (the key's lines are run together by the text extraction), and the reading on its own."""

from __future__ import annotations

from pathlib import Path

from assistant.recommendations.segment import defined_labels, numbered_units
from tests.rendered_docs import rendered_docs

AUDIT = """Granskning av tillgängligheten i kollektivtrafiken
Revisionsrapport
Stadsrevisionen, Exempelstads kommun
Datum: 2024-03-12

Sammanfattning
Stadsrevisionen har granskat om trafiknämnden och servicenämnden säkerställer att resor är tillgängliga för personer med funktionsnedsättning.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar Stadsrevisionen följande rekommendationer:

Trafiknämnden och servicenämnden rekommenderas att inventera hållplatsernas tillgänglighet och upprätta en åtgärdsplan med tidsatta åtgärder.

Trafiknämnden och servicenämnden rekommenderas att utbilda förarna i bemötande av resenärer med synnedsättning.

Trafiknämnden och servicenämnden rekommenderas att årligen redovisa hur tillgängligheten i fordonsflottan utvecklas.
"""

COMPILATION = """Stadsrevisionen
Revisionskontoret
2024-11-20

Sammanställning av yttranden
Granskning av tillgängligheten i kollektivtrafiken (2024)

Rekommendationerna refereras nedan med sitt nummer i rapporten:
R1  Inventering av hållplatser och åtgärdsplan
R2  Utbildning av förare i bemötande
R3  Årlig redovisning av fordonsflottan

Trafiknämnden (yttrande 2024-10-02)
Trafiknämnden delar revisorernas bedömning. Samtliga hållplatser har inventerats och en åtgärdsplan med tidsatta åtgärder beslutades i september 2024 (R1). När det gäller R2 har nämnden ännu inte vidtagit några åtgärder.

Servicenämnden (yttrande 2024-10-09)
Servicenämnden framhåller att frågan är viktig. Inventeringen enligt R1 har påbörjats men är inte klar. Alla förare har under våren 2024 genomgått en utbildning i bemötande (R2). När det gäller R3 planeras en första redovisning till nämnden under 2025.
"""

NAMES = {"granskning-kollektivtrafik-2024": AUDIT, "sammanstallning-yttranden-2024": COMPILATION}


def test_a_key_defines_labels_and_its_lines_are_no_evidence() -> None:
    labels, spans = defined_labels("Nummer i rapporten:\nR1 Inventering R2 Utbildning av förare R3 Redovisning\n"
                                   "När det gäller R2 har inget gjorts.")
    assert labels == ["R"] and len(spans) == 1
    # one line per entry
    labels, spans = defined_labels("A1: Inventering\nA2: Utbildning\nText om A2 som pågår.")
    assert labels == ["A"] and len(spans) == 2
    # prose that names several labels is no key; chapters and pages are no labels
    assert defined_labels("R1 och R2 har genomförts. Arbetet med R3 pågår fortfarande enligt nämnden.")[0] == []
    assert defined_labels("Kap 1 Inledning\nKap 2 Metod\nKap 3 Resultat")[0] == []


def test_label_references_make_one_unit_per_sentence(tmp_path: Path) -> None:
    doc = rendered_docs(tmp_path, {"sammanstallning-yttranden-2024": COMPILATION})[0]
    units = numbered_units(doc.meta.doc_id, doc.pages)
    got = [(u.number, " ".join(u.text.split()[:4])) for u in units]
    assert got == [(1, "Samtliga hållplatser har inventerats"), (2, "När det gäller R2"),
                   (1, "Inventeringen enligt R1 har"), (2, "Alla förare har under"), (3, "När det gäller R3")], got


def test_labelled_sentences_give_each_committee_its_own_status(tmp_path: Path, embedder) -> None:
    from assistant.recommendations.tracker import run

    _, _, tracked = run(rendered_docs(tmp_path, NAMES), embedder)
    status = {(t.number, c.committee.lower()): c.status for t in tracked for c in t.by_committee}
    assert status[(1, "trafiknämnden")] == "atgardad"
    assert status[(1, "servicenämnden")] == "delvis"
    assert status[(2, "trafiknämnden")] == "ej_atgardad"
    assert status[(2, "servicenämnden")] == "atgardad"
    assert status[(3, "servicenämnden")] == "ej_atgardad"  # only planned
    assert status[(3, "trafiknämnden")] == "oklart"  # its section says nothing of R3
