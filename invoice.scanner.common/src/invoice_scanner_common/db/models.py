"""SQLAlchemy 2 models. The API owns the schema (Alembic); workers read and write rows."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedColumn, mapped_column, relationship
from sqlalchemy.types import TypeEngine

from invoice_scanner_common.fields import FIELDS, FieldSpec, FieldTable, ValueType


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class Company(Base):
    __tablename__ = "companies"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(200))
    #: Documents older than this many days are deleted by the sweeper; ``None`` uses
    #: ``RETENTION_DAYS`` (0 there: kept forever).
    retention_days: Mapped[int | None] = mapped_column()
    #: ISO 4217 code used for documents that print no currency (``currency.py`` checks it);
    #: ``None``: the reader infers one from the seller's country, or none.
    default_currency: Mapped[str | None] = mapped_column(String(3))
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), default=utcnow
    )


class User(Base):
    __tablename__ = "users"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    company_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), index=True
    )
    email: Mapped[str] = mapped_column(String(320), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), default=utcnow
    )

    company: Mapped[Company] = relationship()


class Document(Base):
    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("company_id", "sha256", name="uq_documents_company_sha256"),
        UniqueConstraint("company_id", "idempotency_key", name="uq_documents_company_idem_key"),
        Index("ix_documents_company_created", "company_id", "created_at"),
        Index("ix_documents_status", "status"),
        # Admission: a company's documents in flight, and its oldest waiting ones.
        Index("ix_documents_company_status_created", "company_id", "status", "created_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    uploaded_by: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    original_filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    stored_path: Mapped[str] = mapped_column(Text)
    idempotency_key: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(40))
    status_reason: Mapped[str | None] = mapped_column(Text)
    quality_score: Mapped[float | None] = mapped_column(Float)
    predicted_accuracy: Mapped[float | None] = mapped_column(Float)
    task_id: Mapped[str | None] = mapped_column(String(155))
    #: False until the orchestration task was handed to the broker; the status endpoint
    #: queues such documents again once the broker answers.
    queued: Mapped[bool] = mapped_column(Boolean, default=False, server_default="false")
    page_count: Mapped[int | None] = mapped_column()
    #: Set once, atomically, by the orchestrator: a second orchestration of the same document
    #: (a redelivered message, a repeated enqueue) finds it set and starts nothing.
    pipeline_started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    #: Starts of the current stage; reset when a stage finishes. A document that keeps killing
    #: its worker is set aside with ``{step}_error`` instead of being retried forever.
    stage_attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    #: The task the document waits for (set with the status, in the same transaction as the
    #: outbox message that sends it); ``None`` before the pipeline starts and when it ended.
    next_task: Mapped[str | None] = mapped_column(String(155))
    #: When a message for ``next_task`` was last handed to the broker.
    dispatched_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    #: Who works on the document (``host pid``), as which task id, and until when: a stage
    #: renews the lease by heartbeat; the sweeper re-drives a document whose lease expired.
    lease_owner: Mapped[str | None] = mapped_column(String(200))
    lease_task_id: Mapped[str | None] = mapped_column(String(155))
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    heartbeat_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    #: Re-drives by the sweeper since the last stage finished; bounded by SWEEPER_MAX_REDRIVES.
    redrives: Mapped[int] = mapped_column(default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), default=utcnow
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), default=utcnow, onupdate=utcnow
    )

    transitions: Mapped[list[StatusTransition]] = relationship(
        order_by="StatusTransition.id", back_populates="document", cascade="all, delete-orphan"
    )
    result: Mapped[ExtractionResult | None] = relationship(
        back_populates="document", cascade="all, delete-orphan"
    )
    #: The known supplier the prediction stage recognised, and how (``matched_by``,
    #: ``confidence``, ``layout_id``, ``fields`` read from memory); see ``suppliers``.
    supplier_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("suppliers.id", ondelete="SET NULL")
    )
    supplier_match: Mapped[dict[str, Any] | None] = mapped_column(JSONB)


class OutboxMessage(Base):
    """A task message written in the same transaction as the status it follows from.

    Published right after the commit and, failing that, by the sweeper with backoff; the row is
    deleted once the broker took the message, so a broker outage delays but never strands.
    """

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_available", "available_at"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    document_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    task_name: Mapped[str] = mapped_column(String(155))
    kwargs: Mapped[dict[str, Any]] = mapped_column(JSONB)
    task_id: Mapped[str] = mapped_column(String(155))
    attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    available_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), default=utcnow
    )
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), default=utcnow
    )


class StatusTransition(Base):
    """One row per status change, with its time and reason: the document's full history."""

    __tablename__ = "document_status_history"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    document_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), default=utcnow
    )

    document: Mapped[Document] = relationship(back_populates="transitions")


_SQL_TYPES: dict[ValueType, Callable[[FieldSpec], TypeEngine[Any]]] = {
    ValueType.TEXT: lambda spec: String(spec.width),
    ValueType.CODE: lambda spec: String(spec.width),
    ValueType.DATE: lambda spec: Date(),
    ValueType.MONEY: lambda spec: Numeric(18, 2),
    ValueType.CURRENCY: lambda spec: String(3),
}


