"""POST /v1/ask: a question in, the Answer out (exactly as assistant/models.py serialises it)."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, Field

from assistant.api.deps import AssistantDep, IndexDep, ReadKey, SettingsDep
from assistant.api.questions import ask
from assistant.models import Answer, Turn

router = APIRouter(tags=["ask"])


class AskRequest(BaseModel):
    question: str = Field(description="Svenska eller engelska / Swedish or English")
    doc_ids: list[str] | None = Field(default=None, description="restrict retrieval to these documents")
    history: list[Turn] | None = Field(default=None, description="earlier turns, oldest first")

    model_config = {"json_schema_extra": {"examples": [
        {"question": "Hur stor är prognosen för helåret jämfört med budget?"},
    ]}}


ERRORS = {
    400: {"description": "empty question"},
    401: {"description": "missing or unknown API key"},
    404: {"description": "unknown document in doc_ids"},
    413: {"description": "question too long"},
    422: {"description": "malformed request"},
}


@router.post("/ask", response_model=Answer, responses=ERRORS)
def post_ask(body: AskRequest, assistant: AssistantDep, index: IndexDep, settings: SettingsDep, _key: ReadKey) -> Answer:
    return ask(assistant, index, settings, body.question, body.history, body.doc_ids)
