"""Building the Celery application from the stage table.

:func:`create_celery_app` configures Celery, registers the orchestrator and one task per
registered stage, connects the worker hooks and runs the start-up checks; ``celery_app.py``
calls it once for the workers' ``-A`` target. A test app registers an extra stage in the
registry, binds its work, and calls it the same way.
"""

from __future__ import annotations

from celery import Celery

from invoice_scanner_common.contracts import MAINTENANCE_QUEUE, STAGES, SWEEP_TASK
from invoice_scanner_common.registry import StageRegistry
from invoice_scanner_processing import signals, tasks
from invoice_scanner_processing.routing import check_limits, check_routes
from invoice_scanner_processing.settings import get_settings


def create_celery_app(registry: StageRegistry = STAGES, name: str = "invoice_scanner") -> Celery:
    """The worker application for ``registry``'s stages; raises if the table is inconsistent."""
    settings = get_settings()
    check_limits(registry, settings.visibility_timeout)
    # SyncedTask copies a stage's files to and from object storage when it is configured.
    app = Celery(name, task_cls="invoice_scanner_processing.storage_sync:SyncedTask")
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
        task_routes={
            **{name: {"queue": queue} for name, queue in registry.task_queues().items()},
            SWEEP_TASK: {"queue": MAINTENANCE_QUEUE},
        },
        # Run by `celery worker -Q maintenance -B` (or a separate `celery beat`); several
        # schedulers are safe, the sweep skips rows another sweep holds.
        beat_schedule={
            "sweep": {
                "task": SWEEP_TASK,
                "schedule": float(settings.common.recovery.sweep_interval_s),
                # A sweep not taken within its interval is replaced by the next one.
                "options": {"expires": float(settings.common.recovery.sweep_interval_s)},
            }
        },
        task_queues=None,
        task_default_queue=registry.orchestrator[1],
        task_create_missing_queues=True,
        # A worker that dies mid-task leaves the message for another worker (see tasks.py:
        # stages are idempotent), and each worker takes one task at a time.
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        # After a Redis restart with tasks in flight Celery lowers the prefetch count and
        # raises it again as those tasks are acknowledged, which they cannot be on the new
        # connection: the worker stopped consuming in the fault runs (celery#8030, #8990).
        worker_enable_prefetch_count_reduction=False,
        broker_transport_options={"visibility_timeout": settings.visibility_timeout},
        broker_connection_retry_on_startup=True,
        worker_send_task_events=True,
        task_send_sent_event=True,
        worker_hijack_root_logger=False,
    )
    tasks.register_tasks(app, registry)
    tasks.register_sweeper(app, registry)
    signals.connect()
    check_routes(app, registry, frozenset({SWEEP_TASK}))
    return app
