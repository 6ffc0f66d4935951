"""The rule reader: invoice fields from the OCR layout, with no network and no model files.

It is the extractor ``LLM_PROVIDER=offline`` names, and beside a hosted LLM the second
opinion and the fallback (see :mod:`invoice_scanner_processing.stages.prediction`).
"""

from invoice_scanner_processing.extractors.rules.extractor import (
    MODEL,
    PROMPT_VERSION,
    RuleExtractor,
)

__all__ = ["MODEL", "PROMPT_VERSION", "RuleExtractor"]
