"""A month name OCR spelt with a zero, a tax summary's column of taxable values, a joined
date label wrapped onto two lines, and an unlabelled addressee's block right of a letterhead:
rules added after the blind set 2026-12d was studied. Every document here is invented for the
test (other names, countries and numbers than the pages that showed the gaps)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.parsing import find_dates
from invoice_scanner_processing.schema import Prediction

Layout = Callable[..., OcrDocument]


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def test_a_month_name_read_with_a_zero_for_its_o_is_a_date() -> None:
    """OCR reads the O of "Oct" / "Nov" / "Okt" as a zero; the month name still dates it."""
    assert [f.value for f in find_dates("Dated 04-0ct-2025")] == [date(2025, 10, 4)]
    assert [f.value for f in find_dates("12 N0v 2026")] == [date(2026, 11, 12)]
    assert [f.value for f in find_dates("0kt 3, 2026")] == [date(2026, 10, 3)]
    # Only a real month name makes a date: no other word with a zero does.
    assert find_dates("Lot 12 0ak 2026") == []


def test_an_invoice_date_with_a_zeroed_month_name_is_read(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (100, 80, "KAVERI TRADELINKS"),
            (100, 110, "12 Brigade Road, Bengaluru 560001"),
            (900, 80, "Invoice No."), (1150, 80, "KT/0412/25-26"),
            (900, 110, "Dated"), (1150, 110, "21-0ct-2025"),
            (900, 700, "Taxable Value"), (1300, 700, "1,000.00"),
            (900, 740, "IGST @ 18%"), (1300, 740, "180.00"),
            (900, 780, "Total"), (1300, 780, "1,180.00"),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_date == date(2025, 10, 21)


#: A tax summary under the totals: one row per HSN code, the taxable value and the tax of
#: each; no net of the whole bill is printed anywhere.
_SUMMARY_PAGE = [
    (100, 80, "SAHYADRI ELECTRICALS"),
    (100, 110, "Plot 9, MIDC Bhosari, Pune 411026"),
    (900, 80, "Invoice No."), (1150, 80, "SE/2231/26-27"),
    (900, 110, "Dated"), (1150, 110, "02-Feb-2027"),
    (900, 600, "IGST @ 12%"), (1300, 600, "2,640.00"),
    (900, 640, "Total"), (1300, 640, "24,640.00"),
    (100, 800, "HSN/SAC"), (500, 800, "Taxable Value"), (800, 800, "IGST Amount"),
    (100, 840, "8536"), (500, 840, "15,000.00"), (800, 840, "1,800.00"),
    (100, 870, "8544"), (500, 870, "7,000.00"), (800, 870, "840.00"),
]  # fmt: skip


def test_a_taxable_value_column_sums_to_the_net(make_layout: Layout) -> None:
    """The first row under "Taxable Value" is one code's part of the net; the column's sum is
    the net that adds up with the printed tax to the printed total."""
    fields = _predict(make_layout(_SUMMARY_PAGE)).fields
    assert fields.amount == Decimal("22000.00")
    assert fields.vat == Decimal("2640.00")
    assert fields.total == Decimal("24640.00")


def test_a_column_stops_at_the_row_that_totals_it(make_layout: Layout) -> None:
    """A totals row under the column is the sum already: it is not added once more."""
    page = [
        *_SUMMARY_PAGE,
        (100, 900, "Total"), (500, 900, "22,000.00"), (800, 900, "2,640.00"),
    ]  # fmt: skip
    fields = _predict(make_layout(page)).fields
    assert fields.amount == Decimal("22000.00")
    assert fields.total == Decimal("24640.00")


def test_a_joined_date_label_wrapped_onto_two_lines_reads_the_value_beside_the_second(
    make_layout: Layout,
) -> None:
    """ "Invoice date /" over "Delivery date   14.03.2026": the two labels share the value
    printed beside the line that continues the first."""
    doc = make_layout(
        [
            (100, 80, "Sold by:"),
            (100, 110, "Lindqvist Kitchenware AB"),
            (100, 140, "Storgatan 18, 411 38 Göteborg"),
            (900, 80, "Invoice date /"),
            (900, 110, "Delivery date"), (1150, 110, "14.03.2026"),
            (900, 140, "Invoice number"), (1150, 140, "LKW-2026-0917"),
            (900, 700, "Net"), (1300, 700, "200,00"),
            (900, 740, "VAT 25%"), (1300, 740, "50,00"),
            (900, 780, "Total"), (1300, 780, "250,00"),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_date == date(2026, 3, 14)


def test_an_unlabelled_block_right_of_the_letterhead_is_the_addressee() -> None:
    """A freelancer's letterhead (trade name in large type, own name, address, tax id) at the
    top left, and below it on the right a company's block with its legal form and no label:
    the company is the customer, the letterhead the seller."""
    doc = sized_page(
        [
            (140, 135, "Giulia Ferri Traduzioni", 42),
            (140, 204, "Giulia Ferri", 24),
            (140, 236, "Via Santo Stefano 14", 24),
            (140, 268, "40125 Bologna", 24),
            (140, 300, "P.IVA 03456789012", 24),
            (920, 370, "Officine Padane S.r.l.", 24),
            (920, 404, "Via Emilia Est 210", 24),
            (920, 440, "41121 Modena", 24),
            (920, 476, "P.IVA 09876543210", 24),
            (140, 600, "Fattura FT/2026/0118", 40),
            (140, 700, "Data fattura:", 24),
            (140, 740, "15/09/2026", 24),
            (1040, 1000, "Imponibile", 24), (1380, 1000, "1.000,00 €", 24),
            (1040, 1040, "IVA 22%", 24), (1380, 1040, "220,00 €", 24),
            (1040, 1080, "Totale", 24), (1380, 1080, "1.220,00 €", 24),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.vendor_name == "Giulia Ferri Traduzioni"
