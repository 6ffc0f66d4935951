"""Review of round 13m: invented pages that the round's rules read wrong. A letterhead set
low under a large logo may have the header's amount-due box level with the seller's name:
the price beside it does not make that name an item sold."""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def test_a_seller_level_with_the_amount_due_box_under_a_big_logo_is_the_seller() -> None:
    # The logo fills the top of the page; the name is set at 18 % of it, and the amount-due
    # box on the right prints its figure on the name's row, above the invoice's number.
    pred = _predict(
        sized_page(
            [
                (1150, 300, "AMOUNT DUE", 26),
                (120, 420, "Harbor Light Studio LLC", 34), (1150, 420, "$1,250.00", 40),
                (120, 470, "Fine Art & Event Photography", 22),
                (120, 505, "55 Pier Road, Portland, ME 04101", 22),
                (120, 600, "INVOICE", 40), (1000, 600, "Invoice #", 22), (1300, 600, "1042", 22),
                (1000, 640, "Date", 22), (1300, 640, "03/02/2026", 22),
                (120, 700, "Bill To:", 22), (120, 735, "Kestrel Foods Inc.", 22),
                (120, 900, "Photography session", 24), (1300, 900, "$1,250.00", 24),
                (1000, 1100, "TOTAL", 28), (1300, 1100, "$1,250.00", 28),
                (120, 1300, "Payment: Casco Bay Savings Bank", 22),
                (120, 1340, "Thank you for your business!", 22),
            ]
        )
    )  # fmt: skip
    assert pred.fields.vendor_name == "Harbor Light Studio LLC"
