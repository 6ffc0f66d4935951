"""The whole system as separate processes: gunicorn serving the API, one Celery worker per
queue, real Postgres and Redis. Tests talk to it over HTTP only."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests

from invoice_scanner_common.contracts import STAGES, Queue

VENV_BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Stack:
    base_url: str
    env: dict[str, str]
    logs: Path
    procs: dict[str, subprocess.Popen[bytes]]
    files: list[Any]

    def url(self, path: str) -> str:
        return self.base_url + path

    def log_text(self, tail: int | None = 4000) -> str:
        """Every process's log (the last ``tail`` characters of each; None for all)."""
        return "\n".join(
            f"--- {p.name}\n{p.read_text(errors='replace')[-tail if tail else 0 :]}"
            for p in self.logs.glob("*.log")
        )


def _wait_for(predicate: Any, timeout: float, what: str, stack: Stack | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise TimeoutError(f"{what} not ready after {timeout}s\n{stack.log_text() if stack else ''}")


def start_stack(
    test_env: dict[str, str],
    logs: Path,
    extra_env: dict[str, str] | None = None,
    *,
    celery_app: str = "invoice_scanner_processing.celery_app",
    api_app: str = "invoice_scanner_api:create_app()",
    queues: list[str] | None = None,
) -> Stack:
    """Start the API and one worker per queue (default: every queue of the stage table).
    ``celery_app`` and ``api_app`` name another app to run, such as a test app that adds a stage.
    """
    port = _free_port()
    queues = queues or [w.queue for w in STAGES.workers()]
    env = {**os.environ, **test_env, **(extra_env or {}), "PYTHONUNBUFFERED": "1"}
    # A test app lives in this repository's tests/ folder.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    logs.mkdir(parents=True, exist_ok=True)
    procs: dict[str, subprocess.Popen[bytes]] = {}
    files: list[Any] = []

    def spawn(name: str, cmd: list[str], extra: dict[str, str] | None = None) -> None:
        out = open(logs / f"{name}.log", "wb")  # noqa: SIM115 - closed in stop_stack
        files.append(out)
        procs[name] = subprocess.Popen(
            cmd,
            env={**env, **(extra or {})},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    for queue in queues:
        spawn(
            f"worker-{queue}",
            [
                str(VENV_BIN / "celery"),
                "-A",
                celery_app,
                "worker",
                "-Q",
                queue,
                "-n",
                f"{queue}-{port}@%h",
                "--concurrency",
                "1",
                "--prefetch-multiplier=1",
                "--loglevel",
                "INFO",
                "--without-mingle",
                "--without-gossip",
            ],
            {"WORKER_WARMUP": "ocr"} if queue == Queue.OCR else None,
        )
    spawn(
        "api",
        [
            str(VENV_BIN / "gunicorn"),
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            api_app,
        ],
    )
    stack = Stack(f"http://127.0.0.1:{port}", env, logs, procs, files)

    def api_up() -> bool:
        try:
            return requests.get(stack.url("/health"), timeout=1).status_code == 200
        except requests.RequestException:
            return False

    def workers_ready() -> bool:
        return all(b"ready." in (logs / f"worker-{q}.log").read_bytes() for q in queues)

    try:
        _wait_for(api_up, 60, "API", stack)
        _wait_for(workers_ready, 120, "workers", stack)
        for name, proc in procs.items():
            assert proc.poll() is None, f"{name} exited early\n{stack.log_text()}"
    except BaseException:
        stop_stack(stack)
        raise
    return stack


def stop_stack(stack: Stack) -> None:
    for proc in stack.procs.values():
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
    deadline = time.monotonic() + 20
    for proc in stack.procs.values():
        try:
            proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    for fh in stack.files:
        fh.close()


# Package scope: the workers stop when the end-to-end tests are done, so they never consume the
# uploads of the API tests that run later against the same database and Redis db.
@pytest.fixture(scope="package")
def stack(test_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    s = start_stack(test_env, tmp_path_factory.mktemp("stack-logs"))
    try:
        yield s
        # After every end-to-end test, whatever they uploaded: no process died and no worker
        # crashed or lost a task.
        problems = crash_signs(s)
    finally:
        stop_stack(s)
    assert not problems, problems


CRASH_SIGNS = ("WorkerLostError", "exited with 'signal")
_TRACEBACK = "Traceback (most recent call last)"
_CHAINED = ("The above exception was the direct cause", "During handling of the above exception")


def _unexpected_tracebacks(logs: str) -> int:
    """Traceback chains that do not end in a PermanentStageError.

    A stage that records a permanent ``*_error`` (a bomb, an encrypted PDF) logs it with its
    traceback, as intended; any other traceback is a crash.
    """
    unexpected = 0
    for chunk in logs.split(_TRACEBACK)[1:]:
        lines = [line for line in chunk.splitlines()[1:] if line.strip()]
        ends = [i for i, line in enumerate(lines) if not line.startswith(" ")]
        if not ends:
            continue
        rest = lines[ends[0] + 1 : ends[0] + 2]
        if rest and rest[0].startswith(_CHAINED):
            continue  # the chain goes on in the next chunk
        if "PermanentStageError" not in lines[ends[0]]:
            unexpected += 1
    return unexpected


def crash_signs(stack: Stack) -> list[str]:
    dead = [name for name, proc in stack.procs.items() if proc.poll() is not None]
    logs = stack.log_text(tail=None)
    signs = [f"{name} exited" for name in dead] + [sign for sign in CRASH_SIGNS if sign in logs]
    if _unexpected_tracebacks(logs):
        signs.append(_TRACEBACK)
    return signs


def register(stack: Stack, company: str) -> dict[str, str]:
    import uuid

    email = f"{company.lower()}-{uuid.uuid4().hex[:6]}@example.com"
    r = requests.post(
        stack.url("/auth/register"),
        json={"email": email, "password": "long enough password", "company_name": company},
        timeout=10,
    )
    assert r.status_code == 201, r.text
    r = requests.post(
        stack.url("/auth/login"),
        json={"email": email, "password": "long enough password"},
        timeout=10,
    )
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}
