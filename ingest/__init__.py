"""PDF → pages, sections, chunks and typed tables (pdfplumber). Entry point: :func:`ingest.parse_pdf`."""
