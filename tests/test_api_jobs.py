"""Uploads as background jobs against a real API process: 202 + job id, stages and pages reported, several
uploads queue, questions are answered meanwhile, a bad PDF becomes the job's one-line error."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest

from assistant.api.launch import ApiProcess
from tests.pdfs import make_pdf

pytestmark = pytest.mark.integration

KEY = "jobs-test-write-key"
H = {"Authorization": f"Bearer {KEY}"}


def _report(n: int, topic: str) -> bytes:
    return make_pdf([f"Rapport om {topic}, sida {i}\nKostnaden för {topic} var {100 + i} tkr under {2020 + i % 4}.\n"
                     f"Avsnitt {i} beskriver uppföljningen av {topic} och vilka åtgärder som vidtogs."
                     for i in range(1, n + 1)], title=f"Rapport om {topic}")


PARK = make_pdf(["Parkförvaltningens rapport\nKostnaden för skötseln av parker uppgick till 5 300 tkr under året.",
                 "Nya planteringar\nI Stadsparken planterades 120 nya träd och en ny lekplats byggdes."],
                title="Parkrapport")


def _poll(c: httpx.Client, job_id: str, seen: list[dict], timeout: float = 300) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = c.get(f"/v1/jobs/{job_id}", headers=H).json()
        seen.append(job)
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.05)
    raise AssertionError(f"job {job_id} did not finish: {seen[-1]}")


def test_uploads_queue_report_progress_and_questions_are_answered(tmp_path: Path) -> None:
    with ApiProcess(tmp_path / "data", env={"RODATRADEN_API_KEYS": f"{KEY}:write"}) as api:
        with httpx.Client(base_url=api.url, timeout=120) as c:
            first = c.post("/v1/documents", headers=H, files={"file": ("Vattenrapport.pdf", _report(14, "vatten"))})
            assert first.status_code == 202, first.text
            body = first.json()
            assert first.headers["location"] == body["status_url"] == f"/v1/jobs/{body['job']['id']}"
            second = c.post("/v1/documents", headers=H, files={"file": ("Skolrapport.pdf", _report(3, "skolskjuts"))})
            bad = c.post("/v1/documents", headers=H,
                         files={"file": ("trasig.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntrasig")})
            assert second.status_code == bad.status_code == 202
            queued = c.get(f"/v1/jobs/{second.json()['job']['id']}", headers=H).json()
            assert queued["status"] in ("queued", "running", "done")

            seen: list[dict] = []
            job = _poll(c, body["job"]["id"], seen)
            assert job["status"] == "done" and job["outcome"]["status"] == "added", job
            assert job["pages_done"] == job["pages_total"] == 14 and job["progress"] == 1.0
            running = [j for j in seen if j["status"] == "running"]
            assert running, "the job was never seen running"
            assert {j["stage"] for j in running} <= {"parse", "ocr", "embed", "store"}
            assert all(0 <= j["pages_done"] <= j["pages_total"] == 14 for j in running if j["pages_total"])
            progress = [j["progress"] for j in seen]
            assert progress == sorted(progress)  # never goes back

            # while the second job is ingested, a question about the first document is answered
            answer = c.post("/v1/ask", headers=H, json={"question": "Hur stor var kostnaden för vatten?"})
            assert answer.status_code == 200 and not answer.json()["abstained"]
            assert any("vatten" in cit["quote"].lower() for cit in answer.json()["citations"])

            done2 = _poll(c, second.json()["job"]["id"], [])
            assert done2["status"] == "done" and done2["doc_id"] == "skolrapport"
            failed = _poll(c, bad.json()["job"]["id"], [])
            assert failed["status"] == "failed" and failed["error_code"] == "corrupt_pdf"
            assert failed["error"].startswith("trasig.pdf") and "\n" not in failed["error"]
            assert "/tmp" not in failed["error"]

            docs = {d["meta"]["doc_id"] for d in c.get("/v1/documents", headers=H).json()}
            assert docs == {"vattenrapport", "skolrapport"}
            assert c.get("/v1/jobs/nosuchjob", headers=H).status_code == 404
            listed = [j["id"] for j in c.get("/v1/jobs", headers=H).json()]
            assert body["job"]["id"] in listed and len(listed) == 3


def test_upload_with_metadata_and_patch(tmp_path: Path) -> None:
    with ApiProcess(tmp_path / "data", env={"RODATRADEN_API_KEYS": f"{KEY}:write,lasare"}) as api:
        with httpx.Client(base_url=api.url, timeout=120) as c:
            r = c.post("/v1/documents", headers=H, params={"wait": "true"},
                       files={"file": ("Parkrapport.pdf", PARK)},
                       data={"document_type": "verksamhetsberattelse", "year": "2022", "organisation": "Region Testlän",
                             "period": "helår 2022"})
            assert r.status_code == 201, r.text
            meta = r.json()["document"]["meta"]
            assert (meta["document_type"], meta["year"], meta["organisation"], meta["period"], meta["collection"]) == (
                "verksamhetsberattelse", 2022, "Region Testlän", "helår 2022", "standard")
            bad = c.post("/v1/documents", headers=H, files={"file": ("x.pdf", _report(1, "x"))}, data={"year": "nästa år"})
            assert bad.status_code == 400 and bad.json()["error"]["code"] == "invalid_metadata"

            p = c.patch("/v1/documents/parkrapport", headers=H, json={"type": "granskningsrapport", "year": 2023,
                                                                        "title": "Parkerna 2023", "date": "2024-01-31"})
            assert p.status_code == 200, p.text
            m = p.json()["meta"]
            assert (m["document_type"], m["year"], m["title"], m["date"]) == ("granskningsrapport", 2023, "Parkerna 2023",
                                                                               "2024-01-31")
            assert m["organisation"] == "Region Testlän"  # untouched fields stay
            listed = {d["meta"]["doc_id"]: d["meta"] for d in c.get("/v1/documents", headers=H).json()}
            assert listed["parkrapport"]["year"] == 2023
            answer = c.post("/v1/ask", headers=H, json={"question": "Hur mycket kostade skötseln av parker?"}).json()
            assert any(cit["title"] == "Parkerna 2023" for cit in answer["citations"]), answer  # the new title
            assert c.patch("/v1/documents/parkrapport", json={"year": 2020}).status_code == 401
            assert c.patch("/v1/documents/parkrapport", headers={"Authorization": "Bearer lasare"},
                           json={"year": 2020}).status_code == 403
            assert c.patch("/v1/documents/parkrapport", headers=H, json={"year": "x"}).status_code == 422
            assert c.patch("/v1/documents/parkrapport", headers=H, json={"title": None}).status_code == 400
            assert c.patch("/v1/documents/finns-inte", headers=H, json={"year": 2020}).status_code == 404
