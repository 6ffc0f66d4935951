"""Invented text for round 14c (blind set 14c: documents small firms type themselves): the
cents of an amount written in words are no amount."""

from __future__ import annotations

from decimal import Decimal

from invoice_scanner_processing.extractors.rules.parsing import find_amounts


def test_the_cents_of_an_amount_in_words_are_no_amount() -> None:
    # A receipt book's "Amount Four hundred twenty-five and 00/100 Dollars" was a total of 0.
    assert find_amounts("Amount Four hundred twenty-five and 00/100 ---- Dollars") == []
    assert find_amounts("Trescientos pesos 50/100 M.N.") == []
    # the amount printed beside the words stays
    assert [a.value for a in find_amounts("and 00/100 Dollars   $425.00")] == [Decimal("425.00")]
