"""``GET /metrics``: Prometheus text for the API, and the pipeline's state read at scrape time.

* HTTP requests and their latency, recorded by request hooks (multiprocess-safe: gunicorn runs
  several workers; with ``PROMETHEUS_MULTIPROC_DIR`` set every process writes its samples there).
* Workers' samples too, when they share that folder (``make run``): stage durations, retries,
  errors, OCR pages and seconds, LLM tokens and cost (see the processing package's metrics.py).
* Read live on each scrape: documents by status (Postgres), queue depth (Redis ``LLEN`` of each
  queue's list) and live workers per queue (Celery ``active_queues``, as ``/health/ready``).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator

import redis
from flask import Flask, Response, g, request
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client import multiprocess as prom_multiprocess
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import func, select

from invoice_scanner_api.extensions import db, tasks
from invoice_scanner_api.health.checks import consumers_by_queue
from invoice_scanner_common.contracts import DocumentStatus, Queue
from invoice_scanner_common.db import Document

logger = logging.getLogger(__name__)

REQUESTS = Counter(
    "invoice_scanner_http_requests", "HTTP requests, by method, route and status code",
    ["method", "route", "code"],
)  # fmt: skip
LATENCY = Histogram(
    "invoice_scanner_http_request_duration_seconds", "HTTP request latency, by route", ["route"]
)


class PipelineStateCollector(Collector):
    """Documents by status, queue depths and live workers per queue, read when scraped."""

    def __init__(self, redis_url: str, timeout: float) -> None:
        self.redis_url = redis_url
        self.timeout = timeout

    def collect(self) -> Iterator[GaugeMetricFamily]:
        yield from self._documents()
        yield from self._queues()

    def _documents(self) -> Iterator[GaugeMetricFamily]:
        family = GaugeMetricFamily(
            "invoice_scanner_documents", "Documents by current status", labels=["status"]
        )
        try:
            with db.engine.connect() as conn:
                counts: dict[str, int] = dict(
                    conn.execute(select(Document.status, func.count()).group_by(Document.status))
                    .tuples()
                    .all()
                )
        except Exception as exc:
            logger.warning("metrics: documents by status unavailable: %s", type(exc).__name__)
            return
        for status in DocumentStatus:
            family.add_metric([status.value], counts.get(status.value, 0))
        yield family

    def _queues(self) -> Iterator[GaugeMetricFamily]:
        depth = GaugeMetricFamily(
            "invoice_scanner_queue_depth", "Messages waiting in each queue", labels=["queue"]
        )
        workers = GaugeMetricFamily(
            "invoice_scanner_queue_workers", "Live workers consuming each queue", labels=["queue"]
        )
        try:
            client = redis.Redis.from_url(
                self.redis_url, socket_timeout=self.timeout, socket_connect_timeout=self.timeout
            )
            try:
                for queue in Queue:
                    depth.add_metric([queue.value], float(client.llen(queue.value)))
            finally:
                client.close()
            by_queue = consumers_by_queue(tasks.celery, self.timeout)
        except Exception as exc:
            logger.warning("metrics: queue state unavailable: %s", type(exc).__name__)
            return
        for queue in Queue:
            workers.add_metric([queue.value], len(by_queue.get(queue.value, [])))
        yield depth
        yield workers


def _exposition(state: PipelineStateCollector) -> bytes:
    live = CollectorRegistry()
    live.register(state)
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        merged = CollectorRegistry()
        prom_multiprocess.MultiProcessCollector(merged)
        return generate_latest(merged) + generate_latest(live)
    return generate_latest(REGISTRY) + generate_latest(live)


def init_app(app: Flask, redis_url: str, timeout: float) -> None:
    state = PipelineStateCollector(redis_url, timeout)

    @app.before_request
    def _start_timer() -> None:
        g.metrics_start = time.perf_counter()

    @app.after_request
    def _count(response: Response) -> Response:
        route = request.url_rule.rule if request.url_rule else "unmatched"
        if route != "/metrics" and "metrics_start" in g:
            LATENCY.labels(route).observe(time.perf_counter() - g.metrics_start)
            REQUESTS.labels(request.method, route, str(response.status_code)).inc()
        return response

    @app.get("/metrics")
    def _metrics() -> Response:
        return Response(_exposition(state), content_type=CONTENT_TYPE_LATEST)
