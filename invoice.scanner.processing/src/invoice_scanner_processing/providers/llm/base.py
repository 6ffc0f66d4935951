"""The hosted LLM providers' contract: a :class:`FieldExtractor` that may fail."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from invoice_scanner_processing.extractors.base import FieldExtractor


class ProviderError(RuntimeError):
    """A provider failed. ``transient`` says whether retrying may help (429, 5xx, timeout)."""

    def __init__(self, message: str, *, transient: bool, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.transient = transient
        self.retry_after = retry_after


@runtime_checkable
class LlmProvider(FieldExtractor, Protocol):
    """A :class:`FieldExtractor` that asks a language model; the same members, more promises.

    Contract, beyond :class:`FieldExtractor`'s:
    - ``predict`` fills in the token ``usage`` its answers cost.
    - Failures raise :class:`ProviderError`; ``transient=True`` only for what a retry can fix.
    - Never logs the API key.
    """
