"""Readiness checks: the database, Redis and a live worker for every queue, each timed.

The worker check asks the workers themselves over the broker (Celery's remote control
``active_queues`` broadcast) with a short timeout; the API never imports worker code.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import redis
from celery import Celery
from sqlalchemy import Engine, text

from invoice_scanner_common.contracts import Queue

Check = dict[str, Any]


def _timed(probe: Callable[[], Any]) -> tuple[Any, Check]:
    start = time.perf_counter()
    try:
        value = probe()
    except Exception as exc:  # the check's answer, never the message (it may hold a URL)
        return None, {
            "ok": False,
            "latency_ms": round((time.perf_counter() - start) * 1000, 1),
            "error": type(exc).__name__,
        }
    return value, {"ok": True, "latency_ms": round((time.perf_counter() - start) * 1000, 1)}


def check_database(engine: Engine) -> Check:
    def probe() -> None:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))

    return _timed(probe)[1]


def check_redis(redis_url: str, timeout: float) -> Check:
    def probe() -> None:
        client = redis.Redis.from_url(
            redis_url, socket_timeout=timeout, socket_connect_timeout=timeout
        )
        try:
            client.ping()
        finally:
            client.close()

    return _timed(probe)[1]


def consumers_by_queue(celery: Celery, timeout: float) -> dict[str, list[str]]:
    """Worker names per queue, from the workers that answer within ``timeout`` seconds."""
    replies = celery.control.inspect(timeout=timeout).active_queues() or {}
    by_queue: dict[str, list[str]] = {}
    for worker, queues in replies.items():
        for queue in queues or []:
            by_queue.setdefault(str(queue.get("name")), []).append(worker)
    return by_queue


def check_workers(celery: Celery, timeout: float, redis_ok: bool) -> dict[str, Check]:
    """One entry per contract queue: ``ok`` when at least one worker consumes it."""
    if not redis_ok:
        return {q.value: {"ok": False, "workers": 0, "error": "broker unreachable"} for q in Queue}
    by_queue, timing = _timed(lambda: consumers_by_queue(celery, timeout))
    result: dict[str, Check] = {}
    for queue in Queue:
        workers = sorted((by_queue or {}).get(queue.value, []))
        entry: Check = {"ok": bool(workers), "workers": len(workers), **_latency(timing)}
        if not workers:
            entry["error"] = timing.get("error", "no live worker consumes this queue")
        result[queue.value] = entry
    return result


def _latency(timing: Check) -> Check:
    return {"latency_ms": timing["latency_ms"]}


def readiness(engine: Engine, celery: Celery, redis_url: str, timeout: float) -> Check:
    """The whole report; ``ready`` only when every check passed."""
    database = check_database(engine)
    broker = check_redis(redis_url, timeout)
    workers = check_workers(celery, timeout, broker["ok"])
    ready = database["ok"] and broker["ok"] and all(w["ok"] for w in workers.values())
    return {
        "status": "ready" if ready else "not_ready",
        "database": database,
        "redis": broker,
        "workers": workers,
    }
