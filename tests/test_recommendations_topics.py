"""Sentence-level follow-up reading (topics.py): each sentence of a follow-up speaks of the recommendation whose own
words it holds, and each recommendation's status is read from its own sentences and cited; an unnumbered
"Uppföljning av X" heading starts a section linked to audit X (also when the text extraction joined it to its
paragraph); a response answering several recommendations together gives the status to each; uncertainty frames
("för tidigt att bedöma") give oklart with that sentence. All texts are invented for these tests."""

from __future__ import annotations

import pytest

from assistant.recommendations.classify import judge_sentence, status_from_words
from assistant.recommendations.models import Recommendation
from assistant.recommendations.reference import followup_heading
from assistant.recommendations.segment import numbered_units
from assistant.recommendations.topics import Sentence, Topics, assign, judge
from ingest.models import Page
from tests.test_recommendations_followup_styles import _tracked


@pytest.mark.parametrize("sentence", [
    "Det är för tidigt att bedöma om den nya rutinen har fått avsedd effekt.",
    "Om planen har börjat tillämpas går ännu inte att säga.",
    "Hur bolaget har hanterat frågan har inte kunnat bedömas inom ramen för årets arbete.",
    "Det är oklart om nämnden har fattat något beslut i frågan.",
])
def test_uncertainty_frames_give_oklart_with_that_sentence(sentence: str) -> None:
    j = judge_sentence(sentence)
    assert j is not None and j.status == "oklart" and j.sentence == sentence


def test_an_uncertain_status_cell_is_oklart() -> None:
    assert status_from_words("Kan inte bedömas") == "oklart"


def test_followup_headings_alone_and_joined_to_their_paragraph() -> None:
    assert followup_heading("Uppföljning av granskningen av färdtjänstens upphandling")[0] == "färdtjänstens upphandling"
    what, at = followup_heading("Uppföljning av parkeringsövervakningen Under våren har vi gått igenom nämndens beslut.")
    assert what == "parkeringsövervakningen"
    assert "Uppföljning av parkeringsövervakningen Under våren"[at:].startswith("Under")
    assert followup_heading("Uppföljningen av tidigare år visar att nämnden har arbetat vidare med frågan.") is None
    assert followup_heading("Sammanfattning") is None


RECS = [
    "Trafiknämnden rekommenderas att inventera hållplatsernas tillgänglighet och upprätta en åtgärdsplan.",
    "Trafiknämnden rekommenderas att årligen redovisa hur tillgängligheten i fordonsflottan utvecklas.",
    "Trafiknämnden rekommenderas att utbilda förarna i bemötande av resenärer med synnedsättning.",
]


def _recs() -> list[Recommendation]:
    return [Recommendation(id=f"a:r{k + 1}", report_doc_id="a", number=k + 1, addressee="Trafiknämnden", text=t, page=3)
            for k, t in enumerate(RECS)]


def _read(text: str) -> dict[int, tuple[str, str]]:
    topics = Topics(_recs())
    sents = [Sentence(page=1, raw=s) for s in text.split("\n")]
    out = {}
    for k, ss in assign(sents, topics).items():
        said = judge(ss)
        if said:
            out[k + 1] = (said[0].status, said[1].raw)
    return out


def test_each_recommendation_gets_the_status_of_its_own_sentences() -> None:
    got = _read("Inventeringen av hållplatserna blev klar i mars och en åtgärdsplan har fastställts av nämnden.\n"
                "När det gäller förarnas utbildning i bemötande är det för tidigt att bedöma effekten.\n"
                "Någon redovisning av fordonsflottans tillgänglighet har ännu inte tagits fram.")
    assert got[1] == ("atgardad", "Inventeringen av hållplatserna blev klar i mars och en åtgärdsplan har fastställts av nämnden.")
    assert got[3][0] == "oklart" and got[3][1].startswith("När det gäller förarnas")
    assert got[2][0] == "ej_atgardad" and got[2][1].startswith("Någon redovisning")


def test_restatements_set_the_topic_and_are_no_evidence() -> None:
    got = _read("Revisorerna rekommenderade att förarna utbildas i bemötande av resenärer med synnedsättning.\n"
                "En utbildningsdag genomfördes för samtliga förare i september.")
    assert got == {3: ("atgardad", "En utbildningsdag genomfördes för samtliga förare i september.")}


def test_a_sentence_answering_several_recommendations_together_gives_each_the_status() -> None:
    got = _read("Vad gäller rekommendationerna om hållplatsernas tillgänglighet och förarnas bemötande har nämnden "
                "antagit en gemensam handlingsplan som gäller från och med i år.")
    assert got[1][0] == "atgardad" and got[3][0] == "atgardad" and 2 not in got


def test_a_block_headed_with_several_numbers_speaks_to_each() -> None:
    text = "Rekommendation 1 och 3: Nämnden har infört en ny rutin.\nRekommendation 2\nNämnden avser inte att ändra något."
    units = numbered_units("svar", [Page(doc_id="svar", number=1, text=text)])
    assert sorted(u.number for u in units) == [1, 2, 3]
    assert {u.number for u in units if "ny rutin" in u.text} == {1, 3}


STATEMENT = """Stadsrevisionen
Revisionsredogörelse 2025 för trafiknämnden

Sammanfattning
Vi har granskat trafiknämndens verksamhet under 2025. Nämnden redovisar ett resultat i balans.

Uppföljning av tillgängligheten i kollektivtrafiken
Vi har i år följt upp granskningen från 2024 genom nämndens protokoll och intervjuer med förvaltningen. Inventeringen av hållplatsernas tillgänglighet blev klar under våren och en åtgärdsplan med tidsatta åtgärder fastställdes av nämnden i juni. Någon årlig redovisning av fordonsflottans tillgänglighet har däremot ännu inte tagits fram. Om förarnas nya utbildning i bemötande har förbättrat resenärernas upplevelse är för tidigt att bedöma.

Göteborg i mars 2026
"""


def test_an_unnumbered_followup_section_reads_each_recommendation_from_its_sentences(tmp_path, embedder):
    items, links = _tracked(tmp_path, embedder, **{"revisionsredogorelse-2025": STATEMENT})
    assert items["r1"].status == "atgardad" and items["r1"].cited.quote.startswith("Inventeringen av hållplatsernas")
    assert items["r3"].status == "ej_atgardad" and items["r3"].cited.quote.startswith("Någon årlig redovisning")
    assert items["r4"].status == "oklart" and items["r4"].evidence
    assert items["r4"].evidence[0].quote.startswith("Om förarnas nya utbildning")
    assert not items["r2"].evidence  # the committee's recommendation nothing speaks of gets nothing
    assert not items["food-r1"].evidence and not items["food-r2"].evidence  # another audit: nothing
    for t in items.values():
        for e in t.evidence:  # every cited sentence is printed on its page
            assert e.doc_id == "revisionsredogorelse-2025"
