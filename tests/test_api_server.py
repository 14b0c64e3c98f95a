"""The API test servers (real uvicorn in its own process on 127.0.0.1) and PDF makers, shared by
tests/test_api*.py; plus the tests of the server itself (OpenAPI, docs, health, request timing).

Each server has its own fresh data directory: the API process is the one writer of it.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from pathlib import Path

import httpx
import pytest

from assistant.api.launch import ApiProcess, ingest_corpus
from tests import embeddings_cache

REPO_ROOT = Path(__file__).resolve().parents[1]
CORPUS = REPO_ROOT / "corpus"
READ_KEY = "test-read-key-0123"
WRITE_KEY = "test-write-key-4567"
UPLOAD_LIMIT_MB = 1
BUDGET_DOC = "run-verksamhetsberattelse-2023-08"
AUDIT_DOC = "granskning-budgetprocessen-2023"

pytestmark = pytest.mark.integration


def _tmpdir(prefix: str) -> Path:
    path = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, path, True)
    return path


@functools.cache
def corpus_api() -> ApiProcess:
    """Keys configured (one read, one write), a 1 MB upload limit, the demo corpus ingested."""
    data = _tmpdir("rodatraden-api-")
    embeddings_cache.seed(data)  # the session's vectors of the corpus: the subprocess embeds nothing twice
    ingest_corpus(data, [CORPUS])
    api = ApiProcess(data, env={"RODATRADEN_API_KEYS": f"{READ_KEY}, {WRITE_KEY}:write",
                                "RODATRADEN_MAX_UPLOAD_MB": str(UPLOAD_LIMIT_MB)})
    atexit.register(api.stop)
    return api.start()


@functools.cache
def open_api() -> ApiProcess:
    """No keys configured, empty index: reads are open, writes are refused."""
    api = ApiProcess(_tmpdir("rodatraden-api-open-"), env={"RODATRADEN_API_KEYS": ""})
    atexit.register(api.stop)
    return api.start()


def client(api: ApiProcess, key: str | None = READ_KEY, timeout: float = 120) -> httpx.Client:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return httpx.Client(base_url=api.url, headers=headers, timeout=timeout)


def error_of(resp: httpx.Response) -> dict:
    body = resp.json()
    assert set(body) == {"error"}, body
    assert set(body["error"]) == {"code", "message"}, body
    assert body["error"]["message"].strip(), body
    return body["error"]


@pytest.fixture(scope="session")
def api() -> ApiProcess:
    return corpus_api()


def test_health_needs_no_key_and_counts_the_corpus(api: ApiProcess) -> None:
    r = httpx.get(f"{api.url}/healthz")
    assert r.status_code == 200
    h = r.json()
    assert h["status"] == "ok" and h["index_reachable"] is True
    assert h["documents"] >= 2 and h["chunks"] > 0 and h["tables"] > 0


def test_every_response_carries_its_timing(api: ApiProcess) -> None:
    with client(api) as c:
        for path in ("/healthz", "/v1/documents", "/v1/no-such-thing"):
            r = c.get(path)
            assert float(r.headers["x-response-time-ms"]) >= 0
    assert "GET /v1/documents 200" in api.log_tail(200_000)  # one log line per request with ms


def test_openapi_and_offline_docs(api: ApiProcess) -> None:
    spec = httpx.get(f"{api.url}/openapi.json").json()
    for path in ("/v1/ask", "/v1/chat/completions", "/v1/models", "/v1/documents", "/v1/documents/{doc_id}",
                 "/v1/documents/{doc_id}/pages/{n}", "/v1/tables", "/v1/recommendations", "/healthz"):
        assert path in spec["paths"], path
    assert any(s.get("scheme") == "bearer" for s in spec["components"]["securitySchemes"].values())
    docs = httpx.get(f"{api.url}/docs")
    assert docs.status_code == 200 and "swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()
    js = httpx.get(f"{api.url}/static-offline-docs/swagger-ui-bundle.js")
    assert js.status_code == 200 and len(js.content) > 10_000


def test_unknown_route_is_a_json_404(api: ApiProcess) -> None:
    with client(api) as c:
        r = c.get("/v1/nothing-here")
    assert r.status_code == 404 and error_of(r)["code"] == "not_found"
