from __future__ import annotations

from typing import TYPE_CHECKING

from flask_smorest.fields import Upload
from marshmallow import Schema, fields, validate

from invoice_scanner_api.documents.flat_fields import view_fields
from invoice_scanner_common.fields import FIELDS, FieldTable


class UploadSchema(Schema):
    file = Upload(required=True, metadata={"description": "PDF, PNG, JPEG, TIFF, WEBP or HEIC"})


class UploadedDocumentSchema(Schema):
    id = fields.UUID()
    status = fields.String()
    created_at = fields.DateTime()
    original_filename = fields.String()
    content_type = fields.String()
    size_bytes = fields.Integer()
    sha256 = fields.String()


class UploadResponseSchema(Schema):
    message = fields.String()
    document = fields.Nested(UploadedDocumentSchema)
    task_id = fields.String(allow_none=True)
    queued = fields.Boolean(
        metadata={"description": "False when the broker was unreachable; it is queued later"}
    )
    duplicate = fields.Boolean()


class ProgressSchema(Schema):
    current_step = fields.Integer()
    total_steps = fields.Integer()
    percentage = fields.Integer()


class TransitionSchema(Schema):
    status = fields.String()
    reason = fields.String(allow_none=True)
    at = fields.DateTime()


class StatusSchema(Schema):
    document_id = fields.UUID()
    status = fields.String()
    status_name = fields.String()
    status_description = fields.String()
    status_reason = fields.String(allow_none=True)
    progress = fields.Nested(ProgressSchema)
    quality_score = fields.Float(allow_none=True)
    created_at = fields.DateTime()
    last_update = fields.DateTime()
    history = fields.List(fields.Nested(TransitionSchema))
    stale = fields.Boolean(
        metadata={"description": "Unfinished, and no worker holds it or its message is lost"}
    )
    retry_at = fields.DateTime(
        allow_none=True,
        metadata={"description": "When the sweeper re-drives it at the latest (null: finished)"},
    )
    heartbeat_at = fields.DateTime(
        allow_none=True, metadata={"description": "Last sign of life of the stage working on it"}
    )
    redrives = fields.Integer(
        metadata={"description": "Times the sweeper re-sent its task since its last stage ended"}
    )


def document_schema(table: FieldTable = FIELDS, name: str = "DocumentSchema") -> type[Schema]:
    """The flat document: its own columns, with the header fields of ``table`` after ``status``."""
    attrs: dict[str, object] = {
        "__module__": __name__,
        "id": fields.UUID(),
        "status": fields.String(),
        **view_fields(table),
        "predicted_accuracy": fields.Float(allow_none=True),
        "quality_score": fields.Float(allow_none=True),
        "original_filename": fields.String(),
        "content_type": fields.String(),
        "page_count": fields.Integer(allow_none=True),
        "created_at": fields.DateTime(),
        "invoice": fields.Dict(
            allow_none=True, metadata={"description": "The full invoice schema (line items etc.)"}
        ),
        "field_confidence": fields.Dict(allow_none=True),
    }
    return type(name, (Schema,), attrs)


if TYPE_CHECKING:

    class DocumentSchema(Schema):
        """Built by :func:`document_schema` from the field table."""

else:
    DocumentSchema = document_schema()


#: Pages beyond this are refused (422): deep offsets cost the database more than they give.
MAX_PAGE = 10_000


class DocumentListQuerySchema(Schema):
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=MAX_PAGE))
    page_size = fields.Integer(load_default=20, validate=validate.Range(min=1, max=100))
    status = fields.String(load_default=None)
    needs_review = fields.Boolean(
        load_default=False,
        metadata={
            "description": "Only manual_review and {step}_error documents, oldest first, "
            "with their failed checks"
        },
    )
    date_from = fields.Date(
        load_default=None, metadata={"description": "Uploaded on or after (UTC date)"}
    )
    date_to = fields.Date(
        load_default=None, metadata={"description": "Uploaded on or before (UTC date)"}
    )
    vendor = fields.String(
        load_default=None,
        validate=validate.Length(min=1, max=300),
        metadata={"description": "Part of the vendor name, any case"},
    )


class FailedCheckSchema(Schema):
    name = fields.String()
    severity = fields.String()
    detail = fields.String(allow_none=True)


class ListedDocumentSchema(DocumentSchema):
    status_reason = fields.String(allow_none=True)
    failed_checks = fields.List(fields.Nested(FailedCheckSchema))


class DocumentListSchema(Schema):
    documents = fields.List(fields.Nested(ListedDocumentSchema))
    page = fields.Integer()
    page_size = fields.Integer()
    total = fields.Integer()
