"""Invented pages for the review of round 13r: a number's label with words after it in its
cell that is no section's heading (another language's label, a copy's mark); a till's date
padded with zeros opening a line of words, no block address."""

from __future__ import annotations

from datetime import date

import pytest
from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def _invoice(label: str, below: bool) -> OcrDocument:
    """An invoice whose number's label carries words after it in its cell, the number in the
    cell right of it or under it."""
    at = (1000, 470) if below else (1500, 427)
    return sized_page(
        [
            (160, 160, "Hanseatic Parts GmbH", 50),
            (550, 350, "INVOICE", 40),
            (1000, 427, label, 34), (*at, "4471", 34),
            (160, 700, "Date", 34), (400, 700, "12.02.2026", 34),
            (900, 1100, "TOTAL EUR", 36), (1350, 1100, "4.180,00", 36),
        ],
        width=1673,
        height=2339,
        source="text_layer",
    )  # fmt: skip


@pytest.mark.parametrize("below", [False, True])
@pytest.mark.parametrize(
    "label",
    [
        "Invoice No. Rēķina numurs",  # a label in two languages, the second unknown
        "Invoice No. 송장번호",
        "Invoice No. Original",  # a copy's mark
        "Invoice Number Duplicate",
        "Invoice number Kopie",
    ],
)
def test_a_number_label_with_words_after_it_still_reads_its_neighbour(
    label: str, below: bool
) -> None:
    """Only a bare word heads a section ("Transaction details"): a label that names a number
    ("No.", "Number") asks for it, right of it or under it, whatever words follow it."""
    assert _predict(_invoice(label, below)).fields.invoice_number == "4471"


def _till(top: str) -> OcrDocument:
    """A bakery's receipt, no date label: its date opens the line of the till's number, a
    later delivery day further down."""
    return sized_page(
        [
            (230, 120, "Bakkerij Verhoeven", 60),
            (200, 200, "Kerkstraat 12, Utrecht", 40),
            (60, 300, top, 40),
            (70, 400, "Krentenbol", 40), (800, 400, "2,40", 40),
            (70, 460, "TOTAAL", 50), (780, 460, "2,40", 50),
            (70, 560, "Volgende levering 19-02-26", 40),
        ],
        width=1046,
        height=1854,
    )  # fmt: skip


def test_a_till_date_padded_with_zeros_is_no_block_address() -> None:
    """A Japanese block's numbers are never zero-padded ("2-5-11 Daimyo"); "05-02-26 Kassa 3"
    is the receipt's date, not an address passed over for the next date on the page."""
    assert _predict(_till("05-02-26 Kassa 3")).fields.invoice_date == date(2026, 2, 5)
    assert _predict(_till("12-03-26 MON 14:22")).fields.invoice_date == date(2026, 3, 12)
