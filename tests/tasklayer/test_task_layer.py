"""The task layer on its own, against the real Redis and Postgres and a real Celery worker
process (no eager mode): admission, retries, errors, crash counting and the orchestration
claim, on a test app of two stages whose work does what each document asks."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import redis
from celery import Celery
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from invoice_scanner_common.db import Company, Document, StatusTransition

from .plan import QUEUE, counter

pytestmark = [pytest.mark.integration]

ROOT = Path(__file__).resolve().parents[2]
CELERY = str(Path(sys.executable).parent / "celery")


@dataclass
class Worker:
    proc: subprocess.Popen[bytes]
    log: Path
    client: Celery
    redis: redis.Redis
    session: Callable[[], Session]

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")

    def send(self, name: str, **kwargs: str) -> None:
        self.client.send_task(name, kwargs=kwargs, queue=QUEUE)

    def runs(self, document_id: uuid.UUID, stage: str) -> int:
        return int(self.redis.get(counter(document_id, stage)) or 0)


def _env(test_env: dict[str, str], **extra: str) -> dict[str, str]:
    env = {**os.environ, **test_env, "PYTHONUNBUFFERED": "1", **extra}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    return env


def wait_for(predicate: Callable[[], Any], what: str, worker: Worker, timeout: float = 60) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"{what}: not after {timeout}s\n{worker.log_text()[-6000:]}")


@pytest.fixture(scope="module")
def worker(
    test_env: dict[str, str], db_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Worker]:
    log = tmp_path_factory.mktemp("tasklayer") / "worker.log"
    out = open(log, "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [
            CELERY,
            "-A",
            "tests.tasklayer.task_app",
            "worker",
            "-Q",
            QUEUE,
            "-n",
            f"tasklayer-{uuid.uuid4().hex[:6]}@%h",
            "--concurrency",
            "2",
            "--prefetch-multiplier=1",
            "--without-mingle",
            "--without-gossip",
            "--loglevel",
            "INFO",
        ],
        env=_env(test_env),
        cwd=ROOT,
        stdout=out,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    client = Celery("tasklayer-client", broker=test_env["REDIS_URL"])
    client.conf.update(task_serializer="json", accept_content=["json"])
    engine = create_engine(db_url)
    w = Worker(
        proc,
        log,
        client,
        redis.Redis.from_url(test_env["REDIS_URL"]),
        lambda: Session(engine, expire_on_commit=False),
    )
    try:
        wait_for(lambda: b"ready." in log.read_bytes(), "worker ready", w)
        yield w
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        out.close()
        client.close()
        w.redis.close()
        engine.dispose()


def new_document(worker: Worker, plan: str, status: str = "alpha_running") -> Document:
    """A document row whose file name is the plan its stages' work follows."""
    with worker.session() as session:
        company = Company(name="Task layer")
        session.add(company)
        session.flush()
        doc = Document(
            company_id=company.id,
            original_filename=f"{plan}.pdf",
            content_type="application/pdf",
            size_bytes=1,
            sha256=hashlib.sha256(uuid.uuid4().bytes).hexdigest(),
            stored_path=f"{company.id}/{uuid.uuid4()}.pdf",
            status=status,
            queued=True,
        )
        session.add(doc)
        session.commit()
        return doc


def load(worker: Worker, doc: Document) -> tuple[Document, list[str]]:
    with worker.session() as session:
        row = session.get(Document, doc.id)
        assert row is not None
        history = session.scalars(
            select(StatusTransition.status)
            .where(StatusTransition.document_id == doc.id)
            .order_by(StatusTransition.id)
        ).all()
        return row, list(history)


def finished(worker: Worker, doc: Document) -> Document | None:
    row, _ = load(worker, doc)
    return row if row.status in {"beta_done", "alpha_error", "beta_error"} else None


def orchestrate(worker: Worker, doc: Document) -> Document:
    worker.send("tasklayer.orchestrate", document_id=str(doc.id), company_id=str(doc.company_id))
    row: Document = wait_for(lambda: finished(worker, doc), f"{doc.original_filename}", worker)
    return row


def test_the_chain_runs_each_stage_once_and_records_every_status(worker: Worker) -> None:
    doc = new_document(worker, "ok")
    row = orchestrate(worker, doc)
    assert row.status == "beta_done"
    assert row.stage_attempts == 0 and row.pipeline_started_at is not None
    assert load(worker, doc)[1] == ["alpha_done", "beta_running", "beta_done"]
    assert (worker.runs(doc.id, "alpha"), worker.runs(doc.id, "beta")) == (1, 1)


