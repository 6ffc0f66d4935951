"""Choosing and building the provider named by :class:`LlmSettings`."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from invoice_scanner_processing.providers.llm.base import LlmProvider
from invoice_scanner_processing.providers.llm.settings import LlmSettings


def build_provider(settings: LlmSettings) -> LlmProvider:
    """The provider for ``settings``, built once per process and settings value.

    SDK clients hold connection pools, so a worker builds each one once and reuses it for every
    document. Building is cheap (no network); the SDKs are imported only for the provider
    actually chosen, so an offline-only worker never loads them.
    """
    provider = _providers.get(settings)
    if provider is None:
        provider = _providers[settings] = _build(settings)
    return provider


#: Built providers by settings value; a worker has one. Not an LRU: an evicted provider would be
#: garbage-collected with its SDK client's sockets still open.
_providers: dict[LlmSettings, LlmProvider] = {}


def close_providers() -> None:
    """Close every built provider's SDK client and forget them (worker shutdown, tests)."""
    for provider in _providers.values():
        close = getattr(getattr(provider, "client", None), "close", None)
        if callable(close):
            close()
    _providers.clear()


def _build(settings: LlmSettings) -> LlmProvider:
    provider: Any
    if settings.provider == "openai":
        from invoice_scanner_processing.providers.llm.openai_provider import OpenAIProvider

        provider = OpenAIProvider(settings)
    elif settings.provider == "openai-compatible":
        from invoice_scanner_processing.providers.llm.openai_compatible import (
            OpenAICompatibleProvider,
        )

        provider = OpenAICompatibleProvider(settings)
    elif settings.provider == "anthropic":
        from invoice_scanner_processing.providers.llm.anthropic_provider import AnthropicProvider

        provider = AnthropicProvider(settings)
    elif settings.provider == "gemini":
        from invoice_scanner_processing.providers.llm.gemini_provider import GeminiProvider

        provider = GeminiProvider(settings)
    elif settings.provider == "offline":
        provider = offline_extractor()
    else:
        raise ValueError(f"unknown LLM provider {settings.provider!r}")
    return provider  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def offline_extractor() -> Any:
    """The process-wide offline extractor (rules over the OCR layout; no network, no model)."""
    from invoice_scanner_processing.providers.llm.offline import OfflineExtractor

    return OfflineExtractor()
