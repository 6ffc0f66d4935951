"""Webhooks: announce every terminal status to the company's callback URLs, signed and retried.

After any task about a document (Celery's ``task_postrun`` signal, so no stage knows about
webhooks), a document in a terminal status gets one delivery row per active webhook of its
company (unique per webhook, document and status: a redelivered message announces nothing
twice), and one ``deliver_webhook`` task each on the ``webhooks`` queue. That task POSTs the
stored payload, signed (see ``invoice_scanner_common.webhooks``), and retries non-2xx answers and
network errors with exponential backoff and jitter up to ``WEBHOOK_MAX_ATTEMPTS``; every attempt
is recorded on the row, which the API shows as the delivery log. Refused addresses fail at once.
"""

from __future__ import annotations

import json
import logging
import random
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

import requests
from celery import Task, current_app
from celery.signals import task_postrun
from requests_hardened import Config as HardenedConfig
from requests_hardened import HTTPSession
from requests_hardened.ip_filter import InvalidIPAddress
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert

from invoice_scanner_common.contracts import TaskName, is_terminal, status_info
from invoice_scanner_common.db import Document, Webhook, WebhookDelivery, session_scope
from invoice_scanner_common.logs import log_context
from invoice_scanner_common.settings import Env, load_environ
from invoice_scanner_common.webhooks import (
    DELIVERY_HEADER,
    EVENT_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    RefusedURLError,
    UrlPolicy,
    sign,
)
from invoice_scanner_processing.log_context import side_session_factory
from invoice_scanner_processing.tasks import worker_task

logger = logging.getLogger(__name__)

EVENT = "document.status"
#: Longest wait between two attempts; stays well below the broker's visibility timeout.
MAX_BACKOFF_S = 1800


@dataclass(frozen=True)
class WebhookSettings:
    policy: UrlPolicy
    timeout_s: float
    max_attempts: int
    retry_base_s: float


@cache
def get_webhook_settings() -> WebhookSettings:
    env = Env(load_environ())
    return WebhookSettings(
        policy=UrlPolicy.from_env(env),
        timeout_s=env.float("WEBHOOK_TIMEOUT_S", 10.0, minimum=0.5),
        max_attempts=env.int("WEBHOOK_MAX_ATTEMPTS", 8, minimum=1),
        retry_base_s=env.float("WEBHOOK_RETRY_BASE_S", 30.0, minimum=0.1),
    )


# --- announcing ---------------------------------------------------------------------------


def announce(document_id: uuid.UUID) -> list[str]:
    """Create the deliveries for a document's terminal status; send a task for each new one."""
    with session_scope(side_session_factory()) as session:
        doc = session.get(Document, document_id)
        # is_terminal, not DocumentStatus(...): a status of a stage registered later is no enum.
        if doc is None or not is_terminal(doc.status):
            return []
        hooks = session.scalars(
            select(Webhook).where(Webhook.company_id == doc.company_id, Webhook.active.is_(True))
        ).all()
        created: list[str] = []
        for hook in hooks:
            delivery_id = uuid.uuid4()
            payload = _payload(doc, delivery_id)
            row = session.execute(
                insert(WebhookDelivery)
                .values(
                    id=delivery_id,
                    webhook_id=hook.id,
                    document_id=doc.id,
                    status=doc.status,
                    payload=payload,
                )
                .on_conflict_do_nothing(constraint="uq_webhook_deliveries_once")
                .returning(WebhookDelivery.id)
            ).first()
            if row is not None:
                created.append(str(row[0]))
    for delivery in created:
        current_app.send_task(TaskName.DELIVER_WEBHOOK.value, kwargs={"delivery_id": delivery})
    if created:
        logger.info("webhooks: %d delivery(ies) queued", len(created))
    return created


def _payload(doc: Document, delivery_id: uuid.UUID) -> dict[str, Any]:
    info = status_info(doc.status)
    return {
        "event": EVENT,
        "delivery_id": str(delivery_id),
        "document_id": str(doc.id),
        "company_id": str(doc.company_id),
        "status": doc.status,
        "status_name": info.name,
        "status_reason": doc.status_reason,
        "quality_score": doc.quality_score,
        "predicted_accuracy": doc.predicted_accuracy,
        "occurred_at": (doc.updated_at or datetime.now(UTC)).isoformat(),
    }


