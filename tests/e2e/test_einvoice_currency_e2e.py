"""Over HTTP against the whole system: a company's default currency fills a page that prints
none, and a PDF carrying a UBL (XRechnung) e-invoice is read from its XML and checked against
its page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
import requests

from .conftest import Stack, register
from .sample_invoice import EXPECTED, draw_pdf
from .test_pipeline_e2e import poll_until_done, upload

pytestmark = [pytest.mark.e2e, pytest.mark.integration]


def _document(stack: Stack, headers: dict[str, str], doc_id: str) -> dict[str, Any]:
    r = requests.get(stack.url(f"/documents/{doc_id}"), headers=headers, timeout=10)
    assert r.status_code == 200, r.text
    return dict(r.json())


def _set_default(stack: Stack, headers: dict[str, str], code: str | None) -> requests.Response:
    return requests.patch(
        stack.url("/companies/me"), json={"default_currency": code}, headers=headers, timeout=10
    )


def test_a_page_without_a_currency_gets_the_company_default(stack: Stack, tmp_path: Path) -> None:
    bare = draw_pdf(tmp_path / "bare.pdf", currency="")

    # No default: the reader guesses GBP from the seller's GB VAT id and IBAN, and holds it.
    guesser = register(stack, "NoDefault")
    first = upload(stack, guesser, bare, "application/pdf")
    _, held = poll_until_done(stack, guesser, first["document"]["id"])
    assert held["status"] == "manual_review", held
    guessed = _document(stack, guesser, first["document"]["id"])
    assert guessed["currency"] == "GBP"
    assert guessed["fields"]["currency"]["confidence"] == 0.5

    # The company declares EUR: the same page is read as EUR, says so, and goes straight through.
    buyer = register(stack, "EuroBuyer")
    assert _set_default(stack, buyer, "XAU").status_code == 422
    r = _set_default(stack, buyer, "eur")
    assert r.status_code == 200 and r.json()["default_currency"] == "EUR", r.text
    second = upload(stack, buyer, bare, "application/pdf")
    _, done = poll_until_done(stack, buyer, second["document"]["id"])
    assert done["status"] == "approved", (done, stack.log_text())
    doc = _document(stack, buyer, second["document"]["id"])
    assert doc["currency"] == "EUR"
    assert doc["fields"]["currency"]["source"] == "company_default"
    assert doc["fields"]["currency"]["confidence"] == 0.95
    for name in ("invoice_number", "total", "vendor_name"):
        assert doc[name] == EXPECTED[name], (name, doc)

    # A printed currency wins over the default.
    printed = upload(
        stack, buyer, draw_pdf(tmp_path / "usd.pdf", currency="USD"), "application/pdf"
    )
    poll_until_done(stack, buyer, printed["document"]["id"])
    doc = _document(stack, buyer, printed["document"]["id"])
    assert doc["currency"] == "USD" and doc["fields"]["currency"]["source"] != "company_default"


UBL = """<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
  xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>
  <cbc:ID>INV-2024-0042</cbc:ID>
  <cbc:IssueDate>2024-12-21</cbc:IssueDate>
  <cbc:DueDate>2025-01-20</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>991-01234-56</cbc:BuyerReference>
  <cac:AccountingSupplierParty><cac:Party>
    <cac:PostalAddress>
      <cbc:StreetName>12 Harbour Street</cbc:StreetName><cbc:CityName>Bristol</cbc:CityName>
      <cbc:PostalZone>BS1 4AB</cbc:PostalZone>
      <cac:Country><cbc:IdentificationCode>GB</cbc:IdentificationCode></cac:Country>
    </cac:PostalAddress>
    <cac:PartyTaxScheme><cbc:CompanyID>GB123456789</cbc:CompanyID>
      <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
    <cac:PartyLegalEntity>
      <cbc:RegistrationName>Northwind Office Supplies Ltd</cbc:RegistrationName>
    </cac:PartyLegalEntity>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party>
    <cac:PostalAddress>
      <cbc:StreetName>Hauptstrasse 5</cbc:StreetName><cbc:CityName>Berlin</cbc:CityName>
      <cbc:PostalZone>10115</cbc:PostalZone>
      <cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country>
    </cac:PostalAddress>
    <cac:PartyLegalEntity>
      <cbc:RegistrationName>Contoso Trading GmbH</cbc:RegistrationName>
    </cac:PartyLegalEntity>
  </cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>
    <cac:PayeeFinancialAccount><cbc:ID>GB29NWBK60161331926819</cbc:ID>
      <cac:FinancialInstitutionBranch><cbc:ID>NWBKGB2L</cbc:ID></cac:FinancialInstitutionBranch>
    </cac:PayeeFinancialAccount></cac:PaymentMeans>
  <cac:PaymentTerms><cbc:Note>30 days net</cbc:Note></cac:PaymentTerms>
  <cac:TaxTotal>
    <cbc:TaxAmount currencyID="EUR">250.00</cbc:TaxAmount>
    <cac:TaxSubtotal>
      <cbc:TaxableAmount currencyID="EUR">1000.00</cbc:TaxableAmount>
      <cbc:TaxAmount currencyID="EUR">250.00</cbc:TaxAmount>
      <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>25</cbc:Percent>
        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>
    </cac:TaxSubtotal>
  </cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">1000.00</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">1000.00</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="EUR">{total}</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="EUR">{total}</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
  <cac:InvoiceLine><cbc:ID>1</cbc:ID>
    <cbc:InvoicedQuantity unitCode="H87">100</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="EUR">600.00</cbc:LineExtensionAmount>
    <cac:Item><cbc:Name>A4 copy paper, 500 sheets</cbc:Name>
      <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>25</cbc:Percent>
        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="EUR">6.00</cbc:PriceAmount></cac:Price>
  </cac:InvoiceLine>
  <cac:InvoiceLine><cbc:ID>2</cbc:ID>
    <cbc:InvoicedQuantity unitCode="H87">2</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="EUR">400.00</cbc:LineExtensionAmount>
    <cac:Item><cbc:Name>Ergonomic office chair</cbc:Name>
      <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>25</cbc:Percent>
        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="EUR">200.00</cbc:PriceAmount></cac:Price>
  </cac:InvoiceLine>
