"""`rodatraden ask "FRÅGA" [--json] [--doc DOC_ID]` and `rodatraden ask --batch FILE.jsonl`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.models import Answer, AnswerTable, Turn
from rodatraden.errors import EmptyQuestionError, RodaTradenError
from rodatraden.settings import Settings


def _cell(v: object) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        v = int(v) if v.is_integer() else v
    if isinstance(v, int | float):
        s = f"{abs(v):,}".replace(",", " ").replace(".", ",")
        return ("-" if v < 0 else "") + s
    return str(v)


def render_table(t: AnswerTable) -> str:
    rows = [[_cell(c) for c in r] for r in t.rows]
    header = list(t.columns)
    width = max([len(header)] + [len(r) for r in rows])
    header += [""] * (width - len(header))
    rows = [r + [""] * (width - len(r)) for r in rows]
    widths = [max(len(x[i]) for x in [header, *rows]) for i in range(width)]

    def line(r: list[str]) -> str:
        return "  ".join(v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(r, widths))).rstrip()

    unit = f" ({t.unit})" if t.unit else ""
    out = [f"{t.title}{unit} – {t.source.doc_id}, s. {t.source.page}", line(header), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    return "\n".join(out)


def render_answer(a: Answer) -> str:
    parts = [a.answer]
    if a.citations:
        parts.append("")
        parts.append("Källor:" if a.language == "sv" else "Sources:")
        page = "s." if a.language == "sv" else "p."
        for c in a.citations:
            quote = " ".join(c.quote.split())
            ocr = " (OCR)" if getattr(c, "ocr", False) else ""
            parts.append(f"[{c.n}] {c.title}, {page} {c.page}{ocr}: \"{quote}\"")
    for t in a.tables:
        parts.append("")
        parts.append(render_table(t))
    return "\n".join(parts)


def _load_batch(path: str) -> list[tuple[str, list[Turn] | None]]:
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RodaTradenError(f"{path}:{n}: ogiltig JSON / invalid JSON ({exc.msg})") from exc
        if not isinstance(obj, dict) or not isinstance(obj.get("question"), str):
            raise RodaTradenError(f"{path}:{n}: saknar \"question\" / missing \"question\"")
        hist = obj.get("history") or None
        turns = None
        if hist:
            turns = []
            for i, t in enumerate(hist):
                if isinstance(t, str):
                    turns.append(Turn(role="user" if i % 2 == 0 else "assistant", content=t))
                else:
                    turns.append(Turn(**t))
        out.append((obj["question"], turns))
    return out


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.service import build_assistant
    from index import open_index

    batch = getattr(args, "batch", None)
    question = getattr(args, "question", None)
    if not batch and (question is None or not question.strip()):
        raise EmptyQuestionError()
    if batch and not Path(batch).is_file():
        raise RodaTradenError(f"{batch}: filen finns inte / file not found")
    items = _load_batch(batch) if batch else [(question, None)]
    index = open_index(settings)
    try:
        collections = [c.strip().lower() for c in (getattr(args, "collection", None) or "").split(",") if c.strip()]
        if collections:  # only these collections' documents, in every store query
            from index.scoped import ScopedIndex

            assistant = build_assistant(ScopedIndex(index, frozenset(collections)), settings)
        else:
            assistant = build_assistant(index, settings)
        doc_ids = getattr(args, "doc_ids", None) or None
        for q, history in items:
            if batch:
                try:
                    ans = assistant.ask(q, history, doc_ids)
                    print(ans.model_dump_json(), flush=True)
                except RodaTradenError as exc:
                    print(json.dumps({"question": q, "error": exc.code, "message": exc.message}, ensure_ascii=False),
                          flush=True)
                continue
            ans = assistant.ask(q, history, doc_ids)
            print(ans.model_dump_json(indent=2) if args.json else render_answer(ans))
    finally:
        close = getattr(index, "close", None)
        if close:
            close()
    return 0


__all__ = ["cmd_ask", "render_answer"]
_ = sys
