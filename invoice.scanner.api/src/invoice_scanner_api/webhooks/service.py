"""A company's webhooks and their delivery log; every query is scoped to the company."""

from __future__ import annotations

import secrets
import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from invoice_scanner_common.db import Webhook, WebhookDelivery
from invoice_scanner_common.webhooks import UrlPolicy


def create(
    session: Session, policy: UrlPolicy, company_id: uuid.UUID, url: str, description: str | None
) -> Webhook:
    policy.check(url)  # RefusedURLError: the view answers 422
    hook = Webhook(
        company_id=company_id,
        url=url,
        description=description,
        secret=secrets.token_hex(32),
    )
    session.add(hook)
    session.commit()
    return hook


def get_for_company(session: Session, company_id: uuid.UUID, webhook_id: uuid.UUID) -> Webhook:
    hook = session.scalar(
        select(Webhook).where(Webhook.id == webhook_id, Webhook.company_id == company_id)
    )
    if hook is None:
        raise LookupError(webhook_id)
    return hook


def list_for_company(session: Session, company_id: uuid.UUID) -> list[Webhook]:
    return list(
        session.scalars(
            select(Webhook).where(Webhook.company_id == company_id).order_by(Webhook.created_at)
        )
    )


def update(session: Session, policy: UrlPolicy, hook: Webhook, changes: dict[str, Any]) -> Webhook:
    if "url" in changes:
        policy.check(changes["url"])
    for name in ("url", "description", "active"):
        if name in changes:
            setattr(hook, name, changes[name])
    session.commit()
    return hook


def delete(session: Session, hook: Webhook) -> None:
    session.delete(hook)
    session.commit()


def deliveries(
    session: Session, hook: Webhook, page: int, page_size: int
) -> tuple[list[WebhookDelivery], int]:
    where = WebhookDelivery.webhook_id == hook.id
    total = session.scalar(select(func.count()).select_from(WebhookDelivery).where(where)) or 0
    rows = session.scalars(
        select(WebhookDelivery)
        .where(where)
        .order_by(WebhookDelivery.created_at.desc(), WebhookDelivery.id)
        .offset((page - 1) * page_size)
        .limit(page_size)
    )
    return list(rows), total
