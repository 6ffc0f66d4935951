"""Field extractors: what reads invoice fields from a document's OCR output.

One contract, :class:`~invoice_scanner_processing.extractors.base.FieldExtractor`, served by the
rule reader (:mod:`.rules`, no network, no model files) and by the hosted LLM providers
(:mod:`invoice_scanner_processing.providers.llm`). All of them are registered by name in
:data:`invoice_scanner_processing.providers.llm.LLM_PROVIDERS`, which ``LLM_PROVIDER`` selects
from; the prediction stage receives the chosen one and, beside a hosted one, the rule reader.
"""
