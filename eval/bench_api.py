"""Load run of the HTTP API on loopback: throughput with many clients as a multiple of one client's, measured in
the same run, while a writer re-uploads a document; and the API's CPU use meanwhile (on a shared machine the
cores it got, not only the wall clock, say whether it was the API or the machine that limited throughput).

Starts the API (``--workers`` processes) in its own process on a free port with a temporary data directory (the
demo corpus ingested first, plus a small two-version document). Then, in one run:
1. one client posts the gold questions (eval/questions.jsonl) to POST /v1/ask for ``--single-seconds``;
2. ``--clients`` async clients do the same for ``--seconds`` while a writer re-uploads the two-version document
   back and forth; every ``--swap-every``-th request of a client asks about that document.
Prints a JSON summary: requests/s of both phases and their ratio, p50/p95/p99 latency, errors by status, where a
request's time goes (the server's own retrieval/answer/total timings against the latency the client saw; the
rest is queueing for a worker and the GIL), answers about the re-uploaded document that mix both versions or cite
neither, the API's peak RSS (summed over its workers), the load generator's own CPU per request, and the machine's
load average before and after. The API runs in a session of its own (``--same-session``: in this one), so on a
kernel with autogroup scheduling the load generator's CPU does not come out of the API's share.

    python -m eval.bench_api [--clients 20] [--seconds 30] [--single-seconds 15] [--workers 2] [--out FILE]
                             [--corpus-cache DIR]  (reuse an ingested corpus between runs; ingest_s then times the copy)
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
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from assistant.api.launch import ApiProcess, ingest_corpus
from eval.report import print_json

REPO_ROOT = Path(__file__).resolve().parents[1]
SWAP_DOC = "bench-solros"
SWAP_QUESTION = "Hur stor är budgeten för projekt Solros?"
SWAP_VERSIONS = {
    "ett": ["Projekt Solros (version ett)\nBudgeten för projekt Solros är 111 tkr i version ett.\nAnsvarig är enheten Norr.",
            "Uppföljning av Solros (version ett)\nUtfallet för Solros blev 101 tkr i version ett."],
    "två": ["Projekt Solros (version två)\nBudgeten för projekt Solros är 222 tkr i version två.\nAnsvarig är enheten Syd.",
            "Uppföljning av Solros (version två)\nUtfallet för Solros blev 202 tkr i version två.\nEn extra rad i version två."],
}


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


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 1)


def _pdf(version: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    import io

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setTitle(f"Solros {version}")
    for page in SWAP_VERSIONS[version]:
        y = 800
        for line in page.split("\n"):
            c.drawString(72, y, line)
            y -= 18
        c.showPage()
    c.save()
    return buf.getvalue()


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    server_ms: dict[str, list[float]] = field(default_factory=lambda: {"retrieval": [], "answer": [], "total": []})
    swap_answers: int = 0
    mixed: int = 0
    neither: int = 0

    def summary(self, wall: float) -> dict:
        ok = self.statuses.get("200", 0)
        lat = self.latencies
        server = {k: _r(statistics.fmean(v) if v else None) for k, v in self.server_ms.items()}
        mean_latency = statistics.fmean(lat) if lat else None
        return {
            "requests": sum(self.statuses.values()), "ok": ok,
            "errors": sum(v for k, v in self.statuses.items() if k != "200"), "statuses": dict(self.statuses),
            "wall_s": round(wall, 2), "requests_per_s": round(ok / wall, 2) if wall else None,
            "latency_ms": {"p50": _r(percentile(lat, 0.50)), "p95": _r(percentile(lat, 0.95)),
                           "p99": _r(percentile(lat, 0.99)), "mean": _r(mean_latency), "max": _r(max(lat) if lat else None)},
            "time_split_ms": {"server_retrieval_mean": server["retrieval"], "server_answer_mean": server["answer"],
                              "server_total_mean": server["total"],
                              "waiting_mean": _r(mean_latency - server["total"]) if mean_latency and server["total"] else None},
            "swap_doc_answers": self.swap_answers, "mixed_versions": self.mixed, "cited_neither_version": self.neither,
        }

    def record(self, body: dict, swap: bool) -> None:
        for k in self.server_ms:
            if k in (body.get("timings_ms") or {}):
                self.server_ms[k].append(float(body["timings_ms"][k]))
        if not swap:
            return
        self.swap_answers += 1
        text = body.get("answer", "") + " ".join(c.get("quote", "") for c in body.get("citations", []))
        versions = {v for v in SWAP_VERSIONS if f"version {v}" in text or ("111" if v == "ett" else "222") in text}
        if len(versions) > 1:
            self.mixed += 1
        elif not versions or not body.get("citations"):
            self.neither += 1


async def _client(n: int, c: httpx.AsyncClient, questions: list[str], deadline: float, tally: Tally,
                  swap_every: int) -> None:
    i = n  # each client starts at a different question
    k = 0
    while time.monotonic() < deadline:
        k += 1
        swap = swap_every > 0 and k % swap_every == 0
        body = {"question": SWAP_QUESTION, "doc_ids": [SWAP_DOC]} if swap else {"question": questions[i % len(questions)]}
        i += 7
        t0 = time.perf_counter()
        try:
            r = await c.post("/v1/ask", json=body)
            tally.statuses[str(r.status_code)] += 1
            if r.status_code == 200:
                tally.latencies.append((time.perf_counter() - t0) * 1000)
                tally.record(r.json(), swap)
        except httpx.HTTPError as exc:
            tally.statuses[type(exc).__name__] += 1


async def _writer(c: httpx.AsyncClient, deadline: float, pause: float, outcomes: Counter) -> None:
    versions = ["två", "ett"]
    k = 0
    while time.monotonic() < deadline:
        v = versions[k % 2]
        k += 1
        try:
            r = await c.post("/v1/documents", params={"wait": "true"}, files={"file": ("solros.pdf", _pdf(v), "application/pdf")},
                             data={"doc_id": SWAP_DOC})
            outcomes[str(r.status_code)] += 1
        except httpx.HTTPError as exc:
            outcomes[type(exc).__name__] += 1
        await asyncio.sleep(pause)


async def phase(url: str, key: str, questions: list[str], clients: int, seconds: float, timeout: float,
                swap_every: int, writer_pause: float | None) -> dict:
    tally = Tally()
    writes: Counter = Counter()
    cpu0 = time.process_time()  # the load generator's own CPU (it shares the machine with the API)
    limits = httpx.Limits(max_connections=clients + 2, max_keepalive_connections=clients + 2)
    async with httpx.AsyncClient(base_url=url, timeout=timeout, headers={"Authorization": f"Bearer {key}"},
                                 limits=limits) as c:
        t0 = time.monotonic()
        deadline = t0 + seconds
        jobs = [_client(n, c, questions, deadline, tally, swap_every) for n in range(clients)]
        if writer_pause is not None:
            jobs.append(_writer(c, deadline, writer_pause, writes))
        await asyncio.gather(*jobs)
        wall = time.monotonic() - t0  # includes the requests in flight at the deadline
    out = {"clients": clients, **tally.summary(wall)}
    ok = out["ok"]
    out["client_cpu_ms_per_request"] = round(1000 * (time.process_time() - cpu0) / ok, 1) if ok else None
    if writer_pause is not None:
        out["re_uploads"] = dict(writes)
    return out


def _cpu_s(pids: list[int]) -> float:
    """User + system CPU seconds of these processes so far (from /proc/PID/stat)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except (OSError, IndexError, ValueError):
            continue
    return total / tick


