"""A form's sentence: a unit that other documents print too, but for its names and figures (an annual report
template's "Årsredovisningen för Brf X har upprättats enligt …", an auditor's standard wording). The unit store finds
them across the library, and the extractive answerer weighs them down as answers."""

from __future__ import annotations

from assistant.unit_store import UnitState, skeleton
from ingest.units import page_units

FORM = "Årsredovisningen för {name} har upprättats enligt årsredovisningslagen och allmänna råd {year}:10 om mindre företag."


def test_a_sentence_without_its_names_and_figures_is_its_skeleton():
    a = skeleton(FORM.format(name="Brf Ekbacken", year=2016))
    assert a == skeleton(FORM.format(name="Brf Tallen i Ytterby", year=2012))
    assert a is not None and "ekbacken" not in a and "2016" not in a
    assert skeleton("Styrelsen har haft tolv möten.") is None  # too short to tell a form from a fact


def test_the_store_marks_a_sentence_two_documents_print_as_a_form():
    state = UnitState(0)
    texts = {"brf-a": FORM.format(name="Brf Ekbacken", year=2016) + "\nUnder året byttes taket på hus 3 för 1,2 mnkr.",
             "brf-b": FORM.format(name="Brf Tallen", year=2016) + "\nFöreningen har 42 lägenheter och två lokaler."}
    units = {}
    for doc, text in texts.items():
        units[doc] = page_units(doc, 1, text)
        for u in units[doc]:
            sk = skeleton(u.text)
            if sk:
                state.skeletons.setdefault(sk, set()).add(doc)
    form_a, roof = units["brf-a"][0], units["brf-a"][1]
    assert state.template(form_a) and state.template(units["brf-b"][0])
    assert not state.template(roof) and not state.template(units["brf-b"][1])
