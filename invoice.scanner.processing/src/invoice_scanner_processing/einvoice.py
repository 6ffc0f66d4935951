"""Structured e-invoices embedded in PDFs: Factur-X, ZUGFeRD and XRechnung (CII and UBL).

A hybrid invoice is a normal PDF with the machine-readable invoice attached as an embedded file
(``factur-x.xml``, ``zugferd-invoice.xml``, ``xrechnung.xml``, ...). When one is present its
values are exact, so later stages can prefer them to anything read from pixels.

XML is parsed with :mod:`defusedxml` (entity expansion, external entities and DTDs are refused)
because the file comes from whoever uploaded the PDF. CII is read here; UBL (Invoice and
CreditNote) in :mod:`invoice_scanner_processing.einvoice_ubl`, with the same parser.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ParseError

import pypdfium2 as pdfium
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from invoice_scanner_common.fields import FIELDS, FieldSpec, FieldTable, ValueType
from invoice_scanner_processing.stages.preprocess_settings import DEFAULT_MAX_EINVOICE_BYTES

logger = logging.getLogger(__name__)

#: Attachment names the standards prescribe (compared case-insensitively).
KNOWN_NAMES = (
    "factur-x.xml",  # Factur-X 1.0 / ZUGFeRD 2.1+
    "zugferd-invoice.xml",  # ZUGFeRD 2.0 (and ZUGFeRD 1.0 as "ZUGFeRD-invoice.xml")
    "xrechnung.xml",  # XRechnung embedded in a PDF
    "order-x.xml",
)

NS = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}
_CII_ROOT = f"{{{NS['rsm']}}}CrossIndustryInvoice"
_UBL_ROOTS = (
    "{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}Invoice",
    "{urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2}CreditNote",
)


class EInvoiceError(ValueError):
    """The embedded XML is not well-formed, not safe to parse, or not a known e-invoice."""


class AttachmentBombError(ValueError):
    """An attachment inflates far past the size any e-invoice has: the PDF is hostile."""


@dataclass(frozen=True)
class EmbeddedInvoice:
    name: str  # the attachment's name in the PDF
    data: bytes
    syntax: str  # "cii" or "ubl"


def attachment_budget_mb(max_bytes: int) -> int:
    """Memory an attachment may inflate into (and the largest size it may declare), in MB."""
    return 64 + 4 * max_bytes // (1024 * 1024)


def find_embedded_invoice(
    pdf: pdfium.PdfDocument,
    *,
    max_bytes: int = DEFAULT_MAX_EINVOICE_BYTES,
    declared: Mapping[str, int] | None = None,
) -> EmbeddedInvoice | None:
    """The first attachment that is a CII or UBL invoice, known names first; None if there is none.

    Attachments that fail to extract, exceed ``max_bytes`` or are not e-invoice XML are skipped
    with a log line: a broken attachment must not fail the document, whose pages are still there.
    ``declared`` (from :func:`declared_attachment_sizes`) is checked before anything is
    inflated: an attachment declaring more than ``max_bytes`` is skipped, one declaring more
    than the attachment budget refuses the PDF (:class:`AttachmentBombError`). A declared size
    may lie, so the inflation itself stays bounded too.
    """
    for index, name in _candidates(pdf):
        if not _declared_size_allows(name, (declared or {}).get(name.lower()), max_bytes):
            continue
        try:
            data = _attachment_data(pdf, index, name, max_bytes)
        except pdfium.PdfiumError as exc:
            logger.info("attachment %r unreadable: %s", name, exc)
            continue
        if len(data) > max_bytes:
            logger.info("attachment %r is %d bytes; ignored (limit %d)", name, len(data), max_bytes)
            continue
        try:
            syntax = invoice_syntax(data)
        except EInvoiceError as exc:
            logger.info("attachment %r is not an e-invoice: %s", name, exc)
            continue
        return EmbeddedInvoice(name=name, data=data, syntax=syntax)
    return None


def _candidates(pdf: pdfium.PdfDocument) -> list[tuple[int, str]]:
    """(index, name) of the XML attachments, the standards' names first."""
    try:
        count = pdf.count_attachments()
    except pdfium.PdfiumError:
        return []
    candidates: list[tuple[int, int, str]] = []
    for index in range(count):
        try:
            name = pdf.get_attachment(index).get_name()
        except pdfium.PdfiumError:
            continue
        lowered = name.lower()
        if lowered in KNOWN_NAMES:
            candidates.append((0, index, name))
        elif lowered.endswith(".xml"):
            candidates.append((1, index, name))
    return [(index, name) for _, index, name in sorted(candidates)]


