"""Payables (invented pages): a negative payable ("Total payable", "Zu zahlen", "Total a
pagar", "Te betalen", "Totale da pagare") whose magnitude is the page's total settles a deposit
larger than the charges, as "Net à payer" already does: the page stays an invoice."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _predict(doc: OcrDocument) -> object:
    return RuleExtractor().predict(doc)


def _read(doc: OcrDocument) -> object:
    return RuleExtractor().predict(doc).fields


def _deposit_invoice(
    title: str, rows: list[tuple[str, str]], label: str, value: str
) -> OcrDocument:
    lines: list[tuple[float, float, str, float]] = [
        (60, 60, title, 36),
        (60, 130, "Greyfield Stonework Ltd", 24),
        (60, 170, "7 Mill Lane, Leeds LS2 8QT", 20),
        (900, 60, "No. GS-3381", 24),
        (900, 100, "Date 21/09/2026", 24),
    ]
    for i, (a, b) in enumerate([*rows, (label, value)]):
        lines.append((60, 420 + 50 * i, a, 24))
        lines.append((1200, 420 + 50 * i, b, 24))
    return sized_page(lines)


@pytest.mark.parametrize(
    ("title", "rows", "label", "value"),
    [
        ("INVOICE", [("Net", "250.00"), ("VAT 20%", "50.00"), ("Total", "300.00"),
                     ("Deposit received", "-600.00")], "Total payable", "-300.00"),
        ("INVOICE", [("Net", "250.00"), ("VAT 20%", "50.00"), ("Total", "300.00"),
                     ("Deposit received", "-600.00")], "Total to pay", "-300.00"),
        ("RECHNUNG", [("Nettobetrag", "250,00"), ("MwSt 20%", "50,00"),
                      ("Gesamtbetrag", "300,00"), ("Anzahlung", "-600,00")], "Zu zahlen",
         "-300,00"),
        ("FACTURA", [("Base imponible", "250,00"), ("IVA 20%", "50,00"), ("Total", "300,00"),
                     ("Anticipo", "-600,00")], "Total a pagar", "-300,00"),
        ("FACTUUR", [("Subtotaal", "250,00"), ("BTW 20%", "50,00"), ("Totaal", "300,00"),
                     ("Aanbetaling", "-600,00")], "Totaal te betalen", "-300,00"),
        ("FATTURA", [("Imponibile", "250,00"), ("IVA 20%", "50,00"), ("Totale", "300,00"),
                     ("Acconto", "-600,00")], "Totale da pagare", "-300,00"),
    ],
)  # fmt: skip
def test_a_negative_payable_after_a_larger_deposit_is_no_credit_note(
    title: str, rows: list[tuple[str, str]], label: str, value: str
) -> None:
    fields = _read(_deposit_invoice(title, rows, label, value))
    assert fields.document_type == "invoice"  # type: ignore[attr-defined]
    assert fields.total == Decimal("300.00")  # type: ignore[attr-defined]
    assert fields.vat == Decimal("50.00")  # type: ignore[attr-defined]


def test_a_credit_note_titled_so_stays_one() -> None:
    doc = _deposit_invoice(
        "CREDIT NOTE", [("Net", "-250.00"), ("VAT 20%", "-50.00")], "Total payable", "-300.00"
    )
    fields = _read(doc)
    assert fields.document_type == "credit_note"  # type: ignore[attr-defined]
    assert fields.total == Decimal("-300.00")  # type: ignore[attr-defined]