@task_postrun.connect
def _announce_after_task(
    task: Task | None = None, kwargs: dict[str, Any] | None = None, **_: Any
) -> None:
    document_id = (kwargs or {}).get("document_id")
    if not document_id or getattr(task, "name", None) == TaskName.DELIVER_WEBHOOK.value:
        return
    try:
        announce(uuid.UUID(str(document_id)))
    except Exception:  # the document is done either way; the log says what was not announced
        logger.exception("webhooks: could not announce the document's status")


# --- delivering ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Attempt:
    code: int | None
    error: str | None
    delivered: bool
    permanent: bool


def post(url: str, secret: str, delivery_id: str, payload: dict[str, Any]) -> Attempt:
    """One signed POST; never follows redirects; refused addresses are permanent failures."""
    settings = get_webhook_settings()
    body = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()
    timestamp = int(time.time())
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "invoice-scanner-webhooks/1",
        EVENT_HEADER: EVENT,
        DELIVERY_HEADER: delivery_id,
        TIMESTAMP_HEADER: str(timestamp),
        SIGNATURE_HEADER: sign(secret, timestamp, body),
    }
    try:
        host = settings.policy.check(url)
    except RefusedURLError as exc:
        return Attempt(None, f"refused: {exc}", delivered=False, permanent=True)
    timeout = (settings.timeout_s, settings.timeout_s)
    # An operator-trusted host may be private; anything else is checked again at connect time
    # on the address actually used (requests-hardened pins the resolved, checked address).
    session: requests.Session = (
        requests.Session()
        if settings.policy.trusts(host)
        else HTTPSession(
            HardenedConfig(
                ip_filter_enable=True,
                ip_filter_allow_loopback_ips=False,
                never_redirect=True,
                default_timeout=timeout,
            )
        )
    )
    try:
        with session:
            response = session.post(
                url, data=body, headers=headers, timeout=timeout, allow_redirects=False
            )
    except InvalidIPAddress:
        return Attempt(None, "refused: the address connected to is not public", False, True)
    except requests.RequestException as exc:
        return Attempt(None, type(exc).__name__, delivered=False, permanent=False)
    ok = 200 <= response.status_code < 300
    return Attempt(response.status_code, None if ok else f"HTTP {response.status_code}", ok, False)


def backoff(attempt: int, base: float) -> float:
    """Exponential backoff with full jitter after ``attempt`` failed attempts."""
    return min(MAX_BACKOFF_S, random.uniform(base / 2, base * 2 ** (attempt - 1)))


@worker_task(
    name=TaskName.DELIVER_WEBHOOK.value, bind=True, max_retries=None, acks_late=True, optional=True
)
def deliver_webhook(self: Task, delivery_id: str) -> None:
    settings = get_webhook_settings()
    factory = side_session_factory()
    with session_scope(factory) as session:
        row = session.get(WebhookDelivery, uuid.UUID(delivery_id), with_for_update=True)
        if row is None or row.state != "pending":
            return
        hook = session.get(Webhook, row.webhook_id)
        if hook is None or not hook.active:
            row.state, row.last_error = "cancelled", "the webhook was deactivated"
            return
        row.attempts += 1
        row.last_attempt_at = datetime.now(UTC)
        attempt_no, url, secret, payload = row.attempts, hook.url, hook.secret, dict(row.payload)
    with log_context(document_id=payload["document_id"], company_id=payload["company_id"]):
        result = post(url, secret, delivery_id, payload)
        final = result.delivered or result.permanent or attempt_no >= settings.max_attempts
        with session_scope(factory) as session:
            row = session.get(WebhookDelivery, uuid.UUID(delivery_id))
            assert row is not None
            row.last_status_code, row.last_error = result.code, result.error
            if result.delivered:
                row.state, row.delivered_at = "delivered", datetime.now(UTC)
            elif final:
                row.state = "failed"
        logger.info(
            "webhook delivery %s attempt %d: %s",
            delivery_id,
            attempt_no,
            "delivered" if result.delivered else result.error,
        )
    if not final:
        raise self.retry(countdown=backoff(attempt_no, settings.retry_base_s))