def _declared_size_allows(name: str, size: int | None, max_bytes: int) -> bool:
    """False to skip the attachment unread; raises when its declared size is a bomb's."""
    if size is None or size <= max_bytes:
        return True
    budget_mb = attachment_budget_mb(max_bytes)
    if size > budget_mb * 1024 * 1024:
        raise AttachmentBombError(
            f"the PDF's attachment {name!r} declares {size / 1048576:,.0f} MB, past the "
            f"{budget_mb} MB limit for attachments; the PDF is refused (nothing was inflated)"
        )
    logger.info("attachment %r declares %d bytes; skipped unread (limit %d)", name, size, max_bytes)
    return False


#: Bounds on walking a hostile name tree: nesting and entries.
_NAME_TREE_DEPTH = 32
_NAME_TREE_ENTRIES = 10_000


def declared_attachment_sizes(path: Path) -> dict[str, int]:
    """The size each embedded file declares, by every lower-cased name it goes by (its
    ``EmbeddedFiles`` key, ``/UF`` and ``/F``), without inflating anything.

    The size is the embedded-file stream's ``/Params /Size`` or else its ``/DL`` (the decoded
    length); files that declare neither are left out. PDFium's attachment API cannot read
    these numbers, so the object structure is read with pdfminer (pdfplumber's parser, already
    installed), which decodes a stream only when its data is asked for. A structure pdfminer
    cannot read gives ``{}``: the inflate-time bound still protects.
    """
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    sizes: dict[str, int] = {}
    try:
        with path.open("rb") as fh:
            document = PDFDocument(PDFParser(fh))
            names = _resolve_dict(document.catalog.get("Names"))
            tree = _resolve_dict(names.get("EmbeddedFiles")) if names else {}
            for key, spec in _name_tree(tree, 0, set()):
                size = _declared_size(_resolve_dict(spec))
                if size is None:
                    continue
                for alias in (key, *_spec_names(_resolve_dict(spec))):
                    sizes[alias.lower()] = max(size, sizes.get(alias.lower(), 0))
    except Exception as exc:  # a damaged or hostile structure: PDFium and the bound decide
        logger.info("declared attachment sizes unreadable: %r", exc)
        return sizes
    return sizes


def _resolve_dict(value: object) -> dict[str, Any]:
    from pdfminer.pdftypes import resolve1

    resolved = resolve1(value)
    return resolved if isinstance(resolved, dict) else {}


def _name_tree(node: dict[str, Any], depth: int, seen: set[int]) -> Iterator[tuple[str, object]]:
    """(key, value) pairs of a PDF name tree, bounded in depth and entries, cycles cut."""
    from pdfminer.pdftypes import PDFObjRef, resolve1
    from pdfminer.utils import decode_text

    if depth > _NAME_TREE_DEPTH:
        return
    pairs = resolve1(node.get("Names")) or []
    if isinstance(pairs, list):
        for i in range(0, min(len(pairs), 2 * _NAME_TREE_ENTRIES) - 1, 2):
            key = resolve1(pairs[i])
            if isinstance(key, bytes):
                yield decode_text(key), pairs[i + 1]
    kids = resolve1(node.get("Kids")) or []
    for kid in kids if isinstance(kids, list) else []:
        if isinstance(kid, PDFObjRef):
            if kid.objid in seen:
                continue
            seen.add(kid.objid)
        yield from _name_tree(_resolve_dict(kid), depth + 1, seen)


def _spec_names(spec: dict[str, Any]) -> list[str]:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    found = []
    for field in ("UF", "F"):
        value = resolve1(spec.get(field))
        if isinstance(value, bytes):
            found.append(decode_text(value))
    return found


def _declared_size(spec: dict[str, Any]) -> int | None:
    """``/Params /Size`` of the filespec's embedded-file stream, else its ``/DL``."""
    from pdfminer.pdftypes import PDFStream, resolve1

    stream = resolve1(_resolve_dict(spec.get("EF")).get("F"))
    if not isinstance(stream, PDFStream):
        return None
    for value in (_resolve_dict(stream.attrs.get("Params")).get("Size"), stream.attrs.get("DL")):
        value = resolve1(value)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
    return None


def _read_attachment(pdf: pdfium.PdfDocument, index: int) -> bytes:
    return bytes(pdf.get_attachment(index).get_data())


def _attachment_data(pdf: pdfium.PdfDocument, index: int, name: str, max_bytes: int) -> bytes:
    """The attachment's bytes, inflated in a child process with room for a few ``max_bytes``.

    PDFium inflates an attachment whole and offers no way to read its declared size first
    (``/Params /Size`` is a number, which its attachment API cannot read), so the inflation is
    bounded instead: past the limit the child fails and the attachment is a bomb.
    """
    from invoice_scanner_processing.sandbox import SandboxError, SandboxLimits, run_bounded

    budget_mb = attachment_budget_mb(max_bytes)
    try:
        return run_bounded(
            _read_attachment, pdf, index, limits=SandboxLimits(memory_mb=budget_mb, seconds=60)
        ).value
    except SandboxError as exc:
        raise AttachmentBombError(
            f"the PDF's attachment {name!r} inflates past {budget_mb} MB (a decompression "
            "bomb); the PDF is refused"
        ) from exc


