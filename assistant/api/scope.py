"""Which collections a request may see: the key's read scope, narrowed by the collections the request asks for.

A document outside the scope does not exist for the request (404, never 403: its id is not confirmed either).
"""

from __future__ import annotations

from typing import Any

from assistant.api.security import ApiKey, require_collection_write
from index.metadata import DEFAULT_COLLECTION
from index.models import DocumentInfo
from rodatraden.errors import ForbiddenError, UnknownDocumentError


def read_scope(key: ApiKey | None, asked: list[str] | None = None) -> frozenset[str] | None:
    """None: every collection. Otherwise the collections this request reads (possibly empty)."""
    allowed = None if key is None else key.read_collections
    if asked:
        wanted = frozenset(a.strip().lower() for a in asked if a and a.strip())
        return wanted if allowed is None else wanted & allowed
    return allowed


def visible(scope: frozenset[str] | None, collection: str) -> bool:
    return scope is None or collection in scope


def require_document(index: Any, scope: frozenset[str] | None, doc_id: str) -> DocumentInfo:
    info = index.document(doc_id)  # UnknownDocumentError when absent
    if not visible(scope, info.meta.collection):
        raise UnknownDocumentError(doc_id)
    return info


def default_collection(key: ApiKey) -> str:
    """Where an upload goes when it names no collection: the key's only writable collection, else the default."""
    if key.write_collections is not None and len(key.write_collections) == 1:
        return next(iter(key.write_collections))
    return DEFAULT_COLLECTION


def require_writable_doc(index: Any, key: ApiKey, doc_id: str) -> DocumentInfo | None:
    """The existing document (None when new) if this key may change it; a document of another collection is
    refused without saying whether it exists."""
    try:
        info = index.document(doc_id)
    except UnknownDocumentError:
        return None
    if not key.can_write(info.meta.collection):
        if not key.can_read(info.meta.collection):
            raise ForbiddenError("Dokument-id:t kan inte användas med den här nyckeln. / "
                                 "This doc_id cannot be used with this key.")
        require_collection_write(key, info.meta.collection)
    return info
