"""Any file name -> a valid, stable doc_id (ingest.doc_ids), shared by the CLI and the API."""

from __future__ import annotations

import pytest

from index.store import DOC_ID_RE
from assistant.api.uploads import DOC_ID_RE as API_DOC_ID_RE
from ingest.doc_ids import resolve_doc_id, slugify
from ingest.models import DocumentMeta


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Årsredovisning 2023.pdf", "arsredovisning-2023"),
        ("Delårsrapport – augusti (Kultur- och fritidsnämnden).PDF", "delarsrapport-augusti-kultur-och-fritidsnamnden"),
        ("-ledande-streck.pdf", "ledande-streck"),
        ("Café Ørestad Straße 🏠🎉 budget.pdf", "cafe-orestad-strasse-budget"),
        ("C:\\Users\\x\\Yttrande_över revisionen.pdf", "yttrande_over-revisionen"),
        ("../../etc/Granskning av   skyfall.pdf", "granskning-av-skyfall"),
        ("🎉🎉.pdf", ""),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_long_names_are_capped_stable_and_kept_apart() -> None:
    a, b = "Å" * 150 + " del 1.pdf", "Å" * 150 + " del 2.pdf"
    sa, sb = slugify(a), slugify(b)
    assert len(sa) <= 80 and len(sb) <= 80 and sa != sb
    assert slugify(a) == sa  # stable
    for s in (sa, sb):
        assert DOC_ID_RE.fullmatch(s) and API_DOC_ID_RE.fullmatch(s)


def _meta(doc_id: str, file_name: str, sha: str = "0" * 64) -> DocumentMeta:
    return DocumentMeta(doc_id=doc_id, title="t", file_name=file_name, sha256=sha)


def test_resolve_keeps_the_id_of_the_same_name_and_suffixes_other_documents() -> None:
    docs = [_meta("arsredovisning-2023", "Årsredovisning 2023.pdf")]
    assert resolve_doc_id(docs, "Årsredovisning 2023.pdf", "1" * 64) == "arsredovisning-2023"  # a new version
    assert resolve_doc_id(docs, "arsredovisning 2023.pdf", "1" * 64) == "arsredovisning-2023-2"
    docs.append(_meta("arsredovisning-2023-2", "ARSREDOVISNING_2023.pdf"))
    assert resolve_doc_id(docs, "årsredovisning-2023.pdf", "1" * 64) == "arsredovisning-2023-3"
    assert resolve_doc_id(docs, "ARSREDOVISNING_2023.pdf", "2" * 64) == "arsredovisning-2023-2"
    assert resolve_doc_id([], "🎉.pdf", "abcdef0123" + "0" * 54) == "dokument-abcdef01"
