from __future__ import annotations

from typing import Any

from flask.views import MethodView
from flask_jwt_extended import jwt_required
from flask_smorest import Blueprint, abort

from invoice_scanner_api.auth.service import current_principal
from invoice_scanner_api.companies import service
from invoice_scanner_api.companies.schemas import CompanySettingsSchema, CompanySettingsUpdateSchema
from invoice_scanner_api.extensions import db
from invoice_scanner_common.db import Company

blp = Blueprint(
    "companies", __name__, url_prefix="/companies", description="The caller's company settings"
)
SECURITY: list[dict[str, list[str]]] = [{"bearerAuth": []}]
GONE = "The token's company no longer exists"


def _company(changes: dict[str, Any] | None = None) -> Company:
    company_id = current_principal().company_id
    try:
        if changes is None:
            return service.get(db.session, company_id)
        return service.update(db.session, company_id, changes)
    except LookupError:
        abort(404, message=GONE)
        raise AssertionError("abort() raises") from None  # for type checkers


@blp.route("/me")
class MyCompany(MethodView):
    @jwt_required()
    @blp.response(200, CompanySettingsSchema)
    @blp.alt_response(404, description=GONE)
    @blp.doc(security=SECURITY)
    def get(self) -> Company:
        """The caller's company and its settings."""
        return _company()

    @jwt_required()
    @blp.arguments(CompanySettingsUpdateSchema)
    @blp.response(200, CompanySettingsSchema)
    @blp.alt_response(404, description=GONE)
    @blp.doc(security=SECURITY)
    def patch(self, changes: dict[str, Any]) -> Company:
        """Change the caller's company settings; fields left out stay as they are.

        ``default_currency`` must be an ISO 4217 code of a currency with minor units (case is
        ignored, stored upper-case); anything else is 422 with the reason. A company can only
        ever change its own settings: the company comes from the token.
        """
        return _company(changes)
