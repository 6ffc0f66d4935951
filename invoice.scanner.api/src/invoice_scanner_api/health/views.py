"""Liveness and readiness: the API process, Postgres and the broker."""

from __future__ import annotations

from typing import Any

from flask import current_app
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import Schema, fields
from sqlalchemy import text

from invoice_scanner_api.extensions import db, tasks
from invoice_scanner_api.health.checks import readiness

blp = Blueprint("health", __name__, url_prefix="/health", description="Service health")


class HealthSchema(Schema):
    status = fields.String(metadata={"description": "ok or degraded"})
    database = fields.String()
    broker = fields.String()


@blp.route("")
class Health(MethodView):
    @blp.response(200, HealthSchema)
    def get(self) -> dict[str, Any]:
        """Report whether the API can reach Postgres and Redis.

        Always 200 while the process serves requests; ``status`` is ``degraded`` when a
        dependency is unreachable, so load balancers and operators can tell the two apart.
        """
        result = {"status": "ok", "database": "ok", "broker": "ok"}
        try:
            db.session.execute(text("SELECT 1"))
        except Exception:
            result["database"] = "unreachable"
            result["status"] = "degraded"
        if not _broker_answers():
            result["broker"] = "unreachable"
            result["status"] = "degraded"
        return result


def _ping(conn: Any) -> None:
    conn.ensure_connection(max_retries=1, timeout=2)
    conn.default_channel.client.ping()


def _broker_answers() -> bool:
    """A pooled connection first (a new TCP connection per probe made /health slow under
    load); when that fails (a connection left stale by a Redis restart, a pool another app in
    this process holds), one fresh connection decides."""
    try:
        with tasks.celery.pool.acquire(block=True, timeout=2) as conn:
            _ping(conn)
        return True
    except Exception:  # noqa: S110 - the fresh connection below decides
        pass
    try:
        with tasks.celery.connection_for_write() as conn:
            _ping(conn)
        return True
    except Exception:
        return False


class ReadinessCheckSchema(Schema):
    ok = fields.Boolean()
    latency_ms = fields.Float()
    workers = fields.Integer(metadata={"description": "live workers consuming the queue"})
    error = fields.String()


class ReadinessSchema(Schema):
    status = fields.String(metadata={"description": "ready or not_ready"})
    database = fields.Nested(ReadinessCheckSchema)
    redis = fields.Nested(ReadinessCheckSchema)
    workers = fields.Dict(keys=fields.String(), values=fields.Nested(ReadinessCheckSchema))


@blp.route("/ready")
class Ready(MethodView):
    @blp.response(200, ReadinessSchema)
    @blp.alt_response(503, schema=ReadinessSchema, description="Not ready; the failing checks")
    def get(self) -> tuple[dict[str, Any], int]:
        """Whether the service can process documents now.

        Checks the database, Redis and, for every queue, that at least one live worker
        consumes it (asked over the broker with a short timeout), each with its latency.
        503 when any check fails.
        """
        settings = current_app.config["SETTINGS"]
        report = readiness(
            db.engine, tasks.celery, settings.common.redis_url, settings.readiness_timeout
        )
        return report, 200 if report["status"] == "ready" else 503
