"""Collections in the API: the scope of a request (its key's collections, narrowed by ``?collection=a,b``), the
index view and the assistant for that scope, and ``GET /v1/collections``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel

from assistant.api.deps import ApiState, IndexDep, ReadKey
from assistant.api.scope import read_scope
from assistant.api.security import ApiKey, authorize_read

router = APIRouter(tags=["collections"])

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


class CollectionInfo(BaseModel):
    name: str
    documents: int
    pages: int


@router.get("/collections", response_model=list[CollectionInfo], responses={401: {"description": "missing or unknown API key"}})
def list_collections(index: IndexDep, _key: ReadKey) -> list[CollectionInfo]:
    """The collections this key can read (those with documents), with their size."""
    counts: dict[str, list[int]] = {}
    for d in index.documents():
        c = counts.setdefault(d.meta.collection, [0, 0])
        c[0] += 1
        c[1] += d.meta.pages
    return [CollectionInfo(name=n, documents=v[0], pages=v[1]) for n, v in sorted(counts.items())]
