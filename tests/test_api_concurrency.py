"""Questions keep being answered while a document is re-ingested, and every reader sees the old or
the new version of it, never half (the Index swaps a document atomically; an answer reads one snapshot)."""

from __future__ import annotations

import os
import threading

import pytest

from assistant.api.launch import ApiProcess
from tests.pdfs import make_pdf
from tests.test_api_server import READ_KEY, WRITE_KEY, client

pytestmark = pytest.mark.integration

DOC = "solros-projektet"
QUESTION = "Hur stor är budgeten för projekt Solros?"
VERSIONS = {
    "ett": ["Projekt Solros (version ett)\nBudgeten för projekt Solros är 111 tkr i version ett.\nAnsvarig är enheten Norr.",
            "Uppföljning av Solros (version ett)\nUtfallet för Solros blev 101 tkr i version ett."],
    "två": ["Projekt Solros (version två)\nBudgeten för projekt Solros är 222 tkr i version två.\nAnsvarig är enheten Syd.",
            "Uppföljning av Solros (version två)\nUtfallet för Solros blev 202 tkr i version två.\nEn extra rad i version två."],
}


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory):
    """Two worker processes: an upload lands in one, questions in either (each picks up the other's writes)."""
    api = ApiProcess(tmp_path_factory.mktemp("concurrency"), env={
        "RODATRADEN_API_KEYS": f"{READ_KEY}, {WRITE_KEY}:write", "RODATRADEN_API_WORKERS": "2"})
    yield api.start()
    api.stop()


def _upload(c, version: str) -> str:
    pdf = make_pdf(VERSIONS[version], title=f"Solros {version}")
    r = c.post("/v1/documents", params={"wait": "true"}, headers={"Authorization": f"Bearer {WRITE_KEY}"},
               files={"file": ("solros.pdf", pdf, "application/pdf")}, data={"doc_id": DOC})
    assert r.status_code in (200, 201), r.text
    return r.json()["outcome"]["status"]


# RODATRADEN_TEST_REPEAT=20 runs it 20 times against one server (the check that it is not flaky).
@pytest.mark.parametrize("run", range(int(os.environ.get("RODATRADEN_TEST_REPEAT", "1"))))
def test_answers_during_reingest_see_one_whole_version(api: ApiProcess, run: int) -> None:
    with client(api) as c:
        assert _upload(c, "ett") in ("added", "replaced", "unchanged")
    page_text = {}
    with client(api) as c:
        for n in (1, 2):
            page_text[("ett", n)] = c.get(f"/v1/documents/{DOC}/pages/{n}").json()["text"]

    done = threading.Event()
    statuses: list[str] = []
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            with client(api) as w:
                for version in ("två", "ett", "två"):
                    statuses.append(_upload(w, version))
        except BaseException as exc:  # noqa: BLE001 - reported by the assert below
            errors.append(exc)
        finally:
            done.set()

    thread = threading.Thread(target=writer)
    answers, pages = [], []
    with client(api) as c:
        thread.start()
        while not done.is_set() or len(answers) < 3:
            r = c.post("/v1/ask", json={"question": QUESTION, "doc_ids": [DOC]})
            assert r.status_code == 200, r.text
            answers.append(r.json())
            p = c.get(f"/v1/documents/{DOC}/pages/2")
            assert p.status_code == 200, p.text  # the document never disappears during the swap
            pages.append(p.json()["text"])
        thread.join()
        for n in (1, 2):
            page_text[("två", n)] = c.get(f"/v1/documents/{DOC}/pages/{n}").json()["text"]
    final = page_text[("två", 1)]
    assert not errors, errors
    assert statuses == ["replaced", "replaced", "replaced"]
    assert "222 tkr" in final

    for text in pages:  # a page is one version's page, whole
        assert ("version ett" in text) != ("version två" in text), text
    for a in answers:
        assert a["citations"], a
        versions = set()
        for cit in a["citations"]:
            assert cit["doc_id"] == DOC
            quote = cit["quote"]
            versions |= {v for v in VERSIONS if any(quote in page_text[(v, n)] for n in (1, 2))}
            assert versions, f"quote from neither version: {quote!r}"
        assert len(versions) >= 1
        # One answer never mixes the two versions' numbers.
        assert not ("111" in a["answer"] and "222" in a["answer"]), a["answer"]
    with client(api) as c:
        c.delete(f"/v1/documents/{DOC}", headers={"Authorization": f"Bearer {WRITE_KEY}"})


def _cpu_ticks(pid: int) -> int:
    try:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return 0


def test_keep_alive_clients_are_spread_over_both_workers(api: ApiProcess) -> None:
    """Each worker listens on its own socket of the port (SO_REUSEPORT), so a burst of keep-alive connections is
    spread by the kernel; on one shared socket the first worker to wake accepted the whole burst and kept it while
    the other stayed idle. 16 connections all land on one worker with probability 2 ** -15."""
    import http.client
    import json

    with client(api) as c:
        assert _upload(c, "ett") in ("added", "replaced", "unchanged")
    before = {pid: _cpu_ticks(pid) for pid in api.children()}
    conns = [http.client.HTTPConnection("127.0.0.1", api.port, timeout=120) for _ in range(16)]
    for conn in conns:  # one burst of connections, before any request
        conn.connect()
    errors: list[BaseException] = []

    def one_client(conn: http.client.HTTPConnection) -> None:
        try:
            for _ in range(4):
                conn.request("POST", "/v1/ask", body=json.dumps({"question": QUESTION}),
                             headers={"Content-Type": "application/json", "Authorization": f"Bearer {READ_KEY}"})
                resp = conn.getresponse()
                assert resp.status == 200 and json.loads(resp.read())["answer"]
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            conn.close()

    threads = [threading.Thread(target=one_client, args=(conn,)) for conn in conns]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    busy = [pid for pid, t0 in before.items() if _cpu_ticks(pid) - t0 >= 3]  # 3 ticks: 30 ms of CPU
    assert len(busy) >= 2, f"CPU ticks per child: {[(p, _cpu_ticks(p) - t0) for p, t0 in before.items()]}"


def test_a_second_server_on_a_port_in_use_is_refused_with_a_clear_error(api: ApiProcess, tmp_path) -> None:
    """The workers' sockets share the port (SO_REUSEPORT), so a second `serve` of the same user could silently
    share it too: it is refused with a one-line error instead, and the first keeps answering."""
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "assistant.cli", "serve", "--host", "127.0.0.1",
                           "--port", str(api.port)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "RODATRADEN_DATA_DIR": str(tmp_path), "RODATRADEN_API_WORKERS": "2"})
    assert proc.returncode != 0
    assert f"Port {api.port}" in proc.stderr and "in use" in proc.stderr
    assert "Traceback" not in proc.stderr
    with client(api) as c:
        assert c.get("/healthz").status_code == 200
