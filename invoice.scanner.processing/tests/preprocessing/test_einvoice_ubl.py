"""UBL e-invoices (XRechnung and Peppol BIS 3, Invoice and CreditNote) read field by field."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pp_samples import (
    CII,
    UBL_PEPPOL_INVOICE,
    UBL_XRECHNUNG_CREDIT_NOTE,
    UBL_XRECHNUNG_INVOICE,
    text_pdf,
    with_attachment,
)

from invoice_scanner_processing.einvoice import (
    find_embedded_invoice,
    parse_cii,
    parse_einvoice,
)
from invoice_scanner_processing.einvoice_ubl import UBL_FIELDS, UBL_LINE_FIELDS, parse_ubl
from invoice_scanner_processing.schema import InvoiceFields

D = Decimal


def test_xrechnung_invoice_header_parties_and_payment() -> None:
    fields = InvoiceFields(**parse_ubl(UBL_XRECHNUNG_INVOICE))
    assert fields.document_type == "invoice"
    assert fields.invoice_number == "RE-2025-00417"
    assert (fields.invoice_date, fields.due_date) == (date(2025, 2, 3), date(2025, 3, 5))
    # The legal name (BT-27) over the trading name; the VAT id over the tax number (FC).
    assert fields.vendor_name == "Elektro Schmidt GmbH"
    assert fields.vendor_vat_id == "DE298765431"
    assert fields.vendor_address == "Industriestraße 14, 70565 Stuttgart, DE"
    assert fields.customer_name == "Stadtverwaltung Musterstadt"
    assert fields.customer_address == (
        "Rathausplatz 1, Amt für Gebäudewirtschaft, 12345 Musterstadt, DE"
    )
    assert fields.customer_tax_id is None
    assert fields.purchase_order == "BEST-8812"
    assert fields.payment_terms == "Zahlbar innerhalb von 30 Tagen ohne Abzug"
    assert (fields.iban, fields.bic) == ("DE75512108001245126199", "SOGEDEFFXXX")
    assert fields.currency == "EUR"
    assert (fields.amount, fields.vat, fields.total, fields.amount_due) == (
        D("1335.00"),
        D("219.45"),
        D("1554.45"),
        D("1554.45"),
    )


def test_xrechnung_invoice_vat_breakdown_and_lines() -> None:
    fields = InvoiceFields(**parse_ubl(UBL_XRECHNUNG_INVOICE))
    assert [(v.rate, v.base, v.amount) for v in fields.vat_breakdown] == [
        (D("19"), D("1050.00"), D("199.50")),
        (D("7"), D("285.00"), D("19.95")),
    ]
    assert [
        (i.description, i.quantity, i.unit, i.unit_price, i.amount, i.tax_rate)
        for i in fields.line_items
    ] == [
        ("Installation Beleuchtung Sitzungssaal", D(7), "HUR", D("150.00"), D("1050.00"), D(19)),
        ("Fachbuch Elektrotechnik, 12. Auflage", D(3), "C62", D("95.00"), D("285.00"), D(7)),
    ]


def test_xrechnung_credit_note_is_negative() -> None:
    fields = InvoiceFields(**parse_ubl(UBL_XRECHNUNG_CREDIT_NOTE))
    assert fields.document_type == "credit_note"
    assert fields.invoice_number == "GS-2025-0031"
    assert fields.invoice_date == date(2025, 2, 20)
    # A credit note states its due date in the payment means (no cbc:DueDate in CreditNote).
    assert fields.due_date == date(2025, 3, 6)
    assert fields.vendor_name == "Elektro Schmidt GmbH"
    assert fields.iban == "DE75512108001245126199"
    # The XML states the credit positive; INTEGRATION.md's convention reports it negative:
    # header amounts, VAT lines and line totals, while quantity and unit price stay.
    assert (fields.amount, fields.vat, fields.total, fields.amount_due) == (
        D("-300.00"),
        D("-57.00"),
        D("-357.00"),
        D("-357.00"),
    )
    assert [(v.rate, v.base, v.amount) for v in fields.vat_breakdown] == [
        (D("19"), D("-300.00"), D("-57.00"))
    ]
    [line] = fields.line_items
    assert (line.quantity, line.unit, line.unit_price, line.amount) == (
        D(2),
        "HUR",
        D("150.00"),
        D("-300.00"),
    )


def test_peppol_invoice_takes_the_document_currency_tax_total() -> None:
    fields = InvoiceFields(**parse_ubl(UBL_PEPPOL_INVOICE))
    # BT-110 in EUR, not BT-111 in SEK (listed first).
    assert (fields.currency, fields.vat) == ("EUR", D("600.00"))
    assert (fields.amount, fields.total, fields.amount_due) == (
        D("2400.00"),
        D("3000.00"),
        D("2600.00"),  # after the 400.00 prepaid
    )
    assert fields.invoice_date == date(2025, 5, 12)  # "2025-05-12Z": a zoned xsd:date
    assert fields.vendor_name == "Fjällträ Snickeri AB"
    assert fields.vendor_address == "Sågverksvägen 3, Lager 2, 852 31 Sundsvall, SE"
    assert (fields.customer_name, fields.customer_tax_id) == (
        "Nordvik Bygg & Montage AB",
        "SE556012345601",
    )
    assert (fields.iban, fields.bic) == ("SE4550000000058398257466", "ESSESESS")
    assert [(v.rate, v.base, v.amount) for v in fields.vat_breakdown] == [
        (D(25), D("2400.00"), D("600.00"))
    ]
    [line] = fields.line_items
    assert (line.description, line.amount) == ("Workbench 180", D("2400.00"))


def test_trading_name_when_no_legal_name_and_a_credit_type_code_in_an_invoice() -> None:
    xml = b"""<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
      xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
      xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
      <cbc:ID>K-7</cbc:ID><cbc:InvoiceTypeCode>381</cbc:InvoiceTypeCode>
      <cac:AccountingSupplierParty><cac:Party>
        <cac:PartyName><cbc:Name>Kiosk am Markt</cbc:Name></cac:PartyName>
      </cac:Party></cac:AccountingSupplierParty>
      <cac:LegalMonetaryTotal>
        <cbc:TaxInclusiveAmount currencyID="EUR">11.90</cbc:TaxInclusiveAmount>
      </cac:LegalMonetaryTotal>
    </Invoice>"""
    assert parse_ubl(xml) == {
        "document_type": "credit_note",
        "invoice_number": "K-7",
        "vendor_name": "Kiosk am Markt",
        "total": D("-11.90"),
    }


def test_parse_einvoice_reads_both_syntaxes() -> None:
    assert parse_einvoice(UBL_XRECHNUNG_INVOICE) == parse_ubl(UBL_XRECHNUNG_INVOICE)
    assert parse_einvoice(CII) == parse_cii(CII)
    assert parse_cii(CII)["document_type"] == "invoice"


def test_cii_credit_note_follows_the_same_sign_convention() -> None:
    credit = CII.replace(b"<ram:TypeCode>380</ram:TypeCode>", b"<ram:TypeCode>381</ram:TypeCode>")
    fields = InvoiceFields(**parse_cii(credit))
    assert fields.document_type == "credit_note"
    assert (fields.amount, fields.vat, fields.total) == (D("-100.00"), D("-19.00"), D("-119.00"))


def test_the_field_paths_are_plain_maps() -> None:
    """Other tables take these over: field name to a path or paths, nothing else."""
    for table in (UBL_FIELDS, UBL_LINE_FIELDS):
        for name, paths in table.items():
            assert isinstance(name, str)
            for path in (paths,) if isinstance(paths, str) else paths:
                assert isinstance(path, str) and path.startswith(("cbc:", "cac:"))
    assert set(UBL_FIELDS) <= set(InvoiceFields.model_fields)


@pytest.mark.parametrize(
    ("name", "xml"),
    [("xrechnung.xml", UBL_XRECHNUNG_INVOICE), ("invoice-credit.xml", UBL_XRECHNUNG_CREDIT_NOTE)],
)
def test_an_embedded_ubl_is_found_and_read(tmp_path: Path, name: str, xml: bytes) -> None:
    base = text_pdf(tmp_path / "base.pdf", pages=1)
    hybrid = with_attachment(base, tmp_path / "hybrid.pdf", name, xml)
    pdf = pdfium.PdfDocument(hybrid)
    try:
        found = find_embedded_invoice(pdf)
    finally:
        pdf.close()
    assert found is not None and (found.name, found.syntax) == (name, "ubl")
    assert parse_einvoice(found.data) == parse_ubl(xml)
