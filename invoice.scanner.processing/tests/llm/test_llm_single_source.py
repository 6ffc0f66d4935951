"""A value only the LLM reports (not printed on the page) never approves on its own.

Real OpenAI SDK against the loopback fake, the real offline extractor as second opinion, then
extraction, the evidence matcher, the integrity checks and the evaluation."""

from __future__ import annotations

from datetime import date

from llm_fakes import GOOD_FIELDS, FakeLlmServer, good_answer, settings_for

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.providers.llm.factory import build_provider
from invoice_scanner_processing.stages.evaluation import Evaluation, evaluate
from invoice_scanner_processing.stages.evidence import field_source, fields_object
from invoice_scanner_processing.stages.extraction import extract
from invoice_scanner_processing.stages.integrity import integrity_checks
from invoice_scanner_processing.stages.prediction import predict


def _evaluate(server: FakeLlmServer, document: OcrDocument, fields: dict) -> Evaluation:
    server.answer(good_answer("openai", fields))
    settings = settings_for("openai", server)
    prediction = predict(document, build_provider(settings), settings, reference=RuleExtractor())
    extraction = extract(prediction)
    names = extraction.fields.model_dump()
    sources = {
        n: field_source(n, einvoice_fields=[], derived=extraction.derived, provider="openai")
        for n in names
    }
    values = {n: getattr(extraction.fields, n) for n in names}
    extraction.fields_evidence = fields_object(
        values, extraction.confidence, sources, document.pages, prediction.evidence
    )
    assert extraction.fields_evidence["total"]["source"] == "llm:openai"
    checks = integrity_checks(
        extraction, hidden_text={}, hidden_reasons={}, ocr_pages=document.pages, known_ibans=None
    )
    return evaluate(extraction, extra_checks=checks, today=date(2025, 6, 1))


def test_llm_values_printed_on_the_page_are_approved(
    server: FakeLlmServer, invoice_document: OcrDocument
) -> None:
    result = _evaluate(server, invoice_document, GOOD_FIELDS)
    assert result.decision == "approved", result.reasons


def test_an_iban_only_the_llm_saw_holds_the_document(
    server: FakeLlmServer, invoice_document: OcrDocument
) -> None:
    result = _evaluate(server, invoice_document, {**GOOD_FIELDS, "iban": "DE89370400440532013000"})
    assert result.decision == "manual_review"
    check = next(c for c in result.checks if c.name == "integrity.single_source")
    assert not check.passed and check.fields == ["iban"]
