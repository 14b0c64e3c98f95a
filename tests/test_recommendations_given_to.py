"""A recommendation named by whom it was given to ("rekommendationen till kommunstyrelsen", "… till nämnden"), on real
rendered PDFs: a sentence of a paragraph that treats several recommendations speaks of the one it names by its
addressee (a yearly summary's paragraph on one audit); a committee's response that
reports on the recommendation given to another committee by naming it so (a response otherwise answers only the
recommendations to its senders). Also: what a committee holds important ("anser det viktigt att …") is its view,
no measure."""

from __future__ import annotations

from assistant.recommendations.classify import judge_prose
from assistant.recommendations.tracker import run
from tests.rendered_docs import rendered_docs, rendered_recommendations

AUDIT = """Granskning av kommunens arbete med dagvattenhantering
Revisionsrapport
Revisionskontoret, Exempelby kommun
Datum: 2023-04-11

Sammanfattning
Revisionskontoret har granskat om kommunstyrelsen och va-nämnden har en ändamålsenlig styrning av arbetet med att hantera dagvatten vid kraftiga regn.

Rekommendationer
Revisorerna rekommenderar kommunstyrelsen att fastställa en kommunövergripande dagvattenpolicy med tydlig ansvarsfördelning.

Revisorerna rekommenderar va-nämnden att ta fram en prioriterad åtgärdsplan för de bostadsområden som oftast drabbas av översvämning.
"""

RESPONSE = """Kommunstyrelsens yttrande över granskningen av kommunens arbete med dagvattenhantering
Kommunstyrelsen, Exempelby kommun
Datum: 2024-05-16

Revisorerna rekommenderade kommunstyrelsen att fastställa en kommunövergripande dagvattenpolicy. Kommunledningskontoret har skrivit ett utkast till policy som nu är ute på remiss, och policyn väntas beslutas i november. Rekommendationen är alltså delvis omhändertagen.

Rekommendationen till va-nämnden gällde en prioriterad åtgärdsplan för de mest drabbade bostadsområdena. Enligt vad kommunstyrelsen erfar har va-nämnden ännu inte tagit fram någon sådan plan.

För kommunstyrelsen
Anna Berglund
"""


def _statuses(tmp_path, embedder, follow: dict[str, str]) -> dict[str, str]:
    docs = rendered_docs(tmp_path, {"granskning-dagvatten-2023": AUDIT, **follow})
    _, _, tracked = run(docs, embedder)
    return {t.addressees[0]: t.status for t in tracked}


def test_a_sentence_speaks_of_the_recommendation_it_names_by_its_addressee(tmp_path):
    from assistant.recommendations.sentences import _given_to

    recs = rendered_recommendations(tmp_path, "granskning-dagvatten-2023.pdf", AUDIT)
    assert _given_to("Vid årets uppföljning bedömer vi att rekommendationen till kommunstyrelsen nu är åtgärdad.",
                     recs) == 0
    assert _given_to("Planen saknas fortfarande, och rekommendationen till nämnden kvarstår därför.", recs) == 1
    assert _given_to("Vi bedömer att rekommendationen är åtgärdad.", recs) is None


def test_a_response_reports_on_another_committees_recommendation_it_names(tmp_path, embedder):
    got = _statuses(tmp_path, embedder, {"kommunstyrelsen-yttrande-dagvatten-2024": RESPONSE})
    assert got == {"Kommunstyrelsen": "delvis", "Va-nämnden": "ej_atgardad"}


def test_what_a_committee_holds_important_is_no_measure():
    j = judge_prose("Nämnden delar revisorernas bedömning och anser det viktigt att medarbetarna vet vart de ska "
                    "vända sig.")
    assert j.status == "oklart"  # a view and an agreement: no word on any measure
