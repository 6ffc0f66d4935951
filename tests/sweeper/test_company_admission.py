"""Admission per company (``COMPANY_MAX_IN_FLIGHT``) against the real Postgres: a company's
documents past its in-flight cap wait, start oldest first as its documents end, and the sweeper
starts what a worker did not.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta

import pytest
import redis
from celery import Celery
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session, sessionmaker

from invoice_scanner_common.contracts import STAGES, TaskName
from invoice_scanner_common.db import (
    Company,
    Document,
    OutboxMessage,
    make_session_factory,
    session_scope,
    set_status,
)
from invoice_scanner_common.db.models import utcnow
from invoice_scanner_common.settings import AdmissionSettings, CommonSettings
from invoice_scanner_processing import admission
from invoice_scanner_processing.handoff import celery_sender
from invoice_scanner_processing.sweeper import sweep

from .test_sweeper import queued

pytestmark = [pytest.mark.integration]


@pytest.fixture(scope="module")
def sessions(db_url: str) -> Iterator[sessionmaker[Session]]:
    engine = create_engine(db_url)
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture(scope="module")
def broker(test_env: dict[str, str]) -> Iterator[Celery]:
    app = Celery("admission-test", broker=test_env["REDIS_URL"])
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


@pytest.fixture(scope="module")
def settings(test_env: dict[str, str]) -> CommonSettings:
    return replace(CommonSettings.from_env(test_env), admission=AdmissionSettings(max_in_flight=1))


def _company(sessions: sessionmaker[Session], n: int) -> tuple[uuid.UUID, list[uuid.UUID]]:
    """A company with ``n`` unstarted uploads, one second apart (oldest first)."""
    with session_scope(sessions) as s:
        company = Company(name="Admission")
        s.add(company)
        s.flush()
        ids = []
        for i in range(n):
            doc_id = uuid.uuid4()
            s.add(
                Document(
                    id=doc_id,
                    company_id=company.id,
                    original_filename=f"{i}.pdf",
                    content_type="application/pdf",
                    size_bytes=1,
                    sha256=hashlib.sha256(doc_id.bytes).hexdigest(),
                    stored_path=f"{company.id}/{doc_id}.pdf",
                    status="preprocessing",
                    queued=True,
                    created_at=utcnow() - timedelta(seconds=100 - i),
                )
            )
            ids.append(doc_id)
        return company.id, ids


def _orchestrate(sessions: sessionmaker[Session], doc_id: uuid.UUID, cap: int) -> list[int]:
    with session_scope(sessions) as s:
        doc = s.get(Document, doc_id)
        assert doc is not None
        return admission.orchestrate(s, STAGES, doc, cap)


def _statuses(sessions: sessionmaker[Session], ids: list[uuid.UUID]) -> list[str]:
    with sessions() as s:
        return [s.get(Document, i).status for i in ids]  # type: ignore[union-attr]


def _messages(sessions: sessionmaker[Session], ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    with sessions() as s:
        rows = s.scalars(select(OutboxMessage).where(OutboxMessage.document_id.in_(ids))).all()
        return {r.document_id: r.task_name for r in rows}


def _end(sessions: sessionmaker[Session], doc_id: uuid.UUID, status: str) -> None:
    with session_scope(sessions) as s:
        set_status(s, doc_id, status)
        s.execute(OutboxMessage.__table__.delete().where(OutboxMessage.document_id == doc_id))


def test_past_the_cap_documents_wait_and_start_oldest_first(
    sessions: sessionmaker[Session],
) -> None:
    company, ids = _company(sessions, 5)
    for doc_id in ids:
        _orchestrate(sessions, doc_id, cap=2)
    assert _statuses(sessions, ids) == ["preprocessing"] * 2 + ["waiting"] * 3
    # The first two got their first stage's message (through the outbox); the others none.
    assert _messages(sessions, ids) == {ids[0]: TaskName.PREPROCESS, ids[1]: TaskName.PREPROCESS}
    with sessions() as s:
        held = s.get(Document, ids[2])
        assert held is not None and held.pipeline_started_at is None and held.next_task is None
        assert "waiting for a processing slot: at most 2" in (held.status_reason or "")
        assert admission.in_flight(s, STAGES, company) == 2

    # One ends (approved): its worker releases the oldest waiting one.
    _end(sessions, ids[0], "approved")
    assert len(admission.release(sessions, STAGES, company, cap=2)) == 1
    assert _statuses(sessions, ids)[2:] == ["preprocessing", "waiting", "waiting"]
    with sessions() as s:
        started = s.get(Document, ids[2])
        assert started is not None and started.pipeline_started_at is not None
        assert started.next_task == TaskName.PREPROCESS
        assert [t.status for t in started.transitions][-2:] == ["waiting", "preprocessing"]
    # Nothing free: a release starts nothing.
    assert admission.release(sessions, STAGES, company, cap=2) == []

    # One fails and its worker dies before releasing: the sweeper's pass starts the next.
    _end(sessions, ids[1], "ocr_error")
    assert admission.admit_all(sessions, STAGES, cap=2) >= 1
    assert _statuses(sessions, ids)[3:] == ["preprocessing", "waiting"]
    # A raised cap (0: none) lets the rest start at the next pass.
    assert admission.admit_all(sessions, STAGES, cap=0) >= 1
    assert _statuses(sessions, ids)[4] == "preprocessing"


def test_a_new_upload_does_not_jump_the_waiting_line(sessions: sessionmaker[Session]) -> None:
    _, ids = _company(sessions, 4)
    for doc_id in ids[:3]:
        _orchestrate(sessions, doc_id, cap=2)
    _end(sessions, ids[0], "manual_review")  # a slot is free, but nobody released it yet
    # The newest upload arrives: the older waiting document takes the slot, not the new one.
    _orchestrate(sessions, ids[3], cap=2)
    assert _statuses(sessions, ids) == [
        "manual_review",
        "preprocessing",
        "preprocessing",
        "waiting",
    ]


def test_companies_are_capped_separately(sessions: sessionmaker[Session]) -> None:
    _busy, burst = _company(sessions, 6)
    _quiet, single = _company(sessions, 1)
    for doc_id in burst:
        _orchestrate(sessions, doc_id, cap=2)
    _orchestrate(sessions, single[0], cap=2)
    assert _statuses(sessions, single) == ["preprocessing"]
    assert _statuses(sessions, burst).count("waiting") == 4


def test_the_sweep_starts_waiting_documents_and_publishes_them(
    sessions: sessionmaker[Session], broker: Celery, rdb: redis.Redis, settings: CommonSettings
) -> None:
    _, ids = _company(sessions, 2)
    for doc_id in ids:
        _orchestrate(sessions, doc_id, cap=1)
    _end(sessions, ids[0], "approved")  # its worker died before releasing the slot
    report = sweep(sessions, celery_sender(broker), STAGES, settings)
    assert report.admitted == 1 and report.published >= 1
    assert _statuses(sessions, ids) == ["approved", "preprocessing"]
    assert _messages(sessions, ids) == {}  # published: the outbox is empty ...
    assert queued(rdb, ids[1]) == [("preprocessing", TaskName.PREPROCESS)]  # ... and it is in Redis
    # A waiting document is never re-driven as if its message were lost.
    _, later = _company(sessions, 2)
    for doc_id in later:
        _orchestrate(sessions, doc_id, cap=1)
    with session_scope(sessions) as s:
        held = s.get(Document, later[1])
        assert held is not None and held.status == "waiting"
        held.updated_at = utcnow() - timedelta(hours=1)
    report = sweep(sessions, celery_sender(broker), STAGES, settings)
    assert _statuses(sessions, later) == ["preprocessing", "waiting"]
    with sessions() as s:
        assert s.get(Document, later[1]).redrives == 0  # type: ignore[union-attr]
