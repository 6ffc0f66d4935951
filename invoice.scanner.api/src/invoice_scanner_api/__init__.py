"""invoice.scanner REST API (Flask + flask-smorest)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from flask import Flask, Response, send_from_directory
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import HTTPException

from invoice_scanner_api import guards, logs, metrics
from invoice_scanner_api.config import ApiSettings
from invoice_scanner_api.extensions import api, db, jwt, limiter, revocations, tasks
from invoice_scanner_common.logs import configure_logging

logger = logging.getLogger(__name__)


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the API. ``config`` may hold ``SETTINGS`` (an ApiSettings) and Flask overrides."""
    config = dict(config or {})
    settings: ApiSettings = config.pop("SETTINGS", None) or ApiSettings.from_env()
    configure_logging(settings.common.log_level, settings.common.log_format)

    app = Flask(__name__)
    app.config.update(settings.flask_config())
    app.config.update(config)
    settings.common.documents_raw_dir.mkdir(parents=True, exist_ok=True)

    db.init_app(app, settings.common.database_url)
    tasks.init_app(app, settings.common.redis_url)
    jwt.init_app(app)
    revocations.init_app(app, settings.common.redis_url)
    # Before the limiter: its per-account key reads the JSON body, which must be capped first.
    guards.init_app(app)
    limiter.init_app(app)
    api.init_app(app)
    metrics.init_app(app, settings.common.redis_url, settings.readiness_timeout)
    logs.init_app(app)
    _register_error_handlers(app)
    _register_docs_assets(app)
    if settings.bench_routes:
        _register_bench_route(app)

    from invoice_scanner_api.auth.views import blp as auth_blp
    from invoice_scanner_api.companies.views import blp as companies_blp
    from invoice_scanner_api.documents.views import blp as documents_blp
    from invoice_scanner_api.health.views import blp as health_blp
    from invoice_scanner_api.review.views import blp as review_blp
    from invoice_scanner_api.suppliers.views import blp as suppliers_blp
    from invoice_scanner_api.web.views import blp as web_blp
    from invoice_scanner_api.webhooks.views import blp as webhooks_blp

    api.register_blueprint(health_blp)
    api.register_blueprint(auth_blp)
    api.register_blueprint(companies_blp)
    api.register_blueprint(documents_blp)
    api.register_blueprint(review_blp)
    api.register_blueprint(webhooks_blp)
    api.register_blueprint(suppliers_blp)
    # Not an API resource: a plain Flask blueprint, kept out of the OpenAPI document.
    app.register_blueprint(web_blp)
    # Last: the common polls are answered before Flask's own dispatch.
    from invoice_scanner_api.documents import fastpath

    fastpath.install(app)
    return app


def _register_docs_assets(app: Flask) -> None:
    """Serve Swagger UI's JavaScript and CSS locally: self-hosted installs may be offline."""
    from swagger_ui_bundle import swagger_ui_path

    @app.get("/docs/assets/<path:filename>")
    def _docs_asset(filename: str) -> Response:
        return send_from_directory(str(swagger_ui_path), filename, max_age=86400)


def _register_bench_route(app: Flask) -> None:
    """The yardstick of `make bench`: the same server, settings and middleware, no work."""

    @app.get("/bench/bare")
    def _bare() -> dict[str, str]:
        return {"status": "ok"}


def _http_error_answer(
    app: Flask, exc: HTTPException
) -> tuple[dict[str, Any], int, list[tuple[str, str]]]:
    code = exc.code or 500
    body: dict[str, Any] = {"code": code, "status": exc.name, "message": exc.description}
    if code == 413 and not getattr(exc, "data", None):
        # Werkzeug refused the body before the view ran (MAX_CONTENT_LENGTH).
        settings: ApiSettings = app.config["SETTINGS"]
        limit_mb = settings.intake.max_upload_bytes // (1024 * 1024)
        body["message"] = f"File is larger than the {limit_mb} MB limit"
    data = getattr(exc, "data", None) or {}
    # A refused approval also names the checks that still fail.
    body.update({k: data[k] for k in ("message", "failing_checks") if data.get(k)})
    if data.get("messages"):  # webargs validation errors, by location and field
        body["errors"] = data["messages"]
        body["message"] = "The request is invalid; see errors"
    if code == 429:
        body["message"] = "Too many requests; retry after the seconds in Retry-After"
    # Keep Werkzeug's headers (405's Allow, 416's Content-Range); the body is JSON.
    headers = [(k, v) for k, v in exc.get_headers() if k.lower() != "content-type"]
    return body, code, headers


def _register_error_handlers(app: Flask) -> None:
    """Every error is JSON with a ``message``; nothing leaks a stack trace or a secret.

    Validation errors keep flask-smorest's ``errors`` detail and also get a ``message``.
    """

    @jwt.unauthorized_loader
    def _missing_token(reason: str) -> tuple[dict[str, Any], int]:
        return {"code": 401, "status": "Unauthorized", "message": reason}, 401

    @jwt.invalid_token_loader
    def _invalid_token(reason: str) -> tuple[dict[str, Any], int]:
        return {"code": 401, "status": "Unauthorized", "message": f"Invalid token: {reason}"}, 401

    @jwt.expired_token_loader
    def _expired(_header: dict[str, Any], _payload: dict[str, Any]) -> tuple[dict[str, Any], int]:
        return {"code": 401, "status": "Unauthorized", "message": "Token has expired"}, 401

    @jwt.token_in_blocklist_loader
    def _revoked(_header: dict[str, Any], payload: dict[str, Any]) -> bool:
        return revocations.is_revoked(payload)

    @jwt.revoked_token_loader
    def _revoked_answer(
        _header: dict[str, Any], _payload: dict[str, Any]
    ) -> tuple[dict[str, Any], int]:
        return {"code": 401, "status": "Unauthorized", "message": "Token has been revoked"}, 401

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException) -> tuple[dict[str, Any], int, list[tuple[str, str]]]:
        return _http_error_answer(app, exc)

    @app.errorhandler(OperationalError)
    def _database_down(exc: OperationalError) -> tuple[dict[str, Any], int]:
        # Connection-level database failures are an outage, not a bug: 503 tells clients to
        # retry. The message never includes the connection string.
        logger.error("database unavailable: %s", type(exc.orig).__name__)
        return {
            "code": 503,
            "status": "Service Unavailable",
            "message": "The database is unavailable; please retry shortly",
        }, 503

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> tuple[dict[str, Any], int]:
        logger.error("unhandled error: %s", type(exc).__name__, exc_info=exc)
        return {"code": 500, "status": "Internal Server Error", "message": "Internal error"}, 500
