"""The API's extensions, each with ``init_app`` (Flask app-factory pattern)."""

from __future__ import annotations

import logging
from typing import Any

from celery import Celery
from flask import Flask, current_app, g
from flask_jwt_extended import JWTManager
from flask_smorest import Api
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from invoice_scanner_common.contracts import TASK_QUEUES, TaskName
from invoice_scanner_common.db import make_engine, make_session_factory

logger = logging.getLogger(__name__)


class Database:
    """One engine per app (kept in ``app.extensions``, so a second app in the same process,
    as tests build, does not replace the first one's); one session per request."""

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
    """A send-only Celery app: the API sends tasks by name and never imports worker code."""

    celery: Celery

    def init_app(self, app: Flask, broker_url: str) -> None:
        self.celery = Celery("invoice_scanner_api", broker=broker_url)
        self.celery.conf.update(
            task_serializer="json",
            accept_content=["json"],
            broker_connection_retry_on_startup=False,
            # A dead broker must not hang an upload: fail fast, the document stays not-queued.
            broker_connection_timeout=3,
            broker_transport_options={"max_retries": 1, "interval_start": 0, "interval_step": 0.5},
            task_routes={name.value: {"queue": queue.value} for name, queue in TASK_QUEUES.items()},
        )
        app.extensions["invoice_scanner_tasks"] = self

    def send(self, name: TaskName, *, kwargs: dict[str, Any], task_id: str | None = None) -> str:
        result = self.celery.send_task(
            name.value,
            kwargs=kwargs,
            queue=TASK_QUEUES[name].value,
            task_id=task_id,
            retry=False,
        )
        return str(result.id)


api = Api()
jwt = JWTManager()
db = Database()
tasks = TaskSender()
