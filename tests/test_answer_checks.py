"""An answer must carry what the question asks (assistant/strategies/checks.py), whichever answerer found it: a
number of the asked kind, the asked year, the names it gives. Unit-level reading of values and asked units, and the
hybrid answerer refusing on the real corpus index where the rules' answer lacks the asked year."""

from __future__ import annotations

import pytest

from assistant.question.lexicon import load_lexicon
from assistant.question.reader import _asked_unit
from assistant.service import Assistant
from assistant.strategies.checks import quantities
from ingest.text import words

UNITS = load_lexicon().sv.units


@pytest.mark.parametrize("text, expected", [
    ("Beslut 2023-11-02, dnr KS 2023/0412", []),  # a date and a diary number are no values
    ("Mötet hölls den 4 april 2022 i stadshuset", []),
    ("Region Kalmar län Verksamhetsberättelse 2023–08 Regional utvecklingsnämnd", []),  # a year's month
    ("Budgeten för 2022–23 antogs i juni", []),  # a short span of years
    ("en analys på tio års sikt", [("tio", "time")]),
    ("Planen gäller 2024 och 2025", []),  # years
    ("2. Bakgrund och 12 st stolar", [("12", None)]),  # a list's numbering is no value
    ("Renoveringen kostade 2 400 tkr", [("2 400", "money")]),
    ("Andelen steg till 64 procent", [("64", "percent")]),
    ("Andelen steg till 64% i år", [("64", "percent")]),
    ("inom sex (6) månader", [("sex", "time"), ("6", "time")]),
    ("Sju förvaltningar svarade", [("Sju", None)]),
    ("Föreningen, org. nr 716417-2301, räkenskapsår 2023 1 (3)", []),  # an organisation number, a page counter
    ("Simhallen byggdes under 70-talet och renoverades på 1990-talet", []),  # decades
    ("Eleverna i årskurserna 4 och 7 svarade i mars", []),  # numbers a label names: grades, notes, pages
    ("Se not 14 på sidan 9 för detaljer", []),
    ("Enligt bilaga 3 kostade bygget 2 400 tkr", [("2 400", "money")]),
])
def test_values_are_read_with_their_unit_and_dates_are_not_values(text, expected):
    assert quantities(text, UNITS) == expected


@pytest.mark.parametrize("question, lang, intent, unit", [
    ("Hur mycket kostade upprustningen av simhallen?", "sv", "amount", "money"),
    ("Hur många procent av budgeten har förbrukats?", "sv", "count", "percent"),
    ("Hur många år tar ombyggnaden?", "sv", "count", "time"),
    ("Hur många ledamöter har styrelsen?", "sv", "count", None),
    ("How much did the new roof cost?", "en", "amount", "money"),
    ("What percentage of the budget was used by August?", "en", "amount", "percent"),
    ("How large a share of the grant went to culture?", "en", "amount", "quantity"),  # a share may be an amount: any number
    ("Hur stort blev underskottet i fjol?", "sv", "amount", "quantity"),  # a size asks for a number
    ("Vad var syftet med granskningen?", "sv", "amount", None),  # "vad var" asks for no number by its form
    ("Hur mycket snö föll under vintern?", "sv", "amount", "quantity"),  # a number, of any unit
    ("How much grain was harvested?", "en", "amount", "quantity"),
])
def test_the_unit_a_question_asks_for(question, lang, intent, unit):
    assert _asked_unit(words(question), load_lexicon().lang(lang), intent) == unit


@pytest.fixture(scope="module")
def hybrid(corpus_index):
    return Assistant(corpus_index, corpus_index.settings.model_copy(update={"answerer": "hybrid"}))


def test_an_answer_about_another_year_is_refused_with_the_reason(hybrid):
    # the bundled documents report on 2018-2023; nothing speaks of 2011
    a = hybrid.ask("Hur stor var budgeten för Bildning år 2011?")
    assert a.abstained and a.answer.startswith("Det framgår inte")
    assert a.notes  # why: the rules' own reason or the check's


def test_an_answer_with_the_asked_year_and_amount_still_stands(hybrid, corpus_index):
    a = hybrid.ask("Hur stor var budgeten för Bildning 2023?")
    assert not a.abstained and a.citations
    quoted = " ".join(c.quote for c in a.citations) + " " + " ".join(
        str(v) for t in a.tables for row in t.rows for v in row)
    assert any(u is not None or raw for raw, u in quantities(quoted, UNITS))


