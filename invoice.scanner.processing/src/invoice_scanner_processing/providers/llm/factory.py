"""Choosing and building the provider named by :class:`LlmSettings`."""

from __future__ import annotations

from functools import lru_cache

from invoice_scanner_processing.providers.llm import LLM_PROVIDERS
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
    # The registry names every provider; an unknown name raises ConfigError listing them.
    return LLM_PROVIDERS.load(settings.provider)(settings)


def build_offline(settings: LlmSettings) -> LlmProvider:
    """Registered as ``offline``: the shared rule extractor (it takes no settings)."""
    return offline_extractor()


@lru_cache(maxsize=1)
def offline_extractor() -> LlmProvider:
    """The process-wide offline extractor (rules over the OCR layout; no network, no model)."""
    from invoice_scanner_processing.extractors.rules import RuleExtractor

    return RuleExtractor()
