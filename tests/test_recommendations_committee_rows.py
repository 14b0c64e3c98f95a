"""A follow-up report that gives each recommendation a heading with the committees it was for in brackets and a small
table of the committees' own grades under it ("Nämnd | Bedömning | Kommentar"), the committees written in short form
("KN Söder" for kulturnämnden Söder, in a row read into the text): each committee gets the grade of its own row, the first row (read into the text
right after the heading and the table's header) included, and the bracketed list names no one acting."""

from __future__ import annotations

from assistant.recommendations.tracker import run
from tests.rendered_docs import rendered_docs

AUDIT = """Granskning av bibliotekens öppettider
Revisionsrapport
Revisorerna, Exempelby kommun
Datum: 2024-02-12

Sammanfattning
Revisorerna har granskat hur kulturnämnden och fritidsnämnden styr bibliotekens öppettider och meröppna bibliotek.

Rekommendationer
Mot bakgrund av granskningens resultat lämnar revisorerna följande rekommendationer:

1. Kulturnämnden och fritidsnämnden rekommenderas att ta fram en gemensam plan för meröppna bibliotek.

2. Kulturnämnden och fritidsnämnden rekommenderas att följa upp besöksstatistiken per filial varje kvartal.
"""

FOLLOWUP = """Revisionskontoret
Uppföljning av granskningen av bibliotekens öppettider
Datum: 2025-09-30

Rekommendation 1 – Plan för meröppna bibliotek (kulturnämnden, fritidsnämnden)
Nämnd            Bedömning          Kommentar
Kulturnämnden    Ej åtgärdad        Planen är inte framtagen och någon tidplan finns inte.
Fritidsnämnden   Åtgärdad           Planen antogs i april och gäller samtliga filialer.

Rekommendation 2 – Besöksstatistik per filial (kulturnämnden, fritidsnämnden)
Nämnd            Bedömning          Kommentar
Kulturnämnden    Åtgärdad           Statistiken redovisas kvartalsvis till nämnden.
Fritidsnämnden   Delvis åtgärdad    Statistiken tas fram men redovisas bara en gång om året.

För revisionskontoret
Anna Berg, revisionsdirektör
"""


def test_each_committee_gets_the_grade_of_its_own_row_under_the_recommendations_heading(tmp_path, embedder):
    docs = rendered_docs(tmp_path, {"granskning-bibliotek-2024": AUDIT, "uppfoljning-bibliotek-2025": FOLLOWUP})
    _, _, tracked = run(docs, embedder)
    by_no = {t.id.split(":")[-1]: t for t in tracked if t.report_doc_id == "granskning-bibliotek-2024"}
    own = {(no, c.committee.lower()): c.status for no, t in by_no.items() for c in t.by_committee}
    assert own == {("r1", "kulturnämnden"): "ej_atgardad", ("r1", "fritidsnämnden"): "atgardad",
                   ("r2", "kulturnämnden"): "atgardad", ("r2", "fritidsnämnden"): "delvis"}


def test_a_row_read_into_text_gives_its_committee_the_grade_of_its_status_column_also_in_short_form():
    from assistant.recommendations.committees import _turns_judged, by_subject
    from assistant.recommendations.models import Judgement

    names = ["Kulturnämnden Söder", "Kulturnämnden Väster"]
    text = ("Rekommendation 3 – Samverkan med skolorna (KN Söder, KN Väster) Nämnd Bedömning Kommentar KN Söder "
            "Delvis åtgärdad Avtal finns med hälften av skolorna. KN Väster Ej åtgärdad Arbetet har inte startat.")
    turns = by_subject(text, names)
    assert set(turns) == set(names)
    own = _turns_judged(turns, Judgement(status="delvis", reason="-"))
    assert {c: j.status for c, j in own.items()} == {"Kulturnämnden Söder": "delvis", "Kulturnämnden Väster": "ej_atgardad"}
