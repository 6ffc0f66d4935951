from __future__ import annotations

import uuid
from typing import Any

from flask import current_app
from flask.views import MethodView
from flask_jwt_extended import jwt_required
from flask_smorest import Blueprint, abort

from invoice_scanner_api.auth.service import current_principal
from invoice_scanner_api.extensions import db
from invoice_scanner_api.webhooks import service
from invoice_scanner_api.webhooks.schemas import (
    DeliveryListSchema,
    DeliveryQuerySchema,
    WebhookCreatedSchema,
    WebhookCreateSchema,
    WebhookListSchema,
    WebhookSchema,
    WebhookUpdateSchema,
)
from invoice_scanner_common.webhooks import RefusedURLError, UrlPolicy

blp = Blueprint(
    "webhooks",
    __name__,
    url_prefix="/webhooks",
    description="Callback URLs told of every final document status, signed with HMAC-SHA256",
)
SECURITY: list[dict[str, list[str]]] = [{"bearerAuth": []}]


def _policy() -> UrlPolicy:
    policy: UrlPolicy = current_app.config["SETTINGS"].webhook_policy
    return policy


def _load(webhook_id: uuid.UUID) -> Any:
    try:
        return service.get_for_company(db.session, current_principal().company_id, webhook_id)
    except LookupError:
        abort(404, message="Webhook not found")


@blp.route("")
class Webhooks(MethodView):
    @jwt_required()
    @blp.response(200, WebhookListSchema)
    @blp.doc(security=SECURITY)
    def get(self) -> dict[str, Any]:
        """The company's webhooks (without their secrets)."""
        return {"webhooks": service.list_for_company(db.session, current_principal().company_id)}

    @jwt_required()
    @blp.arguments(WebhookCreateSchema)
    @blp.response(201, WebhookCreatedSchema)
    @blp.alt_response(422, description="Not http(s), or a private address not allowed")
    @blp.doc(security=SECURITY)
    def post(self, body: dict[str, Any]) -> Any:
        """Register a callback URL; the answer holds its signing secret, shown only once."""
        try:
            return service.create(
                db.session,
                _policy(),
                current_principal().company_id,
                body["url"],
                body.get("description"),
            )
        except RefusedURLError as exc:
            abort(422, message=f"Webhook URL refused: {exc}")


@blp.route("/<uuid:webhook_id>")
class WebhookItem(MethodView):
    @jwt_required()
    @blp.response(200, WebhookSchema)
    @blp.doc(security=SECURITY)
    def get(self, webhook_id: uuid.UUID) -> Any:
        """One webhook."""
        return _load(webhook_id)

    @jwt_required()
    @blp.arguments(WebhookUpdateSchema)
    @blp.response(200, WebhookSchema)
    @blp.alt_response(422, description="Not http(s), or a private address not allowed")
    @blp.doc(security=SECURITY)
    def patch(self, changes: dict[str, Any], webhook_id: uuid.UUID) -> Any:
        """Change the URL or description, or pause it (``active: false``)."""
        hook = _load(webhook_id)
        try:
            return service.update(db.session, _policy(), hook, changes)
        except RefusedURLError as exc:
            abort(422, message=f"Webhook URL refused: {exc}")

    @jwt_required()
    @blp.response(204)
    @blp.doc(security=SECURITY)
    def delete(self, webhook_id: uuid.UUID) -> None:
        """Remove the webhook and its delivery log."""
        service.delete(db.session, _load(webhook_id))


@blp.route("/<uuid:webhook_id>/deliveries")
class Deliveries(MethodView):
    @jwt_required()
    @blp.arguments(DeliveryQuerySchema, location="query")
    @blp.response(200, DeliveryListSchema)
    @blp.doc(security=SECURITY)
    def get(self, query: dict[str, Any], webhook_id: uuid.UUID) -> dict[str, Any]:
        """The delivery log, newest first: each announced status, its attempts and outcome."""
        hook = _load(webhook_id)
        rows, total = service.deliveries(db.session, hook, query["page"], query["page_size"])
        return {
            "deliveries": rows,
            "page": query["page"],
            "page_size": query["page_size"],
            "total": total,
        }