def test_a_quoted_block_of_table_lines_is_no_answer_sentence():
    """A statement's figures quoted whole (most lines rows of values) are no answer; one row or prose is."""
    from assistant.models import Citation
    from assistant.strategies.checks import table_block

    def cite(quote):
        return [Citation(n=1, doc_id="d", title="Årsredovisning", page=1, quote=quote, verified=True)]

    block = ("Noter Not 1 Nettoomsättning 2023 2022\nÅrsavgifter 2 310 672 2 055 267\nHyror 224 562 265 284\n"
             "Övriga intäkter 151 198 159 974\n2 698 234 2 480 525")
    assert table_block(cite(block))
    assert table_block(cite("Årets resultat 264 760 -105 034")) is None
    prose = ("Föreningen har under året bytt tak.\nArbetet kostade 1 200 000 kr och finansierades med lån.\n"
             "Styrelsen planerar fönsterbyte 2026.")
    assert table_block(cite(prose)) is None
    assert table_block([]) is None


def test_a_count_stands_beside_the_counted_word_not_a_compound_it_begins():
    from assistant.strategies.checks import _near

    counted = ["personal"]
    assert _near("Förvaltningen har 45 personal i tjänst.", "45", counted)
    assert not _near("Utbildn och övr personalkostn 3 791 2 188", "3 791", counted)
    from ingest.text import stem

    assert _near("Det fanns 12 undersköterskor på avdelningen.", "12", [stem("sköterskor")])
    # the counted word as the subject of its clause, the value at its end; not across a sentence's end
    assert _near("Antalet medlemmar vid räkenskapsårets slut var 48.", "48", [stem("medlemmar")])
    assert not _near("Föreningen har många medlemmar. Styrelsen höll 9 möten.", "9", [stem("medlemmar")])


def test_an_english_name_stands_in_the_evidence_in_its_glossary_swedish_form():
    """'Gothenburg' is 'Göteborg' in the documents: the name check accepts the form the reader gave the term (the
    glossary's), and still refuses evidence that carries neither."""
    from assistant.question.models import Question, TermGroup
    from assistant.question.names import missing_names

    q = Question(text="How many staff did Gothenburg's audit office have?", effective="", lang="en",
                 terms=[TermGroup(word="Gothenburg's", alternatives=[("gothenburg",), ("göteborg",)])],
                 names=["gothenburg"])
    assert missing_names(q.names, {"göteborg", "stad", "årsarbet"}, q) == []
    assert missing_names(q.names, {"göteborg", "stad"}) == ["gothenburg"]  # without the reader's forms
    assert missing_names(q.names, {"malmö", "stad"}, q) == ["gothenburg"]


def test_an_english_name_no_document_uses_is_judged_by_its_glossary_form():
    """'Gothenburg' is no word of the documents, but its glossary form 'Göteborg' is: the name is judged (an answer
    from another organisation's report is no answer); an English word with no known form is not."""
    from assistant.question.models import Question, TermGroup
    from assistant.question.names import judged_names

    known = {"göteborg", "revis"}.__contains__
    q = Question(text="How much were Gothenburg's auditors paid?", effective="", lang="en",
                 terms=[TermGroup(word="Gothenburg's", alternatives=[("göteborg",)]),
                        TermGroup(word="Springfield", alternatives=[("springfield",)])],
                 names=["gothenburg", "springfield"])
    assert judged_names(q, known) == ["gothenburg"]


def test_a_passage_speaks_of_its_documents_own_year(hybrid, corpus_index):
    """'Under året …' in a report for 2023 is about 2023: the cited document's year counts as an evidence year (the
    check read a field the index's document info does not have, so the document's year never counted)."""
    from assistant.models import Citation
    from assistant.strategies.checks import _evidence_years

    info = next(d for d in corpus_index.documents() if d.meta.year)
    c = Citation(n=1, doc_id=info.meta.doc_id, title=info.meta.title, page=1, quote="Under året hölls åtta möten.")
    assert info.meta.year in _evidence_years(hybrid, [c], [])
    assert info.meta.year - 7 not in _evidence_years(hybrid, [c], [])


def test_rows_labelled_as_another_measure_do_not_answer_an_actual_outcome(hybrid):
    """The audit's result table gives 2023 only as a forecast row ("2023 prognos"): an actual outcome of 2023 asked
    of it is not there, while the forecast asked of it is."""
    from assistant.models import AnswerTable, TableSource
    from assistant.strategies.checks import _other_measure

    table = AnswerTable(title="Resultat 2018–2022 samt prognos för 2023", columns=["År", "Resultat, mnkr"],
                        rows=[["2023 prognos", -334]], source=TableSource(doc_id="d", page=7), unit="mnkr")
    reader = hybrid.pipeline.reader
    actual = reader.read("Vilket faktiskt utfall fick regionen 2023 enligt granskningen?")
    assert actual.measures == ["outcome"]
    assert "forecast" in _other_measure(hybrid, actual, [table])
    for q in ("Vilket resultat prognostiserades för 2023 i granskningen?",  # the lexicon lacks this verb form
              "What result was forecast for 2023 in the audit?"):
        assert _other_measure(hybrid, reader.read(q), [table]) is None
    table.rows.append(["2023", -300])  # one row of the asked year of no other measure: the answer may stand
    assert _other_measure(hybrid, actual, [table]) is None


