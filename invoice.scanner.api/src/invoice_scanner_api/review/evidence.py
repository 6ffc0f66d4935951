"""What a reviewer sees of a document: per-field evidence, checks, line items, audit trail.

Two shapes of stored results are read. Processing that records evidence stores
``data["fields"]`` as ``{name: {value, confidence, source, page, bbox}}``; older results only
have the flat columns and ``field_confidence``, and their fields are shown with source
``rules`` and no page or box.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoice_scanner_common.checks import HEADER_FIELDS
from invoice_scanner_common.db import AuditEntry, Document, User
from invoice_scanner_common.fields import FIELDS, ValueType


class ResultLike(Protocol):
    """What the views below read of an extraction result: the ORM row, or ``fastview``'s
    plain row (``GET /documents/{id}``), plus the flat columns of ``HEADER_FIELDS``."""

    @property
    def data(self) -> dict[str, Any]: ...

    @property
    def field_confidence(self) -> dict[str, Any]: ...

    @property
    def evaluation(self) -> dict[str, Any]: ...


#: Keys the review loop adds to ``data``; not part of the invoice schema shown as ``invoice``.
REVIEW_KEYS = ("original", "reviewed")


def json_value(value: Any) -> Any:
    """Dates as ISO strings and amounts as numbers, as the flat fields show them."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def _confidence(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return max(0.0, min(1.0, float(value)))
    return None


#: Money fields: stored as exact decimal strings, shown as JSON numbers like the flat fields.
_MONEY = frozenset(FIELDS.of_type(ValueType.MONEY))


def _shown(name: str, value: Any) -> Any:
    if name in _MONEY and isinstance(value, str):
        try:
            return float(Decimal(value))
        except ArithmeticError:
            return value
    return value


def _entry(name: str, raw: dict[str, Any]) -> dict[str, Any]:
    bbox = raw.get("bbox")
    page = raw.get("page")
    return {
        "value": _shown(name, raw.get("value")),
        "confidence": _confidence(raw.get("confidence")),
        "source": raw.get("source") or "rules",
        "page": page if isinstance(page, int) and not isinstance(page, bool) else None,
        "bbox": bbox if isinstance(bbox, list) and len(bbox) == 4 else None,
    }


def fields_view(result: ResultLike | None) -> dict[str, dict[str, Any]]:
    if result is None:
        return {}
    confidence = result.field_confidence or {}
    flat = {
        name: {
            "value": json_value(getattr(result, name)),
            "confidence": _confidence(confidence.get(name)),
            "source": "rules",
            "page": None,
            "bbox": None,
        }
        for name in HEADER_FIELDS
    }
    stored = (result.data or {}).get("fields")
    if not isinstance(stored, dict):
        return flat
    out = {name: _entry(name, raw) for name, raw in stored.items() if isinstance(raw, dict)}
    for name, entry in flat.items():
        out.setdefault(name, entry)
    return out


def checks_view(result: ResultLike | None) -> list[dict[str, Any]]:
    if result is None:
        return []
    stored = (result.evaluation or {}).get("checks") or []
    return [
        {
            "name": str(c.get("name")),
            "passed": bool(c.get("passed")),
            "severity": c.get("severity") or "error",
            "detail": c.get("detail"),
            "fields": [str(f) for f in c.get("fields") or []],
        }
        for c in stored
        if isinstance(c, dict)
    ]


def line_items_view(result: ResultLike | None) -> list[dict[str, Any]]:
    items = (result.data or {}).get("line_items") if result is not None else None
    return [i for i in items or [] if isinstance(i, dict)]


def original_view(result: ResultLike | None) -> dict[str, Any] | None:
    """The pipeline's own prediction: kept aside at the first correction, else the current."""
    if result is None:
        return None
    kept = (result.data or {}).get("original")
    if isinstance(kept, dict):
        return kept
    return {
        "fields": fields_view(result),
        "line_items": line_items_view(result),
        "checks": checks_view(result),
    }


def audit_view(session: Session, document_id: uuid.UUID) -> list[dict[str, Any]]:
    rows = session.execute(
        select(AuditEntry, User.email)
        .outerjoin(User, User.id == AuditEntry.user_id)
        .where(AuditEntry.document_id == document_id)
        .order_by(AuditEntry.id)
    ).all()
    return [
        {
            "action": entry.action,
            "user_id": entry.user_id,
            "user_email": email,
            "at": entry.created_at,
            "old": entry.old,
            "new": entry.new,
            "comment": entry.comment,
        }
        for entry, email in rows
    ]


def review_view(session: Session, doc: Document, base: dict[str, Any]) -> dict[str, Any]:
    """``base`` (the flat document view) plus evidence, checks, original, audit, supplier."""
    from invoice_scanner_api.suppliers.service import document_supplier

    result = doc.result
    invoice = base.get("invoice")
    if isinstance(invoice, dict):
        base = {**base, "invoice": {k: v for k, v in invoice.items() if k not in REVIEW_KEYS}}
    return {
        **base,
        "status_reason": doc.status_reason,
        "fields": fields_view(result),
        "checks": checks_view(result),
        "line_items": line_items_view(result),
        "original_prediction": original_view(result),
        "audit": audit_view(session, doc.id),
        "supplier": document_supplier(session, doc),
    }
