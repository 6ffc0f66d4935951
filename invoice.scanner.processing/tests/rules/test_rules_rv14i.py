"""Review of round 14i (rv14i): the total labels it added took lines that are not the
invoice's total. "Rechnungstotal exkl. MWST" is the net; a statement's "Gesamttotal offene
Posten" sums several invoices. Both pass on b398fc2 and fail on a13af8c."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import read_page

_HEAD = [
    (100, 60, "Elektro Brunner GmbH", 30),
    (100, 100, "Bahnhofstrasse 12, 6003 Luzern", 20),
    (1000, 200, "Rechnung Nr. 24-1187", 26),
    (1000, 240, "Datum: 12.03.2026", 22),
]


def test_rechnungstotal_exkl_mwst_is_the_net_not_the_total() -> None:
    # "Rechnungstotal exkl. MWST" is the total before VAT; the payable closes the invoice.
    fields = read_page(
        [
            *_HEAD,
            (100, 600, "Installation Küche", 22), (1300, 600, "2'400.00", 22),
            (100, 650, "Rechnungstotal exkl. MWST", 22), (1300, 650, "2'400.00", 22),
            (100, 690, "MWST 8.1 %", 22), (1300, 690, "194.40", 22),
            (100, 730, "Zu bezahlen CHF", 26), (1300, 730, "2'594.40", 26),
        ]
    )  # fmt: skip
    assert fields.total == Decimal("2594.40")
    assert fields.amount == Decimal("2400.00")
    assert fields.vat == Decimal("194.40")


def test_gesamttotal_of_open_items_is_not_this_invoices_total() -> None:
    # An invoice that lists the customer's open items under its own total: "Gesamttotal"
    # sums this invoice and an older unpaid one.
    fields = read_page(
        [
            *_HEAD,
            (100, 600, "Installation Küche", 22), (1300, 600, "2'400.00", 22),
            (100, 640, "MWST 8.1 %", 22), (1300, 640, "194.40", 22),
            (100, 680, "Total CHF", 26), (1300, 680, "2'594.40", 26),
            (100, 760, "Offene Posten", 22),
            (100, 800, "Rechnung 24-1102 vom 15.01.2026", 22), (1300, 800, "860.00", 22),
            (100, 840, "Rechnung 24-1187 vom 12.03.2026", 22), (1300, 840, "2'594.40", 22),
            (100, 880, "Gesamttotal offene Posten", 22), (1300, 880, "3'454.40", 22),
        ]
    )  # fmt: skip
    assert fields.total == Decimal("2594.40")
    assert fields.amount == Decimal("2400.00")
