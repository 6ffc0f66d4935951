"""The company's default currency in extraction: used where the document states no currency
(instead of a guess from the seller's country), never over a printed or e-invoice currency."""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from invoice_scanner_processing.pipeline import Pipeline, process_file
from invoice_scanner_processing.schema import HEADER_FIELDS, InvoiceFields, Prediction
from invoice_scanner_processing.settings import ProcessingSettings
from invoice_scanner_processing.stages.evaluation import evaluate
from invoice_scanner_processing.stages.extraction import COMPANY_DEFAULT_CONFIDENCE, extract

TODAY = date(2025, 6, 1)


def prediction(currency: str | None, *, inferred: bool = False) -> Prediction:
    fields = InvoiceFields(
        invoice_number="INV-1",
        invoice_date=date(2025, 1, 10),
        due_date=date(2025, 2, 9),
        vendor_name="Acme Ltd",
        currency=currency,
        amount=Decimal("100"),
        vat=Decimal("25"),
        total=Decimal("125"),
    )
    confidence = dict.fromkeys(HEADER_FIELDS, 0.97)
    evidence = {}
    if inferred:  # what the rule reader reports for a currency guessed from the country
        confidence["currency"] = 0.5
        evidence["currency"] = {"page": None, "bbox": None, "text": "", "inferred": True}
    elif currency is None:
        confidence.pop("currency")
    return Prediction(fields=fields, provider="offline", confidence=confidence, evidence=evidence)


def test_no_currency_on_the_page_takes_the_default_and_approves() -> None:
    held = evaluate(extract(prediction(None)), today=TODAY)
    assert held.decision == "manual_review"  # currency.present fails without a default

    ex = extract(prediction(None), default_currency="EUR")
    assert (ex.fields.currency, ex.defaulted) == ("EUR", ["currency"])
    assert ex.confidence["currency"] == COMPANY_DEFAULT_CONFIDENCE
    ev = evaluate(ex, today=TODAY)
    assert ev.decision == "approved", ev.reasons


def test_the_default_replaces_a_currency_guessed_from_the_country() -> None:
    guessed = extract(prediction("GBP", inferred=True))
    assert guessed.fields.currency == "GBP" and guessed.defaulted == []
    assert evaluate(guessed, today=TODAY).decision == "manual_review"  # 0.5 holds it

    ex = extract(prediction("GBP", inferred=True), default_currency="EUR")
    assert (ex.fields.currency, ex.defaulted) == ("EUR", ["currency"])
    assert evaluate(ex, today=TODAY).decision == "approved"


def test_a_printed_currency_always_wins() -> None:
    ex = extract(prediction("sek"), default_currency="EUR")
    assert (ex.fields.currency, ex.defaulted) == ("SEK", [])
    assert ex.confidence["currency"] == 0.97


def test_an_unreadable_printed_code_falls_back_to_the_default() -> None:
    ex = extract(prediction("XYZ1"), default_currency="EUR")
    assert ex.fields.currency == "EUR" and ex.defaulted == ["currency"]
    assert ex.issues == ["unknown currency 'XYZ1' dropped"]


def test_the_e_invoice_currency_wins_over_the_default() -> None:
    ex = extract(prediction(None), {"currency": "CHF"}, default_currency="EUR")
    assert (ex.fields.currency, ex.defaulted, ex.confidence["currency"]) == ("CHF", [], 1.0)
    # Even where the page reading only guessed one.
    ex = extract(prediction("GBP", inferred=True), {"currency": "CHF"}, default_currency="EUR")
    assert (ex.fields.currency, ex.defaulted) == ("CHF", [])


# --- the real rule reader on a born-digital page --------------------------------------------

LINES = [
    "Nordic Supplies AB",
    "Kungsgatan 12, 111 43 Stockholm",
    "VAT: SE556677889901",
    "Invoice No: INV-2024-0042",
    "Invoice Date: 2024-03-15",
    "Due Date: 2024-04-14",
    "Subtotal 7 800.00",
    "VAT 25% 1 950.00",
    "Total 9 750.00{suffix}",
    "IBAN SE45 5000 0000 0583 9825 7466",
]


def _pdf(path: Path, suffix: str) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780.0
    for text in LINES:
        c.drawString(60, y, text.format(suffix=suffix))
        y -= 22
    c.save()
    return path


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    env = {**os.environ, "LLM_PROVIDER": "offline", "OCR_ENGINE": "rapidocr", "OCR_DEVICE": "cpu"}
    return Pipeline(ProcessingSettings.from_env(env))


def test_the_reader_and_the_default_through_the_pipeline(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    bare = _pdf(tmp_path / "bare.pdf", "")
    # Without a default the reader guesses SEK from the Swedish VAT id and IBAN: held.
    guessed = process_file(bare, tmp_path / "a", pipeline=pipeline)
    assert guessed.fields.currency == "SEK"
    assert guessed.extraction.fields_evidence["currency"]["confidence"] == 0.5
    assert guessed.decision == "manual_review"

    # The company's default replaces the guess, says where it came from, and approves.
    defaulted = process_file(bare, tmp_path / "b", pipeline=pipeline, default_currency="EUR")
    currency = defaulted.extraction.fields_evidence["currency"]
    assert (currency["value"], currency["source"]) == ("EUR", "company_default")
    assert currency["confidence"] == COMPANY_DEFAULT_CONFIDENCE
    assert defaulted.decision == "approved", defaulted.evaluation.reasons

    # A printed currency wins over the default.
    printed = _pdf(tmp_path / "printed.pdf", " SEK")
    read = process_file(printed, tmp_path / "c", pipeline=pipeline, default_currency="EUR")
    assert read.extraction.fields_evidence["currency"]["value"] == "SEK"
    assert read.extraction.fields_evidence["currency"]["source"] == "rules"
    assert read.extraction.defaulted == []
