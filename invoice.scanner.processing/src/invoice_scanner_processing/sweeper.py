"""The sweeper: what the database says is due gets done, with no client's help.

One periodic task (Celery beat, ``SWEEPER_INTERVAL_S``) on its own small queue. Every step
takes its rows with ``FOR UPDATE SKIP LOCKED`` or a conditional statement, so any number of
sweepers may run at once (two beat processes, a manual run) without doing anything twice.

1. Publish the outbox: hand-offs whose send failed (the broker was away) are sent now.
2. Re-drive: a document that is not finished and has no live lease (its worker died, or its
   message was lost with Redis) for longer than ``SWEEPER_DUE_AFTER_S`` gets its next task's
   message again, through the outbox. After ``SWEEPER_MAX_REDRIVES`` re-drives without the
   stage finishing it ends ``{step}_error`` with a reason.
3. Janitor: upload files without a row (the API died between the file and the row) older
   than ``ORPHAN_FILE_AFTER_S`` are removed. A row whose file is missing is re-driven like any
   other and ends ``preprocess_error`` ("the uploaded file is missing from storage").
4. Admission: companies with ``waiting`` documents and free slots (``COMPANY_MAX_IN_FLIGHT``)
   get their oldest ones started (``admission``): the backstop for a release a worker did not
   make (it crashed, or the document was deleted or rejected through the API).
5. Retention: documents older than their company's retention (``companies.retention_days``,
   else ``RETENTION_DAYS``; 0 keeps them) are deleted with their files, one log line each.
"""

from __future__ import annotations

import logging
import shutil
import uuid
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, delete, exists, func, literal, or_, select
from sqlalchemy.orm import Session, sessionmaker

from invoice_scanner_common.db import Company, Document, OutboxMessage, session_scope, set_status
from invoice_scanner_common.db.models import utcnow
from invoice_scanner_common.db.outbox import Sender, add_message, publish
from invoice_scanner_common.logs import document_context
from invoice_scanner_common.registry import StageRegistry, StageSpec
from invoice_scanner_common.settings import CommonSettings
from invoice_scanner_processing.admission import admit_all

logger = logging.getLogger(__name__)

#: Rows one sweep handles per step; the next sweep takes the rest.
BATCH = 200


@dataclass
class SweepReport:
    published: int = 0
    redriven: int = 0
    set_aside: int = 0
    orphans_removed: int = 0
    expired: int = 0
    admitted: int = 0

    def any(self) -> bool:
        return any(vars(self).values())


def sweep(
    sessions: sessionmaker[Session],
    send: Sender,
    registry: StageRegistry,
    settings: CommonSettings,
) -> SweepReport:
    report = SweepReport()
    report.published = publish(sessions, send, limit=BATCH)
    report.redriven, report.set_aside = redrive(sessions, registry, settings)
    if registry.waiting is not None:
        report.admitted = admit_all(sessions, registry, settings.admission.max_in_flight)
    if report.redriven or report.admitted:
        report.published += publish(sessions, send, limit=BATCH)
    report.orphans_removed = remove_orphan_files(sessions, settings)
    report.expired = enforce_retention(sessions, settings)
    if report.any():
        logger.info("sweep: %s", report)
    return report


def _stage_of(registry: StageRegistry, doc: Document) -> tuple[StageSpec, str]:
    """The stage the document waits on, and the task that runs it."""
    first = next(iter(registry))
    if doc.pipeline_started_at is None:
        return first, registry.orchestrator[0]
    for spec in registry:
        if doc.next_task == spec.task:
            return spec, spec.task
    for spec in registry:  # a row from before leases: its running status names the stage
        if doc.status == spec.running.value:
            return spec, spec.task
    stages = list(registry)
    for i, spec in enumerate(stages[:-1]):
        if doc.status in {s.value for s in spec.done}:
            return stages[i + 1], stages[i + 1].task
    return first, first.task


def due_documents(registry: StageRegistry, due_after_s: int) -> Any:
    """Unfinished documents whose lease expired, or that waited without one too long."""
    # A waiting document has no message to lose: admission (admit_all) starts it.
    held = {registry.waiting.value} if registry.waiting is not None else set()
    waiting = [s for s in registry.statuses() if s not in registry.terminal() | held]
    now = func.now()
    return (
        select(Document)
        .where(
            Document.status.in_(waiting),
            or_(
                and_(Document.lease_until.is_not(None), Document.lease_until < now),
                and_(
                    Document.lease_until.is_(None),
                    func.coalesce(Document.dispatched_at, Document.updated_at)
                    < now - timedelta(seconds=due_after_s),
                ),
            ),
            # An unsent hand-off is the publisher's, not a lost message.
            ~exists().where(OutboxMessage.document_id == Document.id),
        )
        .order_by(Document.updated_at)
        .limit(BATCH)
        .with_for_update(skip_locked=True, of=Document)
    )


