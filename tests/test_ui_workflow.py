"""A newcomer's workflow in headless Chromium, from the README's first command (`rodatraden start`, in a temp dir):
upload a real PDF and watch its progress bar, set its type and year, ask about it and open the citation's page
image, move it to another collection and switch the picker, reload and reopen the saved chat.
Screenshots land in test-output/workflow/ for a person to look at."""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

import httpx
import pytest

from assistant.api.launch import free_port
from tests import embeddings_cache
from tests.processes import serving

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
REAL = REPO.parent.parent / "shared" / "real"
PDF_NAME = "gbg-granskning-skyfall-2022.pdf"
OUT = REPO / "test-output" / "workflow"


def _pdf() -> Path:
    for base in (REAL, Path("/work/shared/real"), REPO / "tests" / "data"):
        if (base / PDF_NAME).is_file():
            return base / PDF_NAME
    pytest.skip(f"{PDF_NAME} is not available")


def _wait_for(url: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    pytest.fail(f"{url} did not answer within {timeout:.0f} s")


def _choose(page, combobox, option, tries: int = 6) -> None:  # noqa: ANN001 (playwright objects)
    """Open a Streamlit selectbox and pick an option. A rerun of the script (after an upload, say) can close the
    list between the click and the pick on a loaded machine, so the list is reopened until the option shows."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for _ in range(tries - 1):
        combobox.click()
        try:
            option.wait_for(timeout=10_000)
            option.click(timeout=10_000)
            return
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
            page.wait_for_timeout(1000)
    combobox.click()
    option.click()


@pytest.mark.integration
def test_newcomer_workflow_in_the_browser(tmp_path: Path) -> None:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    from playwright.sync_api import expect, sync_playwright

    pdf = _pdf()
    work = tmp_path / "clone"
    work.mkdir()
    shutil.copytree(REPO / "corpus", work / "corpus")  # what a fresh clone has
    # the session's real vectors (the corpus, and the upload when an earlier module ingested it): `start` and the
    # upload then embed nothing twice; what the test watches (start, upload, progress, answer) runs as it would
    embeddings_cache.seed(work / "data")
    port, ui_port = free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("RODATRADEN_")}
    env.update({"PYTHONUNBUFFERED": "1", "RODATRADEN_LLM_BACKEND": "none", "PYTHONPATH": str(REPO)})
    cmd = [sys.executable, "-m", "assistant.cli", "start", "--port", str(port), "--ui-port", str(ui_port)]
    OUT.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    ui = f"http://127.0.0.1:{ui_port}"
    with serving(cmd, f"http://127.0.0.1:{port}/healthz", tmp_path / "start.log", timeout=900, env=env, cwd=work):
        assert (work / "data" / "local-write.key").is_file()  # the README's first command made the key
        _wait_for(f"{ui}/_stcore/health", 120)  # the UI that `start` launched
        with sync_playwright() as p:
            ctx = p.chromium.launch_persistent_context(
                str(tmp_path / "profile"), executable_path=str(CHROMIUM), headless=True,
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                      "--disable-component-update", "--no-first-run"],
                viewport={"width": 1440, "height": 1000}, locale="sv-SE")
            page = ctx.new_page()

            def shot(name: str) -> None:
                page.wait_for_timeout(800)
                shots.append(OUT / f"{name}.png")
                page.screenshot(path=str(shots[-1]), full_page=False)

            try:
                # 1. upload with no set-up: the local key is already in the UI's environment
                page.goto(f"{ui}/documents", wait_until="domcontentloaded")
                page.get_by_text("Lägg till dokument").wait_for(timeout=120_000)
                button = page.get_by_role("button", name="Läs in", exact=True)
                page.wait_for_function("b => !b.disabled", arg=button.element_handle(), timeout=30_000)
                page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(pdf))
                page.locator('[data-testid="stFileChip"]').first.wait_for(timeout=60_000)
                button.click()
                bar = page.locator('[data-testid="stProgress"]').first
                bar.wait_for(timeout=60_000)
                shot("1-upload-progress")
                page.get_by_text(f"{PDF_NAME} är inläst.").first.wait_for(timeout=600_000)
                doc_id = PDF_NAME.removesuffix(".pdf")
                expect(page.locator('[data-testid="stDataFrame"]').first).to_be_visible()
                shot("2-upload-done")

                # 2. set its type, year and collection (no re-embedding)
                page.get_by_text("Ändra uppgifter om ett dokument").click()
                box = page.locator('[data-testid="stExpander"]').filter(has_text="Ändra uppgifter om ett dokument")
                _choose(page, box.locator('[data-testid="stSelectbox"]').first,
                        page.get_by_role("option").filter(has_text="skyfall").first)
                page.wait_for_timeout(1500)
                _choose(page, box.get_by_label("Dokumenttyp"), page.get_by_role("option", name="Granskningsrapport"))
                year = box.get_by_label("År", exact=True)
                year.fill("2022")
                coll = box.get_by_label("Samling", exact=True)
                coll.fill("granskningar")
                shot("3-metadata-form")
                box.get_by_role("button", name="Spara uppgifterna").click()
                page.get_by_text("är sparade").first.wait_for(timeout=60_000)
                shot("4-metadata-saved")
                meta = httpx.get(f"http://127.0.0.1:{port}/v1/documents/{doc_id}", timeout=30).json()["meta"]
                assert (meta["document_type"], meta["year"], meta["collection"]) == ("granskningsrapport", 2022,
                                                                                    "granskningar")

                # 3. ask about it and open the citation's page image
                page.goto(f"{ui}/", wait_until="domcontentloaded")
                page.get_by_text("Vad vill du veta?").wait_for(timeout=120_000)
                question = "Vad bedömer stadsrevisionen om arbetet med skyfall?"
                chat = page.locator('[data-testid="stChatInputTextArea"]')
                chat.fill(question)
                chat.press("Enter")
                page.get_by_text("Källor", exact=True).wait_for(timeout=300_000)
                shot("5a-answer")
                page.locator('[data-testid="stExpander"] summary').filter(has_text="[1]").first.click()
                image = page.locator('[data-testid="stImage"] img').first
                image.wait_for(timeout=120_000)
                image.scroll_into_view_if_needed()
                shot("5-citation-page-image")
                assert image.evaluate("i => i.naturalWidth") > 500

                # 4. switch collection: the document is in "granskningar", not in "standard"
                page.goto(f"{ui}/documents", wait_until="domcontentloaded")
                picker = page.locator('[data-testid="stSidebar"]').get_by_role("combobox", name="Samling")
                picker.wait_for(timeout=60_000)
                _choose(page, picker, page.get_by_role("option", name="standard"))
                docs_metric = page.locator('[data-testid="stMetricValue"]').first
                expect(docs_metric).to_have_text("2", timeout=60_000)  # the two corpus documents, not the upload
                shot("6-collection-standard")
                _choose(page, picker, page.get_by_role("option", name="granskningar"))
                expect(docs_metric).to_have_text("1", timeout=60_000)  # only the uploaded document
                shot("7-collection-granskningar")

                # 5. reload the browser and reopen the saved chat from the sidebar
                page.goto(f"{ui}/", wait_until="domcontentloaded")
                page.reload(wait_until="domcontentloaded")
                saved = page.locator('[data-testid="stSidebar"]').get_by_role("button", name=question[:40])
                saved.first.wait_for(timeout=120_000)
                saved.first.click()
                page.get_by_text("Källor", exact=True).wait_for(timeout=60_000)
                shot("8-chat-reopened")
                assert page.locator('[data-testid="stException"]').count() == 0
                assert "Traceback" not in page.inner_text("body")
            except Exception:
                page.screenshot(path=str(OUT / "failure.png"))
                raise
            finally:
                ctx.close()
    for s in shots:
        assert s.stat().st_size > 20_000, f"{s.name} looks blank"
