"""OpenAI-compatible chat: POST /v1/chat/completions and GET /v1/models.

The last user message is the question; earlier user/assistant turns are the history (system
messages are ignored). Any model name is accepted. The Answer (citations, tables) rides along in the
extra field ``rodatraden`` of the completion, and of the final chunk when streaming. When streaming, the
content chunks are the tokens as the answer is generated (Assistant.ask_stream); the final chunk carries the
citation-checked Answer, and the content ends with the sources (and the checked text, if checking changed it).
"""

from __future__ import annotations

import json
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
from assistant.api.questions import ask, check_question
from assistant.llm.stage import StreamEvent
from assistant.llm.stage import word_groups as _word_groups
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
    return _word_groups(text, size)


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


def start_stream(assistant, index, settings, question: str, history: list[Turn], doc_ids: list[str] | None
                 ) -> tuple[StreamEvent, Iterator[StreamEvent]]:
    """Run the checks and the retrieval up to the first event (in a worker thread), so that question errors
    still come back as JSON with a status code before the stream starts."""
    check_question(question, settings)
    for doc_id in doc_ids or []:
        index.document(doc_id)
    events = assistant.ask_stream(question, history=history or None, doc_ids=doc_ids or None)
    return next(events), events


def tail_content(streamed: str, answer: Answer) -> str:
    """What follows the streamed tokens: the sources, and the checked text when checking changed the answer."""
    content = render_content(answer)
    if content.startswith(streamed):
        return content[len(streamed):]
    return "\n\n" + ("Kontrollerat svar / Checked answer:\n" if streamed.strip() else "") + content


def stream_events(completion_id: str, created: int, model: str, first: StreamEvent,
                  events: Iterator[StreamEvent]) -> Iterator[str]:
    base = {"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": model}

    def chunk(delta: dict, finish: str | None = None, **extra: object) -> str:
        return _sse({**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}], **extra})

    yield chunk({"role": "assistant", "content": ""})
    streamed = ""
    for event in _chain(first, events):
        if event.type == "token":
            if event.text:
                streamed += event.text
                yield chunk({"content": event.text})
            continue
        answer = event.answer
        tail = tail_content(streamed, answer)
        for piece in word_groups(tail) if tail else []:
            yield chunk({"content": piece})
        yield chunk({}, "stop", rodatraden=answer.model_dump(mode="json"))
        break
    yield "data: [DONE]\n\n"


def _chain(first: StreamEvent, rest: Iterator[StreamEvent]) -> Iterator[StreamEvent]:
    yield first
    yield from rest


@router.post("/chat/completions", response_model=ChatCompletion,
             responses={200: {"content": {"text/event-stream": {}},
                              "description": "a chat.completion, or with stream=true server-sent chat.completion.chunk events ending in [DONE]"},
                        400: {"description": "no user message / empty question"},
                        401: {"description": "missing or unknown API key"},
                        413: {"description": "question too long"}})
async def chat_completions(req: ChatCompletionRequest, assistant: AssistantDep, index: IndexDep,
                           settings: SettingsDep, _key: ReadKey):
    question, history = split_messages(req)
    completion_id = f"chatcmpl-{uuid.uuid4().hex}"
    created = int(time.time())
    model = req.model or MODEL_ID
    if req.stream:
        first, events = await run_in_threadpool(start_stream, assistant, index, settings, question, history,
                                                req.doc_ids)
        return StreamingResponse(stream_events(completion_id, created, model, first, events),
                                 media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
    # Answer first (in a worker thread): errors still come back as JSON with a status code.
    answer = await run_in_threadpool(ask, assistant, index, settings, question, history, req.doc_ids)
    content = render_content(answer)
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
