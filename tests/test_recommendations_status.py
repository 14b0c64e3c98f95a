"""Status read from prose: the lexicon's Swedish and English cues (done, in progress, partly, not, will do, disagrees),
a passage the prose rules cannot read falls back on them, and within a follow-up section the verdict sentence that
speaks of the recommendation's own subject is preferred over the section's general conclusion."""

from __future__ import annotations

import pytest

from assistant.recommendations.classify import RulesJudge, judge_sentence
from assistant.recommendations.models import EvidenceUnit, Judgement, Recommendation
from assistant.recommendations.reference import own_verdict


@pytest.mark.parametrize("sentence, status", [
    ("Revisorerna bedömer att styrelsen har vidtagit tillräckliga åtgärder med anledning av rekommendationen.", "atgardad"),
    ("Vi bedömer att nämnden inte har vidtagit tillräckliga åtgärder utifrån rekommendationen.", "ej_atgardad"),
    ("Nämnden har till viss del omhändertagit rekommendationen om intern kontroll.", "delvis"),
    ("Bedömningen är att rekommendationen inte fullt ut har beaktats.", "delvis"),
    ("Nämnden delar inte revisorernas syn på rekommendationen och ser inget behov av en ny rutin.", "ej_atgardad"),
    ("Styrelsen kommer att se över rekommendationen under hösten.", "ej_atgardad"),
    ("The recommendation has been implemented in full.", "atgardad"),
    ("Work on the recommendation is in progress.", "delvis"),
    ("The board disagrees with the recommendation.", "ej_atgardad"),
    ("The committee will address the recommendation next year.", "ej_atgardad"),
    # "ännu inte" with a verb of starting: not begun; with a verb of finishing: begun, not finished
    ("Arbetet med den nya rutinen har ännu inte påbörjats.", "ej_atgardad"),
    ("Arbetet med den nya rutinen är ännu inte slutfört men pågår.", "delvis"),
    # a fraction or a share of the whole, also with a genitive between: in place for fewer than all
    ("Ungefär hälften av medarbetarna har hittills fått utbildning, och resterande ska utbildas under 2025.", "delvis"),
    ("Resursteamet deltar numera vid två av förvaltningens fyra enheter, och en utvidgning planeras.", "delvis"),
    # no longer relevant: it will not be done
    ("En egen skrivelse till kommunstyrelsen bedöms inte längre vara aktuell.", "ej_atgardad"),
    # not got round to it, not given priority: not done
    ("Förvaltningen har inte hunnit med att ta fram den nya rutinen under året.", "ej_atgardad"),
    ("Arbetet med handboken har inte prioriterats.", "ej_atgardad"),
])
def test_prose_cues_in_swedish_and_english(sentence: str, status: str) -> None:
    j = judge_sentence(sentence)
    assert j is not None and j.status == status, j
    assert j.reason  # a readable reason is always given


def test_a_sentence_that_says_nothing_about_the_recommendation_gives_no_status() -> None:
    assert judge_sentence("Rekommendationen gällde nämndens rutiner för upphandling.") is None


def _rec(text: str) -> Recommendation:
    return Recommendation(id="a:r1", report_doc_id="a", number=1, addressee="Nämnden", text=text, page=1)


def test_rules_judge_falls_back_on_the_lexicon_for_plain_prose() -> None:
    unit = EvidenceUnit(doc_id="svar", page=2, quote="x", kind="paragraph",
                        text="Rekommendation 3. Arbetet med rekommendationen har påbörjats men återstår till viss del.")
    j = RulesJudge().judge(_rec("Nämnden bör upprätta en plan."), unit)
    assert j.status == "delvis"
    unit = unit.model_copy(update={"text": "Vi ser inget behov av en särskild plan för detta."})
    assert RulesJudge().judge(_rec("Nämnden bör upprätta en plan."), unit).status == "ej_atgardad"


def test_a_passive_verdict_on_the_recommendation_decides_the_passage() -> None:
    from assistant.recommendations.classify import judge_prose

    text = ("Kulturnämnden har kompletterat rutinen för hantering av misstänkta brister i bokningen av lokaler. "
            "Kulturnämnden bedöms ha omhändertagit rekommendationen.")
    assert judge_prose(text).status == "atgardad"
    # so does one on the measure ("åtgärden"), over a sentence about what is not done
    text = ("Ingen särskild granskning av bokningarna har genomförts. Sedan i april används den nya rutinen i alla "
            "lokaler, och nämnden bedömer att åtgärden därmed är genomförd.")
    assert judge_prose(text).status == "atgardad"


