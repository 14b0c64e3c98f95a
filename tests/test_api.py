"""The HTTP API end to end: real uvicorn on 127.0.0.1, httpx and the `openai` package as clients."""

from __future__ import annotations

import csv
import io

import pytest
from openai import OpenAI

from assistant.api.launch import ApiProcess
from assistant.models import Answer
from tests.test_api_server import AUDIT_DOC, BUDGET_DOC, READ_KEY, WRITE_KEY, client, corpus_api, error_of
from tests.pdfs import make_pdf

pytestmark = pytest.mark.integration

BUDGET_QUESTION = "Visa budgetuppföljningen per verksamhet."


@pytest.fixture(scope="module")
def api() -> ApiProcess:
    return corpus_api()


@pytest.fixture(scope="module")
def page_texts(api: ApiProcess) -> dict[tuple[str, int], str]:
    """Every page of the corpus as the API serves it (to check quotes against)."""
    out = {}
    with client(api) as c:
        for d in c.get("/v1/documents").json():
            doc_id = d["meta"]["doc_id"]
            if doc_id not in (BUDGET_DOC, AUDIT_DOC):
                continue
            for n in range(1, d["meta"]["pages"] + 1):
                out[(doc_id, n)] = c.get(f"/v1/documents/{doc_id}/pages/{n}").json()["text"]
    return out


def test_ask_budget_question_returns_citations_and_a_table(api: ApiProcess, page_texts) -> None:
    with client(api) as c:
        r = c.post("/v1/ask", json={"question": BUDGET_QUESTION})
    assert r.status_code == 200, r.text
    answer = Answer.model_validate(r.json())
    assert set(r.json()) == set(Answer.model_fields)  # exactly the Answer object
    assert not answer.abstained and answer.language == "sv"
    assert answer.citations, "a budget answer cites its source"
    for cit in answer.citations:
        assert cit.quote in page_texts[(cit.doc_id, cit.page)]  # exact span of the cited page
    assert answer.tables, "budget follow-up comes back as a table"
    table = answer.tables[0]
    assert table.source.doc_id == BUDGET_DOC and table.columns and table.rows
    assert "Bildning" in str(table.rows)


def test_ask_restricted_to_a_document_and_with_history(api: ApiProcess) -> None:
    history = [{"role": "user", "content": "Hur stor är nämndens budget för 2023?"},
               {"role": "assistant", "content": "Budgeten är 204 846 tkr."}]
    with client(api) as c:
        r = c.post("/v1/ask", json={"question": "Och hur mycket hade förbrukats till och med augusti?",
                                    "doc_ids": [BUDGET_DOC], "history": history})
    assert r.status_code == 200, r.text
    answer = Answer.model_validate(r.json())
    assert answer.citations and {c.doc_id for c in answer.citations} == {BUDGET_DOC}


def test_chat_completions_with_the_openai_client(api: ApiProcess) -> None:
    oai = OpenAI(base_url=f"{api.url}/v1", api_key=READ_KEY, timeout=120, max_retries=0)
    completion = oai.chat.completions.create(
        model="gpt-whatever",  # any model name is accepted
        messages=[{"role": "system", "content": "Svara kort."},
                  {"role": "user", "content": "Hur stor är nämndens budget för 2023 och hur mycket hade förbrukats till och med augusti?"}],
        extra_body={"doc_ids": [BUDGET_DOC]},  # Röda tråden extension: restrict to a document
    )
    assert completion.object == "chat.completion" and completion.model == "gpt-whatever"
    content = completion.choices[0].message.content
    assert completion.choices[0].finish_reason == "stop" and content
    extra = Answer.model_validate(completion.model_extra["rodatraden"])
    assert extra.citations and extra.answer in content
    assert {c.doc_id for c in extra.citations} == {BUDGET_DOC}
    assert all(c.quote in content for c in extra.citations)  # sources listed for clients that ignore "rodatraden"
    assert completion.usage.total_tokens > 0


def test_chat_completions_streaming_with_the_openai_client(api: ApiProcess) -> None:
    oai = OpenAI(base_url=f"{api.url}/v1", api_key=READ_KEY, timeout=120, max_retries=0)
    stream = oai.chat.completions.create(
        model="rodatraden", stream=True,
        messages=[{"role": "user", "content": "Vilka nämnder omfattas av granskningen?"}],
    )
    chunks = list(stream)
    assert len(chunks) >= 3
    assert all(ch.object == "chat.completion.chunk" for ch in chunks)
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(ch.choices[0].delta.content or "" for ch in chunks)
    final = chunks[-1]
    assert final.choices[0].finish_reason == "stop"
    answer = Answer.model_validate(final.model_extra["rodatraden"])
    assert text.startswith(answer.answer) and answer.citations
    assert sum(1 for ch in chunks if ch.choices[0].delta.content) >= 2  # word groups, not one blob


