"""OpenAI Chat Completions with Structured Outputs (``response_format`` json_schema, strict)."""

from __future__ import annotations

import logging
from typing import Any

import openai
from openai.types.chat.completion_create_params import ResponseFormat

from invoice_scanner_processing.providers.llm.base import ProviderError
from invoice_scanner_processing.providers.llm.hosted import (
    HostedProvider,
    Reply,
    connection_error,
    timeout_error,
)
from invoice_scanner_processing.providers.llm.json_schema import SCHEMA_NAME, invoice_json_schema
from invoice_scanner_processing.providers.llm.retry import status_error
from invoice_scanner_processing.providers.llm.settings import LlmSettings

logger = logging.getLogger(__name__)

#: Reasoning models reject any temperature but the default.
_NO_TEMPERATURE_PREFIXES = ("o1", "o3", "o4", "gpt-5")


class OpenAIProvider(HostedProvider):
    name = "openai"

    def __init__(self, settings: LlmSettings) -> None:
        super().__init__(settings)
        self.client = openai.OpenAI(
            api_key=settings.api_key or "unused",
            base_url=settings.base_url,
            timeout=settings.timeout_s,
            # Ours (providers/llm/retry.py) are the only retries.
            max_retries=0,
        )

    def _user_turn(self, text: str) -> Any:
        return {"role": "user", "content": text}

    def _response_format(self) -> ResponseFormat:
        return {
            "type": "json_schema",
            "json_schema": {"name": SCHEMA_NAME, "schema": invoice_json_schema(), "strict": True},
        }

    def _token_limits(self) -> tuple[int | openai.Omit, int | openai.Omit]:
        """``(max_completion_tokens, max_tokens)``: OpenAI wants the former only."""
        return self.settings.max_output_tokens, openai.omit

    def _temperature(self) -> float | openai.Omit:
        return openai.omit if self.model.startswith(_NO_TEMPERATURE_PREFIXES) else 0

    def _system_text(self, system: str) -> str:
        return system

    def _send(self, system: str, turns: list[Any]) -> Reply:
        messages = [{"role": "system", "content": self._system_text(system)}, *turns]
        max_completion_tokens, max_tokens = self._token_limits()
        try:
            response = self.client.chat.completions.create(
                model=self.model,
                messages=messages,
                response_format=self._response_format(),
                max_completion_tokens=max_completion_tokens,
                max_tokens=max_tokens,
                temperature=self._temperature(),
            )
        except openai.APITimeoutError:
            raise timeout_error(self.name, self.settings.timeout_s) from None
        except openai.APIConnectionError as exc:
            raise connection_error(self.name, exc, self.settings.api_key) from None
        except openai.APIStatusError as exc:
            raise status_error(
                self.name, exc.status_code, exc.message, exc.response.headers, self.settings.api_key
            ) from None
        if not response.choices:
            raise ProviderError(f"{self.name}: the answer has no choices", transient=True)
        choice = response.choices[0]
        message = choice.message
        if getattr(message, "refusal", None) or choice.finish_reason == "content_filter":
            raise ProviderError(
                f"{self.name}: the model refused the request ({choice.finish_reason})",
                transient=False,
            )
        usage = response.usage
        return Reply(
            payload=message.content,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
            assistant_turn={"role": "assistant", "content": message.content or ""},
        )
