"""Invented text for round 14c (blind set 14c: documents small firms type themselves): the
cents of an amount written in words are no amount; a due date in the payment terms' sentence
with its month's name first."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rules_builders import read_page

from invoice_scanner_processing.extractors.rules.parsing import find_amounts


def test_the_cents_of_an_amount_in_words_are_no_amount() -> None:
    # A receipt book's "Amount Four hundred twenty-five and 00/100 Dollars" was a total of 0.
    assert find_amounts("Amount Four hundred twenty-five and 00/100 ---- Dollars") == []
    assert find_amounts("Trescientos pesos 50/100 M.N.") == []
    # the amount printed beside the words stays
    assert [a.value for a in find_amounts("and 00/100 Dollars   $425.00")] == [Decimal("425.00")]


def test_a_due_date_after_due_with_the_months_name_first() -> None:
    fields = read_page(
        [
            (100, 119, "Invoice_2026-046", 50),
            (1417, 249, "March 17, 2026", 26),
            (100, 797, "Total due: CAD 8,628.87", 30),
            (100, 877, "Payment terms: Net 15 - due April 1, 2026. Interac e-Transfer", 26),
        ]
    )
    assert (fields.invoice_date, fields.due_date) == (date(2026, 3, 17), date(2026, 4, 1))
