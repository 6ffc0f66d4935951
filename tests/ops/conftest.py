"""Real Celery worker processes for the operations tests, on the session's database and Redis."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import Stack, start_stack, stop_stack

VENV_BIN = Path(sys.executable).parent

SpawnWorker = Callable[..., subprocess.Popen[bytes]]


def wait_for(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise TimeoutError(f"{what} not ready after {timeout}s")


@pytest.fixture
def spawn_worker(test_env: dict[str, str], tmp_path: Path) -> Iterator[SpawnWorker]:
    """Start ``celery worker -Q <queues>``; waits for ``ready.``; stops them all afterwards."""
    procs: list[tuple[subprocess.Popen[bytes], Path]] = []

    def spawn(
        queues: list[str], extra_env: dict[str, str] | None = None
    ) -> subprocess.Popen[bytes]:
        log = tmp_path / f"worker-{uuid.uuid4().hex[:6]}.log"
        env = {**os.environ, **test_env, **(extra_env or {}), "PYTHONUNBUFFERED": "1"}
        with open(log, "wb") as out:
            proc = subprocess.Popen(
                [
                    str(VENV_BIN / "celery"),
                    "-A",
                    "invoice_scanner_processing.celery_app",
                    "worker",
                    "-Q",
                    ",".join(queues),
                    "-n",
                    f"{queues[0]}-{uuid.uuid4().hex[:6]}@%h",
                    "--concurrency",
                    "1",
                    "--pool",
                    "solo",
                    "--loglevel",
                    "INFO",
                    "--without-mingle",
                    "--without-gossip",
                ],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        procs.append((proc, log))
        try:
            wait_for(lambda: b"ready." in log.read_bytes() or proc.poll() is not None, 90, "worker")
        except TimeoutError:
            raise TimeoutError(log.read_text(errors="replace")[-3000:]) from None
        assert proc.poll() is None, log.read_text(errors="replace")[-3000:]
        return proc

    yield spawn
    for proc, _ in procs:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
    for proc, _ in procs:
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.fixture(scope="module")
def ops_stack(
    test_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Stack]:
    """gunicorn and one worker per queue, sharing a metrics folder, logging JSON."""
    root = tmp_path_factory.mktemp("ops-stack")
    (root / "prometheus").mkdir()
    extra = {
        "PROMETHEUS_MULTIPROC_DIR": str(root / "prometheus"),
        "LOG_FORMAT": "json",
        # The webhook tests' receiver listens on loopback: allowed explicitly, by address only.
        "WEBHOOK_ALLOWED_HOSTS": "127.0.0.1",
        "WEBHOOK_RETRY_BASE_S": "0.3",
        "WEBHOOK_MAX_ATTEMPTS": "3",
    }
    stack = start_stack(test_env, root / "logs", extra)
    try:
        yield stack
    finally:
        stop_stack(stack)
