"""What every hosted provider shares: the conversation, the repair turn, retries and usage.

A subclass only knows its SDK: how to send a system prompt plus turns and read back the answer
and token counts (:meth:`HostedProvider._send`), how to phrase the repair turn, and how to map
its SDK's exceptions to :class:`ProviderError`.
"""

from __future__ import annotations

import logging
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.providers.llm.base import ProviderError
from invoice_scanner_processing.providers.llm.parsing import (
    LlmOutputError,
    MalformedOutputError,
    parse_fields,
)
from invoice_scanner_processing.providers.llm.prompt import (
    PROMPT_VERSION,
    REPAIR_PROMPT,
    SYSTEM_PROMPT,
    user_prompt,
)
from invoice_scanner_processing.providers.llm.retry import call_with_retries, redact
from invoice_scanner_processing.providers.llm.settings import LlmSettings
from invoice_scanner_processing.schema import Prediction, Usage

logger = logging.getLogger(__name__)


@dataclass
class Reply:
    """One model answer: the JSON text or decoded tool input, token counts, and the turn to
    replay as the assistant's message if a repair is needed."""

    payload: str | dict[str, Any] | None
    input_tokens: int
    output_tokens: int
    assistant_turn: Any


class HostedProvider(ABC):
    """An :class:`~invoice_scanner_processing.providers.llm.base.LlmProvider` behind an SDK."""

    name: str = "hosted"

    def __init__(self, settings: LlmSettings) -> None:
        self.settings = settings
        self.model = settings.model

    def __repr__(self) -> str:
        return f"{type(self).__name__}(model={self.model!r}, base_url={self.settings.base_url!r})"

    # --- what a subclass provides -------------------------------------------------------------

    @abstractmethod
    def _send(self, system: str, turns: list[Any]) -> Reply:
        """One request; SDK errors are raised as :class:`ProviderError`."""

    @abstractmethod
    def _user_turn(self, text: str) -> Any:
        """A user message in the SDK's format."""

    def _repair_turns(self, reply: Reply, error: str) -> list[Any]:
        """The assistant's bad answer followed by the request to fix it."""
        return [reply.assistant_turn, self._user_turn(REPAIR_PROMPT.format(error=error))]

    # --- the shared flow ----------------------------------------------------------------------

    def predict(self, document: OcrDocument) -> Prediction:
        """Ask the model; one repair turn on a malformed answer; see the LlmProvider contract."""
        started = time.perf_counter()
        turns = [self._user_turn(user_prompt(document, self.settings.max_input_tokens))]
        usage = Usage()
        reply = self._call(turns, usage, "request")
        try:
            fields = parse_fields(reply.payload)
        except MalformedOutputError as first:
            logger.warning(
                "%s/%s answer malformed, asking once to repair: %s", self.name, self.model, first
            )
            turns = [*turns, *self._repair_turns(reply, str(first))]
            reply = self._call(turns, usage, "repair")
            try:
                fields = parse_fields(reply.payload)
            except MalformedOutputError as second:
                raise LlmOutputError(
                    f"{self.name}: malformed answer after one repair attempt: {second}", usage=usage
                ) from None
        return Prediction(
            fields=fields,
            provider=self.name,
            model=self.model,
            prompt_version=PROMPT_VERSION,
            usage=usage,
            seconds=round(time.perf_counter() - started, 3),
        )

    def _call(self, turns: list[Any], usage: Usage, what: str) -> Reply:
        def once() -> Reply:
            try:
                return self._send(SYSTEM_PROMPT, turns)
            except ProviderError as exc:
                # Belt and braces: whatever an SDK put into the message, no key leaves here.
                exc.args = (redact(str(exc), self.settings.api_key),)
                raise
            except ValueError as exc:
                # The SDK could not decode the HTTP answer (e.g. a proxy's HTML error page).
                raise ProviderError(
                    f"{self.name}: unreadable answer ({type(exc).__name__})", transient=True
                ) from None

        reply = call_with_retries(once, self.settings, what=f"{self.name}/{self.model} {what}")
        usage.input_tokens += reply.input_tokens
        usage.output_tokens += reply.output_tokens
        usage.cost_usd = self.settings.cost_usd(usage.input_tokens, usage.output_tokens)
        logger.info(
            "%s/%s %s answered: %d input, %d output tokens",
            self.name,
            self.model,
            what,
            reply.input_tokens,
            reply.output_tokens,
        )
        return reply


def timeout_error(provider: str, timeout_s: float) -> ProviderError:
    return ProviderError(f"{provider}: no answer within {timeout_s:g}s", transient=True)


def connection_error(provider: str, exc: BaseException, secret: str | None) -> ProviderError:
    return ProviderError(
        f"{provider}: connection failed: {redact(str(exc) or type(exc).__name__, secret)}",
        transient=True,
    )
