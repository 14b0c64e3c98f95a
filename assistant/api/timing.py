"""Request log with timings: one line per request (method, path, status, ms) and an
``X-Response-Time-ms`` header (time until the response headers were sent).

Pure ASGI, so streamed responses are not buffered. It is also the last line of defence:
an exception that escapes a route becomes a JSON 500 here (logged with its traceback).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.api.errors import INTERNAL_MESSAGE, error_body

log = logging.getLogger("rodatraden.api")
SHUTDOWN_MESSAGE = ("Servern stängs av; frågan avbröts. Försök igen om en stund. / "
                    "The server is shutting down; the request was stopped. Try again shortly.")


class RequestTimingMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        state = {"status": 0, "started": False}

        async def send_timed(message: Message) -> None:
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
                state["started"] = True
                ms = (time.perf_counter() - start) * 1000
                headers = list(message.get("headers", []))
                headers.append((b"x-response-time-ms", f"{ms:.1f}".encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_timed)
        except asyncio.CancelledError:  # cut at shutdown, after the grace period: say so, then let it end
            if not state["started"]:
                body = json.dumps(error_body("shutting_down", SHUTDOWN_MESSAGE), ensure_ascii=False).encode()
                await send_timed({"type": "http.response.start", "status": 503,
                                  "headers": [(b"content-type", b"application/json"), (b"connection", b"close"),
                                              (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body", "body": body})
            raise
        except Exception:
            log.exception("%s %s: unexpected error", scope.get("method"), scope.get("path"))
            if state["started"]:
                state["status"] = state["status"] or 500
                raise
            body = json.dumps(error_body("internal_error", INTERNAL_MESSAGE), ensure_ascii=False).encode()
            await send_timed({"type": "http.response.start", "status": 500,
                              "headers": [(b"content-type", b"application/json"),
                                          (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
        finally:
            ms = (time.perf_counter() - start) * 1000
            log.info("%s %s %s %.1fms", scope.get("method"), scope.get("path"), state["status"] or 500, ms)
