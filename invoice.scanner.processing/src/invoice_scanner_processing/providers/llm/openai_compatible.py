"""Local servers that speak the OpenAI Chat Completions API: Ollama, vLLM, llama.cpp server.

They get the same json_schema ``response_format`` as OpenAI. A server that refuses it (older
Ollama and llama.cpp builds answer 400/422) is asked again in ``json_object`` mode with the
schema written into the system prompt, and that choice is remembered for the process.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import openai
from openai.types.chat.completion_create_params import ResponseFormat

from invoice_scanner_processing.providers.llm.hosted import Reply
from invoice_scanner_processing.providers.llm.json_schema import invoice_json_schema
from invoice_scanner_processing.providers.llm.openai_provider import OpenAIProvider
from invoice_scanner_processing.providers.llm.retry import ProviderStatusError

logger = logging.getLogger(__name__)

#: Status codes with which servers refuse an unsupported ``response_format``.
_REFUSED_FORMAT_STATUS = frozenset({400, 404, 422})


class OpenAICompatibleProvider(OpenAIProvider):
    name = "openai-compatible"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.json_mode = "json_schema"

    def _response_format(self) -> ResponseFormat:
        if self.json_mode == "json_object":
            return {"type": "json_object"}
        return super()._response_format()

    def _token_limits(self) -> tuple[int | openai.Omit, int | openai.Omit]:
        # ``max_tokens`` is the field every compatible server understands.
        return openai.omit, self.settings.max_output_tokens

    def _temperature(self) -> float | openai.Omit:
        return 0

    def _system_text(self, system: str) -> str:
        if self.json_mode == "json_object":
            schema = json.dumps(invoice_json_schema(), separators=(",", ":"))
            return f"{system}\n\nThe JSON object must match this JSON schema:\n{schema}"
        return system

    def _send(self, system: str, turns: list[Any]) -> Reply:
        try:
            return super()._send(system, turns)
        except ProviderStatusError as exc:
            if self.json_mode != "json_schema" or exc.status not in _REFUSED_FORMAT_STATUS:
                raise
            logger.warning(
                "%s at %s refused json_schema output, using json_object from now on: %s",
                self.name,
                self.settings.base_url,
                exc,
            )
            self.json_mode = "json_object"
            return super()._send(system, turns)
