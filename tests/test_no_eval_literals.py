"""Guard (issue 16): no word 4-gram of an eval question (original gold or blind, questions and histories) stands
as a literal in assistant/ or ingest/ (source and data files). See eval/literals.py.

The hits found when the guard was written (before the answerer's rebuild) were listed in KNOWN_BEFORE_REBUILD so
that the guard failed on every NEW hit; the rebuild has deleted them all, and the list stays empty.
"""

from __future__ import annotations

from eval.literals import find_hits

KNOWN_BEFORE_REBUILD: set[tuple[str, str]] = set()
# Hits where the product's entry is older than the question that repeats it: a general term pair that a later blind
# question happens to print the same way. Each names the commit that added the entry and the batch that came after.
WRITTEN_BEFORE_THE_QUESTION: set[tuple[str, str]] = {
    # glossary entry "public transport committee" = ["kollektivtrafiknämnden"], added in d8cb84e (2026-12-02); blind
    # batch b11, written 2026-12-05, asks about "the public transport committee (kollektivtrafiknämnden)"
    ("assistant/lexicon/glossary.toml", "public transport committee kollektivtrafiknämnden"),
    # glossary entry "reports of concern" = ["orosanmälningar", …], added in d8cb84e (2026-12-02); blind batch b19,
    # written 2026-12-06, asks "… about reports of concern (orosanmälningar)"
    ("assistant/lexicon/glossary.toml", "reports of concern orosanmälningar"),
    # a comment of ingest/numbers.py ("… the dash joins two numbers, it is not a minus sign"), from 4268dfd
    # (2026-11-24); blind batch b19 (2026-12-06) asks "… even though it is not a formally adopted policy?"
    ("ingest/numbers.py", "it is not a"),
    # comments and docstrings saying "at the start of" a word or a text: ingest/quality.py (843e0b1), ingest/glyphs.py
    # (8b094fc) and assistant/recommendations/criticism.py (1ae7c40), all before 2026-12-06; blind follow-up batch
    # f17 (2026-12-07) asks "… at the start of the year?"
    ("ingest/quality.py", "at the start of"),
    ("ingest/glyphs.py", "at the start of"),
    ("assistant/recommendations/criticism.py", "at the start of"),
    # the language model prompt's worked example "How many visitors did the museum have?", from 4c7ae92
    # (2026-11-24); blind batch b26 (2026-12-07) asks "How many visitors did …" of another body
    ("assistant/llm/prompts.py", "how many visitors did"),
    # glossary entry "variable-rate loans" = ["rörliga lån", "lån med rörlig ränta"], in the glossary since d8cb84e
    # (2026-12-02); blind batch b27 and follow-ups f24 (2026-12-07, session 40) ask about "lån med rörlig ränta"
    ("assistant/lexicon/glossary.toml", "lån med rörlig ränta"),
    # glossary entry "debt per square metre", in the glossary since d8cb84e (2026-12-02); blind batch b28 (2026-12-07,
    # session 41) asks of a housing cooperative's "debt per square metre"
    ("assistant/lexicon/glossary.toml", "debt per square metre"),
    # the language model prompt's worked example "Museet ska öka tillgängligheten för personer med
    # funktionsnedsättning.", from 4c7ae92 (2026-11-24); blind follow-ups f26 (2026-12-07, session 42) ask of support
    # "för personer med funktionsnedsättning" in another report
    ("assistant/llm/prompts.py", "för personer med funktionsnedsättning"),
    # a comment of assistant/recommendations/link.py ("… and by how much more than …"), from 96e6633 (2026-12-02); blind batch
    # b29 (2026-12-07, session 42) asks "… and by how much?"
    ("assistant/recommendations/link.py", "and by how much"),
    # a comment of assistant/recommendations/lexicon.toml ("… or a concern about a finding …"), from 30dcb67
    # (2026-12-05); blind batch b29 (2026-12-07, session 42) asks of "a concern about a …"
    ("assistant/recommendations/lexicon.toml", "a concern about a"),
    # the health endpoint's docstring ("… each store's state, and how much is in it."), from 61fd2c5 (2026-11-24); blind
    # batch b30 (2026-12-08, session 43) asks "… and how much is …"
    ("assistant/api/routes_health.py", "and how much is"),
    # a comment of assistant/question/reader.py quoting a follow-up ("Hur står det sig mot 2022?"), from a0eb968
    # (2026-12-03); blind batch b30 (2026-12-08, session 43) asks "hur står det sig mot" another figure
    ("assistant/question/reader.py", "hur står det sig"),
    ("assistant/question/reader.py", "står det sig mot"),
}


def test_no_new_eval_question_literals_in_the_product() -> None:
    new = [h for h in find_hits() if (h.file, h.gram) not in KNOWN_BEFORE_REBUILD | WRITTEN_BEFORE_THE_QUESTION]
    assert not new, "eval question wording in the product:\n" + "\n".join(
        f"{h.file}:{h.line}: {h.gram!r} (from {', '.join(h.questions[:3])})" for h in new)


def test_the_guard_sees_a_planted_literal(tmp_path) -> None:
    (tmp_path / "eval" / "blind").mkdir(parents=True)
    (tmp_path / "eval" / "questions.jsonl").write_text(
        '{"id": "x1", "question": "Hur mycket kostade bygget av simhallen 2019?"}\n', encoding="utf-8")
    (tmp_path / "eval" / "blind" / "dev.jsonl").write_text(
        '{"id": "y1", "question": "Vad sa styrelsen?", "history": ["Vilka åtgärder vidtog nämnden efter branden?"]}\n',
        encoding="utf-8")
    (tmp_path / "assistant" / "lexicon").mkdir(parents=True)
    (tmp_path / "assistant" / "rules.py").write_text('PHRASES = ["Kostade bygget av  Simhallen"]\n', encoding="utf-8")
    (tmp_path / "assistant" / "lexicon" / "sv.toml").write_text('x = "vidtog nämnden efter branden"\n', encoding="utf-8")
    (tmp_path / "ingest").mkdir()
    (tmp_path / "ingest" / "ok.py").write_text("# hur mycket kostade något annat\n", encoding="utf-8")
    hits = {(h.file, h.gram) for h in find_hits(tmp_path)}
    assert hits == {("assistant/rules.py", "kostade bygget av simhallen"),
                    ("assistant/lexicon/sv.toml", "vidtog nämnden efter branden")}
