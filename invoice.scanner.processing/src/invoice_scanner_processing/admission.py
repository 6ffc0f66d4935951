"""Fairness between companies: at most ``COMPANY_MAX_IN_FLIGHT`` documents of one company in
the pipeline at a time; the rest wait in Postgres (status ``waiting``), oldest first.

Every stage's queue is first in, first out, so without a cap a company that uploads 200
documents puts 200 messages ahead of another company's one upload in every queue. With the cap
a company never has more than that many messages in any queue, so another company's document
waits behind at most that many.

* The orchestrator admits a document when its company has a free slot and no older document
  waiting; otherwise it sets it ``waiting`` and admits the company's oldest waiting ones.
* When a document ends (a final status or ``{step}_error``) its worker admits the company's
  oldest waiting documents into the freed slots (:func:`release`).
* The sweeper admits for every company with waiting documents (:func:`admit_all`): a release
  lost with a crashed worker, a document deleted or rejected through the API, a raised cap.

Admission takes the company's row ``FOR UPDATE``, so two admissions for one company (two
workers finishing documents, a sweep) never fill the same slot twice. The admitted document
gets its first stage's message through the outbox in the same transaction, exactly as the
orchestrator's claim always did.
"""

from __future__ import annotations

import logging
import uuid

from celery import Celery
from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, sessionmaker

from invoice_scanner_common.db import Company, Document, session_scope, set_status
from invoice_scanner_common.db.models import utcnow
from invoice_scanner_common.db.outbox import add_message
from invoice_scanner_common.logs import document_context
from invoice_scanner_common.registry import StageRegistry
from invoice_scanner_processing import handoff

logger = logging.getLogger(__name__)


def _waiting(registry: StageRegistry) -> str:
    if registry.waiting is None:
        raise LookupError("the stage registry has no waiting status")
    return registry.waiting.value


def in_flight(session: Session, registry: StageRegistry, company_id: uuid.UUID) -> int:
    """The company's admitted documents that have not ended."""
    ended = set(registry.terminal()) | {_waiting(registry)}
    active = [s for s in registry.statuses() if s not in ended]
    count = session.scalar(
        select(func.count())
        .select_from(Document)
        .where(
            Document.company_id == company_id,
            Document.status.in_(active),
            Document.pipeline_started_at.is_not(None),
        )
    )
    return int(count or 0)


def has_waiting(session: Session, registry: StageRegistry, company_id: uuid.UUID) -> bool:
    return bool(
        session.scalar(
            select(
                exists().where(
                    Document.company_id == company_id, Document.status == _waiting(registry)
                )
            )
        )
    )


def lock_company(session: Session, company_id: uuid.UUID) -> None:
    """Serialise admissions of one company until the transaction ends."""
    session.execute(select(Company.id).where(Company.id == company_id).with_for_update())


def start(session: Session, registry: StageRegistry, doc: Document, reason: str | None) -> int:
    """Admit ``doc`` (unstarted, in the first stage's status or waiting): the pipeline starts
    and the first stage's message goes to the outbox. Returns the outbox row's id."""
    first = next(iter(registry))
    doc.pipeline_started_at = utcnow()
    doc.queued = True
    doc.redrives = 0
    if doc.status != first.running.value or reason:
        set_status(session, doc, first.running.value, reason)
    return add_message(session, doc, first.task, {"document_id": str(doc.id)}).id


def admit(session: Session, registry: StageRegistry, company_id: uuid.UUID, cap: int) -> list[int]:
    """Admit the company's oldest waiting documents into its free slots (the caller holds the
    company's lock and commits); returns the outbox rows to publish."""
    # A waiting document being deleted through the API meanwhile is left for the next pass.
    waiting = (
        select(Document)
        .where(Document.company_id == company_id, Document.status == _waiting(registry))
        .with_for_update(skip_locked=True)
    )
    if cap > 0:
        free = cap - in_flight(session, registry, company_id)
        if free <= 0:
            return []
        waiting = waiting.limit(free)
    messages = []
    for doc in session.scalars(waiting.order_by(Document.created_at, Document.id)).all():
        with document_context(doc.id):
            messages.append(start(session, registry, doc, "admitted: a processing slot came free"))
            logger.info("admission: started (was waiting)")
    return messages


def hold(session: Session, registry: StageRegistry, doc: Document, cap: int) -> None:
    """Set ``doc`` waiting, saying why."""
    doc.queued = True
    doc.next_task = None
    set_status(
        session,
        doc,
        _waiting(registry),
        f"waiting for a processing slot: at most {cap} of the company's documents are "
        "processed at a time, the earlier ones first",
    )
    logger.info("admission: waiting (the company has %d documents in flight)", cap)


def orchestrate(session: Session, registry: StageRegistry, doc: Document, cap: int) -> list[int]:
    """The orchestrator's decision for an unstarted document: start it, or hold it back and
    admit the company's oldest waiting documents instead. Returns the outbox rows to publish."""
    lock_company(session, doc.company_id)
    if cap <= 0 or registry.waiting is None:  # no cap (or a registry without the status)
        return [start(session, registry, doc, None)]
    older_waiting = has_waiting(session, registry, doc.company_id)
    if not older_waiting and in_flight(session, registry, doc.company_id) < cap:
        return [start(session, registry, doc, None)]
    hold(session, registry, doc, cap)
    return admit(session, registry, doc.company_id, cap)


def release(
    sessions: sessionmaker[Session], registry: StageRegistry, company_id: uuid.UUID, cap: int
) -> list[int]:
    """After one of the company's documents ended: admit its oldest waiting ones."""
    with session_scope(sessions) as session:
        # The lock first: an orchestrator holding it may be about to commit a document it set
        # waiting because this one was still counted in flight; checked before the lock, that
        # document would not be seen and would wait, with its slot free, for the sweeper.
        lock_company(session, company_id)
        if not has_waiting(session, registry, company_id):
            return []
        return admit(session, registry, company_id, cap)


def release_now(
    sessions: sessionmaker[Session],
    app: Celery,
    registry: StageRegistry,
    company_id: uuid.UUID | None,
    cap: int,
) -> None:
    """:func:`release` and publish the admitted documents' messages. Never raises (it runs at
    the end of a stage task): what is not started here the sweeper starts."""
    if company_id is None or registry.waiting is None:
        return
    try:
        for message in release(sessions, registry, company_id, cap):
            handoff.publish_now(sessions, app, message)
    except Exception as exc:
        logger.warning("admission left to the sweeper: %s", type(exc).__name__)


def admit_all(sessions: sessionmaker[Session], registry: StageRegistry, cap: int) -> int:
    """The sweeper's pass: admit for every company with waiting documents; returns how many
    documents started (their messages are in the outbox)."""
    with session_scope(sessions) as session:
        companies = session.scalars(
            select(Document.company_id).where(Document.status == _waiting(registry)).distinct()
        ).all()
    started = 0
    for company_id in companies:
        try:
            started += len(release(sessions, registry, company_id, cap))
        except Exception:
            # One company's failure must not stop the pass (nor the sweep's other duties).
            logger.exception("admission failed for company %s; retried next pass", company_id)
    return started
