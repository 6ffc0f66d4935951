"""Embedded e-invoice detection and CII parsing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from bombs import GIB, attachment_bomb, build_pdf
from pp_samples import CII, text_pdf, with_attachment

from invoice_scanner_processing import einvoice
from invoice_scanner_processing.einvoice import (
    AttachmentBombError,
    EInvoiceError,
    declared_attachment_sizes,
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


def _declaring_pdf(extra: bytes, key: bytes = b"(factur-x.xml)") -> bytes:
    """A page and one embedded XML file whose stream dictionary carries ``extra``."""
    xml = b"<a/>"
    return build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Kids [4 0 R] >> >> >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            b"<< /Limits [%s %s] /Names [%s 5 0 R] >>" % (key, key, key),
            b"<< /Type /Filespec /F (invoice.xml) /UF <FEFF0072002E0078006D006C> "
            b"/EF << /F 6 0 R >> >>",
            b"<< /Length %d %s >>\nstream\n" % (len(xml), extra) + xml + b"\nendstream",
        ]
    )


def test_declared_sizes_are_read_without_inflating(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(attachment_bomb(16 * 1024 * 1024, declared_size=GIB))
    assert declared_attachment_sizes(path) == {"factur-x.xml": GIB}
    # /DL when there is no /Params /Size; every name the file goes by (key, /F, UTF-16 /UF),
    # found through an intermediate node of the name tree.
    path.write_bytes(_declaring_pdf(b"/DL 7000000"))
    assert declared_attachment_sizes(path) == {
        "factur-x.xml": 7000000,
        "invoice.xml": 7000000,
        "r.xml": 7000000,
    }
    path.write_bytes(_declaring_pdf(b"/Params << /Size 12 >> /DL 99"))
    assert set(declared_attachment_sizes(path).values()) == {12}
    path.write_bytes(_declaring_pdf(b""))
    assert declared_attachment_sizes(path) == {}
    path.write_bytes(b"%PDF-1.7\nnot a pdf at all")
    assert declared_attachment_sizes(path) == {}


def test_declared_sizes_decide_before_inflating(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = text_pdf(tmp_path / "base.pdf", pages=1)
    pdf = pdfium.PdfDocument(with_attachment(base, tmp_path / "x.pdf", "factur-x.xml", CII))
    inflated: list[str] = []
    real = einvoice._attachment_data

    def spy(pdf: pdfium.PdfDocument, index: int, name: str, max_bytes: int) -> bytes:
        inflated.append(name)
        return real(pdf, index, name, max_bytes)

    monkeypatch.setattr(einvoice, "_attachment_data", spy)
    limit = 5 * 1024 * 1024
    # Within the limit (or not declared): read as before.
    assert find_embedded_invoice(pdf, max_bytes=limit, declared={"factur-x.xml": len(CII)})
    assert find_embedded_invoice(pdf, max_bytes=limit, declared={})
    assert inflated == ["factur-x.xml"] * 2
    # Over the e-invoice limit: skipped unread.
    assert find_embedded_invoice(pdf, max_bytes=limit, declared={"factur-x.xml": limit + 1}) is None
    # Past the attachment budget (64 MB + 4 x the limit): the PDF is refused, nothing inflated.
    with pytest.raises(AttachmentBombError, match="declares 1,024 MB, past the 84 MB limit"):
        find_embedded_invoice(pdf, max_bytes=limit, declared={"factur-x.xml": GIB})
    assert inflated == ["factur-x.xml"] * 2
