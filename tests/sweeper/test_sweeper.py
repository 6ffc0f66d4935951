"""The sweeper against the real Postgres and Redis: re-drives, the outbox, the janitor and
retention, called as the periodic task calls it (messages land in the real Redis queues)."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import redis
from celery import Celery
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from invoice_scanner_common.contracts import STAGES, TaskName
from invoice_scanner_common.db import Company, Document, OutboxMessage, make_session_factory
from invoice_scanner_common.db.models import utcnow
from invoice_scanner_common.settings import CommonSettings, RecoverySettings
from invoice_scanner_processing.handoff import celery_sender
from invoice_scanner_processing.sweeper import sweep

pytestmark = [pytest.mark.integration]

RECOVERY = RecoverySettings(
    lease_seconds=5, sweep_interval_s=1, due_after_s=30, max_redrives=2, orphan_file_after_s=60
)


@pytest.fixture(scope="module")
def sessions(db_url: str) -> Iterator[sessionmaker[Session]]:
    engine = create_engine(db_url)
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture(scope="module")
def settings(test_env: dict[str, str]) -> CommonSettings:
    return replace(CommonSettings.from_env(test_env), recovery=RECOVERY)


@pytest.fixture(scope="module")
def broker(test_env: dict[str, str]) -> Iterator[Celery]:
    app = Celery("sweeper-test", broker=test_env["REDIS_URL"])
    app.conf.update(
        task_serializer="json",
        task_routes={name: {"queue": q} for name, q in STAGES.task_queues().items()},
    )
    yield app
    app.close()


@pytest.fixture(scope="module")
def rdb(test_env: dict[str, str]) -> Iterator[redis.Redis]:
    r = redis.Redis.from_url(test_env["REDIS_URL"])
    yield r
    r.close()


def queued(rdb: redis.Redis, doc_id: uuid.UUID) -> list[tuple[str, str]]:
    """(queue, task name) of every message in Redis for the document."""
    found = []
    for queue in set(STAGES.task_queues().values()):
        for raw in rdb.lrange(queue, 0, -1):
            msg = json.loads(raw)
            _, kwargs, _ = json.loads(base64.b64decode(msg["body"]))
            if kwargs.get("document_id") == str(doc_id):
                found.append((queue, msg["headers"]["task"]))
    return found


def new_doc(
    sessions: sessionmaker[Session], raw_dir: Path | None = None, **values: Any
) -> Document:
    with sessions() as s:
        company = Company(name="Sweeper", retention_days=values.pop("retention_days", None))
        s.add(company)
        s.flush()
        doc_id = uuid.uuid4()
        doc = Document(
            id=doc_id,
            company_id=company.id,
            original_filename="a.pdf",
            content_type="application/pdf",
            size_bytes=1,
            sha256=hashlib.sha256(doc_id.bytes).hexdigest(),
            stored_path=f"{company.id}/{doc_id}.pdf",
            status="preprocessing",
            queued=True,
        )
        for key, value in values.items():
            setattr(doc, key, value)
        s.add(doc)
        s.commit()
        if raw_dir is not None:
            path = raw_dir / doc.stored_path
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(b"%PDF-1.4")
        return doc


def load(sessions: sessionmaker[Session], doc_id: uuid.UUID) -> Document | None:
    with sessions() as s:
        return s.get(Document, doc_id)


def ago(seconds: float) -> Any:
    return utcnow() - timedelta(seconds=seconds)


def test_an_expired_lease_is_re_driven_once_then_set_aside(
    sessions: sessionmaker[Session], settings: CommonSettings, broker: Celery, rdb: redis.Redis
) -> None:
    doc = new_doc(
        sessions,
        status="ocr_extracting",
        pipeline_started_at=ago(100),
        next_task=TaskName.OCR.value,
        lease_owner="dead-host pid 1",
        lease_task_id="t1",
        lease_until=ago(1),
        heartbeat_at=ago(20),
    )
    report = sweep(sessions, celery_sender(broker), STAGES, settings)
    assert report.redriven >= 1 and report.published >= 1
    row = load(sessions, doc.id)
    assert row is not None and row.status == "ocr_extracting"
    assert (row.redrives, row.lease_until, row.next_task) == (1, None, TaskName.OCR.value)
    assert queued(rdb, doc.id) == [("ocr", TaskName.OCR.value)]
    # A second sweep right away leaves it alone: its message was just sent.
    sweep(sessions, celery_sender(broker), STAGES, settings)
    assert queued(rdb, doc.id) == [("ocr", TaskName.OCR.value)]

    # No worker takes it for longer than the bound: again, then set aside.
    for expected in (2, None):
        with sessions() as s:
            row = s.get(Document, doc.id)
            assert row is not None
            row.dispatched_at = ago(RECOVERY.due_after_s + 1)
            s.commit()
        sweep(sessions, celery_sender(broker), STAGES, settings)
        row = load(sessions, doc.id)
        assert row is not None
        if expected is not None:
            assert row.redrives == expected
    assert row.status == "ocr_error"
    assert row.status_reason == (
        "the ocr stage did not finish after 2 re-drives (no worker took its message); "
        "the document was set aside"
    )
    assert len(queued(rdb, doc.id)) == 2


def test_a_live_lease_and_a_fresh_message_are_left_alone(
    sessions: sessionmaker[Session], settings: CommonSettings, broker: Celery, rdb: redis.Redis
) -> None:
    working = new_doc(
        sessions,
        status="predicting",
        pipeline_started_at=ago(100),
        next_task=TaskName.PREDICT.value,
        lease_task_id="t2",
        lease_until=utcnow() + timedelta(seconds=30),
        updated_at=ago(3600),
    )
    waiting = new_doc(
        sessions,
        status="preprocessed",
        pipeline_started_at=ago(100),
        next_task=TaskName.OCR.value,
        dispatched_at=ago(5),
        updated_at=ago(3600),
    )
    finished = new_doc(sessions, status="approved", updated_at=ago(3600))
    sweep(sessions, celery_sender(broker), STAGES, settings)
    for doc in (working, waiting, finished):
        assert queued(rdb, doc.id) == []
        row = load(sessions, doc.id)
        assert row is not None and row.redrives == 0


def test_a_never_started_upload_is_orchestrated(
    sessions: sessionmaker[Session], settings: CommonSettings, broker: Celery, rdb: redis.Redis
) -> None:
    doc = new_doc(sessions, queued=False, updated_at=ago(RECOVERY.due_after_s + 5))
    sweep(sessions, celery_sender(broker), STAGES, settings)
    assert queued(rdb, doc.id) == [("preprocessing", TaskName.ORCHESTRATE.value)]
    row = load(sessions, doc.id)
    assert row is not None and row.queued is True and row.redrives == 1


def test_a_broker_outage_keeps_the_message_in_the_outbox(
    sessions: sessionmaker[Session], settings: CommonSettings, broker: Celery, rdb: redis.Redis
) -> None:
    doc = new_doc(
        sessions,
        status="preprocessed",
        pipeline_started_at=ago(100),
        next_task=TaskName.OCR.value,
        dispatched_at=ago(RECOVERY.due_after_s + 5),
    )
    down = Celery("down", broker="redis://127.0.0.1:1/0")
    try:
        sweep(sessions, celery_sender(down), STAGES, settings)
    finally:
        down.close()
    with sessions() as s:
        rows = s.scalars(select(OutboxMessage).where(OutboxMessage.document_id == doc.id)).all()
        assert len(rows) == 1 and rows[0].attempts == 1 and rows[0].last_error
        # Back off, then due again.
        s.execute(
            OutboxMessage.__table__.update()
            .where(OutboxMessage.document_id == doc.id)
            .values(available_at=func.now())
        )
        s.commit()
    # While its message waits in the outbox the document is not re-driven a second time.
    row = load(sessions, doc.id)
    assert row is not None and row.redrives == 1
    sweep(sessions, celery_sender(broker), STAGES, settings)
    assert queued(rdb, doc.id) == [("ocr", TaskName.OCR.value)]
    with sessions() as s:
        assert s.scalar(select(func.count()).where(OutboxMessage.document_id == doc.id)) == 0
    row = load(sessions, doc.id)
    assert row is not None and row.redrives == 1


def test_two_sweepers_at_once_re_drive_each_document_once(
    sessions: sessionmaker[Session], settings: CommonSettings, broker: Celery, rdb: redis.Redis
) -> None:
    docs = [
        new_doc(
            sessions,
            status="extraction",
            pipeline_started_at=ago(100),
            next_task=TaskName.EXTRACT.value,
            lease_task_id="gone",
            lease_until=ago(2),
        )
        for _ in range(30)
    ]
    errors: list[BaseException] = []

    def run() -> None:
        try:
            sweep(sessions, celery_sender(broker), STAGES, settings)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for doc in docs:
        assert queued(rdb, doc.id) == [("extraction", TaskName.EXTRACT.value)]
        row = load(sessions, doc.id)
        assert row is not None and row.redrives == 1


def test_the_janitor_removes_old_orphan_files_only(
    sessions: sessionmaker[Session], settings: CommonSettings, broker: Celery, raw_dir: Path
) -> None:
    kept = new_doc(sessions, raw_dir, status="approved")
    company = raw_dir / str(kept.company_id)
    old_orphan = company / f"{uuid.uuid4()}.pdf"
    young_orphan = company / f"{uuid.uuid4()}.png"
    staging = raw_dir / f".upload-{uuid.uuid4().hex}.part"
    for path in (old_orphan, young_orphan, staging):
        path.write_bytes(b"x")
    past = time.time() - RECOVERY.orphan_file_after_s - 10
    os.utime(old_orphan, (past, past))
    os.utime(staging, (past, past))
    os.utime(raw_dir / kept.stored_path, (past, past))
    report = sweep(sessions, celery_sender(broker), STAGES, settings)
    assert report.orphans_removed >= 2
    assert not old_orphan.exists() and not staging.exists()
    assert young_orphan.exists() and (raw_dir / kept.stored_path).exists()


def test_retention_deletes_old_documents_and_their_files(
    sessions: sessionmaker[Session],
    settings: CommonSettings,
    broker: Celery,
    raw_dir: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    old = new_doc(sessions, raw_dir, status="approved", retention_days=7, created_at=ago(8 * 86400))
    young = new_doc(sessions, raw_dir, status="approved", retention_days=7, created_at=ago(86400))
    # No company retention and RETENTION_DAYS 0: kept however old.
    forever = new_doc(sessions, raw_dir, status="approved", created_at=ago(999 * 86400))
    processed = settings.documents_processed_dir / str(old.id)
    processed.mkdir(parents=True)
    (processed / "ocr.json").write_text("{}")
    with caplog.at_level("INFO", logger="invoice_scanner_processing.sweeper"):
        report = sweep(sessions, celery_sender(broker), STAGES, settings)
    assert report.expired == 1
    assert load(sessions, old.id) is None
    assert not (raw_dir / old.stored_path).exists() and not processed.exists()
    assert f"retention: deleted document {old.id} of company {old.company_id}" in caplog.text
    for doc in (young, forever):
        assert load(sessions, doc.id) is not None and (raw_dir / doc.stored_path).exists()
    # The setting applies to companies without their own period.
    short = replace(settings, recovery=replace(RECOVERY, retention_days=500))
    assert sweep(sessions, celery_sender(broker), STAGES, short).expired >= 1
    assert load(sessions, forever.id) is None


def test_a_heartbeat_keeps_the_lease_of_its_own_task_only(sessions: sessionmaker[Session]) -> None:
    from invoice_scanner_processing.leases import Heartbeat

    start = utcnow()
    doc = new_doc(
        sessions,
        status="ocr_extracting",
        lease_task_id="mine",
        lease_until=start,
        heartbeat_at=start,
    )
    with Heartbeat(sessions, doc.id, "mine", seconds=0.6):
        time.sleep(1.0)
        row = load(sessions, doc.id)
        assert row is not None and row.heartbeat_at is not None and row.lease_until is not None
        assert row.heartbeat_at > start and row.lease_until > row.heartbeat_at
    # Another task took over (a re-drive): the old heartbeat no longer moves the lease.
    with sessions() as s:
        row = s.get(Document, doc.id)
        assert row is not None
        row.lease_task_id = "theirs"
        s.commit()
        taken = row.lease_until
    with Heartbeat(sessions, doc.id, "mine", seconds=0.6):
        time.sleep(0.5)
    row = load(sessions, doc.id)
    assert row is not None and row.lease_until == taken
