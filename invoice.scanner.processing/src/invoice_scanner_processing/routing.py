"""Start-up checks: every task has a queue, every stage a task, every limit fits the broker."""

from __future__ import annotations

from celery import Celery

from invoice_scanner_common.registry import StageRegistry
from invoice_scanner_common.settings import ConfigError


class ImproperlyConfiguredError(RuntimeError):
    """The task registry and the routing contract disagree; the worker must not start."""


def check_routes(app: Celery, registry: StageRegistry, extra: frozenset[str] = frozenset()) -> None:
    """``extra``: tasks routed outside the stage table (the sweeper)."""
    registered = {name for name in app.tasks if not name.startswith("celery.")}
    routed = set(registry.task_queues()) | extra
    unrouted = registered - routed
    if unrouted:
        raise ImproperlyConfiguredError(f"tasks without a queue: {sorted(unrouted)}")
    missing = routed - registered
    if missing:
        raise ImproperlyConfiguredError(f"contract tasks not registered: {sorted(missing)}")


def check_limits(registry: StageRegistry, visibility_timeout: int) -> None:
    """Every stage's hard time limit and longest retry wait stay below the broker's visibility
    timeout, so Redis never hands a message that is still being worked on to another worker
    (a task waiting out a retry countdown is held unacknowledged by its worker too)."""
    for spec in registry:
        longest = max(spec.time_limit, spec.retry.longest_wait())
        if longest >= visibility_timeout:
            raise ConfigError(
                f"BROKER_VISIBILITY_TIMEOUT ({visibility_timeout}s) must exceed the {spec.name} "
                f"stage's time limit and longest retry wait ({longest}s)"
            )
