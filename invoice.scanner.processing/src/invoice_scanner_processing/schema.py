"""The invoice schema: one pydantic model that every provider's output is validated against.

The JSON schema sent to hosted LLMs is generated from :class:`InvoiceFields`; there is no
hand-written copy per provider. Values are normalised: ISO dates, amounts as numbers in the
invoice currency, ISO 4217 currency codes, rates as percentages (25 means 25 %).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

# Required and header fields are part of the contract with the API (its review checks), and
# so is the one-cent tolerance within which two amounts agree (rounding on the invoice).
from invoice_scanner_common.checks import HEADER_FIELDS, REQUIRED_FIELDS  # noqa: F401
from invoice_scanner_common.checks import TOLERANCE as CENT  # noqa: F401

DocumentType = Literal["invoice", "credit_note", "receipt"]


class VatLine(BaseModel):
    model_config = ConfigDict(extra="ignore")

    rate: Decimal | None = Field(None, description="VAT rate in percent, e.g. 25 for 25 %")
    base: Decimal | None = Field(None, description="Net amount the rate applies to")
    amount: Decimal | None = Field(None, description="VAT amount at this rate")


class LineItem(BaseModel):
    model_config = ConfigDict(extra="ignore")

    description: str | None = None
    quantity: Decimal | None = None
    unit: str | None = None
    unit_price: Decimal | None = None
    amount: Decimal | None = Field(None, description="Line total as printed (usually net)")
    tax_rate: Decimal | None = Field(None, description="Tax rate in percent")


class InvoiceFields(BaseModel):
    """Everything we extract from an invoice. Missing values are null."""

    model_config = ConfigDict(extra="ignore")

    document_type: DocumentType | None = Field(
        None,
        description=(
            "invoice, credit_note (a credit note, refund or negative correction: its amounts "
            "are reported negative) or receipt (a till or payment receipt)"
        ),
    )
    invoice_number: str | None = None
    invoice_date: date | None = None
    due_date: date | None = None
    vendor_name: str | None = None
    vendor_address: str | None = None
    vendor_vat_id: str | None = None
    customer_name: str | None = None
    customer_address: str | None = None
    customer_tax_id: str | None = None
    purchase_order: str | None = None
    payment_terms: str | None = None
    iban: str | None = None
    bic: str | None = None
    currency: str | None = Field(None, description="ISO 4217 code, e.g. EUR")
    amount: Decimal | None = Field(None, description="Net amount before VAT")
    vat: Decimal | None = Field(None, description="Total VAT amount")
    vat_breakdown: list[VatLine] = Field(default_factory=list)
    discount: Decimal | None = None
    shipping: Decimal | None = None
    total: Decimal | None = Field(None, description="Gross total including VAT")
    amount_due: Decimal | None = None
    line_items: list[LineItem] = Field(default_factory=list)

    def header(self) -> dict[str, Any]:
        """The flat header fields as JSON-ready values (dates ISO, amounts float)."""
        out: dict[str, Any] = {}
        for name in HEADER_FIELDS:
            value = getattr(self, name)
            if isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, Decimal):
                value = float(value)
            out[name] = value
        return out


class Usage(BaseModel):
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float | None = None


class Prediction(BaseModel):
    """What the prediction stage hands to extraction."""

    fields: InvoiceFields
    provider: str
    model: str | None = None
    prompt_version: str | None = None
    #: Per-field confidence in [0, 1], where the provider can tell.
    confidence: dict[str, float] = Field(default_factory=dict)
    #: Per-field evidence: page number, bbox and the source text, where known.
    evidence: dict[str, dict[str, Any]] = Field(default_factory=dict)
    usage: Usage = Field(default_factory=Usage)
    #: Reasons a person should look at this document (e.g. provider fell back to offline).
    flags: list[str] = Field(default_factory=list)
    seconds: float = 0.0