def measured(api: ApiProcess, run) -> dict:
    """``run()``'s summary plus the API's CPU use meanwhile: CPU seconds, and cores busy on average (CPU seconds
    over wall seconds; 2.0 = both cores of this machine all the time)."""
    pids = [api.pid, *api.children()]
    before = _cpu_s(pids)
    each = {pid: _cpu_s([pid]) for pid in pids}
    out = run()
    cpu = _cpu_s(pids) - before
    out["api_cpu_s"] = round(cpu, 1)
    # per process (the supervisor first, then each worker): an uneven split says the connections were
    out["api_cpu_s_per_process"] = [round(_cpu_s([pid]) - each[pid], 1) for pid in pids]
    out["api_cores_busy"] = round(cpu / out["wall_s"], 2) if out["wall_s"] else None
    out["cpu_ms_per_request"] = round(1000 * cpu / out["ok"], 1) if out["ok"] else None
    return out


def _autogroup() -> bool | None:
    """Whether the kernel shares the CPU between sessions first (sched_autogroup), then between their threads."""
    try:
        return Path("/proc/sys/kernel/sched_autogroup_enabled").read_text().strip() == "1"
    except OSError:
        return None


def _loadavg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m eval.bench_api", description=__doc__.splitlines()[0])
    p.add_argument("--clients", type=int, default=20)
    p.add_argument("--seconds", type=float, default=30)
    p.add_argument("--single-seconds", type=float, default=15, help="length of the one-client phase")
    p.add_argument("--workers", type=int, default=2, help="API worker processes")
    p.add_argument("--threads", type=int, help="request threads per worker (default: the settings' request_threads, 4 without an LLM)")
    p.add_argument("--swap-every", type=int, default=5, help="every n-th request asks about the re-uploaded document")
    p.add_argument("--writer-pause", type=float, default=2.0, help="seconds between re-uploads (negative: no writer)")
    p.add_argument("--questions", type=Path, default=REPO_ROOT / "eval" / "questions.jsonl")
    p.add_argument("--corpus", type=Path, default=REPO_ROOT / "corpus")
    p.add_argument("--timeout", type=float, default=120, help="per-request timeout (s)")
    p.add_argument("--out", type=Path, help="also write the JSON summary here")
    p.add_argument("--same-session", action="store_true",
                   help="run the API in this process's session (by default it gets its own, as a service does: with "
                        "Linux autogroup scheduling the load generator then does not take from the API's CPU share)")
    p.add_argument("--corpus-cache", type=Path,
                   help="a data dir holding the ingested corpus: copied instead of ingesting again (filled when empty)")
    args = p.parse_args(argv)

    questions = load_questions(args.questions)
    data = Path(tempfile.mkdtemp(prefix="rodatraden-bench-api-"))
    key = "bench-" + os.urandom(8).hex()
    try:
        t0 = time.perf_counter()
        cache = args.corpus_cache
        if cache is not None and (cache / "rodatraden.sqlite").exists():
            shutil.copytree(cache, data, dirs_exist_ok=True)
        else:
            ingest_corpus(data, [args.corpus])
            if cache is not None:
                shutil.copytree(data, cache, dirs_exist_ok=True)
        ingest_s = time.perf_counter() - t0
        env = {"RODATRADEN_API_KEYS": f"{key}:write", "RODATRADEN_API_WORKERS": str(args.workers)}
        if args.threads:
            env["RODATRADEN_API_THREADS"] = str(args.threads)
        with ApiProcess(data, env=env, own_session=not args.same_session) as api:
            with httpx.Client(base_url=api.url, headers={"Authorization": f"Bearer {key}"}, timeout=args.timeout) as c:
                r = c.post("/v1/documents", params={"wait": "true"}, files={"file": ("solros.pdf", _pdf("ett"), "application/pdf")},
                           data={"doc_id": SWAP_DOC})
                assert r.status_code in (200, 201), r.text
                for q in questions[: 4 * args.workers]:  # warm every worker (lazy caches, first query)
                    c.post("/v1/ask", json={"question": q})
                health = c.get("/healthz").json()
            rss_start = api.peak_rss_kb()
            load_before = _loadavg()
            writer = args.writer_pause if args.writer_pause >= 0 else None
            single = measured(api, lambda: asyncio.run(phase(api.url, key, questions, 1, args.single_seconds,
                                                             args.timeout, args.swap_every, None)))
            many = measured(api, lambda: asyncio.run(phase(api.url, key, questions, args.clients, args.seconds,
                                                           args.timeout, args.swap_every, writer)))
            load_after = _loadavg()
            rss_peak = api.peak_rss_kb()
        ratio = (many["requests_per_s"] / single["requests_per_s"]) if single["requests_per_s"] else None
        summary = {
            "benchmark": "api_ask_load",
            "workers": args.workers, "threads": args.threads, "questions": len(questions), "api_own_session": not args.same_session,
            "corpus": {"documents": health.get("documents"), "chunks": health.get("chunks"), "tables": health.get("tables"),
                       "ingest_s": round(ingest_s, 1)},
            "throughput_ratio": round(ratio, 2) if ratio else None,
            "single_client": single,
            "many_clients": many,
            "api_peak_rss_mb": round(rss_peak / 1024, 1) if rss_peak else None,
            "api_peak_rss_at_start_mb": round(rss_start / 1024, 1) if rss_start else None,
            "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "autogroup": _autogroup(),
                        "loadavg_before": load_before, "loadavg_after": load_after},
        }
    finally:
        shutil.rmtree(data, ignore_errors=True)
    print_json(summary, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
