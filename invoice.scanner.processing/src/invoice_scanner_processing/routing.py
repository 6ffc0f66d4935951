"""Start-up check: every project task has a queue, and every queue in the contract a task."""

from __future__ import annotations

from celery import Celery

from invoice_scanner_common.contracts import TASK_QUEUES, TaskName


class ImproperlyConfiguredError(RuntimeError):
    """The task registry and the routing contract disagree; the worker must not start."""


def check_routes(app: Celery) -> None:
    registered = {name for name in app.tasks if name.startswith("invoice_scanner.")}
    contract = {name.value for name in TaskName}
    unrouted = registered - {name.value for name in TASK_QUEUES}
    if unrouted:
        raise ImproperlyConfiguredError(f"tasks without a queue: {sorted(unrouted)}")
    missing = contract - registered
    if missing:
        raise ImproperlyConfiguredError(f"contract tasks not registered: {sorted(missing)}")
