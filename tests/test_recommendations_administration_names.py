"""A committee acts through its administration, also when the committee word sits inside its name: "nämnden för
teknisk service" works through "förvaltningen för teknisk service", "kulturnämnden Söder" through
"kulturförvaltningen Söder". A follow-up passage that names only the administration speaks for that committee."""

from __future__ import annotations

from assistant.recommendations.committees import named, subject_of

COMMITTEES = ["Nämnden för teknisk service", "Kulturnämnden Söder", "Kulturnämnden Väster", "Miljönämnden"]


def test_the_administration_of_a_committee_named_with_the_committee_word_first_is_that_committee():
    s = "Inom förvaltningen för teknisk service har en ny rutin för fakturagranskning tagits i bruk."
    assert named(s, COMMITTEES) == ["Nämnden för teknisk service"]
    assert subject_of(s, COMMITTEES) == ["Nämnden för teknisk service"]


def test_a_district_administration_is_its_district_committee_not_the_other_district():
    assert subject_of("Kulturförvaltningen Söder har inventerat samtliga avtal.", COMMITTEES) == ["Kulturnämnden Söder"]
    assert named("Hos kulturförvaltningen Väster pågår arbetet fortfarande.", COMMITTEES) == ["Kulturnämnden Väster"]


def test_an_administration_alone_or_the_old_forms_are_read_as_before():
    assert named("Förvaltningen har tagit fram en plan.", COMMITTEES) == []
    assert named("Miljöförvaltningen har tagit fram en plan.", COMMITTEES) == ["Miljönämnden"]
    assert named("Nämnden för teknisk service har beslutat om planen.", COMMITTEES) == ["Nämnden för teknisk service"]
