"""The prediction stage: agreement with the rule reader and the fallback on failure."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from llm_fakes import (
    GOOD_FIELDS,
    Answer,
    FakeLlmServer,
    bad_answer,
    error_answer,
    good_answer,
    settings_for,
)

from invoice_scanner_common.settings import Env
from invoice_scanner_processing import storage
from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.base import FieldExtractor
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.pipeline import Pipeline
from invoice_scanner_processing.providers.llm.base import LlmProvider, ProviderError
from invoice_scanner_processing.providers.llm.factory import build_provider, build_reference
from invoice_scanner_processing.providers.llm.prompt import PROMPT_VERSION
from invoice_scanner_processing.providers.llm.settings import LlmSettings
from invoice_scanner_processing.schema import InvoiceFields, Prediction
from invoice_scanner_processing.settings import ProcessingSettings
from invoice_scanner_processing.stages.prediction import (
    CONF_AGREE,
    CONF_DISAGREE,
    CONF_LLM_ONLY,
    FLAG_MALFORMED,
    FLAG_REFUSED,
    FLAG_UNAVAILABLE,
    agreement_confidence,
    predict,
)


def stage(document: OcrDocument, settings: LlmSettings) -> Prediction:
    """The stage as the pipeline runs it: its extractors built from ``settings`` through the
    registry (the provider, and beside a hosted one the rule reader)."""
    return predict(
        document, build_provider(settings), settings, reference=build_reference(settings)
    )


def test_hosted_answer_gets_confidence_from_agreement(
    server: FakeLlmServer, invoice_document: OcrDocument
) -> None:
    # The LLM misreads the total; everything else matches what the document says.
    server.answer(good_answer("openai", {**GOOD_FIELDS, "total": 1910.0}))
    settings = settings_for("openai", server)
    prediction = predict(
        invoice_document, build_provider(settings), settings, reference=RuleExtractor()
    )

    assert prediction.provider == "openai"
    assert prediction.prompt_version == PROMPT_VERSION
    assert prediction.flags == []
    assert prediction.fields.total == Decimal("1910.0")  # the LLM's value is kept...
    assert prediction.confidence["total"] == CONF_DISAGREE  # ...but no longer trusted
    for name in ("invoice_number", "invoice_date", "vendor_name", "amount", "vat", "currency"):
        assert prediction.confidence[name] == CONF_AGREE, name
    # Only the LLM read the customer in this layout.
    assert prediction.confidence["customer_name"] == CONF_LLM_ONLY
    assert "iban" not in prediction.confidence  # neither found one
    # Evidence (page and box) comes from the offline extractor where both agree.
    assert prediction.evidence["invoice_number"]
    assert "total" not in prediction.evidence


def test_malformed_twice_falls_back_to_offline_with_flag(
    server: FakeLlmServer, invoice_document: OcrDocument
) -> None:
    server.answer(bad_answer("anthropic"), bad_answer("anthropic"))
    settings = settings_for("anthropic", server)
    prediction = stage(invoice_document, settings)

    assert prediction.provider == "offline"
    assert FLAG_MALFORMED in prediction.flags
    assert prediction.fields.invoice_number == "RE-2025-0042"
    # The tokens spent on both malformed answers are still accounted for.
    assert prediction.usage.input_tokens == 2 * 800
    assert prediction.usage.output_tokens == 2 * 120
    assert len(server.requests) == 2


def test_rejected_key_falls_back_without_retry(
    server: FakeLlmServer, invoice_document: OcrDocument
) -> None:
    server.answer(error_answer("gemini", 401))
    settings = settings_for("gemini", server)
    prediction = stage(invoice_document, settings)
    assert prediction.provider == "offline"
    assert prediction.flags == [FLAG_REFUSED]
    assert len(server.requests) == 1


def test_exhausted_retries_fall_back(server: FakeLlmServer, invoice_document: OcrDocument) -> None:
    settings = settings_for("openai", server, LLM_MAX_RETRIES="2")
    server.answer(*[error_answer("openai", 502) for _ in range(3)])
    prediction = stage(invoice_document, settings)
    assert prediction.flags == [FLAG_UNAVAILABLE]
    assert len(server.requests) == 3


def test_timeout_exhaustion_falls_back(
    server: FakeLlmServer, invoice_document: OcrDocument
) -> None:
    settings = settings_for("anthropic", server, LLM_TIMEOUT_S="0.2", LLM_MAX_RETRIES="1")
    server.answer(Answer(body={}, delay=0.8), Answer(body={}, delay=0.8))
    prediction = stage(invoice_document, settings)
    assert prediction.flags == [FLAG_UNAVAILABLE]
    assert len(server.requests) == 2


@pytest.mark.parametrize(
    ("answers", "transient"),
    [
        ([error_answer("openai", 401)], False),
        ([error_answer("openai", 500), error_answer("openai", 500)], True),
    ],
)
def test_fallback_none_raises_for_predict_error(
    answers: list, transient: bool, server: FakeLlmServer, invoice_document: OcrDocument
) -> None:
    settings = settings_for("openai", server, LLM_FALLBACK="none", LLM_MAX_RETRIES="1")
    server.answer(*answers)
    with pytest.raises(ProviderError) as info:
        stage(invoice_document, settings)
    assert info.value.transient is transient
    assert len(server.requests) == len(answers)


def test_offline_provider_is_used_as_is(invoice_document: OcrDocument) -> None:
    settings = LlmSettings.from_env(Env({"LLM_PROVIDER": "offline"}))
    assert settings.provider == "offline"
    provider = build_provider(settings)
    assert isinstance(provider, RuleExtractor)
    # The rule reader needs no second opinion from itself.
    assert build_reference(settings) is None
    prediction = stage(invoice_document, settings)
    assert prediction.provider == "offline"
    assert prediction.flags == []
    assert prediction.fields.total == Decimal("1190")
    assert prediction == provider.predict(invoice_document).model_copy(
        update={"seconds": prediction.seconds}
    )


def test_every_extractor_serves_one_protocol(server: FakeLlmServer) -> None:
    rules = build_provider(LlmSettings.from_env(Env({"LLM_PROVIDER": "offline"})))
    hosted = build_provider(settings_for("openai", server))
    assert isinstance(rules, FieldExtractor) and isinstance(hosted, FieldExtractor)
    # A hosted provider is an LlmProvider, a FieldExtractor with the failure contract.
    assert isinstance(hosted, LlmProvider)
    assert rules.name == "offline" and hosted.name == "openai"
    # Beside a hosted provider the reference is the registered rule reader, built once.
    assert build_reference(settings_for("openai", server)) is rules


def test_without_a_reference_a_provider_failure_propagates(
    server: FakeLlmServer, invoice_document: OcrDocument
) -> None:
    settings = settings_for("openai", server, LLM_MAX_RETRIES="0")
    server.answer(error_answer("openai", 401))
    with pytest.raises(ProviderError):
        predict(invoice_document, build_provider(settings), settings)


def test_pipeline_passes_the_rule_reader_beside_a_hosted_provider(
    server: FakeLlmServer, invoice_document: OcrDocument, tmp_path: Path
) -> None:
    server.answer(error_answer("gemini", 401))
    processing = ProcessingSettings.from_env({})
    pipeline = Pipeline(replace(processing, llm=settings_for("gemini", server)))
    assert isinstance(pipeline.reference, RuleExtractor)
    assert Pipeline(processing).reference is None  # offline: no second reader
    storage.write_model(tmp_path / storage.OCR, invoice_document)
    prediction = pipeline.predict(tmp_path)
    # The provider failed for good; the rule reader the pipeline passed answered instead.
    assert prediction.provider == "offline"
    assert prediction.flags == [FLAG_REFUSED]
    assert storage.read_model(tmp_path / storage.PREDICTION, Prediction) == prediction


def test_agreement_confidence_rules() -> None:
    llm = InvoiceFields(
        invoice_number="RE-2025-0042",
        invoice_date=date(2025, 3, 14),
        vendor_name="ACME GmbH",
        total=Decimal("1190.00"),
        vat=Decimal("190.00"),
        currency="EUR",
        iban="DE02120300000000202051",
    )
    offline = InvoiceFields(
        invoice_number="re 2025 0042",  # punctuation and case do not matter
        invoice_date=date(2025, 3, 15),  # a day off is a disagreement
        vendor_name="ACME GmbH, Berlin",  # one name containing the other agrees
        total=Decimal("1190.004"),  # within a cent
        vat=Decimal("19.00"),
        due_date=date(2025, 4, 1),  # the LLM missed it
    )
    confidence = agreement_confidence(llm, offline)
    assert confidence == {
        "invoice_number": CONF_AGREE,
        "invoice_date": CONF_DISAGREE,
        "due_date": CONF_DISAGREE,
        "vendor_name": CONF_AGREE,
        "currency": CONF_LLM_ONLY,
        "iban": CONF_LLM_ONLY,
        "vat": CONF_DISAGREE,
        "total": CONF_AGREE,
    }
    assert agreement_confidence(llm, None)["total"] == CONF_LLM_ONLY
