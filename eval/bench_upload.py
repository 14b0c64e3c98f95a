"""Upload-to-searchable time through the API's background jobs: ``python -m eval.bench_upload PDF [PDF …]``.

For each PDF: a fresh API process (its own data dir, a write key), ``POST /v1/documents`` (202), ``GET /v1/jobs/{id}``
every 0.2 s until done, then one question restricted to the document; "searchable" is when that question is answered
with a citation from it. Prints the time per stage (parse, OCR, embed, store), the total and pages/s, with the
machine's load average (2 shared cores: figures vary with load). ``--ocr off`` turns OCR off.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import httpx

from assistant.api.launch import ApiProcess

KEY = "bench-upload-key"
H = {"Authorization": f"Bearer {KEY}"}


def measure(pdf: Path, ocr: str, question: str) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-upload-") as tmp:
        env = {"RODATRADEN_API_KEYS": f"{KEY}:write", "RODATRADEN_OCR": ocr, "RODATRADEN_INGEST_TIMEOUT_S": "3600",
               "RODATRADEN_MAX_UPLOAD_MB": "200"}
        with ApiProcess(Path(tmp) / "data", env=env) as api, httpx.Client(base_url=api.url, timeout=600) as c:
            t0 = time.monotonic()
            r = c.post("/v1/documents", headers=H, files={"file": (pdf.name, pdf.read_bytes(), "application/pdf")})
            r.raise_for_status()
            job_id = r.json()["job"]["id"]
            stages: dict[str, float] = {}
            last, since = None, t0
            while True:
                job = c.get(f"/v1/jobs/{job_id}", headers=H).json()
                now = time.monotonic()
                if job["stage"] != last:
                    if last is not None:
                        stages[last] = stages.get(last, 0.0) + now - since
                    last, since = job["stage"], now
                if job["status"] in ("done", "failed"):
                    break
                time.sleep(0.2)
            t_job = time.monotonic() - t0
            if job["status"] == "failed":
                return {"pdf": pdf.name, "ocr": ocr, "error": job["error"]}
            doc_id = job["outcome"]["doc_id"]
            a = c.post("/v1/ask", headers=H, json={"question": question, "doc_ids": [doc_id]}).json()
            t_search = time.monotonic() - t0
            return {"pdf": pdf.name, "ocr": ocr, "pages": job["outcome"]["pages"], "chunks": job["outcome"]["chunks"],
                    "stages_s": {k: round(v, 1) for k, v in stages.items() if k not in ("queued", "done")},
                    "job_s": round(t_job, 1), "searchable_s": round(t_search, 1),
                    "pages_per_s": round(job["outcome"]["pages"] / t_job, 2), "answered": not a.get("abstained"),
                    "cited": bool(a.get("citations")), "load": os.getloadavg()[0]}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("pdfs", nargs="+", type=Path)
    p.add_argument("--ocr", choices=["auto", "off"], default="auto")
    p.add_argument("--question", default="Vad är revisionens bedömning?")
    args = p.parse_args()
    for pdf in args.pdfs:
        print(measure(pdf, args.ocr, args.question), flush=True)


if __name__ == "__main__":
    main()
