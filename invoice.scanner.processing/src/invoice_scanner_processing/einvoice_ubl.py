"""UBL 2.1 e-invoices (OASIS Invoice and CreditNote; Peppol BIS 3, XRechnung's UBL syntax).

The header fields' paths of EN 16931's UBL syntax binding are the field table's
(``invoice_scanner_common.fields``: a path or a tuple of paths tried in order, each read by its
value type or by a named reader in :data:`UBL_READERS`); the VAT breakdown's and the lines'
are plain maps below. The paths are ElementPath expressions, the subset of XPath that the
standard library's ElementTree evaluates: the XML is parsed by :mod:`defusedxml` exactly as CII
is (no DTD, no entities, no network), and no XPath beyond child steps and attribute tests is
needed. Choices a path cannot express (the VAT scheme among a party's tax schemes, the tax
total in the document currency, the sign of a credit note) are made in code and named where
they are made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any
from xml.etree.ElementTree import Element

from invoice_scanner_common.fields import FIELDS, FieldSpec, FieldTable, Paths, ValueType
from invoice_scanner_processing.einvoice import (
    EInvoiceError,
    _decimal,
    _parse,
    credit_note_signs,
    is_credit_note_code,
)

UBL_NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cn": "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}
INVOICE_ROOT = f"{{{UBL_NS['inv']}}}Invoice"
CREDIT_NOTE_ROOT = f"{{{UBL_NS['cn']}}}CreditNote"

UBL_TAX_TOTAL = "cac:TaxTotal"
_VAT_PATH = f"{UBL_TAX_TOTAL}/cbc:TaxAmount"


def ubl_fields(table: FieldTable = FIELDS) -> list[FieldSpec]:
    """The rows of ``table`` a UBL invoice can state."""
    return [s for s in table if s.einvoice is not None and s.einvoice.ubl is not None]


#: Header fields of :class:`~invoice_scanner_processing.schema.InvoiceFields`, from the root
#: element: the field table's UBL paths (``invoice_scanner_common.fields``, each with its
#: EN 16931 business term there).
UBL_FIELDS: dict[str, Paths] = {
    spec.name: spec.einvoice.ubl
    for spec in ubl_fields()
    if spec.einvoice is not None and spec.einvoice.ubl is not None
}

#: VAT breakdown (BG-23): one entry per subtotal of the document currency's tax total.
UBL_VAT_BREAKDOWN = f"{UBL_TAX_TOTAL}/cac:TaxSubtotal"
UBL_VAT_FIELDS: dict[str, Paths] = {
    "rate": "cac:TaxCategory/cbc:Percent",  # BT-119
    "base": "cbc:TaxableAmount",  # BT-116
    "amount": "cbc:TaxAmount",  # BT-117
}

#: Invoice lines (BG-25): an Invoice's and a CreditNote's line elements.
UBL_LINES: tuple[str, ...] = ("cac:InvoiceLine", "cac:CreditNoteLine")
UBL_LINE_FIELDS: dict[str, Paths] = {
    "description": ("cac:Item/cbc:Name", "cac:Item/cbc:Description"),  # BT-153, BT-154
    # BT-129, its unitCode attribute BT-130 is the unit.
    "quantity": ("cbc:InvoicedQuantity", "cbc:CreditedQuantity"),
    "unit_price": "cac:Price/cbc:PriceAmount",  # BT-146
    "amount": "cbc:LineExtensionAmount",  # BT-131
    "tax_rate": "cac:Item/cac:ClassifiedTaxCategory/cbc:Percent",  # BT-152
}

_ADDRESS_PARTS = ("cbc:StreetName", "cbc:AdditionalStreetName", "cac:AddressLine/cbc:Line")


def _element(node: Element, paths: Paths, *, text: bool = True) -> Element | None:
    """The first element any of ``paths`` finds (with text, unless ``text`` is false)."""
    for path in (paths,) if isinstance(paths, str) else paths:
        for found in node.findall(path, UBL_NS):
            if not text or (found.text and found.text.strip()):
                return found
    return None


def _text(node: Element, paths: Paths) -> str | None:
    found = _element(node, paths)
    return " ".join(found.text.split()) if found is not None and found.text else None


def _amount(node: Element, paths: Paths) -> Decimal | None:
    return _decimal(_text(node, paths))


def _date(node: Element, paths: Paths) -> date | None:
    """An ``xsd:date`` (``2024-03-15``, possibly with a zone such as ``Z`` or ``+01:00``)."""
    raw = _text(node, paths)
    try:
        return date.fromisoformat(raw[:10]) if raw else None
    except ValueError:
        return None


def _address(node: Element, path: Paths) -> str | None:
    address = _element(node, path, text=False)
    if address is None:
        return None
    street = [_text(address, part) for part in _ADDRESS_PARTS]
    city = " ".join(
        p for p in (_text(address, "cbc:PostalZone"), _text(address, "cbc:CityName")) if p
    )
    country = _text(address, "cac:Country/cbc:IdentificationCode")
    return ", ".join(p for p in (*street, city, country) if p) or None


def _tax_id(node: Element, path: Paths) -> str | None:
    """The VAT identifier (tax scheme ``VAT``), else the first other tax registration."""
    schemes = [
        (_text(scheme, "cac:TaxScheme/cbc:ID"), _text(scheme, "cbc:CompanyID"))
        for p in ((path,) if isinstance(path, str) else path)
        for scheme in node.findall(p, UBL_NS)
    ]
    vat = [number for kind, number in schemes if number and (kind or "").upper() == "VAT"]
    other = [number for _, number in schemes if number]
    return (vat or other)[0] if other else None


def _tax_totals(root: Element, currency: str | None) -> list[Element]:
    """The cac:TaxTotal elements in the document currency (all of them when none says)."""
    totals = root.findall(UBL_TAX_TOTAL, UBL_NS)
    if not currency:
        return totals
    chosen = []
    for total in totals:
        amount = total.find("cbc:TaxAmount", UBL_NS)
        if amount is None or amount.get("currencyID", currency) == currency:
            chosen.append(total)
    return chosen or totals[:1]


def _vat(root: Element, currency: str | None) -> tuple[Decimal | None, list[dict[str, Any]]]:
    """BT-110 and BG-23 from the tax totals in the document currency."""
    totals = _tax_totals(root, currency)
    inside = len(UBL_TAX_TOTAL) + 1  # the maps' paths start at the root; these at a TaxTotal
    vat = _amount(totals[0], _VAT_PATH[inside:]) if totals else None
    breakdown = [
        {name: _amount(subtotal, path) for name, path in UBL_VAT_FIELDS.items()}
        for total in totals
        for subtotal in total.findall(UBL_VAT_BREAKDOWN[inside:], UBL_NS)
    ]
    return vat, breakdown


def _line(item: Element) -> dict[str, Any]:
    quantity = _element(item, UBL_LINE_FIELDS["quantity"])
    line = {
        "description": _text(item, UBL_LINE_FIELDS["description"]),
        "quantity": _decimal(quantity.text if quantity is not None else None),
        "unit": quantity.get("unitCode") if quantity is not None else None,
        "unit_price": _amount(item, UBL_LINE_FIELDS["unit_price"]),
        "amount": _amount(item, UBL_LINE_FIELDS["amount"]),
        "tax_rate": _amount(item, UBL_LINE_FIELDS["tax_rate"]),
    }
    return {key: value for key, value in line.items() if value is not None}


@dataclass(frozen=True)
class UblContext:
    """What reading one field may need of the rest of the document."""

    root_tag: str
    #: The document currency as the XML writes it (a tax total in another one is skipped).
    currency: str | None


_UblReader = Callable[[Element, Paths, UblContext], Any]


def _document_type(root: Element, paths: Paths, context: UblContext) -> str:
    credit = context.root_tag == CREDIT_NOTE_ROOT or is_credit_note_code(_text(root, paths))
    return "credit_note" if credit else "invoice"


#: Readers for values a path alone cannot give, by the name a field's
#: ``EInvoicePath.ubl_reader`` gives.
UBL_READERS: dict[str, _UblReader] = {
    "address": lambda root, paths, _: _address(root, paths),
    "tax_id": lambda root, paths, _: _tax_id(root, paths),
    "tax_total": lambda root, paths, context: _vat(root, context.currency)[0],
    "document_type": _document_type,
}

#: How a plain element is read, by the field's value type.
_UBL_BY_TYPE: dict[ValueType, _UblReader] = {
    ValueType.TEXT: lambda root, paths, _: _text(root, paths),
    ValueType.CODE: lambda root, paths, _: _text(root, paths),
    ValueType.CURRENCY: lambda root, paths, _: _text(root, paths),
    ValueType.DATE: lambda root, paths, _: _date(root, paths),
    ValueType.MONEY: lambda root, paths, _: _amount(root, paths),
}


def _ubl_value(root: Element, spec: FieldSpec, context: UblContext) -> Any:
    assert spec.einvoice is not None and spec.einvoice.ubl is not None
    name = spec.einvoice.ubl_reader
    reader = UBL_READERS[name] if name else _UBL_BY_TYPE[spec.type]
    return reader(root, spec.einvoice.ubl, context)


def parse_ubl(data: bytes, table: FieldTable = FIELDS) -> dict[str, Any]:
    """Values for :class:`~invoice_scanner_processing.schema.InvoiceFields` from UBL XML.

    Only fields present in the XML appear (dates as :class:`date`, amounts as
    :class:`Decimal`), so ``InvoiceFields(**parse_ubl(xml))`` validates. A CreditNote (or an
    Invoice whose type code is a credit note's) is ``document_type`` ``credit_note`` with its
    amounts negative, the sign convention of INTEGRATION.md. Raises :class:`EInvoiceError` when
    the root is neither a UBL Invoice nor a CreditNote.
    """
    root = _parse(data)
    if root.tag not in (INVOICE_ROOT, CREDIT_NOTE_ROOT):
        raise EInvoiceError(f"root element {root.tag!r} is not a UBL Invoice or CreditNote")
    specs = ubl_fields(table)
    currency_spec = next((s for s in specs if s.type is ValueType.CURRENCY), None)
    raw_currency = (
        _ubl_value(root, currency_spec, UblContext(root.tag, None)) if currency_spec else None
    )
    context = UblContext(root.tag, raw_currency)
    fields = {spec.name: _ubl_value(root, spec, context) for spec in specs}
    if currency_spec is not None and raw_currency:
        fields[currency_spec.name] = raw_currency.upper()
    credit = fields.get("document_type") == "credit_note"
    breakdown = _vat(root, raw_currency)[1]
    result = {key: value for key, value in fields.items() if value is not None}
    vat_lines = [{k: v for k, v in entry.items() if v is not None} for entry in breakdown]
    if any(vat_lines):
        result["vat_breakdown"] = vat_lines
    lines = [_line(item) for path in UBL_LINES for item in root.findall(path, UBL_NS)]
    if lines:
        result["line_items"] = lines
    return credit_note_signs(result) if credit else result
