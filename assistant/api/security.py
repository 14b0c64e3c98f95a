"""API keys. ``settings.api_keys`` holds comma-separated entries ``KEY`` followed by grants:

* ``KEY`` or ``KEY:read`` — read every collection; ``KEY:write`` — read and write every collection;
* ``KEY:admin`` — everything (every collection, present and future);
* ``KEY:read@a+b`` — read collections a and b; ``KEY:write@c`` — read and write collection c;
  grants combine: ``KEY:read@a:write@b``.

Clients send ``Authorization: Bearer KEY``.

* Reading needs a key whenever any key is configured in ``api_keys``. The local write key that
  ``rodatraden start`` keeps in the data dir (``local_keys``) does not turn that on: on one person's machine
  reads stay open on loopback.
* Uploading, editing and deleting always need a key with write rights on the document's collection;
  with no write key at all they are refused.
* Missing or unknown key: 401 with ``WWW-Authenticate: Bearer``; a key without the right: 403.

Keys are compared with :func:`hmac.compare_digest` against every configured key, so the time taken
does not depend on which key (if any) matched.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass

from fastapi import Request

from rodatraden.errors import AuthError, ConfigError, ForbiddenError

COLLECTION_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_GRANT = re.compile(r"^(read|write|admin)(?:@([a-z0-9._+-]+))?$")


@dataclass(frozen=True)
class ApiKey:
    name: str  # a non-secret label for logs: the first 4 characters and the length
    write: bool  # write rights on at least one collection
    owner: str = "anonymous"  # a stable non-secret id of the key (saved chats belong to it)
    admin: bool = False
    read_collections: frozenset[str] | None = None  # None: every collection
    write_collections: frozenset[str] | None = frozenset()  # None: every collection

    def can_read(self, collection: str) -> bool:
        return self.read_collections is None or collection in self.read_collections

    def can_write(self, collection: str) -> bool:
        return self.write_collections is None or collection in self.write_collections


@dataclass(frozen=True)
class _Entry:
    secret: bytes
    admin: bool
    read: frozenset[str] | None
    write: frozenset[str] | None


def _collections(raw: str | None, entry: str) -> frozenset[str] | None:
    if raw is None:
        return None
    names = frozenset(n for n in raw.split("+") if n)
    for n in names:
        if not COLLECTION_RE.fullmatch(n):
            raise ConfigError(f"RODATRADEN_API_KEYS: invalid collection {n!r} in entry {entry[:4]!r}…")
    return names


def _union(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    return None if a is None or b is None else a | b


def parse_entry(raw: str) -> _Entry:
    parts = raw.split(":")
    grants: list[str] = []
    while len(parts) > 1 and _GRANT.fullmatch(parts[-1].strip().lower()):
        grants.insert(0, parts.pop().strip().lower())
    key = ":".join(parts).strip()
    if not key:
        raise ConfigError(f"RODATRADEN_API_KEYS: empty key in entry {raw[:4]!r}…")
    admin = False
    read: frozenset[str] | None = frozenset()
    write: frozenset[str] | None = frozenset()
    for g in grants or ["read"]:
        m = _GRANT.fullmatch(g)
        assert m is not None
        kind, colls = m.group(1), _collections(m.group(2), raw)
        if kind == "admin":
            admin, read, write = True, None, None
        elif kind == "write":
            write = _union(write, colls)
            read = _union(read, colls)
        else:
            read = _union(read, colls)
    return _Entry(key.encode("utf-8"), admin, read, write)


def key_owner(presented: str) -> str:
    """A stable, non-secret id of a key (its saved chats are stored under it)."""
    return hashlib.sha256(b"rodatraden-owner:" + presented.encode("utf-8")).hexdigest()[:24]


class KeyRing:
    def __init__(self, spec: str, local_keys: list[str] | None = None) -> None:
        self._entries: list[_Entry] = [parse_entry(raw.strip()) for raw in (spec or "").split(",") if raw.strip()]
        self._read_auth = bool(self._entries)
        for k in local_keys or []:
            if k.strip():
                self._entries.append(_Entry(k.strip().encode("utf-8"), True, None, None))

    @property
    def configured(self) -> bool:
        """Reads need a key (keys were configured for a shared set-up)."""
        return self._read_auth

    @property
    def has_write_key(self) -> bool:
        return any(e.write is None or e.write for e in self._entries)

    def lookup(self, presented: str) -> ApiKey | None:
        candidate = presented.encode("utf-8")
        found: _Entry | None = None
        for entry in self._entries:  # no early exit: every key is compared
            if hmac.compare_digest(entry.secret, candidate):
                found = entry
        if found is None:
            return None
        return ApiKey(name=f"{presented[:4]}…({len(presented)})", write=found.write is None or bool(found.write),
                      owner=key_owner(presented), admin=found.admin, read_collections=found.read,
                      write_collections=found.write)


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
    """None: open reads (no keys configured) and no key sent. A key that is sent is always checked."""
    if not ring.configured:
        token = _bearer(request)
        return ring.lookup(token) if token else None  # open reads: an unknown key is ignored, as no key
    return _authenticate(ring, request)


def authorize_write(ring: KeyRing, request: Request) -> ApiKey:
    if not ring.has_write_key:
        if ring.configured:
            _authenticate(ring, request)  # an unknown key is still a 401
        raise ForbiddenError(
            "Uppladdning och borttagning är avstängda: ingen API-nyckel med skrivrätt är konfigurerad "
            "(RODATRADEN_API_KEYS=NYCKEL:write, eller starta med `rodatraden start`). / Uploads and deletes are "
            "disabled: no API key with write rights is configured."
        )
    key = _authenticate(ring, request)
    if not key.write:
        raise ForbiddenError("API-nyckeln saknar skrivrätt. / This API key is read-only; uploads and deletes need a KEY:write key.")
    return key


def require_collection_write(key: ApiKey, collection: str) -> None:
    if not key.can_write(collection):
        raise ForbiddenError(f"API-nyckeln saknar skrivrätt i samlingen {collection!r}. / "
                             f"This API key cannot write to collection {collection!r}.")
