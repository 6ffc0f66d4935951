"""Every log line of a task carries its document, company, task id and stage.

Set from Celery's task signals around each task, so tasks need no logging code of their own.
The company comes from the task's arguments where it is one (the orchestrator), else from the
document's row (one indexed lookup per task, remembered per process).
"""

from __future__ import annotations

import ast
import logging
import uuid
from contextvars import Token
from functools import lru_cache
from typing import Any

from celery import Task
from celery.signals import after_setup_logger, task_postrun, task_prerun
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from invoice_scanner_common.logs import configure_logging, context_providers, context_vars
from invoice_scanner_processing.metrics import stage_of

logger = logging.getLogger(__name__)

_tokens: dict[str, list[tuple[str, Token[str]]]] = {}


@lru_cache(maxsize=4096)
def company_of(document_id: str) -> str | None:
    from invoice_scanner_common.db import Document
    from invoice_scanner_processing.settings import get_settings

    engine = _engine(get_settings().common.database_url)
    with engine.connect() as conn:
        company = conn.scalar(
            select(Document.company_id).where(Document.id == uuid.UUID(document_id))
        )
    return str(company) if company else None


@lru_cache(maxsize=1)
def _engine(url: str) -> Any:
    from invoice_scanner_common.db import make_engine

    return make_engine(url, pool_size=1, max_overflow=1)


def side_session_factory() -> sessionmaker[Session]:
    """Sessions for signal handlers (log context, webhooks), apart from the tasks' own pool."""
    from invoice_scanner_processing.settings import get_settings

    return _factory(get_settings().common.database_url)


@lru_cache(maxsize=1)
def _factory(url: str) -> sessionmaker[Session]:
    from invoice_scanner_common.db import make_session_factory

    return make_session_factory(_engine(url))


def _fields(task_id: str | None, name: str | None, kwargs: dict[str, Any]) -> dict[str, str]:
    fields = {"task_id": task_id or "-", "stage": stage_of(name)}
    document_id = kwargs.get("document_id")
    if document_id:
        fields["document_id"] = str(document_id)
        company = kwargs.get("company_id")
        if not company:
            try:
                company = company_of(str(document_id))
            except Exception:  # the task itself reports a database outage
                company = None
        if company:
            fields["company_id"] = str(company)
    return fields


def _from_celery_record(record: logging.LogRecord) -> dict[str, str]:
    """Celery's own lines about a message ("received", in the main process) carry its data."""
    data = getattr(record, "data", None)
    if not isinstance(data, dict) or "document_id" not in str(data.get("kwargs")):
        return {}
    kwargs = data["kwargs"]
    if isinstance(kwargs, str):  # Celery logs the kwargs' repr; ids are plain literals
        try:
            kwargs = ast.literal_eval(kwargs)
        except (ValueError, SyntaxError):
            return {}
    return _fields(data.get("id"), data.get("name"), kwargs) if isinstance(kwargs, dict) else {}


context_providers.append(_from_celery_record)


@task_prerun.connect
def _enter(
    task_id: str | None = None,
    task: Task | None = None,
    kwargs: dict[str, Any] | None = None,
    **_: Any,
) -> None:
    fields = _fields(task_id, getattr(task, "name", None), kwargs or {})
    _tokens[task_id or ""] = [(k, context_vars[k].set(v)) for k, v in fields.items()]


@task_postrun.connect
def _leave(task_id: str | None = None, **_: Any) -> None:
    for name, token in reversed(_tokens.pop(task_id or "", [])):
        context_vars[name].reset(token)


@after_setup_logger.connect
def _format_worker_logs(**_: Any) -> None:
    """The worker's main process: Celery set up the root logger; add our filter and format."""
    from invoice_scanner_processing.settings import get_settings

    common = get_settings().common
    configure_logging(common.log_level, common.log_format)
