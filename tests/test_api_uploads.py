"""Uploads through the real API (uvicorn on 127.0.0.1): any file name gives a doc_id (the same function as
`rodatraden ingest`), duplicates are reported and not indexed unless asked, empty documents are refused."""

from __future__ import annotations

import httpx
import pytest

from assistant.api.launch import ApiProcess
from tests.pdfs import make_pdf

pytestmark = pytest.mark.integration

KEY = "test-upload-key-8910"
W = {"Authorization": f"Bearer {KEY}"}
TEXT = ["Granskning av skyfallsarbetet 2024", "Revisorerna har granskat hur nämnden förbereder sig för skyfall.",
        "Vi rekommenderar att nämnden tar fram en plan för dagvatten."]


@pytest.fixture(scope="module")
def api(tmp_path_factory) -> ApiProcess:
    proc = ApiProcess(tmp_path_factory.mktemp("api-uploads"), env={"RODATRADEN_API_KEYS": f"{KEY}:write"})
    with proc:
        yield proc


def _upload(c: httpx.Client, name: str, content: bytes, **data: str) -> httpx.Response:
    return c.post("/v1/documents", params={"wait": "true"}, headers=W, files={"file": (name, content, "application/pdf")}, data=data or None)


def test_odd_names_and_duplicates(api: ApiProcess) -> None:
    pdf = make_pdf([TEXT], title="Skyfall")
    resaved = make_pdf([TEXT], title="Skyfall, omsparad")  # other bytes, the same text
    odd = make_pdf([["Delårsrapport augusti", "Nämnden redovisar utfallet för perioden januari till augusti."]])
    with httpx.Client(base_url=api.url, headers=W, timeout=300) as c:
        r = _upload(c, "Årsredovisning 2023 – 🎉.pdf", pdf)
        assert r.status_code == 201, r.text
        out = r.json()
        assert out["outcome"]["doc_id"] == "arsredovisning-2023" and out["duplicate_of"] is None
        assert out["document"]["meta"]["file_name"] == "Årsredovisning 2023 – 🎉.pdf"

        r = _upload(c, "-" + "lång rapport " * 20 + ".pdf", odd)
        assert r.status_code == 201, r.text
        long_id = r.json()["outcome"]["doc_id"]
        assert long_id.startswith("lang-rapport-lang") and len(long_id) <= 80
        assert c.get(f"/v1/documents/{long_id}/pages/1").status_code == 200

        r = _upload(c, "Årsredovisning 2023 – 🎉.pdf", pdf)  # the same document again: unchanged, same id
        assert r.status_code == 200 and r.json()["outcome"]["status"] == "unchanged"
        assert r.json()["outcome"]["doc_id"] == "arsredovisning-2023"

        for name, content, kind in (("kopia.pdf", pdf, "bytes"), ("omsparad.pdf", resaved, "text")):
            r = _upload(c, name, content)
            assert r.status_code == 200, r.text
            out = r.json()
            assert out["outcome"]["status"] == "duplicate" and out["outcome"]["duplicate_kind"] == kind
            assert out["duplicate_of"] == "arsredovisning-2023" == out["document"]["meta"]["doc_id"]
        ids = {d["meta"]["doc_id"] for d in c.get("/v1/documents").json()}
        assert ids == {"arsredovisning-2023", long_id}

        r = _upload(c, "omsparad.pdf", resaved, allow_duplicate="true")
        assert r.status_code == 201 and r.json()["outcome"]["doc_id"] == "omsparad"
        r = _upload(c, "arsredovisning 2023.pdf", make_pdf([["Ett annat dokument om hissar och tak."]]))
        assert r.status_code == 201 and r.json()["outcome"]["doc_id"] == "arsredovisning-2023-2"


def test_an_upload_without_searchable_text_is_refused(api: ApiProcess) -> None:
    pdf = make_pdf([["Samma rubrik på varje sida", "Och samma rad under den"]] * 5)
    with httpx.Client(base_url=api.url, headers=W, timeout=300) as c:
        before = c.get("/v1/documents").json()
        r = _upload(c, "Upprepad.pdf", pdf)
        assert r.status_code == 422, r.text
        err = r.json()["error"]
        assert err["code"] == "no_searchable_text" and "5 pages gave 0 chunks" in err["message"]
        assert "/tmp" not in err["message"] and "\n" not in err["message"]
        assert c.get("/v1/documents").json() == before
