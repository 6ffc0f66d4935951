"""/health/ready against real worker processes: a queue without a worker makes it 503."""

from __future__ import annotations

from invoice_scanner_api import create_app
from invoice_scanner_api.config import ApiSettings
from invoice_scanner_common.contracts import Queue
from tests.ops.conftest import SpawnWorker


def test_ready_needs_a_live_worker_for_every_queue(
    test_env: dict[str, str], spawn_worker: SpawnWorker
) -> None:
    app = create_app({"SETTINGS": ApiSettings.from_env(test_env), "TESTING": True})
    client = app.test_client()

    assert client.get("/health").status_code == 200  # liveness does not ask the workers

    spawn_worker([Queue.PREPROCESSING.value, Queue.EVALUATION.value])
    r = client.get("/health/ready")
    assert r.status_code == 503, r.json
    body = r.json
    assert body["status"] == "not_ready"
    assert body["database"]["ok"] and body["database"]["latency_ms"] >= 0
    assert body["redis"]["ok"] and body["redis"]["latency_ms"] >= 0
    assert body["workers"]["preprocessing"] == {
        "ok": True,
        "workers": 1,
        "latency_ms": body["workers"]["preprocessing"]["latency_ms"],
    }
    assert body["workers"]["evaluation"]["ok"] is True
    for queue in (Queue.OCR, Queue.LLM, Queue.EXTRACTION):
        assert body["workers"][queue.value]["ok"] is False
        assert body["workers"][queue.value]["workers"] == 0
        assert "no live worker" in body["workers"][queue.value]["error"]

    rest = [q.value for q in Queue if q not in (Queue.PREPROCESSING, Queue.EVALUATION)]
    spawn_worker(rest)
    r = client.get("/health/ready")
    assert r.status_code == 200, r.json
    assert r.json["status"] == "ready"
    assert all(w["ok"] and w["workers"] == 1 for w in r.json["workers"].values())


def test_not_ready_when_the_broker_is_down(test_env: dict[str, str]) -> None:
    env = {**test_env, "REDIS_URL": "redis://127.0.0.1:1/0"}  # nothing listens on port 1
    app = create_app({"SETTINGS": ApiSettings.from_env(env), "TESTING": True})
    r = app.test_client().get("/health/ready")
    assert r.status_code == 503
    assert r.json["redis"]["ok"] is False and r.json["database"]["ok"] is True
    assert "127.0.0.1:1" not in r.get_data(as_text=True)  # no URL in the answer
    assert {w["error"] for w in r.json["workers"].values()} == {"broker unreachable"}
