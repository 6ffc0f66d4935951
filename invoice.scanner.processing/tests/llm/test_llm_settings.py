"""LlmSettings from the environment: provider choice, defaults, validation, no key in repr."""

from __future__ import annotations

import pytest

from invoice_scanner_common.settings import ConfigError, Env
from invoice_scanner_processing.providers.llm.settings import LlmSettings

KEY = "sk-test-SECRET-0123456789abcdef"


@pytest.mark.parametrize(
    ("env", "provider", "model"),
    [
        ({}, "offline", "offline"),
        ({"OPENAI_API_KEY": KEY, "ANTHROPIC_API_KEY": KEY}, "openai", "gpt-4.1-mini"),
        ({"ANTHROPIC_API_KEY": KEY, "GOOGLE_API_KEY": KEY}, "anthropic", "claude-sonnet-4-5"),
        ({"GOOGLE_API_KEY": KEY}, "gemini", "gemini-2.5-flash"),
        ({"LLM_PROVIDER": "offline", "OPENAI_API_KEY": KEY}, "offline", "offline"),
        ({"LLM_PROVIDER": "Gemini", "GEMINI_API_KEY": KEY}, "gemini", "gemini-2.5-flash"),
    ],
)
def test_auto_and_explicit_provider(env: dict[str, str], provider: str, model: str) -> None:
    settings = LlmSettings.from_env(Env(env))
    assert (settings.provider, settings.model) == (provider, model)
    assert settings.is_hosted is (provider != "offline")


def test_defaults_match_the_design_budget() -> None:
    settings = LlmSettings.from_env(Env({"OPENAI_API_KEY": KEY}))
    assert settings.max_retries == 3
    assert settings.fallback == "offline"
    assert settings.base_url is None
    assert settings.cost_usd(1000, 1000) is None


def test_every_variable_is_read() -> None:
    settings = LlmSettings.from_env(
        Env(
            {
                "LLM_PROVIDER": "openai-compatible",
                "LLM_BASE_URL": "http://ollama:11434/v1",
                "LLM_MODEL": "llama3.1:8b",
                "LLM_TIMEOUT_S": "12.5",
                "LLM_MAX_RETRIES": "0",
                "LLM_BACKOFF_BASE_S": "0.5",
                "LLM_MAX_OUTPUT_TOKENS": "2048",
                "LLM_FALLBACK": "none",
                "LLM_PRICE_INPUT_PER_MTOK": "0.4",
                "LLM_PRICE_OUTPUT_PER_MTOK": "1.6",
            }
        )
    )
    assert settings.base_url == "http://ollama:11434/v1"
    assert settings.model == "llama3.1:8b"
    assert (settings.timeout_s, settings.max_retries, settings.backoff_base_s) == (12.5, 0, 0.5)
    assert settings.max_output_tokens == 2048
    assert settings.fallback == "none"
    assert settings.api_key is None  # local servers need none
    assert settings.cost_usd(1_000_000, 500_000) == pytest.approx(0.4 + 0.8)


def test_provider_specific_base_url_wins() -> None:
    env = {
        "ANTHROPIC_API_KEY": KEY,
        "ANTHROPIC_BASE_URL": "http://127.0.0.1:9000",
        "LLM_BASE_URL": "http://elsewhere:1",
    }
    assert LlmSettings.from_env(Env(env)).base_url == "http://127.0.0.1:9000"


@pytest.mark.parametrize(
    ("env", "names"),
    [
        ({"LLM_PROVIDER": "openai"}, "OPENAI_API_KEY"),
        ({"LLM_PROVIDER": "openai-compatible"}, "LLM_BASE_URL"),
        ({"LLM_PROVIDER": "mistral"}, "LLM_PROVIDER"),
        ({"OPENAI_API_KEY": KEY, "LLM_FALLBACK": "retry"}, "LLM_FALLBACK"),
        ({"OPENAI_API_KEY": KEY, "LLM_MAX_RETRIES": "-1"}, "LLM_MAX_RETRIES"),
        ({"OPENAI_API_KEY": KEY, "OPENAI_BASE_URL": "ftp://x"}, "OPENAI_BASE_URL"),
        ({"OPENAI_API_KEY": KEY, "LLM_PRICE_INPUT_PER_MTOK": "cheap"}, "LLM_PRICE_INPUT_PER_MTOK"),
    ],
)
def test_bad_values_name_the_variable(env: dict[str, str], names: str) -> None:
    with pytest.raises(ConfigError, match=names) as info:
        LlmSettings.from_env(Env(env))
    assert KEY not in str(info.value)


def test_key_is_not_in_repr() -> None:
    settings = LlmSettings.from_env(Env({"ANTHROPIC_API_KEY": KEY}))
    assert settings.api_key == KEY
    assert KEY not in repr(settings)
    assert KEY not in str(settings)
