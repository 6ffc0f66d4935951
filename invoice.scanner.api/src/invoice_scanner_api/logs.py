"""The API's log context: the caller's company on every line of an authenticated request.

The document id is set where a request touches a document (``document_context``); the company
comes from the verified JWT, read when a line is logged.
"""

from __future__ import annotations

import logging

from flask import Flask, has_request_context
from flask_jwt_extended import get_jwt

from invoice_scanner_common.logs import context_providers


def _company_of_caller(_: logging.LogRecord) -> dict[str, str]:
    if not has_request_context():
        return {}
    try:
        claims = get_jwt()
    except RuntimeError:  # no verified token in this request
        return {}
    company = claims.get("cid")
    return {"company_id": str(company)} if company else {}


def init_app(app: Flask) -> None:
    if _company_of_caller not in context_providers:
        context_providers.append(_company_of_caller)
    app.extensions["invoice_scanner_logs"] = True
