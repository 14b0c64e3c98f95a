"""API keys. ``settings.api_keys`` holds comma-separated entries ``KEY`` (read) or ``KEY:write``.
Clients send ``Authorization: Bearer KEY``.

* Reading needs a key whenever any key is configured.
* Uploading and deleting always need a key with write rights; with no keys configured they are refused.
* Missing or unknown key: 401 with ``WWW-Authenticate: Bearer``; a read-only key on a write endpoint: 403.

Keys are compared with :func:`hmac.compare_digest` against every configured key, so the time taken
does not depend on which key (if any) matched.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from fastapi import Request

from rodatraden.errors import AuthError, ConfigError, ForbiddenError


@dataclass(frozen=True)
class ApiKey:
    name: str  # a non-secret label for logs: the first 4 characters and the length
    write: bool


@dataclass(frozen=True)
class _Entry:
    secret: bytes
    write: bool


class KeyRing:
    def __init__(self, spec: str) -> None:
        self._entries: list[_Entry] = []
        for raw in (spec or "").split(","):
            raw = raw.strip()
            if not raw:
                continue
            key, sep, right = raw.rpartition(":")
            if sep and right.strip().lower() in ("write", "read"):
                write = right.strip().lower() == "write"
            else:
                key, write = raw, False
            key = key.strip()
            if not key:
                raise ConfigError(f"RODATRADEN_API_KEYS: empty key in entry {raw[:4]!r}…")
            self._entries.append(_Entry(key.encode("utf-8"), write))

    @property
    def configured(self) -> bool:
        return bool(self._entries)

    @property
    def has_write_key(self) -> bool:
        return any(e.write for e in self._entries)

    def lookup(self, presented: str) -> ApiKey | None:
        candidate = presented.encode("utf-8")
        found: _Entry | None = None
        for entry in self._entries:  # no early exit: every key is compared
            if hmac.compare_digest(entry.secret, candidate):
                found = entry
        if found is None:
            return None
        return ApiKey(name=f"{presented[:4]}…({len(presented)})", write=found.write)


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def _authenticate(ring: KeyRing, request: Request) -> ApiKey:
    token = _bearer(request)
    if token is None:
        raise AuthError("API-nyckel saknas: skicka 'Authorization: Bearer <nyckel>'. / Missing API key.")
    key = ring.lookup(token)
    if key is None:
        raise AuthError("Okänd API-nyckel. / Unknown API key.")
    return key


def authorize_read(ring: KeyRing, request: Request) -> ApiKey | None:
    if not ring.configured:
        return None
    return _authenticate(ring, request)


def authorize_write(ring: KeyRing, request: Request) -> ApiKey:
    if not ring.has_write_key:
        if ring.configured:
            _authenticate(ring, request)  # an unknown key is still a 401
        raise ForbiddenError(
            "Uppladdning och borttagning är avstängda: ingen API-nyckel med skrivrätt är konfigurerad "
            "(RODATRADEN_API_KEYS=NYCKEL:write). / Uploads and deletes are disabled: no API key with "
            "write rights is configured."
        )
    key = _authenticate(ring, request)
    if not key.write:
        raise ForbiddenError("API-nyckeln saknar skrivrätt. / This API key is read-only; uploads and deletes need a KEY:write key.")
    return key
