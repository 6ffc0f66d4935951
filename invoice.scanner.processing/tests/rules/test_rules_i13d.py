"""Platform invoices (invented): a paid invoice's payment printed negative is no credit note's
sign, a payment made in cash before the amount due leaves the total the invoice's, a statement
that the services are non-taxable prints no tax, a tax's base in brackets after its rate is no
tax, and issue and due dates whose day/month order only the deadline settles."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _read(doc: OcrDocument) -> object:
    return RuleExtractor().predict(doc).fields


def _invoice(
    head: list[tuple[float, float, str, float]], body: list[tuple[float, float, str, float]]
) -> OcrDocument:
    return sized_page(
        [
            (60, 40, "Harbourline Gutter Services LLC", 30),
            (60, 80, "22 Quarry Rd, Springfield, IL 62704", 20),
            *head,
            (60, 290, "Item", 20), (450, 290, "Qty", 20), (550, 290, "Price", 20),
            (700, 290, "Amount", 20),
            *body,
        ],
        width=1000,
        height=700,
    )  # fmt: skip


def test_a_negative_payment_of_the_total_does_not_make_a_credit_note() -> None:
    doc = _invoice(
        [(60, 160, "Invoice # 000512", 20), (60, 190, "Invoice date Mar 3, 2026", 20)],
        [
            (60, 340, "Roof gutter cleaning", 20), (700, 340, "$400.00", 20),
            (60, 400, "Subtotal", 20), (700, 400, "$400.00", 20),
            (60, 430, "Sales Tax (6.25%)", 20), (700, 430, "$25.00", 20),
            (60, 460, "Total", 20), (700, 460, "$425.00", 20),
            (60, 490, "Amount paid", 20), (700, 490, "-$425.00", 20),
            (60, 520, "Amount due", 20), (700, 520, "$0.00", 20),
        ],
    )  # fmt: skip
    fields = _read(doc)
    assert fields.total == Decimal("425.00")  # type: ignore[attr-defined]
    assert fields.vat == Decimal("25.00")  # type: ignore[attr-defined]
    assert fields.document_type == "invoice"  # type: ignore[attr-defined]


def test_a_payment_made_in_cash_leaves_the_total_the_invoices() -> None:
    doc = _invoice(
        [
            (60, 160, "Invoice Number: 57", 20), (60, 190, "Invoice Date: March 3, 2026", 20),
            (60, 220, "Amount Due (USD):", 20), (700, 220, "$1,200.00", 20),
        ],
        [
            (60, 320, "Wedding coverage (8 hrs)", 20), (450, 320, "1", 20),
            (550, 320, "$1,200.00", 20), (700, 320, "$1,200.00", 20),
            (60, 350, "Photo album", 20), (450, 350, "1", 20),
            (550, 350, "$300.00", 20), (700, 350, "$300.00", 20),
            (60, 400, "Total:", 20), (700, 400, "$1,500.00", 20),
            (60, 430, "Payment on March 1, 2026 using cash:", 20), (700, 430, "$300.00", 20),
            (60, 460, "Amount Due (USD):", 20), (700, 460, "$1,200.00", 20),
        ],
    )  # fmt: skip
    assert _read(doc).total == Decimal("1500.00")  # type: ignore[attr-defined]


def test_services_billed_as_non_taxable_print_no_tax() -> None:
    doc = _invoice(
        [(60, 160, "Invoice Number: 58", 20), (60, 190, "Invoice Date: March 3, 2026", 20)],
        [
            (60, 340, "Portrait session", 20), (700, 340, "$640.00", 20),
            (60, 400, "Total:", 20), (700, 400, "$640.00", 20),
            (60, 460, "No sales tax: services billed as non-taxable.", 20),
        ],
    )  # fmt: skip
    fields = _read(doc)
    assert fields.total == Decimal("640.00")  # type: ignore[attr-defined]
    assert fields.vat is None  # type: ignore[attr-defined]


def test_a_tax_base_in_brackets_after_the_rate_is_no_tax() -> None:
    doc = sized_page(
        [
            (60, 40, "Taller Roble Azul, S.L.", 30),
            (60, 80, "CIF B12345678", 20),
            (600, 40, "FACTURA", 30), (600, 80, "Nº A-2026-0311", 20),
            (600, 110, "Fecha 12/02/2026", 20),
            (60, 300, "CONCEPTO", 20), (700, 300, "TOTAL", 20),
            (60, 340, "Reparación de mesa", 20), (700, 340, "500,00 €", 20),
            (60, 370, "Transporte", 20), (700, 370, "100,00 €", 20),
            (60, 420, "BASE IMPONIBLE", 20), (700, 420, "600,00 €", 20),
            (60, 450, "IVA 21% (base 500,00 €)", 20), (700, 450, "105,00 €", 20),
            (60, 480, "IVA 10% (base 100,00 €)", 20), (700, 480, "10,00 €", 20),
            (60, 510, "TOTAL", 20), (700, 510, "715,00 €", 20),
        ],
        width=1000,
        height=1400,
    )  # fmt: skip
    fields = _read(doc)
    assert fields.vat == Decimal("115.00")  # type: ignore[attr-defined]
    assert fields.total == Decimal("715.00")  # type: ignore[attr-defined]


def test_the_due_date_settles_the_day_month_order() -> None:
    doc = sized_page(
        [
            (60, 40, "Lakeshore Design Inc.", 30),
            (60, 80, "18 King St W, Toronto, ON M5H 1A1", 20),
            (60, 160, "Invoice Number 0000207", 20),
            (60, 190, "Date of Issue 05/03/2026", 20),
            (60, 220, "Due Date 06/02/2026", 20),
            (60, 300, "Description", 20), (700, 300, "Line Total", 20),
            (60, 340, "UX review", 20), (700, 340, "$1,000.00", 20),
            (60, 400, "Subtotal", 20), (700, 400, "$1,000.00", 20),
            (60, 430, "HST (13%)", 20), (700, 430, "$130.00", 20),
            (60, 460, "Total (CAD)", 20), (700, 460, "$1,130.00", 20),
        ],
        width=1000,
        height=1400,
    )  # fmt: skip
    fields = _read(doc)
    assert str(fields.invoice_date) == "2026-05-03"  # type: ignore[attr-defined]
    assert str(fields.due_date) == "2026-06-02"  # type: ignore[attr-defined]
    # Inferred from their order, not printed: at most the approval's floor.
    confidence = RuleExtractor().predict(doc).confidence
    assert confidence["invoice_date"] <= 0.6
    assert confidence["due_date"] <= 0.6


def _web_shop_invoice(date_line: str) -> OcrDocument:
    return sized_page(
        [
            (60, 40, "FERN & FLINT", 34),
            (60, 90, "Invoice for #FF2210", 22),
            (60, 120, date_line, 20),
            (60, 170, "From", 20), (60, 200, "Fern & Flint Supply Ltd.", 20),
            (60, 230, "12 Dock Rd, Halifax NS B3H 1A1", 20),
            (60, 290, "Item", 20), (450, 290, "Qty", 20), (550, 290, "Price", 20),
            (700, 290, "Total", 20),
            (60, 320, "Cedar soap bar", 20), (450, 320, "2", 20),
            (550, 320, "$9.00", 20), (700, 320, "$18.00", 20),
            (60, 380, "Subtotal", 20), (700, 380, "$18.00", 20),
            (60, 410, "HST 15%", 20), (700, 410, "$2.70", 20),
            (60, 440, "Total", 20), (700, 440, "$20.70 CAD", 20),
        ],
        width=1000,
        height=700,
    )  # fmt: skip


def test_the_number_a_title_is_for_is_the_only_reference() -> None:
    fields = _read(_web_shop_invoice("Order date: March 4, 2026"))
    assert fields.invoice_number == "FF2210"  # type: ignore[attr-defined]


def test_the_order_date_dates_an_order_invoice_that_prints_no_other() -> None:
    fields = _read(_web_shop_invoice("Order date: March 4, 2026"))
    assert str(fields.invoice_date) == "2026-03-04"  # type: ignore[attr-defined]
