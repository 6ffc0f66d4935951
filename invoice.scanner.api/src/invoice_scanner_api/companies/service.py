"""Company settings, always the caller's own company (the id comes from the token)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from invoice_scanner_common.currency import currency_code
from invoice_scanner_common.db import Company


def get(session: Session, company_id: uuid.UUID) -> Company:
    company = session.get(Company, company_id)
    if company is None:  # the token outlived its company
        raise LookupError(company_id)
    return company


def update(session: Session, company_id: uuid.UUID, changes: dict[str, Any]) -> Company:
    """Apply ``changes`` (validated by the schema) and commit; absent keys stay as they are."""
    company = get(session, company_id)
    if "default_currency" in changes:
        raw = changes["default_currency"]
        company.default_currency = currency_code(raw) if raw is not None else None
    session.commit()
    return company
