"""The glossary data file (assistant/lexicon/glossary.toml): one English -> Swedish term table read by both the
rule-based answerer (assistant.glossary) and the question reader (assistant.question.lexicon)."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from pathlib import Path

from assistant.glossary import EN_SV, SV_SV, english_label, expand_query, expand_terms, sv_synonyms
from assistant.question.lexicon import LEXICON_DIR, load_glossary, load_lexicon

GLOSSARY = LEXICON_DIR / "glossary.toml"


def _keys_per_section(path: Path) -> dict[str, list[str]]:
    """Every key as written, per section (tomllib refuses repeated keys; this also sees keys that differ only in
    case, which the loaders fold together)."""
    out: dict[str, list[str]] = {}
    section = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := re.match(r"^\[(\w+)\]\s*$", line):
            section = m.group(1)
            out[section] = []
        elif m := re.match(r'^"([^"]+)"\s*=', line):
            out[section].append(m.group(1))
    return out


def test_the_glossary_is_valid_toml_with_one_entry_per_key():
    data = tomllib.loads(GLOSSARY.read_text(encoding="utf-8"))
    assert set(data) == {"en_sv", "sv_sv", "sv_en_words", "sv_en_labels"}
    for section, keys in _keys_per_section(GLOSSARY).items():
        folded = [k.lower() for k in keys]
        assert len(folded) == len(set(folded)), f"[{section}] repeats a key"
        assert len(keys) == len(data[section])


def test_every_term_is_a_non_empty_list_of_lowercase_swedish_forms():
    data = tomllib.loads(GLOSSARY.read_text(encoding="utf-8"))
    assert len(data["en_sv"]) >= 1000  # the reviewed domain vocabulary, not a handful of words
    for section in ("en_sv", "sv_sv"):
        for key, forms in data[section].items():
            assert key == key.lower() == key.strip() and key, key
            assert isinstance(forms, list) and forms, key
            for f in forms:
                assert isinstance(f, str) and f == f.strip() and f, key
                assert f == f.lower(), f"{key}: {f!r} is not lowercase"
                assert f == unicodedata.normalize("NFC", f), f"{key}: {f!r} is not NFC"
            assert len(forms) == len(set(forms)), f"{key}: a form is repeated"


def test_both_answerers_read_the_same_term_table():
    lex = load_lexicon()
    table = load_glossary().en_sv
    assert lex.en.terms == table
    assert EN_SV == {k: list(v) for k, v in table.items()}
    # Swedish questions are read in Swedish, each word with its Swedish synonyms from the same table
    assert lex.sv.terms == load_glossary().sv_sv
    assert "förbrukat" in SV_SV and SV_SV == {k: list(v) for k, v in lex.sv.terms.items()}


def test_english_questions_expand_to_the_swedish_words_of_the_documents():
    cases = {
        "Which committee runs the compulsory schools, and what did the compulsory school committee spend?":
            "grundskolenämnden",
        "How big is the results equalisation reserve at year-end?": "resultatutjämningsreserv",
        "Did the lay auditors grant discharge to the board?": "lekmannarevisorer",
        "What does the audit office say about the elderly care committee?": "revisionskontoret",
        "How much did the annual fee rise for the tenant-owner association?": "bostadsrättsförening",
        "What is planned against cloudbursts and flooding in Gothenburg?": "göteborg",
        "How large were provisions for pensions in Kalmar County?": "kalmar län",
        "What did the Swedish Tax Agency decide?": "skatteverket",
        "How many pupils reached eligibility for upper secondary school?": "gymnasieskolan",
    }
    for question, swedish in cases.items():
        assert swedish in expand_terms(question, "en"), question
    # the longest phrase wins: "elderly care committee" is the committee, not "elderly" + "care" + "committee"
    terms = expand_terms("the elderly care committee's deficit", "en")
    assert "äldrenämnden" in terms and "äldre" not in terms and "underskott" in terms
    assert expand_query("net investments", "en").startswith("net investments nettoinvesteringar")


def test_swedish_questions_get_only_swedish_near_synonyms():
    assert expand_terms("Hur stor var budgeten för grundskolan?", "sv") == []
    assert "utfall" in expand_terms("Hur mycket har förbrukats?", "sv")


def test_common_english_words_do_not_expand():
    """Glue words of questions never bring Swedish terms (a term that maps to a very common Swedish word hurts
    ranking)."""
    for word in ("the", "what", "how", "much", "many", "which", "was", "did", "may", "will", "in", "of", "this"):
        assert word not in EN_SV, word
    assert expand_terms("What was it and how much was there of this in that?", "en") == []


def test_english_labels_still_read_from_the_glossary():
    assert english_label("Prognos april") == "Forecast April"
    assert english_label("Nettoomsättning") == "Net sales"


def test_an_article_may_stand_between_the_words_of_an_english_phrase():
    """Entries are written without articles; the question may carry them."""
    assert "årets resultat" in expand_terms("How large was the result for the year?", "en")
    assert "årets resultat" in expand_terms("What was the result for year 2023?", "en")
    assert "barnkonventionen" in expand_terms("Do they follow the rights of the child?", "en")
    assert "årets resultat" not in expand_terms("The result for each committee", "en")


def test_swedish_synonyms_are_found_for_any_form_of_the_word():
    # the rules answerer and keyword search look a question word up by its stem, as the typed reader does
    assert "räntekostnader" in sv_synonyms("räntorna") and "räntekostnader" in sv_synonyms("ränta")
    assert "överlåtelser" in sv_synonyms("ägarbyten")
    assert sv_synonyms("styrelsen") == []


def test_an_english_question_of_change_reads_the_swedish_words_of_change(tmp_path):
    """"raised", "fell", "changed" are the general verbs of an amount that moved: the reader gives them the
    Swedish nouns and verbs reports use ("höjning", "minskade", "förändring"), so they count in keyword search and
    coverage instead of being dropped as English words the documents never use."""
    from ingest.text import stem

    lex = load_lexicon()
    for en, sv in (("raised", "höjning"), ("fell", "minskade"), ("changed", "förändring"), ("increase", "ökning")):
        assert sv in lex.en.terms[en]
        assert stem(sv) in {stem(w) for w in EN_SV[en]}
