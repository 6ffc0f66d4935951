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
