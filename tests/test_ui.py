"""The Streamlit UI against a REAL API on loopback: AppTest drives the pages; headless Chromium
loads the running app and leaves screenshots in test-output/ui/ for a person to look at."""

from __future__ import annotations

import html
import os
import shutil
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from streamlit.testing.v1 import AppTest

from assistant.api.launch import ApiProcess, free_port, ingest_corpus
from tests import embeddings_cache
from tests.fake_openai import FakeOpenAIServer
from tests.pdfs import make_pdf
from tests.processes import serving
from ui.client import ApiClient

REPO = Path(__file__).resolve().parents[1]
APP = str(REPO / "ui" / "app.py")
CHROMIUM = Path("/usr/bin/chromium")
READ_KEY = "ui-test-read-key"
WRITE_KEY = "ui-test-write-key"
BUDGET_Q = "Visa budgetuppföljningen per verksamhet."
OUTSIDE_Q = "Hur många elefanter finns på Öland?"


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ApiProcess]:
    data = tmp_path_factory.mktemp("ui-api")
    embeddings_cache.seed(data)
    ingest_corpus(data, [REPO / "corpus"])
    with ApiProcess(data, env={"RODATRADEN_API_KEYS": f"{READ_KEY}, {WRITE_KEY}:write"}) as proc:
        yield proc


@pytest.fixture
def ui_env(api: ApiProcess, monkeypatch: pytest.MonkeyPatch) -> ApiProcess:
    monkeypatch.setenv("RODATRADEN_API_URL", api.url)
    monkeypatch.setenv("RODATRADEN_UI_API_KEY", READ_KEY)
    monkeypatch.setenv("RODATRADEN_LLM_BACKEND", "none")
    return api


def app(**state: object) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=180)
    for k, v in state.items():
        at.session_state[k] = v
    return at.run()


def texts(elements) -> list[str]:
    return [str(e.value) for e in elements]


def joined(at: AppTest) -> str:
    return "\n".join(texts(at.markdown) + texts(at.caption) + texts(at.info) + texts(at.error) + texts(at.warning))


# --- AppTest against the live API ---------------------------------------------------------
@pytest.mark.integration
def test_chat_answers_with_citations_and_a_table(ui_env: ApiProcess) -> None:
    at = app()
    assert not at.exception
    examples = [b.label for b in at.button if b.key and b.key.startswith("example-")]
    assert "Hur stor är prognosen för helåret jämfört med budget?" in examples
    assert any("Ansluten till tjänsten" in m for m in texts(at.sidebar.markdown))

    at.chat_input[0].set_value(BUDGET_Q).run()
    assert not at.exception and not at.error
    expected = ApiClient(ui_env.url, READ_KEY).ask(BUDGET_Q)
    assert not expected.abstained and expected.citations and expected.tables
    shown = joined(at)
    first_line = html.escape(expected.answer.splitlines()[0], quote=False)
    assert first_line[:60] in shown  # the API's answer, as the API gave it
    labels = [e.label for e in at.expander]
    for c in expected.citations:
        assert f"**[{c.n}]** {c.title} · s. {c.page}" in labels
    marked = [m for m in texts(at.markdown) if "<mark>" in m]
    assert len(marked) >= len(expected.citations)
    quote_start = html.escape(expected.citations[0].quote.split("\n")[0][:40], quote=False)
    assert any(quote_start in m for m in marked)

    table = expected.tables[0]
    df = at.dataframe[0].value
    assert any("(tkr)" in str(col) for col in df.columns)
    assert 204846 in [int(v) for v in df.select_dtypes("number").to_numpy().ravel()]
    assert table.title in shown
    assert at.get("vega_lite_chart"), "a budget comparison gets a chart"
    assert at.download_button and at.download_button[0].label == "Ladda ner CSV"
    assert len(at.chat_message) == 2


