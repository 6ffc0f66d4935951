"""A receipt's number after its docket, slip, voucher or e-invoice word, the won sign as OCR
reads it, and Korea's "Supply value": rules added after the blind set 2026-12g was studied.
Every document here is invented for the test (other names, countries and numbers than the
page that showed the gap)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.currencies import detect_currency
from invoice_scanner_processing.extractors.rules.labels import find_labels
from invoice_scanner_processing.extractors.rules.parsing import find_amounts
from invoice_scanner_processing.schema import Prediction

Layout = Callable[..., OcrDocument]


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def _receipt(number_line: str) -> list[tuple[int, int, str]]:
    return [
        (300, 40, "Harbourside Tavern"),
        (300, 90, "12 Quay Road, Cork"),
        (40, 200, number_line),
        (40, 250, "14 Oct 2026"),
        (40, 320, "2 Lemonade"), (700, 320, "7.00"),
        (40, 370, "1 Chowder"), (700, 370, "11.50"),
        (40, 440, "Total"), (700, 440, "18.50"),
        (40, 490, "Card"), (700, 490, "18.50"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Docket 55102", "55102"),
        ("Beleg 0418", "0418"),
        ("Slip: 2210-778341", "2210-778341"),
        ("E-Invoice QX-55120984", "QX-55120984"),
    ],
)
def test_a_receipts_number_after_its_docket_slip_voucher_or_e_invoice_word(
    make_layout: Layout, line: str, number: str
) -> None:
    """A receipt that prints its number only after the word naming the slip ("Docket", "Beleg",
    "Slip:", "E-Invoice"), without a number word, has that number."""
    assert _predict(make_layout(_receipt(line))).fields.invoice_number == number


def test_a_labelled_number_still_wins_over_a_docket_line(make_layout: Layout) -> None:
    """The docket word is read only where no labelled number exists."""
    doc = make_layout([*_receipt("Docket 55102"), (40, 560, "Receipt No. 8812")])
    assert _predict(doc).fields.invoice_number == "8812"


def test_a_won_sign_read_as_w_is_the_won() -> None:
    """OCR reads the won sign as "W" glued to a whole amount grouped by commas."""
    found = find_amounts("W14,300")
    assert [(f.value, f.currency) for f in found] == [(Decimal("14300"), "KRW")]
    assert detect_currency("Latte W4,800\nTotal W14,300") == "KRW"


@pytest.mark.parametrize("text", ["W12", "W1,25", "W3,400.50", "Size W32 L34", "AW2,100"])
def test_a_w_before_other_numbers_is_no_won(text: str) -> None:
    """A "W" before a short number, decimals or glued to a word is a size or a code."""
    assert detect_currency(text) is None
    assert all(f.currency != "KRW" for f in find_amounts(text))


def test_a_korean_receipt_with_the_won_sign_read_as_w(make_layout: Layout) -> None:
    """Net after "Supply value", the VAT and the total, each after a "W" read for the won."""
    doc = make_layout(
        [
            (300, 40, "BADA BAKERY"),
            (300, 90, "Haeundae-gu, Busan"),
            (40, 200, "Receipt No. 3391"),
            (40, 250, "05/10/2026 09:12"),
            (40, 320, "Croissant"), (700, 320, "W7,000"),
            (40, 370, "Milk Tea"), (700, 370, "W4,000"),
            (40, 440, "Supply value"), (700, 440, "W10,000"),
            (40, 490, "VAT"), (700, 490, "W1,000"),
            (40, 540, "Total"), (700, 540, "W11,000"),
        ]
    )  # fmt: skip
    fields = _predict(doc).fields
    assert fields.currency == "KRW"
    assert fields.total == Decimal("11000")
    assert fields.vat == Decimal("1000")
    assert fields.amount == Decimal("10000")


def test_supply_value_is_the_net(make_layout: Layout) -> None:
    """Korea's net before VAT printed in English as "Supply value" is the net."""
    doc = make_layout(
        [
            (300, 40, "HANOK TEA HOUSE"),
            (40, 200, "Receipt No. 7720"),
            (40, 250, "05/10/2026 09:12"),
            (40, 320, "Omija Tea"), (700, 320, "₩9,900"),
            (40, 440, "Supply value"), (700, 440, "₩9,000"),
            (40, 490, "VAT"), (700, 490, "₩900"),
            (40, 540, "Total"), (700, 540, "₩9,900"),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.amount == Decimal("9000")
    assert any("net" in hit.fields for hit in find_labels("Supply value"))
