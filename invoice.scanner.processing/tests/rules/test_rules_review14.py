"""Review of rounds pay14 and r13h (invented pages): each page is read wrongly, or a wrong
value approved, by the rules of those rounds, and right after the review's fix."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _gst_invoice(other: str) -> OcrDocument:
    return sized_page(
        [
            (100, 40, "Shree Balaji Traders", 30),
            (100, 80, "12 MG Road, Pune 411001", 22),
            (100, 110, "GSTIN: 27AAPFB1234C1Z5", 22),
            (100, 160, "TAX INVOICE", 28),
            (100, 200, "Invoice No: SBT/0412", 22), (900, 200, "19-03-2026", 22),
            (100, 240, "Ref No: 4500012345", 22), (900, 240, other, 22),
            (60, 400, "Description", 22), (1200, 400, "Amount", 22),
            (60, 440, "Steel brackets 40 pcs", 22), (1200, 440, "10,000.00", 22),
            (60, 520, "Taxable Value", 22), (1200, 520, "10,000.00", 22),
            (60, 560, "CGST 9%", 22), (1200, 560, "900.00", 22),
            (60, 600, "SGST 9%", 22), (1200, 600, "900.00", 22),
            (60, 640, "Grand Total Rs.", 22), (1200, 640, "11,800.00", 22),
        ]
    )  # fmt: skip


@pytest.mark.parametrize(
    "other", ["PO Dt: 02-03-2026", "DC Dt: 05-03-2026", "LR Dt: 20-03-2026", "Due Dt: 18-04-2026"]
)
def test_a_bare_dt_after_another_word_labels_no_invoice_date(other: str) -> None:
    # India's "Dt:" labels the invoice's date alone; "PO Dt", "DC Dt" (a delivery challan),
    # "LR Dt" (a lorry receipt) and "Due Dt" date other papers or the payment.
    fields = RuleExtractor().predict(_gst_invoice(other)).fields
    assert fields.invoice_date == date(2026, 3, 19)
    assert fields.total == Decimal("11800.00")


def _diner_check(head: list[str], foot: list[tuple[str, str]]) -> OcrDocument:
    lines = [(140, 40, "THE COPPER KETTLE", 26), (120, 75, "221 Main St, Portland OR 97204", 18)]
    y = 120
    for text in head:
        lines.append((50, y, text, 18))
        y += 28
    y += 20
    items = [("2 Burger", "31.00"), ("1 Caesar Salad", "12.50"), ("2 Iced Tea", "7.00")]
    sums = [("Subtotal", "50.50"), ("Tax", "4.29"), ("Total", "54.79")]
    for label, value in [*items, *sums, *foot]:
        lines.append((50, y, label, 18))
        lines.append((400, y, value, 18))
        y += 28
    return sized_page(lines, width=540, height=900)


@pytest.mark.parametrize(
    ("head", "foot", "number"),
    [
        # A till's "Check Closed" stamp dates the check; the order's number is the reference.
        (
            [
                "Server: Maria   Table 12",
                "Guests: 2",
                "Check Closed 03/12/2026 19:45",
                "Order #: 4471",
            ],
            [],
            "4471",
        ),
        # The bill paid by cheque: "Check 54.79" is the cheque's amount, no number.
        (
            ["Server: Maria   Table 12", "03/12/2026 7:01 PM", "Receipt 88213"],
            [("Check", "54.79")],
            "88213",
        ),
    ],
)
def test_a_bare_check_labels_only_a_plain_number(
    head: list[str], foot: list[tuple[str, str]], number: str
) -> None:
    fields = RuleExtractor().predict(_diner_check(head, foot)).fields
    assert fields.invoice_number == number
    assert fields.total == Decimal("54.79")


def test_a_split_checks_count_is_no_number() -> None:
    doc = _diner_check(["Server: Maria   Table 12", "Check 2 of 3", "03/12/2026 7:01 PM"], [])
    assert RuleExtractor().predict(doc).fields.invoice_number != "2"


def _lawn_invoice(dateline: str) -> OcrDocument:
    return sized_page(
        [
            (100, 60, "Harbor Lawn & Garden LLC", 30),
            (100, 100, "77 Dock Rd, Tacoma WA 98402", 22),
            (1000, 60, "INVOICE", 34), (1000, 110, "Invoice # 10482", 22),
            (100, 300, "Bill To: Pine Ridge HOA", 22),
            (100, 420, "Lawn mowing - April", 22), (1300, 420, "$240.00", 22),
            (100, 460, "Hedge trimming", 22), (1300, 460, "$80.00", 22),
            (100, 540, "AMOUNT DUE", 24), (1300, 540, "$320.00", 24),
            (100, 700, dateline, 22),
        ]
    )  # fmt: skip


@pytest.mark.parametrize(
    "dateline",
    ["Remit by 05/15/2026", "Quote valid until 05/15/2026", "Service through 05/15/2026"],
)
def test_a_pages_only_date_after_a_deadlines_word_is_not_its_date(dateline: str) -> None:
    # The page prints no date of its own: the payment's deadline or the service's end is
    # read as a guess, and held, not taken as a till's only date.
    prediction = RuleExtractor().predict(_lawn_invoice(dateline))
    assert prediction.confidence.get("invoice_date", 0.0) < 0.6


def test_a_pages_only_plain_date_under_an_amount_due_is_its_date() -> None:
    prediction = RuleExtractor().predict(_lawn_invoice("05/15/2026"))
    assert prediction.fields.invoice_date == date(2026, 5, 15)
    assert prediction.confidence["invoice_date"] >= 0.8


def _cafe_till(cash: str, rows: list[tuple[str, str]] | None = None) -> OcrDocument:
    lines = [
        (140, 40, "Bean There Cafe Pty Ltd", 24),
        (140, 75, "12 King St, Newtown NSW 2042", 18),
        (50, 100, "ABN 51 824 753 556", 18),
    ]
    rows = rows or [
        ("03/12/2026 14:02", ""), ("Tax Invoice 4410", ""),
        ("Flat white", "5.20"), ("Banana bread", "8.95"),
        ("TOTAL PAID", "14.15"), ("GST included", "1.29"), (cash, "20.00"), ("CHANGE", "5.85"),
    ]  # fmt: skip
    for i, (label, value) in enumerate(rows):
        lines.append((50, 130 + 32 * i, label, 20))
        if value:
            lines.append((400, 130 + 32 * i, value, 20))
    return sized_page(lines, width=540, height=900)


@pytest.mark.parametrize("cash", ["Payment (Cash)", "Received", "Notes"])
def test_a_total_paid_whose_change_answers_the_cash_under_it_is_the_total(cash: str) -> None:
    # The cash handed over (20.00, the paid plus the change) is printed under a label the
    # reader does not know as tendered: the change answers it, and "TOTAL PAID" is the total.
    fields = RuleExtractor().predict(_cafe_till(cash)).fields
    assert fields.total == Decimal("14.15")
    assert fields.vat == Decimal("1.29")


def test_a_total_paid_under_the_cash_received_is_the_total() -> None:
    rows = [
        ("03/12/2026 14:02", ""), ("Tax Invoice 4410", ""),
        ("Flat white", "5.20"), ("Banana bread", "8.95"),
        ("Cash Received", "20.00"), ("TOTAL PAID", "14.15"), ("GST included", "1.29"),
        ("CHANGE", "5.85"),
    ]  # fmt: skip
    fields = RuleExtractor().predict(_cafe_till("", rows)).fields
    assert fields.total == Decimal("14.15")


@pytest.mark.parametrize(
    ("head", "day"),
    [
        # "Dt:" beside the buyer's order's number dates the order: the invoice's own date is
        # the one printed beside its number, unlabelled.
        (
            [
                (100, 200, "Invoice No: SBT/0412", 22),
                (900, 200, "19-03-2026", 22),
                (100, 240, "Buyer's PO No: 4500012345", 22),
                (600, 240, "Dt: 02-03-2026", 22),
            ],
            19,
        ),
        # Beside the invoice's own number, "Dt:" is the invoice's date.
        (
            [
                (100, 200, "Invoice No: SBT/0412", 22),
                (600, 200, "Dt: 19-03-2026", 22),
                (100, 240, "Buyer's PO No: 4500012345", 22),
                (600, 240, "Dt: 02-03-2026", 22),
            ],
            19,
        ),
    ],
)
def test_a_bare_dt_beside_another_papers_number_dates_that_paper(
    head: list[tuple[float, float, str, float]], day: int
) -> None:
    lines = [
        (100, 40, "Shree Balaji Traders", 30), (100, 80, "12 MG Road, Pune 411001", 22),
        (100, 110, "GSTIN: 27AAPFB1234C1Z5", 22), (100, 160, "TAX INVOICE", 28),
        *head,
        (60, 440, "Steel brackets 40 pcs", 22), (1200, 440, "10,000.00", 22),
        (60, 520, "Taxable Value", 22), (1200, 520, "10,000.00", 22),
        (60, 560, "CGST 9%", 22), (1200, 560, "900.00", 22),
        (60, 600, "SGST 9%", 22), (1200, 600, "900.00", 22),
        (60, 640, "Grand Total Rs.", 22), (1200, 640, "11,800.00", 22),
    ]  # fmt: skip
    prediction = RuleExtractor().predict(sized_page(lines))
    assert prediction.fields.invoice_date == date(2026, 3, day)


@pytest.mark.parametrize("balance", [[], [("Balance", "0.00")]])
def test_cash_paying_the_net_amount_exactly_leaves_it_the_total(
    balance: list[tuple[str, str]],
) -> None:
    # India's till names the bill's sum "NET AMOUNT"; the cash paid ("Paid: CASH") is that
    # sum, so the sum is the total (not dropped as cash handed over, nor "Balance 0.00").
    rows = [
        ("Meals x3", "600.00"), ("Sweet Lassi x3", "100.00"),
        ("CGST 2.5%", "17.50"), ("SGST 2.5%", "17.50"),
        ("NET AMOUNT", "735.00"), ("Paid: CASH", "735.00"), *balance,
    ]  # fmt: skip
    lines = [
        (300, 40, "SARAVANA BHAVAN", 30), (300, 80, "T Nagar, Chennai 600017", 20),
        (300, 110, "GSTIN: 33AAACS1234D1Z9", 20),
        (60, 160, "Bill No: 7781", 22), (700, 160, "Date: 19/03/2026", 22),
    ]  # fmt: skip
    for i, (label, value) in enumerate(rows):
        lines += [(60, 220 + 40 * i, label, 22), (700, 220 + 40 * i, value, 22)]
    fields = RuleExtractor().predict(sized_page(lines, width=1000, height=1400)).fields
    assert fields.total == Decimal("735.00")
