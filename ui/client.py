"""A small typed client of the Röda tråden HTTP API. The UI talks to the index only through this.

Every failure becomes an :class:`ApiError` with a one-line message (the server's own
``{"error": {"code", "message"}}`` when there is one), never a raw exception.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, Literal

import httpx
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.models import Answer

Status = Literal["atgardad", "delvis", "ej_atgardad", "oklart"]


class ApiError(Exception):
    """``kind``: "unreachable", "timeout", "bad_response" or "http" (then ``code``/``status`` are set)."""

    def __init__(self, message: str, *, kind: str = "http", code: str = "error", status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind
        self.code = code
        self.status = status


class _Loose(BaseModel):
    model_config = ConfigDict(extra="allow")


class DocMeta(_Loose):
    doc_id: str
    title: str
    document_type: str | None = None
    year: int | None = None
    date: str | None = None
    organisation: str | None = None
    file_name: str | None = None
    pages: int = 0
    period: str | None = None
    collection: str = "standard"


class DocumentEntry(_Loose):
    meta: DocMeta
    chunks: int = 0
    tables: int = 0


class PageText(_Loose):
    doc_id: str
    page: int
    text: str
    title: str = ""


class Evidence(_Loose):
    doc_id: str
    page: int | None = None
    quote: str = ""
    date: str | None = None


class CommitteeStatus(_Loose):
    committee: str
    status: Status = "oklart"
    reason: str = ""
    cited: Evidence | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    mentions: list[Evidence] = Field(default_factory=list)


class DocumentStatus(_Loose):
    doc_id: str
    date: str | None = None
    status: Status = "oklart"
    reason: str = ""


class Recommendation(_Loose):
    id: str
    report_doc_id: str
    number: int | str | None = None
    addressee: str | None = None
    text: str
    page: int | None = None
    status: Status = "oklart"
    evidence: list[Evidence] = Field(default_factory=list)
    mentions: list[Evidence] = Field(default_factory=list)  # where the audit is named with nothing said of it
    addressees: list[str] = Field(default_factory=list)
    pages: list[int] = Field(default_factory=list)
    audit_title: str | None = None
    reason: str | None = None
    link: str = "none"
    by_committee: list[CommitteeStatus] = Field(default_factory=list)  # addressed to several: each one's status
    history: list[DocumentStatus] = Field(default_factory=list)  # each follow-up document's own status, latest first


class Criticism(_Loose):
    id: str = ""
    doc_id: str
    page: int | None = None
    committee: str
    kind: str = "anmärkning"
    for_what: str | None = None
    for_page: int | None = None
    quote: str = ""
    response_doc: str | None = None
    response_page: int | None = None
    response_quote: str | None = None
    doc_title: str | None = None
    date: str | None = None


class ApiClient:
    def __init__(self, base_url: str, api_key: str | None = None, timeout: float = 120.0,
                 collection: str | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key or None
        self.timeout = timeout
        self.collection = collection or None  # every request then sees this collection only

    # --- plumbing ------------------------------------------------------------------
    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}

    def _params(self, params: Any = None) -> Any:
        if not self.collection:
            return params
        return {**(params or {}), "collection": self.collection}

    def _request(self, method: str, path: str, **kw: Any) -> httpx.Response:
        kw["params"] = self._params(kw.get("params"))
        try:
            with httpx.Client(base_url=self.base_url, timeout=self.timeout, headers=self._headers()) as http:
                resp = http.request(method, path, **kw)
        except httpx.TimeoutException as exc:
            raise ApiError(str(exc) or "timeout", kind="timeout") from None
        except httpx.HTTPError as exc:
            raise ApiError(str(exc) or "connection failed", kind="unreachable") from None
        _raise_for_error(resp)
        return resp

    def _json(self, method: str, path: str, **kw: Any) -> Any:
        resp = self._request(method, path, **kw)
        try:
            return resp.json()
        except ValueError:
            raise ApiError("not JSON", kind="bad_response", status=resp.status_code) from None

    # --- endpoints -----------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        data = self._json("GET", "/healthz")
        return data if isinstance(data, dict) else {"status": data}

    def ask(self, question: str, doc_ids: list[str] | None = None, history: list[dict[str, str]] | None = None) -> Answer:
        body: dict[str, Any] = {"question": question}
        if doc_ids:
            body["doc_ids"] = doc_ids
        if history:
            body["history"] = history
        return _parse(Answer, self._json("POST", "/v1/ask", json=body))

    def stream_chat(
        self, question: str, doc_ids: list[str] | None = None, history: list[dict[str, str]] | None = None
    ) -> ChatStream:
        messages = [*(history or []), {"role": "user", "content": question}]
        body: dict[str, Any] = {"model": "rodatraden", "messages": messages, "stream": True}
        if doc_ids:
            body["doc_ids"] = doc_ids
        return ChatStream(self, body)

    def documents(self) -> list[DocumentEntry]:
        data = self._json("GET", "/v1/documents")
        if isinstance(data, dict):  # tolerate {"documents": [...]}
            data = data.get("documents", [])
        return [_parse(DocumentEntry, d) for d in data]

    def upload(self, filename: str, content: bytes, doc_id: str | None = None, wait: bool = False,
               metadata: dict[str, Any] | None = None) -> dict[str, Any]:
        """Without ``wait``: ``{"job": {...}, "status_url"}`` at once (poll :meth:`job`); with it: the outcome."""
        files = {"file": (filename, content, "application/pdf")}
        data = {k: str(v) for k, v in (metadata or {}).items() if v not in (None, "")}
        if doc_id:
            data["doc_id"] = doc_id
        out = self._json("POST", "/v1/documents", files=files, data=data or None,
                         params={"wait": "true"} if wait else None)
        return out if isinstance(out, dict) else {}

    def patch_document(self, doc_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        out = self._json("PATCH", f"/v1/documents/{doc_id}", json=changes)
        return out if isinstance(out, dict) else {}

    def page_png(self, doc_id: str, page: int, quote: str | None = None) -> bytes:
        """The page rendered by the API, the quote's words highlighted."""
        params = {"quote": quote[:2000]} if quote else None
        resp = self._request("GET", f"/v1/documents/{doc_id}/pages/{int(page)}.png", params=params)
        if not resp.headers.get("content-type", "").startswith("image/png"):
            raise ApiError("not a PNG", kind="bad_response", status=resp.status_code)
        return resp.content

    # --- saved conversations ---------------------------------------------------------
    def conversations(self) -> list[dict[str, Any]]:
        data = self._json("GET", "/v1/conversations")
        return list(data) if isinstance(data, list) else []

    def conversation(self, conversation_id: str) -> dict[str, Any]:
        out = self._json("GET", f"/v1/conversations/{conversation_id}")
        return out if isinstance(out, dict) else {}

    def create_conversation(self, title: str = "") -> dict[str, Any]:
        out = self._json("POST", "/v1/conversations", json={"title": title[:300]})
        return out if isinstance(out, dict) else {}

    def add_message(self, conversation_id: str, message: dict[str, Any]) -> dict[str, Any]:
        out = self._json("POST", f"/v1/conversations/{conversation_id}/messages", json=message)
        return out if isinstance(out, dict) else {}

    def delete_conversation(self, conversation_id: str) -> None:
        self._request("DELETE", f"/v1/conversations/{conversation_id}")

    def collections(self) -> list[dict[str, Any]]:
        data = self._json("GET", "/v1/collections")
        return list(data) if isinstance(data, list) else []

    def job(self, job_id: str) -> dict[str, Any]:
        out = self._json("GET", f"/v1/jobs/{job_id}")
        return out if isinstance(out, dict) else {}

    def delete(self, doc_id: str) -> None:
        self._request("DELETE", f"/v1/documents/{doc_id}")

    def page(self, doc_id: str, page: int) -> PageText:
        return _parse(PageText, self._json("GET", f"/v1/documents/{doc_id}/pages/{page}"))

    def tables(self, doc_id: str | None = None) -> list[dict[str, Any]]:
        data = self._json("GET", "/v1/tables", params={"doc_id": doc_id} if doc_id else None)
        if isinstance(data, dict):
            data = data.get("tables", [])
        return list(data)

    def recommendations(
        self, report: str | None = None, addressee: str | None = None, status: str | None = None
    ) -> list[Recommendation]:
        params = {k: v for k, v in {"report": report, "addressee": addressee, "status": status}.items() if v}
        data = self._json("GET", "/v1/recommendations", params=params or None)
        if isinstance(data, dict):
            data = data.get("recommendations", [])
        return [_parse(Recommendation, r) for r in data]

    def criticism(self, audit: str | None = None, committee: str | None = None) -> list[Criticism]:
        """Formal criticism (anmärkning, erinran, refused discharge) and the committees' answers."""
        params = {k: v for k, v in {"audit": audit, "committee": committee}.items() if v}
        data = self._json("GET", "/v1/recommendations/criticism", params=params or None)
        if isinstance(data, dict):
            data = data.get("criticism", [])
        return [_parse(Criticism, c) for c in data]


