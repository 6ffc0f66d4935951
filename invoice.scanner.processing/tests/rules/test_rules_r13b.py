"""Receipts (invented): with no tax named on the page, no net read and no line making part of
the total, the net is the total, inferred at 0.55 (never enough alone to approve); a tip, or a
taxi's fare and extras, leave it open (null); a page naming no currency but printing the euro
area's own tax or company words (BTW, B.V., USt-IdNr.) is guessed in euros at 0.5."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.currencies import infer_currency


def _receipt(lines: list[tuple[int, int, str, int]]) -> OcrDocument:
    return sized_page(
        [
            (150, 40, "PRAIRIE FUEL STOP", 24),
            (150, 75, "1200 Main Street", 18),
            (60, 130, "REGULAR UNL", 20), (400, 130, "30.00", 20),
            (60, 155, "COFFEE", 20), (400, 155, "7.65", 20),
            *lines,
        ],
        width=520,
        height=600,
    )  # fmt: skip


def test_no_tax_printed_gives_the_total_as_an_inferred_net() -> None:
    doc = _receipt([(60, 200, "TOTAL $", 22), (400, 200, "37.65", 22)])
    pred = RuleExtractor().predict(doc)
    assert pred.fields.vat is None
    assert pred.fields.total == Decimal("37.65")
    assert pred.fields.amount == Decimal("37.65")
    assert pred.confidence["amount"] <= 0.55
    assert pred.evidence["amount"].get("inferred") is True


def test_no_tax_printed_and_a_tip_leaves_the_net_open() -> None:
    doc = _receipt(
        [
            (60, 225, "TIP", 20), (400, 225, "5.00", 20),
            (60, 250, "TOTAL $", 22), (400, 250, "42.65", 22),
        ]
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert fields.total == Decimal("42.65")
    assert fields.amount is None


def test_no_tax_printed_and_a_fare_with_extras_leaves_the_net_open() -> None:
    doc = sized_page(
        [
            (150, 40, "TAXI RECEIPT", 24),
            (60, 130, "Fare", 20), (400, 130, "£21.40", 20),
            (60, 155, "Extras", 20), (400, 155, "£2.00", 20),
            (60, 200, "TOTAL", 22), (400, 200, "£23.40", 22),
        ],
        width=520,
        height=600,
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert fields.total == Decimal("23.40")
    assert fields.amount is None


def test_euro_area_words_infer_the_euro() -> None:
    assert infer_currency("Buurtsuper De Korenbloem B.V.\nBTW 9% 81,94 7,38") == "EUR"
    assert infer_currency("USt-IdNr. 123456789") == "EUR"
    assert infer_currency("Kassa 2 Bon 0088") is None


def test_a_receipt_with_btw_and_no_currency_is_guessed_in_euros() -> None:
    doc = sized_page(
        [
            (150, 40, "Bakkerij Zon B.V.", 24),
            (60, 130, "Brood", 20), (400, 130, "3,20", 20),
            (60, 155, "Kaas", 20), (400, 155, "6,80", 20),
            (60, 200, "TOTAAL", 22), (400, 200, "10,00", 22),
            (60, 240, "BTW 9%", 20), (250, 240, "9,17", 20), (400, 240, "0,83", 20),
        ],
        width=520,
        height=600,
    )  # fmt: skip
    pred = RuleExtractor().predict(doc)
    assert pred.fields.currency == "EUR"
    assert pred.confidence["currency"] <= 0.5
