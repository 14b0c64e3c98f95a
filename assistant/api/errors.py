"""Every error leaves the API as JSON ``{"error": {"code", "message"}}`` with the right status.

``rodatraden.errors`` carry their own ``status`` and ``code``; FastAPI validation errors become 422
``validation_error``; HTTP errors from routing (404, 405) keep their status; anything unexpected is
500 ``internal_error`` (logged with its traceback, never shown to the client).
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from rodatraden import errors as rt_errors
from rodatraden.errors import AuthError, RodaTradenError

log = logging.getLogger("rodatraden.api")

_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "upload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "too_many_requests",
}

INTERNAL_MESSAGE = "Internt fel i servern. / Internal server error."


def error_body(code: str, message: str) -> dict:
    return {"error": {"code": code, "message": message}}


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(code, message), status_code=status, headers=headers)


def response_for(exc: RodaTradenError) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, AuthError) else None
    return error_response(exc.status, exc.code, exc.message, headers)


def error_class_for_code(code: str | None) -> type[RodaTradenError]:
    """The most specific rodatraden error class with this ``code`` (IngestError when unknown)."""
    for obj in vars(rt_errors).values():
        if isinstance(obj, type) and issubclass(obj, RodaTradenError) and obj.code == code:
            if obj is not rt_errors.IngestError:
                return obj
    return rt_errors.IngestError


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        loc = ".".join(str(x) for x in err.get("loc", ()) if x not in ("body", "query", "path", "form"))
        parts.append(f"{loc or 'request'}: {err.get('msg', 'invalid')}")
    return "Ogiltig förfrågan / invalid request: " + "; ".join(parts)


async def _rodatraden_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RodaTradenError)
    if exc.status >= 500:
        log.error("%s %s failed: %s: %s", request.method, request.url.path, exc.code, exc.message)
    return response_for(exc)


async def _validation_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return error_response(422, "validation_error", _validation_message(exc))


async def _http_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _HTTP_CODES.get(exc.status_code, "http_error")
    message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
    if exc.status_code == 404 and message == "Not Found":
        message = f"Ingen sådan adress / no such endpoint: {request.method} {request.url.path}"
    return error_response(exc.status_code, code, message, getattr(exc, "headers", None))


async def _unexpected_handler(request: Request, exc: Exception) -> JSONResponse:
    log.error("%s %s: unexpected error", request.method, request.url.path, exc_info=exc)
    return error_response(500, "internal_error", INTERNAL_MESSAGE)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RodaTradenError, _rodatraden_handler)
    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(StarletteHTTPException, _http_handler)
    app.add_exception_handler(Exception, _unexpected_handler)
