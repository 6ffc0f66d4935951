"""Review of round 13z: pages the new rules read wrong that 5a0f1f5 read right."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import read_page


def _uk_invoice(sign: str, legal: str) -> list[tuple[float, float, str, float]]:
    return [
        (111, 100, sign, 50),
        (111, 170, legal, 28),
        (111, 205, "Unit 4, Park Road, Leeds LS1 2AB", 26),
        (1150, 100, "INVOICE", 44),
        (900, 260, "Invoice No.", 30),
        (1250, 260, "KF-88213", 30),
        (900, 300, "Date", 30),
        (1250, 300, "14/05/2026", 30),
        (111, 400, "Bill to:", 28),
        (111, 440, "Mr J. Smith", 28),
        (900, 1200, "Net", 30),
        (1400, 1200, "£100.00", 30),
        (900, 1240, "VAT 20%", 30),
        (1400, 1240, "£20.00", 30),
        (900, 1280, "Total", 30),
        (1400, 1280, "£120.00", 30),
    ]


def test_a_hyphenated_legal_name_under_its_sign_keeps_its_spelling() -> None:
    # "Kwik-Fit" is spelt with a hyphen, not glued by OCR: the sign "KWIK FIT" above must not
    # respell the legal name ("KWIK FIT (GB) Limited").
    fields = read_page(_uk_invoice("KWIK FIT", "Kwik-Fit (GB) Limited"))
    assert fields.vendor_name == "Kwik-Fit (GB) Limited"


def test_a_dealers_legal_name_under_the_brand_sign_keeps_its_spelling() -> None:
    fields = read_page(_uk_invoice("MERCEDES BENZ", "Mercedes-Benz Retail Group UK Ltd"))
    assert fields.vendor_name == "Mercedes-Benz Retail Group UK Ltd"


def test_a_tills_numbered_tax_line_is_the_tax() -> None:
    # "TAX #1" is a till's first tax jurisdiction, no tax number: its amount is the tax.
    fields = read_page(
        [
            (500, 100, "SUNRISE DELI", 40),
            (470, 150, "88 Lake St, Chicago IL 60601", 26),
            (300, 300, "TURKEY SUB", 26),
            (1200, 300, "9.50", 26),
            (300, 340, "COFFEE", 26),
            (1200, 340, "2.50", 26),
            (300, 440, "TAX #1", 26),
            (1200, 440, "0.75", 26),
            (300, 520, "TOTAL", 26),
            (1200, 520, "12.75", 26),
            (300, 560, "VISA", 26),
            (1200, 560, "12.75", 26),
        ]
    )
    assert fields.vat == Decimal("0.75")
    assert fields.amount == Decimal("12.00")
