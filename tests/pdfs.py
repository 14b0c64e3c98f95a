"""Small real PDFs written with reportlab, shared by the tests (helpers, no tests)."""

from __future__ import annotations

import io
from pathlib import Path


def make_pdf(pages: list[str] | list[list[str]], encrypt: str | None = None, title: str | None = "Testrapport") -> bytes:
    """A real text PDF: one page per item, each a string (lines split on newlines) or a list of lines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, encrypt=encrypt)
    if title is not None:
        c.setTitle(title)
    for page in pages:
        lines = page.splitlines() if isinstance(page, str) else page
        y = 780
        for line in lines:
            c.setFont("Helvetica", 11)
            c.drawString(60, y, line)
            y -= 16
        c.showPage()
    c.save()
    return buf.getvalue()


def write_pdf(path: Path, pages: list[str] | list[list[str]], title: str | None = None) -> Path:
    """``make_pdf`` written to ``path``."""
    path.write_bytes(make_pdf(pages, title=title))
    return path


def make_scanned_pdf() -> bytes:
    """A PDF with only drawn shapes: no text layer, like a scan."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for _ in range(2):
        c.rect(60, 200, 400, 500, fill=1)
        c.showPage()
    c.save()
    return buf.getvalue()


def make_image_pdf(pages: list[list[tuple[float, str]]], dpi: int = 150) -> bytes:
    """A scan-like PDF: each page is text drawn with reportlab (items of (font size, line)), rendered to a
    greyscale image with pypdfium2 and placed as the page's only content, so it has no text layer."""
    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    src = io.BytesIO()
    c = canvas.Canvas(src, pagesize=A4)
    for lines in pages:
        y = 780.0
        for size, text in lines:
            c.setFont("Helvetica-Bold" if size >= 14 else "Helvetica", size)
            c.drawString(60, y, text)
            y -= size * 1.6
        c.showPage()
    c.save()
    doc = pdfium.PdfDocument(src.getvalue())
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72, grayscale=True).to_pil()
        c.drawImage(ImageReader(img), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    doc.close()
    c.save()
    return out.getvalue()


def make_layout_pdf(pages: list[list[tuple[float, list[tuple[float, str]]]]], size: float = 10.0) -> bytes:
    """A PDF of positioned text, for tables without ruling lines. Each page is a list of rows
    ``(space_before, cells)``; a cell ``(x, text)`` starts at ``x`` when ``x > 0`` and ends at ``-x`` when ``x < 0``
    (numbers are right-aligned). Text starting with ``**`` is bold."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setTitle("Tabelltest")
    for page in pages:
        y = 800.0
        for space, cells in page:
            y -= space
            for x, text in cells:
                font = "Helvetica-Bold" if text.startswith("**") else "Helvetica"
                text = text.removeprefix("**")
                c.setFont(font, size)
                if x < 0:
                    c.drawRightString(-x, y, text)
                else:
                    c.drawString(x, y, text)
        c.showPage()
    c.save()
    return buf.getvalue()


def make_grid_pdf(pages: list[tuple[list[str], list[list[str]]]], xs: list[float], size: float = 9.0) -> bytes:
    """A PDF of ruled tables: each page is (prose lines above, table rows); ``xs`` are the column rules (one more
    than the cells per row). Every cell is ruled; numbers are right-aligned, text left-aligned."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setTitle("Rutnätstest")
    pitch = size * 2
    for prose, rows in pages:
        y = 800.0
        for line in prose:
            c.setFont("Helvetica-Bold", size + 3)
            c.drawString(xs[0], y, line)
            y -= pitch * 1.5
        top = y + pitch * 0.7
        for row in rows:
            for j, text in enumerate(row):
                c.setFont("Helvetica", size)
                numeric = bool(text) and text.replace(" ", "").lstrip("-").isdigit()
                if numeric:
                    c.drawRightString(xs[j + 1] - 3, y, text)
                else:
                    c.drawString(xs[j] + 3, y, text)
            y -= pitch
        bottom = y + pitch * 0.7
        for k in range(len(rows) + 1):
            c.line(xs[0], top - k * pitch, xs[-1], top - k * pitch)
        for x in xs:
            c.line(x, top, x, bottom)
        c.showPage()
    c.save()
    return buf.getvalue()
