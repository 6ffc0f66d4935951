"""Database tables and session helpers shared by the API and the workers."""

from invoice_scanner_common.db.models import (
    AuditEntry,
    Base,
    Company,
    Document,
    ExtractionResult,
    OutboxMessage,
    StageResult,
    StatusTransition,
    Supplier,
    SupplierLayout,
    User,
    Webhook,
    WebhookDelivery,
)
from invoice_scanner_common.db.session import make_engine, make_session_factory, session_scope
from invoice_scanner_common.db.status import set_status

__all__ = [
    "AuditEntry",
    "Base",
    "Company",
    "Document",
    "ExtractionResult",
    "OutboxMessage",
    "StageResult",
    "StatusTransition",
    "Supplier",
    "SupplierLayout",
    "User",
    "Webhook",
    "WebhookDelivery",
    "make_engine",
    "make_session_factory",
    "session_scope",
    "set_status",
]
