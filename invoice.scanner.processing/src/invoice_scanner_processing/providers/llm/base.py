"""The prediction provider contract."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.schema import Prediction


class ProviderError(RuntimeError):
    """A provider failed. ``transient`` says whether retrying may help (429, 5xx, timeout)."""

    def __init__(self, message: str, *, transient: bool, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.transient = transient
        self.retry_after = retry_after


@runtime_checkable
class LlmProvider(Protocol):
    """Turns a document's OCR output into invoice fields.

    Contract:
    - ``predict`` returns a :class:`Prediction` whose ``fields`` validate against the invoice
      schema, with ``provider``, ``model``, ``prompt_version`` and token ``usage`` filled in.
    - Failures raise :class:`ProviderError`; ``transient=True`` only for what a retry can fix.
    - Never logs the API key or the document text at INFO level.
    """

    name: str

    def predict(self, document: OcrDocument) -> Prediction: ...