def _parse(data: bytes) -> Element:
    try:
        return fromstring(data, forbid_dtd=True)
    except (ParseError, DefusedXmlException, ValueError) as exc:
        raise EInvoiceError(f"XML rejected: {exc}") from exc


def invoice_syntax(data: bytes) -> str:
    """``"cii"`` or ``"ubl"`` from the root element; :class:`EInvoiceError` otherwise."""
    root = _parse(data)
    if root.tag == _CII_ROOT:
        return "cii"
    if root.tag in _UBL_ROOTS:
        return "ubl"
    raise EInvoiceError(f"root element {root.tag!r} is neither CII nor UBL")


def parse_cii(data: bytes, table: FieldTable = FIELDS) -> dict[str, Any]:
    """Values for :class:`~invoice_scanner_processing.schema.InvoiceFields` from CII XML.

    Only fields present in the XML appear in the result (dates as :class:`date`, amounts as
    :class:`Decimal`), so ``InvoiceFields(**parse_cii(xml))`` validates. Covers the header
    (the document type, and the flat fields whose row in ``table`` has a CII path), the VAT
    breakdown and the lines; a credit note's (type code 381, ...) amounts are negative.
    Raises :class:`EInvoiceError` when the XML is not a Cross Industry Invoice.
    """
    root = _parse(data)
    if root.tag != _CII_ROOT:
        raise EInvoiceError(f"root element {root.tag!r} is not a CII CrossIndustryInvoice")
    settlement = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement"
    trade = "rsm:SupplyChainTradeTransaction"
    specs = cii_fields(table)
    currency = next((s for s in specs if s.type is ValueType.CURRENCY), None)
    context = CiiContext(currency=_cii_value(root, currency, None) if currency else None)
    fields = {spec.name: _cii_value(root, spec, context) for spec in specs}
    if currency is not None and fields.get(currency.name):
        fields[currency.name] = fields[currency.name].upper()
    credit = fields.get("document_type") == "credit_note"
    breakdown = [
        {
            "rate": _amount(tax, "ram:RateApplicablePercent"),
            "base": _amount(tax, "ram:BasisAmount"),
            "amount": _amount(tax, "ram:CalculatedAmount"),
        }
        for tax in root.findall(f"{settlement}/ram:ApplicableTradeTax", NS)
    ]
    lines = [
        _line_item(item)
        for item in root.findall(f"{trade}/ram:IncludedSupplyChainTradeLineItem", NS)
    ]
    result = {key: value for key, value in fields.items() if value is not None}
    if breakdown:
        result["vat_breakdown"] = breakdown
    if lines:
        result["line_items"] = lines
    return credit_note_signs(result) if credit else result


@dataclass(frozen=True)
class CiiContext:
    """What reading one field may need of the rest of the document."""

    #: The invoice currency as the XML writes it (a total in another currency is skipped).
    currency: str | None


_CiiReader = Callable[[Element, str, CiiContext | None], Any]


def _read_tax_total(root: Element, path: str, context: CiiContext | None) -> Decimal | None:
    return _tax_total(root, path, context.currency if context else None)


#: Readers for values assembled from several elements, by the name a field's
#: ``EInvoicePath.cii_reader`` gives.
CII_READERS: dict[str, _CiiReader] = {
    "address": lambda root, path, _: _address(root.find(path, NS)),
    "tax_id": lambda root, path, _: _tax_id(root.find(path, NS)),
    "tax_total": _read_tax_total,
    "document_type": lambda root, path, _: (
        "credit_note" if is_credit_note_code(_text(root, path)) else "invoice"
    ),
}

#: How a plain element is read, by the field's value type.
_CII_BY_TYPE: dict[ValueType, _CiiReader] = {
    ValueType.TEXT: lambda root, path, _: _text(root, path),
    ValueType.CODE: lambda root, path, _: _text(root, path),
    ValueType.CURRENCY: lambda root, path, _: _text(root, path),
    ValueType.DATE: lambda root, path, _: _date(root.find(path, NS)),
    ValueType.MONEY: lambda root, path, _: _amount(root, path),
}


def cii_fields(table: FieldTable = FIELDS) -> list[FieldSpec]:
    """The rows of ``table`` an embedded CII invoice can state."""
    return [s for s in table if s.einvoice is not None and s.einvoice.cii is not None]


def _cii_value(root: Element, spec: FieldSpec, context: CiiContext | None) -> Any:
    assert spec.einvoice is not None and spec.einvoice.cii is not None
    name = spec.einvoice.cii_reader
    reader = CII_READERS[name] if name else _CII_BY_TYPE[spec.type]
    return reader(root, spec.einvoice.cii, context)


