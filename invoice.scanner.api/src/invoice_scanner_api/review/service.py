"""Reviewer actions on a finished document: correct, approve, reject. Each leaves an audit row.

Corrections never overwrite the pipeline's prediction: the first one keeps it in
``data["original"]``. The value checks run again on the corrected values (the same module the
evaluation stage uses); other stored checks stay as the pipeline left them, except that a
check whose fields a reviewer has all corrected or confirmed counts as resolved.
"""

from __future__ import annotations

import copy
import logging
import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from invoice_scanner_api.review.evidence import (
    checks_view,
    fields_view,
    json_value,
    line_items_view,
)
from invoice_scanner_common.checks import (
    ADDED_TO_TOTAL,
    VALUE_CHECK_NAMES,
    as_decimal,
    value_checks,
)
from invoice_scanner_common.contracts import DocumentStatus
from invoice_scanner_common.db import AuditEntry, Document, ExtractionResult, User, set_status
from invoice_scanner_common.fields import FIELDS

logger = logging.getLogger(__name__)

#: Fields stored in their own columns as well as in ``data`` (the field table's columns).
FLAT_COLUMNS = tuple(spec.name for spec in FIELDS.columns)


class ReviewConflictError(Exception):
    """The action does not fit the document's state (HTTP 409)."""

    def __init__(self, message: str, failing: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.failing = failing or []


def lock(session: Session, doc: Document) -> None:
    """Re-read the row under a lock: concurrent actions on one document run one at a time."""
    session.refresh(doc, with_for_update=True)


def require_finished(doc: Document, action: str) -> DocumentStatus:
    status = DocumentStatus(doc.status)
    if not status.is_terminal:
        raise ReviewConflictError(
            f"The document is still being processed ({status.value}); {action} it once it "
            "has finished"
        )
    return status


def record(
    session: Session,
    doc: Document,
    user_id: uuid.UUID,
    action: str,
    *,
    old: dict[str, Any] | None = None,
    new: dict[str, Any] | None = None,
    comment: str | None = None,
) -> None:
    logger.info("review: %s by user %s", action, user_id)
    session.add(
        AuditEntry(
            document_id=doc.id,
            company_id=doc.company_id,
            user_id=user_id,
            action=action,
            old=old,
            new=new,
            comment=comment,
        )
    )


def _stored(value: Any) -> Any:
    """A value as the invoice schema stores it in ``data`` (amounts as decimal strings)."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _result_for(session: Session, doc: Document) -> ExtractionResult:
    if doc.result is None:
        # A document that failed before extraction can still be typed in by hand.
        doc.result = ExtractionResult(
            document_id=doc.id, data={}, field_confidence={}, evaluation={}
        )
        session.flush()
    assert doc.result is not None
    return doc.result


def correct(
    session: Session,
    doc: Document,
    user_id: uuid.UUID,
    fields: dict[str, Any],
    line_items: list[dict[str, Any]] | None,
    comment: str | None,
) -> None:
    lock(session, doc)
    status = require_finished(doc, "correct")
    result = _result_for(session, doc)
    data = copy.deepcopy(result.data or {})
    current = fields_view(result)
    if "original" not in data:
        data["original"] = {
            "fields": current,
            "line_items": line_items_view(result),
            "checks": checks_view(result),
        }
    evidence = {name: dict(entry) for name, entry in current.items()}
    confidence = dict(result.field_confidence or {})
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for name, value in fields.items():
        old[name] = evidence[name]["value"] if name in evidence else json_value(data.get(name))
        new[name] = json_value(value)
        evidence[name] = {
            "value": new[name],
            "confidence": 1.0,
            "source": "corrected",
            "page": None,
            "bbox": None,
        }
        confidence[name] = 1.0
        data[name] = _stored(value)
        if name in FLAT_COLUMNS:
            setattr(result, name, value)
    reviewed = set(data.get("reviewed") or []) | set(fields)
    audit_old: dict[str, Any] = {"fields": old}
    audit_new: dict[str, Any] = {"fields": new}
    if line_items is not None:
        audit_old["line_items"] = line_items_view(result)
        data["line_items"] = [{k: _stored(v) for k, v in item.items()} for item in line_items]
        audit_new["line_items"] = data["line_items"]
        reviewed.add("line_items")
    data["fields"] = evidence
    data["reviewed"] = sorted(reviewed)
    result.data = data
    result.field_confidence = confidence
    checks = recheck(result, data, reviewer=_who(session, user_id))
    result.evaluation = {**(result.evaluation or {}), "checks": checks}
    if status is DocumentStatus.APPROVED and failing_errors(doc):
        # Approved means no error-level check fails; a correction that breaks one sends the
        # document back to review instead of leaving wrong data approved.
        set_status(session, doc, DocumentStatus.MANUAL_REVIEW, "a correction made checks fail")
        audit_old["status"] = status.value
        audit_new["status"] = DocumentStatus.MANUAL_REVIEW.value
    record(session, doc, user_id, "correct", old=audit_old, new=audit_new, comment=comment)
    session.commit()


def _who(session: Session, user_id: uuid.UUID) -> str:
    user = session.get(User, user_id)
    return user.email if user is not None else str(user_id)


def recheck(result: ExtractionResult, data: dict[str, Any], *, reviewer: str) -> list[dict]:
    """Value checks on the current values, then the pipeline's other checks, maybe resolved."""
    values = {name: getattr(result, name) for name in FLAT_COLUMNS}
    for name in ("discount", "shipping", *ADDED_TO_TOTAL):
        values[name] = as_decimal(data.get(name))
    amounts = [i.get("amount") for i in data.get("line_items") or [] if isinstance(i, dict)]
    checks = [c.as_dict() for c in value_checks(values, amounts)]
    reviewed = set(data.get("reviewed") or [])
    for check in (data.get("original") or {}).get("checks") or []:
        if check["name"] in VALUE_CHECK_NAMES:
            continue
        concerned = check.get("fields") or []
        if not check["passed"] and concerned and set(concerned) <= reviewed:
            check = {
                **check,
                "passed": True,
                "detail": f"resolved: {', '.join(concerned)} confirmed by {reviewer}"
                + (f" (was: {check['detail']})" if check.get("detail") else ""),
            }
        checks.append(check)
    return checks


def failing_errors(doc: Document) -> list[dict[str, Any]]:
    if doc.result is None:
        # Nothing was extracted: every required field is missing.
        return [c.as_dict() for c in value_checks({}) if not c.passed and c.severity == "error"]
    return [c for c in checks_view(doc.result) if not c["passed"] and c["severity"] == "error"]


def approve(session: Session, doc: Document, user_id: uuid.UUID, comment: str | None) -> None:
    lock(session, doc)
    status = require_finished(doc, "approve")
    if status is DocumentStatus.APPROVED:
        return
    failing = failing_errors(doc)
    if failing:
        raise ReviewConflictError(
            "Error-level checks still fail; correct the fields first", failing=failing
        )
    set_status(session, doc, DocumentStatus.APPROVED, "approved by a reviewer")
    record(
        session,
        doc,
        user_id,
        "approve",
        old={"status": status.value},
        new={"status": DocumentStatus.APPROVED.value},
        comment=comment,
    )
    session.commit()


def reject(session: Session, doc: Document, user_id: uuid.UUID, reason: str) -> None:
    lock(session, doc)
    status = require_finished(doc, "reject")
    if status is DocumentStatus.REJECTED:
        return
    set_status(session, doc, DocumentStatus.REJECTED, reason)
    record(
        session,
        doc,
        user_id,
        "reject",
        old={"status": status.value},
        new={"status": DocumentStatus.REJECTED.value},
        comment=reason,
    )
    session.commit()