def test_a_redelivered_message_is_skipped(worker: Worker) -> None:
    doc = new_document(worker, "ok")
    orchestrate(worker, doc)
    # The first stage's message arrives again (a redelivery after the document moved on).
    worker.send("tasklayer.alpha", document_id=str(doc.id))
    wait_for(
        lambda: "alpha: skipped, document is beta_done" in worker.log_text(),
        "skip logged",
        worker,
    )
    row, history = load(worker, doc)
    assert row.status == "beta_done" and row.stage_attempts == 0
    assert history == ["alpha_done", "beta_running", "beta_done"]
    assert worker.runs(doc.id, "alpha") == 1


def test_a_transient_error_is_retried(worker: Worker) -> None:
    doc = new_document(worker, "alpha-transient-2")
    row = orchestrate(worker, doc)
    assert row.status == "beta_done", row.status_reason
    assert worker.runs(doc.id, "alpha") == 3  # two transient failures, then the work ran
    assert "alpha: transient failure (ConnectionError), retry 2/2" in worker.log_text()


def test_transient_errors_beyond_the_budget_end_in_the_stage_error(worker: Worker) -> None:
    doc = new_document(worker, "alpha-transient-9")
    row = orchestrate(worker, doc)
    assert row.status == "alpha_error"
    assert worker.runs(doc.id, "alpha") == 3  # the first run and its two retries
    assert worker.runs(doc.id, "beta") == 0
    # The reason never carries exception text that is not ours.
    assert row.status_reason == "unexpected ConnectionError; the worker log has the details"


def test_a_permanent_error_ends_in_the_stage_error_without_retry(worker: Worker) -> None:
    doc = new_document(worker, "alpha-permanent")
    row = orchestrate(worker, doc)
    assert row.status == "alpha_error"
    assert row.status_reason == "the test document is unreadable"
    assert worker.runs(doc.id, "alpha") == 1
    assert worker.runs(doc.id, "beta") == 0  # the chain stopped
    assert load(worker, doc)[1] == ["alpha_error"]


def test_a_crash_looping_document_is_set_aside(worker: Worker) -> None:
    doc = new_document(worker, "beta-crash")
    row = orchestrate(worker, doc)
    assert row.status == "beta_error", row.status_reason
    # beta has no retries: one start plus two crashes are allowed, the fourth is refused.
    assert worker.runs(doc.id, "beta") == 3
    assert row.stage_attempts == 4
    assert row.status_reason == (
        "the beta stage was started 3 times without finishing (the worker stopped mid-stage); "
        "the document was set aside"
    )
    assert "WorkerLostError" in worker.log_text()
    # The worker replaced its dead processes and still works.
    after = new_document(worker, "ok")
    assert orchestrate(worker, after).status == "beta_done"


def test_two_orchestrations_of_one_document_start_one_pipeline(worker: Worker) -> None:
    doc = new_document(worker, "ok")
    before = worker.log_text().count("orchestrate: not started")
    # Two messages at once; the worker runs two tasks at a time.
    worker.send("tasklayer.orchestrate", document_id=str(doc.id), company_id=str(doc.company_id))
    worker.send("tasklayer.orchestrate", document_id=str(doc.id), company_id=str(doc.company_id))
    row = wait_for(lambda: finished(worker, doc), "race", worker)
    wait_for(
        lambda: worker.log_text().count("orchestrate: not started") == before + 1,
        "the loser logged",
        worker,
    )
    assert row.status == "beta_done"
    assert (worker.runs(doc.id, "alpha"), worker.runs(doc.id, "beta")) == (1, 1)
    assert load(worker, doc)[1] == ["alpha_done", "beta_running", "beta_done"]


def test_another_company_cannot_start_the_pipeline(worker: Worker) -> None:
    doc = new_document(worker, "ok")
    worker.send("tasklayer.orchestrate", document_id=str(doc.id), company_id=str(uuid.uuid4()))
    worker.send("tasklayer.orchestrate", document_id=str(doc.id), company_id=str(doc.company_id))
    row = orchestrate(worker, doc)  # a third message; still one pipeline
    assert row.status == "beta_done"
    assert worker.runs(doc.id, "alpha") == 1


def test_a_stage_limit_above_the_visibility_timeout_stops_start_up(
    test_env: dict[str, str],
) -> None:
    # The real table: the OCR stage's hard limit is 960 s.
    done = subprocess.run(
        [CELERY, "-A", "invoice_scanner_processing.celery_app", "worker", "-Q", "ocr"],
        env=_env(test_env, BROKER_VISIBILITY_TIMEOUT="900"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert (
        "BROKER_VISIBILITY_TIMEOUT (900s) must exceed the ocr stage's time limit and longest "
        "retry wait (960s)" in done.stdout + done.stderr
    )