def test_chat_stream_ends_with_done(api: ApiProcess) -> None:
    body = {"model": "rodatraden", "stream": True, "messages": [{"role": "user", "content": "Vad är resultatutjämningsreserven?"}]}
    with client(api) as c, c.stream("POST", "/v1/chat/completions", json=body) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        events = [line for line in r.iter_lines() if line.startswith("data: ")]
    assert events[-1] == "data: [DONE]"
    assert '"rodatraden"' in events[-2]


def test_chat_history_comes_from_earlier_turns(api: ApiProcess) -> None:
    body = {"messages": [{"role": "user", "content": "Hur stor är nämndens budget för 2023?"},
                         {"role": "assistant", "content": "204 846 tkr."},
                         {"role": "user", "content": [{"type": "text", "text": "Och prognosen för helåret?"}]}]}
    with client(api) as c:
        r = c.post("/v1/chat/completions", json=body)
    assert r.status_code == 200, r.text
    assert r.json()["rodatraden"]["question"].startswith("Och prognosen")


def test_chat_without_a_user_message_is_a_400(api: ApiProcess) -> None:
    with client(api) as c:
        r = c.post("/v1/chat/completions", json={"messages": [{"role": "system", "content": "Hej"}]})
    assert r.status_code == 400 and error_of(r)["code"] == "empty_question"


def test_models_lists_the_assistant(api: ApiProcess) -> None:
    oai = OpenAI(base_url=f"{api.url}/v1", api_key=READ_KEY, max_retries=0)
    assert [m.id for m in oai.models.list()] == ["rodatraden"]


def test_documents_list(api: ApiProcess) -> None:
    with client(api) as c:
        docs = c.get("/v1/documents").json()
    by_id = {d["meta"]["doc_id"]: d for d in docs}
    assert {BUDGET_DOC, AUDIT_DOC} <= set(by_id)
    assert by_id[AUDIT_DOC]["meta"]["pages"] == 30 and by_id[AUDIT_DOC]["chunks"] > 0
    assert by_id[BUDGET_DOC]["meta"]["title"].startswith("Verksamhetsberättelse")


def test_page_of_a_citation(api: ApiProcess) -> None:
    with client(api) as c:
        r = c.get(f"/v1/documents/{AUDIT_DOC}/pages/8")
        assert r.status_code == 200
        page = r.json()
        assert set(page) == {"doc_id", "page", "text", "title"}
        assert page["page"] == 8 and page["title"].startswith("Granskning av budgetprocessen")
        assert "Regionala utvecklingsnämnden samt övriga förvaltningar" in page["text"]
        missing = c.get(f"/v1/documents/{AUDIT_DOC}/pages/99")
        assert missing.status_code == 404 and error_of(missing)["code"] == "page_not_found"


def test_tables_are_typed(api: ApiProcess) -> None:
    with client(api) as c:
        tables = c.get("/v1/tables", params={"doc_id": BUDGET_DOC}).json()
        everything = c.get("/v1/tables").json()
    assert tables and all(t["doc_id"] == BUDGET_DOC for t in tables)
    assert len(everything) > len(tables)
    t = next(t for t in tables if any(r["label"].startswith("Bildning") for r in t["rows"]))
    assert {"doc_id", "page", "title", "unit", "columns", "rows"} <= set(t)
    assert t["unit"] == "tkr"
    row = next(r for r in t["rows"] if r["label"].startswith("Bildning"))
    assert row["cells"][0] == {"raw": "70 597", "value": 70597.0}


def test_recommendations_with_filters(api: ApiProcess) -> None:
    with client(api) as c:
        recs = c.get("/v1/recommendations").json()
        assert len(recs) >= 8
        assert {"id", "report_doc_id", "number", "addressee", "text", "page", "status", "evidence"} <= set(recs[0])
        mine = c.get("/v1/recommendations", params={"report": AUDIT_DOC, "addressee": "regionstyrelse"}).json()
        assert mine and all(r["report_doc_id"] == AUDIT_DOC and "regionstyrelse" in r["addressee"].lower() for r in mine)
        status = recs[0]["status"]
        same = c.get("/v1/recommendations", params={"status": status}).json()
        assert same and all(r["status"] == status for r in same)
        assert c.get("/v1/recommendations", params={"report": "no-such-report"}).json() == []


