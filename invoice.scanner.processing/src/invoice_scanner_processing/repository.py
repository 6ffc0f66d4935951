"""Small database look-ups the stages need as plain values (the stages never query)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select

from invoice_scanner_common.contracts import DocumentStatus
from invoice_scanner_common.db import Company, Document, ExtractionResult


def approved_seller_ibans(
    session: Any,
    company_id: uuid.UUID,
    document_id: uuid.UUID,
    vendor_name: str | None,
    vendor_vat_id: str | None,
) -> set[str]:
    """IBANs on the company's other approved documents of the same seller.

    The seller is the same when the VAT id matches, or (without one) the name does, ignoring
    case. Only this company's documents are read.
    """
    if not vendor_name and not vendor_vat_id:
        return set()
    query = (
        select(ExtractionResult.data)
        .join(Document, Document.id == ExtractionResult.document_id)
        .where(
            Document.company_id == company_id,
            Document.id != document_id,
            Document.status == DocumentStatus.APPROVED.value,
        )
    )
    if vendor_vat_id:
        query = query.where(ExtractionResult.data["vendor_vat_id"].astext == vendor_vat_id)
    elif vendor_name:
        query = query.where(func.lower(ExtractionResult.vendor_name) == func.lower(vendor_name))
    out = set()
    for (data,) in session.execute(query.limit(200)):
        iban = (data or {}).get("iban")
        if iban:
            out.add(str(iban).replace(" ", "").upper())
    return out


def company_default_currency(session: Any, company_id: uuid.UUID) -> str | None:
    """The company's declared default currency (ISO 4217, checked by the API), or None."""
    code = session.scalar(select(Company.default_currency).where(Company.id == company_id))
    return str(code) if code else None
