"""The API's side of the field table: the flat document fields, their schemas and values.

Every flat field the API shows or accepts comes from ``invoice_scanner_common.fields``: its
marshmallow field (so its OpenAPI schema) follows from the value type, a text field's
``maxLength`` is the row's ``width``, and a document's flat values are read from the columns
of ``extraction_results`` (amounts as JSON numbers, dates as ISO dates).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from marshmallow import fields, validate

from invoice_scanner_common.fields import FIELDS, FieldSpec, FieldTable, ValueType

#: The order the flat fields had in the published document schema before they came from the
#: table; kept so that the OpenAPI document stays the same. Later fields follow in table order.
PUBLISHED_ORDER = (
    "invoice_number",
    "invoice_date",
    "vendor_name",
    "amount",
    "vat",
    "total",
    "due_date",
    "currency",
)

#: Amounts a reviewer may type: anything the database's ``Numeric(18, 2)`` holds.
MONEY_RANGE = validate.Range(min=-(10**15), max=10**15)
#: apispec writes a Decimal field's range as strings ("1000000000000000.00"); JSON Schema
#: needs numbers, so the document states the same bounds as numbers.
MONEY_DOC = {"minimum": -(10**15), "maximum": 10**15}


def _published(spec: FieldSpec) -> int:
    return (
        PUBLISHED_ORDER.index(spec.name) if spec.name in PUBLISHED_ORDER else len(PUBLISHED_ORDER)
    )


def shown_fields(table: FieldTable = FIELDS) -> list[FieldSpec]:
    """The flat fields of the document view (the header fields), in published order."""
    return sorted((spec for spec in table if spec.header), key=_published)


def view_field(spec: FieldSpec) -> fields.Field:
    """How the document view shows ``spec``: amounts as numbers, dates as ISO dates."""
    metadata = {"description": spec.api_description} if spec.api_description else {}
    if spec.type is ValueType.DATE:
        return fields.Date(allow_none=True, metadata=metadata)
    if spec.type is ValueType.MONEY:
        return fields.Float(allow_none=True, metadata=metadata)
    return fields.String(allow_none=True, metadata=metadata)


def view_fields(table: FieldTable = FIELDS) -> dict[str, fields.Field]:
    return {spec.name: view_field(spec) for spec in shown_fields(table)}


def text_field(limit: int) -> fields.String:
    return fields.String(allow_none=True, validate=validate.Length(max=limit))


def money_field() -> fields.Decimal:
    return fields.Decimal(places=2, allow_none=True, validate=MONEY_RANGE, metadata=MONEY_DOC)


def correction_field(spec: FieldSpec) -> fields.Field:
    """What a reviewer may send for ``spec``; a wrong type or length is a 422."""
    if spec.type is ValueType.DATE:
        return fields.Date(allow_none=True)
    if spec.type is ValueType.MONEY:
        return money_field()
    if spec.type is ValueType.CURRENCY:
        return fields.String(
            allow_none=True,
            validate=validate.Regexp(r"^[A-Z]{3}$", error="an ISO 4217 code such as EUR"),
        )
    assert spec.width is not None  # the table requires a width of every text field
    return text_field(spec.width)


def correctable_fields(table: FieldTable = FIELDS) -> list[FieldSpec]:
    """The flat fields a reviewer may set, in the published order: the header fields, then
    the other amounts, then the other text (each group in table order)."""
    rows = [spec for spec in table if spec.flat and spec.correctable]
    return sorted(
        rows, key=lambda s: (not s.header, not s.header and s.type is not ValueType.MONEY)
    )


def correction_fields(table: FieldTable = FIELDS) -> dict[str, fields.Field]:
    return {spec.name: correction_field(spec) for spec in correctable_fields(table)}


def flat_values(result: Any, table: FieldTable = FIELDS) -> dict[str, Any]:
    """A result row's flat fields as the document view shows them (``None`` without a row)."""
    values: dict[str, Any] = {}
    for spec in shown_fields(table):
        value = getattr(result, spec.name) if result is not None else None
        if spec.type is ValueType.MONEY and isinstance(value, Decimal | int | float):
            value = float(value)
        values[spec.name] = value
    return values
