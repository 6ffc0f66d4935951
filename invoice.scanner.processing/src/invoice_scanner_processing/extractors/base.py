"""The field extractor contract, served by the rule reader and by every LLM provider."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.schema import Prediction


@runtime_checkable
class FieldExtractor(Protocol):
    """Turns a document's OCR output into invoice fields.

    Contract:
    - ``name`` is the name the extractor is registered under (``LLM_PROVIDER``): ``offline``
      for the rule reader, ``openai``, ``anthropic``, ... for the hosted providers. It is the
      ``provider`` of every prediction the extractor makes.
    - ``predict(document)`` returns a :class:`Prediction` whose ``fields`` validate against the
      invoice schema, with ``provider``, ``model`` and ``prompt_version`` filled in, a
      ``confidence`` and ``evidence`` entry for the fields it can vouch for, and ``flags`` for
      what a person should look at. It does not modify ``document``.
    - It is safe to call from one thread at a time for any number of documents: a worker builds
      one extractor and reuses it.
    - Failures an extractor can name raise
      :class:`~invoice_scanner_processing.providers.llm.base.ProviderError` (``transient=True``
      only for what a retry can fix); the rule reader needs no network and raises none.
    - Never logs secrets, nor the document text at INFO level.
    """

    name: str

    def predict(self, document: OcrDocument) -> Prediction: ...