def test_recommendations_by_committee_and_as_csv(api: ApiProcess) -> None:
    with client(api) as c:
        mine = c.get("/v1/recommendations", params={"audit": AUDIT_DOC, "committee": "Regionstyrelsen"}).json()
        assert len(mine) >= 8 and all("Regionstyrelsen" in r["addressees"] for r in mine)
        assert c.get("/v1/recommendations", params={"committee": "byggnadsnämnden"}).json() == []
        r = c.get("/v1/recommendations.csv", params={"audit": AUDIT_DOC, "committee": "regionstyrelsen"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0][:4] == ["audit", "audit_title", "id", "number"]
    assert [row[2] for row in rows[1:]] == [m["id"] for m in mine]
    assert all(row[7] in ("atgardad", "delvis", "ej_atgardad", "oklart") for row in rows[1:])


def test_upload_page_tables_and_delete(api: ApiProcess) -> None:
    pdf = make_pdf(["Rapport om projekt Kornblixt\nProjektet Kornblixt har en budget på 4 711 tkr för 2024.",
                    "Sida två\nUppföljning sker i december."])
    w = {"Authorization": f"Bearer {WRITE_KEY}"}
    with client(api) as c:
        r = c.post("/v1/documents", params={"wait": "true"}, headers=w, files={"file": ("Kornblixt Rapport 2024.pdf", pdf, "application/pdf")})
        assert r.status_code == 201, r.text
        out = r.json()
        assert out["outcome"]["status"] == "added" and out["outcome"]["doc_id"] == "kornblixt-rapport-2024"
        assert out["outcome"]["path"] == "Kornblixt Rapport 2024.pdf"  # never a server path
        assert out["document"]["meta"]["pages"] == 2
        assert "kornblixt-rapport-2024" in {d["meta"]["doc_id"] for d in c.get("/v1/documents").json()}
        page = c.get("/v1/documents/kornblixt-rapport-2024/pages/1").json()
        assert "4 711 tkr" in page["text"]
        again = c.post("/v1/documents", params={"wait": "true"}, headers=w, files={"file": ("other-name.pdf", pdf)}, data={"doc_id": "kornblixt-rapport-2024"})
        assert again.status_code == 200 and again.json()["outcome"]["status"] == "unchanged"
        answer = c.post("/v1/ask", json={"question": "Hur stor är budgeten för projekt Kornblixt?",
                                         "doc_ids": ["kornblixt-rapport-2024"]}).json()
        assert any("4 711" in cit["quote"] for cit in answer["citations"])
        gone = c.delete("/v1/documents/kornblixt-rapport-2024", headers=w)
        assert gone.status_code == 200 and gone.json() == {"doc_id": "kornblixt-rapport-2024", "removed": True}
        assert c.get("/v1/documents/kornblixt-rapport-2024").status_code == 404
        assert c.delete("/v1/documents/kornblixt-rapport-2024", headers=w).status_code == 404
        assert {BUDGET_DOC, AUDIT_DOC} <= {d["meta"]["doc_id"] for d in c.get("/v1/documents").json()}


def test_criticism_endpoint_and_csv_rows(api: ApiProcess, tmp_path) -> None:
    from tests.criticism_docs import ANSWER_ID, STATEMENT_ID, write_answer, write_statement

    w = {"Authorization": f"Bearer {WRITE_KEY}"}
    docs = {STATEMENT_ID: write_statement(tmp_path / "s.pdf"), ANSWER_ID: write_answer(tmp_path / "a.pdf")}
    with client(api) as c:
        try:
            for doc_id, path in docs.items():
                r = c.post("/v1/documents", params={"wait": "true"}, headers=w,
                           files={"file": (f"{doc_id}.pdf", path.read_bytes(), "application/pdf")}, data={"doc_id": doc_id})
                assert r.status_code == 201, r.text
            found = c.get("/v1/recommendations/criticism").json()
            assert [(x["committee"], x["kind"]) for x in found] == [("Tekniska nämnden", "anmärkning"),
                                                                   ("Socialnämnden", "ansvarsfrihet avstyrks")]
            assert found[1]["response_doc"] == ANSWER_ID and found[1]["response_page"] == 1
            mine = c.get("/v1/recommendations/criticism", params={"audit": STATEMENT_ID, "committee": "tekniska"}).json()
            assert [x["committee"] for x in mine] == ["Tekniska nämnden"]
            assert c.get("/v1/recommendations/criticism", params={"committee": "valnämnden"}).json() == []
            recs = c.get("/v1/recommendations").json()
            assert recs and all("committee" not in r for r in recs)  # the recommendations list is unchanged
            rows = list(csv.DictReader(io.StringIO(c.get("/v1/recommendations.csv").text)))
            crit_rows = [r for r in rows if r["kind"] == "criticism"]
            assert [r["addressees"] for r in crit_rows] == ["Tekniska nämnden", "Socialnämnden"]
            assert crit_rows[0]["criticism_kind"] == "anmärkning" and crit_rows[0]["pages"] == "1"
            assert "instämmer" in crit_rows[0]["evidence_quote"] and crit_rows[0]["evidence_page"] == "2"
            assert {r["kind"] for r in rows} == {"recommendation", "criticism"} and len(rows) == len(recs) + 2
            only = list(csv.DictReader(io.StringIO(c.get("/v1/recommendations.csv", params={"kind": "criticism"}).text)))
            assert [r["id"] for r in only] == [x["id"] for x in found]
            assert c.get("/v1/recommendations.csv", params={"kind": "anmärkningar"}).status_code == 422
        finally:
            for doc_id in docs:
                c.delete(f"/v1/documents/{doc_id}", headers=w)
