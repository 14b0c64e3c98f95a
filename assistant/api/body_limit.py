"""Refuse oversized upload bodies before they are spooled: a declared Content-Length above the
limit is answered 413 at once, and a body that grows past it while streaming is cut off with 413."""

from __future__ import annotations

import json

from fastapi import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.api.errors import error_body

# Room for the multipart envelope (boundaries, headers, the doc_id field).
MULTIPART_OVERHEAD = 64 * 1024


def too_large_message(limit_mb: int) -> str:
    return f"Filen är för stor (max {limit_mb} MB). / The file is too large (max {limit_mb} MB)."


class _TooLarge(HTTPException):
    """Raised from ``receive`` while the body is read; FastAPI re-raises HTTPExceptions from body
    parsing unchanged, so the JSON error handler answers it (413 ``upload_too_large``)."""

    def __init__(self, limit_mb: int) -> None:
        super().__init__(status_code=413, detail=too_large_message(limit_mb))


class UploadBodyLimitMiddleware:
    def __init__(self, app: ASGIApp, limit_mb: int, methods: tuple[str, ...] = ("POST", "PUT")) -> None:
        self.app = app
        self.limit_mb = limit_mb
        self.max_body = limit_mb * 1024 * 1024 + MULTIPART_OVERHEAD
        self.methods = methods

    async def _refuse(self, send: Send) -> None:
        body = json.dumps(error_body("upload_too_large", too_large_message(self.limit_mb)), ensure_ascii=False).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") not in self.methods:
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
                if declared > self.max_body:
                    await self._refuse(send)
                    return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise _TooLarge(self.limit_mb)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if started:
                raise
            await self._refuse(send)
