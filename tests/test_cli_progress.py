"""`rodatraden ingest --progress` shows a bar per file with its stage and pages done of total."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PDF = REPO / "tests" / "data" / "fiktivt-yttrande-budgetprocessen-2024.pdf"


@pytest.mark.integration
def test_ingest_progress_bar_shows_pages(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RODATRADEN_")}
    env.update({"RODATRADEN_DATA_DIR": str(tmp_path / "data"), "COLUMNS": "160"})
    proc = subprocess.run([sys.executable, "-m", "assistant.cli", "ingest", "--progress", str(PDF)],
                          env=env, capture_output=True, text=True, timeout=300, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    assert "[1/1] fiktivt-yttrande-budgetprocessen-2024" in proc.stderr
    assert "s. 3/3" in proc.stderr  # pages done of total
    assert "klar / done" in proc.stderr
    assert "1 tillagda" in proc.stderr
