"""Turning a model's answer into :class:`InvoiceFields`, with a readable error when it can't."""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import ValidationError

from invoice_scanner_processing.providers.llm.base import ProviderError
from invoice_scanner_processing.schema import InvoiceFields, Usage

#: Local models often wrap JSON in a Markdown fence despite being told not to.
_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL | re.IGNORECASE)


class MalformedOutputError(ValueError):
    """The answer is not JSON, or does not validate against the invoice schema.

    The message is meant to be sent back to the model in the repair turn: it names the problem
    and the offending fields, never the document text.
    """


class LlmOutputError(ProviderError):
    """The provider answered, but even the repair attempt was malformed.

    Not transient: asking the same question again is what the repair attempt already did.
    ``usage`` carries the tokens spent so a fallback prediction can still account for them.
    """

    def __init__(self, message: str, *, usage: Usage) -> None:
        super().__init__(message, transient=False)
        self.usage = usage


def parse_fields(payload: str | dict[str, Any] | None) -> InvoiceFields:
    """Validate a model answer (JSON text, or an already decoded tool input) as invoice fields."""
    if payload is None or (isinstance(payload, str) and not payload.strip()):
        raise MalformedOutputError("the answer was empty")
    if isinstance(payload, str):
        text = payload
        if fenced := _FENCE.match(text):
            text = fenced.group(1)
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise MalformedOutputError(
                f"the answer is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
            ) from None
    else:
        data = payload
    if not isinstance(data, dict):
        raise MalformedOutputError(f"expected a JSON object, got {type(data).__name__}")
    try:
        return InvoiceFields.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '<root>'}: {err['msg']}"
            for err in exc.errors(include_url=False, include_input=False)[:10]
        )
        raise MalformedOutputError(f"the JSON does not match the schema: {problems}") from None
