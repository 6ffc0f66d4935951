"""Receipts (invented): a tip named for whom it goes to ("Rider tip" on a delivery app's order)
is a tip, in the total but in neither the net nor the VAT."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _read(doc: OcrDocument) -> object:
    return RuleExtractor().predict(doc).fields


def _delivery_order(tip_label: str) -> OcrDocument:
    return sized_page(
        [
            (60, 60, "Order details", 30),
            (60, 120, "Saffron Garden", 40),
            (60, 300, "2x Paneer tikka", 24), (1200, 300, "£18.00", 24),
            (60, 350, "1x Pilau rice", 24), (1200, 350, "£12.00", 24),
            (60, 450, "Subtotal", 24), (1200, 450, "£30.00", 24),
            (60, 500, "Delivery fee", 24), (1200, 500, "£2.50", 24),
            (60, 550, "Service fee", 24), (1200, 550, "£1.00", 24),
            (60, 600, tip_label, 24), (1200, 600, "£3.00", 24),
            (60, 680, "Total", 30), (1200, 680, "£36.50", 30),
            (60, 740, "Includes VAT of £5.00 (tip excluded)", 22),
            (60, 800, "Sold and prepared by Saffron Garden Ltd", 22),
        ]
    )  # fmt: skip


def test_a_riders_tip_is_no_part_of_the_net() -> None:
    fields = _read(_delivery_order("Rider tip"))
    assert fields.total == Decimal("36.50")  # type: ignore[attr-defined]
    assert fields.vat == Decimal("5.00")  # type: ignore[attr-defined]
    assert fields.tip == Decimal("3.00")  # type: ignore[attr-defined]
    assert fields.amount == Decimal("28.50")  # type: ignore[attr-defined]


def test_a_drivers_tip_is_no_part_of_the_net() -> None:
    fields = _read(_delivery_order("Driver tip"))
    assert fields.amount == Decimal("28.50")  # type: ignore[attr-defined]


def _ride_receipt(total: str) -> OcrDocument:
    return sized_page(
        [
            (60, 60, "Your Tuesday morning trip", 30),
            (60, 120, "March 3, 2026", 24),
            (60, 180, "Total", 40), (60, 240, total, 40),
            (60, 340, "Trip Fare", 24), (1200, 340, "$18.20", 24),
            (60, 390, "Subtotal", 24), (1200, 390, "$18.20", 24),
            (60, 440, "Booking Fee", 24), (1200, 440, "$2.80", 24),
            (60, 490, "Tolls and Fees", 24), (1200, 490, "$1.50", 24),
            (60, 540, "Tip", 24), (1200, 540, "$4.00", 24),
            (60, 620, "Payments", 24),
            (60, 670, "Visa 4411 3/3/26 8:12 AM", 22), (1200, 670, total, 22),
            (60, 760, "Cabway Technologies, Inc. 10 Main St, Boston, MA", 20),
        ]
    )  # fmt: skip


def test_a_labelled_total_over_the_fare_fees_and_tip_is_the_total() -> None:
    fields = _read(_ride_receipt("$26.50"))
    assert fields.total == Decimal("26.50")  # type: ignore[attr-defined]
    assert fields.amount == Decimal("22.50")  # type: ignore[attr-defined]
    assert fields.tip == Decimal("4.00")  # type: ignore[attr-defined]
    assert fields.vat is None  # type: ignore[attr-defined]
