"""Invented pages for the review of round 13s: a final invoice that deducts an advance
invoice with an article, a possessive or a word for the advance between the deducting word
and the label ("abzüglich der Anzahlungsrechnung Nr.", "less our advance invoice no."), and
a receipt headed "ORIGINAL RECEIPT" with its own date (the original, not one it cites)."""

from __future__ import annotations

from datetime import date

from rules_builders import sized_page
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


def _receipt(head: str) -> OcrDocument:
    """A Malaysian grocer's receipt headed as the original, its date on the heading's line;
    a later line names the last day for returns."""
    return sized_page(
        [
            (63, 55, "KEDAI RUNCIT MAJU SDN BHD", 40),
            (163, 100, "12 Jalan Ampang, 50450 Kuala Lumpur", 22),
            (151, 160, head, 27),
            (31, 313, "Milo 1kg", 22), (496, 313, "24.90", 22),
            (31, 469, "TOTAL", 30), (468, 469, "24.90", 30),
            (31, 510, "CASH", 23), (511, 510, "50.00", 23),
            (31, 620, "Goods sold are not returnable after 14/03/2026", 20),
        ],
        width=630,
        height=935,
        source="text_layer",
    )  # fmt: skip


def test_a_receipt_headed_original_keeps_its_own_date() -> None:
    for head in ("ORIGINAL RECEIPT 28/02/2026 14:22", "ORIGINAL TAX INVOICE 28/02/2026"):
        assert _predict(_receipt(head)).fields.invoice_date == date(2026, 2, 28), head
