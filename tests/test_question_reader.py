"""The one question reader over the bundled corpus: language, intent, years, measures, English terms through the
lexicon, documents named by distinctive words, follow-ups merged only when elliptical, bounded work."""

from __future__ import annotations

import pytest

from assistant.models import Turn
from assistant.question import QuestionReader
from assistant.question.lexicon import load_lexicon


@pytest.fixture(scope="module")
def reader(corpus_index):
    return QuestionReader(corpus_index)


def test_lexicon_loads_from_data_files():
    lex = load_lexicon()
    assert lex.sv.measures["forecast"] and lex.en.terms["income statement"]
    assert "och" in lex.sv.stop and "the" in lex.en.stop


def test_swedish_amount_question_with_year_and_measure(reader):
    q = reader.read("Hur stort överskott mot budgeten räknar man med för hela 2023?")
    assert q.lang == "sv" and q.intent == "amount"
    assert q.years == [2023] and "budget" in q.measures
    assert not q.followup and q.effective == q.text


def test_english_terms_become_swedish_alternatives(reader):
    q = reader.read("What is the forecast deviation from the budget for 2023?")
    assert q.lang == "en" and "forecast" in q.measures
    alts = {s for g in q.terms for a in g.alternatives for s in a}
    from ingest.text import stem

    assert stem("prognos") in alts and stem("avvikelse") in alts


@pytest.mark.parametrize("question, swedish", [
    ("What does the directors' report say about the acquisition value of the equipment?",
     ["förvaltningsberättelse", "anskaffningsvärde"]),
    ("Which areas for improvement did the self-monitoring reveal?", ["förbättringsområde", "egenkontroll"]),
    ("When is the deadline for the school provider to submit its answer?", ["senast", "huvudman", "lämna"]),
])
def test_the_domains_everyday_english_words_read_as_the_swedish_the_documents_print(reader, question, swedish):
    """The glossary's entries for the domain's frequent Swedish words (translated from a word list, not from
    questions) turn an English question's words into the forms Swedish reports print."""
    from ingest.text import stem

    alts = {s for g in reader.read(question).terms for a in g.alternatives for s in a}
    assert all(stem(w) in alts for w in swedish), (swedish, alts)


def test_swedish_words_take_their_glossary_synonyms_and_light_verbs_are_no_terms(reader):
    """The glossary's Swedish synonyms serve the typed reader as they serve the rules: a question of "vinst" also
    matches a statement's "resultat"; the word itself stays the first alternative; "gick" carries no content."""
    from ingest.text import stem

    q = reader.read("Gick regionen med vinst 2022?")
    words = {g.word for g in q.terms}
    assert "gick" not in words
    vinst = next(g for g in q.terms if g.word == "vinst")
    assert vinst.alternatives[0] == (stem("vinst"),) and (stem("resultat"),) in vinst.alternatives
    assert all(len(g.alternatives) == 1 for g in q.terms if g.word != "vinst")  # other words: only themselves
    # an inflected form finds its entry though the stemmer cuts it differently ("underskottet" / "underskott")
    q = reader.read("Hur stort blev underskottet?")
    under = next(g for g in q.terms if g.word == "underskottet")
    assert len(under.alternatives) > 1


def test_a_distinctive_name_names_its_document(reader):
    q = reader.read("Vad tyckte Sirona om hur budgeten styr verksamheten?")
    assert q.doc_ids == ["granskning-budgetprocessen-2023"]


def test_elliptical_follow_up_is_merged_and_a_new_question_is_not(reader):
    history = [Turn(role="user", content="Hur stor var budgeten för Bildning 2023?"),
               Turn(role="assistant", content="…")]
    follow = reader.read("Och 2022?", history)
    assert follow.followup and follow.years == [2022] and "Bildning" in follow.effective
    fresh = reader.read("Vilka rekommendationer lämnar revisorerna om regionplanens tidplan?", history)
    assert not fresh.followup and fresh.effective == fresh.text


def test_a_follow_up_of_a_new_thing_or_a_moved_year_takes_the_old_ones_place(reader):
    """"Och lokalhyrorna?" after "Vad kostade lönerna 2023?" asks for the rents in 2023, not for wages and rents;
    "the year before" / "året innan" moves the previous question's year."""
    history = [Turn(role="user", content="Vad kostade lönerna för regionala utvecklingsnämnden 2023?")]
    rents = reader.read("Och lokalhyrorna?", history)
    assert rents.followup and "lokalhyrorna" in rents.effective.split("?")[0] and "lönerna" not in rents.effective
    assert {g.word for g in rents.terms} >= {"lokalhyrorna"} and "lönerna" not in {g.word for g in rents.terms}
    before = reader.read("Och året innan?", history)
    assert before.years == [2022] and "2022" in before.effective and "2023" not in before.effective
    en = reader.read("And the year after?", [Turn(role="user", content="What did the wages cost in 2022?")])
    assert en.years == [2023]
    # a question of its own ("vad är planerat för …", words none of the previous question's) keeps the previous
    # question's context (the document it named, its year), not its thing
    more = reader.read("Och vad är planerat för lokalhyrorna?", history)
    assert more.followup and "lönerna" not in more.effective and "2023" in more.effective
    assert "lokalhyrorna" in {g.word for g in more.terms} and "lönerna" not in {g.word for g in more.terms}
    count = reader.read("Och hur många anställda hade den?", history)  # points back ("den"): kept whole
    assert "lönerna" in count.effective
    # a follow-up that points back ("det") asks about the previous thing: nothing of it is replaced
    about = reader.read("Vilken effekt får det?", [Turn(role="user", content="Hur mycket kostar den nya lokalen 2024?")])
    assert about.followup and "lokalen" in about.effective and "kostar" in about.effective


