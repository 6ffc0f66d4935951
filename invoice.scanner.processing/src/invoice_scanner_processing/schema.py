"""The invoice schema: one pydantic model that every provider's output is validated against.

:class:`InvoiceFields` is built from the field table (``invoice_scanner_common.fields``), and
the JSON schema sent to hosted LLMs is generated from it; there is no hand-written copy per
provider. Values are normalised: ISO dates, amounts as numbers in the
invoice currency, ISO 4217 currency codes, rates as percentages (25 means 25 %).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

# Required and header fields are part of the contract with the API (its review checks), and
# so is the one-cent tolerance within which two amounts agree (rounding on the invoice).
from invoice_scanner_common.checks import HEADER_FIELDS, REQUIRED_FIELDS  # noqa: F401
from invoice_scanner_common.checks import TOLERANCE as CENT  # noqa: F401
from invoice_scanner_common.fields import FIELDS, FieldSpec, FieldTable, ValueType

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


class InvoiceBase(BaseModel):
    """What every invoice model built from a field table shares (see :func:`invoice_model`)."""

    model_config = ConfigDict(extra="ignore")

    def header(self) -> dict[str, Any]:
        """The flat header fields as JSON-ready values (dates ISO, amounts float)."""
        out: dict[str, Any] = {}
        for name in type(self).table.header:
            value = getattr(self, name)
            if isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, Decimal):
                value = float(value)
            out[name] = value
        return out

    #: The field table the model was built from.
    table: ClassVar[FieldTable] = FIELDS


def _python_type(spec: FieldSpec) -> tuple[Any, Any]:
    """The annotation and default of ``spec``'s attribute."""
    if spec.type is ValueType.VAT_LINES:
        return list[VatLine], Field(default_factory=list, description=spec.description)
    if spec.type is ValueType.LINE_ITEMS:
        return list[LineItem], Field(default_factory=list, description=spec.description)
    if spec.type is ValueType.CHOICE:
        scalar: Any = Literal[spec.choices]
    else:
        scalar = _SCALARS[spec.type]
    return scalar | None, Field(None, description=spec.description)


_SCALARS: dict[ValueType, type] = {
    ValueType.TEXT: str,
    ValueType.CODE: str,
    ValueType.CURRENCY: str,
    ValueType.DATE: date,
    ValueType.MONEY: Decimal,
}


def invoice_model(table: FieldTable, name: str = "InvoiceFields") -> type[InvoiceBase]:
    """A pydantic model with one attribute per row of ``table``, in table order."""
    definitions: dict[str, Any] = {spec.name: _python_type(spec) for spec in table}
    model = create_model(
        name,
        __base__=InvoiceBase,
        __module__=__name__,
        __doc__="Everything we extract from an invoice. Missing values are null.",
        **definitions,
    )
    model.table = table
    return model


if TYPE_CHECKING:

    class InvoiceFields(InvoiceBase):
        """The field table's model as the type checker sees it.

        At run time :data:`InvoiceFields` is built from ``invoice_scanner_common.fields.FIELDS``
        by :func:`invoice_model`. These annotations type the attributes code reads by name;
        ``tests/test_schema_fields.py`` checks that each is a row of the table with the same
        type. A field handled only through the table needs no line here.
        """

        document_type: DocumentType | None = None
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
        currency: str | None = None
        amount: Decimal | None = None
        vat: Decimal | None = None
        vat_breakdown: list[VatLine] = Field(default_factory=list)
        discount: Decimal | None = None
        shipping: Decimal | None = None
        tip: Decimal | None = None
        rounding: Decimal | None = None
        total: Decimal | None = None
        amount_due: Decimal | None = None
        line_items: list[LineItem] = Field(default_factory=list)

else:
    InvoiceFields = invoice_model(FIELDS)


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
