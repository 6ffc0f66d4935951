"""Two dates on one line, a bilingual title before its number, a title's number before an
address's unit "#", a sidebar beside the item table and the payee of the bank details: rules
added after the blind set 2026-12g was studied. Every document here is invented for the test
(other names, countries and numbers than the pages that showed the gaps)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction

Layout = Callable[..., OcrDocument]

TOTALS = [
    (900, 900, "Net"), (1300, 900, "400.00"),
    (900, 940, "VAT 20%"), (1300, 940, "80.00"),
    (900, 980, "Total"), (1300, 980, "480.00"),
]  # fmt: skip


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def test_a_due_label_after_the_issue_date_on_one_line_reads_its_date(
    make_layout: Layout,
) -> None:
    """ "Issued 3 March 2026 Due 2 April 2026": each date after its own label; the second
    label has no colon but stands between two dates."""
    doc = make_layout(
        [
            (100, 80, "Tarn Valley Pottery Ltd"),
            (100, 110, "12 Mill Road, Kendal LA9 4QP"),
            (100, 240, "INVOICE # TVP-5512"),
            (100, 300, "Issued 3 March 2026 Due 2 April 2026"),
            *TOTALS,
        ]
    )  # fmt: skip
    fields = _predict(doc).fields
    assert fields.invoice_date == date(2026, 3, 3)
    assert fields.due_date == date(2026, 4, 2)


def test_a_bilingual_title_before_the_number_states_it(make_layout: Layout) -> None:
    """ "Facture / Invoice 2026-7741": a title in two languages joined by a slash, then the
    document's number, with no "No." between."""
    doc = make_layout(
        [
            (100, 80, "Atelier Lemaire SA"),
            (100, 110, "Rue du Rhône 14, 1204 Genève"),
            (100, 400, "Facture / Invoice 2026-7741"),
            (100, 460, "Date: 04.03.2026"),
            *TOTALS,
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number == "2026-7741"


def test_a_titles_number_wins_over_an_address_unit_number(make_layout: Layout) -> None:
    """ "Invoice: MT/2603/0412" states the number; "#11-205" closing an address line after
    the street's number is the customer's unit, no number of the document."""
    doc = make_layout(
        [
            (100, 80, "MERLION TILING PTE. LTD."),
            (100, 110, "5 Ubi Crescent, Singapore 408570"),
            (1000, 240, "Invoice: MT/2603/0412"),
            (100, 280, "To: Ms Lim Hui Min"),
            (1000, 280, "Date: 9 March 2026"),
            (100, 315, "Blk 88 Tampines Ave 3 #11-205"),
            *TOTALS,
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number == "MT/2603/0412"


def test_a_sidebar_beside_the_item_rows_is_no_part_of_the_table(make_layout: Layout) -> None:
    """The invoice's number and dates in a left sidebar, each value under its label, level
    with the item rows: the issue date is read and the items' descriptions stay clean."""
    doc = make_layout(
        [
            (60, 80, "FERNHILL BOOKKEEPING"),
            (500, 80, "Tax Invoice"),
            (60, 400, "Invoice number"),
            (500, 430, "Service"), (1100, 430, "Qty"), (1270, 430, "Price"),
            (1450, 430, "Amount"),
            (60, 444, "FB-3391"),
            (500, 472, "Monthly ledger"), (1130, 472, "1"), (1245, 472, "$300.00"),
            (1450, 472, "$300.00"),
            (60, 516, "Issue date"), (500, 515, "Payroll setup"), (1130, 515, "1"),
            (1245, 515, "$100.00"), (1450, 515, "$100.00"),
            (60, 552, "14/05/2026"),
            (60, 624, "Due date"),
            (60, 660, "28/05/2026"),
            (1050, 700, "Subtotal"), (1440, 700, "$400.00"),
            (1050, 740, "GST"), (1440, 740, "$40.00"),
            (1050, 780, "Total"), (1440, 780, "$440.00"),
        ]
    )  # fmt: skip
    fields = _predict(doc).fields
    assert fields.invoice_date == date(2026, 5, 14)
    assert [i.description for i in fields.line_items] == ["Monthly ledger", "Payroll setup"]


#: A bill set out the Japanese way: the customer's name top left with no label, the seller's
#: block lower in the right column, and the seller named again as the account's holder.
_CUSTOMER_TOP_LEFT = [
    (110, 230, "Lakeside Marine Oy"),
    (110, 275, "Satamakatu 8, 00160 Helsinki, Finland"),
    (110, 375, "Amount billed (tax incl.)"),
    (1020, 210, "Invoice No."), (1380, 210, "QX-26-00412"),
    (1020, 246, "Date of issue"), (1380, 246, "Mar 10, 2026"),
    (1020, 338, "Otsuka Kogyo Co., Ltd."),
    (1020, 383, "2-8-1 Nishi-Shinjuku, Tokyo 160-0023"),
    *TOTALS,
]  # fmt: skip


def test_the_account_holder_of_the_bank_details_is_the_seller(make_layout: Layout) -> None:
    """ "Bank transfer: …, Kawasaki Branch, Ordinary 7654321, Otsuka Kogyo Co., Ltd.": the
    account the bill is paid into is the seller's, whichever company heads the page."""
    doc = make_layout(
        [
            *_CUSTOMER_TOP_LEFT,
            (110, 2000, "Bank transfer: Mizuho Bank, Kawasaki Branch, Ordinary 7654321, "
                        "Otsuka Kogyo Co., Ltd."),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.vendor_name == "Otsuka Kogyo Co., Ltd."


def test_a_direct_debits_account_holder_is_not_the_seller(make_layout: Layout) -> None:
    """A direct debit takes the money from the customer's account: the name beside it is the
    customer's, no evidence for the seller."""
    doc = make_layout(
        [
            *_CUSTOMER_TOP_LEFT,
            (110, 2000, "Direct debit from account 1234567 of Otsuka Kogyo Co., Ltd."),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.vendor_name == "Lakeside Marine Oy"
