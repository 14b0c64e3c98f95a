"""Collections with scoped keys over a real API process: a key for collection "alfa" never sees one character of
collection "beta" through any endpoint (ask, chat completions streamed or not, documents, page text, page image,
file, tables, recommendations, jobs, collections, conversations, edits, deletes, uploads)."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from assistant.api.launch import ApiProcess
from tests import embeddings_cache

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[1]
ALFA, BETA, ADMIN = "alfa-nyckel-123", "beta-nyckel-456", "admin-nyckel-789"
EMPTY = "tom-nyckel-000"  # reads a collection with no documents: what every answer says without any document
KEYS = f"{ALFA}:write@alfa,{BETA}:write@beta,{ADMIN}:admin,{EMPTY}:read@tom"
BETA_PDFS = [REPO / "corpus" / "run-verksamhetsberattelse-2023-08.pdf", REPO / "corpus" / "granskning-budgetprocessen-2023.pdf"]
ALFA_PDF = REPO / "tests" / "data" / "fiktivt-yttrande-budgetprocessen-2024.pdf"
QUESTIONS = ["Visa budgetuppföljningen per verksamhet.", "Hur stor är prognosen för helåret jämfört med budget?",
             "Vilka rekommendationer ger revisorerna?", "What is the forecast for the full year?",
             "Vad säger yttrandet om budgetprocessen?"]


def _h(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]{7,}", text)}


def test_a_key_for_one_collection_never_sees_another(tmp_path: Path) -> None:
    embeddings_cache.seed(tmp_path / "data")  # the corpus PDFs' vectors from the session (the uploads still ingest)
    with ApiProcess(tmp_path / "data", env={"RODATRADEN_API_KEYS": KEYS}) as api:
        with httpx.Client(base_url=api.url, timeout=1200) as c:
            beta_jobs = []
            for pdf in BETA_PDFS:  # a key with one collection uploads into it
                r = c.post("/v1/documents", headers=_h(BETA), files={"file": (pdf.name, pdf.read_bytes())})
                assert r.status_code == 202, r.text
                beta_jobs.append(r.json()["job"]["id"])
            r = c.post("/v1/documents", headers=_h(ALFA), params={"wait": "true"},
                       files={"file": (ALFA_PDF.name, ALFA_PDF.read_bytes())})
            assert r.status_code == 201, r.text
            alfa_id = r.json()["document"]["meta"]["doc_id"]
            assert r.json()["document"]["meta"]["collection"] == "alfa"
            for job_id in beta_jobs:  # wait for the beta jobs (admin sees every job)
                while (j := c.get(f"/v1/jobs/{job_id}", headers=_h(ADMIN)).json())["status"] not in ("done", "failed"):
                    pass
                assert j["status"] == "done", j

            docs = {d["meta"]["doc_id"]: d for d in c.get("/v1/documents", headers=_h(ADMIN)).json()}
            beta_ids = [d for d, info in docs.items() if info["meta"]["collection"] == "beta"]
            assert len(beta_ids) == 2 and alfa_id in docs
            beta_text, alfa_text = "", ""
            for d, info in docs.items():
                for n in range(1, info["meta"]["pages"] + 1):
                    t = c.get(f"/v1/documents/{d}/pages/{n}", headers=_h(ADMIN)).json()["text"]
                    if d in beta_ids:
                        beta_text += "\n" + t
                    else:
                        alfa_text += "\n" + t
            asked = " ".join(QUESTIONS)
            secret = _words(beta_text) - _words(alfa_text) - _words(asked) - _words(" ".join(beta_ids))
            phrases = {docs[d]["meta"]["title"].lower() for d in beta_ids} | {"204 846"}  # titles, a table figure
            assert len(secret) > 200

            # positive control: beta's own key gets beta's content
            control = c.post("/v1/ask", headers=_h(BETA), json={"question": QUESTIONS[0]}).json()
            assert control["tables"] and any(w in control["answer"].lower() or w in str(control).lower() for w in secret)

            baseline = []  # the answers' own wording (abstentions, notes, glossary), from an empty collection
            for q in QUESTIONS:
                baseline.append(c.post("/v1/ask", headers=_h(EMPTY), json={"question": q}).text)
                baseline.append(c.post("/v1/chat/completions", headers=_h(EMPTY), json={
                    "model": "rodatraden", "messages": [{"role": "user", "content": q}]}).text)
            baseline.append(c.get("/openapi.json").text)  # field names and descriptions
            baseline.append(c.get("/v1/documents/finns-inte", headers=_h(EMPTY)).text)  # the 404 message
            secret -= _words("\n".join(baseline))

            seen: list[str] = []

            def get(path: str, **kw) -> httpx.Response:
                r = c.get(path, headers=_h(ALFA), **kw)
                seen.append(f"GET {path} {r.status_code} {r.text if 'image' not in r.headers.get('content-type', '') else ''}")
                return r

            def post(path: str, **kw) -> httpx.Response:
                r = c.post(path, headers=_h(ALFA), **kw)
                seen.append(f"POST {path} {r.status_code} {r.text}")
                return r

            assert [d["meta"]["doc_id"] for d in get("/v1/documents").json()] == [alfa_id]
            assert get("/v1/documents", params={"collection": "beta"}).json() == []
            assert [x["name"] for x in get("/v1/collections").json()] == ["alfa"]
            for b in beta_ids:
                for path in (f"/v1/documents/{b}", f"/v1/documents/{b}/pages/1", f"/v1/documents/{b}/pages/1.png",
                             f"/v1/documents/{b}/file"):
                    assert get(path).status_code == 404
                assert get("/v1/tables", params={"doc_id": b}).status_code == 404
                assert post("/v1/ask", json={"question": QUESTIONS[0], "doc_ids": [b]}).status_code == 404
                r = c.patch(f"/v1/documents/{b}", headers=_h(ALFA), json={"collection": "alfa"})
                assert r.status_code == 404
                r = c.delete(f"/v1/documents/{b}", headers=_h(ALFA))
                assert r.status_code == 404
                r = c.post("/v1/documents", headers=_h(ALFA), params={"wait": "true"}, data={"doc_id": b},
                           files={"file": (ALFA_PDF.name, ALFA_PDF.read_bytes())})
                assert r.status_code == 403  # cannot take over beta's doc_id
            assert get("/v1/tables").json() == [] or all(t["doc_id"] == alfa_id for t in get("/v1/tables").json())
            recs = get("/v1/recommendations").json()
            assert all(r["report_doc_id"] == alfa_id for r in recs)
            for job_id in beta_jobs:
                assert get(f"/v1/jobs/{job_id}").status_code == 404
            assert all(j["collection"] == "alfa" for j in get("/v1/jobs").json())
            assert get("/v1/conversations").json() == []
            for q in QUESTIONS:
                for params in (None, {"collection": "beta"}, {"collection": "alfa,beta"}):
                    a = post("/v1/ask", json={"question": q}, params=params).json()
                    assert all(cit["doc_id"] == alfa_id for cit in a.get("citations", []))
                post("/v1/chat/completions", json={"model": "rodatraden", "messages": [{"role": "user", "content": q}]})
                with c.stream("POST", "/v1/chat/completions", headers=_h(ALFA),
                              json={"model": "rodatraden", "stream": True,
                                    "messages": [{"role": "user", "content": q}]}) as s:
                    seen.append("STREAM " + "".join(s.iter_text()))

            everything = "\n".join(seen).lower()
            leaked = sorted((secret & _words(everything)) | {p for p in phrases if p in everything})
            where = {w: everything[max(0, everything.find(w) - 80): everything.find(w) + 40] for w in leaked[:5]}
            assert not leaked, where
            # the admin key still sees both collections
            names = [x["name"] for x in c.get("/v1/collections", headers=_h(ADMIN)).json()]
            assert names == ["alfa", "beta"]
