"""Uploads, lookups and status views of a company's documents."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from invoice_scanner_api.config import ApiSettings
from invoice_scanner_api.documents.flat_fields import flat_values
from invoice_scanner_api.documents.storage import TooLargeError, commit_staged, stage_upload
from invoice_scanner_api.extensions import TaskSender
from invoice_scanner_common.contracts import (
    DocumentStatus,
    TaskName,
    is_terminal,
    progress,
    status_info,
)
from invoice_scanner_common.db import Document, ExtractionResult, StatusTransition, set_status
from invoice_scanner_common.intake import UploadRejectedError, inspect_upload, safe_display_name
from invoice_scanner_common.logs import document_context
from invoice_scanner_common.objectstore import make_store
from invoice_scanner_common.settings import RecoverySettings

logger = logging.getLogger(__name__)


class UploadError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class UploadOutcome:
    document: Document
    created: bool
    duplicate: bool


def upload(
    session: Session,
    sender: TaskSender,
    settings: ApiSettings,
    *,
    company_id: uuid.UUID,
    user_id: uuid.UUID,
    stream: IO[bytes],
    filename: str | None,
    idempotency_key: str | None,
) -> UploadOutcome:
    raw_dir = settings.common.documents_raw_dir
    if idempotency_key:
        earlier = session.scalar(
            select(Document).where(
                Document.company_id == company_id, Document.idempotency_key == idempotency_key
            )
        )
        if earlier is not None:
            return UploadOutcome(earlier, created=False, duplicate=False)

    try:
        staged = stage_upload(stream, raw_dir, settings.intake.max_upload_bytes)
    except TooLargeError:
        limit_mb = settings.intake.max_upload_bytes // (1024 * 1024)
        raise UploadError(413, f"File is larger than the {limit_mb} MB limit") from None

    try:
        if staged.size == 0:
            raise UploadError(400, "The uploaded file is empty")
        try:
            info = inspect_upload(staged.path, settings.intake)
        except UploadRejectedError as exc:
            raise UploadError(exc.http_status, exc.message) from None

        existing = _find_duplicate(session, company_id, staged.sha256)
        if existing is not None:
            staged.discard()
            if not existing.queued and existing.status == DocumentStatus.PREPROCESSING.value:
                # Never queued (the broker was down at its upload): the client asking again
                # is a good moment to try (one message between racing requests).
                with document_context(existing.id):
                    enqueue(session, sender, existing)
            return UploadOutcome(existing, created=False, duplicate=True)

        doc_id = uuid.uuid4()
        relative = f"{company_id}/{doc_id}{info.extension}"
        commit_staged(staged, raw_dir, relative)
        _publish_upload(settings, raw_dir, relative)
        doc = Document(
            id=doc_id,
            company_id=company_id,
            uploaded_by=user_id,
            original_filename=safe_display_name(filename or ""),
            content_type=info.content_type,
            size_bytes=staged.size,
            sha256=staged.sha256,
            stored_path=relative,
            idempotency_key=idempotency_key,
            page_count=info.pages,
            status=DocumentStatus.PREPROCESSING.value,
            queued=False,
        )
        session.add(doc)
        set_status(session, doc, DocumentStatus.PREPROCESSING, "uploaded")
        try:
            session.commit()
        except IntegrityError:
            # A concurrent upload of the same bytes (or key) won the race: answer with it.
            session.rollback()
            staged.discard()
            again = _find_duplicate(session, company_id, staged.sha256)
            if again is None and idempotency_key:
                again = session.scalar(
                    select(Document).where(
                        Document.company_id == company_id,
                        Document.idempotency_key == idempotency_key,
                    )
                )
            if again is None:
                raise
            return UploadOutcome(again, created=False, duplicate=again.sha256 == staged.sha256)
    except BaseException:
        staged.discard()
        raise

    with document_context(doc.id):
        logger.info("stored upload (%s, %d bytes)", info.content_type, staged.size)
        enqueue(session, sender, doc)
    return UploadOutcome(doc, created=True, duplicate=False)


def _publish_upload(settings: ApiSettings, raw_dir: Path, relative: str) -> None:
    """Put the upload in object storage when one is configured (workers elsewhere read it)."""
    try:
        make_store(settings.common.storage).put_file(f"raw/{relative}", raw_dir / relative)
    except Exception as exc:
        logger.error("could not store the upload: %s", type(exc).__name__)
        raise UploadError(503, "Document storage is unavailable; please retry shortly") from exc


def enqueue(session: Session, sender: TaskSender, doc: Document) -> bool:
    """Send the orchestration task once; on a broker failure keep the document, not queued.

    The ``queued`` flag is claimed with a conditional UPDATE first, so two requests racing to
    queue the same document (two API workers, two status polls) send one task between them.
    """
    task_id = str(uuid.uuid4())
    claimed = session.execute(
        update(Document)
        .where(Document.id == doc.id, Document.queued.is_(False))
        .values(queued=True, task_id=task_id)
        .returning(Document.id)
    ).first()
    session.commit()
    if claimed is None:
        session.refresh(doc)
        return doc.queued
    try:
        sender.send(
            TaskName.ORCHESTRATE,
            kwargs={"document_id": str(doc.id), "company_id": str(doc.company_id)},
            task_id=task_id,
        )
    except Exception as exc:
        logger.error("could not queue document: %s: %s", type(exc).__name__, exc)
        session.execute(
            update(Document)
            .where(Document.id == doc.id)
            .values(
                queued=False,
                task_id=None,
                status_reason="not yet queued: the message broker is unreachable",
                updated_at=func.now(),
            )
        )
        session.commit()
        session.refresh(doc)
        return False
    session.refresh(doc)
    if doc.status_reason and doc.status_reason.startswith("not yet queued"):
        doc.status_reason = None
        session.commit()
    return True


#: How long a not-yet-queued document waits between two queueing attempts from status polls,
#: so that polling clients cannot tie up API workers on a broker that does not answer.
REQUEUE_AFTER = timedelta(seconds=30)


def requeue_if_due(session: Session, sender: TaskSender, doc: Document) -> None:
    if doc.queued or doc.status != DocumentStatus.PREPROCESSING.value:
        return
    if doc.updated_at is not None and datetime.now(UTC) - doc.updated_at < REQUEUE_AFTER:
        return
    enqueue(session, sender, doc)


def _find_duplicate(session: Session, company_id: uuid.UUID, sha256: str) -> Document | None:
    return session.scalar(
        select(Document).where(Document.company_id == company_id, Document.sha256 == sha256)
    )


def get_for_company(session: Session, company_id: uuid.UUID, document_id: uuid.UUID) -> Document:
    """The document, or LookupError when it does not exist *for this company*."""
    doc = session.scalar(
        select(Document).where(Document.id == document_id, Document.company_id == company_id)
    )
    if doc is None:
        raise LookupError(document_id)
    return doc


@dataclass(frozen=True)
class LeaseState:
    """The columns the status answer's recovery fields are computed from."""

    status: str
    lease_until: datetime | None
    dispatched_at: datetime | None
    updated_at: datetime
    heartbeat_at: datetime | None
    redrives: int


