"""The Celery application shared by every worker type.

Workers start with ``celery -A invoice_scanner_processing.celery_app worker -Q <queue>
--prefetch-multiplier=1``; tasks are routed by name to the queue named in the contract.
"""

from __future__ import annotations

from celery import Celery

from invoice_scanner_common.contracts import TASK_QUEUES, Queue
from invoice_scanner_processing.settings import get_settings

settings = get_settings()

# SyncedTask copies a stage's files to and from object storage when it is configured.
app = Celery("invoice_scanner", task_cls="invoice_scanner_processing.storage_sync:SyncedTask")
app.conf.update(
    broker_url=settings.common.redis_url,
    # Postgres holds every status; task results would only fill Redis.
    task_ignore_result=True,
    result_backend=None,
    task_serializer="json",
    accept_content=["json"],
    result_serializer="json",
    timezone="UTC",
    enable_utc=True,
    task_routes={name.value: {"queue": queue.value} for name, queue in TASK_QUEUES.items()},
    task_queues=None,
    task_default_queue=Queue.PREPROCESSING.value,
    task_create_missing_queues=True,
    # A worker that dies mid-task leaves the message for another worker (see tasks.py: stages
    # are idempotent), and each worker takes one task at a time.
    task_acks_late=True,
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,
    broker_transport_options={"visibility_timeout": settings.visibility_timeout},
    broker_connection_retry_on_startup=True,
    worker_send_task_events=True,
    task_send_sent_event=True,
    worker_hijack_root_logger=False,
)
app.autodiscover_tasks(["invoice_scanner_processing"], related_name="tasks", force=True)

from invoice_scanner_processing import signals  # noqa: E402,F401  (connects the worker hooks)
from invoice_scanner_processing.routing import check_routes  # noqa: E402

check_routes(app)
