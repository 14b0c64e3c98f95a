"""The original page: the kept PDF, the page rendered as PNG with the cited quote's words highlighted."""

from __future__ import annotations

import io
from pathlib import Path

import httpx
import pytest
from PIL import Image

from assistant.api.launch import ApiProcess
from index.page_image import quote_boxes
from tests.pdfs import make_pdf

KEY = "pages-test-write-key"
H = {"Authorization": f"Bearer {KEY}"}
PDF = make_pdf(["Bibliotekens verksamhet\nUnder året hade biblioteken 312 400 besök, vilket var fler än året innan.\n"
                "Utlåningen av e-böcker fortsatte att öka.",
                "Ekonomi\nBibliotekens kostnader uppgick till 41 mnkr."], title="Biblioteksrapport")


def _marked(png: bytes) -> int:
    """Pixels with the highlight's yellow (strong red and green, little blue)."""
    img = Image.open(io.BytesIO(png)).convert("RGB")
    return sum(1 for r, g, b in img.getdata() if r > 200 and g > 150 and b < 200 and r - b > 40)


def test_quote_boxes_match_across_hyphenation_case_and_spaces() -> None:
    words = [{"text": t, "x0": 10.0 * i, "x1": 10.0 * i + 8, "top": 100.0 if i < 4 else 115.0,
              "bottom": 110.0 if i < 4 else 125.0}
             for i, t in enumerate(["Kostnaden", "för", "verksam-", "heten", "var", "204", "846", "tkr.", "Slut"])]
    boxes = quote_boxes(words, "kostnaden för verksamheten var 204 846 tkr")
    assert boxes == [(0.0, 100.0, 38.0, 110.0), (40.0, 115.0, 78.0, 125.0)]  # one box per line
    assert quote_boxes(words, "finns inte på sidan alls") == []


@pytest.mark.integration
def test_file_and_page_image_with_highlight(tmp_path: Path) -> None:
    with ApiProcess(tmp_path / "data", env={"RODATRADEN_API_KEYS": f"{KEY}:write"}) as api:
        with httpx.Client(base_url=api.url, headers=H, timeout=120) as c:
            r = c.post("/v1/documents", params={"wait": "true"}, files={"file": ("bibliotek.pdf", PDF)})
            assert r.status_code == 201, r.text
            f = c.get("/v1/documents/bibliotek/file")
            assert f.status_code == 200 and f.headers["content-type"] == "application/pdf" and f.content == PDF

            answer = c.post("/v1/ask", json={"question": "Hur många besök hade biblioteken?"}).json()
            cite = answer["citations"][0]
            assert cite["page"] == 1 and "312 400" in cite["quote"]
            plain = c.get("/v1/documents/bibliotek/pages/1.png")
            marked = c.get("/v1/documents/bibliotek/pages/1.png", params={"quote": cite["quote"]})
            assert plain.status_code == marked.status_code == 200
            assert marked.headers["content-type"] == "image/png" and marked.content[:8] == b"\x89PNG\r\n\x1a\n"
            assert Image.open(io.BytesIO(marked.content)).size[0] > 600
            assert _marked(plain.content) == 0 and _marked(marked.content) > 500
            elsewhere = c.get("/v1/documents/bibliotek/pages/2.png", params={"quote": cite["quote"]})
            assert elsewhere.status_code == 200 and _marked(elsewhere.content) == 0  # not on page 2: nothing marked

            assert c.get("/v1/documents/bibliotek/pages/3.png").status_code == 404
            assert c.get("/v1/documents/finns-inte/pages/1.png").status_code == 404
            assert c.get("/v1/documents/bibliotek/pages/1").json()["page"] == 1  # the text view still answers
            assert c.get("/v1/documents/bibliotek/file", headers={"Authorization": "Bearer fel"}).status_code == 401
            assert c.delete("/v1/documents/bibliotek").status_code == 200
            assert c.get("/v1/documents/bibliotek/file").status_code == 404