def test_a_follow_up_phrase_with_a_word_between_its_terms_replaces_the_previous_thing_whole(reader):
    """"Och resultatet efter avskrivningar?" after a question about the wages: the follow-up is one phrase (a
    measure word, a preposition the reader keeps no term of, a thing), and the whole phrase takes the old thing's
    place, so the wages are no longer asked."""
    history = [Turn(role="user", content="Vad kostade lönerna för regionala utvecklingsnämnden 2023?")]
    q = reader.read("Och resultatet efter avskrivningar?", history)
    assert q.followup and "lönerna" not in q.effective
    assert "resultatet efter avskrivningar" in q.effective and "2023" in q.effective
    en = reader.read("And the profit after depreciation?", [Turn(role="user", content="What did the wages cost in 2022?")])
    assert "wages" not in en.effective and "profit after depreciation" in en.effective


def test_a_function_word_before_a_follow_ups_word_is_no_preposition_that_places_it(reader):
    """"Hur många deltog?" after "Hur många seminarier hölls …?": "många" stands before both new word and old thing,
    but it is no preposition ("Och på städningen?"), so the verb does not take the seminars' place."""
    history = [Turn(role="user", content="Hur många seminarier hölls om kulturplanen under 2023?")]
    q = reader.read("Hur många deltog?", history)
    assert q.followup and "deltog hölls" not in q.effective and 2023 in q.years


def test_a_follow_up_thing_takes_the_place_of_the_previous_thing_of_its_kind(reader):
    """The one new thing of a follow-up replaces the previous question's thing of the same kind: the thing it put
    after the same preposition ("på konsulter" -> "på lokalhyrorna"), a name the name it gave; a word that only
    stands for the previous thing ("the one") says nothing new."""
    history = [Turn(role="user", content="Hur mycket lade regionen på konsulter 2023?")]
    rents = reader.read("Och på lokalhyrorna?", history)
    first = rents.effective.split("?")[0]
    assert rents.followup and "lokalhyrorna" in first and "konsulter" not in first
    assert "lade" in first and "regionen" in first and "2023" in first
    history = [Turn(role="user", content="Vad kostade samarbetet med Tillväxtverket 2023?")]
    other = reader.read("Och Länsstyrelsen?", history)
    first = other.effective.split("?")[0]
    assert other.followup and "Länsstyrelsen" in first and "Tillväxtverket" not in first and "samarbetet" in first


def test_a_pronoun_before_a_preposition_stands_for_the_kind_and_a_date_replaces_a_date(reader):
    """"Och den i Länsstyrelsen?" is "the one at Länsstyrelsen": the pronoun stands for the previous thing's kind,
    the name after it replaces the previous name. A follow-up's date takes the previous date's place, and a year
    moved by the follow-up never rewrites a date."""
    history = [Turn(role="user", content="Vad kostade samarbetet med Tillväxtverket 2023?")]
    other = reader.read("Och den med Länsstyrelsen?", history)
    first = other.effective.split("?")[0]
    assert other.followup and "Länsstyrelsen" in first and "Tillväxtverket" not in first and "samarbetet" in first
    history = [Turn(role="user", content="Vilken ränta har lånet som villkorsändras 2025-09-10?")]
    q = reader.read("Och lånet som villkorsändras 2024-03-08?", history)
    first = q.effective.split("?")[0]
    assert q.followup and "2024-03-08" in first and "2025-09-10" not in first and "2024-09-10" not in first


def test_an_english_follow_up_of_the_one_elsewhere_replaces_the_previous_place(corpus_index):
    from ingest.text import stem

    reader = QuestionReader(corpus_index)  # English words count when the library uses them
    reader.set_frequencies({stem(w): 1 for w in ("project", "Tillväxtverket", "Länsstyrelsen", "cost")}, 100)
    history = [Turn(role="user", content="How much did the project with Tillväxtverket cost in 2023?")]
    other = reader.read("And the one with Länsstyrelsen?", history)
    first = other.effective.split("?")[0]
    assert other.followup and "Länsstyrelsen" in first and "Tillväxtverket" not in first and "project" in first


