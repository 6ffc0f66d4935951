"""A stage that fails is counted by stage, and its final status is announced like any other."""

from __future__ import annotations

import socket
import time
import uuid
from pathlib import Path

import requests
from prometheus_client.parser import text_string_to_metric_families

from invoice_scanner_api import create_app
from invoice_scanner_api.config import ApiSettings
from invoice_scanner_common.contracts import Queue
from tests.e2e.sample_invoice import draw_png
from tests.ops.conftest import SpawnWorker, wait_for


def test_a_failed_stage_is_counted_as_an_error_of_that_stage(
    test_env: dict[str, str], tmp_path: Path, spawn_worker: SpawnWorker
) -> None:
    client = create_app({"SETTINGS": ApiSettings.from_env(test_env), "TESTING": True}).test_client()
    account = {"email": f"err-{uuid.uuid4().hex[:6]}@example.com", "password": "long enough pw"}
    assert client.post("/auth/register", json={**account, "company_name": "Err"}).status_code == 201
    headers = {
        "Authorization": f"Bearer {client.post('/auth/login', json=account).json['access_token']}"
    }
    with open(draw_png(tmp_path / "gone.png"), "rb") as fh:
        r = client.post("/documents/upload", data={"file": (fh, "gone.png")}, headers=headers)
    assert r.status_code == 201 and r.json["queued"], r.json
    doc_id = r.json["document"]["id"]
    # The upload disappears from storage before any worker runs: a permanent failure.
    (stored,) = Path(test_env["DOCUMENTS_RAW_DIR"]).rglob(f"{doc_id}.*")
    stored.unlink()

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    prom = tmp_path / "prometheus"
    prom.mkdir()
    spawn_worker(
        [Queue.PREPROCESSING.value],
        {"PROMETHEUS_MULTIPROC_DIR": str(prom), "WORKER_METRICS_PORT": str(port)},
    )

    def status() -> str:
        return str(client.get(f"/documents/{doc_id}/status", headers=headers).json["status"])

    wait_for(lambda: status() == "preprocess_error", 60, "preprocess_error")
    reason = client.get(f"/documents/{doc_id}/status", headers=headers).json["status_reason"]
    assert reason.startswith("the uploaded file")

    def errors() -> float:
        text = requests.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
        for family in text_string_to_metric_families(text):
            for sample in family.samples:
                if sample.name == "invoice_scanner_task_errors_total" and sample.labels == {
                    "stage": "preprocessing"
                }:
                    return float(sample.value)
        return 0.0

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and errors() != 1:
        time.sleep(0.2)
    assert errors() == 1
