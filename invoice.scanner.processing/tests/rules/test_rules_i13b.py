"""Invoices (invented): a tax label whose value cell says the tax does not apply ("Tax" |
"not applicable", "Sales tax" | "N/A") prints no tax: the VAT is null, not a zero."""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _cloud_bill(tax_cell: str) -> OcrDocument:
    return sized_page(
        [
            (100, 80, "STRATOVAULT", 40),
            (1000, 80, "Invoice", 36),
            (1000, 160, "Invoice number", 20), (1300, 160, "SVT-2201-0093", 20),
            (1000, 190, "Invoice date", 20), (1300, 190, "04/02/2026", 20),
            (100, 400, "Service", 20), (1300, 400, "Charges (USD)", 20),
            (100, 440, "Object storage - 12 TB-month", 20), (1300, 440, "$276.00", 20),
            (100, 470, "Support plan", 20), (1300, 470, "$49.00", 20),
            (1000, 540, "Subtotal", 20), (1300, 540, "$325.00", 20),
            (1000, 570, "Tax", 20), (1300, 570, tax_cell, 20),
            (1000, 600, "Total due", 22), (1300, 600, "$325.00", 22),
            (100, 2200, "Stratovault Storage Inc. · 9 Main St, Austin, TX 78701", 18),
        ]
    )  # fmt: skip


def test_a_tax_cell_saying_not_applicable_prints_no_tax() -> None:
    fields = RuleExtractor().predict(_cloud_bill("not applicable")).fields
    assert fields.vat is None
    assert str(fields.total) == "325.00"


def test_a_tax_cell_saying_n_a_prints_no_tax() -> None:
    fields = RuleExtractor().predict(_cloud_bill("N/A")).fields
    assert fields.vat is None


def test_a_tax_cell_of_zero_is_a_printed_zero() -> None:
    fields = RuleExtractor().predict(_cloud_bill("$0.00")).fields
    assert str(fields.vat) == "0.00"


def test_a_spanish_debit_day_is_the_due_date_held() -> None:
    doc = sized_page(
        [
            (100, 80, "Aguas del Tajo, S.A.", 36),
            (1000, 160, "Nº factura", 20), (1000, 190, "AT-2026-55102", 20),
            (1000, 240, "Cargo en cuenta a partir del", 20), (1000, 270, "20/03/2026", 20),
            (1000, 320, "Fecha emisión:", 20), (1300, 320, "05/03/2026", 20),
            (100, 500, "Base imponible", 20), (1300, 500, "40,00 €", 20),
            (100, 530, "IVA 10 %", 20), (1300, 530, "4,00 €", 20),
            (100, 560, "TOTAL IMPORTE FACTURA", 22), (1300, 560, "44,00 €", 22),
        ]
    )  # fmt: skip
    prediction = RuleExtractor().predict(doc)
    assert str(prediction.fields.due_date) == "2026-03-20"
    assert prediction.confidence["due_date"] <= 0.6