def test_a_committee_named_in_two_parts_replaces_the_committee_of_the_same_kind(corpus_index):
    """"Och hälso- och sjukvårdsnämnden?" names one committee (a suspended compound), and it takes the place of the
    previous question's committee, the thing with the same head ("-nämnden"), not of its first thing."""
    from ingest.text import stem

    reader = QuestionReader(corpus_index)
    reader.set_frequencies({stem(w): 3 for w in ("nämnden", "kollektivtrafiknämnden", "driftkostnaderna")}, 100)
    history = [Turn(role="user", content="Hur stora driftkostnaderna hade kollektivtrafiknämnden 2022?")]
    other = reader.read("Och hälso- och sjukvårdsnämnden?", history)
    first = other.effective.split("?")[0]
    assert "hälso- och sjukvårdsnämnden" in first and "kollektivtrafiknämnden" not in first
    assert "driftkostnaderna" in first and "2022" in first


def test_a_new_document_replaces_the_old_one_though_a_word_of_its_name_is_said_again(reader):
    """"Brf" (or "Region") stands in both names: the new document's own words replace the old one's."""
    history = [Turn(role="user", content="Hur stor var prognosen i Region Kalmar läns verksamhetsberättelse 2023?")]
    q = reader.read("Och i Region Kalmar läns granskning från Sirona?", history)
    first = q.effective.split("?")[0]
    assert q.followup and q.doc_ids == ["granskning-budgetprocessen-2023"]
    assert "Sirona" in first and "verksamhetsberättelse" not in first and "prognosen" in first and "Kalmar" in first


def test_a_follow_up_of_another_measure_or_a_comparison_keeps_the_thing(reader):
    """"Och prognosen?" after the budget asks the forecast of the same thing: its measure word takes the budget's
    place; "Samma sak för 2021?" moves the year and replaces nothing ("samma sak" stands for the previous thing); a
    comparison with another year asks both years."""
    history = [Turn(role="user", content="Hur stor var budgeten för lokalhyror 2023?")]
    fc = reader.read("Och prognosen?", history)
    first = fc.effective.split("?")[0]
    assert fc.followup and "prognosen" in first and "budgeten" not in first and "lokalhyror" in first
    assert fc.measures == ["forecast"]
    same = reader.read("Samma sak för 2021?", history)
    assert same.years == [2021] and "lokalhyror" in same.effective.split("?")[0]
    both = reader.read("Hur står det sig jämfört med 2021?", history)
    assert both.followup and both.years == [2021, 2023]


def test_a_short_question_with_a_subject_of_its_own_is_not_merged(reader):
    """A question that names what the previous question did not (a place the library mentions) and asks
    something of it is new, though it is short and has a pronoun ("det" before a verb); one that opens as a
    follow-up, or whose pronoun stands alone and points back, goes on."""
    history = [Turn(role="user", content="Hur stor var budgeten för kollektivtrafiken 2023?")]
    fresh = reader.read("När började det byggas i Oskarshamn?", history)
    assert not fresh.followup and fresh.effective == fresh.text
    assert reader.read("Och för Kultur?", history).followup
    assert reader.read("Vad kostade det?", history).followup
    # a pronoun that points back makes a longer question a follow-up; an article before its noun does not
    assert reader.read("Vilken andel av dem gick till lokalhyror och löner i regionen?", history).followup
    assert not reader.read("Vilken andel av de nya lokalerna hyr regionen av Kalmar kommun?", history).followup


def test_a_document_word_that_only_begins_a_compound_of_the_question_names_nothing():
    """'kulturplan' is a plan: a document named 'Kultur- och fritidsnämnden' is not named by it; a question word that
    begins the document's compound ('skyfall' of 'skyfallshantering') or an inflection of its word still names."""
    from assistant.question.documents import _match_share, fold
    from ingest.text import stem

    assert _match_share("kulturplan", "kultur") == 0.0
    assert _match_share("skyfall", "skyfallshantering") > 0
    assert _match_share(fold(stem("smultronställets")), fold(stem("Smultronstället"))) > 0  # as the library compares


def test_work_is_bounded_by_the_question(reader):
    long_q = "Hur stor är prognosen för kultur och bildning och regional utveckling 2021 2022 2023? " * 22
    q = reader.read(long_q[:2000])
    distinct = {w.lower() for w in long_q.split()}
    assert len(q.terms) <= len(distinct)
    history = [Turn(role="user", content="x " * 3000)] * 10
    assert len(reader.read("Och 2020?", history).effective) < 2100 * 4


def test_a_word_many_documents_talk_about_names_none(tmp_settings, embedder):
    """"nämnden" stands in one document's title but in every document's text: a word of the domain, not a name.
    A word only one document carries ("Hagelbössan") names it; a common word that begins a compound of a title
    ("person" / "Personsäkerhet") names it only weakly, below a full name."""
    from tests.conftest import make_parsed
    from assistant.pipeline import AnswerPipeline
    from index import open_index

    body = "Nämnden har beslutat om en ny plan. Personer som arbetar i nämnden har intervjuats."
    with open_index(tmp_settings, embedder) as idx:
        idx.add(make_parsed("granskning-namndens-styrning", "v1", [body], title="Granskning av nämndens styrning"))
        idx.add(make_parsed("granskning-personsakerhet", "v1", [body], title="Granskning av personsäkerhet"))
        idx.add(make_parsed("brf-hagelbossan", "v1", [body + " Hagelbössan äger fastigheten."],
                            title="Årsredovisning Brf Hagelbössan"))
        idx.add(make_parsed("delarsrapport-kultur", "v1", [body], title="Delårsrapport kultur"))
        pipeline = AnswerPipeline(idx)
        assert pipeline.read("Vad beslutade nämnden om planen?").doc_ids == []
        assert pipeline.read("Vem äger fastigheten i Hagelbössan?").doc_ids == ["brf-hagelbossan"]
        q = pipeline.read("Hur många personer intervjuades i granskningen av Hagelbössan?")
        assert q.doc_ids == ["brf-hagelbossan"]
        assert q.named_only  # only its text carries "Hagelbössan": the answer is searched in it alone
        assert not pipeline.read("Hur arbetar man med personsäkerhet?").named_only  # a word others speak of too


