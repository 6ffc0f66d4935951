"""Invented pages for round 14i (blind set 14i: the payable is not the invoice's own total):
Switzerland's "Rechnungstotal" before an advance payment is deducted, and a Québec bill that
names no currency but its sales taxes and their registration numbers."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import read_page

from invoice_scanner_processing.extractors.rules.currencies import infer_currency


def test_swiss_rechnungstotal_is_the_total_before_the_advance_payment() -> None:
    fields = read_page(
        [
            (100, 60, "Möbelwerkstatt Keller AG", 30),
            (100, 100, "Industriestrasse 4, 8604 Volketswil", 20),
            (1000, 200, "Rechnung Nr. 2026-0418", 26),
            (1000, 240, "Datum: 18.06.2026", 22),
            (100, 600, "Esstisch Eiche", 22), (1300, 600, "11'266.50", 22),
            (100, 650, "Total exkl. MWST", 22), (1300, 650, "11'266.50", 22),
            (100, 690, "MWST 8.1 %", 22), (1300, 690, "912.59", 22),
            (100, 730, "Rundungsdifferenz", 22), (1300, 730, "0.01", 22),
            (100, 770, "Rechnungstotal CHF", 26), (1300, 770, "12'179.10", 26),
            (100, 810, "abzüglich Anzahlung vom 05.05.2026", 22), (1300, 810, "-4'000.00", 22),
            (100, 850, "Restbetrag CHF", 26), (1300, 850, "8'179.10", 26),
        ]
    )  # fmt: skip
    assert fields.total == Decimal("12179.10")
    assert fields.vat == Decimal("912.59")
    assert fields.amount == Decimal("11266.50")


def test_quebec_sales_tax_numbers_name_the_canadian_dollar() -> None:
    text = "Brasserie Le Saint-Laurent inc.\nTPS / GST 812345678 RT0001\nQST 1219876543 TQ0001"
    assert infer_currency(text) == "CAD"
    assert infer_currency("TPS 5 % 6,54\nTVQ 9,975 % 13,04\nTOTAL 150,33") == "CAD"