def test_the_verdict_on_the_recommendations_own_subject_is_preferred() -> None:
    general = "Revisionskontoret bedömer att nämnden delvis har omhändertagit rekommendationerna."
    own = "Rekommendationen om en samlad plan för underhåll av förskolornas lokaler har omhändertagits."
    found = [(4, own, Judgement(status="atgardad", reason="r"), "p1"),
             (5, general, Judgement(status="delvis", reason="r"), "p2")]
    rec = "Nämnden rekommenderas att ta fram en samlad plan för underhåll av förskolornas lokaler."
    assert own_verdict(rec, found, general) == (4, own, found[0][2])
    other = "Nämnden rekommenderas att stärka den interna kontrollen av avtalsuppföljningen."
    assert own_verdict(other, found, general) is None  # no sentence of its own: the conclusion speaks


def test_a_section_verdict_is_cited_as_printed_even_across_a_line_break_hyphen() -> None:
    from assistant.recommendations.reference import Section, verdicts
    from ingest.models import Page

    line = "Revisionskontoret bedömer att nämnden har omhändertagit rekommendation- erna om tillsynen."
    page = Page(doc_id="rb", number=3, text=f"4.1 Uppföljning av tillsynen\n{line}")
    ((page_no, raw, j, _),) = verdicts(Section(heading="4.1 Uppföljning av tillsynen", lines=[(3, line)]), {3: page})
    assert page_no == 3 and j.status == "atgardad"
    assert j.sentence == raw and j.sentence in page.text  # the exact printed span, not the dehyphenated reading


def test_a_verdict_on_the_recommendation_itself_decides_its_passage() -> None:
    """Whoever gives it, a sentence whose subject is the recommendation and its status ("rekommendationen om
    studieplanerna därmed är åtgärdad") decides over the passage's other cues; under a condition it is no verdict."""
    from assistant.recommendations.classify import judge_prose
    from assistant.recommendations.prose import recommendation_verdict

    passage = ("Sedan april kontrolleras varje månad att eleverna har fått en studieplan, och rektorer vars planer saknas "
               "kontaktas samma vecka. Nämnden bedömer att rekommendationen om studieplanerna därmed är åtgärdad.")
    j = judge_prose(passage)
    assert j.status == "atgardad" and j.sentence.startswith("Nämnden bedömer att rekommendationen")
    assert recommendation_verdict("Rekommendationen bedöms därmed vara omhändertagen.")
    assert not recommendation_verdict("När vi bedömer att en rekommendation inte har omhändertagits kvarstår den.")
    assert not recommendation_verdict("Nämnden instämmer i rekommendationen.")


def test_the_agent_of_a_passive_verdict_is_the_one_acting() -> None:
    from assistant.recommendations.committees import subject_of

    names = ["Socialnämnden Hisingen", "Socialnämnden Nordost"]
    assert subject_of("Rekommendationen är omhändertagen av socialnämnden Nordost.", names) == ["Socialnämnden Nordost"]
    assert subject_of("Rekommendationen lämnades till nämnderna i mars.", names) == []


def test_a_run_in_label_names_the_recommendation_its_paragraph_answers() -> None:
    from assistant.recommendations.followup import run_in_label

    assert run_in_label("Individuella studieplaner: Sedan april 2026 kontrolleras …") == "Individuella studieplaner"
    assert run_in_label("Yttrandet i sammandrag Årskursplacering: Nämnden delar …") == "Årskursplacering"
    assert run_in_label("Sammanträdesdatum: 2026-06-09") is None
    assert run_in_label("Nämnden har beslutat att anta planen.") is None


@pytest.mark.parametrize("sentence", [
    "För bolaget saknas underlag.",
    "Bolaget har inte lämnat underlag till årets uppföljning.",
    "Rekommendation 2 följs för nämndens del upp i samband med nästa års granskning.",
    # a condition about any recommendation tells the method
    "När revisorerna bedömer att en rekommendation inte har genomförts följs den upp på nytt året därpå.",
])
def test_no_data_and_a_later_follow_up_say_nothing_of_the_measure(sentence: str) -> None:
    from assistant.recommendations.classify import judge_prose

    assert judge_prose(sentence).status == "oklart"
