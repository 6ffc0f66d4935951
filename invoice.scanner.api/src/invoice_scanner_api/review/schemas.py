from __future__ import annotations

from typing import TYPE_CHECKING, Any

from marshmallow import RAISE, Schema, ValidationError, fields, validate, validates_schema

from invoice_scanner_api.documents.flat_fields import (
    MONEY_DOC,
    MONEY_RANGE,
    correction_fields,
    money_field,
    text_field,
)
from invoice_scanner_api.documents.schemas import DocumentSchema
from invoice_scanner_api.suppliers.schemas import DocumentSupplierSchema
from invoice_scanner_common.fields import FIELDS, FieldTable

_MONEY, _MONEY_DOC = MONEY_RANGE, MONEY_DOC
_text, _money = text_field, money_field


def field_correction_schema(
    table: FieldTable = FIELDS, name: str = "FieldCorrectionSchema"
) -> type[Schema]:
    """The fields a reviewer may set (the table's correctable flat fields); an unknown name
    or a wrong type is a 422."""
    meta = type("Meta", (), {"unknown": RAISE})
    attrs = {"__module__": __name__, "Meta": meta, **correction_fields(table)}
    return type(name, (Schema,), attrs)


if TYPE_CHECKING:

    class FieldCorrectionSchema(Schema):
        """Built by :func:`field_correction_schema` from the field table."""

else:
    FieldCorrectionSchema = field_correction_schema()


class LineItemInputSchema(Schema):
    class Meta:
        unknown = RAISE

    description = _text(1000)
    quantity = fields.Decimal(allow_none=True, validate=_MONEY, metadata=_MONEY_DOC)
    unit = _text(50)
    unit_price = fields.Decimal(allow_none=True, validate=_MONEY, metadata=_MONEY_DOC)
    amount = _money()
    tax_rate = fields.Decimal(
        allow_none=True,
        validate=validate.Range(min=0, max=100),
        metadata={"minimum": 0, "maximum": 100},
    )


class CorrectionSchema(Schema):
    class Meta:
        unknown = RAISE

    fields_ = fields.Nested(
        FieldCorrectionSchema, load_default=dict, data_key="fields", attribute="fields"
    )
    line_items = fields.List(
        fields.Nested(LineItemInputSchema),
        load_default=None,
        validate=validate.Length(max=1000),
        metadata={"description": "Replaces all line items when given"},
    )
    comment = _text(2000)

    @validates_schema
    def _something(self, data: dict[str, Any], **_: Any) -> None:
        if not data.get("fields") and data.get("line_items") is None:
            raise ValidationError("give at least one field or the line items", "fields")


class CommentSchema(Schema):
    class Meta:
        unknown = RAISE

    comment = _text(2000)


class RejectSchema(Schema):
    class Meta:
        unknown = RAISE

    reason = fields.String(required=True, validate=validate.Length(min=1, max=2000))


class FieldEvidenceSchema(Schema):
    value = fields.Raw(allow_none=True)
    confidence = fields.Float(allow_none=True, metadata={"description": "0 to 1"})
    source = fields.String(
        metadata={
            "description": "text_layer, ocr, e_invoice, llm:<provider>, rules, inferred, "
            "company_default (the company's default currency; the document states none), "
            "memory (read at a place a reviewer taught for this supplier) or corrected"
        }
    )
    page = fields.Integer(allow_none=True, metadata={"description": "1-based"})
    bbox = fields.List(
        fields.Float(),
        allow_none=True,
        metadata={"description": "[x0, y0, x1, y1], normalised 0-1 page coordinates"},
    )


class CheckSchema(Schema):
    name = fields.String()
    passed = fields.Boolean()
    severity = fields.String(metadata={"description": "error or warning"})
    detail = fields.String(allow_none=True)
    fields_ = fields.List(fields.String(), data_key="fields", attribute="fields")


class OriginalPredictionSchema(Schema):
    fields_ = fields.Dict(
        keys=fields.String(),
        values=fields.Nested(FieldEvidenceSchema),
        data_key="fields",
        attribute="fields",
    )
    line_items = fields.List(fields.Dict())
    checks = fields.List(fields.Nested(CheckSchema))


class AuditSchema(Schema):
    action = fields.String(
        metadata={"description": "correct, approve, reject, reprocess or delete"}
    )
    user_id = fields.UUID(allow_none=True)
    user_email = fields.String(allow_none=True)
    at = fields.DateTime()
    old = fields.Dict(allow_none=True)
    new = fields.Dict(allow_none=True)
    comment = fields.String(allow_none=True)


class ReviewDocumentSchema(DocumentSchema):
    status_reason = fields.String(allow_none=True)
    fields_ = fields.Dict(
        keys=fields.String(),
        values=fields.Nested(FieldEvidenceSchema),
        data_key="fields",
        attribute="fields",
        metadata={"description": "Per-field value, confidence, source, page and bbox"},
    )
    checks = fields.List(fields.Nested(CheckSchema))
    line_items = fields.List(fields.Dict())
    original_prediction = fields.Nested(
        OriginalPredictionSchema,
        allow_none=True,
        metadata={"description": "The pipeline's prediction, never overwritten by corrections"},
    )
    audit = fields.List(fields.Nested(AuditSchema))
    supplier = fields.Nested(
        DocumentSupplierSchema,
        allow_none=True,
        metadata={"description": "The known supplier recognised (null: none yet)"},
    )


class ReprocessResponseSchema(Schema):
    message = fields.String()
    document_id = fields.UUID()
    status = fields.String()
    mode = fields.String(metadata={"description": "from_stage or from_start"})
    queued = fields.Boolean(
        metadata={"description": "False when the broker was unreachable; a status poll queues it"}
    )


class ApprovalRefusedSchema(Schema):
    code = fields.Integer()
    status = fields.String()
    message = fields.String()
    failing_checks = fields.List(fields.Nested(CheckSchema))