def _cooperative_among_audits(idx, pages: list[str], title: str, audits_about: str, audits: int) -> None:
    """A housing cooperative's report "brf-ekbacken" with ``pages``, among ``audits`` short audits."""
    from tests.conftest import make_parsed

    idx.add(make_parsed("brf-ekbacken", "v1", pages, title=title))
    for k in range(audits):
        idx.add(make_parsed(f"granskning-{k}", "v1", [f"Nämnden har fattat beslut {audits_about}."] * 3,
                            title=f"Granskning {k}"))


def test_a_word_the_named_document_uses_everywhere_weighs_little_inside_it(tmp_settings, embedder):
    """Inside the document a question names, a word on every page of it ("Ekbacken") separates no passages: its
    weight drops to its rarity within that document; a word rare there keeps its weight over the library."""
    from assistant.pipeline import AnswerPipeline
    from index import open_index

    pages = [f"Brf Ekbacken. Sida {i}: styrelsen har haft möten och fastigheten har skötts." for i in range(6)]
    pages.append("Brf Ekbacken. Räntekostnaderna ökade kraftigt under året.")
    with open_index(tmp_settings, embedder) as idx:
        _cooperative_among_audits(idx, pages, "Årsredovisning Brf Ekbacken", "om räntekostnaderna", 5)
        pipeline = AnswerPipeline(idx)
        question = "Hur mycket ökade räntekostnaderna i Ekbacken?"
        inside = pipeline.read(question)
        assert inside.doc_ids == ["brf-ekbacken"]
        library = pipeline.reader.read(question)  # the reader alone: rarity over the library
        w_in = {g.word.lower(): g.weight for g in inside.terms}
        w_lib = {g.word.lower(): g.weight for g in library.terms}
        assert w_in["ekbacken"] < w_lib["ekbacken"]
        assert w_in["räntekostnaderna"] == w_lib["räntekostnaderna"]


def test_inside_the_named_document_its_name_is_not_searched_for(tmp_settings, embedder):
    """A question naming its document is searched inside it without the words that named it: the pages repeating
    "Brf Ekbacken" do not outrank the one page that says what is asked ("styrelsemöten")."""
    from assistant.pipeline import AnswerPipeline
    from index import open_index

    pages = [f"Brf Ekbacken i Ekby. Brf Ekbacken i Ekby äger fastigheten {i} i Ekby." for i in range(5)]
    pages.insert(3, "Styrelsen har under året hållit 9 protokollförda styrelsemöten och en föreningsstämma.")
    with open_index(tmp_settings, embedder) as idx:
        _cooperative_among_audits(idx, pages, "Årsredovisning Brf Ekbacken i Ekby", "om styrelsen", 4)
        pipeline = AnswerPipeline(idx)
        q = pipeline.read("Hur många styrelsemöten höll Brf Ekbacken i Ekby 2023?")
        assert q.doc_ids == ["brf-ekbacken"]
        searched = pipeline.within_text(q, q.effective)
        assert "Ekbacken" not in searched and "Ekby" not in searched and "styrelsemöten" in searched
        found = pipeline.retrieve(q)
        assert found.keyword[0].chunk.page_start == 4
        # the units are compared with the question without the name too: its vector is the searched text's
        import numpy as np

        assert np.allclose(found.query_vector, idx.embedder.embed_query(searched))
        assert not np.allclose(found.query_vector, idx.embedder.embed_query(q.effective))
        only_names = pipeline.read("Vad säger Ekbacken i Ekby?")
        assert pipeline.within_text(only_names, only_names.effective) == only_names.effective  # nothing else left


def test_a_span_of_years_asks_for_every_year_in_it(reader):
    q = reader.read("Hur har underskotten utvecklats under 2019–2021 jämfört med 2015?")
    assert q.years == [2015, 2019, 2020, 2021]
    assert reader.read("Vad innehåller planen för 2024–2050?").years == [2024, 2050]  # a horizon, not a series


