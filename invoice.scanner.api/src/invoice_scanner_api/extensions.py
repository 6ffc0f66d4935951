"""The API's extensions, each with ``init_app`` (Flask app-factory pattern)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from celery import Celery, chain
from flask import Flask, current_app, g, request
from flask_jwt_extended import JWTManager
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_smorest import Api
from redis import Redis
from redis.exceptions import RedisError
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from invoice_scanner_api.auth.mirror import RevocationMirror
from invoice_scanner_api.auth.mirror import event as mirror_event
from invoice_scanner_common.contracts import TaskName, task_queues
from invoice_scanner_common.db import make_engine, make_session_factory

logger = logging.getLogger(__name__)


class Database:
    """One engine per app; one session per request, closed at teardown.

    The engine lives in ``app.extensions``, not on this shared object, so two apps in one
    process (tests build one with a database that is down) never change each other's.
    """

    def init_app(self, app: Flask, database_url: str) -> None:
        engine = make_engine(database_url)
        app.extensions["invoice_scanner_db"] = (engine, make_session_factory(engine))

        @app.teardown_appcontext
        def _close(exc: BaseException | None) -> None:
            session: Session | None = g.pop("db_session", None)
            if session is not None:
                if exc is not None:
                    session.rollback()
                session.close()

    @property
    def engine(self) -> Engine:
        engine: Engine = current_app.extensions["invoice_scanner_db"][0]
        return engine

    @property
    def factory(self) -> sessionmaker[Session]:
        factory: sessionmaker[Session] = current_app.extensions["invoice_scanner_db"][1]
        return factory

    @property
    def session(self) -> Session:
        if "db_session" not in g:
            g.db_session = self.factory()
        session: Session = g.db_session
        return session


class TaskSender:
    """A send-only Celery app: the API sends tasks by name and never imports worker code.

    One Celery app per Flask app, kept in ``app.extensions`` like the database engine.
    """

    def init_app(self, app: Flask, broker_url: str) -> None:
        celery = Celery("invoice_scanner_api", broker=broker_url)
        celery.conf.update(
            task_serializer="json",
            accept_content=["json"],
            broker_connection_retry_on_startup=False,
            # A dead broker must not hang an upload: fail fast, the document stays not-queued.
            broker_connection_timeout=3,
            broker_transport_options={"max_retries": 1, "interval_start": 0, "interval_step": 0.5},
            task_routes={name: {"queue": queue} for name, queue in task_queues().items()},
        )
        app.extensions["invoice_scanner_tasks"] = celery

    @property
    def celery(self) -> Celery:
        celery: Celery = current_app.extensions["invoice_scanner_tasks"]
        return celery

    def send(self, name: TaskName, *, kwargs: dict[str, Any], task_id: str | None = None) -> str:
        result = self.celery.send_task(
            name.value,
            kwargs=kwargs,
            queue=task_queues()[name],
            task_id=task_id,
            retry=False,
        )
        return str(result.id)

    def send_chain(self, names: Sequence[TaskName], *, kwargs: dict[str, Any]) -> str:
        """Send ``names`` as one chain, each task with the same ``kwargs``, by name."""
        signatures = [
            self.celery.signature(
                name.value, kwargs=kwargs, immutable=True, queue=task_queues()[name]
            )
            for name in names
        ]
        result = chain(*signatures).apply_async(retry=False)
        return str(result.id)


REVOCATION_PREFIX = "invoice_scanner_revoked"


def revocation_keys(payload: dict[str, Any], prefix: str = REVOCATION_PREFIX) -> list[str]:
    """The revocation list's keys of a token: its ``jti`` and its login's ``sid``."""
    keys = [f"{prefix}:jti:{payload.get('jti')}"]
    if payload.get("sid"):
        keys.append(f"{prefix}:sid:{payload['sid']}")
    return keys


class Revocations:
    """Revoked token ids (``jti``) and login sessions (``sid``) in Redis, each until it expires.

    A login's access and refresh tokens share one ``sid``, so logout revokes both with one key.
    Each process answers from its own copy of the list (``auth.mirror``), kept current over
    Redis pub/sub, and asks Redis per request only while that copy is not trustworthy.
    A Redis outage fails open (logged): access tokens live minutes, and refusing every request
    while Redis is down would turn a broker outage into an API outage.
    """

    prefix = REVOCATION_PREFIX

    def init_app(self, app: Flask, redis_url: str) -> None:
        # Per app, like the database engine: two apps in one process keep their own Redis.
        app.extensions["invoice_scanner_revocations"] = Redis.from_url(
            redis_url, socket_timeout=2, socket_connect_timeout=2
        )
        app.extensions["invoice_scanner_revocation_mirror"] = RevocationMirror(
            redis_url, self.prefix
        )

    @property
    def redis(self) -> Redis:
        client: Redis = current_app.extensions["invoice_scanner_revocations"]
        return client

    @property
    def mirror(self) -> RevocationMirror:
        found: RevocationMirror = current_app.extensions["invoice_scanner_revocation_mirror"]
        return found

    def _keys(self, payload: dict[str, Any]) -> list[str]:
        return revocation_keys(payload, self.prefix)

    def revoke(self, payload: dict[str, Any], ttl_seconds: int) -> None:
        ttl = max(1, ttl_seconds)
        keys = self._keys(payload)
        with self.redis.pipeline() as pipe:
            for key in keys:
                pipe.set(key, 1, ex=ttl)
            pipe.publish(self.mirror.channel, mirror_event(keys, ttl))
            pipe.execute()
        self.mirror.add(keys, ttl)

    def is_revoked(self, payload: dict[str, Any]) -> bool:
        keys = self._keys(payload)
        known = self.mirror.lookup(keys)
        if known is not None:
            return known
        try:
            return bool(self.redis.exists(*keys))
        except RedisError as exc:
            logger.warning("token revocation list unavailable: %s", type(exc).__name__)
            return False


api = Api()

#: The reads every client polls about once a second. They declare no limit, so the limiter
#: does not look at them (resolving a request's limits was a seventh of the status endpoint's
#: time in its profile).
POLLED_READS = frozenset({"documents.DocumentStatusView", "documents.DocumentItem"})


def _polled_read() -> bool:
    return request.endpoint in POLLED_READS and request.method in ("GET", "HEAD")


class _Limiter(Limiter):
    """flask-limiter that returns at once on the polled reads: exempted by a request filter
    alone, each still paid about 50 µs (tight loop) to resolve its limits first."""

    def _check_request_limit(
        self, callable_name: str | None = None, in_middleware: bool = True
    ) -> None:
        if not _polled_read():
            super()._check_request_limit(callable_name, in_middleware)


#: Limits are declared on the views (auth/views.py); none apply to other endpoints.
limiter = _Limiter(key_func=get_remote_address)
#: The filter also keeps the limiter's response headers off the polled reads.
limiter.request_filter(_polled_read)


revocations = Revocations()
jwt = JWTManager()
db = Database()
tasks = TaskSender()
