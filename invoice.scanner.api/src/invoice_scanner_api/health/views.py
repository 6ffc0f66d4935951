"""Liveness and readiness: the API process, Postgres and the broker."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from celery import Celery
from flask import Flask, current_app
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import Schema, fields
from sqlalchemy import Engine, text

from invoice_scanner_api.extensions import db, tasks
from invoice_scanner_api.health.checks import readiness

blp = Blueprint("health", __name__, url_prefix="/health", description="Service health")


class HealthSchema(Schema):
    status = fields.String(metadata={"description": "ok or degraded"})
    database = fields.String()
    broker = fields.String()


#: How long one probe of Postgres and the broker answers /health; then the next request starts
#: a new probe in the background and is answered from the last one meanwhile.
HEALTH_FRESH_S = 1.0
#: An answer older than this is never given: the request waits for a probe of its own.
HEALTH_MAX_AGE_S = 10.0


class HealthProbe:
    """The last answer of ``probe``, refreshed in the background (stale-while-revalidate).

    /health is asked often (load balancers, orchestrators) and must answer at once however
    busy the server is; the probe's two round trips (Postgres ``SELECT 1``, Redis ``PING``)
    each wait for another process to be scheduled, tens of milliseconds on a loaded machine.
    So at most one probe runs at a time per process, off the request path, and requests read
    its result: a dependency going down shows within about ``HEALTH_FRESH_S`` plus the probe.
    """

    def __init__(
        self,
        probe: Callable[[], dict[str, str]],
        fresh_s: float = HEALTH_FRESH_S,
        max_age_s: float = HEALTH_MAX_AGE_S,
    ) -> None:
        self._probe = probe
        self.fresh_s, self.max_age_s = fresh_s, max_age_s
        self._lock = threading.Lock()
        self._result: dict[str, str] | None = None
        self._at = 0.0
        self._refreshing = False

    def get(self) -> dict[str, str]:
        now = time.monotonic()
        with self._lock:
            result, age = self._result, now - self._at
            if result is not None and age < self.fresh_s:
                return dict(result)
            if result is not None and age < self.max_age_s:
                if not self._refreshing:
                    self._refreshing = True
                    threading.Thread(target=self._refresh, name="health", daemon=True).start()
                return dict(result)
        return self._refresh()

    def _refresh(self) -> dict[str, str]:
        try:
            result = self._probe()
            with self._lock:
                self._result, self._at = result, time.monotonic()
            return dict(result)
        finally:
            with self._lock:
                self._refreshing = False


def probe_dependencies(engine: Engine, broker: Callable[[], bool]) -> dict[str, str]:
    result = {"status": "ok", "database": "ok", "broker": "ok"}
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception:
        result["database"] = "unreachable"
        result["status"] = "degraded"
    if not broker():
        result["broker"] = "unreachable"
        result["status"] = "degraded"
    return result


def health_probe() -> HealthProbe:
    """The current app's probe, made on first use (in the serving process, after the fork)."""
    extensions = current_app.extensions
    if "invoice_scanner_health" not in extensions:
        engine, celery = db.engine, tasks.celery
        probe = HealthProbe(lambda: probe_dependencies(engine, lambda: _broker_answers(celery)))
        extensions.setdefault("invoice_scanner_health", probe)
    found: HealthProbe = extensions["invoice_scanner_health"]
    return found


def warm_up(app: object) -> None:
    """Start the first probe for ``app`` (a Flask app; anything else is left alone) in the
    background, so that the first /health request of a fresh server process finds an answer.
    In the background because a dependency that does not answer must not keep the process from
    serving (a request that comes before the probe ends probes for itself, as before).
    Only this API has the probe: another app under the same settings (the bare Flask app of
    `make bench`) is left alone too."""
    if isinstance(app, Flask) and "SETTINGS" in app.config:
        with app.app_context():
            probe = health_probe()
        threading.Thread(target=probe.get, name="health-warm-up", daemon=True).start()


@blp.route("")
class Health(MethodView):
    @blp.response(200, HealthSchema)
    def get(self) -> dict[str, Any]:
        """Report whether the API can reach Postgres and Redis.

        Always 200 while the process serves requests; ``status`` is ``degraded`` when a
        dependency is unreachable, so load balancers and operators can tell the two apart.
        The answer is at most about a second old: the checks run in the background, so this
        endpoint does not wait on a dependency, except for its very first answer and when the
        last answer is older than ``HEALTH_MAX_AGE_S`` (a check hung): then it checks itself.
        """
        return health_probe().get()


def _ping(conn: Any) -> None:
    conn.ensure_connection(max_retries=1, timeout=2)
    conn.default_channel.client.ping()


def _broker_answers(celery: Celery) -> bool:
    """A pooled connection first (a new TCP connection per probe made /health slow under
    load); when that fails (a connection left stale by a Redis restart, a pool another app in
    this process holds), one fresh connection decides."""
    try:
        with celery.pool.acquire(block=True, timeout=2) as conn:
            _ping(conn)
        return True
    except Exception:  # noqa: S110 - the fresh connection below decides
        pass
    try:
        with celery.connection_for_write() as conn:
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
