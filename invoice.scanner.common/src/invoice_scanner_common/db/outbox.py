"""The transactional outbox: a task message is a row written with the status it follows from.

:func:`add_message` runs inside the caller's transaction (the stage's status change, the
orchestrator's claim, the sweeper's re-drive); :func:`publish` hands committed rows to the
broker and deletes them. Rows are taken with ``FOR UPDATE SKIP LOCKED``, so several publishers
(every worker after its commit, every sweeper) never send one row twice at the same time; a
row whose send failed waits with backoff and is tried again by the next sweep. A message may
still reach the broker twice (sent, then the delete lost with the database): every task
admits a document only in the status it expects, so the second is skipped.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import Any, TypeAlias

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from invoice_scanner_common.db.models import Document, OutboxMessage, utcnow
from invoice_scanner_common.db.session import session_scope

logger = logging.getLogger(__name__)

#: Hands one message to the broker: ``send(task_name, kwargs, task_id)``; raises on failure.
Sender: TypeAlias = Callable[[str, dict[str, Any], str], None]

#: Longest wait between two publishing attempts of one row.
MAX_BACKOFF_S = 30


def add_message(
    session: Session, doc: Document, task_name: str, kwargs: dict[str, Any]
) -> OutboxMessage:
    """Queue ``task_name`` for ``doc`` in the open transaction; the document now waits on it."""
    message = OutboxMessage(
        document_id=doc.id, task_name=str(task_name), kwargs=kwargs, task_id=str(uuid.uuid4())
    )
    session.add(message)
    doc.next_task = str(task_name)
    doc.dispatched_at = utcnow()
    session.flush()
    return message


def publish(
    sessions: sessionmaker[Session],
    send: Sender,
    ids: Iterable[int] | None = None,
    limit: int = 100,
) -> int:
    """Send due outbox rows (only ``ids`` when given); returns how many the broker took."""
    sent = 0
    with session_scope(sessions) as session:
        query = select(OutboxMessage).order_by(OutboxMessage.id).limit(limit)
        if ids is not None:
            query = query.where(OutboxMessage.id.in_(list(ids)))
        else:
            query = query.where(OutboxMessage.available_at <= func.now())
        rows = session.scalars(query.with_for_update(skip_locked=True)).all()
        for row in rows:
            try:
                send(row.task_name, dict(row.kwargs), row.task_id)
            except Exception as exc:
                row.attempts += 1
                row.last_error = f"{type(exc).__name__}: {str(exc)[:300]}"
                row.available_at = utcnow() + timedelta(seconds=min(MAX_BACKOFF_S, 2**row.attempts))
                logger.warning(
                    "outbox: %s for %s not sent (attempt %d): %s",
                    row.task_name,
                    row.document_id,
                    row.attempts,
                    type(exc).__name__,
                )
                # The broker is down: the other rows would fail the same way; try later.
                break
            session.execute(delete(OutboxMessage).where(OutboxMessage.id == row.id))
            sent += 1
    return sent
