"""Smoke version of `rodatraden eval`: the real machinery on the session corpus index with a handful of
gold questions (--quick), plus the command end to end on a user's own tiny corpus and question file.

Floors sit well below today's figures so only a real regression fails. Nothing here is timed.
"""

from __future__ import annotations

import argparse
import json

import pytest

from eval.cli import DEFAULTS, cmd_eval, run_eval
from eval.gold import load_questions
from eval.report import EvalReport, render_markdown

SMOKE_IDS = ["q003", "q006", "q009", "q018", "q039", "q060", "q072", "q075", "q084"]


@pytest.fixture(scope="module")
def smoke_report(corpus_index, corpus_settings) -> EvalReport:
    qs = [q for q in load_questions(DEFAULTS["questions"]) if q.id in SMOKE_IDS]
    assert len(qs) == len(SMOKE_IDS)
    return run_eval(corpus_index, corpus_settings, qs, questions_file="smoke", quick=True,
                    tables_path=DEFAULTS["tables"], recs_path=DEFAULTS["recommendations"])


def test_report_has_every_section(smoke_report: EvalReport) -> None:
    data = json.loads(smoke_report.model_dump_json())
    assert set(data) == {"meta", "retrieval", "answers", "by_type", "by_lang", "tables", "recommendations", "questions"}
    assert {"commit", "date", "machine", "documents", "pages", "chunks"} <= set(data["meta"])
    assert data["meta"]["documents"] == 2 and data["meta"]["pages"] > 40
    assert list(data["retrieval"]) == ["hybrid (ours)"]  # --quick: no baselines
    for key in ("recall_at_1", "recall_at_5", "mrr", "latency_p50_ms"):
        assert data["retrieval"]["hybrid (ours)"][key] is not None
    for key in ("number_recall", "citation_precision", "quote_verification_rate", "abstention_rate_unanswerable",
                "false_abstention_rate", "latency_median_ms", "latency_p95_ms"):
        assert data["answers"][key] is not None, key
    assert {"number", "table", "comparison", "unanswerable"} <= set(data["by_type"])
    assert set(data["by_lang"]) == {"sv", "en"}
    for section in ("tables", "recommendations"):  # other teams' evaluators: ok, or honestly absent
        assert data[section]["status"] in {"ok", "not available"}, data[section]
        if data[section]["status"] == "ok":
            assert data[section]["headline"]
    assert len(data["questions"]) == len(SMOKE_IDS)
    md = render_markdown(smoke_report)
    for heading in ("## Retrieval", "## Answers", "### By type", "### By language", "## Tables", "## Recommendations"):
        assert heading in md


def test_quality_floors(smoke_report: EvalReport) -> None:
    r, a = smoke_report.retrieval["hybrid (ours)"], smoke_report.answers
    assert r.recall_at_5 >= 0.6
    assert a.errors == 0
    assert a.quote_verification_rate >= 0.8
    assert a.citation_precision >= 0.5
    assert a.number_recall >= 0.4
    assert a.abstention_rate_unanswerable >= 0.5
    assert a.false_abstention_rate <= 0.3


def test_cmd_eval_on_a_users_own_corpus_and_questions(tmp_path, settings_factory) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    c = canvas.Canvas(str(corpus / "egen-rapport.pdf"), pagesize=A4)
    lines = ["Kommunens årsrapport 2024", "Nämnden redovisar ett överskott på 1 250 tkr för året.",
             "Budgeten för fritidsverksamheten var 12 400 tkr och utfallet 11 150 tkr."]
    for i, line in enumerate(lines):
        c.drawString(72, 760 - 24 * i, line)
    c.showPage()
    c.save()
    qfile = tmp_path / "egna.jsonl"
    qfile.write_text("\n".join(json.dumps(q, ensure_ascii=False) for q in [
        {"id": "a", "question": "Hur stort överskott redovisar nämnden?", "numbers": [1250],
         "quotes": ["Nämnden redovisar ett överskott på 1 250 tkr för året."]},
        {"question": "Hur många anställda har kommunen?", "type": "unanswerable"},
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out.json"
    settings = settings_factory(corpus_dir=corpus)
    args = argparse.Namespace(questions=str(qfile), tables=None, recommendations=None, json_out=str(out), quick=True,
                              results_dir=str(tmp_path / "results"))
    assert cmd_eval(args, settings) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["meta"]["documents"] == 1 and len(data["questions"]) == 2
    assert data["retrieval"]["hybrid (ours)"]["n"] == 1
    assert data["retrieval"]["hybrid (ours)"]["recall_at_5"] == 1.0
    assert data["tables"]["status"] == "skipped" and data["recommendations"]["status"] == "skipped"
    assert (tmp_path / "results" / "eval-latest.md").is_file()
    assert (tmp_path / "results" / "eval-latest.json").is_file()
    figures = (tmp_path / "results" / "README-figures.md").read_text(encoding="utf-8")
    assert "Latest figures" in figures and "hybrid (ours)" in figures
