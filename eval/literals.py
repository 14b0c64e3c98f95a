"""Eval questions written into the product: word 4-grams of the eval questions found in assistant/ or ingest/.

    python -m eval.literals        # prints every hit: file, line, the 4-gram, the question ids it comes from

Words are NFC, lowercased runs of letters and digits (punctuation and underscores split words), read from the
questions and their histories (eval/questions.jsonl, eval/blind/*.jsonl) and from every source or data file
under assistant/ and ingest/ (.py, .toml, .json, .txt, .yaml, .csv, .md …). tests/test_no_eval_literals.py fails
on any hit.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from pydantic import BaseModel

REPO = Path(__file__).resolve().parent.parent
SCANNED_DIRS = ("assistant", "ingest")
SUFFIXES = {".py", ".toml", ".json", ".jsonl", ".txt", ".yaml", ".yml", ".csv", ".tsv", ".md", ".cfg", ".ini"}
N = 4
_WORD = re.compile(r"[^\W_]+")


class Hit(BaseModel):
    file: str
    line: int
    gram: str
    questions: list[str]


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFC", text).lower())


def grams(ws: list[str], n: int = N) -> list[tuple[str, ...]]:
    return [tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)]


def question_files(repo: Path = REPO) -> list[Path]:
    return [repo / "eval" / "questions.jsonl", *sorted((repo / "eval" / "blind").glob("*.jsonl"))]


def question_grams(repo: Path = REPO) -> dict[tuple[str, ...], set[str]]:
    """4-gram -> the ids of the questions (or histories) it comes from."""
    out: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for f in question_files(repo):
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            item = json.loads(line)
            qid = f"{f.name}:{item.get('id', n)}"
            texts = [item.get("question", "")]
            for h in item.get("history") or []:
                texts.append(h if isinstance(h, str) else (h.get("content") or h.get("question") or ""))
            for t in texts:
                for g in grams(words(t)):
                    out[g].add(qid)
    return out


def scanned_files(repo: Path = REPO) -> list[Path]:
    return [p for d in SCANNED_DIRS for p in sorted((repo / d).rglob("*"))
            if p.is_file() and p.suffix.lower() in SUFFIXES and "__pycache__" not in p.parts]


def find_hits(repo: Path = REPO) -> list[Hit]:
    qg = question_grams(repo)
    hits: list[Hit] = []
    for p in scanned_files(repo):
        text = p.read_text(encoding="utf-8", errors="replace")
        toks = [(m.group(0).lower(), text.count("\n", 0, m.start()) + 1)
                for m in _WORD.finditer(unicodedata.normalize("NFC", text))]
        seen: set[tuple[str, ...]] = set()
        for i in range(len(toks) - N + 1):
            g = tuple(w for w, _ in toks[i:i + N])
            if g in qg and g not in seen:
                seen.add(g)
                hits.append(Hit(file=str(p.relative_to(repo)), line=toks[i][1], gram=" ".join(g),
                                questions=sorted(qg[g])))
    return hits


def main() -> int:
    hits = find_hits()
    for h in hits:
        print(f"{h.file}:{h.line}: \"{h.gram}\" <- {', '.join(h.questions[:4])}{' …' if len(h.questions) > 4 else ''}")
    print(f"{len(hits)} hits in {len({h.file for h in hits})} files", file=sys.stderr)
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
