"""Invented pages for round 13w (blind set 13w: designed documents): a ride receipt's number in
a series that reads like a VAT id without its hyphens, a sales slip's number, a dotted date with
one point read as a colon, and an order's pickup day that is the only day on the page."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.parsing import find_dates
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def test_a_hyphened_series_number_is_no_vat_id() -> None:
    # "GB-2603-48210" is GB and nine digits once its hyphens go: a VAT id's shape, but VAT ids
    # are never printed in hyphened groups; the VAT id of the seller is printed apart.
    page = sized_page(
        [
            (90, 50, "wheelo", 70),
            (80, 200, "Thanks for riding, Sam", 40),
            (80, 256, "Sunday, 22 March 2026 · 23:14", 24),
            (80, 415, "Base fare", 24),
            (790, 415, "£12.34", 24),
            (80, 586, "Fare excl. VAT", 24),
            (775, 586, "£12.34", 24),
            (80, 621, "VAT (20%)", 24),
            (790, 621, "£2.47", 24),
            (80, 658, "Total incl. VAT", 28),
            (755, 658, "£14.81", 28),
            (80, 854, "Receipt No. GB-2603-48210 · Driver: Tom (Toyota Prius)", 21),
            (
                80,
                882,
                "Wheelo Mobility UK Ltd · 1 Temple Way, Bristol BS2 0BY · VAT GB 389 1122 44",
                21,
            ),
        ],
        width=945,
        height=985,
        char_width=0.45,
    )
    fields = _predict(page).fields
    assert fields.invoice_number == "GB-2603-48210"


def test_a_sales_slip_number() -> None:
    page = sized_page(
        [
            (150, 78, "KLOOF KITCHEN", 36),
            (170, 154, "Kloof Kitchen (Pty) Ltd", 22),
            (90, 184, "Shop 3, Long Street, Cape Town 8001", 19),
            (210, 210, "VAT No. 4123456789", 19),
            (215, 238, "TAX INVOICE", 28),
            (28, 291, "Slip No: 21-004532", 21),
            (416, 291, "2026/05/16 13:02", 21),
            (28, 336, "1 Koeksister", 22),
            (516, 336, "R 28.00", 22),
            (28, 474, "TOTAL", 31),
            (470, 474, "R 28.00", 31),
            (28, 513, "VAT 15% included", 21),
            (522, 513, "R 3.65", 21),
        ],
        width=630,
        height=700,
        char_width=0.45,
    )
    assert _predict(page).fields.invoice_number == "21-004532"


def test_a_dotted_date_with_a_point_read_as_a_colon() -> None:
    assert [f.value for f in find_dates("30.05:2026 kl. 12:31")] == [date(2026, 5, 30)]
    assert [f.value for f in find_dates("30:05.2026")] == [date(2026, 5, 30)]
    # A time is no date, and a colon alone between day and month keeps a date from being read.
    assert find_dates("kl. 12:31") == []
    assert find_dates("30:05:2026") == []


def test_an_orders_pickup_day_alone_on_the_page_dates_it_held() -> None:
    page = sized_page(
        [
            (200, 28, "bean bros", 56),
            (200, 108, "ORDER AHEAD · PICK UP", 31),
            (63, 181, "Order #A-2741 is ready", 36),
            (63, 227, "Pickup: Bean Bros Fitzroy · 09/04/2026 8:05am", 24),
            (63, 276, "Banana Bread", 25),
            (653, 276, "$6.90", 25),
            (63, 475, "Total", 36),
            (600, 475, "$6.90", 36),
            (63, 521, "Includes GST of", 24),
            (657, 521, "$0.63", 24),
            (150, 647, "Bean Bros Coffee Pty Ltd · ABN 61 654 987 321", 19),
        ],
        width=800,
        height=720,
        char_width=0.45,
    )
    prediction = _predict(page)
    assert prediction.fields.invoice_date == date(2026, 4, 9)
    assert prediction.confidence["invoice_date"] < 0.6


def test_a_due_date_alone_is_no_issue_date() -> None:
    page = sized_page(
        [
            (60, 40, "Nordweg Services Ltd", 30),
            (60, 120, "Invoice 4471", 24),
            (60, 160, "Due date: 30/04/2026", 22),
            (60, 300, "Total", 24),
            (500, 300, "£120.00", 24),
        ],
        width=700,
        height=500,
        char_width=0.45,
    )
    fields = _predict(page).fields
    assert fields.due_date == date(2026, 4, 30)
    assert fields.invoice_date is None


def test_a_vat_summary_in_whole_forints() -> None:
    # A Hungarian till prints its VAT classes in whole forints, with no decimals anywhere and
    # each class's tax rounded to the forint (5 % of 1 066 is 53.3, printed 53). The classes
    # add up to the subtotal, and the first class's row (net + tax = gross) is not the whole.
    page = sized_page(
        [
            (312, 80, "KISVASÚT PÉKSÉG", 92),
            (366, 174, "Kisvasút Pékség Kft.", 66),
            (192, 229, "4032 Debrecen, Egyetem sugárút 20.", 70),
            (348, 291, "Adószám: 12345678-2-09", 57),
            (43, 544, "Fehér kenyér 1kg", 75),
            (1060, 553, "690 A", 56),
            (46, 611, "Tej 2,8% 1l", 64),
            (1061, 611, "429 A", 60),
            (45, 668, "Pogácsa túrós", 70),
            (1063, 670, "720 C", 61),
            (45, 783, "Kávé latte", 59),
            (1063, 781, "790 C", 61),
            (44, 868, "RÉSZÖSSZEG", 70),
            (981, 877, "2 629 Ft", 59),
            (45, 931, "KEREKÍTÉS", 66),
            (1087, 938, "1 Ft", 57),
            (45, 992, "ÖSSZESEN", 83),
            (899, 1000, "2 630 Ft", 72),
            (45, 1226, "ÁFA", 60),
            (502, 1225, "NETTÓ", 62),
            (837, 1225, "ÁFA", 61),
            (1056, 1225, "BRUTTÓ", 61),
            (45, 1284, "A 5%", 55),
            (503, 1284, "1 066", 54),
            (861, 1286, "53", 50),
            (1077, 1284, "1 119", 54),
            (45, 1336, "C 27%", 56),
            (503, 1336, "1 189", 54),
            (839, 1336, "321", 54),
            (1079, 1336, "1 510", 56),
            (48, 1423, "2026.05.13. 07:55", 52),
        ],
        width=1260,
        height=1670,
        char_width=0.5,
    )
    fields = _predict(page).fields
    assert fields.currency == "HUF"
    assert (fields.amount, fields.vat, fields.total) == (
        Decimal("2255"),
        Decimal("374"),
        Decimal("2630"),
    )
