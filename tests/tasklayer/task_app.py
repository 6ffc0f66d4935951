"""A test app over the real task layer: two stages whose work does what the document's file
name asks (succeed, fail transiently N times, fail for good, crash the worker process), and
counts its runs in Redis. Started as a real Celery worker process by the tests."""

from __future__ import annotations

import os
import re

import redis

from invoice_scanner_common.db import Document
from invoice_scanner_common.registry import RetryPolicy, StageRegistry, StageSpec, StatusSpec
from invoice_scanner_processing.application import create_celery_app
from invoice_scanner_processing.tasks import Outcome, PermanentStageError, stage_work
from tests.tasklayer.plan import QUEUE, counter


def _status(value: str) -> StatusSpec:
    return StatusSpec(value, value.replace("_", " ").title(), f"test status {value}")


def _stage(name: str, max_retries: int) -> StageSpec:
    return StageSpec(
        name=name,
        task=f"tasklayer.{name}",
        queue=QUEUE,
        running=_status(f"{name}_running"),
        done=(_status(f"{name}_done"),),
        error=_status(f"{name}_error"),
        method=f"tasklayer.{name}",
        retry=RetryPolicy(max_retries=max_retries, countdown=1),
        soft_time_limit=20,
        time_limit=30,
    )


#: ``alpha`` may retry twice; ``beta`` never retries, so its crash budget is 0 + 1 + 2 starts.
REGISTRY = StageRegistry(
    [_stage("alpha", max_retries=2), _stage("beta", max_retries=0)],
    orchestrator=("tasklayer.orchestrate", QUEUE),
)


_redis = redis.Redis.from_url(os.environ["REDIS_URL"])


def _behave(doc: Document, stage: str) -> Outcome:
    runs = int(_redis.incr(counter(doc.id, stage)))
    plan = doc.original_filename  # e.g. "alpha-transient-2.pdf", "beta-crash.pdf"
    if not plan.startswith(f"{stage}-"):
        return None
    if m := re.match(rf"{stage}-transient-(\d+)", plan):
        if runs <= int(m.group(1)):
            raise ConnectionError(f"transient failure {runs}")
    elif plan.startswith(f"{stage}-permanent"):
        raise PermanentStageError("the test document is unreadable")
    elif plan.startswith(f"{stage}-crash"):
        os._exit(9)  # the worker process dies mid-stage, as under the OOM killer
    return None


@stage_work("tasklayer.alpha")
def alpha(doc: Document) -> Outcome:
    return _behave(doc, "alpha")


@stage_work("tasklayer.beta")
def beta(doc: Document) -> Outcome:
    return _behave(doc, "beta")


app = create_celery_app(REGISTRY, name="tasklayer")
