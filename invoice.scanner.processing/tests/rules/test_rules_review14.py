"""Review of rounds pay14 and r13h (invented pages): each page is read wrongly, or a wrong
value approved, by the rules of those rounds, and right after the review's fix."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _gst_invoice(other: str) -> OcrDocument:
    return sized_page(
        [
            (100, 40, "Shree Balaji Traders", 30),
            (100, 80, "12 MG Road, Pune 411001", 22),
            (100, 110, "GSTIN: 27AAPFB1234C1Z5", 22),
            (100, 160, "TAX INVOICE", 28),
            (100, 200, "Invoice No: SBT/0412", 22), (900, 200, "19-03-2026", 22),
            (100, 240, "Ref No: 4500012345", 22), (900, 240, other, 22),
            (60, 400, "Description", 22), (1200, 400, "Amount", 22),
            (60, 440, "Steel brackets 40 pcs", 22), (1200, 440, "10,000.00", 22),
            (60, 520, "Taxable Value", 22), (1200, 520, "10,000.00", 22),
            (60, 560, "CGST 9%", 22), (1200, 560, "900.00", 22),
            (60, 600, "SGST 9%", 22), (1200, 600, "900.00", 22),
            (60, 640, "Grand Total Rs.", 22), (1200, 640, "11,800.00", 22),
        ]
    )  # fmt: skip


@pytest.mark.parametrize(
    "other", ["PO Dt: 02-03-2026", "DC Dt: 05-03-2026", "LR Dt: 20-03-2026", "Due Dt: 18-04-2026"]
)
def test_a_bare_dt_after_another_word_labels_no_invoice_date(other: str) -> None:
    # India's "Dt:" labels the invoice's date alone; "PO Dt", "DC Dt" (a delivery challan),
    # "LR Dt" (a lorry receipt) and "Due Dt" date other papers or the payment.
    fields = RuleExtractor().predict(_gst_invoice(other)).fields
    assert fields.invoice_date == date(2026, 3, 19)
    assert fields.total == Decimal("11800.00")