def redrive(
    sessions: sessionmaker[Session], registry: StageRegistry, settings: CommonSettings
) -> tuple[int, int]:
    limits = settings.recovery
    redriven = set_aside = 0
    with session_scope(sessions) as session:
        for doc in session.scalars(due_documents(registry, limits.due_after_s)).all():
            stage, task = _stage_of(registry, doc)
            why = (
                f"the lease of {doc.lease_owner} expired"
                if doc.lease_until is not None
                else "no worker took its message"
            )
            with document_context(doc.id):
                if doc.redrives >= limits.max_redrives:
                    logger.error("sweeper: %s; set aside after %d re-drives", why, doc.redrives)
                    reason = (
                        f"the {stage.name} stage did not finish after {doc.redrives} re-drives "
                        f"({why}); the document was set aside"
                    )
                    _clear_lease(doc)
                    doc.next_task = None
                    set_status(session, doc, stage.error.value, reason)
                    set_aside += 1
                    continue
                doc.redrives += 1
                _clear_lease(doc)
                kwargs: dict[str, Any] = {"document_id": str(doc.id)}
                if task == registry.orchestrator[0]:
                    kwargs["company_id"] = str(doc.company_id)
                    doc.queued = True
                add_message(session, doc, task, kwargs)
                logger.warning(
                    "sweeper: %s; re-driving %s (%d/%d)",
                    why,
                    task,
                    doc.redrives,
                    limits.max_redrives,
                )
                redriven += 1
    return redriven, set_aside


def _clear_lease(doc: Document) -> None:
    doc.lease_owner = doc.lease_task_id = None
    doc.lease_until = doc.heartbeat_at = None


def remove_orphan_files(sessions: sessionmaker[Session], settings: CommonSettings) -> int:
    """Upload files (and staging leftovers) with no row, older than the bound."""
    raw_dir = settings.documents_raw_dir
    if not raw_dir.is_dir():
        return 0
    cutoff = utcnow().timestamp() - settings.recovery.orphan_file_after_s
    candidates: dict[uuid.UUID, Path] = {}
    removed = 0
    for path in raw_dir.glob(".upload-*.part"):
        if _older(path, cutoff):
            path.unlink(missing_ok=True)
            logger.warning("janitor: removed an unfinished upload %s", path.name)
            removed += 1
    for path in raw_dir.glob("*/*"):
        try:
            doc_id = uuid.UUID(path.name.split(".", 1)[0])
        except ValueError:
            continue
        if path.is_file() and _older(path, cutoff):
            candidates[doc_id] = path
    ids = list(candidates)
    for start in range(0, len(ids), 1000):
        chunk = ids[start : start + 1000]
        with session_scope(sessions) as session:
            known = set(session.scalars(select(Document.id).where(Document.id.in_(chunk))))
        for doc_id in chunk:
            if doc_id not in known:
                candidates[doc_id].unlink(missing_ok=True)
                logger.warning("janitor: removed upload file %s with no document row", doc_id)
                removed += 1
    return removed


def _older(path: Path, cutoff: float) -> bool:
    try:
        return path.stat().st_mtime < cutoff
    except FileNotFoundError:
        return False


def enforce_retention(sessions: sessionmaker[Session], settings: CommonSettings) -> int:
    """Delete documents older than their company's retention, row first, then the files."""
    days = func.coalesce(Company.retention_days, literal(settings.recovery.retention_days))
    with session_scope(sessions) as session:
        rows = session.execute(
            select(Document.id, Document.company_id, Document.stored_path, Document.created_at)
            .join(Company, Company.id == Document.company_id)
            .where(days > 0, Document.created_at < func.now() - func.make_interval(0, 0, 0, days))
            .limit(BATCH)
            .with_for_update(skip_locked=True, of=Document)
        ).all()
        if rows:
            session.execute(delete(Document).where(Document.id.in_([r.id for r in rows])))
    for row in rows:
        # After the commit: a file left by a crash here is an orphan the janitor removes.
        (settings.documents_raw_dir / row.stored_path).unlink(missing_ok=True)
        shutil.rmtree(settings.documents_processed_dir / str(row.id), ignore_errors=True)
        logger.info(
            "retention: deleted document %s of company %s (uploaded %s)",
            row.id,
            row.company_id,
            row.created_at.isoformat(),
        )
    return len(rows)
