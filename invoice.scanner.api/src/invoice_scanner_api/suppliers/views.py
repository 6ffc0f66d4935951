"""Supplier memory endpoints: show and forget what reviews taught about a supplier."""

from __future__ import annotations

import uuid
from typing import Any

from flask.views import MethodView
from flask_jwt_extended import jwt_required
from flask_smorest import Blueprint, abort

from invoice_scanner_api.auth.service import current_principal
from invoice_scanner_api.extensions import db
from invoice_scanner_api.suppliers import service
from invoice_scanner_api.suppliers.schemas import SupplierMemorySchema

blp = Blueprint(
    "suppliers",
    __name__,
    url_prefix="/suppliers",
    description="Known suppliers and the layout memory learned from reviews",
)
SECURITY: list[dict[str, list[str]]] = [{"bearerAuth": []}]
NOT_FOUND = "No such supplier in the caller's company"


def _load(supplier_id: uuid.UUID) -> Any:
    try:
        return service.get_for_company(db.session, current_principal().company_id, supplier_id)
    except LookupError:
        # Another company's supplier answers exactly like a missing one.
        abort(404, message="Supplier not found")


@blp.route("/<uuid:supplier_id>/memory")
class SupplierMemory(MethodView):
    @jwt_required()
    @blp.response(200, SupplierMemorySchema)
    @blp.alt_response(404, description=NOT_FOUND)
    @blp.doc(security=SECURITY)
    def get(self, supplier_id: uuid.UUID) -> dict[str, Any]:
        """What was learned: each layout version with, per field, the label and the place."""
        supplier = _load(supplier_id)
        return service.memory_view(db.session, supplier)

    @jwt_required()
    @blp.response(204)
    @blp.alt_response(404, description=NOT_FOUND)
    @blp.doc(security=SECURITY)
    def delete(self, supplier_id: uuid.UUID) -> None:
        """Forget every remembered layout; the next documents are read by the rules alone.

        The supplier stays known by its identifiers; later reviews teach it again.
        """
        supplier = _load(supplier_id)
        service.forget(db.session, supplier)
