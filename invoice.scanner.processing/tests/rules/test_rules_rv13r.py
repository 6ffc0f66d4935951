"""Invented pages for the review of round 13r: a number's label with words after it in its
cell that is no section's heading (another language's label, a copy's mark)."""

from __future__ import annotations

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
