"""``GET /v1/collections``: the collections a key can read, with their size. The scope of a request (its key's
collections, narrowed by ``?collection=a,b``) and the index view and assistant for it are resolved in
:mod:`assistant.api.deps`."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from assistant.api.deps import IndexDep, ReadKey

router = APIRouter(tags=["collections"])


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