def recovery_fields(state: LeaseState, recovery: RecoverySettings) -> dict[str, Any]:
    """Whether anything works on the document, and when the sweeper re-drives it at the
    latest (see ARCHITECTURE.md, "Nothing lost")."""
    if is_terminal(state.status) or state.status == DocumentStatus.WAITING.value:
        # A waiting document has no message to lose: the company's next free slot starts it.
        return {"stale": False, "retry_at": None, "heartbeat_at": None, "redrives": state.redrives}
    now = datetime.now(UTC)
    if state.lease_until is not None:
        due = state.lease_until
    else:
        due = (state.dispatched_at or state.updated_at) + timedelta(seconds=recovery.due_after_s)
    stale = due < now
    if stale:
        # Due already: the next sweep takes it.
        due = now + timedelta(seconds=recovery.sweep_interval_s)
    return {
        "stale": stale,
        "retry_at": due,
        "heartbeat_at": state.heartbeat_at,
        "redrives": state.redrives,
    }


def recovery_view(doc: Document, recovery: RecoverySettings) -> dict[str, Any]:
    state = LeaseState(
        doc.status, doc.lease_until, doc.dispatched_at, doc.updated_at, doc.heartbeat_at,
        doc.redrives,
    )  # fmt: skip
    return recovery_fields(state, recovery)


