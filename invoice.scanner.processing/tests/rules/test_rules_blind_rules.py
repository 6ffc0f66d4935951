"""General rules added after the blind foreign set (``foreign/blind_invoices.py``) was measured;
each test is a small hand-made document or string, not one of that set's invoices."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.currencies import detect_currency
from invoice_scanner_processing.extractors.rules.labels import find_labels
from invoice_scanner_processing.extractors.rules.lexicon import legal_form as _legal_form
from invoice_scanner_processing.extractors.rules.names import (
    _cut_after_legal_form,
    _looks_like_name,
)
from invoice_scanner_processing.extractors.rules.parsing import find_dates
from invoice_scanner_processing.schema import InvoiceFields

Layout = Callable[..., OcrDocument]

VENDOR = [(100, 80, "Wren & Finch Ltd"), (100, 110, "9 Mill Lane, York YO1 7HH")]
NUMBER = [(1000, 200, "Invoice No:"), (1300, 200, "WF-7702")]


def _fields(doc: OcrDocument) -> InvoiceFields:
    return RuleExtractor().predict(doc).fields


def test_austrian_month_names() -> None:
    assert find_dates("Wien, am 22. Jänner 2024")[0].value == date(2024, 1, 22)
    assert find_dates("3. Feber 2023")[0].value == date(2023, 2, 3)


@pytest.mark.parametrize(
    ("text", "want"),
    [("Celkem 64 856,00 Kč", "CZK"), ("Razem 99,00 zł", "PLN"), ("Kčx 100,00", None)],
)
def test_letter_currency_symbols_count_as_words(text: str, want: str | None) -> None:
    assert detect_currency(text) == want


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Laskun numero", "invoice_number"),
        ("Eräpäivä", "due_date"),
        ("Datum splatnosti:", "due_date"),
        ("Final date for payment", "due_date"),
        ("Statement Date", "invoice_date"),
        ("PST 7%", "vat"),
        ("Includes 19% VAT", "vat"),
        ("Folio fiscal (UUID):", "_reference"),
        ("Remit to:", "vendor"),
    ],
)
def test_labels_beyond_the_main_languages(label: str, field: str) -> None:
    hits = find_labels(label)
    assert hits and field in hits[0].fields, hits


def test_key_value_labels_are_no_names() -> None:
    assert not _looks_like_name("Valuation No")
    assert not _looks_like_name("Valuation date")
    assert _looks_like_name("Harbor & Pine Trading Co.")


def test_capitalised_legal_forms_and_titles_run_into_the_name() -> None:
    assert _legal_form("BRAMLEY & SONS LTD")
    assert _legal_form("Steiner Elektrotechnik e.U.")
    assert not _legal_form("Paid as agreed")
    name, cut = _cut_after_legal_form("BRAMLEY & SONS LTD APPLICATION FOR PAYMENT / VAT INVOICE")
    assert (name, cut) == ("BRAMLEY & SONS LTD", True)


def test_attention_line_marks_the_customer_block(make_layout: Layout) -> None:
    """The addressee, with "z. Hd." under its name, is no vendor even without a label."""
    doc = make_layout(
        [
            (100, 150, "Gruber Hausverwaltung GmbH"),
            (100, 180, "z. Hd. Frau Eva Pichler"),
            (100, 210, "Landstraße 21, 1030 Wien"),
            (1000, 80, "Steiner Elektro e.U."),
            (1000, 110, "Mariahilfer Straße 88, 1070 Wien"),
            *NUMBER,
            (1000, 600, "Gesamtbetrag"), (1400, 600, "120,00"),
        ]
    )  # fmt: skip
    assert _fields(doc).vendor_name == "Steiner Elektro e.U."


def test_rate_note_in_brackets_is_not_the_tax(make_layout: Layout) -> None:
    """A registration number in brackets after the rate is no amount: GST and PST add up."""
    doc = make_layout(
        [
            *VENDOR, *NUMBER,
            (900, 800, "SUBTOTAL"), (1400, 800, "100.00"),
            (900, 830, "GST 5% (#81234 5678 RT0001)"), (1400, 830, "5.00"),
            (900, 860, "PST 7% (PST-1234-5678)"), (1400, 860, "7.00"),
            (900, 890, "TOTAL"), (1400, 890, "112.00"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert (fields.amount, fields.vat, fields.total) == (100, Decimal("12.00"), 112)


def test_tax_on_part_of_the_bill_implies_the_net(make_layout: Layout) -> None:
    """No net printed and the rate does not fit the total: the net is total less tax."""
    doc = make_layout(
        [
            *VENDOR, *NUMBER,
            (900, 800, "TAX (8.25% ON PARTS)"), (1400, 800, "8.25"),
            (900, 830, "TOTAL"), (1400, 830, "208.25"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert (fields.amount, fields.vat) == (Decimal("200.00"), Decimal("8.25"))


def test_vat_included_in_the_total(make_layout: Layout) -> None:
    doc = make_layout(
        [
            *VENDOR, *NUMBER,
            (900, 600, "Subtotal"), (1400, 600, "€226.75"),
            (900, 630, "Shipping"), (1400, 630, "€4.95"),
            (900, 660, "Total"), (1400, 660, "€231.70"),
            (900, 690, "Includes 19% VAT"), (1400, 690, "€36.99"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert (fields.amount, fields.vat) == (Decimal("194.71"), Decimal("36.99"))


def test_zero_discount_does_not_block_a_bill_without_tax(make_layout: Layout) -> None:
    doc = make_layout(
        [
            *VENDOR, *NUMBER,
            (900, 800, "Total Charges"), (1400, 800, "$300.00"),
            (900, 830, "Self-pay discount"), (1400, 830, "$0.00"),
            (900, 860, "Amount Due"), (1400, 860, "$300.00"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    # No tax is named anywhere on this bill: its VAT is unknown (null), not a printed zero,
    # and no net is printed either (INTEGRATION.md: no net = total is invented).
    assert (fields.amount, fields.vat, fields.total) == (None, None, Decimal("300.00"))


def test_title_with_colon_labels_the_number_beside_it(make_layout: Layout) -> None:
    doc = make_layout(
        [*VENDOR, (1000, 200, "Invoice:"), (1300, 200, "SI-0049312"),
         (1000, 600, "Total"), (1400, 600, "10.00")]
    )  # fmt: skip
    assert _fields(doc).invoice_number == "SI-0049312"


def test_ocr_glued_title_after_a_capitalised_form_is_cut() -> None:
    name, cut = _cut_after_legal_form("BRAMLEY & SONS LTDAPPLICATION FOR PAYMENT")
    assert (name, cut) == ("BRAMLEY & SONS LTD", True)
    assert _cut_after_legal_form("Acme LTDA") == ("Acme LTDA", False)


def test_salutation_opens_the_addressee_block(make_layout: Layout) -> None:
    """A letter's addressee ("Ms Priya Nair" over her company) is no vendor, even beside the
    VAT number and with the vendor's name small and centred above."""
    doc = make_layout(
        [
            (700, 80, "KINGSLEY WARD LLP"),
            (100, 300, "Ms Priya Nair"),
            (100, 330, "Nair Dental Practice Ltd"),
            (100, 360, "22 Wilmslow Road"),
            (1000, 330, "VAT No:"), (1300, 330, "GB 301 5529 84"),
            *NUMBER,
            (1000, 800, "Total"), (1400, 800, "120.00"),
        ]
    )  # fmt: skip
    assert _fields(doc).vendor_name == "KINGSLEY WARD LLP"
