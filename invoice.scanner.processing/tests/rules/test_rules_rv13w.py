"""Review of rounds 13w (09efd2a, f9f5a8a): pages on which the new rules give a wrong answer
where 3976684 gave none."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rules_builders import item_rows, sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def test_a_validity_or_due_back_day_alone_does_not_date_the_document() -> None:
    # 09efd2a `_one_day_printed`: any lone "_other_date" becomes the invoice date, including the
    # dates r13v and r12l added to that field precisely because they are never the document's:
    # a loyalty card's "gültig bis" (here a year in the future) and a dry cleaner's "Due back".
    card = sized_page(
        [
            (300, 80, "FRISCHMARKT", 60),
            (201, 460, "St.-Nr. 12/345/67890", 42),
            (52, 600, "Äpfel 1 kg", 40), (834, 600, "2,49 B", 41),
            (55, 900, "SUMME", 45), (849, 900, "2,49", 41),
            (58, 1100, "Karte gültig bis 31.12.2027", 39),
            (802, 1200, "Bon 1187", 40),
        ],
        width=1000,
        height=2200,
    )  # fmt: skip
    assert _predict(card).fields.invoice_date != date(2027, 12, 31)
    docket = sized_page(
        [
            (200, 30, "SPARKLE DRY CLEANERS", 40),
            (60, 120, "Docket 55102", 24),
            (60, 160, "Due back: Wed 21/10/2026", 24),
            (60, 220, "2 Shirts", 24), (500, 220, "$12.00", 24),
            (60, 300, "Total", 26), (500, 300, "$12.00", 26),
            (60, 340, "GST incl.", 22), (500, 340, "$1.09", 22),
        ],
        width=700,
        height=500,
        char_width=0.45,
    )  # fmt: skip
    assert _predict(docket).fields.invoice_date != date(2026, 10, 21)


def test_a_count_that_does_not_divide_the_price_leaves_no_wrong_unit_price() -> None:
    # f9f5a8a `_priced_row`: "3 Everything bagels  $5.00" (three for five dollars) gets
    # quantity 3 and, since 5.00 / 3 is no whole cent, unit price 5.00 (the line's amount):
    # 3 x 5.00 is not 5.00. New behaviour: base reads no items; head reads a wrong unit price
    # (at line-items confidence 0.95, as the rows add up to the net).
    page = sized_page(
        [
            (210, 100, "Hudson Bagel Co", 42),
            (63, 200, "Receipt #5521", 25),
            (63, 300, "3 Everything bagels", 25), (676, 300, "$5.00", 25),
            (63, 333, "Cold brew", 25), (676, 333, "$4.50", 25),
            (63, 450, "Total", 36), (624, 450, "$9.50", 36),
        ],
        width=867,
        height=800,
        char_width=0.45,
    )  # fmt: skip
    for item in _predict(page).fields.line_items:
        if item.unit_price is not None and item.quantity is not None and item.amount is not None:
            assert (
                abs(item.unit_price * item.quantity - item.amount)
                <= Decimal("0.005") * item.quantity
            ), item


def test_the_net_summary_line_is_not_read_as_the_only_item() -> None:
    # f9f5a8a `read_priced_rows`: the ride receipt of test_rules_13w. "Base fare" is taken for
    # a summary label (it is skipped as "a total printed first"), so the only priced row left
    # above "VAT (20%)" is the net line "Fare excl. VAT £12.34"; it equals the net, and is kept
    # as the receipt's one item, at line-items confidence 0.95. New behaviour: base reads no
    # items; the right answer is the base fare or nothing, never the net line.
    page = sized_page(
        [
            (90, 50, "wheelo", 70),
            (80, 200, "Thanks for riding, Sam", 40),
            (80, 256, "Sunday, 22 March 2026 · 23:14", 24),
            (80, 415, "Base fare", 24), (790, 415, "£12.34", 24),
            (80, 586, "Fare excl. VAT", 24), (775, 586, "£12.34", 24),
            (80, 621, "VAT (20%)", 24), (790, 621, "£2.47", 24),
            (80, 658, "Total incl. VAT", 28), (755, 658, "£14.81", 28),
        ],
        width=945,
        height=985,
        char_width=0.45,
    )  # fmt: skip
    assert item_rows(_predict(page)) in ([], [("Base fare", Decimal(1), Decimal("12.34"))])


def test_a_rounding_line_above_the_total_is_no_item() -> None:
    # f9f5a8a `read_priced_rows`: "Rundung -0.02" between the items and the total made the rows
    # add up to net and VAT after rounding, and was read as the fourth item.
    page = sized_page(
        [
            (280, 90, "Café Linde", 50),
            (50, 430, "Beleg 71-20458", 30), (870, 430, "25.04.2026 10:22", 30),
            (50, 590, "1 Apfelstrudel", 30), (1200, 590, "9.52", 30),
            (50, 655, "1 Latte Macchiato", 30), (1200, 655, "5.80", 30),
            (50, 720, "2 Gipfeli", 30), (1200, 720, "4.60", 30),
            (50, 800, "Rundung", 30), (1180, 800, "-0.02", 30),
            (50, 1090, "TOTAL CHF", 40), (1110, 1090, "19.90", 40),
            (50, 1350, "MWST 2.6% incl.", 30), (1170, 1350, "0.50", 30),
        ],
        width=1400,
        height=1500,
        char_width=0.45,
    )  # fmt: skip
    prediction = _predict(page)
    assert prediction.fields.total == Decimal("19.90")
    assert all(i.amount != Decimal("-0.02") for i in prediction.fields.line_items)
