"""Build a scaled corpus (≥ N pages) from the bundled PDFs for benchmarks.

Each copy is the original PDF's bytes plus a trailing PDF comment line after ``%%EOF``
("%rodatraden-scaled copy N"): readers ignore it, the sha256 differs, and the new file name gives a
new doc id. Pages are identical to the originals, so per-page costs are comparable.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pdfplumber


def count_pages(pdf: Path) -> int:
    with pdfplumber.open(pdf) as doc:
        return len(doc.pages)


def build_scaled_corpus(source_dir: Path, out_dir: Path, min_pages: int = 5000) -> tuple[list[Path], int]:
    """Write copies of ``source_dir``'s PDFs into ``out_dir`` until ≥ ``min_pages``; returns (files, pages)."""
    sources = sorted(p for p in Path(source_dir).glob("*.pdf"))
    if not sources:
        raise FileNotFoundError(f"no PDFs in {source_dir}")
    sizes = {p: count_pages(p) for p in sources}
    data = {p: p.read_bytes() for p in sources}
    out_dir.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    pages, copy = 0, 0
    while pages < min_pages:
        copy += 1
        for src in sources:
            dst = out_dir / f"{src.stem}-s{copy:04d}.pdf"
            dst.write_bytes(data[src] + f"\n%rodatraden-scaled copy {copy}\n".encode("ascii"))
            files.append(dst)
            pages += sizes[src]
            if pages >= min_pages:
                break
    return files, pages


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out_dir")
    ap.add_argument("--source", default="corpus")
    ap.add_argument("--pages", type=int, default=5000)
    a = ap.parse_args(argv)
    files, pages = build_scaled_corpus(Path(a.source), Path(a.out_dir), a.pages)
    print(f"{len(files)} files, {pages} pages in {a.out_dir}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
