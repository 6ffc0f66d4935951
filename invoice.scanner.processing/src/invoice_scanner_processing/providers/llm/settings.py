"""LLM provider settings, read once from the environment.

``LLM_PROVIDER=auto`` (the default) picks the first hosted provider whose API key is set, in the
order OpenAI, Anthropic, Google, and otherwise the offline extractor, so a fresh checkout works
without any key. API keys live in a field excluded from ``repr`` and are never put into log lines
or exception text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from invoice_scanner_common.settings import ConfigError, Env
from invoice_scanner_processing.providers.llm import LLM_PROVIDERS

#: ``auto`` and every registered provider (see :mod:`invoice_scanner_processing.providers.llm`).
PROVIDERS = ("auto", *LLM_PROVIDERS.names())
FALLBACKS = ("offline", "none")

#: Hosted providers in the order ``auto`` tries them, with the variable holding each one's key.
AUTO_ORDER = (
    ("openai", "OPENAI_API_KEY"),
    ("anthropic", "ANTHROPIC_API_KEY"),
    ("gemini", "GOOGLE_API_KEY"),
    ("gemini", "GEMINI_API_KEY"),
)

DEFAULT_MODELS = {
    "openai": "gpt-4.1-mini",
    "anthropic": "claude-sonnet-4-5",
    "gemini": "gemini-2.5-flash",
    # Ollama's tag for a small instruct model that follows JSON schemas well.
    "openai-compatible": "qwen2.5:7b-instruct",
    "offline": "offline",
}

#: Per-provider base URL overrides (tests and proxies); ``LLM_BASE_URL`` applies to any provider.
BASE_URL_VARS = {
    "openai": "OPENAI_BASE_URL",
    "anthropic": "ANTHROPIC_BASE_URL",
    "gemini": "GEMINI_BASE_URL",
    "openai-compatible": "LLM_BASE_URL",
}

KEY_VARS = {
    "openai": ("OPENAI_API_KEY",),
    "anthropic": ("ANTHROPIC_API_KEY",),
    "gemini": ("GOOGLE_API_KEY", "GEMINI_API_KEY"),
    # Local servers (Ollama, vLLM, llama.cpp) usually ignore the key.
    "openai-compatible": ("LLM_API_KEY", "OPENAI_API_KEY"),
}


@dataclass(frozen=True)
class LlmSettings:
    """How the prediction stage talks to an LLM. Hashable, so clients can be cached per value."""

    provider: str = "offline"
    model: str = DEFAULT_MODELS["offline"]
    api_key: str | None = field(default=None, repr=False)
    base_url: str | None = None
    timeout_s: float = 60.0
    #: Retries after the first attempt for transient failures (the design's LLM budget: 3).
    max_retries: int = 3
    backoff_base_s: float = 1.0
    backoff_max_s: float = 30.0
    #: A server's ``Retry-After`` is honoured up to this many seconds.
    retry_after_max_s: float = 60.0
    #: Seconds from the first attempt after which no further retry starts.
    retry_budget_s: float = 200.0
    max_output_tokens: int = 4096
    #: Token budget for the rendered OCR text in the prompt.
    max_input_tokens: int = 12000
    fallback: str = "offline"
    price_input_per_mtok: float | None = None
    price_output_per_mtok: float | None = None

    @property
    def is_hosted(self) -> bool:
        return self.provider != "offline"

    def cost_usd(self, input_tokens: int, output_tokens: int) -> float | None:
        """The cost of the given usage, or ``None`` when no prices are configured."""
        if self.price_input_per_mtok is None and self.price_output_per_mtok is None:
            return None
        return round(
            input_tokens * (self.price_input_per_mtok or 0.0) / 1_000_000
            + output_tokens * (self.price_output_per_mtok or 0.0) / 1_000_000,
            8,
        )

    @classmethod
    def from_env(cls, env: Env) -> LlmSettings:
        """Read the ``LLM_*`` variables; bad values raise :class:`ConfigError` naming them."""
        provider = env.choice("LLM_PROVIDER", "auto", PROVIDERS)
        if provider == "auto":
            provider = next(
                (name for name, var in AUTO_ORDER if env.optional(var)),
                "offline",
            )
        api_key = next(
            (env.optional(var) for var in KEY_VARS.get(provider, ()) if env.optional(var)), None
        )
        if provider in {"openai", "anthropic", "gemini"} and not api_key:
            raise ConfigError(
                f"LLM_PROVIDER={provider} needs {' or '.join(KEY_VARS[provider])} to be set"
            )
        base_url = _base_url(env, provider)
        if provider == "openai-compatible" and not base_url:
            raise ConfigError(
                "LLM_PROVIDER=openai-compatible needs LLM_BASE_URL (e.g. http://ollama:11434/v1)"
            )
        return cls(
            provider=provider,
            model="offline"
            if provider == "offline"
            else env.str("LLM_MODEL", DEFAULT_MODELS[provider]),
            api_key=api_key,
            base_url=base_url,
            timeout_s=env.float("LLM_TIMEOUT_S", 60.0, minimum=0.01),
            max_retries=env.int("LLM_MAX_RETRIES", 3, minimum=0),
            backoff_base_s=env.float("LLM_BACKOFF_BASE_S", 1.0, minimum=0.0),
            backoff_max_s=env.float("LLM_BACKOFF_MAX_S", 30.0, minimum=0.0),
            retry_after_max_s=env.float("LLM_RETRY_AFTER_MAX_S", 60.0, minimum=0.0),
            retry_budget_s=env.float("LLM_RETRY_BUDGET_S", 200.0, minimum=0.0),
            max_output_tokens=env.int("LLM_MAX_OUTPUT_TOKENS", 4096, minimum=256),
            max_input_tokens=env.int("LLM_MAX_INPUT_TOKENS", 12000, minimum=500),
            fallback=env.choice("LLM_FALLBACK", "offline", FALLBACKS),
            price_input_per_mtok=_optional_price(env, "LLM_PRICE_INPUT_PER_MTOK"),
            price_output_per_mtok=_optional_price(env, "LLM_PRICE_OUTPUT_PER_MTOK"),
        )


def _base_url(env: Env, provider: str) -> str | None:
    """The provider's own ``*_BASE_URL``, else ``LLM_BASE_URL``, else the SDK's default."""
    if provider == "offline":
        return None
    for name in dict.fromkeys((BASE_URL_VARS[provider], "LLM_BASE_URL")):
        if env.optional(name):
            return env.url(name, "", ("http", "https"))
    return None


def _optional_price(env: Env, name: str) -> float | None:
    if env.optional(name) is None:
        return None
    return env.float(name, 0.0, minimum=0.0)
