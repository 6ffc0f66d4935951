"""Database tables and session helpers shared by the API and the workers."""

from invoice_scanner_common.db.models import (
    Base,
    Company,
    Document,
    ExtractionResult,
    OutboxMessage,
    StageResult,
    StatusTransition,
    User,
)
from invoice_scanner_common.db.session import make_engine, make_session_factory, session_scope
from invoice_scanner_common.db.status import set_status

__all__ = [
    "Base",
    "Company",
    "Document",
    "ExtractionResult",
    "OutboxMessage",
    "StageResult",
    "StatusTransition",
    "User",
    "make_engine",
    "make_session_factory",
    "session_scope",
    "set_status",
]
