from __future__ import annotations

from marshmallow import Schema, fields, validate


class WebhookCreateSchema(Schema):
    url = fields.String(required=True, validate=validate.Length(min=8, max=2000))
    description = fields.String(load_default=None, validate=validate.Length(max=300))


class WebhookUpdateSchema(Schema):
    url = fields.String(validate=validate.Length(min=8, max=2000))
    description = fields.String(allow_none=True, validate=validate.Length(max=300))
    active = fields.Boolean()


class WebhookSchema(Schema):
    id = fields.UUID()
    url = fields.String()
    description = fields.String(allow_none=True)
    active = fields.Boolean()
    created_at = fields.DateTime()


class WebhookCreatedSchema(WebhookSchema):
    secret = fields.String(
        metadata={"description": "HMAC-SHA256 key of the signatures; shown only this once"}
    )


class WebhookListSchema(Schema):
    webhooks = fields.List(fields.Nested(WebhookSchema))


class DeliveryQuerySchema(Schema):
    page = fields.Integer(load_default=1, validate=validate.Range(min=1))
    page_size = fields.Integer(load_default=20, validate=validate.Range(min=1, max=100))


class DeliverySchema(Schema):
    id = fields.UUID()
    document_id = fields.UUID()
    status = fields.String(metadata={"description": "the document status announced"})
    state = fields.String(metadata={"description": "pending, delivered, failed or cancelled"})
    attempts = fields.Integer()
    last_status_code = fields.Integer(allow_none=True)
    last_error = fields.String(allow_none=True)
    created_at = fields.DateTime()
    last_attempt_at = fields.DateTime(allow_none=True)
    delivered_at = fields.DateTime(allow_none=True)


class DeliveryListSchema(Schema):
    deliveries = fields.List(fields.Nested(DeliverySchema))
    page = fields.Integer()
    page_size = fields.Integer()
    total = fields.Integer()
