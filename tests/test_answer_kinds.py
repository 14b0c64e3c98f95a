"""A question that asks for a kind of answer: "hur snabbt" / "how long" asks for a duration, which the chosen passage
must carry as a number of a time unit ("senast två månader efter", "inom 30 dagar"), read from the lexicon's
``[asked_kinds]`` and ``[units] time``."""

from __future__ import annotations

from assistant.answers.signals import Signals
from ingest.units import Unit


def _unit(text: str) -> Unit:
    return Unit(doc_id="d", page=1, order=0, kind="sentence", text=text, block=0)


def test_a_duration_is_asked_and_given_in_either_language():
    for question in ("Hur snabbt ska en ansökan behandlas?", "How long does the council have to decide?",
                     "Inom vilken tid ska svaret lämnas?"):
        sig = Signals.read(question)
        assert sig.duration and sig.asks_kind, question
    assert not Signals.read("Hur mycket kostade bygget?").duration
    sig = Signals.read("Hur snabbt ska en ansökan behandlas?")
    assert sig.gives_kind(_unit("Ansökan ska behandlas senast tre veckor efter att den kommit in."))
    assert sig.gives_kind(_unit("Beslut fattas inom 30 dagar."))
    assert not sig.gives_kind(_unit("Nämnden behandlar ansökningar skyndsamt enligt riktlinjerna från 2023."))


def test_which_committees_counts_a_board_among_them_and_prefers_the_sentence_naming_most():
    """ "Vilka nämnder …" asks for members of a kind that also go by another head word (``[kinds]``: a styrelse is a
    nämnd); of two sentences that name committees, the one naming more of them answers, and a block of table lines
    naming several is no such sentence."""
    from ingest.units import is_table_block, page_units

    def unit(text: str) -> Unit:
        (u,) = page_units("d", 1, text)
        return u

    sig = Signals.read("Vilka nämnder ingår i uppföljningen?")
    three = unit("Uppföljningen avser kommunstyrelsen, byggnadsnämnden och miljönämnden.")
    two = unit("I byggnadsnämndens och miljönämndens reglementen anges ansvaret för uppföljning.")
    assert sig.instances(three) == 3 and sig.instances(two) == 2
    assert sig.enumerates(unit("Kommunstyrelsen och byggnadsnämnden svarar gemensamt."))
    assert not sig.enumerates(unit("Nämnden har svarat på revisorernas frågor."))
    block = "Nämnd Budget Utfall\nByggnadsnämnden 1 200 1 150\nMiljönämnden 800 820\nKulturnämnden 640 600"
    assert is_table_block(block) and not is_table_block(three.text)


def test_an_english_which_question_counts_the_swedish_members_of_what_it_asks():
    """ "Which committees …" over Swedish documents: the glossary's translation of what is enumerated, so the
    sentence naming the committees is found by the same count as for "Vilka nämnder …"."""
    from ingest.units import page_units

    (u,) = page_units("d", 1, "Granskningen omfattar kommunstyrelsen, byggnadsnämnden och miljönämnden.")
    english, swedish = Signals.read("Which committees were covered by the audit?"), Signals.read("Vilka nämnder?")
    assert english.plural and english.focus == swedish.focus
    assert english.instances(u) == swedish.instances(u) == 3
