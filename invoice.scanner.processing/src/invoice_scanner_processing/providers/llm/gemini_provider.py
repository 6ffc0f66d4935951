"""Google Gemini through ``google-genai`` (the current SDK; ``google-generativeai`` is
deprecated): ``response_mime_type="application/json"`` with ``response_json_schema``.

``response_json_schema`` takes standard JSON Schema (``anyOf`` with ``null``, ``format``,
``additionalProperties``), so the same schema every other provider gets is sent unchanged;
the older ``response_schema`` field wants the OpenAPI-subset ``Schema`` type instead.
"""

from __future__ import annotations

from typing import Any

import httpx2
from google import genai
from google.genai import errors as genai_errors
from google.genai import types

from invoice_scanner_processing.providers.llm.base import ProviderError
from invoice_scanner_processing.providers.llm.hosted import (
    HostedProvider,
    Reply,
    connection_error,
    timeout_error,
)
from invoice_scanner_processing.providers.llm.json_schema import invoice_json_schema
from invoice_scanner_processing.providers.llm.retry import status_error
from invoice_scanner_processing.providers.llm.settings import LlmSettings

#: Finish reasons that mean the model will not answer this document, whatever we retry.
_REFUSED = frozenset({"SAFETY", "PROHIBITED_CONTENT", "BLOCKLIST", "SPII", "RECITATION"})


class GeminiProvider(HostedProvider):
    name = "gemini"

    def __init__(self, settings: LlmSettings) -> None:
        super().__init__(settings)
        self.client = genai.Client(
            # The Gemini Developer API; explicit so GOOGLE_GENAI_USE_VERTEXAI can't switch it.
            vertexai=False,
            api_key=settings.api_key,
            http_options=types.HttpOptions(
                base_url=settings.base_url,
                timeout=int(settings.timeout_s * 1000),
                # No retry_options: the SDK then makes exactly one attempt; ours retry.
            ),
        )

    def _user_turn(self, text: str) -> Any:
        return types.Content(role="user", parts=[types.Part(text=text)])

    def _send(self, system: str, turns: list[Any]) -> Reply:
        config = types.GenerateContentConfig(
            system_instruction=system,
            response_mime_type="application/json",
            response_json_schema=invoice_json_schema(),
            max_output_tokens=self.settings.max_output_tokens,
            temperature=0,
        )
        try:
            response = self.client.models.generate_content(
                model=self.model, contents=turns, config=config
            )
        except httpx2.TimeoutException:
            raise timeout_error(self.name, self.settings.timeout_s) from None
        except httpx2.TransportError as exc:
            raise connection_error(self.name, exc, self.settings.api_key) from None
        except genai_errors.APIError as exc:
            headers = dict(getattr(exc.response, "headers", None) or {})
            error = status_error(
                self.name,
                int(exc.code),
                exc.message or exc.status or "",
                headers,
                self.settings.api_key,
            )
            if error.transient and error.retry_after is None:
                error.retry_after = retry_info_delay(exc.details)
            raise error from None
        feedback = response.prompt_feedback
        if feedback is not None and feedback.block_reason is not None:
            raise ProviderError(
                f"{self.name}: the prompt was blocked ({feedback.block_reason})", transient=False
            )
        candidate = response.candidates[0] if response.candidates else None
        finish = str(candidate.finish_reason.value) if candidate and candidate.finish_reason else ""
        if finish in _REFUSED:
            raise ProviderError(
                f"{self.name}: the model refused to answer ({finish})", transient=False
            )
        text = "".join(
            part.text
            for part in (candidate.content.parts or [] if candidate and candidate.content else [])
            if part.text and not part.thought
        )
        usage = response.usage_metadata
        return Reply(
            payload=text or None,
            input_tokens=(usage.prompt_token_count or 0) if usage else 0,
            # Thinking tokens are billed as output.
            output_tokens=(
                (usage.candidates_token_count or 0) + (usage.thoughts_token_count or 0)
                if usage
                else 0
            ),
            assistant_turn=types.Content(role="model", parts=[types.Part(text=text)]),
        )


def retry_info_delay(details: Any) -> float | None:
    """The ``google.rpc.RetryInfo`` delay of an error body (``"retryDelay": "17s"``), if any.

    Gemini says how long to wait there rather than in a ``Retry-After`` header.
    """
    error = details.get("error", details) if isinstance(details, dict) else None
    items = error.get("details") if isinstance(error, dict) else None
    for item in items if isinstance(items, list) else []:
        delay = item.get("retryDelay") if isinstance(item, dict) else None
        if isinstance(delay, str) and delay.endswith("s"):
            try:
                return max(0.0, float(delay[:-1]))
            except ValueError:
                return None
    return None