def test_a_name_no_document_mentions_is_known_as_unknown_and_refused(corpus_index):
    from assistant.pipeline import AnswerPipeline
    from assistant.service import Assistant

    pipeline = AnswerPipeline(corpus_index)
    assert pipeline.read("Hur mycket fick Zlatanstiftelsen i bidrag av nämnden?").unknown == ["Zlatanstiftelsen"]
    assert pipeline.read("Vad skriver Sirona om budgetprocessen i Region Kalmar län?").unknown == []
    assert pipeline.read("Vad tycker Region Kalmr om prognoserna?").unknown == []  # a near spelling is a known name
    a = Assistant(corpus_index, corpus_index.settings.model_copy(update={"answerer": "scored"}))
    answer = a.ask("Hur mycket fick Zlatanstiftelsen i bidrag av nämnden?")
    assert answer.abstained and answer.answer.startswith("Det framgår inte")
    assert any("Zlatanstiftelsen" in n for n in answer.notes)


@pytest.mark.parametrize("question, operation", [
    ("Vilken nämnd visar störst underskott mot budget?", "min"),  # the largest deficit is the lowest value
    ("Vilken förvaltning har den största negativa avvikelsen?", "min"),
    ("Vilken verksamhet har störst överskott?", "max"),
    ("Which unit reports the smallest loss this year?", "max"),
    ("Which committee has the highest costs?", "max"),
])
def test_the_largest_of_something_negative_is_the_lowest_value(reader, question, operation):
    assert reader.read(question).operation == operation


def test_the_question_form_words_are_cues_and_a_year_with_the_year_before_asks_both(reader):
    # the words that only say how the question asks (its intent, a change, an extreme) name no subject
    q = reader.read("Hur stora blev personalkostnaderna 2022 jämfört med året innan?")
    cues = {g.word for g in q.terms if g.cue}
    subject = {g.word for g in q.terms if not g.cue}
    assert {"stora", "jämfört", "året", "innan"} <= cues
    assert "personalkostnaderna" in subject
    assert q.years == [2021, 2022]


def test_an_inflection_differs_at_the_end_not_in_front():
    from ingest.text import term_match

    assert term_match("kostnader", "kostnad") == 0.8  # an inflection
    assert term_match("reinvestering", "investering") == 0.5  # more specific, not the same thing
    assert term_match("elen", "el") == 0.8 and term_match("el", "elen") == 0.8  # a short word's definite form
    assert term_match("elev", "el") == 0.0  # another word that only begins the same way


def test_a_short_word_matches_the_compounds_it_begins_when_a_word_ends_them():
    """"räntor" (stem "ränt") is what "räntekostnader" is about: a short question word that begins a compound whose
    rest is a Swedish word (with a linking e/s) matches it, more weakly than the same word; a word that merely
    begins the same letters does not ("kost" / "kostnad": "nad" is no word); a particle ("upp") is no question term."""
    from ingest.text import StemIndex, stem, term_match

    assert term_match(stem("räntor"), stem("räntekostnader")) == 0.6
    assert term_match(stem("lån"), stem("lånevillkoren")) == 0.6
    assert term_match("kost", "kostnad") == 0.0
    assert StemIndex([stem("räntekostnader"), "ränt", "rät"]).matches("ränt") == {"ränt": 1.0, "räntekostnad": 0.6}


def test_a_long_word_misread_by_one_letter_is_the_same_word():
    """OCR's "Genomshnittlig skuldränta" is the asked "genomsnittliga skuldräntan"; a short word one letter apart is
    another word, and so is a long one two letters apart."""
    from ingest.text import stem, term_match

    assert term_match(stem("genomsnittliga"), stem("genomshnittlig")) == 0.8
    assert term_match("kostnad", "kontant") == 0.0 and term_match("utbildning", "utbetalning") == 0.0


@pytest.mark.parametrize("question", ["Hur mycket mer betalade föreningen i räntor 2023 än 2022?",
                                      "How much higher were the costs in 2023 than in 2022?"])
def test_a_comparative_between_two_years_asks_their_difference(reader, question):
    q = reader.read(question)
    assert q.operation == "difference" and q.years == [2022, 2023]
    assert reader.read("Betalade föreningen mer i räntor 2023?").operation is None  # one year: nothing compared


@pytest.mark.parametrize("question, measures", [
    ("How did the budget process work in the region?", []),  # a process, not a budget
    ("What is the full-year forecast for the committee?", ["forecast"]),
    ("How large is the budget deviation for culture?", ["deviation"]),  # a deviation, not a budget
    ("What was the budget for culture?", ["budget"]),
])
def test_a_word_inside_a_glossary_phrase_asks_the_phrases_measure(reader, question, measures):
    assert reader.read(question).measures == measures


def test_a_word_whose_inflection_drops_an_e_finds_its_base_form(corpus_index):
    """"vattnet" (of "vatten") stems apart from "vatten"; the reader adds the base form's stem when the documents use
    it and not the asked form."""
    from ingest.text import stem, unsyncopated

    assert unsyncopated("vattnet") == "vatten" and unsyncopated("exemplet") == "exempel"
    assert unsyncopated("kostnaden") is None  # an ordinary definite form
    reader = QuestionReader(corpus_index, df={stem("vatten"): 3, stem("kosta"): 5}, n_units=10)
    q = reader.read("Vad kostade vattnet 2023?", [])
    group = next(g for g in q.terms if g.word == "vattnet")
    assert (stem("vatten"),) in group.alternatives


