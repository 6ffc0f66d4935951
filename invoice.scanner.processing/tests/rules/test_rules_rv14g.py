"""Review of round 14g (rv14g): faults a reviewer found in a594e3e, each passing on 38a5142
and failing on a594e3e. A page-one order or pickup date is not overridden by a later page's
stray date (the later-page fallback is for a first page that prints no date at all); the bare
Danish "ekskl moms" inside a freight or discount line does not make that line the net; a
store number of one or two digits is the name's own, and a store word alone is no name."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rules_builders import layout, read_page

from invoice_scanner_processing.extractors.rules import RuleExtractor

_DANISH_HEAD = [
    (150, 60, "Nordlys Kontorartikler ApS", 30),
    (60, 120, "Faktura nr. 10442", 22),
    (60, 150, "Fakturadato 09.01.2026", 22),
    (60, 220, "Kopipapir A4 5 pk", 22), (700, 220, "1.000,00", 22),
]  # fmt: skip


def test_a_danish_freight_line_excluding_moms_is_not_the_net() -> None:
    """ "Fragt ekskl. moms 50,00" (freight, VAT excluded) prices one charge; the bare new net
    label "ekskl moms" is long enough to count in the middle of a line and makes it the net."""
    fields = read_page(
        [
            *_DANISH_HEAD,
            (60, 300, "Fragt ekskl. moms", 22), (700, 300, "50,00", 22),
            (60, 340, "Moms 25%", 22), (700, 340, "262,50", 22),
            (60, 380, "Total inkl. moms", 26), (700, 380, "1.312,50", 26),
        ]
    )  # fmt: skip
    assert fields.total == Decimal("1312.50")
    assert fields.vat == Decimal("262.50")
    assert fields.amount == Decimal("1050.00")


def test_a_danish_discount_excluding_moms_is_not_the_net() -> None:
    fields = read_page(
        [
            *_DANISH_HEAD,
            (60, 300, "Rabat 10% ekskl. moms", 22), (700, 300, "-100,00", 22),
            (60, 340, "Moms 25%", 22), (700, 340, "225,00", 22),
            (60, 380, "At betale", 26), (700, 380, "1.125,00", 26),
        ]
    )  # fmt: skip
    assert fields.total == Decimal("1125.00")
    assert fields.amount == Decimal("900.00")


def test_a_labelled_order_date_on_page_one_is_not_overridden_by_a_later_pages_stray_date() -> None:
    """A web shop's two-page invoice: page 1 dates it only by its order ("Order date:", the
    documented fallback of _order_date), page 2 carries the totals and a sentence about the
    shop's terms with their own date. The first page does print a date, so the new
    "next page's first date" fallback (documented: only "where the first page prints no date
    at all") must not take the terms' date over the order date."""
    first = [
        (60, 60, "Maple & Moss Home Store"),
        (60, 100, "www.mapleandmoss.com"),
        (60, 160, "Invoice for #MM1047"),
        (60, 200, "Order date: February 8, 2026"),
        (60, 280, "Linen cushion cover"), (600, 280, "24.00"),
        (60, 320, "Ceramic vase"), (600, 320, "38.00"),
    ]  # fmt: skip
    second = [
        (60, 60, "Subtotal"), (600, 60, "62.00"),
        (60, 100, "Shipping"), (600, 100, "5.00"),
        (60, 140, "Total"), (600, 140, "67.00"),
        (60, 240, "Returns accepted within 30 days of delivery."),
        (60, 280, "Our terms and conditions of 01/01/2026 apply."),
    ]  # fmt: skip
    doc = layout([], pages=[first, second], width=800, height=1100)
    assert RuleExtractor().predict(doc).fields.invoice_date == date(2026, 2, 8)


def test_a_timed_pickup_date_on_page_one_is_not_overridden_by_a_later_pages_reminder() -> None:
    """A pharmacy's order slip dated only by its timed "Pickup:" (the documented
    _one_day_printed fallback); the second page reminds of the next refill's day."""
    first = [
        (60, 60, "Greenleaf Pharmacy"),
        (60, 100, "Order 55120"),
        (60, 140, "Pickup: 09/04/2026 8:05am"),
        (60, 220, "Ibuprofen 200mg"), (600, 220, "6.49"),
    ]  # fmt: skip
    second = [
        (60, 60, "Total"), (600, 60, "6.49"),
        (60, 140, "Prescription refill reminder 09/05/2026"),
    ]  # fmt: skip
    doc = layout([], pages=[first, second], width=800, height=1100)
    assert RuleExtractor().predict(doc).fields.invoice_date == date(2026, 4, 9)


def test_a_one_or_two_digit_number_after_a_name_stays_in_it() -> None:
    fields = read_page(
        [
            (200, 60, "Motel #6", 30),
            (200, 110, "1200 Highway 40 W, Amarillo, TX 79106", 22),
            (60, 220, "04/11/26", 22),
            (60, 300, "ROOM 1 NIGHT", 22), (700, 300, "64.00", 22),
            (60, 340, "TAX", 22), (700, 340, "5.76", 22),
            (60, 380, "TOTAL", 26), (700, 380, "69.76", 26),
        ]
    )  # fmt: skip
    assert fields.vendor_name == "Motel #6"