def status_view(
    session: Session, doc: Document, recovery: RecoverySettings | None = None
) -> dict[str, Any]:
    info = status_info(doc.status)
    history = session.scalars(
        select(StatusTransition)
        .where(StatusTransition.document_id == doc.id)
        .order_by(StatusTransition.id)
    ).all()
    return {
        "document_id": doc.id,
        "status": doc.status,
        "status_name": info.name,
        "status_description": info.description,
        "status_reason": doc.status_reason,
        "progress": progress(doc.status),
        "quality_score": doc.quality_score,
        "created_at": doc.created_at,
        "last_update": doc.updated_at,
        "history": [{"status": t.status, "reason": t.reason, "at": t.created_at} for t in history],
        **recovery_view(doc, recovery or RecoverySettings()),
    }


def document_view(doc: Document) -> dict[str, Any]:
    result: ExtractionResult | None = doc.result
    view: dict[str, Any] = {
        "id": doc.id,
        "status": doc.status,
        "predicted_accuracy": doc.predicted_accuracy,
        "quality_score": doc.quality_score,
        "original_filename": doc.original_filename,
        "content_type": doc.content_type,
        "page_count": doc.page_count,
        "created_at": doc.created_at,
        "invoice": result.data if result else None,
        "field_confidence": result.field_confidence if result else None,
        **flat_values(result),
    }
    return view


@dataclass(frozen=True)
class ListFilter:
    status: str | None = None
    needs_review: bool = False
    date_from: date | None = None
    date_to: date | None = None
    vendor: str | None = None


REVIEW_STATUSES = tuple(
    s.value for s in DocumentStatus if s is DocumentStatus.MANUAL_REVIEW or s.is_error
)


def list_for_company(
    session: Session, company_id: uuid.UUID, page: int, page_size: int, filters: ListFilter
) -> tuple[list[Document], int]:
    query = select(Document).where(Document.company_id == company_id)
    if filters.status:
        query = query.where(Document.status == filters.status)
    if filters.needs_review:
        query = query.where(Document.status.in_(REVIEW_STATUSES))
    if filters.date_from is not None:
        start = datetime.combine(filters.date_from, time.min, tzinfo=UTC)
        query = query.where(Document.created_at >= start)
    if filters.date_to is not None:
        end = datetime.combine(filters.date_to + timedelta(days=1), time.min, tzinfo=UTC)
        query = query.where(Document.created_at < end)
    if filters.vendor:
        pattern = (
            "%" + filters.vendor.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        )
        query = query.join(ExtractionResult).where(
            ExtractionResult.vendor_name.ilike(pattern, escape="\\")
        )
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    if filters.needs_review:
        order = (Document.created_at.asc(), Document.id.asc())
    else:
        order = (Document.created_at.desc(), Document.id.desc())
    docs = session.scalars(
        query.order_by(*order).offset((page - 1) * page_size).limit(page_size)
    ).all()
    return list(docs), total


def listed_view(doc: Document) -> dict[str, Any]:
    """A list entry: the flat view, the status reason and the failed checks."""
    checks = (doc.result.evaluation or {}).get("checks") if doc.result else None
    failed = [
        {"name": c.get("name"), "severity": c.get("severity"), "detail": c.get("detail")}
        for c in checks or []
        if isinstance(c, dict) and not c.get("passed")
    ]
    return {**document_view(doc), "status_reason": doc.status_reason, "failed_checks": failed}
