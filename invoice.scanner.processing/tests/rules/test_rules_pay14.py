"""Money paid and payables (invented pages): the amount paid at a till is the total only where
no change comes back, where change is printed the total is the paid less the change (a printed
total of that value, else that difference, held for review); a card receipt paying its total
exactly and an invoice's earlier payment over its balance due still read as before. A negative
payable ("Total payable", "Zu zahlen", "Total a pagar", "Te betalen", "Totale da pagare") whose
magnitude is the page's total settles a deposit larger than the charges, as "Net à payer"
already does: the page stays an invoice."""

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


def _till(rows: list[tuple[str, str]], shop: str = "MAPLEWOOD GROCERY #27") -> OcrDocument:
    lines: list[tuple[float, float, str, float]] = [
        (140, 40, shop, 24),
        (140, 75, "908 Birch Blvd, Columbus OH 43215", 18),
    ]
    for i, (label, value) in enumerate(rows):
        lines.append((50, 130 + 32 * i, label, 20))
        if value:
            lines.append((400, 130 + 32 * i, value, 20))
    return sized_page(lines, width=540, height=700)


_GOODS = [("Oat milk 2x", "7.40"), ("Sourdough loaf", "5.90"), ("Sales tax", "0.85")]


@pytest.mark.parametrize("paid", ["AMOUNT PAID", "TOTAL PAID"])
def test_the_amount_paid_over_change_is_no_total(paid: str) -> None:
    doc = _till([*_GOODS, ("TOTAL", "14.15"), (paid, "20.00"), ("CHANGE", "5.85")])
    fields = _read(doc)
    assert fields.total == Decimal("14.15")  # type: ignore[attr-defined]
    assert fields.vat == Decimal("0.85")  # type: ignore[attr-defined]


def test_without_a_printed_total_the_paid_less_the_change_is_held() -> None:
    doc = _till([*_GOODS, ("AMOUNT PAID", "50.00"), ("CHANGE DUE", "35.85")])
    result = _predict(doc)
    assert result.fields.total == Decimal("14.15")  # type: ignore[attr-defined]
    assert result.confidence["total"] <= 0.75  # type: ignore[attr-defined]


def test_a_card_receipt_paying_its_total_still_reads_it() -> None:
    doc = _till([*_GOODS, ("TOTAL", "14.15"), ("AMOUNT PAID", "14.15"), ("MASTERCARD **8812", "")])
    assert _read(doc).total == Decimal("14.15")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("paid", "change"),
    [
        ("Importe pagado", "Cambio"),  # Spain
        ("Efectivo", "Cambio"),
        ("Gegeben", "Rückgeld"),  # Germany
        ("Espèces", "Rendu"),  # France
        ("Contanti", "Resto"),  # Italy
    ],
)
def test_cash_over_change_leaves_the_total_with_no_printed_total(paid: str, change: str) -> None:
    # The printed total's label is lost (a torn or faded receipt): the cash less the change.
    doc = _till(
        [("Pane / Brot", "6,40"), ("Formaggio / Käse", "8,35"), (paid, "50,00"), (change, "35,25")],
        shop="Mercato Lindner",
    )  # fmt: skip
    result = _predict(doc)
    assert result.fields.total == Decimal("14.75")  # type: ignore[attr-defined]
    assert result.confidence["total"] <= 0.75  # type: ignore[attr-defined]


def test_a_labelled_total_paid_in_spanish_over_change_is_no_total() -> None:
    doc = _till(
        [("Pan", "6,40"), ("Queso", "8,35"), ("TOTAL", "14,75"), ("Importe pagado", "50,00"),
         ("Cambio", "35,25")],
        shop="Panadería Olmedo",
    )  # fmt: skip
    assert _read(doc).total == Decimal("14.75")  # type: ignore[attr-defined]


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


def test_an_earlier_payment_over_a_balance_due_is_left_alone() -> None:
    doc = _deposit_invoice(
        "INVOICE",
        [("Net", "400.00"), ("VAT 20%", "80.00"), ("Total", "480.00"), ("Amount paid", "150.00")],
        "Balance due",
        "330.00",
    )
    fields = _read(doc)
    assert fields.total == Decimal("480.00")  # type: ignore[attr-defined]
    assert fields.amount_due == Decimal("330.00")  # type: ignore[attr-defined]


def test_the_amount_paid_over_cash_tendered_and_its_change_is_the_total() -> None:
    # The change answers the cash tendered under the amount paid, not the amount paid.
    doc = _till(
        [*_GOODS, ("TOTAL", "14.15"), ("AMOUNT PAID CASH", "14.15"), ("CASH TENDERED", "50.00"),
         ("CHANGE", "35.85")],
    )  # fmt: skip
    assert _read(doc).total == Decimal("14.15")  # type: ignore[attr-defined]
