"""Amount, date and currency parsing as printed on invoices."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from invoice_scanner_processing.extractors.rules.currencies import detect_currency
from invoice_scanner_processing.extractors.rules.parsing import (
    find_amounts,
    infer_dayfirst,
    parse_amount,
    parse_date,
)


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        ("1,234.56", None, "1234.56"),
        ("1.234,56", None, "1234.56"),
        ("1 234,56", None, "1234.56"),
        ("1\u00a0234,56", None, "1234.56"),
        ("1\u202f234,56", None, "1234.56"),
        ("1\u2009234.56", None, "1234.56"),
        ("1'234.56", None, "1234.56"),
        ("CHF 1’234.50", None, "1234.50"),
        ("-1,234.56", None, "-1234.56"),
        ("−1.234,56 €", None, "-1234.56"),
        ("(1,234.56)", None, "-1234.56"),
        ("1.234,56-", None, "-1234.56"),
        ("-$5,235.94", None, "-5235.94"),
        ("EUR 1.234,56", None, "1234.56"),
        ("€1,234.56", None, "1234.56"),
        ("1.234,56 EUR", None, "1234.56"),
        ("SEK 12 500,00", None, "12500.00"),
        ("12 500,00 kr", None, "12500.00"),
        ("1.234,-", None, "1234"),
        ("1,234", None, "1234"),
        ("1,234", "de_DE", "1.234"),
        ("1.234", "en_US", "1.234"),
        ("1.234", "de", "1234"),
        ("12,5", None, "12.5"),
        ("1.234.567,89", None, "1234567.89"),
        ("1,234,567", None, "1234567"),
        ("0,50", None, "0.50"),
        ("1,2O0.00", None, "1200.00"),
        ("Total: 99.90 USD", None, "99.90"),
    ],
)
def test_parse_amount(text: str, hint: str | None, expected: str) -> None:
    assert parse_amount(text, hint) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "no number here", "25 %", "INV-2024"])
def test_parse_amount_none(text: str) -> None:
    assert parse_amount(text) is None


def test_find_amounts_skips_codes_and_rates() -> None:
    found = find_amounts("Moms 25 % på INV-2024 1 250,00 kr")
    assert [a.value for a in found] == [Decimal("1250.00")]
    assert found[0].currency == "SEK"


def test_space_grouping_needs_decimals() -> None:
    # A table row "2 1 500" is three numbers, not 21500.
    assert [a.value for a in find_amounts("2 1 500")] == [2, 1, 500]


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        ("2024-12-21", None, date(2024, 12, 21)),
        ("21.12.2024", None, date(2024, 12, 21)),
        ("12/21/2024", None, date(2024, 12, 21)),
        ("21/12/24", None, date(2024, 12, 21)),
        ("03/04/2024", None, date(2024, 4, 3)),
        ("03/04/2024", "en_US", date(2024, 3, 4)),
        ("03/04/2024", "de_DE", date(2024, 4, 3)),
        ("24.4.2025", None, date(2025, 4, 24)),
        ("21 Dec 2024", None, date(2024, 12, 21)),
        ("Dec 21, 2024", None, date(2024, 12, 21)),
        ("December 1st, 2024", None, date(2024, 12, 1)),
        ("21-Dec-2024", None, date(2024, 12, 21)),
        ("21. Dezember 2024", None, date(2024, 12, 21)),
        ("3. März 2024", None, date(2024, 3, 3)),
        ("21 décembre 2024", None, date(2024, 12, 21)),
        ("1er février 2024", None, date(2024, 2, 1)),
        ("21 de diciembre de 2024", None, date(2024, 12, 21)),
        ("21 dicembre 2024", None, date(2024, 12, 21)),
        ("21 maart 2024", None, date(2024, 3, 21)),
        ("21 okt. 2024", None, date(2024, 10, 21)),
        ("5 maj 2024", None, date(2024, 5, 5)),
        ("Datum:21.12.2024", None, date(2024, 12, 21)),
    ],
)
def test_parse_date(text: str, hint: str | None, expected: date) -> None:
    assert parse_date(text, hint) == expected


@pytest.mark.parametrize("text", ["", "Rechnung 12", "32.13.2024", "Total 1.234,56"])
def test_parse_date_none(text: str) -> None:
    assert parse_date(text) is None


def test_document_dates_decide_order() -> None:
    assert infer_dayfirst(["Date 03/04/2024", "Due 04/19/2024"]) is False
    assert infer_dayfirst(["Date 03/04/2024", "Due 19/04/2024"]) is True
    assert infer_dayfirst(["Date 03/04/2024"], "en_US") is False
    assert parse_date("03/04/2024", dayfirst=False) == date(2024, 3, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Total 1.234,56 €", "EUR"),
        ("Amount due $1,234.56", "USD"),
        ("Total £99.00", "GBP"),
        ("Summa att betala 1 250,00 kr\nMoms 25 %\nBankgiro 123-4567", "SEK"),
        ("Totalt 1 250,00 kr\nMVA 25 %\nNO 987654321 MVA", "NOK"),
        ("I alt 1.250,00 kr\nMoms 25 %\nCVR DK12345678", "DKK"),
        ("Total CHF 1'250.00", "CHF"),
        ("Betrag Fr. 1'250.00", "CHF"),
        ("Amount 100.00 EUR, paid by card ($ sign shown)", "EUR"),
        ("no currency", None),
    ],
)
def test_detect_currency(text: str, expected: str | None) -> None:
    assert detect_currency(text) == expected
