"""Any file name -> a valid, stable doc_id. One function for `rodatraden ingest` and the API upload.

``slugify("Årsredovisning 2023 – Brf Ytterby 🏠.pdf") == "arsredovisning-2023-brf-ytterby"``: transliterated
(å→a, ö→o, é→e, ß→ss, æ→ae …), symbols and emoji dropped, runs of anything else one "-", lower case,
at most :data:`MAX_SLUG` characters (a long name keeps a short hash of the whole name, so two long names
that share a beginning stay apart). :func:`resolve_doc_id` then picks the id in an index: the same file
name again keeps its id (a new version replaces the old), another document with the same slug gets
"-2", "-3" … The original file name is kept in ``DocumentMeta.file_name``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

from ingest.models import DocumentMeta

MAX_SLUG = 80
# Letters that Unicode does not decompose into a base letter plus marks.
_LETTERS = {"ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "ı": "i", "ŋ": "n"}
_ALLOWED = re.compile(r"[^a-z0-9._-]+")


def transliterate(text: str) -> str:
    """ASCII letters and digits of ``text``; accented letters lose their marks, other symbols become spaces."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFKD", text):
        low = ch.lower()
        if low in _LETTERS:
            out.append(_LETTERS[low])
        elif unicodedata.combining(ch):
            continue
        elif ord(ch) < 128:
            out.append(ch)
        else:  # emoji, dashes, CJK …: a word boundary
            out.append(" ")
    return "".join(out)


def file_stem(file_name: str) -> str:
    """The base name without directories (either slash) and without a trailing ".pdf"."""
    base = re.split(r"[\\/]", unicodedata.normalize("NFC", file_name or ""))[-1]
    return base[:-4] if base.lower().endswith(".pdf") else base


def slugify(file_name: str) -> str:
    """The doc_id a file name gives (may be "" when the name has no letters or digits at all)."""
    stem = file_stem(file_name)
    slug = _ALLOWED.sub("-", transliterate(stem).lower())
    slug = re.sub(r"-{2,}", "-", slug).strip("._-")
    if len(slug) > MAX_SLUG:
        digest = hashlib.sha1(slug.encode()).hexdigest()[:8]
        slug = slug[: MAX_SLUG - 9].rstrip("._-") + "-" + digest
    return slug


def resolve_doc_id(documents: Iterable[DocumentMeta], file_name: str, sha256: str) -> str:
    """The doc_id for ``file_name`` among the indexed ``documents``.

    The same file name again keeps the id it has (a changed file replaces its old version). Otherwise the
    name's slug, or "<slug>-2", "<slug>-3" … when another document holds it; a name without letters or
    digits gets "dokument-<first 8 hex of the file's sha256>"."""
    docs = list(documents)
    name = unicodedata.normalize("NFC", re.split(r"[\\/]", file_name or "")[-1])
    for meta in docs:
        if unicodedata.normalize("NFC", meta.file_name) == name:
            return meta.doc_id
    slug = slugify(name) or f"dokument-{sha256[:8]}"
    taken = {m.doc_id for m in docs}
    if slug not in taken:
        return slug
    k = 2
    while f"{slug}-{k}" in taken:
        k += 1
    return f"{slug}-{k}"