def test_an_english_question_is_also_searched_in_swedish_words(corpus_index):
    """The dense search of an English question runs a second time on its Swedish rendering: each glossary term
    stands as its first Swedish word; a Swedish question has none."""
    from assistant.pipeline import AnswerPipeline

    pipeline = AnswerPipeline(corpus_index)
    q = pipeline.read("What is the forecast deviation from the budget for 2023?")
    sv = pipeline.swedish_text(q)
    assert sv is not None and "prognos" in sv.lower() and "2023" in sv
    assert pipeline.swedish_text(pipeline.read("Vad är prognosen för 2023?")) is None
    assert pipeline.retrieve(q).fused  # searched both ways, fused


@pytest.mark.parametrize("question", ["How much did the net turnover grow from 2021 to 2022?",
                                      "Hur mycket väntas kostnaderna öka mellan 2022 och 2023?",
                                      "How far did the result fall from 2021 to 2022?"])
def test_a_verb_of_change_in_its_base_form_asks_for_a_difference(reader, question):
    assert reader.read(question).operation == "difference"


@pytest.mark.parametrize("question, measures", [
    ("Gick nämnden över budget 2022?", ["budget", "outcome"]),
    ("Is the full-year forecast under the budget?", ["budget", "forecast"]),
    ("Hur mycket mindre än budgeterat kostade nämnden 2022?", ["budget", "outcome"]),  # a comparative with "än"
    ("Was the forecast higher than the budget?", ["budget", "forecast"]),
])
def test_over_or_under_budget_compares_the_outcome_or_forecast_with_the_budget(reader, question, measures):
    q = reader.read(question)
    assert q.operation == "difference" and set(measures) <= set(q.measures)


def test_a_word_that_only_places_the_year_replaces_nothing(reader):
    """"Och inför 2024?" after "Hur mycket höjdes lönerna 2023?": "inför" places the year, it is no new thing to
    put in the place of the wages."""
    history = [Turn(role="user", content="Hur mycket höjdes lönerna för regionala utvecklingsnämnden 2023?")]
    next_year = reader.read("Och inför 2024?", history)
    first = next_year.effective.split("?")[0]
    assert next_year.years == [2024] and "lönerna" in first and "höjdes" in first and "2023" not in first


def test_a_term_is_weighed_by_the_words_it_matches_and_an_asking_word_weighs_little(corpus_index):
    """A verb's stem that no unit uses as such ("investera" -> "invest") weighs as the nouns it matches
    ("investeringar"), not as the rarest word of the library; "år", which the index keeps none of, weighs little."""
    from ingest.text import StemIndex, stem

    df = {stem("investeringar"): 40, stem("konstgräsplan"): 1, stem("nämnden"): 60}
    reader = QuestionReader(corpus_index)
    reader.set_frequencies(df, 100, StemIndex(df).matches)
    q = reader.read("Hur mycket vill nämnden investera i en konstgräsplan år 2027?")
    weight = {g.word: g.weight for g in q.terms}
    assert weight["investera"] < weight["konstgräsplan"]
    assert weight.get("år", 0.0) < weight["investera"]
    without = QuestionReader(corpus_index)  # without the vocabulary's matches: the stem alone, unseen = rarest
    without.set_frequencies(df, 100)
    assert {g.word: g.weight for g in without.read(q.text).terms}["investera"] >= weight["konstgräsplan"]


def test_a_modal_asks_for_a_recommendation_unless_an_interrogative_asks_an_amount(reader):
    """"should" / "bör" ask what is recommended, but "By how much should …" asks an amount and "När bör …" a time."""
    assert reader.read("What should the regional board do about the budget timetable?").intent == "recommendation"
    assert reader.read("Vad bör regionstyrelsen göra med tidplanen?").intent == "recommendation"
    assert reader.read("By how much should the costs fall by 2025?").intent == "amount"
    assert reader.read("Hur mycket bör kostnaderna minska till 2025?").intent == "amount"
    assert reader.read("När bör regionplanen beslutas?").intent == "when"


def test_a_follow_up_compound_takes_the_place_of_its_head_word_even_a_measure(reader):
    """"Och driftbudgeten?" after "Vilken budget hade nämnden …": the new word is a kind of the previous one (a
    Swedish compound's last part is its head), so it takes that word's place, a measure word too, and the measure
    that word alone asked is asked no longer; the rest of the question stays."""
    history = [Turn(role="user", content="Vilket resultat redovisade kulturnämnden för 2023?")]
    q = reader.read("Och rörelseresultatet?", history)
    first = q.effective.split("?")[0]
    assert q.followup and "rörelseresultatet" in first and "kulturnämnden" in first and "2023" in first
    assert "Vilket resultat" not in first
    assert QuestionReader._is_head_of("budget", "driftbudgeten")
    assert QuestionReader._is_head_of("resultat", "balanskravsresultatet")
    assert not QuestionReader._is_head_of("region", "regionstyrelsen")  # a first part, not the head


