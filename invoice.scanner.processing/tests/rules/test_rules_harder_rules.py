"""General rules added after the harder foreign set (``foreign/harder_invoices.py``) showed
them missing; each test is a small hand-made document, not one of that set's templates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from invoice_scanner_common.checks import NET_PLUS_VAT, value_checks
from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.identifiers import _read_invoice_number
from invoice_scanner_processing.extractors.rules.labels import find_labels
from invoice_scanner_processing.schema import InvoiceFields

Layout = Callable[..., OcrDocument]

VENDOR = [(100, 80, "Wren & Finch Ltd"), (100, 110, "9 Mill Lane, York YO1 7HH")]
NUMBER = [(1000, 200, "Invoice No:"), (1300, 200, "WF-7702")]


def _fields(doc: OcrDocument) -> InvoiceFields:
    return RuleExtractor().predict(doc).fields


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("NCB-24-0093127", "NCB-24-0093127"),  # a code that starts with N keeps it
        ("N 4711", "4711"),
        ("No.4711", "4711"),
        ("º FT 2024A/1287", "FT 2024A/1287"),  # a series printed apart from the number
        ("FT 2024A/1287", "FT 2024A/1287"),
        ("EUR 1200", "1200"),  # a currency code is no series
        ("4711 dated 3 May", "4711"),
    ],
)
def test_invoice_number_prefixes(text: str, want: str) -> None:
    assert _read_invoice_number(text) == want


def test_bare_no_box_label_names_the_number_below(make_layout: Layout) -> None:
    """A header box labelled only "No.", beside "Customer No." and "Order No." boxes."""
    doc = make_layout(
        [
            *VENDOR,
            (1100, 80, "TAX INVOICE"),
            (900, 200, "No."), (1060, 200, "Date"), (1220, 200, "Customer No."),
            (900, 240, "88213"), (1060, 240, "21/12/2024"), (1220, 240, "C-31"),
            (1000, 600, "Total"), (1400, 600, "110.00"),
        ]
    )  # fmt: skip
    assert _fields(doc).invoice_number == "88213"


def test_cited_proforma_number_is_not_the_invoice_number(make_layout: Layout) -> None:
    doc = make_layout(
        [
            *VENDOR,
            (900, 200, "Proforma Invoice No."), (1300, 200, "PI/88"),
            (900, 230, "Proforma Date"), (1300, 230, "02-12-2024"),
            (900, 260, "Invoice No."), (1300, 260, "TX/451"),
            (900, 290, "Invoice Date"), (1300, 290, "21-12-2024"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert fields.invoice_number == "TX/451"
    assert fields.invoice_date == date(2024, 12, 21)


def test_credit_memo_takes_its_own_date_not_the_credited_invoices(make_layout: Layout) -> None:
    doc = make_layout(
        [
            *VENDOR,
            (1100, 80, "CREDIT MEMO"),
            (900, 200, "Invoice Date"), (1300, 200, "10/29/2024"),
            (900, 230, "Credit Memo #"), (1300, 230, "CM-12"),
            (900, 260, "Credit Date"), (1300, 260, "11/18/2024"),
            (1000, 600, "Total Credit"), (1400, 600, "(50.00)"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert fields.invoice_date == date(2024, 11, 18)
    assert fields.invoice_number == "CM-12"


def test_amount_due_by_a_date_is_the_due_date(make_layout: Layout) -> None:
    doc = make_layout(
        [
            *VENDOR, *NUMBER,
            (900, 230, "Bill date"), (1300, 230, "21 March 2024"),
            (120, 400, "Amount due by 15 Apr 2024"), (1300, 400, "£111.28"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert fields.due_date == date(2024, 4, 15)
    assert fields.amount_due == Decimal("111.28")


def test_a_tip_is_a_field_of_its_own(make_layout: Layout) -> None:
    """Subtotal + tax + tip = total: the total is what was paid, the net is the goods'
    subtotal, and the tip is reported apart, so that the common check adds it back."""
    doc = make_layout(
        [
            *VENDOR, *NUMBER,
            (1000, 600, "Subtotal"), (1400, 600, "40.00"),
            (1000, 640, "Sales Tax 8%"), (1400, 640, "3.20"),
            (1000, 680, "Gratuity 20%"), (1400, 680, "8.00"),
            (1000, 720, "Total"), (1400, 720, "$51.20"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert (fields.total, fields.vat, fields.amount, fields.tip, fields.rounding) == (
        Decimal("51.20"), Decimal("3.20"), Decimal("40.00"), Decimal("8.00"), None,
    )  # fmt: skip
    sums = {c.name: c for c in value_checks(fields.model_dump())}
    assert sums[NET_PLUS_VAT].passed, sums[NET_PLUS_VAT].detail


def test_a_rounding_line_is_a_field_of_its_own(make_layout: Layout) -> None:
    """A till's cash rounding ("ROUNDING ADJ -0.02") sits between the goods' gross and the
    total paid; it belongs to neither the net nor the VAT."""
    doc = make_layout(
        [
            *VENDOR, *NUMBER,
            (1000, 600, "Subtotal"), (1400, 600, "38.86"),
            (1000, 640, "GST 6%"), (1400, 640, "2.33"),
            (1000, 680, "Rounding Adj"), (1400, 680, "-0.04"),
            (1000, 720, "Total (RM)"), (1400, 720, "41.15"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert (fields.total, fields.vat, fields.amount, fields.rounding, fields.tip) == (
        Decimal("41.15"), Decimal("2.33"), Decimal("38.86"), Decimal("-0.04"), None,
    )  # fmt: skip
    sums = {c.name: c for c in value_checks(fields.model_dump())}
    assert sums[NET_PLUS_VAT].passed, sums[NET_PLUS_VAT].detail


def test_vat_only_in_a_breakdown_table_is_summed(make_layout: Layout) -> None:
    """No VAT total line: the two-rate table gives net and VAT; one rate's row, read under
    the table's own "Netto"/"MwSt"/"Brutto" headers, is not taken for the sums."""
    doc = make_layout(
        [
            *VENDOR, *NUMBER,
            (1000, 600, "Gesamtbetrag EUR"), (1400, 600, "245,30"),
            (100, 900, "MwSt-Satz"), (500, 900, "Netto"), (800, 900, "MwSt"), (1100, 900, "Brutto"),
            (100, 940, "19 %"), (500, 940, "150,00"), (800, 940, "28,50"), (1100, 940, "178,50"),
            (100, 980, "7 %"), (500, 980, "62,43"), (800, 980, "4,37"), (1100, 980, "66,80"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert (fields.total, fields.vat, fields.amount) == (
        Decimal("245.30"), Decimal("32.87"), Decimal("212.43"),
    )  # fmt: skip


def test_two_taxes_at_one_rate_add_up(make_layout: Layout) -> None:
    """CGST 9 % and SGST 9 % are two lines, not one printed twice."""
    doc = make_layout(
        [
            *VENDOR, *NUMBER,
            (1000, 600, "Taxable Value"), (1400, 600, "1,000.00"),
            (1000, 640, "CGST @ 9%"), (1400, 640, "90.00"),
            (1000, 680, "SGST @ 9%"), (1400, 680, "90.00"),
            (1000, 720, "Total Invoice Value"), (1400, 720, "1,180.00"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert (fields.total, fields.vat, fields.amount) == (
        Decimal("1180.00"), Decimal("180.00"), Decimal("1000.00"),
    )  # fmt: skip


def test_net_from_total_and_a_rated_tax_when_none_is_printed(make_layout: Layout) -> None:
    doc = make_layout(
        [
            *VENDOR, *NUMBER,
            (300, 600, "Pro plan × 1"), (1400, 600, "$49.00"),
            (300, 640, "Tax (9.92%)"), (1400, 640, "$4.86"),
            (300, 680, "Amount paid"), (1400, 680, "$53.86"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert (fields.total, fields.vat, fields.amount) == (
        Decimal("53.86"), Decimal("4.86"), Decimal("49.00"),
    )  # fmt: skip


def test_receipt_from_names_the_vendor(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (600, 80, "Receipt from Heron Apps, Inc."),
            (700, 120, "Receipt #1180-2291"),
            (300, 680, "Amount paid"), (1400, 680, "$20.00"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert (fields.vendor_name or "").rstrip(".") == "Heron Apps, Inc"
    assert fields.invoice_number == "1180-2291"


def test_polish_labels_with_l_stroke() -> None:
    """ "ł" has no accent to strip: "Termin płatności" must fold to "termin platnosci"."""
    hits = find_labels("Termin płatności:")
    assert hits and hits[0].fields == ("due_date",)
    assert find_labels("Do zapłaty:")[0].fields == ("total",)


def test_bilingual_label_pair_shares_the_value() -> None:
    """ "Summe / Total 519,00": the second label after a slash is a label too."""
    hits = find_labels("Summe / Total")
    assert [h.fields for h in hits] == [("net",), ("total",)]


def test_guest_check_number(make_layout: Layout) -> None:
    doc = make_layout(
        [(100, 80, "TRATTORIA ROMA"), (100, 120, "Check #4471"), (100, 300, "TOTAL"),
         (600, 300, "$20.00")]
    )  # fmt: skip
    assert _fields(doc).invoice_number == "4471"