class ChatStream:
    """Iterate for the text deltas of ``/v1/chat/completions``; ``answer`` is set from the final chunk."""

    def __init__(self, client: ApiClient, body: dict[str, Any]) -> None:
        self._client = client
        self._body = body
        self.answer: Answer | None = None
        self.text = ""

    def __iter__(self) -> Iterator[str]:
        c = self._client
        try:
            with httpx.Client(base_url=c.base_url, timeout=c.timeout, headers=c._headers()) as http:
                with http.stream("POST", "/v1/chat/completions", json=self._body, params=c._params()) as resp:
                    if resp.status_code >= 400:
                        resp.read()
                        _raise_for_error(resp)
                    for line in resp.iter_lines():
                        delta = self._consume(line)
                        if delta:
                            self.text += delta
                            yield delta
        except httpx.TimeoutException as exc:
            raise ApiError(str(exc) or "timeout", kind="timeout") from None
        except httpx.HTTPError as exc:
            raise ApiError(str(exc) or "connection failed", kind="unreachable") from None

    def _consume(self, line: str) -> str:
        if not line.startswith("data:"):
            return ""
        payload = line[5:].strip()
        if not payload or payload == "[DONE]":
            return ""
        try:
            chunk = json.loads(payload)
        except ValueError:
            return ""
        if isinstance(chunk, dict) and "error" in chunk:
            raise ApiError(_error_message(chunk), code=str(chunk["error"].get("code", "error")))
        if isinstance(chunk, dict) and chunk.get("rodatraden"):
            self.answer = _parse(Answer, chunk["rodatraden"])
        try:
            return chunk["choices"][0]["delta"].get("content") or ""
        except (KeyError, IndexError, TypeError, AttributeError):
            return ""


def _error_message(payload: Any) -> str:
    err = payload.get("error") if isinstance(payload, dict) else None
    if isinstance(err, dict) and err.get("message"):
        return str(err["message"])
    if isinstance(err, str):
        return err
    if isinstance(payload, dict) and isinstance(payload.get("detail"), str):
        return payload["detail"]
    return ""


def _raise_for_error(resp: httpx.Response) -> None:
    if resp.status_code < 400:
        return
    code = "error"
    try:
        payload = resp.json()
        message = _error_message(payload)
        if isinstance(payload, dict) and isinstance(payload.get("error"), dict):
            code = str(payload["error"].get("code") or code)
    except ValueError:
        message = ""
    raise ApiError(message or f"HTTP {resp.status_code}", code=code, status=resp.status_code)


def _parse(model: type[BaseModel], data: Any) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError:
        raise ApiError(f"unexpected {model.__name__}", kind="bad_response") from None
