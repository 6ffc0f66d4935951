"""North American receipts as their tills print them (invented pages): a grocery till numbers
its tax lines ("TAX 1", "TAX 2"), each with its rate and base before the tax at the right; the
line's number is never the tax. A cash rounding printed under the total, with no rounded
total printed after it, is added to that total: the total is what was paid, held, and the net
is the printed total less its tax. A credit memo's "Credit No." labels its own number."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _grocery_receipt() -> OcrDocument:
    return sized_page(
        [
            (200, 40, "PINE HOLLOW GROCERS", 40),
            (220, 100, "Store 42 Dayton OH 45402", 22),
            (30, 200, "WHOLE MILK GAL", 22), (560, 200, "4.19 F", 22),
            (30, 240, "RYE BREAD", 22), (560, 240, "3.49 F", 22),
            (30, 280, "LAUNDRY PODS", 22), (560, 280, "14.99 T", 22),
            (30, 320, "SPONGES 6PK", 22), (560, 320, "4.35 T", 22),
            (30, 400, "SUBTOTAL", 22), (560, 400, "27.02", 22),
            (30, 440, "TAX 1", 22), (120, 440, "6.50% ON 19.34", 22), (580, 440, "1.26", 22),
            (30, 480, "TAX 2", 22), (120, 480, "1.50% ON 7.68", 22), (580, 480, "0.12", 22),
            (30, 520, "**** BALANCE", 22), (560, 520, "28.40", 22),
            (30, 580, "CASH TEND", 22), (560, 580, "30.00", 22),
            (30, 620, "CHANGE DUE", 22), (580, 620, "1.60", 22),
            (30, 680, "03/14/26 10:02am 042 02 0311 7712", 20),
        ],
        width=680,
        height=760,
    )  # fmt: skip


def test_a_numbered_tax_line_reads_its_tax_not_its_number() -> None:
    reading = RuleExtractor().predict(_grocery_receipt())
    assert reading.fields.vat == Decimal("1.38")
    assert reading.fields.amount == Decimal("27.02")
    assert reading.fields.total == Decimal("28.40")


def _cafe_cash_receipt() -> OcrDocument:
    return sized_page(
        [
            (200, 40, "WATTLE LANE CAFE", 40),
            (180, 100, "ABN 11 222 333 444", 22),
            (250, 150, "TAX INVOICE", 26),
            (30, 200, "Date 07/05/2026", 22),
            (30, 260, "2 x Flat White", 22), (560, 260, "$11.40", 22),
            (30, 300, "1 x Egg Roll", 22), (560, 300, "$12.00", 22),
            (30, 340, "1 x *Coffee Beans 500g", 22), (560, 340, "$34.97", 22),
            (30, 420, "TOTAL", 26), (560, 420, "$58.37", 26),
            (30, 470, "Rounding", 22), (560, 470, "$-0.02", 22),
            (30, 510, "CASH", 22), (560, 510, "$60.00", 22),
            (30, 550, "CHANGE", 22), (560, 550, "$1.65", 22),
            (30, 610, "Total includes GST", 22), (560, 610, "$2.13", 22),
        ],
        width=680,
        height=700,
    )  # fmt: skip


def test_a_rounding_under_the_total_is_added_to_it_held() -> None:
    reading = RuleExtractor().predict(_cafe_cash_receipt())
    assert reading.fields.total == Decimal("58.35")
    assert reading.fields.rounding == Decimal("-0.02")
    assert reading.fields.vat == Decimal("2.13")
    assert reading.fields.amount == Decimal("56.24")
    assert reading.confidence["total"] < 0.8


def _credit_memo() -> OcrDocument:
    return sized_page(
        [
            (120, 100, "Riverbend Paper Supply, Inc.", 36),
            (120, 150, "88 Mill Street, Albany, NY 12207", 22),
            (120, 260, "Customer", 22), (1200, 260, "CREDIT MEMO", 34),
            (120, 300, "Northgate Print Shop", 22),
            (1160, 330, "Credit No.", 22), (1430, 330, "CR-55310", 22),
            (1160, 370, "Date", 22), (1430, 370, "05/02/2026", 22),
            (120, 450, "Applies to Invoice 771204 dated 04/28/2026.", 22),
            (120, 560, "Copy paper A4 returned", 22), (1430, 560, "-120.00", 22),
            (1160, 700, "Subtotal", 22), (1430, 700, "-120.00", 22),
            (1160, 740, "Sales Tax 8%", 22), (1430, 740, "-9.60", 22),
            (1160, 780, "Total Credit", 22), (1430, 780, "-129.60", 22),
        ],
        width=1700,
        height=1000,
    )  # fmt: skip


def test_a_credit_memos_credit_no_is_its_number() -> None:
    reading = RuleExtractor().predict(_credit_memo())
    assert reading.fields.invoice_number == "CR-55310"
