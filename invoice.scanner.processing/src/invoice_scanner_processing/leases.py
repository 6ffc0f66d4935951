"""Stage leases: who works on a document, as which task, until when.

A stage takes the lease when it is admitted (in the admission transaction), renews it from a
heartbeat thread while the work runs, and drops it in the transaction that records its
outcome. A worker that dies stops renewing; once ``lease_until`` passes, the sweeper
re-drives the document. Times are the database's clock (``now()``), never the worker's.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from datetime import timedelta
from types import TracebackType

from sqlalchemy import func, update
from sqlalchemy.orm import Session, sessionmaker

from invoice_scanner_common.db import Document, session_scope
from invoice_scanner_common.db.models import utcnow
from invoice_scanner_processing.settings import get_settings

logger = logging.getLogger(__name__)


def lease_seconds() -> int:
    return get_settings().common.recovery.lease_seconds


def owner() -> str:
    """This worker process, as the lease shows it."""
    return f"{socket.gethostname()} pid {os.getpid()}"[:200]


def held_by_other(doc: Document, task_id: str) -> bool:
    """A live lease of another task (a redelivery or retry keeps its task id)."""
    return (
        doc.lease_until is not None
        and doc.lease_until > utcnow()
        and doc.lease_task_id not in (None, task_id)
    )


def take(doc: Document, task_id: str) -> None:
    now = utcnow()
    doc.lease_owner = owner()
    doc.lease_task_id = task_id
    doc.lease_until = now + timedelta(seconds=lease_seconds())
    doc.heartbeat_at = now
    doc.dispatched_at = None


def finish(doc: Document) -> None:
    """Drop the lease and what the document waited for (the caller may queue the next)."""
    doc.lease_owner = doc.lease_task_id = None
    doc.lease_until = doc.heartbeat_at = None
    doc.next_task = None
    doc.redrives = 0


def _renew(
    sessions: sessionmaker[Session], doc_id: uuid.UUID, task_id: str, seconds: float
) -> None:
    with session_scope(sessions) as session:
        session.execute(
            update(Document)
            .where(Document.id == doc_id, Document.lease_task_id == task_id)
            .values(
                lease_until=func.now() + timedelta(seconds=seconds),
                heartbeat_at=func.now(),
            )
        )


def extend_quietly(
    sessions: sessionmaker[Session], doc_id: uuid.UUID, task_id: str, wait_s: float
) -> None:
    """Keep the lease over a retry's countdown (the retry keeps the task id)."""
    try:
        _renew(sessions, doc_id, task_id, wait_s + lease_seconds())
    except Exception as exc:
        # The database is away too: the lease lapses and the sweeper re-drives the document.
        logger.warning("could not extend the lease over the retry: %s", type(exc).__name__)


class Heartbeat:
    """Renews the lease every third of its length while the ``with`` block runs."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        doc_id: uuid.UUID,
        task_id: str,
        seconds: float | None = None,
    ) -> None:
        self.sessions = sessions
        self.doc_id = doc_id
        self.task_id = task_id
        self.seconds = seconds or lease_seconds()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="lease-heartbeat", daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.seconds / 3):
            try:
                _renew(self.sessions, self.doc_id, self.task_id, self.seconds)
            except Exception as exc:
                # A database hiccup: the next beat tries again; the lease has slack for two.
                logger.warning("lease heartbeat failed: %s", type(exc).__name__)

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
