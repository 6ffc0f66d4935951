"""Worker metrics (Prometheus), recorded from Celery's task signals, never inside a task.

With ``PROMETHEUS_MULTIPROC_DIR`` set (``make run``, the compose file and the Kubernetes pods set
it), every worker process writes its samples there (prometheus_client's multiprocess mode), so
prefork children, the worker's own exporter (``WORKER_METRICS_PORT``) and the API's ``/metrics``
(when it shares the folder) all see the same numbers.

OCR pages and seconds and LLM tokens and cost are read from the stage's artefact after a
successful task, so the stages and tasks stay free of metrics code.
"""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path
from typing import Any

from celery import Task
from celery.signals import task_failure, task_postrun, task_prerun, task_retry, worker_ready
from prometheus_client import CollectorRegistry, Counter, Histogram, start_http_server
from prometheus_client import multiprocess as prom_multiprocess

from invoice_scanner_common.contracts import TASK_QUEUES, TaskName

logger = logging.getLogger(__name__)

STAGE_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 900)

STAGE_SECONDS = Histogram(
    "invoice_scanner_stage_duration_seconds",
    "Seconds a pipeline task ran, by stage and outcome (success, failure, retry, ignored)",
    ["stage", "outcome"],
    buckets=STAGE_BUCKETS,
)
RETRIES = Counter("invoice_scanner_task_retries", "Task retries scheduled, by stage", ["stage"])
ERRORS = Counter("invoice_scanner_task_errors", "Tasks that ended in an error, by stage", ["stage"])
OCR_PAGES = Counter(
    "invoice_scanner_ocr_pages", "Pages read, by source (ocr or text_layer)", ["source"]
)
OCR_SECONDS = Counter("invoice_scanner_ocr_seconds", "Seconds spent in OCR (all pages)")
LLM_TOKENS = Counter(
    "invoice_scanner_llm_tokens", "LLM tokens, by provider and kind (input, output)",
    ["provider", "kind"],
)  # fmt: skip
LLM_COST = Counter(
    "invoice_scanner_llm_cost_usd", "LLM cost in US dollars, by provider", ["provider"]
)


def stage_of(task_name: str | None) -> str:
    """The stage label of a task: its queue, except the orchestrator; unknown names as they are."""
    if task_name == TaskName.ORCHESTRATE.value:
        return "orchestrate"
    for name, queue in TASK_QUEUES.items():
        if name.value == task_name:
            return queue.value
    return (task_name or "unknown").rsplit(".", 1)[-1]


_started: dict[str, float] = {}


@task_prerun.connect
def _on_prerun(task_id: str | None = None, **_: Any) -> None:
    if task_id:
        _started[task_id] = time.perf_counter()


@task_postrun.connect
def _on_postrun(
    task_id: str | None = None,
    task: Task | None = None,
    kwargs: dict[str, Any] | None = None,
    state: str | None = None,
    **_: Any,
) -> None:
    start = _started.pop(task_id or "", None)
    name = getattr(task, "name", None)
    if start is not None:
        outcome = (state or "unknown").lower()
        STAGE_SECONDS.labels(stage_of(name), outcome).observe(time.perf_counter() - start)
    if state == "SUCCESS" and kwargs and kwargs.get("document_id"):
        try:
            _record_artefact(name, str(kwargs["document_id"]))
        except Exception:  # metrics never fail a task
            logger.warning("metrics: could not read the %s artefact", name, exc_info=True)


@task_retry.connect
def _on_retry(sender: Task | None = None, **_: Any) -> None:
    RETRIES.labels(stage_of(getattr(sender, "name", None))).inc()


@task_failure.connect
def _on_failure(sender: Task | None = None, **_: Any) -> None:
    ERRORS.labels(stage_of(getattr(sender, "name", None))).inc()


def _record_artefact(task_name: str | None, document_id: str) -> None:
    from invoice_scanner_processing import storage
    from invoice_scanner_processing.settings import get_settings

    folder = get_settings().common.documents_processed_dir / document_id
    if task_name == TaskName.OCR.value:
        record_ocr(_read(folder / storage.OCR))
    elif task_name == TaskName.PREDICT.value:
        record_prediction(_read(folder / storage.PREDICTION))


def _read(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text())
    return data


def record_ocr(ocr: dict[str, Any]) -> None:
    for page in ocr.get("pages", []):
        OCR_PAGES.labels(page.get("source", "unknown")).inc()
    OCR_SECONDS.inc(float(ocr.get("seconds") or 0.0))


def record_prediction(prediction: dict[str, Any]) -> None:
    provider = str(prediction.get("provider") or "unknown")
    usage = prediction.get("usage") or {}
    LLM_TOKENS.labels(provider, "input").inc(int(usage.get("input_tokens") or 0))
    LLM_TOKENS.labels(provider, "output").inc(int(usage.get("output_tokens") or 0))
    LLM_COST.labels(provider).inc(float(usage.get("cost_usd") or 0.0))


def scrape_registry() -> CollectorRegistry | None:
    """A registry over every process's samples in multiprocess mode, else None (the default)."""
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        return None
    registry = CollectorRegistry()
    prom_multiprocess.MultiProcessCollector(registry)
    return registry


@worker_ready.connect
def _serve_metrics(**_: Any) -> None:
    """``WORKER_METRICS_PORT``: the worker's own /metrics, for Prometheus to scrape per pod."""
    port = os.environ.get("WORKER_METRICS_PORT")
    if not port:
        return
    registry = scrape_registry()
    if registry is None:
        logger.warning("WORKER_METRICS_PORT without PROMETHEUS_MULTIPROC_DIR: prefork children's "
                       "samples are not visible to the exporter")  # fmt: skip
        start_http_server(int(port))
    else:
        start_http_server(int(port), registry=registry)
    logger.info("worker metrics on :%s/metrics", port)
