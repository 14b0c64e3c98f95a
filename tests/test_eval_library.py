"""The eval library: which PDFs go in, and when a kept index is reused or rebuilt (no ingest here)."""

from __future__ import annotations

import json

from eval.library import FINGERPRINT, _prepare, code_fingerprint, library_pdfs


def test_library_is_corpus_real_documents_and_the_letter(tmp_path) -> None:
    repo, real = tmp_path / "repo", tmp_path / "shared" / "real"
    for d in (repo / "corpus", repo / "tests" / "data", real):
        d.mkdir(parents=True)
    for p in (repo / "corpus" / "a.pdf", real / "b.pdf", repo / "tests" / "data" / "fiktivt-yttrande-x.pdf",
              repo / "tests" / "data" / "other.pdf"):
        p.write_bytes(b"%PDF-1.4")
    assert [p.name for p in library_pdfs(real, repo)] == ["a.pdf", "b.pdf", "fiktivt-yttrande-x.pdf"]
    assert [p.name for p in library_pdfs(tmp_path / "missing", repo)] == ["a.pdf", "fiktivt-yttrande-x.pdf"]


def test_a_kept_index_is_reused_only_while_the_code_is_the_same(tmp_path) -> None:
    logs: list[str] = []
    assert _prepare(tmp_path, "abc", logs.append) == (False, None)  # nothing there yet
    (tmp_path / "index").mkdir()
    (tmp_path / "index" / "store.sqlite").write_text("x")
    (tmp_path / FINGERPRINT).write_text(json.dumps({"code": "abc"}))
    assert _prepare(tmp_path, "abc", logs.append) == (True, None)
    reused, why = _prepare(tmp_path, "def", logs.append, keep=True)
    assert reused and "keep-index" in why and (tmp_path / "index").exists()
    reused, why = _prepare(tmp_path, "def", logs.append)
    assert not reused and "code changed" in why and not (tmp_path / "index").exists()
    assert len(code_fingerprint()) == 64
