"""Prometheus metrics and JSON logs after real documents went through real workers and gunicorn."""

from __future__ import annotations

import json
import logging
import time
import uuid
from pathlib import Path

import requests
from prometheus_client.parser import text_string_to_metric_families

from invoice_scanner_common.contracts import DocumentStatus, Queue, TaskName
from invoice_scanner_common.logs import configure_logging, log_context
from invoice_scanner_common.settings import CommonSettings
from tests.e2e.conftest import Stack, register
from tests.e2e.sample_invoice import draw_pdf, draw_png
from tests.ops.conftest import SpawnWorker

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def scrape(stack: Stack) -> Samples:
    r = requests.get(stack.url("/metrics"), timeout=10)
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("text/plain")
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(r.text)
        for s in family.samples
    }


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def wait_done(stack: Stack, headers: dict[str, str], doc_id: str) -> str:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        status = requests.get(
            stack.url(f"/documents/{doc_id}/status"), headers=headers, timeout=10
        ).json()["status"]
        if DocumentStatus(status).is_terminal:
            return str(status)
        time.sleep(0.2)
    raise AssertionError(stack.log_text())


def upload_and_wait(stack: Stack, headers: dict[str, str], paths: list[Path]) -> list[str]:
    ids = []
    for path in paths:
        mime = "application/pdf" if path.suffix == ".pdf" else "image/png"
        with open(path, "rb") as fh:
            r = requests.post(
                stack.url("/documents/upload"),
                headers=headers,
                files={"file": (path.name, fh, mime)},
                timeout=30,
            )
        assert r.status_code == 201, r.text
        ids.append(r.json()["document"]["id"])
    finals = [wait_done(stack, headers, doc_id) for doc_id in ids]
    assert finals == ["approved"] * len(ids), stack.log_text()
    time.sleep(0.5)  # the evaluation task's postrun signal runs after the status commit
    return ids


def test_metric_counts_after_processing(ops_stack: Stack, tmp_path: Path) -> None:
    stack = ops_stack
    before = scrape(stack)
    headers = register(stack, "Metered")
    upload_and_wait(
        stack, headers, [draw_pdf(tmp_path / "invoice.pdf"), draw_png(tmp_path / "invoice.png")]
    )
    after = scrape(stack)

    def grew(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert grew("invoice_scanner_documents", status="approved") == 2
    for stage in ("orchestrate", *(q.value for q in Queue if q is not Queue.WEBHOOKS)):
        assert (
            grew("invoice_scanner_stage_duration_seconds_count", stage=stage, outcome="success")
            == 2
        ), stage
        assert (
            value(
                after, "invoice_scanner_stage_duration_seconds_sum", stage=stage, outcome="success"
            )
            > 0
        )
    assert grew("invoice_scanner_ocr_pages_total", source="text_layer") == 1
    assert grew("invoice_scanner_ocr_pages_total", source="ocr") == 1
    assert value(after, "invoice_scanner_ocr_seconds_total") > 0
    # The offline extractor uses no tokens and costs nothing, and says so.
    assert (
        "invoice_scanner_llm_tokens_total",
        (("kind", "input"), ("provider", "offline")),
    ) in after
    assert value(after, "invoice_scanner_llm_cost_usd_total", provider="offline") == 0
    assert value(after, "invoice_scanner_task_errors_total", stage="ocr") == 0
    for queue in Queue:
        assert value(after, "invoice_scanner_queue_depth", queue=queue.value) == 0
        assert value(after, "invoice_scanner_queue_workers", queue=queue.value) == 1
    assert (
        grew(
            "invoice_scanner_http_requests_total",
            method="POST",
            route="/documents/upload",
            code="201",
        )
        == 2
    )


def test_worker_exporter_serves_its_own_samples(
    test_env: dict[str, str], tmp_path: Path, spawn_worker: SpawnWorker
) -> None:
    import socket

    from celery import Celery

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    prom_dir = tmp_path / "prometheus"
    prom_dir.mkdir()
    # Its own queue: a worker of another test's stack must not take the message.
    queue = f"exporter-{uuid.uuid4().hex[:6]}"
    spawn_worker(
        [queue],
        {"WORKER_METRICS_PORT": str(port), "PROMETHEUS_MULTIPROC_DIR": str(prom_dir)},
    )
    sender = Celery(broker=test_env["REDIS_URL"])
    # A document that does not exist: the stage skips it (outcome "ignored").
    sender.send_task(
        TaskName.EVALUATE.value, kwargs={"document_id": str(uuid.uuid4())}, queue=queue
    )
    key = (
        "invoice_scanner_stage_duration_seconds_count",
        (("outcome", "ignored"), ("stage", "evaluation")),
    )
    deadline = time.monotonic() + 30
    samples: Samples = {}
    while time.monotonic() < deadline and samples.get(key) != 1:
        text = requests.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
        samples = {
            (s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text)
            for s in family.samples
        }
        time.sleep(0.3)
    assert samples.get(key) == 1, samples


def test_one_grep_shows_a_documents_whole_life(ops_stack: Stack, tmp_path: Path) -> None:
    headers = register(ops_stack, "Logged")
    (doc_id,) = upload_and_wait(
        ops_stack, headers, [draw_pdf(tmp_path / "logged.pdf", invoice_number="LOG-1")]
    )
    lines = {
        log.stem: [line for line in log.read_text().splitlines() if doc_id in line]
        for log in ops_stack.logs.glob("*.log")
    }
    records = {name: [json.loads(line) for line in found] for name, found in lines.items()}
    api = records["api"]
    assert api and all(r["document_id"] == doc_id for r in api)
    company = api[0]["company_id"]
    assert all(r["company_id"] == company for r in api)
    stages = set()
    for name, found in records.items():
        if not name.startswith("worker-"):
            continue
        for r in found:
            assert r["document_id"] == doc_id and r["company_id"] == company, r
            assert r["task_id"] and r["stage"] and r["level"] and r["message"], r
            stages.add(r["stage"])
    assert stages == {"orchestrate", "preprocessing", "ocr", "llm", "extraction", "evaluation"}


def test_text_stays_the_default_and_json_is_chosen_by_setting(test_env: dict[str, str]) -> None:
    assert CommonSettings.from_env(test_env).log_format == "text"
    assert CommonSettings.from_env({**test_env, "LOG_FORMAT": "JSON"}).log_format == "json"
    handler = logging.StreamHandler()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        configure_logging("INFO", "json")
        assert handler.formatter is not None
        record = logging.LogRecord("t", logging.INFO, __file__, 1, "hello", None, None)
        with log_context(document_id="d-1", stage="ocr"):
            handler.filter(record)
        out = json.loads(handler.format(record))
        assert out["document_id"] == "d-1" and out["stage"] == "ocr" and "task_id" not in out
        configure_logging("INFO", "text")
        plain = logging.LogRecord("t", logging.INFO, __file__, 1, "hello", None, None)
        handler.filter(plain)
        assert handler.format(plain).endswith("[doc=-] hello")
    finally:
        root.removeHandler(handler)
