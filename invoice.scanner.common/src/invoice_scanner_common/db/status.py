"""Status transitions: the document row and its history change together, in one transaction."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from invoice_scanner_common.db.models import Document, StatusTransition, utcnow


def set_status(
    session: Session,
    document: Document | uuid.UUID,
    status: str,
    reason: str | None = None,
) -> Document:
    """Move ``document`` to ``status`` (a value of the stage table) and record the transition.
    The caller commits."""
    doc = document if isinstance(document, Document) else session.get(Document, document)
    if doc is None:
        raise LookupError(f"document {document} does not exist")
    doc.status = str(status)
    doc.status_reason = reason
    doc.updated_at = utcnow()
    session.add(StatusTransition(document_id=doc.id, status=str(status), reason=reason))
    session.flush()
    return doc