def _line_item(item: Element) -> dict[str, Any]:
    quantity = item.find("ram:SpecifiedLineTradeDelivery/ram:BilledQuantity", NS)
    settlement = "ram:SpecifiedLineTradeSettlement"
    line = {
        "description": _text(item, "ram:SpecifiedTradeProduct/ram:Name"),
        "quantity": _decimal(quantity.text if quantity is not None else None),
        "unit": quantity.get("unitCode") if quantity is not None else None,
        "unit_price": _amount(
            item, "ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount"
        ),
        "amount": _amount(
            item,
            f"{settlement}/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount",
        ),
        "tax_rate": _amount(item, f"{settlement}/ram:ApplicableTradeTax/ram:RateApplicablePercent"),
    }
    return {key: value for key, value in line.items() if value is not None}


def _text(node: Element | None, path: str) -> str | None:
    if node is None:
        return None
    found = node.find(path, NS)
    if found is None or found.text is None:
        return None
    return " ".join(found.text.split()) or None


def _decimal(raw: str | None) -> Decimal | None:
    if raw is None:
        return None
    try:
        value = Decimal(raw.strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _amount(node: Element, path: str) -> Decimal | None:
    return _decimal(_text(node, path))


def _tax_total(root: Element, path: str, currency: str | None) -> Decimal | None:
    """TaxTotalAmount may appear twice (invoice and tax currency); take the invoice currency's."""
    totals = root.findall(path, NS)
    for element in totals:
        if currency and element.get("currencyID", currency) == currency:
            return _decimal(element.text)
    return _decimal(totals[0].text) if totals else None


def _date(node: Element | None) -> date | None:
    """A ``udt:DateTimeString``; format 102 (CCYYMMDD) is the only one an invoice date uses."""
    if node is None:
        return None
    string = node.find("udt:DateTimeString", NS)
    if string is None or not string.text or string.get("format", "102") != "102":
        return None
    raw = string.text.strip()
    try:
        return date(int(raw[0:4]), int(raw[4:6]), int(raw[6:8])) if len(raw) == 8 else None
    except ValueError:
        return None


def _address(node: Element | None) -> str | None:
    if node is None:
        return None
    street = [_text(node, f"ram:{tag}") for tag in ("LineOne", "LineTwo", "LineThree")]
    city = " ".join(p for p in (_text(node, "ram:PostcodeCode"), _text(node, "ram:CityName")) if p)
    parts = [p for p in (*street, city, _text(node, "ram:CountryID")) if p]
    return ", ".join(parts) or None


def _tax_id(party: Element | None) -> str | None:
    """The party's VAT id (schemeID VA), else its fiscal number (FC)."""
    if party is None:
        return None
    ids = {
        reg.get("schemeID"): (reg.text or "").strip()
        for reg in party.findall("ram:SpecifiedTaxRegistration/ram:ID", NS)
    }
    return ids.get("VA") or ids.get("FC") or None


#: UNTDID 1001 document type codes EN 16931 allows for credit notes (BT-3).
CREDIT_NOTE_CODES = frozenset(
    {"81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"}
)
#: What a credit note's sign applies to: the header amounts, each VAT line and each line total
#: (quantities and unit prices stay as stated).
_SIGNED = ("amount", "vat", "total", "amount_due", "tip", "rounding")


def is_credit_note_code(code: str | None) -> bool:
    return code is not None and code.strip() in CREDIT_NOTE_CODES


def credit_note_signs(fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` of a credit note with the sign INTEGRATION.md documents: the XML states a
    credit's amounts positive, the API reports them negative (as the page reader does)."""
    out = dict(fields)
    for name in _SIGNED:
        if out.get(name) is not None:
            out[name] = -out[name]
    out["vat_breakdown"] = [
        {k: (-v if k in ("base", "amount") and v is not None else v) for k, v in vat.items()}
        for vat in fields.get("vat_breakdown", [])
    ]
    out["line_items"] = [
        {k: (-v if k == "amount" and v is not None else v) for k, v in line.items()}
        for line in fields.get("line_items", [])
    ]
    return {k: v for k, v in out.items() if v != []}


def parse_einvoice(data: bytes) -> dict[str, Any]:
    """InvoiceFields values from an e-invoice, CII (:func:`parse_cii`) or UBL
    (:func:`~invoice_scanner_processing.einvoice_ubl.parse_ubl`).

    Raises :class:`EInvoiceError` for anything that is not an e-invoice, so the caller falls
    back to the values read from the pages.
    """
    # The UBL module builds on this one's safe parser and helpers, so it is imported here.
    from invoice_scanner_processing.einvoice_ubl import parse_ubl

    syntax = invoice_syntax(data)
    return parse_cii(data) if syntax == "cii" else parse_ubl(data)