</Invoice>
"""


def _hybrid(tmp_path: Path, name: str, total: str) -> Path:
    page = draw_pdf(tmp_path / f"{name}-page.pdf")
    pdf = pdfium.PdfDocument(page)
    pdf.new_attachment("xrechnung.xml").set_data(UBL.replace("{total}", total).encode())
    out = tmp_path / f"{name}.pdf"
    pdf.save(str(out))
    pdf.close()
    return out


def test_a_pdf_with_an_embedded_ubl_invoice(stack: Stack, tmp_path: Path) -> None:
    headers = register(stack, "UblBuyer")
    body = upload(stack, headers, _hybrid(tmp_path, "honest", "1250.00"), "application/pdf")
    _, done = poll_until_done(stack, headers, body["document"]["id"])
    assert done["status"] == "approved", (done, stack.log_text())
    doc = _document(stack, headers, body["document"]["id"])
    for name, value in EXPECTED.items():
        assert doc[name] == value, (name, doc)
    for name in ("invoice_number", "total", "vendor_name", "currency"):
        assert doc["fields"][name]["source"] == "e_invoice", (name, doc["fields"][name])
        assert doc["fields"][name]["confidence"] == 1.0
    assert doc["fields"]["total"]["page"] == 1  # and the page prints it
    checks = {c["name"]: c for c in doc["checks"]}
    assert checks["integrity.einvoice_matches_page"]["passed"] is True

    # The XML claims another total than the page prints: held, naming both.
    forged = upload(stack, headers, _hybrid(tmp_path, "forged", "12500.00"), "application/pdf")
    _, held = poll_until_done(stack, headers, forged["document"]["id"])
    assert held["status"] == "manual_review", held
    doc = _document(stack, headers, forged["document"]["id"])
    check = {c["name"]: c for c in doc["checks"]}["integrity.einvoice_matches_page"]
    assert check["passed"] is False and "12500.00" in check["detail"], check


def test_an_xml_e_invoice_alone_is_refused(stack: Stack, tmp_path: Path) -> None:
    headers = register(stack, "XmlSender")
    path = tmp_path / "xrechnung.xml"
    path.write_text(UBL.replace("{total}", "1250.00"), encoding="utf-8")
    with open(path, "rb") as fh:
        r = requests.post(
            stack.url("/documents/upload"),
            headers=headers,
            files={"file": (path.name, fh, "application/xml")},
            timeout=30,
        )
    assert r.status_code == 415, r.text
    assert r.json()["code"] == 415 and "PDF" in r.json()["message"]
