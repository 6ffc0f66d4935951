"""Field extractors by name: the hosted LLM providers (:class:`~.base.LlmProvider`) and the
rule reader (``offline``, :mod:`invoice_scanner_processing.extractors.rules`), all behind the
:class:`~invoice_scanner_processing.extractors.base.FieldExtractor` protocol.

Every extractor registers here, under the name ``LLM_PROVIDER`` selects, the import path of its
builder (a callable taking :class:`~.settings.LlmSettings`), so only the chosen provider's SDK
is ever imported. Adding a provider: its module and one line below (plus its key and default
model in :mod:`.settings`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from invoice_scanner_processing.plugins import PluginRegistry

if TYPE_CHECKING:
    from invoice_scanner_processing.extractors.base import FieldExtractor
    from invoice_scanner_processing.providers.llm.settings import LlmSettings

ProviderBuilder = Callable[["LlmSettings"], "FieldExtractor"]

_PACKAGE = "invoice_scanner_processing.providers.llm"

LLM_PROVIDERS: PluginRegistry[ProviderBuilder] = PluginRegistry("LLM provider", "LLM_PROVIDER")
LLM_PROVIDERS.register("openai", f"{_PACKAGE}.openai_provider:OpenAIProvider")
LLM_PROVIDERS.register("anthropic", f"{_PACKAGE}.anthropic_provider:AnthropicProvider")
LLM_PROVIDERS.register("gemini", f"{_PACKAGE}.gemini_provider:GeminiProvider")
LLM_PROVIDERS.register(
    "openai-compatible", f"{_PACKAGE}.openai_compatible:OpenAICompatibleProvider"
)
LLM_PROVIDERS.register("offline", f"{_PACKAGE}.factory:build_rules")
