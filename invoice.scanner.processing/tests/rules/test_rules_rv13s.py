"""Invented pages for the review of round 13s: a final invoice that deducts an advance
invoice with an article, a possessive or a word for the advance between the deducting word
and the label ("abzüglich der Anzahlungsrechnung Nr.", "less our advance invoice no.")."""

from __future__ import annotations

from datetime import date

from test_rules_13s import _final_invoice

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def test_a_deducted_advance_invoice_after_an_article_is_not_the_invoices() -> None:
    for word in ("abzüglich der", "abzgl. unserer", "less our", "moins la"):
        fields = _predict(_final_invoice(word)).fields
        assert fields.invoice_number == "SR-2026-0107", word
        assert fields.invoice_date == date(2026, 4, 16), word


def test_a_deducted_advance_invoice_in_english_is_not_the_invoices() -> None:
    for line in (
        "Less advance invoice no. AI-2026-014 dated 02.02.2026",
        "Less: Advance Invoice No. AI-2026-014 of 02.02.2026",
    ):
        page = _final_invoice("abzügl.")
        for ln in page.pages[0].lines:
            if "Anzahlungsrechnung" in ln.text:
                ln.text = line
        fields = _predict(page).fields
        assert fields.invoice_number == "SR-2026-0107", line
        assert fields.invoice_date == date(2026, 4, 16), line