def test_a_follow_up_moves_a_span_of_years_as_a_whole(reader):
    """"Och för 2025–2027?" after a plan for 2024–2026: each year of the span takes its old one's place at once (one
    after the other, 2024 -> 2025, then every 2025 -> 2026 …, wrote "2027–2027")."""
    q = reader.read("Och i planen för 2025–2027?", [Turn(role="user", content="Hur stort underskott budgeterade "
                                                                                 "regionen i regionplanen 2024–2026?")])
    first = q.effective.split("?")[0]  # the previous question as moved (the follow-up itself is appended)
    assert "2025–2027" in first and "2027–2027" not in first
    assert q.years == [2025, 2026, 2027]


def test_how_often_asks_a_time_and_replaces_no_thing(reader):
    """"Hur ofta då?" asks when (a frequency) of the same thing; "ofta" is no new thing in the old one's place."""
    prev = "Vilken nämnd följer upp hur bilarna används?"
    q = reader.read("Hur ofta då?", [Turn(role="user", content=prev)])
    assert q.intent == "when" and "bilarna" in q.effective
    assert reader.read("How often are the cars checked?").intent == "when"


def test_a_follow_up_moves_the_point_in_the_year_and_keeps_the_thing(reader):
    """"Och vid årets början?" after a count at the year's end asks the same thing at its start: the previous
    question's phrase for the end gives way, and the counted thing stays asked."""
    prev = "Hur många anställda hade förvaltningen vid slutet av 2022?"
    q = reader.read("Och vid årets början?", [Turn(role="user", content=prev)])
    first = q.effective.split("?")[0]
    assert "anställda" in first and "vid årets början" in first and "slutet" not in first
    assert q.intent == "count" and q.years == [2022]
    assert any(g.word == "början" for g in q.terms) and not any(g.word == "slutet" for g in q.terms)
    q = reader.read("And at the start of the year?", [Turn(role="user", content="How many employees did the "
                                                                                   "office have at the end of 2022?")])
    assert "employees" in q.effective.split("?")[0] and "end of" not in q.effective.split("?")[0]


def test_a_rewritten_follow_up_is_not_appended_when_the_rewrite_says_it_all(reader):
    """"Och året innan?" is the previous question of the year before, and nothing more: appending "Och året innan?"
    made a question of two parts, the second without a subject. A follow-up that asks another kind ("Varför?") or
    brings words of its own keeps its words."""
    prev = [Turn(role="user", content="Vilket resultat redovisade nämnden 2021?")]
    assert reader.read("Och året innan?", prev).effective == "Vilket resultat redovisade nämnden 2020?"
    assert reader.read("Varför?", prev).effective.endswith("Varför?")
    q = reader.read("Och vid årets början?", [Turn(role="user", content="Hur många anställda hade nämnden när året "
                                                                         "slutade 2021?")])
    assert q.effective == "Hur många anställda hade nämnden vid årets början 2021?"


def test_a_bare_interrogative_follow_up_asks_it_of_the_previous_thing(reader):
    """"Varför då?" after "Hur mycket ökade kostnaderna …?" asks why the costs rose: the new interrogative takes the
    place of the previous one, which appended would still ask for an amount. A follow-up with words of its own, or a
    previous question that opens otherwise, is left as before."""
    prev = [Turn(role="user", content="Hur mycket ökade kostnaderna för städning 2022?")]
    q = reader.read("Varför då?", prev)
    assert q.effective == "Varför ökade kostnaderna för städning 2022?"
    assert q.intent == "why" and q.unit is None and q.years == [2022] and q.followup
    q = reader.read("When?", [Turn(role="user", content="How many schools did the committee close?")])
    assert q.effective == "When schools did the committee close?"  # the thing stays where the question had it
    assert q.intent == "when"
    assert reader.read("Varför ökade de?", prev).effective != "Varför ökade kostnaderna för städning 2022?"


@pytest.mark.parametrize("question, intent", [
    ("Vilken hyra gäller när det nya avtalet börjar löpa?", "fact"),  # "när" joins a clause, it does not ask
    ("What fee is charged when a member sells the flat?", "fact"),
    ("När antogs budgeten?", "when"),
    ("Hur mycket kostade projektet och när blev det klart?", "amount"),  # a second question's "när": amount first
    ("Fram till när gäller avtalet?", "when"),  # after a preposition it asks
])
def test_a_time_word_inside_a_clause_asks_no_time(reader, question, intent):
    assert reader.read(question).intent == intent


def test_a_unit_the_question_gives_with_its_number_is_not_the_unit_asked(reader):
    given = reader.read("Vilken ränta gäller för lånet på 3 500 000 kr efter omförhandlingen?")
    assert given.unit is None  # the kronor are the loan the question names, not the figure it asks
    asked = reader.read("Hur mycket kronor lades på underhåll under 2023?")
    assert asked.unit == "money"
    year = reader.read("Hur mycket ska analysen för 2025–2034 kosta?")
    assert year.unit == "money"  # a verb after a year is still asked


