"""The real SDKs against the local fake server: request shape, parsing, repair, retries."""

from __future__ import annotations

import json
import logging
import re
from typing import Any

import pytest
from llm_fakes import (
    API_KEY,
    GOOD_FIELDS,
    Answer,
    FakeLlmServer,
    bad_answer,
    error_answer,
    good_answer,
    openai_answer,
    settings_for,
)

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.providers.llm.base import LlmProvider, ProviderError
from invoice_scanner_processing.providers.llm.factory import build_provider
from invoice_scanner_processing.providers.llm.json_schema import invoice_json_schema
from invoice_scanner_processing.providers.llm.parsing import LlmOutputError
from invoice_scanner_processing.providers.llm.prompt import PROMPT_VERSION

HOSTED = ("openai", "anthropic", "gemini", "openai-compatible")


def system_text(provider: str, body: dict[str, Any]) -> str:
    if provider == "anthropic":
        return str(body["system"])
    if provider == "gemini":
        return "".join(p["text"] for p in body["systemInstruction"]["parts"])
    return str(body["messages"][0]["content"])


def all_text(body: dict[str, Any]) -> str:
    return json.dumps(body, ensure_ascii=False)


@pytest.mark.parametrize("provider", HOSTED)
def test_success_parses_fields_records_usage_and_sends_schema(
    provider: str,
    server: FakeLlmServer,
    invoice_document: OcrDocument,
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = settings_for(
        provider,
        server,
        LLM_MODEL="test-model-1",
        LLM_PRICE_INPUT_PER_MTOK="2.0",
        LLM_PRICE_OUTPUT_PER_MTOK="8.0",
    )
    server.answer(good_answer(provider))
    llm = build_provider(settings)
    assert isinstance(llm, LlmProvider)

    with caplog.at_level(logging.DEBUG):
        prediction = llm.predict(invoice_document)

    assert prediction.fields.invoice_number == "RE-2025-0042"
    assert prediction.fields.invoice_date.isoformat() == "2025-03-14"  # type: ignore[union-attr]
    assert float(prediction.fields.total or 0) == 1190.0
    assert prediction.fields.vat_breakdown[0].rate == 19
    assert prediction.provider == provider
    assert prediction.model == "test-model-1"
    assert prediction.prompt_version == PROMPT_VERSION
    assert prediction.usage.input_tokens > 0 and prediction.usage.output_tokens > 0
    expected_cost = (
        prediction.usage.input_tokens * 2.0 + prediction.usage.output_tokens * 8.0
    ) / 1_000_000
    assert prediction.usage.cost_usd == pytest.approx(expected_cost)

    assert len(server.requests) == 1
    request = server.requests[0]
    body = request.body
    schema = invoice_json_schema()
    if provider == "anthropic":
        assert request.path == "/v1/messages"
        # The SDK sends the key as x-api-key or as a bearer token, depending on its version.
        sent = {request.headers.get("x-api-key"), request.headers.get("authorization")}
        assert sent & {API_KEY, f"Bearer {API_KEY}"}
        assert body["model"] == "test-model-1"
        assert body["tools"][0]["input_schema"] == schema
        assert body["tool_choice"] == {"type": "tool", "name": body["tools"][0]["name"]}
    elif provider == "gemini":
        # google-genai 3.x defaults to the v1 API (v1beta with GOOGLE_GENAI_API_VERSION=beta).
        assert re.fullmatch(r"/v1(beta)?/models/test-model-1:generateContent", request.path)
        assert request.headers["x-goog-api-key"] == API_KEY
        config = body["generationConfig"]
        assert config["responseMimeType"] == "application/json"
        assert config["responseJsonSchema"] == schema
    else:
        assert request.path == "/v1/chat/completions"
        assert request.headers["authorization"] == f"Bearer {API_KEY}"
        assert body["model"] == "test-model-1"
        assert body["response_format"]["type"] == "json_schema"
        assert body["response_format"]["json_schema"]["strict"] is True
        assert body["response_format"]["json_schema"]["schema"] == schema
    assert PROMPT_VERSION in system_text(provider, body)
    # The document went out with its layout: one line per visual row, columns kept apart.
    assert re.search(
        r"\[p1 x=120 y=260\] Beispiel AG {2,}Rechnungsnummer: RE-2025-0042", all_text(body)
    )
    # The SDKs log at DEBUG too; the key must not be in any record.
    assert caplog.records
    assert not [r for r in caplog.records if API_KEY in r.getMessage()]


@pytest.mark.parametrize("provider", HOSTED)
def test_malformed_answer_is_repaired_once(
    provider: str, server: FakeLlmServer, invoice_document: OcrDocument
) -> None:
    server.answer(bad_answer(provider), good_answer(provider))
    prediction = build_provider(settings_for(provider, server)).predict(invoice_document)

    assert prediction.fields.invoice_number == GOOD_FIELDS["invoice_number"]
    assert len(server.requests) == 2
    repair = all_text(server.requests[1].body)
    assert "could not be used" in repair
    # Both answers' tokens are counted.
    first, second = (r.body for r in server.requests)
    assert prediction.usage.input_tokens >= 2 * 600
    if provider == "anthropic":
        # The tool call is answered with an error tool_result, as the Messages API requires.
        last = second["messages"][-1]["content"][0]
        assert last["type"] == "tool_result" and last["is_error"] is True
        assert "invoice_date" in last["content"]
    elif provider == "gemini":
        assert [c["role"] for c in second["contents"]] == ["user", "model", "user"]
        assert "not valid JSON" in repair
    else:
        assert [m["role"] for m in second["messages"]] == ["system", "user", "assistant", "user"]
        assert second["messages"][2]["content"].startswith("Sure!")
    assert len(all_text(second)) > len(all_text(first))


@pytest.mark.parametrize("provider", ["openai", "anthropic"])
def test_malformed_twice_raises_output_error_with_usage(
    provider: str, server: FakeLlmServer, invoice_document: OcrDocument
) -> None:
    server.answer(bad_answer(provider), bad_answer(provider))
    with pytest.raises(LlmOutputError) as info:
        build_provider(settings_for(provider, server)).predict(invoice_document)
    assert info.value.transient is False
    assert info.value.usage.input_tokens > 0
    assert len(server.requests) == 2


@pytest.mark.parametrize("provider", ["openai", "anthropic", "gemini"])
def test_429_honours_retry_after(
    provider: str, server: FakeLlmServer, invoice_document: OcrDocument
) -> None:
    server.answer(error_answer(provider, 429, {"Retry-After": "1"}), good_answer(provider))
    prediction = build_provider(settings_for(provider, server)).predict(invoice_document)

    assert prediction.fields.total is not None
    assert len(server.requests) == 2
    waited = server.requests[1].at - server.requests[0].at
    # Our backoff settings are 0.01-0.05 s, so only Retry-After explains a full second.
    assert 1.0 <= waited < 2.5


def test_gemini_retry_info_delay_is_honoured(
    server: FakeLlmServer, invoice_document: OcrDocument
) -> None:
    body = {
        "error": {
            "code": 429,
            "message": "quota",
            "status": "RESOURCE_EXHAUSTED",
            "details": [
                {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "0.6s"}
            ],
        }
    }
    server.answer(Answer(429, body), good_answer("gemini"))
    build_provider(settings_for("gemini", server)).predict(invoice_document)
    assert server.requests[1].at - server.requests[0].at >= 0.6


@pytest.mark.parametrize("provider", HOSTED)
def test_server_error_is_retried(
    provider: str, server: FakeLlmServer, invoice_document: OcrDocument
) -> None:
    server.answer(error_answer(provider, 500), error_answer(provider, 503), good_answer(provider))
    prediction = build_provider(settings_for(provider, server)).predict(invoice_document)
    assert prediction.fields.vendor_name == GOOD_FIELDS["vendor_name"]
    assert len(server.requests) == 3


@pytest.mark.parametrize("provider", ["openai", "anthropic", "gemini"])
def test_timeouts_exhaust_the_retry_budget(
    provider: str, server: FakeLlmServer, invoice_document: OcrDocument
) -> None:
    settings = settings_for(provider, server, LLM_TIMEOUT_S="0.3", LLM_MAX_RETRIES="2")
    server.answer(*[Answer(body={}, delay=1.2) for _ in range(3)])
    with pytest.raises(ProviderError) as info:
        build_provider(settings).predict(invoice_document)
    assert info.value.transient is True
    assert "0.3s" in str(info.value)
    assert len(server.requests) == 3  # the first attempt and LLM_MAX_RETRIES=2 retries


@pytest.mark.parametrize("provider", HOSTED)
@pytest.mark.parametrize("status", [401, 403])
def test_rejected_key_is_not_retried_and_not_leaked(
    provider: str,
    status: int,
    server: FakeLlmServer,
    invoice_document: OcrDocument,
    caplog: pytest.LogCaptureFixture,
) -> None:
    answer = error_answer(provider, status)
    # Servers do echo keys back ("Incorrect API key provided: sk-..."); we must not pass it on.
    answer.body = json.loads(
        json.dumps(answer.body).replace(f"simulated {status}", f"bad {API_KEY}")
    )
    server.answer(answer)
    with caplog.at_level(logging.DEBUG), pytest.raises(ProviderError) as info:
        build_provider(settings_for(provider, server)).predict(invoice_document)

    assert info.value.transient is False
    assert f"HTTP {status}" in str(info.value)
    assert "API key" in str(info.value)
    assert API_KEY not in str(info.value)
    assert API_KEY not in repr(info.value.args)
    assert len(server.requests) == 1
    assert not [r for r in caplog.records if API_KEY in r.getMessage()]


@pytest.mark.parametrize("provider", ["openai", "anthropic"])
def test_bad_request_is_not_retried(
    provider: str, server: FakeLlmServer, invoice_document: OcrDocument
) -> None:
    server.answer(error_answer(provider, 400), good_answer(provider))
    with pytest.raises(ProviderError) as info:
        build_provider(settings_for(provider, server)).predict(invoice_document)
    assert info.value.transient is False
    assert len(server.requests) == 1


def test_openai_compatible_falls_back_to_json_object_when_schema_is_refused(
    server: FakeLlmServer, invoice_document: OcrDocument
) -> None:
    server.answer(
        error_answer("openai-compatible", 400),
        openai_answer("```json\n" + json.dumps(GOOD_FIELDS) + "\n```"),
        openai_answer(json.dumps(GOOD_FIELDS)),
    )
    llm = build_provider(settings_for("openai-compatible", server, LLM_MODEL="llama3.1:8b"))
    prediction = llm.predict(invoice_document)
    llm.predict(invoice_document)

    assert prediction.fields.invoice_number == GOOD_FIELDS["invoice_number"]
    formats = [r.body["response_format"]["type"] for r in server.requests]
    # Refused once, then json_object for this request and every later one.
    assert formats == ["json_schema", "json_object", "json_object"]
    second = server.requests[1].body
    assert '"additionalProperties":false' in second["messages"][0]["content"]
    assert second["max_tokens"] == 4096 and "max_completion_tokens" not in second


def test_openai_compatible_base_url_without_v1(
    server: FakeLlmServer, invoice_document: OcrDocument
) -> None:
    settings = settings_for("openai-compatible", server, LLM_BASE_URL=server.url)
    server.answer(good_answer("openai-compatible"))
    build_provider(settings).predict(invoice_document)
    assert server.requests[0].path == "/chat/completions"


def test_clients_are_built_once_per_settings(server: FakeLlmServer) -> None:
    settings = settings_for("openai", server)
    assert build_provider(settings) is build_provider(settings)
    assert API_KEY not in repr(build_provider(settings))
    assert API_KEY not in repr(settings)


@pytest.mark.parametrize("provider", ["openai", "anthropic", "gemini"])
def test_unreadable_answer_from_a_proxy_is_retried(
    provider: str, server: FakeLlmServer, invoice_document: OcrDocument
) -> None:
    server.answer(Answer(200, "<html>502 Bad Gateway</html>"), good_answer(provider))
    prediction = build_provider(settings_for(provider, server)).predict(invoice_document)
    assert prediction.fields.invoice_number == GOOD_FIELDS["invoice_number"]
    assert len(server.requests) == 2


def test_content_policy_refusal_is_not_retried(
    server: FakeLlmServer, invoice_document: OcrDocument
) -> None:
    refusal = openai_answer("")
    refusal.body["choices"][0]["message"] = {
        "role": "assistant",
        "content": None,
        "refusal": "I can't help with that.",
    }
    server.answer(refusal, good_answer("openai"))
    with pytest.raises(ProviderError, match="refused") as info:
        build_provider(settings_for("openai", server)).predict(invoice_document)
    assert info.value.transient is False
    assert len(server.requests) == 1


def test_retries_stop_at_the_time_budget(
    server: FakeLlmServer, invoice_document: OcrDocument
) -> None:
    # Plenty of attempts allowed, but a 1 s Retry-After would end past the 0.5 s budget.
    server.answer(*[error_answer("openai", 503, {"Retry-After": "1"})] * 5)
    settings = settings_for("openai", server, LLM_MAX_RETRIES="4", LLM_RETRY_BUDGET_S="0.5")
    with pytest.raises(ProviderError) as err:
        build_provider(settings).predict(invoice_document)
    assert err.value.transient
    assert len(server.requests) == 1
