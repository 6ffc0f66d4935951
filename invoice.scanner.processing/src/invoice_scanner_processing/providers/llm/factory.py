"""Building the extractors named by :class:`LlmSettings`, once per process."""

from __future__ import annotations

from functools import lru_cache

from invoice_scanner_processing.extractors.base import FieldExtractor
from invoice_scanner_processing.providers.llm import LLM_PROVIDERS
from invoice_scanner_processing.providers.llm.settings import LlmSettings

#: The registered name of the rule reader: the extractor without an LLM, and beside a hosted
#: one the reference (second opinion and ``LLM_FALLBACK=offline``).
RULES = "offline"


def build_provider(settings: LlmSettings) -> FieldExtractor:
    """The extractor for ``settings``, built once per process and settings value.

    SDK clients hold connection pools, so a worker builds each one once and reuses it for every
    document. Building is cheap (no network); the SDKs are imported only for the provider
    actually chosen, so an offline-only worker never loads them.
    """
    provider = _providers.get(settings)
    if provider is None:
        provider = _providers[settings] = _build(settings)
    return provider


def build_reference(settings: LlmSettings) -> FieldExtractor | None:
    """The rule reader beside the hosted provider ``settings`` names, or ``None`` when
    ``settings`` names the rule reader itself (a second reading would only repeat it)."""
    if not settings.is_hosted:
        return None
    return build_provider(LlmSettings(provider=RULES))


#: Built providers by settings value; a worker has one. Not an LRU: an evicted provider would be
#: garbage-collected with its SDK client's sockets still open.
_providers: dict[LlmSettings, FieldExtractor] = {}


def close_providers() -> None:
    """Close every built provider's SDK client and forget them (worker shutdown, tests)."""
    for provider in _providers.values():
        close = getattr(getattr(provider, "client", None), "close", None)
        if callable(close):
            close()
    _providers.clear()


def _build(settings: LlmSettings) -> FieldExtractor:
    # The registry names every provider; an unknown name raises ConfigError listing them.
    return LLM_PROVIDERS.load(settings.provider)(settings)


def build_rules(settings: LlmSettings) -> FieldExtractor:
    """Registered as ``offline``: the shared rule reader (it takes no settings)."""
    return rule_reader()


@lru_cache(maxsize=1)
def rule_reader() -> FieldExtractor:
    """The process-wide rule reader (rules over the OCR layout; no network, no model)."""
    from invoice_scanner_processing.extractors.rules import RuleExtractor

    return RuleExtractor()
