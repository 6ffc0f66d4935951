"""Embedded e-invoice detection and CII parsing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pp_samples import CII, text_pdf, with_attachment

from invoice_scanner_processing.einvoice import (
    EInvoiceError,
    find_embedded_invoice,
    parse_cii,
    parse_einvoice,
)
from invoice_scanner_processing.schema import InvoiceFields


def test_parse_cii_header_and_lines() -> None:
    fields = InvoiceFields(**parse_cii(CII))
    assert fields.invoice_number == "RE-2024-0815"
    assert fields.invoice_date == date(2024, 3, 15)
    assert fields.due_date == date(2024, 4, 14)
    assert fields.vendor_name == "Lieferant GmbH"
    assert fields.vendor_vat_id == "DE123456789"
    assert fields.vendor_address == "Lieferantenstraße 20, 80333 München, DE"
    assert fields.customer_name == "Kunden AG Mitte"
    assert fields.purchase_order == "PO-4711"
    assert fields.iban == "DE02120300000000202051"
    assert fields.currency == "EUR"
    # The tax total in the invoice currency, not the one in the tax currency listed first.
    assert (fields.amount, fields.vat, fields.total, fields.amount_due) == (
        Decimal("100.00"),
        Decimal("19.00"),
        Decimal("119.00"),
        Decimal("119.00"),
    )
    assert [(v.rate, v.base, v.amount) for v in fields.vat_breakdown] == [
        (Decimal("19.00"), Decimal("100.00"), Decimal("19.00"))
    ]
    [line] = fields.line_items
    assert (
        line.description,
        line.quantity,
        line.unit,
        line.unit_price,
        line.amount,
        line.tax_rate,
    ) == (
        "Schreibtischlampe",
        Decimal("2"),
        "H87",
        Decimal("50.00"),
        Decimal("100.00"),
        Decimal("19"),
    )


def test_parse_einvoice_is_parse_cii_for_cii() -> None:
    assert parse_einvoice(CII) == parse_cii(CII)


@pytest.mark.parametrize(
    "data",
    [
        b"<html><body>no</body></html>",
        b"not xml at all",
        # Billion laughs: refused by defusedxml before any expansion.
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>'
        b"<rsm:CrossIndustryInvoice xmlns:rsm='urn:un:unece:uncefact:data:standard:"
        b"CrossIndustryInvoice:100'>&lol2;</rsm:CrossIndustryInvoice>",
        # The same against a UBL root.
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>'
        b"<Invoice xmlns='urn:oasis:names:specification:ubl:schema:xsd:Invoice-2'>&lol2;</Invoice>",
        # An external entity (a local file, or a URL: nothing is fetched).
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b"<Invoice xmlns='urn:oasis:names:specification:ubl:schema:xsd:Invoice-2'>&e;</Invoice>",
        # UBL's namespace but another document (an order).
        b'<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"/>',
    ],
)
def test_parse_einvoice_rejects_non_einvoices(data: bytes) -> None:
    with pytest.raises(EInvoiceError):
        parse_einvoice(data)


def test_find_embedded_invoice_prefers_known_name(tmp_path: Path) -> None:
    base = text_pdf(tmp_path / "base.pdf", pages=1)
    step = with_attachment(base, tmp_path / "one.pdf", "notes.xml", b"<notes/>")
    hybrid = with_attachment(step, tmp_path / "hybrid.pdf", "factur-x.xml", CII)
    pdf = pdfium.PdfDocument(hybrid)
    try:
        found = find_embedded_invoice(pdf)
    finally:
        pdf.close()
    assert found is not None
    assert (found.name, found.syntax, found.data) == ("factur-x.xml", "cii", CII)


def test_find_embedded_invoice_ignores_other_attachments(tmp_path: Path) -> None:
    base = text_pdf(tmp_path / "base.pdf", pages=1)
    other = with_attachment(base, tmp_path / "other.pdf", "zugferd-invoice.xml", b"<<broken")
    pdf = pdfium.PdfDocument(other)
    try:
        assert find_embedded_invoice(pdf) is None
    finally:
        pdf.close()
