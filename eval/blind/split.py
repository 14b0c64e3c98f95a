"""Split the blind data (eval/blind/source/) into a development half and a test half, reproducibly.

    python -m eval.blind.split

Questions are ordered by (document, type, sha1(id)) and dealt alternately, so both halves get the same mix of
documents and question types; follow-up items are dealt the same way by (standalone, document); gold tables by
(document, sha1(page + title)). Tune only on the ``dev`` files; read only aggregate scores of the ``test`` files.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"


# Question batches in the order they were written; b4 (written after the answerer had been tuned on b1-b3's dev
# half) adds English and unanswerable questions.
BATCHES = (("b1", "b2", "b3"), ("b4",), ("b5",), ("b6",), ("b7",), ("b8",), ("b9",), ("b10",), ("b11",), ("b12",), ("b13",), ("b14",), ("b15",), ("b16",), ("b17",), ("b18",), ("b19",), ("b20",), ("b21",), ("b22",), ("b23",), ("b24",), ("b25",), ("b26",), ("b27",), ("b28",), ("b29",), ("b30",), ("b31",))
# b5 and f2 were written 2026-12-02 (late) by a new blind session, after the answerer had been tuned on the dev
# halves of b1-b4 and f: a fresh check of the dev/test gap, and more development data.
# b6 and f3 were written 2026-12-03 by a new blind session, after the answerer had been tuned on the dev halves of
# b1-b5 and f-f2 (all 21 documents, 22 % unanswerable, 25 % English).
# b7 and f4 were written 2026-12-05 by a new blind session, after the answerer had been tuned on the dev halves of
# b1-b6 and f-f3 (all 21 documents, 22 % unanswerable, 25 % English): a fresh check of the gap between the halves.
# b8 and f5 were written 2026-12-05 (session 18) by a new blind session, after the answerer had been tuned on the dev
# halves of b1-b7 and f-f4 (all 21 documents, 21 % unanswerable, 25 % English, 20 % table questions).
# b9 and f6 were written 2026-12-05 (session 19) by a new blind session, after the answerer had been tuned on the dev
# halves of b1-b8 and f-f5 (all 21 documents, 21 % unanswerable, 26 % English, 20 % table questions).
# b10 and f7 were written 2026-12-05 (session 20) by a new blind session, after the answerer had been tuned on the dev
# halves of b1-b9 and f-f6 (all 21 documents, 21 % unanswerable, 25 % English, 20 % table questions).
# b11 and f8 were written 2026-12-05 (session 21) by a new blind session, after the answerer had been tuned on the dev
# halves of b1-b10 and f-f7 (all 21 documents, 21 % unanswerable, 25 % English, 20 % table questions).
# b12 and f9 were written 2026-12-05 (session 22) by a new blind session, after the answerer had been tuned on the dev
# halves of b1-b11 and f-f8 (all 21 documents, 21 % unanswerable, 22 % English, 21 % table questions).
# b13 and f10 were written 2026-12-05 (session 23) by a new blind session, after the answerer had been tuned on the dev
# halves of b1-b12 and f-f9 (all 21 documents, 20 % unanswerable, 22 % English, 20 % table questions).
# b14 and f11 were written 2026-12-06 (session 24) by a new blind session, after the answerer had been tuned on the dev
# halves of b1-b13 and f-f10 (all 21 documents, 21 % unanswerable, 25 % English, 20 % table questions).
# b15 and f12 were written 2026-12-06 (session 28) by a new blind session, after the answerer had been tuned on the dev
# halves of b1-b14 and f-f11 (all 21 documents, 20 % unanswerable, 25 % English, 22 % table questions).
# b16 and f13 were written 2026-12-06 (session 29) by a new blind session, after the answerer had been tuned on the dev
# halves of b1-b15 and f-f12 (all 21 documents, 22 % unanswerable, 26 % English, 20 % table questions).
# b17 and f14 were written 2026-12-06 (session 30) by a new blind session, after the answerer had been tuned on the dev
# halves of b1-b16 and f-f13 (all 21 documents, 22 % unanswerable, 25 % English, 20 % table questions).
# b18 and f15 were written 2026-12-06 (session 31) by a new blind session, after the answerer had been tuned on the dev
# halves of b1-b17 and f-f14 (all 21 documents, 22 % unanswerable, 25 % English, 20 % table questions).
# b19 and f16 were written 2026-12-06 (session 32) by a new blind session, after the answerer had been tuned on the dev
# halves of b1-b18 and f-f15 (all 21 documents, 22 % unanswerable, 25 % English, 20 % table questions).
# b20 and f17 were written 2026-12-07 (session 33) by a new blind session that saw only the PDFs and the format, after
# the answerer had been tuned on the dev halves of b1-b19 and f-f16; each dealt on its own as before.
# b21 and f18 were written 2026-12-07 (session 34) by a new blind session that saw only the PDFs and the format, after
# the answerer had been tuned on the dev halves of b1-b20 and f-f17; each dealt on its own as before.
# b22 and f19 were written 2026-12-07 (session 35) by a new blind session that saw only the PDFs and the format, after
# the answerer had been tuned on the dev halves of b1-b21 and f-f18; each dealt on its own as before.
# b23 and f20 were written 2026-12-07 (session 36) by a new blind session that saw only the PDFs and the format, after
# the answerer had been tuned on the dev halves of b1-b22 and f-f19; each dealt on its own as before.
# b24 and f21 were written 2026-12-07 (session 37) by a new blind session that saw only the PDFs and the format, after
# the answerer had been tuned on the dev halves of b1-b23 and f-f20; each dealt on its own as before.
# b25 and f22 were written 2026-12-07 (session 38) by a new blind session that saw only the PDFs and the format, after
# the answerer had been tuned on the dev halves of b1-b24 and f-f21; each dealt on its own as before.
# b26 and f23 were written 2026-12-07 (session 39) by a new blind session that saw only the PDFs and the format, after
# the answerer had been tuned on the dev halves of b1-b25 and f-f22; each dealt on its own as before.
# b27 and f24 were written 2026-12-07 (session 40) by a new blind session that saw only the PDFs and the format, after
# the answerer had been tuned on the dev halves of b1-b26 and f-f23 (brief: source/b27_tools/BRIEF.md); dealt on their own.
# b28 and f25 were written 2026-12-07 (session 41) the same way, after tuning on the dev halves of b1-b27 and f-f24
# (brief: source/b28_tools/BRIEF.md: more English, financial statements, row-and-column figures); dealt on their own.
# b29 and f26 were written 2026-12-07 (session 42) the same way, after tuning on the dev halves of b1-b28 and f-f25
# (brief: source/b29_tools/BRIEF.md: short search-like and long contextual wording, budgets and plans, "why" and list
# questions, outsiders' English); dealt on their own.
# b30 and f27 were written 2026-12-08 (session 43) the same way, after tuning on the dev halves of b1-b29 and f-f26
# (brief: source/b30_tools/BRIEF.md: comparisons, yes/no, when and who, informal names, the housing cooperatives' and
# the student association's accounts); dealt on their own.
# b31 and f28 were written 2026-12-08 (session 44) the same way, after tuning on the dev halves of b1-b30 and f-f27
# (brief: source/b31_tools/BRIEF.md: politicians' own words, figures in another unit, reasons and conclusions, parts of
# a document named, the housing cooperatives' and the student association's accounts); dealt on their own.
FOLLOWUP_BATCHES = (("f",), ("f2",), ("f3",), ("f4",), ("f5",), ("f6",), ("f7",), ("f8",), ("f9",), ("f10",), ("f11",), ("f12",), ("f13",), ("f14",), ("f15",), ("f16",), ("f17",), ("f18",), ("f19",), ("f20",), ("f21",), ("f22",), ("f23",), ("f24",), ("f25",), ("f26",), ("f27",), ("f28",))


def _h(s: str) -> str:
    return hashlib.sha1(s.encode()).hexdigest()


def _deal(items: list[dict], key) -> tuple[list[dict], list[dict]]:
    ordered = sorted(items, key=key)
    return ordered[0::2], ordered[1::2]


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    rows = sorted(rows, key=lambda r: r["id"])
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def _split_audits(recs: dict) -> tuple[dict, dict]:
    """Audits are dealt by document; follow-ups and criticism go with the audit (document) they concern."""
    adev, atest = _deal(recs["audits"], lambda a: _h(a["doc"]))
    halves = []
    for audits in (adev, atest):
        docs = {a["doc"] for a in audits}
        ids = {r["id"] for a in audits for r in a["recommendations"]}
        halves.append({**{k: v for k, v in recs.items() if k not in ("audits", "followups", "criticism")},
                       "audits": audits,
                       "followups": [f for f in recs.get("followups", []) if f["recommendation"] in ids],
                       "criticism": [c for c in recs.get("criticism", []) if c["doc"] in docs]})
    return halves[0], halves[1]


def split() -> dict[str, int]:
    dev, test = [], []
    for batch in BATCHES:  # each batch dealt on its own, so a later batch never moves an earlier item between halves
        questions = [q for name in batch for q in _read_jsonl(SOURCE / f"{name}.jsonl")]
        bdev, btest = _deal(questions, lambda q: (str(q.get("doc")), q["type"], _h(q["id"])))
        dev, test = dev + bdev, test + btest
    fdev, ftest = [], []
    for batch in FOLLOWUP_BATCHES:
        follow = [q for name in batch for q in _read_jsonl(SOURCE / f"{name}.jsonl")]
        bdev, btest = _deal(follow, lambda q: (bool(q.get("standalone")), str(q.get("doc")), _h(q["id"])))
        fdev, ftest = fdev + bdev, ftest + btest
    tables = json.loads((SOURCE / "tables.json").read_text(encoding="utf-8"))
    tdev, ttest = _deal(tables, lambda t: (t["doc"], _h(f"{t['page']}:{t['title']}")))
    _write_jsonl(HERE / "dev.jsonl", dev)
    _write_jsonl(HERE / "test.jsonl", test)
    _write_jsonl(HERE / "followups_dev.jsonl", fdev)
    _write_jsonl(HERE / "followups_test.jsonl", ftest)
    for name, rows in (("tables_dev.json", tdev), ("tables_test.json", ttest)):
        (HERE / name).write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    recs = json.loads((SOURCE / "recommendations.json").read_text(encoding="utf-8"))
    rdev, rtest = _split_audits(recs)
    for name, rows in (("recommendations_dev.json", rdev), ("recommendations_test.json", rtest)):
        (HERE / name).write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return {"audits_dev": len(rdev["audits"]), "audits_test": len(rtest["audits"]),
            "dev": len(dev), "test": len(test), "followups_dev": len(fdev), "followups_test": len(ftest),
            "tables_dev": len(tdev), "tables_test": len(ttest)}


if __name__ == "__main__":
    print(split())
