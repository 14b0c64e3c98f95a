"""Bad input and missing rights: a JSON error with the right status, and nothing indexed is lost."""

from __future__ import annotations

import httpx
import pytest

from assistant.api.launch import ApiProcess
from tests.pdfs import make_pdf, make_scanned_pdf
from tests.test_api_server import (
    AUDIT_DOC,
    BUDGET_DOC,
    READ_KEY,
    UPLOAD_LIMIT_MB,
    WRITE_KEY,
    client,
    corpus_api,
    error_of,
    open_api,
)

pytestmark = pytest.mark.integration

W = {"Authorization": f"Bearer {WRITE_KEY}"}


@pytest.fixture(scope="module")
def api() -> ApiProcess:
    return corpus_api()


def _doc_state(c: httpx.Client) -> dict[str, str]:
    return {d["meta"]["doc_id"]: d["meta"]["sha256"] for d in c.get("/v1/documents").json()}


def _upload(c: httpx.Client, content: bytes, name: str = "rapport.pdf", **data: str) -> httpx.Response:
    return c.post("/v1/documents", params={"wait": "true"}, headers=W, files={"file": (name, content, "application/pdf")}, data=data or None)


@pytest.mark.parametrize(
    ("content", "status", "code"),
    [
        (b"Hej, det har ar ingen PDF.\n" * 20, 415, "not_a_pdf"),
        (b"", 422, "empty_file"),
        (b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntrasig", 422, "corrupt_pdf"),
        ("encrypted", 422, "encrypted_pdf"),
        ("scanned", 422, "no_text_layer"),
    ],
    ids=["not-a-pdf", "empty", "corrupt", "encrypted", "scanned"],
)
def test_bad_pdfs_are_refused_and_the_index_stays_intact(api: ApiProcess, content, status: int, code: str) -> None:
    if content == "encrypted":
        content = make_pdf(["Hemlig budget 123 tkr"], encrypt="hemligt")
    elif content == "scanned":
        content = make_scanned_pdf()
    with client(api) as c:
        before = _doc_state(c)
        r = _upload(c, content, name="../../etc/Dålig fil.pdf")
        assert r.status_code == status, r.text
        err = error_of(r)
        assert err["code"] == code
        assert "/tmp" not in err["message"] and "etc/" not in err["message"]  # no server paths, no client paths
        assert "\n" not in err["message"]
        assert _doc_state(c) == before
        assert c.get(f"/v1/documents/{BUDGET_DOC}/pages/1").status_code == 200


def test_upload_over_the_limit_is_413(api: ApiProcess) -> None:
    just_over = b"%PDF-1.4\n" + b"0" * (UPLOAD_LIMIT_MB * 1024 * 1024)
    far_over = b"%PDF-1.4\n" + b"0" * (3 * UPLOAD_LIMIT_MB * 1024 * 1024)
    with client(api) as c:
        before = _doc_state(c)
        for content in (just_over, far_over):
            r = _upload(c, content)
            assert r.status_code == 413, r.text
            assert error_of(r)["code"] == "upload_too_large"
        assert _doc_state(c) == before


@pytest.mark.parametrize("doc_id", ["../etc", "Ä-rapport", "-leading-dash", "x" * 101, "a/b"])
def test_bad_doc_id_in_the_form_is_400(api: ApiProcess, doc_id: str) -> None:
    with client(api) as c:
        r = _upload(c, make_pdf(["Kort text om budget 5 tkr."]), doc_id=doc_id)
    assert r.status_code == 400 and error_of(r)["code"] == "invalid_doc_id"


def test_bad_doc_id_in_the_path_is_400(api: ApiProcess) -> None:
    with client(api) as c:
        for r in (c.get("/v1/documents/Bad!!Id/pages/1"), c.delete("/v1/documents/bad%20id!", headers=W),
                  c.get("/v1/tables", params={"doc_id": "*"})):
            assert r.status_code == 400 and error_of(r)["code"] == "invalid_doc_id"


def test_unknown_document_is_404(api: ApiProcess) -> None:
    with client(api) as c:
        for r in (c.get("/v1/documents/finns-inte"), c.get("/v1/documents/finns-inte/pages/1"),
                  c.get("/v1/tables", params={"doc_id": "finns-inte"}), c.delete("/v1/documents/finns-inte", headers=W),
                  c.post("/v1/ask", json={"question": "Vad är budgeten?", "doc_ids": ["finns-inte"]})):
            assert r.status_code == 404, r.text
            assert error_of(r)["code"] == "unknown_document"


def test_empty_and_too_long_questions(api: ApiProcess) -> None:
    with client(api) as c:
        for q in ("", "   \n "):
            r = c.post("/v1/ask", json={"question": q})
            assert r.status_code == 400 and error_of(r)["code"] == "empty_question"
        r = c.post("/v1/ask", json={"question": "budget " * 1000})
        assert r.status_code == 413 and error_of(r)["code"] == "question_too_long"
        r = c.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": "x" * 5000}]})
        assert r.status_code == 413 and error_of(r)["code"] == "question_too_long"


def test_malformed_requests_are_422_in_the_same_shape(api: ApiProcess) -> None:
    with client(api) as c:
        for r in (c.post("/v1/ask", json={"fråga": "saknar question"}),
                  c.post("/v1/ask", content=b"{not json", headers={"content-type": "application/json"}),
                  c.post("/v1/chat/completions", json={"messages": []}),
                  c.get(f"/v1/documents/{AUDIT_DOC}/pages/ett")):
            assert r.status_code == 422, r.text
            assert error_of(r)["code"] == "validation_error"


def test_missing_or_unknown_key_is_401(api: ApiProcess) -> None:
    for key in (None, "not-a-key", READ_KEY + "x"):
        with client(api, key=key) as c:
            for r in (c.get("/v1/documents"), c.post("/v1/ask", json={"question": "Budget?"}),
                      c.get("/v1/models"), c.post("/v1/documents", files={"file": ("a.pdf", make_pdf(["x"]))})):
                assert r.status_code == 401, r.text
                assert r.headers["www-authenticate"] == "Bearer"
                assert error_of(r)["code"] == "unauthorized"


def test_upload_without_a_write_key_is_refused_before_the_body_is_sent(api: ApiProcess) -> None:
    """Headers announce 10 MB and no body follows: the answer must come from the headers alone."""
    import socket
    from urllib.parse import urlsplit

    url = urlsplit(api.url)
    for auth, status in (("", 401), (f"Authorization: Bearer {READ_KEY}\r\n", 403)):
        with socket.create_connection((url.hostname, url.port), timeout=20) as sock:
            sock.sendall((f"POST /v1/documents HTTP/1.1\r\nHost: {url.netloc}\r\n{auth}"
                          "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 10000000\r\n\r\n").encode())
            head = sock.recv(65536).decode("latin-1")
        assert head.startswith(f"HTTP/1.1 {status}"), head[:200]
        assert '"error"' in head or "content-length" in head.lower()


def test_read_key_cannot_upload_or_delete(api: ApiProcess) -> None:
    with client(api, key=READ_KEY) as c:
        r = c.delete(f"/v1/documents/{BUDGET_DOC}")
        assert r.status_code == 403 and error_of(r)["code"] == "forbidden"
        r = c.post("/v1/documents", files={"file": ("a.pdf", make_pdf(["Text om budget."]))})
        assert r.status_code == 403 and "write" in error_of(r)["message"]
        assert BUDGET_DOC in _doc_state(c)


def test_without_configured_keys_reads_are_open_and_writes_refused() -> None:
    api = open_api()
    with client(api, key=None) as c:
        assert c.get("/v1/documents").status_code == 200
        assert c.get("/v1/models").json()["data"][0]["id"] == "rodatraden"
        for r in (c.post("/v1/documents", files={"file": ("a.pdf", make_pdf(["Text om budget."]))}),
                  c.delete("/v1/documents/whatever")):
            assert r.status_code == 403, r.text
            assert "RODATRADEN_API_KEYS" in error_of(r)["message"]
    with client(api, key="anything") as c:  # a key changes nothing: there is no write key
        r = c.post("/v1/documents", files={"file": ("a.pdf", make_pdf(["Text om budget."]))})
        assert r.status_code == 403
        assert c.get("/v1/documents").json() == []