@pytest.mark.integration
def test_streamed_answer_when_a_language_model_is_configured(ui_env: ApiProcess, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a model configured the UI streams /v1/chat/completions and renders the final chunk's Answer.
    (The API here is extractive; its chat endpoint streams all the same.)"""
    monkeypatch.setenv("RODATRADEN_LLM_BACKEND", "openai")
    monkeypatch.setenv("RODATRADEN_LLM_MODEL", "testmodell")
    at = app()
    assert any("Språkmodell: openai (testmodell)" in c for c in texts(at.sidebar.caption))
    at.chat_input[0].set_value(BUDGET_Q).run()
    assert not at.exception and not at.error
    expected = ApiClient(ui_env.url, READ_KEY).ask(BUDGET_Q)
    assert html.escape(expected.answer.splitlines()[0], quote=False)[:60] in joined(at)
    assert [e.label for e in at.expander][: len(expected.citations)] == [
        f"**[{c.n}]** {c.title} · s. {c.page}" for c in expected.citations]
    assert at.dataframe


@pytest.fixture(scope="module")
def llm_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ApiProcess, FakeOpenAIServer]]:
    """An API whose language model is a real loopback server speaking the OpenAI protocol (scripted replies)."""
    data = tmp_path_factory.mktemp("ui-llm-api")
    pdf = data / "arsrapport-testkommun.pdf"
    pdf.write_bytes(make_pdf(["Årsrapport Testkommun\nResultatutjämningsreserven uppgick till 412 mnkr vid årets slut.\n"
                              "Kommunen har inga övriga reserver."], title="Årsrapport Testkommun"))
    ingest_corpus(data, [pdf])
    with FakeOpenAIServer() as server:
        env = {"RODATRADEN_LLM_BACKEND": "openai", "RODATRADEN_LLM_BASE_URL": server.base_url,
               "RODATRADEN_LLM_MODEL": "fake", "RODATRADEN_API_KEYS": READ_KEY}
        with ApiProcess(data, env=env) as proc:
            yield proc, server


@pytest.mark.integration
def test_streamed_model_text_is_replaced_by_the_checked_answer(
        llm_api: tuple[ApiProcess, FakeOpenAIServer], monkeypatch: pytest.MonkeyPatch) -> None:
    """The model's raw tokens stream in; what stays on screen is the checked answer, without the invented number."""
    api, server = llm_api
    server.reply = "Reserven uppgick till 412 mnkr vid årets slut [1]. Den växer till 777 mnkr år 2031 [1]."
    monkeypatch.setenv("RODATRADEN_API_URL", api.url)
    monkeypatch.setenv("RODATRADEN_UI_API_KEY", READ_KEY)
    monkeypatch.setenv("RODATRADEN_LLM_BACKEND", "openai")
    monkeypatch.setenv("RODATRADEN_LLM_MODEL", "fake")
    at = app()
    at.chat_input[0].set_value("Hur stor var resultatutjämningsreserven?").run()
    assert not at.exception and not at.error
    answer_text = "\n".join(texts(at.markdown))
    assert "412 mnkr" in answer_text and "777" not in answer_text
    assert any("Årsrapport Testkommun · s. 1" in e.label for e in at.expander)
    # the note says, in the UI's language, what the check removed
    assert any("777" in c and "står inte i den källa" in c and "kontrollerades mot källorna" in c
               for c in texts(at.caption))


@pytest.mark.integration
def test_outside_the_documents_is_an_info_with_closest_passages(ui_env: ApiProcess) -> None:
    at = app()
    at.chat_input[0].set_value(OUTSIDE_Q).run()
    assert not at.exception and not at.error
    assert at.info and at.info[0].value.startswith("Det framgår inte av dokumenten.")
    assert any("Närmaste passager" in m for m in texts(at.markdown))
    assert at.expander  # the closest passages, each with document and page


@pytest.mark.integration
def test_example_button_asks_and_english_ui(ui_env: ApiProcess) -> None:
    at = app(lang="en")
    assert at.title[0].value == "Röda tråden"
    assert "exact citations" in at.caption[0].value
    assert at.chat_input[0].placeholder.startswith("Ask a question")
    at.button(key="example-ex_2").click().run()
    assert not at.exception and not at.error
    assert at.chat_message[0].markdown[0].value == "Which recommendations do the auditors make?"
    assert len(at.chat_message) == 2


@pytest.mark.integration
def test_documents_page_lists_and_removes_with_confirmation(ui_env: ApiProcess) -> None:
    pdf = make_pdf(["Parkeringsrapport 2024\nAntalet parkeringsplatser vid sjukhuset var 1 250 vid årets slut."],
                   title="Testrapport om parkering")
    with httpx.Client(base_url=ui_env.url, headers={"Authorization": f"Bearer {WRITE_KEY}"}, timeout=300) as http:
        r = http.post("/v1/documents", params={"wait": "true"}, files={"file": ("parkering.pdf", pdf, "application/pdf")},
                      data={"doc_id": "ui-test-parkering"})
        assert r.status_code == 201, r.text
    at = app()
    at.switch_page("views/page_documents.py").run()
    assert not at.exception
    listing = at.dataframe[0].value
    assert "ui-test-parkering" in listing["Dokument-id"].tolist()
    assert "Granskning av budgetprocessen i Region Kalmar län" in listing["Titel"].tolist()
    assert [m.label for m in at.metric] == ["Dokument", "Sidor", "Tabeller"]

    def remove(doc_id: str) -> None:
        at.selectbox(key="remove_choice").select(doc_id).run()
        at.button(key="remove_start").click().run()
        assert at.warning and "Vill du ta bort" in at.warning[0].value  # asks first
        at.button(key="remove_yes").click().run()
        assert not at.exception

    remove("ui-test-parkering")  # with the read key from the environment: refused, explained
    assert at.error and "Traceback" not in at.error[0].value
    assert "ui-test-parkering" in [d.meta.doc_id for d in ApiClient(ui_env.url, READ_KEY).documents()]

    at.sidebar.text_input(key="api_key").input(WRITE_KEY).run()
    remove("ui-test-parkering")
    assert not at.error
    assert any("är borttaget" in s for s in texts(at.success))
    remaining = [d.meta.doc_id for d in ApiClient(ui_env.url, READ_KEY).documents()]
    assert "ui-test-parkering" not in remaining


@pytest.mark.integration
def test_recommendations_page_badges_and_filters(ui_env: ApiProcess) -> None:
    recs = ApiClient(ui_env.url, READ_KEY).recommendations()
    at = app()
    at.switch_page("views/page_recommendations.py").run()
    assert not at.exception and not at.error
    assert [m.label for m in at.metric] == ["Åtgärdad", "Delvis", "Ej åtgärdad", "Oklart"]
    assert sum(int(m.value) for m in at.metric) == len(recs) > 0
    assert recs[0].text in texts(at.markdown)
    assert at.caption and any(f"Visar {len(recs)} av {len(recs)}" == c for c in texts(at.caption))
    assert recs[0].audit_title in [h.value for h in at.subheader]  # grouped by audit, then committee
    assert f"**Nämnd/styrelse: {', '.join(recs[0].addressees)}**" in texts(at.markdown)
    assert any(c.startswith("Skäl: ") for c in texts(at.caption))
    status = recs[0].status
    at.pills(key="rec_status").set_value([status]).run()
    n = sum(1 for r in recs if r.status == status)
    assert f"Visar {n} av {len(recs)}" in texts(at.caption)


@pytest.mark.integration
def test_recommendations_page_shows_formal_criticism_with_answers(ui_env: ApiProcess, tmp_path: Path) -> None:
    from tests.criticism_docs import ANSWER_ID, STATEMENT_ID, write_answer, write_statement

    w = {"Authorization": f"Bearer {WRITE_KEY}"}
    docs = {STATEMENT_ID: write_statement(tmp_path / "s.pdf"), ANSWER_ID: write_answer(tmp_path / "a.pdf")}
    with httpx.Client(base_url=ui_env.url, timeout=300) as c:
        try:
            for doc_id, path in docs.items():
                r = c.post("/v1/documents", params={"wait": "true"}, headers=w,
                           files={"file": (f"{doc_id}.pdf", path.read_bytes(), "application/pdf")}, data={"doc_id": doc_id})
                assert r.status_code == 201, r.text
            crits = ApiClient(ui_env.url, READ_KEY).criticism()
            at = app()
            at.switch_page("views/page_recommendations.py").run()
            assert not at.exception and not at.error
            assert "Formell kritik (anmärkning)" in [h.value for h in at.header]
            assert STATEMENT_ID in " ".join(h.value for h in at.subheader) or \
                any("Revisionsberättelse" in h.value for h in at.subheader)
            shown = joined(at)
            assert "**Tekniska nämnden — anmärkning**" in texts(at.markdown)
            assert html.escape(crits[0].quote, quote=False) in shown and "Avser: Anmärkningen avser" in shown
            assert "Nämndens svar" in [e.label for e in at.expander]
            assert html.escape(crits[1].response_quote, quote=False) in shown  # the committee's own yttrande
            at.multiselect(key="rec_board").set_value(["Socialnämnden"]).run()
            assert "**Tekniska nämnden — anmärkning**" not in texts(at.markdown)
            assert "**Socialnämnden — ansvarsfrihet avstyrks**" in texts(at.markdown)
        finally:
            for doc_id in docs:
                c.delete(f"/v1/documents/{doc_id}", headers=w)


# --- the API is down ------------------------------------------------------------------------
def test_api_down_shows_a_friendly_message(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]  # nothing listens once the socket is closed
    monkeypatch.setenv("RODATRADEN_API_URL", f"http://127.0.0.1:{closed}")
    monkeypatch.delenv("RODATRADEN_UI_API_KEY", raising=False)
    at = app()
    assert not at.exception
    assert any("Ingen kontakt med tjänsten" in m for m in texts(at.sidebar.markdown))
    at.chat_input[0].set_value("Hur stor är prognosen för helåret?").run()
    assert not at.exception
    assert at.error and at.error[0].value.startswith("Tjänsten svarar inte")
    assert "Traceback" not in at.error[0].value
    at.switch_page("views/page_documents.py").run()
    assert not at.exception and at.error[0].value.startswith("Tjänsten svarar inte")
    at.switch_page("views/page_recommendations.py").run()
    assert not at.exception and at.error[0].value.startswith("Tjänsten svarar inte")


# --- headless Chromium on the running app --------------------------------------------------
@pytest.fixture
def streamlit_server(api: ApiProcess, tmp_path: Path) -> Iterator[str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("RODATRADEN_")}
    env.update({"RODATRADEN_API_URL": api.url, "RODATRADEN_UI_API_KEY": READ_KEY, "RODATRADEN_LLM_BACKEND": "none"})
    cmd = [sys.executable, "-m", "streamlit", "run", APP, "--server.headless", "true", "--server.port", str(port),
           "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]
    url = f"http://127.0.0.1:{port}"
    with serving(cmd, f"{url}/_stcore/health", tmp_path / "streamlit.log", env=env, cwd=REPO):
        yield url


@pytest.mark.integration
def test_browser_chat_and_screenshots(streamlit_server: str, tmp_path: Path) -> None:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    out = tmp_path / "screenshots"
    out.mkdir()
    shots: list[Path] = []
    with sync_playwright() as p:
        for width, height in ((1440, 900), (1280, 800)):
            ctx = p.chromium.launch_persistent_context(
                str(tmp_path / f"profile-{width}"), executable_path=str(CHROMIUM), headless=True,
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                      "--disable-component-update", "--no-first-run"],
                viewport={"width": width, "height": height}, locale="sv-SE")
            try:
                page = ctx.new_page()
                page.goto(streamlit_server, wait_until="domcontentloaded")
                page.get_by_text("Vad vill du veta?").wait_for(timeout=90_000)
                page.get_by_text("Ansluten till tjänsten").wait_for(timeout=30_000)
                page.wait_for_timeout(1000)  # let fonts and icons settle before the picture
                shots.append(out / f"chat-empty-{width}x{height}.png")
                page.screenshot(path=str(shots[-1]))

                box = page.locator('[data-testid="stChatInputTextArea"]')
                box.fill(BUDGET_Q)
                box.press("Enter")
                page.get_by_text("Källor", exact=True).wait_for(timeout=180_000)
                page.locator('[data-testid="stDataFrame"]').first.wait_for(timeout=60_000)
                page.locator('[data-testid="stVegaLiteChart"]').first.wait_for(timeout=60_000)
                page.wait_for_timeout(1500)
                body = page.inner_text("body")
                assert "Budgetuppföljning per verksamhet" in body
                assert "Ladda ner CSV" in body
                assert page.locator('[data-testid="stException"]').count() == 0
                assert "Traceback" not in body
                size = f"{width}x{height}"

                def shot(name: str, locator) -> None:
                    locator.evaluate("e => e.scrollIntoView({block: 'start'})")
                    page.wait_for_timeout(800)
                    shots.append(out / f"{name}-{size}.png")
                    page.screenshot(path=str(shots[-1]))

                shot("chat-answer", page.locator('[data-testid="stChatMessage"]').first)
                shot("chat-table", page.locator('[data-testid="stDataFrame"]').first)
                page.locator('[data-testid="stExpander"] summary').first.click()
                page.locator("mark").first.wait_for(timeout=30_000)
                shot("chat-citation", page.get_by_text("Källor", exact=True))
                for path, heading in (("documents", "De dokument som assistenten svarar utifrån."),
                                      ("recommendations", "Revisionens rekommendationer")):
                    page.goto(f"{streamlit_server}/{path}", wait_until="domcontentloaded")
                    page.get_by_text(heading).wait_for(timeout=90_000)
                    page.wait_for_timeout(1500)
                    assert page.locator('[data-testid="stException"]').count() == 0
                    shots.append(out / f"{path}-{size}.png")
                    page.screenshot(path=str(shots[-1]))
            finally:
                ctx.close()
    keep = REPO / "test-output" / "ui"
    keep.mkdir(parents=True, exist_ok=True)
    for shot in shots:
        assert shot.stat().st_size > 20_000, f"{shot.name} looks blank"
        shutil.copy2(shot, keep / shot.name)


@pytest.mark.integration
def test_browser_upload_with_a_write_key(streamlit_server: str, api: ApiProcess, tmp_path: Path) -> None:
    """A person types the write key, picks a PDF in the uploader and ingests it; the API then lists it."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    pdf = tmp_path / "cykelrapport.pdf"
    pdf.write_bytes(make_pdf(["Cykelrapport 2024\nAntalet cykelparkeringar vid stationen var 640 vid årets slut."],
                             title="Testrapport om cyklar"))
    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(
            str(tmp_path / "profile-upload"), executable_path=str(CHROMIUM), headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--no-first-run"], viewport={"width": 1440, "height": 900}, locale="sv-SE")
        try:
            page = ctx.new_page()
            page.goto(f"{streamlit_server}/documents", wait_until="domcontentloaded")
            page.get_by_text("Lägg till dokument").wait_for(timeout=90_000)
            key = page.get_by_label("API-nyckel", exact=True).and_(page.locator("input"))
            key.fill(WRITE_KEY)
            key.press("Enter")
            button = page.get_by_role("button", name="Läs in", exact=True)
            page.wait_for_function("b => !b.disabled", arg=button.element_handle(), timeout=30_000)
            page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(pdf))
            page.get_by_text("cykelrapport.pdf").first.wait_for(timeout=30_000)
            button.click()
            page.get_by_text("cykelrapport.pdf är inläst.").first.wait_for(timeout=180_000)
            assert page.locator('[data-testid="stException"]').count() == 0
        finally:
            ctx.close()
    docs = ApiClient(api.url, READ_KEY).documents()
    added = [d for d in docs if d.meta.file_name == "cykelrapport.pdf"]
    assert added and added[0].meta.pages == 1
    with httpx.Client(base_url=api.url, headers={"Authorization": f"Bearer {WRITE_KEY}"}, timeout=120) as http:
        assert http.delete(f"/v1/documents/{added[0].meta.doc_id}").status_code == 200
