"""Typed loaders for the gold data (questions, tables, recommendations).

Only ``question`` is required in a questions file; every other field is optional so a user's own
file of the same format works. Bad lines give one clear :class:`~rodatraden.errors.ConfigError`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError, field_validator

from assistant.models import Turn
from rodatraden.errors import ConfigError

QUESTION_TYPES = ("fact", "number", "table", "list", "recommendation", "followup", "comparison", "unanswerable")
_SV_HINT = re.compile(r"[åäöÅÄÖ]|\b(och|vad|vilken|vilka|hur|är|för|det|som|av|har)\b", re.IGNORECASE)


class GoldQuestion(BaseModel):
    id: str
    question: str
    lang: str | None = None
    type: str = "fact"
    answer: str = ""
    numbers: list[float | str] = Field(default_factory=list)  # values, or as printed ("1 250", "-7 208", "2025-02-19")
    doc: str | None = None
    docs: list[str] | None = None
    pages: list[int] = Field(default_factory=list)  # 1-based PDF pages of the gold doc that hold the answer
    quotes: list[str] = Field(default_factory=list)
    quote_source: str | None = None  # "image": the quotes were read off a scanned page
    history: list[Turn] | None = None
    standalone: bool | None = None  # follow-up turns: True = a new question that must not be merged with the history
    table: dict[str, Any] | None = None

    @field_validator("history", mode="before")
    @classmethod
    def _history(cls, v: Any) -> Any:
        """Accept [{role, content}], ["q1", "a1", …] (alternating user/assistant) or None."""
        if not v:
            return None
        out = []
        for i, t in enumerate(v):
            if isinstance(t, str):
                out.append({"role": "user" if i % 2 == 0 else "assistant", "content": t})
            elif isinstance(t, dict) and "content" not in t and "question" in t:
                out.append({"role": "user", "content": t["question"]})
                if t.get("answer"):
                    out.append({"role": "assistant", "content": t["answer"]})
            else:
                out.append(t)
        return out

    @property
    def answerable(self) -> bool:
        return self.type != "unanswerable"

    @property
    def language(self) -> str:
        if self.lang:
            return self.lang
        return "sv" if _SV_HINT.search(self.question) else "en"


def load_questions(path: str | Path, history_is_user_turns: bool = False) -> list[GoldQuestion]:
    """``history_is_user_turns``: a history of plain strings holds the earlier USER questions only (the blind
    follow-up format), not alternating user/assistant turns."""
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"questions file not found: {p}")
    out: list[GoldQuestion] = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            raw = json.loads(line)
            if not isinstance(raw, dict):
                raise ValueError("not a JSON object")
            raw.setdefault("id", f"line{n}")
            raw["id"] = str(raw["id"])
            if history_is_user_turns and isinstance(raw.get("history"), list):
                raw["history"] = [{"question": h} if isinstance(h, str) else h for h in raw["history"]]
            out.append(GoldQuestion.model_validate(raw))
        except (ValueError, ValidationError) as exc:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise ConfigError(f"{p}:{n}: invalid gold question ({first})") from None
    if not out:
        raise ConfigError(f"{p}: no questions")
    return out


class GoldTable(BaseModel):
    id: str
    doc: str
    title: str = ""
    unit: str | None = None
    columns: list[str] = Field(default_factory=list)
    rows: list[list[Any]] = Field(default_factory=list)


def load_tables(path: str | Path) -> list[GoldTable]:
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"tables file not found: {p}")
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        return [GoldTable.model_validate(t) for t in data]
    except (ValueError, ValidationError, TypeError) as exc:
        raise ConfigError(f"{p}: invalid gold tables ({str(exc).splitlines()[0]})") from None


class GoldRecommendation(BaseModel):
    number: int | None = None
    text: str


class GoldRecommendations(BaseModel):
    doc: str | None = None
    recommendations_2023: list[GoldRecommendation] = Field(default_factory=list)
    earlier_reviews: list[dict[str, Any]] = Field(default_factory=list)


def load_recommendations(path: str | Path) -> GoldRecommendations:
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"recommendations file not found: {p}")
    try:
        return GoldRecommendations.model_validate(json.loads(p.read_text(encoding="utf-8")))
    except (ValueError, ValidationError) as exc:
        raise ConfigError(f"{p}: invalid gold recommendations ({str(exc).splitlines()[0]})") from None
