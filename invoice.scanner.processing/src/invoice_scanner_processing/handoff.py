"""Hand-offs between stages through the outbox (``common.db.outbox``).

A stage's outcome and the next stage's message are written in one transaction
(:func:`hand_off`); right after the commit the worker tries to send it (:func:`publish_now`),
and whatever the broker did not take the sweeper sends later.
"""

from __future__ import annotations

import logging
from typing import Any

from celery import Celery
from sqlalchemy.orm import Session, sessionmaker

from invoice_scanner_common.db import Document
from invoice_scanner_common.db.outbox import Sender, add_message, publish
from invoice_scanner_common.registry import StageRegistry, StageSpec
from invoice_scanner_processing import leases

logger = logging.getLogger(__name__)


def hand_off(
    session: Session, registry: StageRegistry, stage: StageSpec, doc: Document
) -> int | None:
    """Release the lease and queue the next stage's task in the transaction that records
    this stage's status; returns the outbox row's id (``None`` after the last stage)."""
    leases.finish(doc)
    stages = list(registry)
    following = stages.index(stage) + 1
    if following >= len(stages):
        return None
    nxt = stages[following]
    return add_message(session, doc, nxt.task, {"document_id": str(doc.id)}).id


def publish_now(sessions: sessionmaker[Session], app: Celery, message: int | None) -> None:
    """Send a committed outbox row now; when the broker is down the sweeper sends it later."""
    if message is None:
        return
    try:
        publish(sessions, celery_sender(app), ids=[message])
    except Exception as exc:
        logger.warning("hand-off left to the sweeper: %s", type(exc).__name__)


def celery_sender(app: Celery) -> Sender:
    """A :data:`Sender` over ``app``: routed by task name (``task_routes``)."""

    def send(name: str, kwargs: dict[str, Any], task_id: str) -> None:
        # A short publish retry here; the outbox retries for longer.
        app.send_task(
            name,
            kwargs=kwargs,
            task_id=task_id,
            retry=True,
            retry_policy={"max_retries": 2, "interval_start": 0.2, "interval_step": 0.5},
        )

    return send