def flat_columns(table: FieldTable = FIELDS) -> dict[str, MappedColumn[Any]]:
    """A nullable column per field of ``table`` marked ``column``, typed by its value type."""
    return {spec.name: mapped_column(_SQL_TYPES[spec.type](spec)) for spec in table.columns}


if TYPE_CHECKING:

    class FlatColumns:
        """The field table's columns as the type checker sees them (see ``fields.py``).

        At run time the mixin is built from the table; these annotations only type the
        attributes code reads by name, and ``invoice.scanner.common/tests/test_fields.py``
        checks that each names a column of the table with the matching type. A new column
        read only through the table (``getattr`` over ``FIELDS.columns``) needs no line here.
        """

        invoice_number: Mapped[str | None]
        invoice_date: Mapped[date | None]
        due_date: Mapped[date | None]
        vendor_name: Mapped[str | None]
        currency: Mapped[str | None]
        amount: Mapped[Decimal | None]
        vat: Mapped[Decimal | None]
        total: Mapped[Decimal | None]

else:
    FlatColumns = type("FlatColumns", (), flat_columns())


class ExtractionResult(FlatColumns, Base):
    """The normalised invoice fields of a document; ``data`` holds the full invoice schema.

    The flat columns come from the field table (:class:`FlatColumns`).
    """

    __tablename__ = "extraction_results"

    document_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    field_confidence: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    evaluation: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), default=utcnow
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), default=utcnow, onupdate=utcnow
    )

    document: Mapped[Document] = relationship(back_populates="result")


class StageResult(Base):
    """What each stage reported (engine, model, timings, tokens), one row per document and stage.

    Large artefacts (page images, OCR lines) live on disk under DOCUMENTS_PROCESSED_DIR; this row
    holds the summary the API and operators need.
    """

    __tablename__ = "stage_results"

    document_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    stage: Mapped[str] = mapped_column(String(40), primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), default=utcnow, onupdate=utcnow
    )


class AuditEntry(Base):
    """One row per reviewer action (correct, approve, reject, reprocess, delete).

    ``document_id`` deliberately has no foreign key: the trail of a deleted document stays.
    """

    __tablename__ = "document_audit"
    __table_args__ = (Index("ix_document_audit_document", "document_id", "id"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    document_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    company_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(20))
    old: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    new: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    comment: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), default=utcnow
    )


class Webhook(Base):
    """A company's callback URL; every terminal document status is POSTed to it, signed."""

    __tablename__ = "webhooks"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    company_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), index=True
    )
    url: Mapped[str] = mapped_column(Text)
    #: The HMAC-SHA256 key; shown to the company once, when the webhook is created.
    secret: Mapped[str] = mapped_column(String(128))
    description: Mapped[str | None] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="true")
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), default=utcnow
    )


class WebhookDelivery(Base):
    """One notification of one terminal status to one webhook, with its attempts (the log)."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        UniqueConstraint("webhook_id", "document_id", "status", name="uq_webhook_deliveries_once"),
        Index("ix_webhook_deliveries_webhook_created", "webhook_id", "created_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    webhook_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("webhooks.id", ondelete="CASCADE"))
    document_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(40))  # the document status announced
    payload: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    state: Mapped[str] = mapped_column(String(16), default="pending", server_default="pending")
    attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    last_status_code: Mapped[int | None] = mapped_column()
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), default=utcnow
    )
    last_attempt_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Supplier(Base):
    """A supplier a reviewer has confirmed in one company: its identifiers, normalised.

    Company-private: another company's documents never match it, its memory is never read for
    them, and its endpoints answer 404 to them.
    """

    __tablename__ = "suppliers"
    __table_args__ = (Index("ix_suppliers_company", "company_id"),)

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    name: Mapped[str | None] = mapped_column(String(300))
    name_key: Mapped[str | None] = mapped_column(String(300))
    vat_id: Mapped[str | None] = mapped_column(String(64))
    iban: Mapped[str | None] = mapped_column(String(64))
    registration_number: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), default=utcnow
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), default=utcnow, onupdate=utcnow
    )

    layouts: Mapped[list[SupplierLayout]] = relationship(
        order_by="SupplierLayout.version",
        back_populates="supplier",
        cascade="all, delete-orphan",
    )


class SupplierLayout(Base):
    """One remembered layout version of a supplier: its fixed-word fingerprint and, per field,
    where reviewers found the value relative to its label (``layout_memory.learn_field``).

    A correction that disagrees with the place stored for a field starts a new version; older
    versions stay, and reading prefers the best-fitting, then the newest.
    """

    __tablename__ = "supplier_layouts"
    __table_args__ = (
        UniqueConstraint("supplier_id", "version", name="uq_supplier_layout_version"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    supplier_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("suppliers.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(default=1)
    fingerprint: Mapped[list[int]] = mapped_column(JSONB, default=list)
    fields: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    samples: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), default=utcnow
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), default=utcnow, onupdate=utcnow
    )

    supplier: Mapped[Supplier] = relationship(back_populates="layouts")