def test_a_table_about_something_else_is_no_answer(hybrid):
    """A cooperative's fund note shown for the cost of solar panels: none of the question's subject words stands in
    the table or its cited rows. The same table answers a question about the fund, also in English."""
    from assistant.models import AnswerTable, Citation, TableSource
    from assistant.strategies.checks import _off_subject

    table = AnswerTable(title="Not 8 Fond för yttre underhåll", columns=["", "2023-12-31", "2022-12-31"],
                        rows=[["Vid årets ingång", 3203228, 2673029], ["Avsättning enligt stadgar", 530199, 530199]],
                        source=TableSource(doc_id="brf", page=14), unit="kr")
    cited = [Citation(n=1, doc_id="brf", title="Årsredovisning", page=14, quote="Vid årets ingång 3 203 228 2 673 029")]
    reader = hybrid.pipeline.reader
    assert "not about" in _off_subject(reader.read("Vad beräknas solpanelerna på taket kosta?"), cited, [table])
    for q in ("Hur mycket sattes av till underhållsfonden 2023?", "How much was set aside for the maintenance fund?"):
        assert _off_subject(reader.read(q), cited, [table]) is None, q


def test_a_number_about_another_named_body_does_not_answer_for_the_asked_one(hybrid):
    """Asked how much Kollektivtrafiknämnden's deviation was, a cited sentence that gives a figure for another
    committee the corpus knows (and not for the asked one) carries no asked number; the same sentence answers when
    it is the committee asked about."""
    from assistant.models import Citation
    from assistant.strategies.checks import _lacks_number

    reader = hybrid.pipeline.reader
    quote = "Under perioden har Hälso- och sjukvårdsförvaltningen redovisat budgetavvikelser på cirka 300 mnkr per år."
    cited = [Citation(n=1, doc_id="granskning-budgetprocessen-2023", title="Granskning", page=8, quote=quote)]
    other = reader.read("Hur stor budgetavvikelse har Kollektivtrafiknämnden redovisat per år?")
    assert "another name" in (_lacks_number(hybrid, other, cited) or "")
    same = reader.read("Hur stor budgetavvikelse har Hälso- och sjukvårdsförvaltningen redovisat per år?")
    assert _lacks_number(hybrid, same, cited) is None


def test_the_asked_years_row_decides_when_the_table_shows_other_years_too(hybrid):
    """The whole results table is shown (2018–2022 outcomes and "2023 prognos"); asked the actual result of 2023,
    only the 2023 row speaks to it, and it is a forecast. Asked the 2022 result, the 2022 row answers."""
    from assistant.models import AnswerTable, TableSource
    from assistant.strategies.checks import _other_measure

    table = AnswerTable(title="Resultat 2018–2022 samt prognos för 2023", columns=["År", "Resultat, mnkr"],
                        rows=[["2021", 787], ["2022", 198], ["2023 prognos", -334]],
                        source=TableSource(doc_id="d", page=7), unit="mnkr")
    reader = hybrid.pipeline.reader
    assert "forecast" in _other_measure(hybrid, reader.read("What was the region's actual result for 2023?"), [table])
    assert _other_measure(hybrid, reader.read("What was the region's actual result for 2022?"), [table]) is None


def test_a_table_shown_without_one_value_answers_nothing():
    """A table answer whose shown rows hold labels only ("Regionstyrelsen –") is refused by the one check every
    answer passes, whichever answerer made it."""
    from assistant.models import AnswerTable, TableSource
    from assistant.strategies.checks import holds_value

    empty = AnswerTable(title="Tabell 2", columns=["", "2020"], rows=[["Regionstyrelsen", None]],
                        source=TableSource(doc_id="d", page=1))
    full = empty.model_copy(update={"rows": [["Regionstyrelsen", "-12"]]})
    assert not holds_value([empty]) and holds_value([empty, full])


def test_a_bare_heading_is_no_answer(hybrid, corpus_index):
    """A heading, or a table's label-only line, names what follows and says nothing: cited alone it is no answer."""
    from assistant.models import Citation
    from assistant.strategies.checks import lacking

    state = hybrid.pipeline.store.state()
    doc = corpus_index.documents()[0].meta.doc_id
    units = [u for (d, _), us in state.pages.items() if d == doc for u in us]
    heading = next(u for u in units if u.kind == "heading" and len(u.clean.split()) >= 2 and not any(
        ch.isdigit() for ch in u.clean))
    sentence = next(u for u in units if u.kind == "sentence" and len(u.clean.split()) >= 8)
    q = hybrid.pipeline.read("Vad står det om detta?", [])

    def cite(u):
        return [Citation(n=1, doc_id=doc, title="t", page=u.page, quote=u.clean)]

    assert lacking(hybrid, q, cite(heading)) == "a bare heading is no answer"
    assert lacking(hybrid, q, cite(sentence)) != "a bare heading is no answer"


