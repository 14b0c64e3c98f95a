"""Saved chats per API key over a real API process: create, append, list, reopen, delete; another key sees none."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from assistant.api.launch import ApiProcess

pytestmark = pytest.mark.integration

A = {"Authorization": "Bearer konto-a-nyckel"}
B = {"Authorization": "Bearer konto-b-nyckel"}


def test_conversations_are_saved_per_key(tmp_path: Path) -> None:
    with ApiProcess(tmp_path / "data", env={"RODATRADEN_API_KEYS": "konto-a-nyckel,konto-b-nyckel"}) as api:
        with httpx.Client(base_url=api.url, timeout=60) as c:
            made = c.post("/v1/conversations", headers=A, json={})
            assert made.status_code == 201
            cid = made.json()["id"]
            answer = {"question": "Hur stor är budgeten?", "answer": "Budgeten är 12 mnkr [1].", "citations": [
                {"n": 1, "doc_id": "rapport", "title": "Rapport", "page": 2, "quote": "Budgeten är 12 mnkr."}]}
            assert c.post(f"/v1/conversations/{cid}/messages", headers=A,
                          json={"role": "user", "content": "Hur stor är budgeten?"}).status_code == 200
            s = c.post(f"/v1/conversations/{cid}/messages", headers=A,
                       json={"role": "assistant", "content": answer["answer"], "answer": answer}).json()
            assert s["messages"] == 2 and s["title"] == "Hur stor är budgeten?"  # named by the first question
            listed = c.get("/v1/conversations", headers=A).json()
            assert [x["id"] for x in listed] == [cid]
            full = c.get(f"/v1/conversations/{cid}", headers=A).json()
            assert [m["role"] for m in full["items"]] == ["user", "assistant"]
            assert full["items"][1]["answer"]["citations"][0]["quote"] == "Budgeten är 12 mnkr."

            # another key: nothing, and not even the id
            assert c.get("/v1/conversations", headers=B).json() == []
            assert c.get(f"/v1/conversations/{cid}", headers=B).status_code == 404
            assert c.delete(f"/v1/conversations/{cid}", headers=B).status_code == 404
            assert c.post(f"/v1/conversations/{cid}/messages", headers=B,
                          json={"role": "user", "content": "x"}).status_code == 404
            assert c.get("/v1/conversations").status_code == 401
            assert c.post(f"/v1/conversations/{cid}/messages", headers=A,
                          json={"role": "system", "content": "x"}).status_code == 422

            assert c.delete(f"/v1/conversations/{cid}", headers=A).json() == {"id": cid, "deleted": True}
            assert c.get("/v1/conversations", headers=A).json() == []
            assert c.get(f"/v1/conversations/{cid}", headers=A).status_code == 404
