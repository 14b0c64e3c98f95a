"""The ingest figures of `rodatraden eval`, read from the library index it has just built (no second parse):

- **typed tables**: cell accuracy (label, column header and value all right) on the bundled gold
  (eval/tables.json) and the blind real-document gold, dev and test halves (eval/tables_blind.py; the test half
  as its aggregate only), next to pdfplumber's default ``extract_tables()`` on the same pages;
- **text fidelity**: word recall of the indexed page text against Poppler's ``pdftotext`` and å/ä/ö kept, on 3
  pages per document (the seed of eval/text_fidelity.py); OCR'd pages and pages with a broken layer are left out
  (pdftotext is no reference there);
- **text-layer detection**: the indexed documents the real manifest calls a broken text layer, and whether a page
  of each was flagged (ingest.quality) at ingest; flagged pages of the other documents are false positives;
- **OCR character error rate** per engine (eval/ocr_eval.py) only with ``rodatraden eval --ocr-cer``: it OCRs
  pages and takes minutes.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from pydantic import BaseModel, Field

from eval.text_fidelity import _DIA, SEED, pdftotext, words

EVAL_DIR = Path(__file__).resolve().parent


class TableFigures(BaseModel):
    half: str  # bundled | dev | test
    cells: int
    ours: float | None
    pdfplumber: float | None
    not_measurable: int = 0


class FidelityFigures(BaseModel):
    documents: int = 0
    compared: int = 0
    word_recall: float | None = None
    lowest_word_recall: float | None = None
    lowest_document: str | None = None
    dia_kept_lowest: float | None = None
    pages_not_comparable: int = 0  # OCR'd or broken-layer pages among the sampled ones
    status: str = "ok"


class LayerFigures(BaseModel):
    broken_documents: list[str] = Field(default_factory=list)
    detected: list[str] = Field(default_factory=list)
    clean_pages: int = 0
    clean_pages_flagged: int = 0
    ocr_pages: int = 0
    mended_pages: int = 0  # broken text layers mended from the word list (ingest.glyphs), not read by OCR


class IngestSection(BaseModel):
    tables: list[TableFigures] = Field(default_factory=list)
    fidelity: FidelityFigures = Field(default_factory=FidelityFigures)
    layers: LayerFigures = Field(default_factory=LayerFigures)
    ocr: dict[str, dict] | None = None  # engine -> cer, word_recall, seconds_per_page (with --ocr-cer)
    ocr_pages: int = 0
    errors: list[str] = Field(default_factory=list)


def _docs(index: Any) -> dict[str, Any]:
    """doc_id -> an object with .meta and .tables, as the table scorers read a parsed document."""
    return {d.meta.doc_id: SimpleNamespace(meta=d.meta, tables=index.tables(d.meta.doc_id)) for d in index.documents()}


def table_figures(index: Any, halves: list[str]) -> list[TableFigures]:
    from eval.tables_blind import evaluate_half
    from eval.tables_eval import DEFAULT_GOLD, evaluate_tables

    docs = _docs(index)
    out: list[TableFigures] = []
    bundled = evaluate_tables(list(docs.values()), DEFAULT_GOLD, blind=False)
    out.append(TableFigures(half="bundled", cells=bundled.cells_total, ours=bundled.ours_accuracy,
                            pdfplumber=bundled.baseline_accuracy))
    cache = dict(docs)  # documents not in the index are parsed by evaluate_half itself
    for h in halves:
        r = evaluate_half(h, parsed=cache)
        out.append(TableFigures(half=h, cells=r.cells, ours=r.ours_accuracy, pdfplumber=r.baseline_accuracy,
                                not_measurable=r.not_measurable))
    return out


def fidelity_figures(index: Any, pdfs: dict[str, Path], n_pages: int = 3) -> FidelityFigures:
    if not shutil.which("pdftotext"):
        return FidelityFigures(status="not measured: pdftotext (Debian poppler-utils) is not installed")
    f = FidelityFigures()
    hits = total = 0
    lowest: tuple[float, str] | None = None
    dia_low: float | None = None
    for doc_id, path in sorted(pdfs.items()):
        try:
            pages = index.pages(doc_id)
        except Exception:  # noqa: BLE001 - a document not in the index is reported by the library lines
            continue
        f.documents += 1
        rng = random.Random(f"{SEED}:{path.name}")  # the pages eval/text_fidelity.py samples
        sample = sorted(rng.sample(range(1, len(pages) + 1), min(n_pages, len(pages))))
        h = t = dia_ours = dia_ref = 0
        for n in sample:
            page = pages[n - 1]
            if page.ocr or page.quality_issues:
                f.pages_not_comparable += 1
                continue
            ref = pdftotext(path, n)
            rw, ow = words(ref), words(page.text)
            h += sum(min(c, ow[w]) for w, c in rw.items())
            t += sum(rw.values())
            dia_ref += sum(ch in _DIA for ch in ref)
            dia_ours += sum(ch in _DIA for ch in page.text)
        if t:
            f.compared += 1
            hits, total = hits + h, total + t
            if lowest is None or h / t < lowest[0]:
                lowest = (h / t, doc_id)
        if dia_ref:
            kept = min(1.0, dia_ours / dia_ref)
            dia_low = kept if dia_low is None else min(dia_low, kept)
    f.word_recall = hits / total if total else None
    f.lowest_word_recall, f.lowest_document = lowest if lowest else (None, None)
    f.dia_kept_lowest = dia_low
    return f


def layer_figures(index: Any, real_dir: Path | None) -> LayerFigures:
    from eval.text_quality import broken_documents

    docs = index.documents()
    indexed = {d.meta.doc_id for d in docs}
    broken = {Path(name).stem for name in broken_documents(real_dir)} & indexed if real_dir else set()
    out = LayerFigures(broken_documents=sorted(broken))
    for d in docs:
        doc_id = d.meta.doc_id
        pages = index.pages(doc_id)
        flagged = [p for p in pages if p.quality_issues and p.quality_issues != ["no_text"]]
        out.ocr_pages += sum(1 for p in pages if p.ocr)
        out.mended_pages += sum(1 for p in pages if any(i.startswith("mended:") for i in p.quality_issues))
        if doc_id in broken:
            if flagged:
                out.detected.append(doc_id)
        else:
            out.clean_pages += sum(1 for p in pages if p.quality_issues != ["no_text"])
            out.clean_pages_flagged += len(flagged)
    out.detected.sort()
    return out


def evaluate_ingest(index: Any, pdfs: list[Path], halves: list[str], real_dir: Path | None, ocr_cer: bool = False,
                    log: Callable[[str], None] = lambda s: None) -> IngestSection:
    sec = IngestSection()
    for name, fn in [("tables", lambda: setattr(sec, "tables", table_figures(index, halves))),
                     ("text fidelity", lambda: setattr(sec, "fidelity", fidelity_figures(index, {p.stem: p for p in pdfs}))),
                     ("text layers", lambda: setattr(sec, "layers", layer_figures(index, real_dir)))]:
        log(f"ingest: {name}")
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - one failing measurement must not lose the others
            sec.errors.append(f"{name}: {type(exc).__name__}: {exc}"[:200])
    if ocr_cer:
        log("ingest: OCR character error rate (slow)")
        try:
            import importlib.util

            from eval.ocr_eval import measure_engines
            from ingest.ocr import tesseract_available

            engines = [e for e, ok in [("tesseract", tesseract_available()),
                                       ("rapidocr", importlib.util.find_spec("rapidocr") is not None)] if ok]
            sec.ocr, _, sec.ocr_pages = measure_engines(8, 300, engines, log=lambda m: None)
        except Exception as exc:  # noqa: BLE001
            sec.errors.append(f"OCR CER: {type(exc).__name__}: {exc}"[:200])
    return sec


def _p(v: float | None) -> str:
    return "–" if v is None else f"{100 * v:.1f} %"


def render_ingest(sec: IngestSection | None) -> list[str]:
    if sec is None:
        return []
    lines = ["", "## Ingest", ""]
    if sec.tables:
        lines += ["| typed tables: cell accuracy | cells | ours | pdfplumber extract_tables() |", "|---|---:|---:|---:|"]
        names = {"bundled": "bundled gold", "dev": "blind dev", "test": "blind test"}
        for t in sec.tables:
            nm = f" ({t.not_measurable} table(s) not measurable)" if t.not_measurable else ""
            lines.append(f"| {names.get(t.half, t.half)}{nm} | {t.cells} | {_p(t.ours)} | {_p(t.pdfplumber)} |")
        lines.append("")
    f = sec.fidelity
    if f.status != "ok":
        lines.append(f"- Text fidelity: {f.status}")
    else:
        lines.append(f"- Text fidelity (3 pages per document against pdftotext): word recall {_p(f.word_recall)} over "
                     f"{f.compared} of {f.documents} documents (lowest {_p(f.lowest_word_recall)}, {f.lowest_document}); "
                     f"å/ä/ö kept, lowest document {_p(f.dia_kept_lowest)}; {f.pages_not_comparable} sampled pages OCR'd "
                     "or with a broken layer left out. Running headers are removed on purpose.")
    ly = sec.layers
    missed = sorted(set(ly.broken_documents) - set(ly.detected))
    lines.append(f"- Broken text layers detected: {len(ly.detected)} of {len(ly.broken_documents)}"
                 + (f" (missed: {', '.join(missed)})" if missed else "")
                 + f"; false positives {ly.clean_pages_flagged} of {ly.clean_pages} other pages with text; "
                 f"{ly.mended_pages} pages mended from the word list, {ly.ocr_pages} read by OCR.")
    if sec.ocr:
        lines.append(f"- OCR character error rate ({sec.ocr_pages} pages with a sound text layer as reference): " + "; ".join(
            f"{e} {_p(s['cer'])} (word recall {_p(s['word_recall'])}, {s['seconds_per_page']:.1f} s/page)" for e, s in sec.ocr.items()))
    else:
        lines.append("- OCR character error rate: not measured (`rodatraden eval --ocr-cer`; or `python -m eval.ocr_eval`).")
    for e in sec.errors:
        lines.append(f"- ERROR {e}")
    return lines
