"""Receipts (invented): a restaurant check's own number ("Check No:") read where the page names
its table, guests or server, and left unread where it may name a cheque; a car park's receipt
number over the gate ticket's, and its city parking tax read as the tax."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _check(header: list[tuple[int, int, str, int]]) -> OcrDocument:
    return sized_page(
        [
            (120, 40, "JADE PAVILION", 28), (110, 75, "NOODLE HOUSE", 24),
            (80, 105, "17 Orchard Lane, Riverton", 18),
            (60, 150, "Check No: 77104", 20),
            *header,
            (60, 260, "Date: 11/03/2027", 20),
            (60, 320, "Wonton Soup", 20), (380, 320, "36.00", 20),
            (60, 345, "Fried Rice", 20), (380, 345, "54.00", 20),
            (60, 400, "TOTAL", 22), (380, 400, "90.00", 22),
            (60, 430, "Cash", 20), (380, 430, "100.00", 20),
        ],
        width=520,
        height=600,
    )  # fmt: skip


def test_a_check_number_is_read_on_a_restaurant_check() -> None:
    header = [(60, 175, "Tbl: 8", 20), (60, 200, "Guests: 2", 20), (60, 225, "Server: MEI", 20)]
    page = _check(header)
    assert RuleExtractor().predict(page).fields.invoice_number == "77104"


def test_a_check_number_without_a_table_or_server_may_be_a_cheque() -> None:
    assert RuleExtractor().predict(_check([])).fields.invoice_number != "77104"


def _car_park() -> OcrDocument:
    return sized_page(
        [
            (140, 40, "HARBORVIEW PARKING", 26), (170, 70, "Dock St Garage", 20),
            (100, 95, "880 Dock St, Portland OR 97201", 18),
            (60, 140, "Ticket #", 20), (300, 140, "0077310452", 20),
            (60, 170, "Entry", 20), (300, 170, "09/21/2027 07:55", 20),
            (60, 195, "Exit", 20), (300, 195, "09/21/2027 18:10", 20),
            (60, 240, "Parking fee", 20), (340, 240, "$24.00", 20),
            (60, 265, "City Parking Tax 20%", 20), (350, 265, "$4.80", 20),
            (60, 300, "TOTAL PAID", 22), (340, 300, "$28.80", 22),
            (60, 340, "VISA", 20), (300, 340, "************4412", 20),
            (60, 380, "Receipt 27-0921-0415", 20),
            (100, 420, "Thank you", 20),
        ],
        width=520,
        height=520,
    )  # fmt: skip


def test_a_car_park_receipt_is_numbered_by_its_receipt_not_its_gate_ticket() -> None:
    assert RuleExtractor().predict(_car_park()).fields.invoice_number == "27-0921-0415"


def test_a_city_parking_tax_is_the_receipts_tax() -> None:
    fields = RuleExtractor().predict(_car_park()).fields
    assert (fields.amount, fields.vat, fields.total) == (
        Decimal("24.00"),
        Decimal("4.80"),
        Decimal("28.80"),
    )


def _e_invoice_proof(number_size: int) -> OcrDocument:
    return sized_page(
        [
            (150, 40, "GadgetHub", 30), (110, 90, "Electronic Invoice Proof", 26),
            (170, 135, "116 Mar-Apr", 30), (140, 180, "QK-70215584", number_size),
            (120, 240, "2027-03-14 10:22:05", 18), (120, 265, "Random code: 7310", 18),
            (60, 320, "Desk lamp", 18), (380, 320, "840 TX", 18),
            (60, 345, "Sales amount", 18), (380, 345, "800", 18),
            (60, 370, "Business tax 5%", 18), (380, 370, "40", 18),
            (60, 395, "Total NT$", 18), (380, 395, "840", 18),
            (60, 420, "Credit card", 18), (380, 420, "840", 18),
        ],
        width=520,
        height=520,
    )  # fmt: skip


def test_a_large_coded_number_under_an_invoice_heading_is_its_number() -> None:
    reading = RuleExtractor().predict(_e_invoice_proof(30))
    assert reading.fields.invoice_number == "QK-70215584"


def test_a_coded_number_in_body_type_is_no_number() -> None:
    reading = RuleExtractor().predict(_e_invoice_proof(18))
    assert reading.fields.invoice_number != "QK-70215584"


def _big_box(store_line: str) -> OcrDocument:
    return sized_page(
        [
            (140, 40, "TIMBERYARD", 30), (130, 80, "HOME SUPPLY #0562", 22),
            (90, 110, "219 W MAIN ST, TULSA OK 74103", 18),
            (60, 150, store_line, 18), (60, 175, "SALE CASHIER DEVON", 18),
            (60, 220, "HAMMER 16OZ", 18), (400, 220, "19.97", 18),
            (60, 245, "NAILS 1LB", 18), (400, 245, "6.48", 18),
            (60, 290, "SUBTOTAL 26.45", 18), (60, 315, "SALES TAX 8.5% 2.25", 18),
            (60, 340, "TOTAL $28.70", 20), (60, 370, "CASH 30.00", 18),
        ],
        width=560,
        height=480,
    )  # fmt: skip


def test_a_stores_till_line_gives_the_transaction_number() -> None:
    page = _big_box("0562 00031 71208 10/04/27 02:17 PM")
    assert RuleExtractor().predict(page).fields.invoice_number == "71208"


def test_a_till_line_of_another_store_number_is_no_transaction() -> None:
    page = _big_box("0998 00031 71208 10/04/27 02:17 PM")
    assert RuleExtractor().predict(page).fields.invoice_number != "71208"
