"""Invented pages for round 14g (blind set 14g: documents of several pages and long till
rolls): a till roll whose date is printed only on its second half, a chain's store number
after its name, and Denmark's cash rounding and net under their own words."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rules_builders import layout, read_page

from invoice_scanner_processing.extractors.rules import RuleExtractor


def test_a_till_roll_dated_only_on_its_second_half_takes_that_date() -> None:
    first = [
        (150, 60, "Hadley & Crane Foodhall Ltd"),
        (150, 110, "112 Gloucester Road, Bristol"),
        (60, 200, "TEA BAGS 160"), (600, 200, "3.85"),
        (60, 250, "GARLIC 4PK"), (600, 250, "2.37"),
    ]  # fmt: skip
    second = [
        (60, 60, "BUTTER 250G"), (600, 60, "2.35"),
        (60, 140, "BALANCE DUE"), (600, 140, "8.57"),
        (60, 190, "VISA CONTACTLESS"), (600, 190, "8.57"),
        (60, 260, "21/03/26 17:58"), (400, 260, "ST 0448"),
        (60, 300, "RECEIPT NO. 0448-12-5531"),
    ]  # fmt: skip
    doc = layout([], pages=[first, second], width=800, height=900)
    fields = RuleExtractor().predict(doc).fields
    assert fields.invoice_date == date(2026, 3, 21)
    assert fields.total == Decimal("8.57")


def test_a_date_on_the_first_page_still_wins_over_a_later_page() -> None:
    first = [
        (150, 60, "Hadley & Crane Foodhall Ltd"),
        (60, 110, "20/03/26 09:12"),
        (60, 200, "TEA BAGS 160"), (600, 200, "3.85"),
    ]  # fmt: skip
    second = [
        (60, 140, "BALANCE DUE"), (600, 140, "3.85"),
        (60, 260, "21/03/26 17:58"),
    ]  # fmt: skip
    doc = layout([], pages=[first, second], width=800, height=900)
    assert RuleExtractor().predict(doc).fields.invoice_date == date(2026, 3, 20)


def test_a_store_number_after_the_chain_name_is_not_part_of_the_name() -> None:
    fields = read_page(
        [
            (200, 60, "Ridgeline Home & Lumber #0217", 30),
            (200, 110, "4410 N Academy Blvd", 22),
            (200, 140, "Colorado Springs, CO 80918", 22),
            (60, 220, "04/11/26 09:14 AM", 22),
            (60, 300, "WOOD GLUE 16OZ", 22), (700, 300, "25.88", 22),
            (60, 340, "SUBTOTAL", 22), (700, 340, "25.88", 22),
            (60, 380, "SALES TAX 8.25%", 22), (700, 380, "2.14", 22),
            (60, 420, "TOTAL", 26), (700, 420, "28.02", 26),
        ]
    )  # fmt: skip
    assert fields.vendor_name == "Ridgeline Home & Lumber"


def test_danish_cash_rounding_and_net_excluding_moms() -> None:
    fields = read_page(
        [
            (150, 60, "SuperKøb Vesterbro ApS", 30),
            (60, 120, "Dato 09.01.2026 kl. 16:27", 22),
            (60, 200, "Mælk 1 l", 22), (600, 200, "12,95", 22),
            (60, 240, "Rugbrød", 22), (600, 240, "24,00", 22),
            (60, 300, "Subtotal", 22), (600, 300, "36,95", 22),
            (60, 340, "Øreafrunding", 22), (600, 340, "0,05", 22),
            (60, 380, "AT BETALE", 26), (600, 380, "37,00", 26),
            (60, 430, "Kontant", 22), (600, 430, "50,00", 22),
            (60, 470, "Byttepenge", 22), (600, 470, "13,00", 22),
            (60, 520, "Heraf moms 25%", 22), (600, 520, "7,39", 22),
            (60, 560, "Varer i alt ekskl. moms", 22), (600, 560, "29,56", 22),
        ]
    )  # fmt: skip
    assert fields.total == Decimal("37.00")
    assert fields.vat == Decimal("7.39")
    assert fields.amount == Decimal("29.56")