def test_a_number_the_question_gives_itself_is_no_answer(hybrid):
    """Asked the new rate of "lånet på 3 250 000 kr", a passage whose only number is that loan's amount carries no
    asked number; a passage with the rate does."""
    from assistant.models import Citation
    from assistant.strategies.checks import _lacks_number

    q = hybrid.pipeline.reader.read("Hur mycket höjs räntan på lånet på 3 250 000 kr när det läggs om?")
    only_given = [Citation(n=1, doc_id="brf-x", title="Brf X", page=9,
                           quote="Lånet på 3 250 000 kr läggs om under våren till en högre ränta.")]
    assert _lacks_number(hybrid, q, only_given) == "the cited passages carry no number"
    rate = [Citation(n=1, doc_id="brf-x", title="Brf X", page=9,
                     quote="Lånet på 3 250 000 kr läggs om i maj och räntan höjs då med 1,2 procentenheter.")]
    assert _lacks_number(hybrid, q, rate) is None


def test_a_count_of_what_befell_the_counted_thing_answers(hybrid):
    """"Hur många bostadsrätter bytte ägare?" is answered by a count of transfers ("6 överlåtelser"): the glossary
    phrase right after the counted word counts it too; a count of something else does not."""
    from assistant.models import Citation
    from assistant.strategies.checks import _lacks_number

    q = hybrid.pipeline.reader.read("Hur många bostadsrätter bytte ägare förra året?")
    transfers = [Citation(n=1, doc_id="brf-x", title="Brf X", page=4, quote="Under året har det skett 6 överlåtelser.")]
    assert _lacks_number(hybrid, q, transfers) is None
    members = [Citation(n=1, doc_id="brf-x", title="Brf X", page=4, quote="Föreningen hade 48 medlemmar vid årets slut.")]
    assert _lacks_number(hybrid, q, members) is not None


@pytest.mark.parametrize("question, counted", [
    # a partitive, an article and a capitalised name stand between the cue and what it counts
    ("Hur många av rummen i Villa Solgläntan har fönster mot sjön?", "rum"),
    ("How many of Solhaga Sports Club's members paid the fee late?", "medlem"),
    ("What is the number of pupils in the new school?", "elev"),
    ("Hur många av dessa har åtgärdats?", None),  # a pronoun: nothing named is counted
])
def test_what_a_count_counts_past_a_partitive_an_article_and_a_name(hybrid, question, counted):
    from assistant.strategies.checks import counted_stems as _counted

    q = hybrid.pipeline.reader.read(question)
    got = _counted(q, hybrid.pipeline.reader.lexicon.lang(q.lang))
    if counted is None:
        assert got == []
    else:
        assert got and any(s.startswith(counted) or counted in s for s in got), got


def test_a_count_shown_as_a_table_row_of_another_thing_is_no_answer(hybrid):
    """Asked how many of a club's pitches have floodlights, a shown table row "Belysning 48 200" (an amount in a
    note of costs) counts no pitches; a row that counts pitches does (it was: any table passed)."""
    from assistant.models import AnswerTable, Citation, TableSource
    from assistant.strategies.checks import lacking

    q = hybrid.pipeline.reader.read("Hur många av Solhaga IK:s fotbollsplaner har belysning?")

    def shown(label, value):
        cite = [Citation(n=1, doc_id="club-x", title="Årsredovisning Solhaga IK", page=7, quote=f"{label} {value}")]
        table = AnswerTable(title="Not 4", columns=["", "2023"], rows=[[label, value]],
                            source=TableSource(doc_id="club-x", page=7))
        return cite, [table]

    assert lacking(hybrid, q, *shown("Belysning", "48 200")) is not None
    assert lacking(hybrid, q, *shown("Fotbollsplaner med belysning", "3")) is None


def test_a_count_stands_beside_a_more_general_word_the_counted_compound_ends_in():
    """Asked of "hemtjänstutförare", "nio utförare" counts them (the compound's head); a head of under five letters
    ("del" of "kostnadsdel") is too general to count anything."""
    from assistant.strategies.checks import _near

    assert _near("Rapporterna visade att nio utförare hade avvikelser.", "nio", ["hemtjänstutför"])
    assert not _near("Planen har 3 del i sig.", "3", ["kostnadsdel"])