@pytest.mark.parametrize("question, operation", [
    ("Gick kassalikviditeten upp eller ner förra året?", "difference"),  # a cue of several words, as written
    ("Did the average fee go up or down in 2023?", "difference"),
    ("How much did the three projects cost in total?", "sum"),
    ("Hur följer nämnden upp sina mål?", None),  # "upp" alone asks nothing
])
def test_an_operation_cue_of_several_words_stands_as_written(reader, question, operation):
    assert reader.read(question).operation == operation


def test_an_existential_opening_is_no_pronoun_that_points_back(reader):
    history = [Turn(role="user", content="Vilka mål har regionala utvecklingsnämnden för 2023?")]
    q = reader.read("Finns det kö till simhallen?", history)
    # its own thing, asked in the chat's context (the fitted follow-up gate: a turn that names no document goes on
    # in the previous one's), not the previous question's goals with the new words appended
    assert q.effective.startswith(q.text) and "mål" not in q.effective
    again = reader.read("Vad kostade det?", history)
    assert again.followup  # a pronoun that points back still merges


def test_the_parts_of_a_hyphenated_english_word_are_looked_up_in_the_glossary(reader):
    q = reader.read("Which committees work against honour-related violence?")
    alts = {s for g in q.terms for a in g.alternatives for s in a}
    from ingest.text import stem

    assert stem("heder") in alts or stem("hedersrelaterat") in alts


def test_an_english_cognate_the_glossary_lacks_is_read_as_the_documents_swedish_word(corpus_index):
    """A long English word the glossary does not know and no document uses stands for the library's Swedish word
    spelt nearly like it ("reconstruction" -> "rekonstruktion"); a short one, or one spelt unlike any, is no term."""
    from ingest.text import stem

    df = {stem("rekonstruktion"): 12, stem("analys"): 30, stem("strand"): 4, stem("profession"): 1}
    r = QuestionReader(corpus_index, df=df, n_units=500)
    q = r.read("Who is responsible for the reconstruction, and what did the analysis show about the stand?")
    alts = {g.word: g.alternatives for g in q.terms}
    assert alts.get("reconstruction") == [(stem("rekonstruktion"),)]
    assert (stem("analys"),) in alts.get("analysis", [(stem("analys"),)])  # the glossary's forms, or the cognate
    assert "stand" not in alts  # too short to be read as "strand"
    q = r.read("What share said they had opportunities for professional development?")
    assert "professional" not in {g.word for g in q.terms}  # a word one unit uses is too weak a guess


def test_a_cognate_is_compared_spelt_the_swedish_way():
    """A hard c is read as k before the comparison: "products" finds "produkt", not the nearer-looking "produc";
    a short word or a word only one unit uses is never guessed."""
    from assistant.question.cognates import Cognates
    from ingest.text import stem

    cog = Cognates({stem("produkter"): 5, stem("producera"): 6, stem("elektrisk"): 3, stem("unik"): 1})
    assert cog("products") == stem("produkter")
    assert cog("electric") == stem("elektrisk")
    assert cog("unique") is None  # too short
    assert Cognates({stem("profession"): 1})("professional") is None


def test_a_follow_up_phrase_that_names_a_new_measure_replaces_no_thing(reader):
    """A follow-up phrase holding a measure asked anew (a glossary phrase: "budget variance" after a forecast) asks
    that measure of the same thing: the previous question's subject stays."""
    prev = [Turn(role="user", content="What is the 2023 forecast for the culture committee?"),
            Turn(role="assistant", content="…")]
    q = reader.read("And the budget variance?", prev)
    assert q.followup and "deviation" in q.measures
    assert "culture committee" in q.effective


def test_a_swedish_phrase_of_the_glossary_is_read_whole(reader):
    """A Swedish phrase of several words that the glossary maps ("byta ägare" -> "överlåtelser") is one term with
    the documents' words, as an English phrase is."""
    from ingest.text import stem

    q = reader.read("Hur många bostadsrätter bytte ägare förra året?")
    phrase = next(g for g in q.terms if g.word == "bytte ägare")
    assert (stem("överlåtelser"),) in phrase.alternatives
    assert "ägare" not in {g.word for g in q.terms}


def test_a_measure_asked_with_a_word_before_it_is_an_amount(reader):
    """"Vilket samlat överskott …" asks the surplus as "Vilket överskott …" does: a word that qualifies the measure
    between the question word and the measure; a measure further on is not what the question word asks for."""
    assert reader.read("Vilket samlat överskott visade kommunen för året?").intent == "amount"
    assert reader.read("Vilken total budget hade fritidsnämnden?").intent == "amount"
    assert reader.read("Vilket beslut tog fullmäktige om budgeten?").intent != "amount"


def test_a_follow_up_that_names_a_suspended_compound_is_not_said_twice(reader):
    """"Och kultur- och fritidsnämnden?" takes the previous committee's place, and the rewritten question says all
    the follow-up says: its words are not appended again."""
    prev = [Turn(role="user", content="Vad var utfallet för kollektivtrafiknämnden i augusti 2023?")]
    q = reader.read("Och kultur- och fritidsnämnden?", prev)
    assert q.followup and q.effective == "Vad var utfallet för kultur- och fritidsnämnden i augusti 2023?"

