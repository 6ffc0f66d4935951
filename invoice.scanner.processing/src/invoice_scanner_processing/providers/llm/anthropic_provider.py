"""Anthropic Messages API: one tool whose ``input_schema`` is the invoice schema, forced with
``tool_choice`` so the answer arrives as the tool's already-decoded input."""

from __future__ import annotations

from typing import Any

import anthropic

from invoice_scanner_processing.providers.llm.base import ProviderError
from invoice_scanner_processing.providers.llm.hosted import (
    HostedProvider,
    Reply,
    connection_error,
    timeout_error,
)
from invoice_scanner_processing.providers.llm.json_schema import SCHEMA_NAME, invoice_json_schema
from invoice_scanner_processing.providers.llm.prompt import REPAIR_PROMPT
from invoice_scanner_processing.providers.llm.retry import status_error
from invoice_scanner_processing.providers.llm.settings import LlmSettings

TOOL_DESCRIPTION = "Record the fields extracted from the invoice."


class AnthropicProvider(HostedProvider):
    name = "anthropic"

    def __init__(self, settings: LlmSettings) -> None:
        super().__init__(settings)
        self.client = anthropic.Anthropic(
            api_key=settings.api_key,
            base_url=settings.base_url,
            timeout=settings.timeout_s,
            # Ours (providers/llm/retry.py) are the only retries.
            max_retries=0,
        )

    def _user_turn(self, text: str) -> Any:
        return {"role": "user", "content": text}

    def _repair_turns(self, reply: Reply, error: str) -> list[Any]:
        assistant, tool_use_id = reply.assistant_turn
        text = REPAIR_PROMPT.format(error=error)
        if tool_use_id is None:
            return [assistant, self._user_turn(text)]
        # A tool_use must be answered by its tool_result; is_error tells the model to retry.
        result = {
            "type": "tool_result",
            "tool_use_id": tool_use_id,
            "is_error": True,
            "content": text,
        }
        return [assistant, {"role": "user", "content": [result]}]

    def _send(self, system: str, turns: list[Any]) -> Reply:
        try:
            message = self.client.messages.create(
                model=self.model,
                max_tokens=self.settings.max_output_tokens,
                system=system,
                messages=turns,
                tools=[
                    {
                        "name": SCHEMA_NAME,
                        "description": TOOL_DESCRIPTION,
                        "input_schema": invoice_json_schema(),
                    }
                ],
                tool_choice={"type": "tool", "name": SCHEMA_NAME},
            )
        except anthropic.APITimeoutError:
            raise timeout_error(self.name, self.settings.timeout_s) from None
        except anthropic.APIConnectionError as exc:
            raise connection_error(self.name, exc, self.settings.api_key) from None
        except anthropic.APIStatusError as exc:
            raise status_error(
                self.name,
                exc.status_code,
                exc.api_message or exc.message,
                exc.response.headers,
                self.settings.api_key,
            ) from None
        if message.stop_reason == "refusal":
            raise ProviderError(f"{self.name}: the model refused the request", transient=False)
        # Some gateways answer with a thinner body than the API; read it defensively.
        content = message.content or []
        usage = message.usage
        tool_use = next(
            (b for b in content if b.type == "tool_use" and b.name == SCHEMA_NAME), None
        )
        payload: str | dict[str, Any] | None
        if tool_use is not None:
            payload = dict(tool_use.input)
        else:
            payload = "".join(getattr(b, "text", "") for b in content) or None
        # Only the fields the API accepts back as input, not everything the response carries.
        replay: list[dict[str, Any]] = []
        for block in content:
            if block.type == "tool_use":
                replay.append(
                    {"type": "tool_use", "id": block.id, "name": block.name, "input": block.input}
                )
            elif block.type == "text" and block.text:
                replay.append({"type": "text", "text": block.text})
        assistant = {"role": "assistant", "content": replay}
        return Reply(
            payload=payload,
            input_tokens=usage.input_tokens if usage else 0,
            output_tokens=usage.output_tokens if usage else 0,
            assistant_turn=(assistant, tool_use.id if tool_use is not None else None),
        )
