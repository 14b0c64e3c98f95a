"""OpenAI-compatible chat: POST /v1/chat/completions and GET /v1/models.

The last user message is the question; earlier user/assistant turns are the history (system
messages are ignored). Any model name is accepted. The Answer (citations, tables) rides along in the
extra field ``rodatraden`` of the completion, and of the final chunk when streaming.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterator

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse

from assistant.api.chat_models import (
    MODEL_ID,
    AssistantMessage,
    ChatCompletion,
    ChatCompletionRequest,
    Choice,
    ModelCard,
    ModelList,
    Usage,
)
from assistant.api.deps import AssistantDep, IndexDep, ReadKey, SettingsDep
from assistant.api.questions import ask
from assistant.models import Answer, Turn
from rodatraden.errors import EmptyQuestionError

router = APIRouter(tags=["chat (OpenAI-compatible)"])

WORDS_PER_CHUNK = 6


def split_messages(req: ChatCompletionRequest) -> tuple[str, list[Turn]]:
    turns = [(m.role, m.text()) for m in req.messages if m.role in ("user", "assistant")]
    last_user = max((i for i, (role, _) in enumerate(turns) if role == "user"), default=None)
    if last_user is None:
        raise EmptyQuestionError()
    history = [Turn(role=role, content=text) for role, text in turns[:last_user] if text.strip()]
    return turns[last_user][1], history


def render_content(answer: Answer) -> str:
    """The answer text, plus a numbered source list for clients that ignore ``rodatraden``."""
    if not answer.citations:
        return answer.answer
    lines = [answer.answer, "", "Källor / Sources:"]
    for c in answer.citations:
        lines.append(f"[{c.n}] {c.title}, s. {c.page}: ”{c.quote}”")
    return "\n".join(lines)


def _usage(question: str, content: str) -> Usage:
    p, c = len(question.split()), len(content.split())
    return Usage(prompt_tokens=p, completion_tokens=c, total_tokens=p + c)


def word_groups(text: str, size: int = WORDS_PER_CHUNK) -> list[str]:
    """Split into chunks of about ``size`` words; joining them gives ``text`` back exactly."""
    tokens = re.findall(r"\s*\S+", text)
    groups = ["".join(tokens[i:i + size]) for i in range(0, len(tokens), size)]
    tail = text[len("".join(groups)):]
    if tail:
        groups.append(tail)
    return groups or [""]


def _sse(obj: dict) -> str:
    return f"data: {json.dumps(obj, ensure_ascii=False)}\n\n"


def stream_chunks(completion_id: str, created: int, model: str, answer: Answer, content: str) -> Iterator[str]:
    base = {"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": model}

    def chunk(delta: dict, finish: str | None = None, **extra: object) -> str:
        return _sse({**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}], **extra})

    yield chunk({"role": "assistant", "content": ""})
    for piece in word_groups(content):
        yield chunk({"content": piece})
    yield chunk({}, "stop", rodatraden=answer.model_dump(mode="json"))
    yield "data: [DONE]\n\n"


@router.post("/chat/completions", response_model=ChatCompletion,
             responses={200: {"content": {"text/event-stream": {}},
                              "description": "a chat.completion, or with stream=true server-sent chat.completion.chunk events ending in [DONE]"},
                        400: {"description": "no user message / empty question"},
                        401: {"description": "missing or unknown API key"},
                        413: {"description": "question too long"}})
async def chat_completions(req: ChatCompletionRequest, assistant: AssistantDep, index: IndexDep,
                           settings: SettingsDep, _key: ReadKey):
    question, history = split_messages(req)
    # Answer first (in a worker thread): errors still come back as JSON with a status code.
    answer = await run_in_threadpool(ask, assistant, index, settings, question, history, req.doc_ids)
    completion_id = f"chatcmpl-{uuid.uuid4().hex}"
    created = int(time.time())
    model = req.model or MODEL_ID
    content = render_content(answer)
    if req.stream:
        return StreamingResponse(stream_chunks(completion_id, created, model, answer, content),
                                 media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
    return ChatCompletion(id=completion_id, created=created, model=model,
                          choices=[Choice(message=AssistantMessage(content=content))],
                          usage=_usage(question, content), rodatraden=answer)


@router.get("/models", response_model=ModelList)
def list_models(_key: ReadKey) -> ModelList:
    return ModelList(data=[ModelCard()])


@router.get("/models/{model_id}", response_model=ModelCard)
def get_model(model_id: str, _key: ReadKey) -> ModelCard:
    """Any model name is accepted by chat completions; every name describes the one assistant."""
    return ModelCard(id=model_id)
