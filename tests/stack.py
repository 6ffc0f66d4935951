"""The whole system as separate processes, for the end-to-end tests and `make bench` alike.

``private_env`` makes a new migrated database, a flushed Redis db and document folders (and
removes them afterwards); ``start_stack`` runs gunicorn serving the API and one Celery worker
per queue on it; ``stop_stack`` ends them. The test fixtures (``conftest.py``,
``tests/e2e/conftest.py``) and ``bench/stack.py`` all start the system through here, so a
change to how the stack starts is made once.
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

VENV_BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parents[1]

TEST_DB_HOST = os.environ.get("TEST_DB_HOST", "127.0.0.1")
TEST_DB_PORT = os.environ.get("TEST_DB_PORT", "5432")
TEST_DB_USER = os.environ.get("TEST_DB_USER", "postgres")
TEST_DB_PASSWORD = os.environ.get("TEST_DB_PASSWORD", "")
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/13")


def admin_connect() -> Any:
    """An autocommit connection to the server's ``postgres`` database (to create and drop)."""
    import psycopg2

    conn = psycopg2.connect(
        host=TEST_DB_HOST,
        port=TEST_DB_PORT,
        user=TEST_DB_USER,
        password=TEST_DB_PASSWORD or None,
        dbname="postgres",
    )
    conn.autocommit = True
    return conn


@contextmanager
def private_env(
    redis_url: str, docs: Path, *, prefix: str, extra: Mapping[str, str] | None = None
) -> Iterator[dict[str, str]]:
    """Environment variables of a new, migrated database, a flushed Redis db and document
    folders under ``docs``; the database is dropped and the Redis db flushed afterwards."""
    import redis

    from invoice_scanner_api.migrate import upgrade
    from invoice_scanner_common.settings import CommonSettings

    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = admin_connect()
    with admin.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
    env = {
        "DB_HOST": TEST_DB_HOST,
        "DB_PORT": TEST_DB_PORT,
        "DB_USER": TEST_DB_USER,
        "DB_PASSWORD": TEST_DB_PASSWORD,
        "DB_NAME": name,
        "REDIS_URL": redis_url,
        "DOCUMENTS_RAW_DIR": str(docs / "raw"),
        "DOCUMENTS_PROCESSED_DIR": str(docs / "processed"),
        "JWT_SECRET_KEY": secrets.token_urlsafe(48),
        "LLM_PROVIDER": "offline",
        "LOG_LEVEL": "INFO",
        "ENV_FILE": str(docs / "no-such.env"),
        **(extra or {}),
    }
    rdb = redis.Redis.from_url(redis_url)
    rdb.flushdb()
    try:
        upgrade(CommonSettings.from_env(env).database_url)
        yield env
    finally:
        rdb.flushdb()
        rdb.close()
        with admin.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@dataclass(frozen=True)
class Worker:
    """One Celery worker process: the queue it consumes, its pool size and warm-up."""

    queue: str
    concurrency: int = 1
    warmup: str = ""


def one_per_queue(queues: Sequence[str] | None = None) -> list[Worker]:
    """One process per queue (default: every queue of the stage table); the OCR worker loads
    its engine at start, as in production, so the first test does not time out on it."""
    from invoice_scanner_common.contracts import STAGES, Queue

    names = list(queues) if queues is not None else [w.queue for w in STAGES.workers()]
    return [Worker(q, 1, "ocr" if q == Queue.OCR else "") for q in names]


def run_workers(environ: Mapping[str, str]) -> list[Worker]:
    """The workers `make run` starts: the stage table's rows, concurrency from ``environ``."""
    from invoice_scanner_common.contracts import worker_lines

    out = []
    for line in worker_lines(environ):
        queue, concurrency, warm = line.split()
        out.append(Worker(queue, int(concurrency), "" if warm == "-" else warm))
    return out


def free_port() -> int:
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


def wait_for(
    predicate: Callable[[], bool], timeout: float, what: str, stack: Stack | None = None
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise TimeoutError(f"{what} not ready after {timeout}s\n{stack.log_text() if stack else ''}")


def _worker_command(celery_app: str, worker: Worker, port: int, production: bool) -> list[str]:
    # Tests leave out the start-up handshakes with other workers (seconds per worker).
    lean = [] if production else ["--without-mingle", "--without-gossip"]
    return [
        str(VENV_BIN / "celery"),
        "-A",
        celery_app,
        "worker",
        "-Q",
        worker.queue,
        "-n",
        f"{worker.queue}-{port}@%h",
        "--concurrency",
        str(worker.concurrency),
        "--prefetch-multiplier=1",
        "--loglevel",
        "INFO",
        *lean,
    ]


def _api_command(api_app: str, port: int, production: bool) -> list[str]:
    conf = ["-c", "python:invoice_scanner_api.gunicorn_conf"] if production else []
    workers = [] if production else ["--workers", "2"]
    return [str(VENV_BIN / "gunicorn"), *conf, "--bind", f"127.0.0.1:{port}", *workers, api_app]


def start_stack(
    test_env: Mapping[str, str],
    logs: Path,
    extra_env: Mapping[str, str] | None = None,
    *,
    celery_app: str = "invoice_scanner_processing.celery_app",
    api_app: str = "invoice_scanner_api:create_app()",
    queues: list[str] | None = None,
    workers: Sequence[Worker] | None = None,
    production: bool = False,
    timeouts: tuple[float, float] = (60, 120),
) -> Stack:
    """Start the API and the workers (default: one process per queue of the stage table).

    ``celery_app`` and ``api_app`` name another app to run, such as a test app that adds a
    stage. ``production`` starts them as `make run` does: gunicorn with
    ``invoice_scanner_api.gunicorn_conf`` (worker class, count, threads, limits) and workers
    with Celery's start-up handshakes; otherwise two sync gunicorn workers and lean Celery
    workers. ``timeouts``: seconds for the API and then the workers to come up.
    """
    port = free_port()
    chosen = list(workers) if workers is not None else one_per_queue(queues)
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

    for w in chosen:
        spawn(
            f"worker-{w.queue}",
            _worker_command(celery_app, w, port, production),
            {"WORKER_WARMUP": w.warmup},
        )
    spawn("api", _api_command(api_app, port, production))
    stack = Stack(f"http://127.0.0.1:{port}", env, logs, procs, files)

    def api_up() -> bool:
        try:
            return requests.get(stack.url("/health"), timeout=1).status_code == 200
        except requests.RequestException:
            return False

    def workers_ready() -> bool:
        return all(b"ready." in (logs / f"worker-{w.queue}.log").read_bytes() for w in chosen)

    try:
        wait_for(api_up, timeouts[0], "API", stack)
        wait_for(workers_ready, timeouts[1], "workers", stack)
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


def register(stack: Stack, company: str) -> dict[str, str]:
    """A new company and user over HTTP; the bearer header of its login."""
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
