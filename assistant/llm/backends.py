"""Language-model backends through llama-index's LLM integrations, chosen in settings.

RODATRADEN_LLM_BACKEND = none | openai | ollama | llamacpp. Nothing is contacted (or imported)
unless a backend is configured; llama-index's global Settings are never touched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rodatraden.errors import ConfigError
from rodatraden.settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from llama_index.core.llms import LLM


def chatml_messages_to_prompt(messages) -> str:
    """ChatML (Qwen2.5 and most small instruct GGUFs): <|im_start|>role\n…<|im_end|>, ending with the assistant turn."""
    parts = []
    for m in messages:
        role = getattr(m.role, "value", m.role)
        parts.append(f"<|im_start|>{role}\n{m.content or ''}<|im_end|>")
    parts.append("<|im_start|>assistant\n")
    return "\n".join(parts)


def chatml_completion_to_prompt(completion: str) -> str:
    return f"<|im_start|>user\n{completion}<|im_end|>\n<|im_start|>assistant\n"


def make_llm(settings: Settings) -> "LLM | None":
    """Build the configured LLM, or None for the extractive default. Raises ConfigError when misconfigured."""
    backend = settings.llm_backend
    if backend == "none":
        return None
    if backend == "openai":
        if not settings.llm_base_url or not settings.llm_model:
            raise ConfigError(
                "RODATRADEN_LLM_BACKEND=openai behöver RODATRADEN_LLM_BASE_URL och RODATRADEN_LLM_MODEL "
                "(needs a base URL and a model name)."
            )
        from llama_index.llms.openai_like import OpenAILike

        return OpenAILike(
            model=settings.llm_model,
            api_base=settings.llm_base_url,
            api_key=settings.llm_api_key or "not-needed",
            is_chat_model=True,
            timeout=settings.llm_timeout_s,
            max_retries=0,
            temperature=0.0,
            context_window=8192,
        )
    if backend == "ollama":
        if not settings.llm_model:
            raise ConfigError("RODATRADEN_LLM_BACKEND=ollama behöver RODATRADEN_LLM_MODEL (e.g. qwen2.5:3b).")
        try:
            from llama_index.llms.ollama import Ollama
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise ConfigError("Ollama-stödet saknas: pip install -c constraints.txt '.[llm]'") from exc
        return Ollama(
            model=settings.llm_model,
            base_url=settings.llm_base_url or "http://127.0.0.1:11434",
            request_timeout=settings.llm_timeout_s,
            temperature=0.0,
        )
    if backend == "llamacpp":
        path = settings.llm_model_path
        if not path or not path.is_file():
            raise ConfigError(f"RODATRADEN_LLM_MODEL_PATH pekar inte på en GGUF-fil: {path}")
        try:
            from llama_index.llms.llama_cpp import LlamaCPP
        except ImportError as exc:
            raise ConfigError(
                "llama-cpp-python saknas: pip install -c constraints.txt '.[llamacpp]' (compiles for ~6 min)"
            ) from exc
        return LlamaCPP(
            model_path=str(path),
            temperature=0.0,
            max_new_tokens=384,
            context_window=4096,
            messages_to_prompt=chatml_messages_to_prompt,
            completion_to_prompt=chatml_completion_to_prompt,
            model_kwargs={"n_threads": 2},
            verbose=False,
        )
    raise ConfigError(f"Okänd RODATRADEN_LLM_BACKEND: {backend!r}")
