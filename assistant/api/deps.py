"""Typed dependencies for the routers. The app state (settings, the one Index, the one Assistant,
the key ring and the writer lock) is built once in :func:`assistant.api.app.create_app`. A request sees the index and
the assistant of its scope (its key's collections, narrowed by ``?collection=a,b``): :func:`scoped_for`."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from assistant.api.scope import read_scope
from assistant.api.security import ApiKey, KeyRing, authorize_read, authorize_write
from rodatraden.errors import IndexUnavailableError
from rodatraden.settings import Settings

if TYPE_CHECKING:  # imported lazily at runtime: opening the index loads the embedder
    from assistant.service import Assistant
    from index import Index


@dataclass
class ApiState:
    settings: Settings
    keys: KeyRing
    index: Index | None = None
    assistant: Assistant | None = None
    owns_index: bool = False
    # One writer at a time (uploads, deletes); readers never take it.
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    # Recommendation tracking result cached per index generation.
    cache: dict[str, Any] = field(default_factory=dict)
    cache_lock: threading.Lock = field(default_factory=threading.Lock)
    # Background ingest jobs (assistant.api.jobs.JobQueue), started with the app.
    jobs: Any = None
    # Assistants over collection views (index.scoped.ScopedIndex), one per scope, built on first use.
    scoped: OrderedDict[Any, Any] = field(default_factory=OrderedDict)
    scoped_lock: threading.Lock = field(default_factory=threading.Lock)


def get_state(request: Request) -> ApiState:
    return request.app.state.rodatraden


def get_settings_dep(request: Request) -> Settings:
    return get_state(request).settings


MAX_SCOPES = 16  # assistants kept for distinct scopes (each holds its own caches)


def asked_collections(request: Request) -> list[str] | None:
    values = [v for raw in request.query_params.getlist("collection") for v in raw.split(",") if v.strip()]
    return values or None


def request_scope(state: ApiState, request: Request) -> tuple[ApiKey | None, frozenset[str] | None]:
    key = authorize_read(state.keys, request)
    return key, read_scope(key, asked_collections(request))


def scoped_for(state: ApiState, request: Request, index: Any) -> tuple[Any, Any]:
    """(index view, assistant) for this request; the whole index and the app's assistant when unrestricted."""
    key, read = request_scope(state, request)
    write = key.write_collections if key is not None else frozenset()
    if read is None and (key is None or write is None):
        return index, state.assistant
    scope = (read, write)
    with state.scoped_lock:
        hit = state.scoped.get(scope)
        if hit is not None:
            state.scoped.move_to_end(scope)
            return hit
    from assistant.service import build_assistant
    from index.scoped import ScopedIndex

    view = ScopedIndex(index, read, write)
    pair = (view, build_assistant(view, state.settings))
    with state.scoped_lock:
        state.scoped[scope] = pair
        while len(state.scoped) > MAX_SCOPES:
            state.scoped.popitem(last=False)
    return pair


def base_index(request: Request) -> Any:
    """The whole index, whatever the key's scope (for writes that must see every doc_id)."""
    index = get_state(request).index
    if index is None:
        raise IndexUnavailableError("Indexet är inte öppet. / The index is not open.")
    return index


def get_index(request: Request) -> Any:
    """The index as this request may see it: the key's collections (narrowed by ``?collection=``)."""
    return scoped_for(get_state(request), request, base_index(request))[0]


def get_assistant(request: Request) -> Any:
    state = get_state(request)
    if state.assistant is None:
        raise IndexUnavailableError("Assistenten är inte startad. / The assistant is not running.")
    return scoped_for(state, request, base_index(request))[1]


# Declares the Bearer scheme in OpenAPI (the "Authorize" button in /docs); checking is ours.
_bearer = HTTPBearer(auto_error=False, description="API key: KEY or KEY:write from RODATRADEN_API_KEYS")
_Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def require_read(request: Request, _credentials: _Credentials) -> ApiKey | None:
    return authorize_read(get_state(request).keys, request)


def require_write(request: Request, _credentials: _Credentials) -> ApiKey:
    return authorize_write(get_state(request).keys, request)


StateDep = Annotated[ApiState, Depends(get_state)]
SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
IndexDep = Annotated[Any, Depends(get_index)]  # an index.Index
AssistantDep = Annotated[Any, Depends(get_assistant)]  # an assistant.service.Assistant
ReadKey = Annotated[ApiKey | None, Depends(require_read)]
WriteKey = Annotated[ApiKey, Depends(require_write)]
