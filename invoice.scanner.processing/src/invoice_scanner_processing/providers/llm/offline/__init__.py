"""Offline, rule-based field extraction: the provider used when no LLM is configured."""

from invoice_scanner_processing.providers.llm.offline.extractor import (
    MODEL,
    PROMPT_VERSION,
    OfflineExtractor,
)

__all__ = ["MODEL", "PROMPT_VERSION", "OfflineExtractor"]
