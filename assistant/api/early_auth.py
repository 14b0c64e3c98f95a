"""Check write rights before an upload body is read.

FastAPI parses a multipart body before it resolves the route's dependencies, so a request without a write key
would otherwise be read (and spooled) in full before its 401/403. This middleware answers writes to
``/v1/documents`` from the headers alone; the routes keep their ``WriteKey`` dependency (and its OpenAPI entry).
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from assistant.api.errors import response_for
from assistant.api.security import KeyRing, authorize_write
from rodatraden.errors import RodaTradenError

WRITE_METHODS = ("POST", "PUT", "PATCH", "DELETE")
WRITE_PREFIX = "/v1/documents"


class WriteAuthBeforeBodyMiddleware:
    def __init__(self, app: ASGIApp, keys: KeyRing) -> None:
        self.app = app
        self.keys = keys

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] == "http" and scope.get("method") in WRITE_METHODS
                and scope.get("path", "").startswith(WRITE_PREFIX)):
            try:
                authorize_write(self.keys, Request(scope))
            except RodaTradenError as exc:
                response = response_for(exc)
                response.headers["connection"] = "close"  # the unread body is not waited for
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)
