"""Bounded load run of the HTTP API on loopback.

Starts the API in its own process on a free port with a temporary data directory (the demo corpus
ingested first), then N async httpx clients post a mix of the gold questions (eval/questions.jsonl)
to POST /v1/ask for S seconds. Prints a JSON summary: requests/s, p50/p95/p99 latency, errors by
status, and the API process's peak RSS (VmHWM from /proc/PID/status).

    python -m eval.bench_api [--clients 20] [--seconds 30] [--corpus corpus] [--out eval/results/bench_api.json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

from assistant.api.launch import ApiProcess, ingest_corpus

REPO_ROOT = Path(__file__).resolve().parents[1]


def load_questions(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.append(json.loads(line)["question"])
    return out


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


async def _client(n: int, url: str, key: str, questions: list[str], deadline: float,
                  latencies: list[float], statuses: Counter, timeout: float) -> None:
    i = n  # each client starts at a different question
    async with httpx.AsyncClient(base_url=url, timeout=timeout, headers={"Authorization": f"Bearer {key}"}) as c:
        while time.monotonic() < deadline:
            q = questions[i % len(questions)]
            i += 7
            t0 = time.perf_counter()
            try:
                r = await c.post("/v1/ask", json={"question": q})
                statuses[str(r.status_code)] += 1
                if r.status_code == 200:
                    latencies.append((time.perf_counter() - t0) * 1000)
            except httpx.HTTPError as exc:
                statuses[type(exc).__name__] += 1


async def load(url: str, key: str, questions: list[str], clients: int, seconds: float, timeout: float) -> dict:
    latencies: list[float] = []
    statuses: Counter = Counter()
    t0 = time.monotonic()
    deadline = t0 + seconds
    await asyncio.gather(*(_client(n, url, key, questions, deadline, latencies, statuses, timeout) for n in range(clients)))
    wall = time.monotonic() - t0  # includes the requests in flight at the deadline
    ok = statuses.get("200", 0)
    return {
        "requests": sum(statuses.values()),
        "ok": ok,
        "errors": sum(v for k, v in statuses.items() if k != "200"),
        "statuses": dict(statuses),
        "wall_s": round(wall, 2),
        "requests_per_s": round(ok / wall, 2) if wall else None,
        "latency_ms": {
            "p50": _r(percentile(latencies, 0.50)), "p95": _r(percentile(latencies, 0.95)),
            "p99": _r(percentile(latencies, 0.99)), "mean": _r(statistics.fmean(latencies) if latencies else None),
            "max": _r(max(latencies) if latencies else None),
        },
    }


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 1)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m eval.bench_api", description=__doc__.splitlines()[0])
    p.add_argument("--clients", type=int, default=20)
    p.add_argument("--seconds", type=float, default=30)
    p.add_argument("--questions", type=Path, default=REPO_ROOT / "eval" / "questions.jsonl")
    p.add_argument("--corpus", type=Path, default=REPO_ROOT / "corpus")
    p.add_argument("--timeout", type=float, default=120, help="per-request timeout (s)")
    p.add_argument("--out", type=Path, help="also write the JSON summary here")
    args = p.parse_args(argv)

    questions = load_questions(args.questions)
    data = Path(tempfile.mkdtemp(prefix="rodatraden-bench-api-"))
    key = "bench-" + os.urandom(8).hex()
    try:
        t0 = time.perf_counter()
        ingest_corpus(data, [args.corpus])
        ingest_s = time.perf_counter() - t0
        with ApiProcess(data, env={"RODATRADEN_API_KEYS": key}) as api:
            rss_start = api.peak_rss_kb()
            with httpx.Client(base_url=api.url, headers={"Authorization": f"Bearer {key}"}, timeout=args.timeout) as c:
                c.post("/v1/ask", json={"question": questions[0]})  # warm-up (lazy keyword index, first query)
                health = c.get("/healthz").json()
            result = asyncio.run(load(api.url, key, questions, args.clients, args.seconds, args.timeout))
            rss_peak = api.peak_rss_kb()
        summary = {
            "benchmark": "api_ask_load",
            "clients": args.clients, "seconds": args.seconds, "questions": len(questions),
            "corpus": {"documents": health.get("documents"), "chunks": health.get("chunks"), "tables": health.get("tables"),
                       "ingest_s": round(ingest_s, 1)},
            **result,
            "api_peak_rss_mb": round(rss_peak / 1024, 1) if rss_peak else None,
            "api_peak_rss_at_start_mb": round(rss_start / 1024, 1) if rss_start else None,
            "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                        "loadavg_1m": round(os.getloadavg()[0], 2)},
        }
    finally:
        shutil.rmtree(data, ignore_errors=True)
    text = json.dumps(summary, ensure_ascii=False, indent=2)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
